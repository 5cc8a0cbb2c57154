import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFieldNames, selectsOnly } from '../src/selection.js';

/**
 * What a resolver learns of the query below it: the fields at a path, through fragments, as
 * graphql-js executes a real document against a small schema of lists.
 */

const schema = buildSchema(`
  type Query { lists: [List!]! }
  type List { name: String! page: Page! }
  type Page { total: Int! edges: [Edge!]! }
  type Edge { cursor: String! node: Item! }
  type Item { id: ID! title: String! status: String! }
`);

/** Runs `query` and returns what `selectedFieldNames(info, ['edges', 'node'])` said at each List.page. */
async function namesAtNode(query: string): Promise<string[][]> {
  const seen: string[][] = [];
  const item = { id: '1', title: 'T', status: 'S' };
  const result = await graphql({
    schema,
    source: query,
    rootValue: { lists: [{ name: 'a' }, { name: 'b' }] },
    fieldResolver: (source: any, _args, _context, info: GraphQLResolveInfo) => {
      if (info.fieldName !== 'page') return source[info.fieldName];
      seen.push([...selectedFieldNames(info, ['edges', 'node'])].sort());
      return { total: 1, edges: [{ cursor: 'c', node: item }] };
    },
  });
  expect(result.errors).toBeUndefined();
  return seen;
}

describe('selectedFieldNames', () => {
  it('names the fields at the path, once for each item of the list', async () => {
    expect(await namesAtNode('{ lists { page { total edges { node { title id } } } } }')).toEqual([
      ['id', 'title'],
      ['id', 'title'],
    ]);
  });

  it('reads field names, not aliases, and follows named and inline fragments', async () => {
    const query = `{ lists { page { edges { node { heading: title ...More } } ... on Page { edges { node { ... on Item { id } } } } } } }
      fragment More on Item { status }`;
    expect(await namesAtNode(query)).toEqual([
      ['id', 'status', 'title'],
      ['id', 'status', 'title'],
    ]);
  });

  it('counts a field under @skip or @include as asked for: never fewer fields than the response holds', async () => {
    expect(await namesAtNode('{ lists { page { edges { node { title status @skip(if: true) } } } } }')).toEqual([
      ['status', 'title'],
      ['status', 'title'],
    ]);
  });

  it('is empty where the path is not selected', async () => {
    expect(await namesAtNode('{ lists { page { total } } }')).toEqual([[], []]);
  });
});

describe('selectsOnly', () => {
  it('tells a selection inside the available fields from one that goes beyond them', async () => {
    const verdicts: boolean[] = [];
    const available = new Set(['id', 'title']);
    for (const node of ['title', 'id title', 'title status']) {
      await graphql({
        schema,
        source: `{ lists { page { edges { node { ${node} } } } } }`,
        rootValue: { lists: [{ name: 'a' }] },
        fieldResolver: (source: any, _args, _context, info: GraphQLResolveInfo) => {
          if (info.fieldName !== 'page') return source[info.fieldName];
          verdicts.push(selectsOnly(info, ['edges', 'node'], available));
          return { total: 0, edges: [] };
        },
      });
    }
    expect(verdicts).toEqual([true, true, false]);
  });
});

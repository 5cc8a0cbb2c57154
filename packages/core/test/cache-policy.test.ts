import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { staticCacheControl } from '../src/cache-policy.js';

/**
 * The cache policy read from the hints once per operation (cache-policy.ts) against Apollo's own
 * cache control plugin, which works it out field by field at run time: the same Cache-Control
 * header for every operation below, over a subgraph schema with the kinds of hints the
 * registry's has, when every field the operation names is reached.
 */

const typeDefs = parse(`#graphql
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION

  type Query {
    register(slug: String!): Register @cacheControl(maxAge: 60)
    registers: [Register!]! @cacheControl(maxAge: 30)
    stats: Stats @cacheControl(maxAge: 120)
    unhinted: Register
    node: Node @cacheControl(maxAge: 45)
    history: [Change!]!
    version: String
  }
  type Register @key(fields: "id") @cacheControl(maxAge: 300) {
    id: ID!
    title: String
    parties: [Party!]! @cacheControl(inheritMaxAge: true)
    secret: String @cacheControl(scope: PRIVATE)
    owner: Organization
    brief: Organization @cacheControl(maxAge: 5)
  }
  type Organization @key(fields: "id") @cacheControl(maxAge: 600) {
    id: ID!
    acronym: String
    contactEmail: String @cacheControl(maxAge: 10, scope: PRIVATE)
  }
  type Party @cacheControl(inheritMaxAge: true) {
    organization: Organization
    role: String
  }
  type Stats {
    count: Int
  }
  type Change {
    at: String
  }
  interface Node {
    id: ID!
  }
  type Unit implements Node @cacheControl(maxAge: 20) {
    id: ID!
    name: String
  }
`);

const organization = { id: 'o1', acronym: 'MEF', contactEmail: 'a@b.c' };
const register = { id: 'r1', title: 'T', secret: 's', parties: [{ organization, role: 'x' }], owner: organization };
const resolvers = {
  Query: {
    register: () => register,
    registers: () => [register, register],
    stats: () => ({ count: 3 }),
    unhinted: () => register,
    node: () => ({ __typename: 'Unit', id: 'u1', name: 'U' }),
    history: () => [{ at: '2026-01-01' }],
    version: () => '1',
  },
  Register: { brief: () => organization, __resolveReference: () => register },
  Organization: { __resolveReference: () => organization },
  Node: { __resolveType: (node: { __typename: string }) => node.__typename },
};

const schema = buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
const dynamic = new ApolloServer({ schema });
const fixed = new ApolloServer({ schema, plugins: [ApolloServerPluginCacheControlDisabled(), staticCacheControl()] });

async function header(server: ApolloServer, query: string, variables?: Record<string, unknown>) {
  const response = await server.executeOperation({ query, variables });
  expect(response.body.kind === 'single' && response.body.singleResult.errors?.map((e) => e.message)).toBeFalsy();
  return response.http.headers.get('cache-control');
}

const operations: Record<string, string> = {
  'a root field and a scalar under it': '{ register(slug: "a") { title } }',
  'the type hint below a shorter root hint': '{ registers { id title } }',
  'a field hint replacing its type hint': '{ register(slug: "a") { brief { acronym } } }',
  'an object without a hint, at maxAge 0': '{ stats { count } }',
  'a root field without a hint': '{ unhinted { title } }',
  'a root scalar without a hint': '{ version }',
  'a list with no hint anywhere': '{ history { at } }',
  'inheritMaxAge on a field and on a type': '{ registers { parties { role organization { acronym } } } }',
  'a PRIVATE field': '{ register(slug: "a") { secret } }',
  'a PRIVATE field with a maxAge, deep down': '{ registers { owner { contactEmail } } }',
  'an interface and an inline fragment': '{ node { id ... on Unit { name } } }',
  'named fragments':
    'query { register(slug: "a") { ...R } } fragment R on Register { owner { ...O } } fragment O on Organization { acronym }',
  '__typename and aliases': '{ a: register(slug: "a") { __typename t: title } b: stats { count } }',
  'one operation of several': 'query One { stats { count } } query Two { register(slug: "a") { title } }',
  'entities of one type': 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Register { title } } }',
  'entities of two types':
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Register { title } ... on Organization { acronym } } }',
  'entities with a PRIVATE field':
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Organization { contactEmail } } }',
};

const representations = [
  { __typename: 'Register', id: 'r1' },
  { __typename: 'Organization', id: 'o1' },
];

describe('staticCacheControl', () => {
  for (const [name, query] of Object.entries(operations)) {
    it(`sends the header Apollo's plugin sends: ${name}`, async () => {
      const variables = query.includes('_entities') ? { r: representations } : undefined;
      const operationName = query.startsWith('query One') ? 'Two' : undefined;
      const ask = async (server: ApolloServer) => {
        const response = await server.executeOperation({ query, variables, operationName });
        expect(response.body.kind === 'single' && response.body.singleResult.errors?.map((e) => e.message)).toBeFalsy();
        return response.http.headers.get('cache-control');
      };
      const expected = await ask(dynamic);
      expect(await ask(fixed)).toBe(expected);
    });
  }

  it('is never laxer where the plugin sees less: a field under a null is counted anyway', async () => {
    // `brief` (maxAge 5) is not reached when the register is null; the policy read from the text
    // still counts it.
    const nullable = buildSubgraphSchema({
      typeDefs,
      resolvers: { ...resolvers, Query: { ...resolvers.Query, register: () => null } } as never,
    });
    const query = '{ register(slug: "none") { title brief { acronym } } }';
    expect(await header(new ApolloServer({ schema: nullable }), query)).toBe('max-age=60, public');
    const server = new ApolloServer({
      schema: nullable,
      plugins: [ApolloServerPluginCacheControlDisabled(), staticCacheControl()],
    });
    expect(await header(server, query)).toBe('max-age=5, public');
  });

  it('sends no-store for an answer with errors', async () => {
    const response = await fixed.executeOperation({ query: '{ register(slug: 1) { title } }' });
    expect(response.http.headers.get('cache-control')).toBe('no-store');
  });
});

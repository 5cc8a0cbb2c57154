import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '@alliance/cli';
import { startStack, type Stack } from './support/stack.js';
import { syntheticRegister } from './support/registers.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
  for (let n = 0; n < 60; n++) await importDocument(stack.client, syntheticRegister(n), null);
}, 120_000);
afterAll(() => stack?.stop());

/** Statements each subgraph issues while the gateway answers `query` (and the answer). */
async function statementsFor(query: string) {
  const before = { registry: stack.registry.db.statementCount(), contacts: stack.contacts.db.statementCount() };
  const { errors, data } = await stack.query(query);
  expect(errors).toBeUndefined();
  return {
    registry: stack.registry.db.statementCount() - before.registry,
    contacts: stack.contacts.db.statementCount() - before.contacts,
    data,
  };
}

const page = (first: number) => `{
  workRegisters(first: ${first}) {
    totalCount
    edges { node {
      title
      parties { organization { acronym name units { name } } unit { name } }
      delegatedWorkRules { reviewer { acronym } subject { acronym } }
      milestones { date dueOn }
      sections { heading }
      pointsOfContact { role organization { acronym } contact { name email organization { acronym } } }
    } }
  }
}`;

describe('batching', () => {
  it('issues the same number of SQL statements for 1 and 50 registers, in each subgraph', async () => {
    const { data: _one, ...one } = await statementsFor(page(1));
    const { data, ...fifty } = await statementsFor(page(50));
    expect(data.workRegisters.edges).toHaveLength(50);
    expect(fifty).toEqual(one);
    // And the number is small: a handful of statements per kind of data, not per item.
    expect(one.registry).toBeLessThanOrEqual(10);
    expect(one.contacts).toBeLessThanOrEqual(3);
  });

  it('batches nested connections under many organizations', async () => {
    const nested = (first: number) => `{
      organizations(first: ${first}) { edges { node {
        acronym
        workRegisters(first: 5) { totalCount edges { node { title } } }
        contacts(first: 3) { totalCount edges { node { name workRegisters(first: 2) { totalCount edges { role node { slug } } } } } }
      } } }
    }`;
    const { data, ...few } = await statementsFor(nested(15));
    // The small page must reach every level, or it would trivially issue fewer statements.
    const organizations = data.organizations.edges.map((e: any) => e.node);
    expect(organizations.some((o: any) => o.workRegisters.totalCount > 0)).toBe(true);
    expect(organizations.some((o: any) => o.contacts.edges.some((c: any) => c.node.workRegisters.totalCount > 0))).toBe(
      true,
    );
    const { data: _all, ...many } = await statementsFor(nested(100));
    expect(many).toEqual(few);
  });
});

/** How many list items an answer holds, at any depth. */
const items = (value: unknown): number =>
  Array.isArray(value)
    ? value.length + value.reduce((sum: number, item) => sum + items(item), 0)
    : value && typeof value === 'object'
      ? Object.values(value).reduce((sum: number, item) => sum + items(item), 0)
      : 0;

describe('batching across the questions of the registry', () => {
  // Equal statement counts prove batching only if the larger question really returns more.
  const constant = async (small: string, large: string) => {
    const { data: few, ...fewStatements } = await statementsFor(small);
    const { data: many, ...manyStatements } = await statementsFor(large);
    expect(items(few)).toBeGreaterThan(0);
    expect(items(many)).toBeGreaterThan(items(few));
    expect(manyStatements).toEqual(fewStatements);
  };

  it('filtered and ordered pages cost the same for 1 and 100 registers', () =>
    constant(
      ...([1, 100].map(
        (n) => `{ workRegisters(first: ${n}, filter: { anyParty: ["DMTF", "MEF", "OASIS"], search: "register" },
          orderBy: { field: REVIEW_DUE_ON, direction: DESC }) {
          totalCount edges { node { title review { status } findings { code } parties { organization { acronym } } } } } }`,
      ) as [string, string]),
    ));

  it('the alliance graph costs the same at depth 1 and 3', () =>
    constant(
      ...([1, 3].map(
        (depth) => `{ allianceGraph(organization: "MEF", depth: ${depth}) {
          nodes { acronym partners { organization { acronym } workRegisters(first: 2) { totalCount edges { node { title } } } } }
          links { from { acronym } to { acronym } workRegisters }
          edges(first: 50) { totalCount edges { node { status from { acronym } to { acronym } workRegister { title pointsOfContact { role } } } } } } }`,
      ) as [string, string]),
    ));

  it('contact checks through federation cost the same for 2 and 50 organizations', () =>
    constant(
      ...([2, 50].map(
        (n) => `{ organizations(first: ${n}) { edges { node { acronym contactFindings { code contact { email } } } } }
          workRegisters(first: ${n}) { edges { node { contactFindings { code organization { acronym } } } } } }`,
      ) as [string, string]),
    ));

  it('due lists cost the same for 1 and 100 items', () =>
    constant(
      ...([1, 100].map(
        (n) => `{ reviewsDue(within: 3650, first: ${n}) { totalCount edges { node { title review { dueOn } } } }
          milestonesDue(within: 3650, first: ${n}) { totalCount edges { node { dueOn workRegister { title } } } } }`,
      ) as [string, string]),
    ));
});

describe('pagination', () => {
  it('walks forward and backward with stable cursors', async () => {
    const forward: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data } = await stack.query(
        `query($after: String) { workRegisters(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title } } } }`,
        { after },
      );
      forward.push(...data.workRegisters.edges.map((e: { node: { title: string } }) => e.node.title));
      if (!data.workRegisters.pageInfo.hasNextPage) break;
      after = data.workRegisters.pageInfo.endCursor;
    }
    expect(forward).toHaveLength(61);
    expect(forward).toEqual([...forward].sort());

    const { data } = await stack.query(
      `{ workRegisters(last: 3) { pageInfo { hasPreviousPage hasNextPage } edges { node { title } } } }`,
    );
    expect(data.workRegisters.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(forward.slice(-3));
    expect(data.workRegisters.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
  });
});

describe('import', () => {
  it('is idempotent: the same document twice changes nothing', async () => {
    const count = async () => {
      const { data } = await stack.query(
        `{ workRegisters(first: 0) { totalCount } contacts(first: 0) { totalCount } }`,
      );
      return [data.workRegisters.totalCount, data.contacts.totalCount];
    };
    const before = await count();
    const again = await importDocument(stack.client, syntheticRegister(7), null);
    expect(again).toMatchObject({ outcome: 'UNCHANGED', revision: 1, contactsChanged: false });
    expect(await count()).toEqual(before);
  });

  it('makes a new revision when the document changes', async () => {
    const changed = { ...syntheticRegister(8), version: '1.1', objectives: ['A new objective'] };
    const result = await importDocument(stack.client, changed, null);
    expect(result).toMatchObject({ outcome: 'REVISED', revision: 2 });
    const { data } = await stack.query(
      `query($slug: String) { workRegister(slug: $slug) { version revision objectives } }`,
      {
        slug: result.slug,
      },
    );
    expect(data.workRegister).toEqual({ version: '1.1', revision: 2, objectives: ['A new objective'] });
  });

  it('keeps one contact per email across registers', async () => {
    const shared = syntheticRegister(9);
    shared.title = 'Shared Contact Work Register';
    shared.contacts[0]!.email = 'PERSON0A@example.org';
    await importDocument(stack.client, shared, null);
    // A person's address finds them only for callers with a role (issue 5).
    const { data } = await stack.query(
      `{ contact(email: "person0a@example.org") { name workRegisters { totalCount } } }`,
      {},
      stack.tokens.member,
    );
    expect(data.contact).toEqual({ name: 'Person 0A', workRegisters: { totalCount: 2 } });
  });
});

describe('bad input gets a clear error, never a 500', () => {
  const cases: [string, string, string][] = [
    ['an unknown slug', '{ workRegister(slug: "no-such-register") { title } }', 'NOT_FOUND'],
    ['a malformed id', '{ workRegister(id: "42") { title } }', 'BAD_USER_INPUT'],
    ['both id and slug', '{ workRegister(id: "42", slug: "mef-dmtf") { title } }', 'BAD_USER_INPUT'],
    ['first: -1', '{ workRegisters(first: -1) { totalCount } }', 'BAD_USER_INPUT'],
    ['first: 100000', '{ workRegisters(first: 100000) { totalCount } }', 'BAD_USER_INPUT'],
    ['a foreign cursor', '{ workRegisters(after: "bm90LWEtY3Vyc29y") { totalCount } }', 'BAD_USER_INPUT'],
    ['an unknown acronym', '{ organization(acronym: "NOPE") { name } }', 'NOT_FOUND'],
    ['an unknown email', '{ contact(email: "nobody@example.org") { name } }', 'NOT_FOUND'],
    ['a field that does not exist', '{ workRegisters { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
  ];
  it.each(cases)('%s', async (_name, query, code) => {
    const response = await stack.query(query);
    expect(response.status).toBeLessThan(500);
    expect(response.errors?.[0]?.extensions?.code).toBe(code);
    expect(response.errors?.[0]?.message).toMatch(/\w{3,}/);
  });

  it('names the field of an invalid import', async () => {
    const bad = { ...syntheticRegister(1), references: [{ title: 'x', url: 'not a url' }] };
    const { contacts: _c, ...input } = bad;
    const response = await stack.query(
      `mutation($input: WorkRegisterImportInput!) { importWorkRegister(input: $input) { outcome } }`,
      { input },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.references[0].url',
    });
  });

  it('rejects a delegated-work rule naming a body that is not a party, and keeps nothing', async () => {
    const { contacts: _c, ...input } = { ...syntheticRegister(200), title: 'Rejected Work Register' };
    input.delegatedWorkRules = [{ reviewer: input.parties[0]!.acronym, subject: 'ZZZ', commitments: [] }];
    const response = await stack.query(
      `mutation($input: WorkRegisterImportInput!) { importWorkRegister(input: $input) { outcome } }`,
      { input },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.delegatedWorkRules[0].subject',
    });
    const after = await stack.query(`{ workRegister(slug: "rejected") { title } }`);
    expect(after.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('names the field of invalid points of contact', async () => {
    const { data } = await stack.query(`{ workRegister(slug: "mef-dmtf") { id parties { organization { id } } } }`);
    const response = await stack.query(
      `mutation($id: ID!, $contacts: [PointOfContactImportInput!]!) { importPointsOfContact(workRegisterId: $id, contacts: $contacts) { changed } }`,
      {
        id: data.workRegister.id,
        contacts: [{ organizationId: data.workRegister.parties[0].organization.id, name: 'X', email: 'not-an-email' }],
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'contacts[0].email' });
  });
});

describe('health', () => {
  it('answers GET /health on all three services', async () => {
    for (const server of [stack.registry, stack.contacts, stack.gateway]) {
      const response = await fetch(server.url.replace(/graphql$/, 'health'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ status: 'ok' });
    }
  });
});

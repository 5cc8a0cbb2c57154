import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '@alliance/cli';
import { createClient } from '@alliance/client';
import { mintToken } from '@alliance/core';
import { parse } from '@alliance/document';
import { startStack, type Stack } from './support/stack.js';
import { ok } from './support/responses.js';

/**
 * Every change of a register is an immutable revision: who, when, a summary, the register as it
 * was. Read through the gateway as a dashboard would: history, atRevision, changes(from, to).
 */

let stack: Stack;
let alice: string;
let bob: string;
let registerId: string;

const person = (subject: string, name: string, role: string) =>
  mintToken({ secret: stack.auth.secret, subject, name, roles: [role] });

beforeAll(async () => {
  stack = await startStack({ seed: false, today: '2026-11-24' });
  alice = await person('alice', 'Alice Liaison', 'editor:MEF');
  bob = await person('bob', 'Bob Chair', 'editor:DMTF');
  const input = {
    title: 'MEF / DMTF History Register',
    parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }],
    milestones: [{ date: '2027-06', precision: 'MONTH', description: 'First joint draft' }],
  };
  const created = ok(
    await stack.query(
      `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { id } }`,
      { input },
      alice,
    ),
  );
  registerId = created.createWorkRegister.id;
  const steps: [string, Record<string, unknown>, string][] = [
    [
      `mutation($id: ID!, $milestones: [MilestoneInput!]) {
        updateWorkRegister(id: $id, expectedRevision: 1, input: { milestones: $milestones }) { revision } }`,
      {
        milestones: [
          { date: '2027-06', precision: 'MONTH', description: 'First joint draft', status: 'COMPLETED' },
          { date: '2028', precision: 'YEAR', description: 'Publication' },
        ],
      },
      bob,
    ],
    [
      `mutation($id: ID!) { setWorkRegisterStatus(id: $id, expectedRevision: 2, status: ACTIVE) { revision } }`,
      {},
      alice,
    ],
    [
      `mutation($id: ID!) { recordReview(id: $id, expectedRevision: 3, reviewedOn: "2026-11-01", outcome: CONTINUE, nextDueBy: "2027-11") { revision } }`,
      {},
      bob,
    ],
  ];
  for (const [mutation, variables, token] of steps)
    ok(await stack.query(mutation, { id: registerId, ...variables }, token));
}, 60_000);
afterAll(() => stack?.stop());

const history = (args: string) =>
  stack.query(
    `query($id: ID!) { workRegister(id: $id) { history(${args}) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { revision summary createdAt author { subject name } } } } } }`,
    { id: registerId },
  );

describe('WorkRegister.history', () => {
  it('lists every revision newest first, with its author and summary', async () => {
    const { workRegister } = ok(await history('first: 10'));
    expect(workRegister.history.totalCount).toBe(4);
    expect(
      workRegister.history.edges.map((e: any) => [e.node.revision, e.node.author.subject, e.node.summary]),
    ).toEqual([
      [4, 'bob', 'Reviewed on 2026-11-01: CONTINUE; next review due 2027-11'],
      [3, 'alice', 'Status DRAFT → ACTIVE'],
      [2, 'bob', 'Changed milestones'],
      [1, 'alice', 'Created'],
    ]);
    expect(workRegister.history.edges[0].node.author.name).toBe('Bob Chair');
    const times = workRegister.history.edges.map((e: any) => e.node.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('pages in both directions', async () => {
    const first = ok(await history('first: 2')).workRegister.history;
    expect(first.edges.map((e: any) => e.node.revision)).toEqual([4, 3]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = ok(await history(`first: 2, after: "${first.pageInfo.endCursor}"`)).workRegister.history;
    expect(rest.edges.map((e: any) => e.node.revision)).toEqual([2, 1]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    const last = ok(await history('last: 1')).workRegister.history;
    expect(last.edges.map((e: any) => e.node.revision)).toEqual([1]);
    const earlier = ok(await history(`last: 2, before: "${last.pageInfo.startCursor}"`)).workRegister.history;
    expect(earlier.edges.map((e: any) => e.node.revision)).toEqual([3, 2]);
    expect(earlier.pageInfo.hasPreviousPage).toBe(true);
  });
});

describe('WorkRegister.atRevision', () => {
  const at = (n: number) =>
    stack.query(
      `query($id: ID!, $n: Int!) { workRegister(id: $id) { atRevision(revision: $n) {
        revision author { subject } register { status parties { acronym name } milestones { date status }
        review { dueBy lastReviewedOn lastOutcome } } } } }`,
      { id: registerId, n },
    );

  it('shows the register as it was', async () => {
    const one = ok(await at(1)).workRegister.atRevision;
    expect(one.register).toEqual({
      status: 'DRAFT',
      parties: [
        { acronym: 'MEF', name: expect.any(String) },
        { acronym: 'DMTF', name: expect.any(String) },
      ],
      milestones: [{ date: '2027-06', status: 'PLANNED' }],
      review: null,
    });
    const four = ok(await at(4)).workRegister.atRevision;
    expect(four.register.milestones).toEqual([
      { date: '2027-06', status: 'COMPLETED' },
      { date: '2028', status: 'PLANNED' },
    ]);
    expect(four.register.review).toEqual({ dueBy: '2027-11', lastReviewedOn: '2026-11-01', lastOutcome: 'CONTINUE' });
  });

  it('is null for a revision that does not exist', async () => {
    expect(ok(await at(9)).workRegister.atRevision).toBeNull();
  });
});

describe('WorkRegister.changes', () => {
  const changes = (from: number, to?: number) =>
    stack.query(
      `query($id: ID!, $from: Int!, $to: Int) { workRegister(id: $id) { changes(from: $from, to: $to) { path kind before after } } }`,
      { id: registerId, from, to },
    );

  it('gives field-level differences between two revisions', async () => {
    const diff = ok(await changes(1, 2)).workRegister.changes;
    expect(diff).toEqual([
      { path: 'milestones[0].status', kind: 'CHANGED', before: 'PLANNED', after: 'COMPLETED' },
      {
        path: 'milestones[1]',
        kind: 'ADDED',
        before: null,
        after: { date: '2028', precision: 'YEAR', description: 'Publication', status: 'PLANNED' },
      },
    ]);
  });

  it('compares with the current revision by default', async () => {
    const diff = ok(await changes(2)).workRegister.changes;
    const paths = diff.map((c: any) => c.path).sort();
    expect(paths).toEqual(['review', 'status']);
    expect(diff.find((c: any) => c.path === 'status')).toMatchObject({ before: 'DRAFT', after: 'ACTIVE' });
  });

  it("lists each revision's own changes", async () => {
    const { data } = await stack.query(
      `query($id: ID!) { workRegister(id: $id) { atRevision(revision: 3) { changes { path before after } } } }`,
      { id: registerId },
    );
    expect(data.workRegister.atRevision.changes).toEqual([{ path: 'status', before: 'DRAFT', after: 'ACTIVE' }]);
  });

  it('names the argument of a revision that does not exist', async () => {
    const { errors } = await changes(7);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

describe('privacy', () => {
  it('shows an anonymous reader no change where only a hidden address changed', async () => {
    const update = async (text: string) => {
      const { data } = await stack.query(`query($id: ID!) { workRegister(id: $id) { revision } }`, { id: registerId });
      const saved = ok(
        await stack.query(
          `mutation($id: ID!, $revision: Int!, $sections: [SectionInput!]) {
            updateWorkRegister(id: $id, expectedRevision: $revision, input: { sections: $sections }) { revision } }`,
          { id: registerId, revision: data.workRegister.revision, sections: [{ heading: 'Points of Contact', text }] },
          alice,
        ),
      );
      return saved.updateWorkRegister.revision as number;
    };
    await update('Write to a.person@mef.net about the draft.');
    const revision = await update('Write to b.person@mef.net about the draft.');
    const asked = `query($id: ID!, $from: Int!) { workRegister(id: $id) {
      changes(from: $from) { path kind before after }
      atRevision(revision: ${revision}) { changes { path } } } }`;
    const anonymous = ok(await stack.query(asked, { id: registerId, from: revision - 1 }));
    expect(anonymous.workRegister.changes).toEqual([]);
    expect(anonymous.workRegister.atRevision.changes).toEqual([]);
    const member = ok(await stack.query(asked, { id: registerId, from: revision - 1 }, stack.tokens.member));
    expect(member.workRegister.changes).toEqual([
      {
        path: 'sections[0].text',
        kind: 'CHANGED',
        before: 'Write to a.person@mef.net about the draft.',
        after: 'Write to b.person@mef.net about the draft.',
      },
    ]);
  });
});

describe('imports', () => {
  it('record each document version as a revision, by the importer', async () => {
    const text = readFileSync(new URL('../data/seeds/mef-dmtf-work-register.txt', import.meta.url), 'utf8');
    // Both sides: the first import sets MEF's and DMTF's points of contact.
    const token = await mintToken({
      secret: stack.auth.secret,
      subject: 'importer',
      name: 'Import Bot',
      roles: ['editor:DMTF', 'editor:MEF'],
    });
    const importer = createClient({ endpoint: stack.gatewayUrl, token });
    const first = await importDocument(importer, parse(text), text);
    const changed = text.replace('2012', '2013');
    const second = await importDocument(importer, parse(changed), changed);
    expect([first.revision, second.revision]).toEqual([1, 2]);
    const { data } = await stack.query(
      `query($slug: String!) { workRegister(slug: $slug) { history(first: 5) { edges { node { revision summary author { subject } } } } } }`,
      { slug: first.slug },
    );
    expect(data.workRegister.history.edges.map((e: any) => e.node)).toEqual([
      { revision: 2, summary: 'Imported a new version of the document', author: { subject: 'importer' } },
      { revision: 1, summary: 'Imported the document', author: { subject: 'importer' } },
    ]);
  });
});

describe('batching', () => {
  it('reads the history of many registers in as many statements as of one', async () => {
    for (let n = 0; n < 12; n++) {
      const input = { title: `History Batch ${n}`, parties: [{ acronym: 'MEF' }, { acronym: 'SNIA' }] };
      ok(
        await stack.query(
          `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { id } }`,
          { input },
          alice,
        ),
      );
    }
    const statements = async (first: number) => {
      const before = stack.registry.db.statementCount();
      const { data } = await stack.query(`{ workRegisters(first: ${first}) { edges { node {
        history(first: 3) { totalCount edges { node { revision author { subject } changes { path } register { title } } } }
        atRevision(revision: 1) { summary } } } } }`);
      expect(data.workRegisters.edges).toHaveLength(first);
      return stack.registry.db.statementCount() - before;
    };
    expect(await statements(12)).toBe(await statements(1));
  });
});

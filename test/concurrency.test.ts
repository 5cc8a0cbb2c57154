import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack.js';

/**
 * No lost updates: ten clients edit one register at once, each over its own HTTP request through
 * the gateway. Every edit either lands as a revision of its own or fails with CONFLICT; none is
 * lost or merged silently. Runs on SQLite and, with DATABASE_URL, on PostgreSQL.
 */

let stack: Stack;
let editors: string[];
beforeAll(async () => {
  stack = await startStack({ seed: false });
  editors = await Promise.all(Array.from({ length: 10 }, (_, i) => stack.token(i % 2 ? 'editor:MEF' : 'editor:DMTF')));
}, 60_000);
afterAll(() => stack?.stop());

async function createRegister(title: string): Promise<string> {
  const input = { title, parties: [{ acronym: 'MEF' }, { acronym: 'DMTF' }] };
  const { data, errors } = await stack.query(
    `mutation($input: WorkRegisterInput!) { createWorkRegister(input: $input) { id } }`,
    { input },
    stack.tokens.admin,
  );
  expect(errors).toBeUndefined();
  return data.createWorkRegister.id;
}

const edit = (id: string, expectedRevision: number, version: string, token: string) =>
  stack.query(
    `mutation($id: ID!, $rev: Int!, $version: String!) {
      updateWorkRegister(id: $id, expectedRevision: $rev, input: { version: $version }) { revision version } }`,
    { id, rev: expectedRevision, version },
    token,
  );

async function revisions(id: string) {
  const { data } = await stack.query(
    `query($id: ID!) { workRegister(id: $id) { revision version history(first: 100) { totalCount edges { node {
      revision register { version } changes { path before after } } } } } }`,
    { id },
  );
  return data.workRegister;
}

describe('ten concurrent edits of one register', () => {
  it('based on the same revision: exactly one lands, nine get CONFLICT naming the new revision', async () => {
    const id = await createRegister('Concurrent Register A');
    const results = await Promise.all(editors.map((token, i) => edit(id, 1, `edit-${i}`, token)));
    const landed = results.filter((r) => !r.errors);
    const conflicts = results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(landed).toHaveLength(1);
    expect(conflicts).toHaveLength(9);
    for (const conflict of conflicts) expect(conflict.errors![0]!.extensions!.currentRevision).toBe(2);

    const register = await revisions(id);
    expect(register.revision).toBe(2);
    expect(register.history.totalCount).toBe(2);
    expect(register.version).toBe(landed[0]!.data.updateWorkRegister.version);
  });

  it('retrying on CONFLICT: all ten land, each as its own revision, none lost or merged', async () => {
    const id = await createRegister('Concurrent Register B');
    const client = async (i: number, token: string) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const current = (await revisions(id)).revision;
        const response = await edit(id, current, `client-${i}`, token);
        if (!response.errors) return response.data.updateWorkRegister.revision as number;
        expect(response.errors[0]!.extensions!.code).toBe('CONFLICT');
      }
      throw new Error(`client ${i} never landed`);
    };
    const landedAt = await Promise.all(editors.map((token, i) => client(i, token)));
    expect([...landedAt].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);

    const register = await revisions(id);
    expect(register.history.totalCount).toBe(11);
    const versions = register.history.edges.map((e: any) => e.node.register.version).filter(Boolean);
    expect(new Set(versions)).toEqual(new Set(editors.map((_, i) => `client-${i}`)));
    // Each revision changed exactly what its client sent, against the revision before it.
    const byRevision = new Map(register.history.edges.map((e: any) => [e.node.revision, e.node]));
    for (let revision = 2; revision <= 11; revision++) {
      const node: any = byRevision.get(revision);
      const previous: any = byRevision.get(revision - 1);
      expect(node.changes).toEqual([
        { path: 'version', before: previous.register.version, after: node.register.version },
      ]);
    }
  });
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDocument, parseFile } from '@alliance/cli';
import { startStack, type Stack } from './support/stack.js';
import { ok } from './support/responses.js';

/**
 * A later version of a register's document imported over the earlier one (same title, so same
 * slug), through the gateway as `alliance import` does: one new registry revision whose changes
 * list what differs field by field, the document's own revision trail among them, and the trail
 * and the vague dates read back with their precision.
 */

let stack: Stack;
const file = (version: string) =>
  new URL(`./fixtures/versions/csa-snia-work-register-${version}.txt`, import.meta.url).pathname;

async function importVersion(version: string) {
  const { document } = await parseFile(file(version));
  return importDocument(stack.client, document, readFileSync(file(version), 'utf8'));
}

const REGISTER = `query($slug: String!) { workRegister(slug: $slug) {
  revision version
  documentRevisions { version date precision author description }
  milestones { date precision dueOn status }
  history(first: 10) { edges { node { revision summary changes { path kind before after } } } }
  atRevision(revision: 1) { register { version documentRevisions { version } } }
} }`;

beforeAll(async () => {
  stack = await startStack({ seed: false, today: '2026-11-24' });
}, 60_000);
afterAll(() => stack?.stop());

describe('importing a later version of a document over an earlier one', () => {
  it('records one revision whose changes are the fields that differ, the new trail entry among them', async () => {
    expect(await importVersion('1.0')).toMatchObject({ slug: 'csa-snia', revision: 1, outcome: 'CREATED' });
    expect(await importVersion('1.1')).toMatchObject({ slug: 'csa-snia', revision: 2, outcome: 'REVISED' });

    const { workRegister: register } = ok(await stack.query(REGISTER, { slug: 'csa-snia' }));
    expect(register.revision).toBe(2);
    expect(register.version).toBe('1.1');
    expect(register.atRevision.register).toEqual({
      version: '1.0',
      documentRevisions: [{ version: '0.9' }, { version: '1.0' }],
    });
    const revisions = register.history.edges.map((e: { node: unknown }) => e.node);
    expect(revisions.map((r: { revision: number; summary: string }) => [r.revision, r.summary])).toEqual([
      [2, 'Imported a new version of the document'],
      [1, 'Imported the document'],
    ]);
    const changes = revisions[0].changes as { path: string; kind: string; before: unknown; after: unknown }[];
    const byPath = new Map(changes.map((c) => [c.path, c]));
    expect(byPath.get('version')).toEqual({ path: 'version', kind: 'CHANGED', before: '1.0', after: '1.1' });
    expect(byPath.get('parties[1].unit')).toMatchObject({
      kind: 'CHANGED',
      before: null,
      after: 'Cloud Storage Technical Work Group',
    });
    expect(byPath.get('milestones[0].status')).toMatchObject({ before: 'PLANNED', after: 'COMPLETED' });
    expect(byPath.get('milestones[2]')).toMatchObject({
      kind: 'ADDED',
      after: { date: '2015-late', precision: 'THIRD', description: 'CCM v4 mapping', status: 'PLANNED' },
    });
    expect(byPath.get('review.dueBy')).toMatchObject({ before: '2014-12', after: '2015-12' });
    expect(byPath.get('documentRevisions[2]')).toEqual({
      path: 'documentRevisions[2]',
      kind: 'ADDED',
      before: null,
      after: {
        version: '1.1',
        date: '2014-06-02',
        precision: 'DAY',
        author: 'M. Ferri',
        description: 'Cloud Storage TWG named; CCM v4 mapping added; review moved to December 2015',
      },
    });
    // Nothing else changed but the text of the sections those fields were read from.
    const fields = changes.map((c) => c.path).filter((p) => !/^sections\[\d+\]\.text$/.test(p));
    expect(fields.sort()).toEqual([
      'documentRevisions[2]',
      'milestones[0].status',
      'milestones[2]',
      'parties[1].unit',
      'review.dueBy',
      'version',
    ]);
  }, 60_000);

  it('reads the trail and the vague dates back with their precision', async () => {
    const { workRegister: register } = ok(await stack.query(REGISTER, { slug: 'csa-snia' }));
    expect(register.documentRevisions.map((r: { version: string; date: string }) => [r.version, r.date])).toEqual([
      ['0.9', '2013-02'],
      ['1.0', '2013-03-14'],
      ['1.1', '2014-06-02'],
    ]);
    expect(
      register.milestones.map((m: { date: string; precision: string; dueOn: string }) => [
        m.date,
        m.precision,
        m.dueOn,
      ]),
    ).toEqual([
      ['2013-Q3', 'QUARTER', '2013-09-30'],
      ['2014-H1', 'HALF', '2014-06-30'],
      ['2015-late', 'THIRD', '2015-12-31'],
    ]);
  });

  it('never rolls back: the earlier version imported again changes nothing', async () => {
    expect(await importVersion('1.0')).toMatchObject({ revision: 2, outcome: 'UNCHANGED' });
  });
});

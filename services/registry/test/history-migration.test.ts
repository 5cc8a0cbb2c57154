import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger, openDatabase, type Database, type StorageConfig } from '@alliance/core';
import { freshStorage } from '../../../test/support/storage.js';
import { entities } from '../src/entities/index.js';
import { migrations } from '../src/migrations/index.js';
import { History1764300000000 } from '../src/migrations/1764300000000-history.js';

/**
 * A registry written before revisions kept whole states (an import document, then a status
 * change, then a new document) is migrated into states: each revision is the register as it was.
 */

let storage: StorageConfig;
let drop: () => Promise<void>;
const logger = createLogger('test', 'silent');
const open = (upTo: number) =>
  openDatabase({ service: 'registry', storage, entities, migrations: migrations.slice(0, upTo), logger });

const ID = '11111111-1111-4111-8111-111111111111';
const document = (version: string) => ({
  title: 'OLD / FORMAT Work Register',
  version,
  parties: [{ acronym: 'MEF', name: 'MEF Forum', unit: null }],
  review: { trigger: 'yearly', dueBy: '2027', precision: 'YEAR' },
  approval: { body: null, resolution: null, approvedOn: null, text: 'Approved.' },
  sourceText: `the document, version ${version}`,
});

beforeAll(async () => {
  ({ storage, drop } = await freshStorage());
  const before = migrations.indexOf(History1764300000000);
  const old: Database = await open(before);
  const at = '2026-01-01T00:00:00.000Z';
  // Plain SQL: the query builder would add the columns today's entities have.
  const literal = (v: unknown) => (typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`);
  const insert = (table: string, values: Record<string, unknown>) =>
    old.dataSource.query(
      `INSERT INTO ${table} (${Object.keys(values).join(', ')}) VALUES (${Object.values(values).map(literal).join(', ')})`,
    );
  await insert('work_register', {
    id: ID,
    slug: 'old-format',
    title: 'OLD / FORMAT Work Register',
    kind: 'REGISTER',
    revision: 3,
    status: 'UNDER_REVIEW',
    projects: '[]',
    objectives: '[]',
    benefits: '[]',
    delegated_work_rules: '[]',
    reference_links: '[]',
    source_sha256: 'b',
    created_at: at,
    updated_at: at,
  });
  const snapshots = [
    document('1'),
    { change: 'status', from: 'ACTIVE', to: 'UNDER_REVIEW', reason: null },
    document('2'),
  ];
  for (const [i, snapshot] of snapshots.entries()) {
    await insert('work_register_revision', {
      id: `11111111-1111-4111-8111-11111111111${i}`,
      work_register_id: ID,
      revision: i + 1,
      source_sha256: i === 2 ? 'b' : 'a',
      snapshot: JSON.stringify(snapshot),
      created_at: at,
    });
  }
  await old.close();
}, 60_000);
afterAll(() => drop?.());

it('rewrites old revisions into whole states, replaying status changes, attributed to import', async () => {
  const db = await open(migrations.length);
  try {
    const rows: { revision: number; snapshot: string; summary: string; author_subject: string }[] = await db.dataSource
      .createQueryBuilder()
      .select(['revision', 'snapshot', 'summary', 'author_subject'])
      .from('work_register_revision', 'r')
      .orderBy('revision')
      .getRawMany();
    const states = rows.map((r) => JSON.parse(r.snapshot));
    expect(rows.map((r) => [r.summary, r.author_subject])).toEqual([
      ['Imported the document', 'import'],
      ['Status ACTIVE → UNDER_REVIEW', 'import'],
      ['Imported a new version of the document', 'import'],
    ]);
    expect(states.map((s) => [s.version, s.status])).toEqual([
      ['1', 'ACTIVE'],
      ['1', 'UNDER_REVIEW'],
      ['2', 'UNDER_REVIEW'],
    ]);
    expect(states[0].review).toEqual({
      trigger: 'yearly',
      dueBy: '2027',
      precision: 'YEAR',
      lastReviewedOn: null,
      lastOutcome: null,
    });
    expect(states.every((s) => !('sourceText' in s))).toBe(true);
  } finally {
    await db.close();
  }
});

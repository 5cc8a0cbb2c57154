import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, openDatabase, type Database, type StorageConfig } from '@alliance/core';
import { freshStorage } from '../../../test/support/storage.js';
import { entities } from '../src/entities/index.js';
import { Initial1764000000001 } from '../src/migrations/1764000000001-initial.js';
import { migrations } from '../src/migrations/index.js';

/**
 * Contacts that existed before history (issue 5) start it at revision 1, as they stand, and keep
 * their points of contact: on SQLite adding a column rebuilds the table, which must not cascade.
 */

let storage: StorageConfig;
let drop: () => Promise<void>;
let db: Database;
const open = (list: typeof migrations, known = entities) =>
  openDatabase({
    service: 'contacts',
    storage,
    entities: known,
    migrations: list,
    logger: createLogger('test', 'silent'),
  });

const register = randomUUID();
const organization = randomUUID();
const people = [randomUUID(), randomUUID()];

beforeAll(async () => {
  ({ storage, drop } = await freshStorage());
  // No entities: they describe the newer schema, and inserts must write the old one's columns.
  const before = await open([Initial1764000000001], []);
  const at = '2025-01-02T03:04:05.000Z';
  const insert = (table: string, values: Record<string, unknown>[]) =>
    before.dataSource.createQueryBuilder().insert().into(table).values(values).execute();
  await insert(
    'contact',
    people.map((id, i) => ({
      id,
      kind: 'PERSON',
      name: `Person ${i}`,
      email: `p${i}@example.org`,
      title: null,
      organization_id: organization,
      created_at: at,
      updated_at: at,
    })),
  );
  await insert('point_of_contact', [
    {
      id: randomUUID(),
      work_register_id: register,
      contact_id: people[0],
      organization_id: organization,
      role: 'Chair',
      position: 0,
      created_at: at,
    },
  ]);
  await before.close();
  db = await open(migrations);
});
afterAll(async () => {
  await db?.close();
  await drop?.();
});

describe('ContactHistory1764300000001', () => {
  it('gives existing contacts revision 1 and keeps their points of contact', async () => {
    const rows = await db.dataSource.query(`SELECT id, revision FROM contact ORDER BY name`);
    expect(rows.map((r: { id: string; revision: number }) => [r.id, Number(r.revision)])).toEqual(
      people.map((id) => [id, 1]),
    );
    const points = await db.dataSource.query(`SELECT contact_id FROM point_of_contact`);
    expect(points).toEqual([{ contact_id: people[0] }]);
  });

  it('records each existing contact as revision 1, written by the migration', async () => {
    const revisions = await db.dataSource.query(
      `SELECT contact_id, revision, author_subject, snapshot, created_at FROM contact_revision`,
    );
    expect(revisions).toHaveLength(2);
    const first = revisions.find((r: { contact_id: string }) => r.contact_id === people[0]);
    expect(first).toMatchObject({ author_subject: 'migration', created_at: '2025-01-02T03:04:05.000Z' });
    expect(Number(first.revision)).toBe(1);
    expect(JSON.parse(first.snapshot)).toEqual({
      kind: 'PERSON',
      name: 'Person 0',
      email: 'p0@example.org',
      title: null,
      organizationId: organization,
      pointsOfContact: [{ workRegisterId: register, organizationId: organization, role: 'Chair' }],
    });
  });
});

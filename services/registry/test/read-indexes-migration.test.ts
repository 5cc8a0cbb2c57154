import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger, openDatabase, type Database, type StorageConfig } from '@alliance/core';
import { freshStorage } from '../../../test/support/storage.js';
import { entities } from '../src/entities/index.js';
import { ReadIndexes1764400000000 } from '../src/migrations/1764400000000-read-indexes.js';
import { migrations } from '../src/migrations/index.js';

/** The read indexes are there after migrating, and undoing the migration puts the old ones back. */

let storage: StorageConfig;
let drop: () => Promise<void>;
let db: Database;
beforeAll(async () => {
  ({ storage, drop } = await freshStorage());
  db = await openDatabase({
    service: 'registry',
    storage,
    entities,
    // Up to this migration, so that undoing the last one undoes it.
    migrations: migrations.slice(0, migrations.indexOf(ReadIndexes1764400000000) + 1),
    logger: createLogger('test', 'silent'),
  });
});
afterAll(async () => {
  await db?.close();
  await drop?.();
});

const NAMES = [
  'ix_milestone_status_due_on',
  'ix_work_register_id_title',
  'ix_party_register',
  'ix_party_organization',
] as const;

/** Each index's columns in index order, from the database's own catalog (TypeORM's table reader sorts them). */
async function indexes(): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const name of NAMES) {
    if (db.dataSource.options.type === 'postgres') {
      const rows: { indexdef: string }[] = await db.dataSource.query(
        'SELECT indexdef FROM pg_indexes WHERE indexname = $1',
        [name],
      );
      const columns = rows[0]?.indexdef.match(/\((.*)\)$/)?.[1];
      if (columns) found[name] = columns.split(', ').map((c) => c.replace(/"/g, ''));
    } else {
      const rows: { name: string }[] = await db.dataSource.query(`PRAGMA index_info("${name}")`);
      if (rows.length) found[name] = rows.map((r) => r.name);
    }
  }
  return found;
}

it('adds covering indexes for the busiest reads, and takes them back', async () => {
  expect(await indexes()).toEqual({
    ix_milestone_status_due_on: ['status', 'due_on'],
    ix_work_register_id_title: ['id', 'title'],
    ix_party_register: ['work_register_id', 'position', 'organization_id'],
    ix_party_organization: ['organization_id', 'work_register_id', 'position'],
  });
  await db.dataSource.undoLastMigration();
  expect(await indexes()).toEqual({
    ix_party_register: ['work_register_id', 'position'],
    ix_party_organization: ['organization_id', 'work_register_id'],
  });
});

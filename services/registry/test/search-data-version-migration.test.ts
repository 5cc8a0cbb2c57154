import { afterAll, beforeAll, expect, it } from 'vitest';
import { Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase } from '../../../test/support/storage.js';
import { importWorkRegister } from '../src/commands/import.js';
import { entities } from '../src/entities/index.js';
import { DataVersion1765400000000 } from '../src/migrations/1765400000000-data-version.js';
import { SearchDataVersion1766200000000 } from '../src/migrations/1766200000000-search-data-version.js';
import { migrations } from '../src/migrations/index.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { dataVersion } from '../src/repositories/stats.js';
import { validateImport } from '../src/validation.js';
import { undoTo } from './support/migrations.js';

/**
 * Migration SearchDataVersion: a write of a search document alone moves the data version on (a
 * search's matches are kept per version), undoing it stops that, and the data version's own
 * triggers, undone and made again, still move it on for the registers.
 */

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await freshDatabase('registry', { entities, migrations }));
  await db.transaction((m) => loadDirectory(m, STANDARDS_BODIES));
  const admin = new Viewer({ subject: 'test', name: 'Test', roles: [{ kind: 'admin' }] });
  const parties = [
    { acronym: 'MEF', name: 'MEF', unit: null },
    { acronym: 'DMTF', name: 'DMTF', unit: null },
  ];
  const input = validateImport({ title: 'Zephyr Register', version: '1.0', parties });
  await importWorkRegister(db, admin, input, { links: { publicUrl: 'http://registry.test' } });
}, 60_000);
afterAll(() => close?.());

const manager = () => db.dataSource.manager;

/** Whether rewriting the register's search document alone (its words as they are) moves the version. */
async function documentWriteMovesVersion(): Promise<boolean> {
  const before = await dataVersion(manager());
  await manager().query('UPDATE search_document SET terms = terms');
  return (await dataVersion(manager())) !== before;
}

it('moves the data version on at a write of a search document, and undoes that', async () => {
  expect(await documentWriteMovesVersion()).toBe(true);
  await undoTo(db, SearchDataVersion1766200000000);
  expect(await documentWriteMovesVersion()).toBe(false);
  await db.dataSource.runMigrations({ transaction: 'each' });
  expect(await documentWriteMovesVersion()).toBe(true);
});

it("keeps the data version's own triggers when undone to before it and run again", async () => {
  await undoTo(db, DataVersion1765400000000);
  await db.dataSource.runMigrations({ transaction: 'each' });
  const before = await dataVersion(manager());
  await manager().query(`UPDATE organization SET name = name WHERE acronym = 'MEF'`);
  expect(await dataVersion(manager())).not.toBe(before);
  expect(await documentWriteMovesVersion()).toBe(true);
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase } from '../../../test/support/storage.js';
import { importWorkRegister } from '../src/commands/import.js';
import { entities } from '../src/entities/index.js';
import { SearchTitle1765800000000 } from '../src/migrations/1765800000000-search-title.js';
import { migrations } from '../src/migrations/index.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { validateImport } from '../src/validation.js';
import { undoTo } from './support/migrations.js';

/**
 * Migration SearchTitle on a database that already holds registers: undone, then run again as an
 * upgrade would, it gives every search document its register's title, and a trigger keeps it when
 * a title changes. On PostgreSQL it changes nothing (the search plans from the GIN index there).
 */

const admin = new Viewer({ subject: 'test', name: 'Test', roles: [{ kind: 'admin' }] });
const onPostgres = process.env.DATABASE_URL !== undefined;
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  // Every migration (the write path needs them all); `undoTo` undoes SearchTitle and the later ones.
  ({ db, close } = await freshDatabase('registry', { entities, migrations }));
  await db.transaction((m) => loadDirectory(m, STANDARDS_BODIES));
  for (const title of ['SNIA / DMTF Work Register B', 'SNIA / DMTF Work Register A']) {
    const input = validateImport({
      title,
      version: '1.0',
      initiatedOn: '2011-06-30',
      parties: [
        { acronym: 'SNIA', name: 'Storage Networking Industry Association', unit: null },
        { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: null },
      ],
      sections: [{ heading: 'Background', text: 'Cloud storage and management.' }],
    });
    await importWorkRegister(db, admin, input, { links: { publicUrl: 'http://registry.test' } });
  }
});
afterAll(() => close?.());

/** Each document's title, in its register's title order. */
const documentTitles = async () =>
  (
    (await db.dataSource.query(
      'SELECT d.title AS title FROM search_document d JOIN work_register r ON r.id = d.work_register_id ORDER BY r.title',
    )) as { title: string }[]
  ).map((row) => row.title);

it.skipIf(onPostgres)('fills the title of every document on upgrade, and keeps it', async () => {
  await undoTo(db, SearchTitle1765800000000);
  const columns = (await db.dataSource.query('PRAGMA table_info(search_document)')) as { name: string }[];
  expect(columns.map((c) => c.name)).not.toContain('title');
  await db.dataSource.runMigrations({ transaction: 'each' });
  expect(await documentTitles()).toEqual(['SNIA / DMTF Work Register A', 'SNIA / DMTF Work Register B']);
  await db.dataSource.query(
    "UPDATE work_register SET title = 'SNIA / DMTF Work Register C' WHERE title = 'SNIA / DMTF Work Register A'",
  );
  expect(await documentTitles()).toEqual(['SNIA / DMTF Work Register B', 'SNIA / DMTF Work Register C']);
  // The full-text index still answers for both after the upgrade and the rename.
  const [{ n }] = (await db.dataSource.query(
    `SELECT count(*) AS n FROM search_index WHERE search_index MATCH '"cloud"*'`,
  )) as { n: number }[];
  expect(n).toBe(2);
});

it('runs down and up again', async () => {
  await undoTo(db, SearchTitle1765800000000);
  expect(await db.dataSource.showMigrations()).toBe(true);
  await db.dataSource.runMigrations({ transaction: 'each' });
  expect(await db.dataSource.showMigrations()).toBe(false);
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase } from '../../../test/support/storage.js';
import { importWorkRegister } from '../src/commands/import.js';
import { entities } from '../src/entities/index.js';
import { PartnershipRegisters1765900000000 } from '../src/migrations/1765900000000-partnership-registers.js';
import { migrations } from '../src/migrations/index.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { validateImport } from '../src/validation.js';

/**
 * Migration PartnershipRegisters on a database that already holds registers: undone, then run
 * again as an upgrade would, it fills partnership_register with exactly the rows the write path
 * keeps (each register once a pair, two units of one body included), on SQLite and PostgreSQL.
 */

const admin = new Viewer({ subject: 'test', name: 'Test', roles: [{ kind: 'admin' }] });
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  const upTo = migrations.slice(0, migrations.indexOf(PartnershipRegisters1765900000000) + 1);
  ({ db, close } = await freshDatabase('registry', { entities, migrations: upTo }));
  await db.transaction((m) => loadDirectory(m, STANDARDS_BODIES));
  const registers = [
    { title: 'SNIA / DMTF Work Register', parties: ['SNIA', 'DMTF'] },
    { title: 'DMTF / SNIA / TCG Work Register', parties: ['DMTF', 'SNIA', 'TCG', 'SNIA'] },
    { title: 'DMTF Alone', parties: ['DMTF'] },
  ];
  for (const { title, parties } of registers) {
    const input = validateImport({
      title,
      version: '1.0',
      initiatedOn: '2011-06-30',
      parties: parties.map((acronym, i) => ({ acronym, name: acronym, unit: i === 3 ? 'Cloud TWG' : null })),
    });
    await importWorkRegister(db, admin, input, { links: { publicUrl: 'http://registry.test' } });
  }
});
afterAll(() => close?.());

/** Every row as `<from> <to> <title>`, sorted. */
const rows = async () =>
  (
    (await db.dataSource.query(`
      SELECT a.acronym AS "from", b.acronym AS "to", p.title AS title
        FROM partnership_register p
        JOIN organization a ON p.pair_key LIKE a.id || '|%'
        JOIN organization b ON p.pair_key LIKE '%|' || b.id`)) as { from: string; to: string; title: string }[]
  )
    .map((r) => `${r.from} ${r.to} ${r.title}`)
    .sort();

it('fills every partnership of the registers already recorded, as the write path keeps them', async () => {
  const written = await rows();
  expect(written).toEqual([
    'DMTF SNIA DMTF / SNIA / TCG Work Register',
    'DMTF SNIA SNIA / DMTF Work Register',
    'DMTF TCG DMTF / SNIA / TCG Work Register',
    'SNIA DMTF DMTF / SNIA / TCG Work Register',
    'SNIA DMTF SNIA / DMTF Work Register',
    'SNIA TCG DMTF / SNIA / TCG Work Register',
    'TCG DMTF DMTF / SNIA / TCG Work Register',
    'TCG SNIA DMTF / SNIA / TCG Work Register',
  ]);
  await db.dataSource.undoLastMigration({ transaction: 'each' });
  await db.dataSource.runMigrations({ transaction: 'each' });
  expect(await rows()).toEqual(written);
});

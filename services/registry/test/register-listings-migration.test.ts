import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase } from '../../../test/support/storage.js';
import { importWorkRegister } from '../src/commands/import.js';
import { entities } from '../src/entities/index.js';
import { PartnershipRegisters1765900000000 } from '../src/migrations/1765900000000-partnership-registers.js';
import { OrganizationRegisters1766000000000 } from '../src/migrations/1766000000000-organization-registers.js';
import { OrganizationRegisterCounts1766100000000 } from '../src/migrations/1766100000000-organization-register-counts.js';
import { migrations } from '../src/migrations/index.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { validateImport } from '../src/validation.js';
import { undoTo } from './support/migrations.js';

/**
 * Migrations PartnershipRegisters, OrganizationRegisters and OrganizationRegisterCounts on a
 * database that already holds registers: undone, then run again as an upgrade would, each fills
 * its table with exactly the rows the write path keeps (each register once an organization and
 * once a pair, two units of one body included), on SQLite and PostgreSQL.
 */

const admin = new Viewer({ subject: 'test', name: 'Test', roles: [{ kind: 'admin' }] });
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  // Every migration (the write path needs them all); `undoTo` undoes one and the later ones.
  ({ db, close } = await freshDatabase('registry', { entities, migrations }));
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

const query = async <T>(sql: string) => (await db.dataSource.query(sql)) as T[];

/** Every partnership row as `<from> <to> <title>`, sorted. */
const partnershipRows = async () =>
  (
    await query<{ from: string; to: string; title: string }>(`
      SELECT a.acronym AS "from", b.acronym AS "to", p.title AS title
        FROM partnership_register p
        JOIN organization a ON p.pair_key LIKE a.id || '|%'
        JOIN organization b ON p.pair_key LIKE '%|' || b.id`)
  )
    .map((r) => `${r.from} ${r.to} ${r.title}`)
    .sort();

/** Every organization row as `<acronym> <title>`, sorted. */
const organizationRows = async () =>
  (
    await query<{ acronym: string; title: string }>(`
      SELECT o.acronym AS acronym, r.title AS title
        FROM organization_register r JOIN organization o ON o.id = r.organization_id`)
  )
    .map((r) => `${r.acronym} ${r.title}`)
    .sort();

/** Every kept count as `<acronym> <registers>`, sorted. */
const countRows = async () =>
  (
    await query<{ acronym: string; registers: unknown }>(`
      SELECT o.acronym AS acronym, c.registers AS registers
        FROM organization_register_count c JOIN organization o ON o.id = c.organization_id`)
  )
    .map((r) => `${r.acronym} ${Number(r.registers)}`)
    .sort();

describe.each([
  {
    migration: PartnershipRegisters1765900000000,
    rows: partnershipRows,
    expected: [
      'DMTF SNIA DMTF / SNIA / TCG Work Register',
      'DMTF SNIA SNIA / DMTF Work Register',
      'DMTF TCG DMTF / SNIA / TCG Work Register',
      'SNIA DMTF DMTF / SNIA / TCG Work Register',
      'SNIA DMTF SNIA / DMTF Work Register',
      'SNIA TCG DMTF / SNIA / TCG Work Register',
      'TCG DMTF DMTF / SNIA / TCG Work Register',
      'TCG SNIA DMTF / SNIA / TCG Work Register',
    ],
  },
  {
    migration: OrganizationRegisters1766000000000,
    rows: organizationRows,
    expected: [
      'DMTF DMTF / SNIA / TCG Work Register',
      'DMTF DMTF Alone',
      'DMTF SNIA / DMTF Work Register',
      'SNIA DMTF / SNIA / TCG Work Register',
      'SNIA SNIA / DMTF Work Register',
      'TCG DMTF / SNIA / TCG Work Register',
    ],
  },
  {
    migration: OrganizationRegisterCounts1766100000000,
    rows: countRows,
    expected: ['DMTF 3', 'SNIA 2', 'TCG 1'],
  },
])('$migration.name', ({ migration, rows, expected }) => {
  it('fills every row of the registers already recorded, as the write path keeps them', async () => {
    expect(await rows()).toEqual(expected);
    await undoTo(db, migration);
    expect(await db.dataSource.showMigrations()).toBe(true);
    await db.dataSource.runMigrations({ transaction: 'each' });
    expect(await rows()).toEqual(expected);
  });
});

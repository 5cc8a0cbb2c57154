import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldChanges, Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase } from '../../../test/support/storage.js';
import { importWorkRegister } from '../src/commands/import.js';
import { sourceSha256 } from '../src/domain/import.js';
import { storedState, withoutFindings } from '../src/domain/register-state.js';
import { DocumentRevisionEntity, entities, WorkRegisterRevisionEntity } from '../src/entities/index.js';
import { createLoaders } from '../src/loaders.js';
import { migrations } from '../src/migrations/index.js';
import { milestonePage } from '../src/repositories/filters.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { validateImport, type ImportInput } from '../src/validation.js';

/**
 * A register document's own revision trail and the vague-date precisions (THIRD, HALF) stored and
 * read back on a real, migrated database (SQLite, or PostgreSQL with DATABASE_URL).
 */

const schedule = { today: '2026-11-24', dueSoonDays: 90 };
const admin = new Viewer({ subject: 'test', name: 'Test', roles: [{ kind: 'admin' }] });
const links = { publicUrl: 'http://registry.test' };
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await freshDatabase('registry', { entities, migrations }));
  await db.transaction((m) => loadDirectory(m, STANDARDS_BODIES));
});
afterAll(() => close?.());

const trail = [
  { version: '1.0', date: '2012-04-25', author: 'A. Author', description: 'First issue' },
  { version: '1.1', date: '2013-H1', description: 'Contacts brought up to date' },
];

const input = (overrides: Record<string, unknown> = {}): ImportInput =>
  validateImport({
    title: 'OGF / SNIA Work Register',
    version: '1.1',
    parties: [
      { acronym: 'OGF', name: 'Open Grid Forum' },
      { acronym: 'SNIA', name: 'Storage Networking Industry Association' },
    ],
    milestones: [
      { date: '2013-mid', precision: 'THIRD', description: 'Joint profile draft' },
      { date: '2014-H1', precision: 'HALF', description: 'Profile published' },
    ],
    review: { trigger: 'yearly', dueBy: '2014-late' },
    documentRevisions: trail,
    sourceText: `version ${String(overrides.version ?? '1.1')}`,
    ...overrides,
  });

describe("a register document's revision trail", () => {
  let id: string;

  it('is stored entry by entry and read back in document order, precision read off the date', async () => {
    const { register } = await importWorkRegister(db, admin, input(), { links });
    id = register.id;
    const rows = await createLoaders(db, schedule).documentRevisionsOfRegister.load(id);
    expect(
      rows.map(({ version, date, precision, author, description }) => [version, date, precision, author, description]),
    ).toEqual([
      ['1.0', '2012-04-25', 'DAY', 'A. Author', 'First issue'],
      ['1.1', '2013-H1', 'HALF', null, 'Contacts brought up to date'],
    ]);
  });

  it('keeps vague dates with their precision, falling due at the end of their period', async () => {
    const loaders = createLoaders(db, schedule);
    const milestones = await loaders.milestonesOfRegister.load(id);
    expect(milestones.map((m) => [m.date, m.precision, m.dueOn])).toEqual([
      ['2013-mid', 'THIRD', '2013-08-31'],
      ['2014-H1', 'HALF', '2014-06-30'],
    ]);
    const register = await loaders.workRegister.load(id);
    expect(register).toMatchObject({ reviewDueBy: '2014-late', reviewPrecision: 'THIRD', reviewDueOn: '2014-12-31' });
    // "Due by" compares the end of the period: H1 2014 is due by 30 June, not by 29 June.
    const due = (to: string) =>
      milestonePage(db.dataSource.manager, { first: 10 }, { from: '2014-01-01', to, organizationId: null });
    expect((await due('2014-06-29')).edges.map((e) => e.node.date)).toEqual([]);
    expect((await due('2014-06-30')).edges.map((e) => e.node.date)).toEqual(['2014-H1']);
  });

  it('re-imported in a later version, is part of the one revision that lists the field changes', async () => {
    const later = input({
      version: '1.2',
      milestones: [
        { date: '2013-mid', precision: 'THIRD', description: 'Joint profile draft', status: 'COMPLETED' },
        { date: '2014-H1', precision: 'HALF', description: 'Profile published' },
      ],
      documentRevisions: [...trail, { version: '1.2', date: '2014-03', author: 'J. Smith', description: 'Draft done' }],
    });
    const { outcome, register } = await importWorkRegister(db, admin, later, { links });
    expect(outcome).toBe('REVISED');
    expect(register.revision).toBe(2);
    const revisions = await db.dataSource.manager
      .getRepository(WorkRegisterRevisionEntity)
      .find({ where: { workRegisterId: id }, order: { revision: 'ASC' } });
    expect(revisions.map((r) => r.revision)).toEqual([1, 2]);
    const [first, second] = revisions.map((r) => withoutFindings(storedState(r.snapshot)));
    expect(fieldChanges(first!, second!)).toEqual([
      { path: 'version', kind: 'CHANGED', before: '1.1', after: '1.2' },
      { path: 'milestones[0].status', kind: 'CHANGED', before: 'PLANNED', after: 'COMPLETED' },
      {
        path: 'documentRevisions[2]',
        kind: 'ADDED',
        before: null,
        after: { version: '1.2', date: '2014-03', precision: 'MONTH', author: 'J. Smith', description: 'Draft done' },
      },
    ]);
    const rows = await createLoaders(db, schedule).documentRevisionsOfRegister.load(id);
    expect(rows.map((r) => r.version)).toEqual(['1.0', '1.1', '1.2']);
  });

  it('is read for many registers in one statement', async () => {
    const other = await importWorkRegister(
      db,
      admin,
      input({
        title: 'OGF / DMTF Work Register',
        sourceText: 'OGF / DMTF',
        parties: [
          { acronym: 'OGF', name: 'Open Grid Forum' },
          { acronym: 'DMTF', name: 'Distributed Management Task Force' },
        ],
      }),
      { links },
    );
    const loaders = createLoaders(db, schedule);
    const before = db.statementCount();
    const [a, b] = await Promise.all([
      loaders.documentRevisionsOfRegister.load(id),
      loaders.documentRevisionsOfRegister.load(other.register.id),
    ]);
    expect(db.statementCount() - before).toBe(1);
    expect([a.length, b.length]).toEqual([3, 2]);
  });

  it('is read from a document imported before registers kept one when that document is imported again', async () => {
    const source = input({ title: 'SNIA / OGF Work Register', sourceText: 'SNIA / OGF, imported long ago' });
    const { register } = await importWorkRegister(db, admin, source, { links });
    // As the registry stored it before: a snapshot without the trail, and no rows.
    const revisions = db.dataSource.manager.getRepository(WorkRegisterRevisionEntity);
    const stored = (await revisions.findOneByOrFail({ workRegisterId: register.id, revision: 1 })).snapshot as Record<
      string,
      unknown
    >;
    const { documentRevisions: _trail, ...old } = stored;
    await revisions.update({ workRegisterId: register.id, revision: 1 }, { snapshot: old });
    await db.dataSource.manager.getRepository(DocumentRevisionEntity).delete({ workRegisterId: register.id });

    const again = await importWorkRegister(db, admin, source, { links });
    expect(again).toMatchObject({ outcome: 'REVISED', register: { id: register.id, revision: 2 } });
    const second = await revisions.findOneByOrFail({ workRegisterId: register.id, revision: 2 });
    expect(second.summary).toBe("Read the document's own revision trail");
    const changes = fieldChanges(withoutFindings(storedState(old)), withoutFindings(storedState(second.snapshot)));
    expect(changes.map((c) => [c.path, c.kind])).toEqual([
      ['documentRevisions[0]', 'ADDED'],
      ['documentRevisions[1]', 'ADDED'],
    ]);
    expect(await createLoaders(db, schedule).documentRevisionsOfRegister.load(register.id)).toHaveLength(2);
    // Once read, the same document changes nothing again.
    expect(await importWorkRegister(db, admin, source, { links })).toMatchObject({
      outcome: 'UNCHANGED',
      register: { revision: 2 },
    });
  });

  it('leaves the fingerprint of a structured document without a trail as it was before trails were kept', () => {
    const structured = input({ documentRevisions: [], sourceText: null });
    const { documentRevisions: _none, provenance: _provenance, sourceText: _text, ...before } = structured;
    const sha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
    expect(sourceSha256(structured)).toBe(sha(before));
    expect(sourceSha256(input({ sourceText: null }))).not.toBe(sha(before));
  });

  it('reads as empty in a revision recorded before registers kept one', () => {
    const old = { title: 'X', milestones: [] };
    expect(storedState(old).documentRevisions).toEqual([]);
    expect(fieldChanges(storedState(old), { ...old, documentRevisions: [] })).toEqual([]);
  });

  it('refuses an entry that names nothing, or a precision its date does not have', () => {
    expect(() => input({ documentRevisions: [{ author: 'J. Smith' }] })).toThrow(/documentRevisions\[0\]/);
    expect(() => input({ documentRevisions: [{ date: '2013-H1', precision: 'THIRD' }] })).toThrow(/precision/);
    expect(() => input({ documentRevisions: [{ date: '2013-middle' }] })).toThrow(/documentRevisions\[0\]\.date/);
  });
});

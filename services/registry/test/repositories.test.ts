import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARMS_PER_STATEMENT, Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase } from '../../../test/support/storage.js';
import { entities, WorkRegisterEntity, WorkRegisterRevisionEntity } from '../src/entities/index.js';
import { createLoaders } from '../src/loaders.js';
import { migrations } from '../src/migrations/index.js';
import { edgeCount } from '../src/domain/graph.js';
import { adjacency, edgePage } from '../src/repositories/graph.js';
import { importWorkRegister as importRegister } from '../src/commands/import.js';
import type { RegisterState } from '../src/domain/register-state.js';
import { writeRegister } from '../src/repositories/write.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { validateImport, type ImportInput } from '../src/validation.js';

/** The registry's data access on a real, migrated database (SQLite, or PostgreSQL with DATABASE_URL). */

const schedule = { today: '2026-11-24', dueSoonDays: 90 };
const admin = new Viewer({ subject: 'test', name: 'Test', roles: [{ kind: 'admin' }] });
const links = { publicUrl: 'http://registry.test' };
const importWorkRegister = (database: Database, viewer: Viewer, input: ImportInput) =>
  importRegister(database, viewer, input, { links });
let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await freshDatabase('registry', { entities, migrations }));
  await db.transaction((m) => loadDirectory(m, STANDARDS_BODIES));
});
afterAll(() => close?.());

const input = (overrides: Partial<ImportInput> = {}): ImportInput =>
  validateImport({
    title: 'SNIA / DMTF Work Register',
    version: '1.0',
    initiatedOn: '2011-06-30',
    parties: [
      { acronym: 'SNIA', name: 'Storage Networking Industry Association', unit: null },
      { acronym: 'DMTF', name: 'Distributed Management Task Force', unit: 'CMWG' },
    ],
    milestones: [
      { date: '2011-Q3', precision: 'QUARTER', description: 'First draft', status: 'PLANNED' },
      { date: '2012', precision: 'YEAR', description: 'Publication', status: 'PLANNED' },
    ],
    review: { trigger: 'yearly', dueBy: '2012-06', precision: 'MONTH' },
    sections: [{ heading: 'Background', text: 'Storage and management.' }],
    delegatedWorkRules: [{ reviewer: 'snia', subject: 'DMTF', commitments: ['Review CDMI'] }],
    ...overrides,
  });

describe('loadDirectory', () => {
  it('loads the standards bodies once', async () => {
    const loaders = createLoaders(db, schedule);
    expect(await loaders.organizationByAcronym.load('dmtf')).toMatchObject({
      name: 'Distributed Management Task Force',
    });
    expect(await db.transaction((m) => loadDirectory(m, STANDARDS_BODIES))).toBe(0);
  });
});

describe('importWorkRegister', () => {
  it('creates a register with its parties, units, milestones and sections', async () => {
    const { outcome, register } = await importWorkRegister(db, admin, input());
    expect(outcome).toBe('CREATED');
    expect(register).toMatchObject({ slug: 'snia-dmtf', revision: 1, status: 'DRAFT', reviewDueOn: '2012-06-30' });

    const loaders = createLoaders(db, schedule);
    const parties = await loaders.partiesOfRegister.load(register.id);
    const organizations = await Promise.all(parties.map((p) => loaders.organization.load(p.organizationId)));
    expect(organizations.map((o) => o?.acronym)).toEqual(['SNIA', 'DMTF']);
    // "CMWG" is the acronym of a unit the directory already knows: no new unit is made.
    const unit = await loaders.unit.load(parties[1]!.unitId!);
    expect(unit).toMatchObject({ acronym: 'CMWG' });
    expect((await loaders.milestonesOfRegister.load(register.id)).map((m) => [m.date, m.dueOn])).toEqual([
      ['2011-Q3', '2011-09-30'],
      ['2012', '2012-12-31'],
    ]);
    expect(await loaders.sectionsOfRegister.load(register.id)).toMatchObject([{ heading: 'Background' }]);
    expect(register.delegatedWorkRules[0]!.reviewerId).toBe(organizations[0]!.id);
  });

  it('changes nothing when the same source comes again', async () => {
    const before = db.statementCount();
    const { outcome, register } = await importWorkRegister(db, admin, input());
    expect(outcome).toBe('UNCHANGED');
    expect(register.revision).toBe(1);
    expect(db.statementCount() - before).toBeLessThanOrEqual(4); // BEGIN, one SELECT, COMMIT
  });

  it('makes a new revision and keeps the old one in the history', async () => {
    const { outcome, register } = await importWorkRegister(db, admin, input({ version: '1.1' }));
    expect(outcome).toBe('REVISED');
    expect(register.revision).toBe(2);
    const history = await db.dataSource
      .getRepository(WorkRegisterRevisionEntity)
      .find({ where: { workRegisterId: register.id }, order: { revision: 'ASC' } });
    expect(history.map((h) => [h.revision, (h.snapshot as ImportInput).version])).toEqual([
      [1, '1.0'],
      [2, '1.1'],
    ]);
  });

  it('adds a body the directory does not know', async () => {
    const { register } = await importWorkRegister(
      db,
      admin,
      input({
        title: 'XYZ / DMTF Work Register',
        parties: [
          { acronym: 'XYZ', name: 'Example Standards Group', unit: null },
          { acronym: 'DMTF', name: 'DMTF', unit: null },
        ],
        delegatedWorkRules: [],
      }),
    );
    const loaders = createLoaders(db, schedule);
    const xyz = await loaders.organizationByAcronym.load('XYZ');
    expect(xyz).toMatchObject({ name: 'Example Standards Group' });
    const connection = await loaders.registersOfOrganization.load(xyz!.id, { first: 10 });
    expect(connection.edges.map((e) => e.node.id)).toEqual([register.id]);
  });
});

describe('organization pairs', () => {
  const pairsOf = async (acronym: string) => {
    const loaders = createLoaders(db, schedule);
    const organization = (await loaders.organizationByAcronym.load(acronym))!;
    const pairs = await loaders.partnersOfOrganization.load(organization.id);
    const partners = await Promise.all(pairs.map((p) => loaders.organization.load(p.partnerId)));
    return Object.fromEntries(pairs.map((p, i) => [partners[i]!.acronym, p.registers]));
  };
  /** The titles of the registers `a` shares with `b`, as the organization page pages them. */
  const sharedTitles = async (a: string, b: string) => {
    const loaders = createLoaders(db, schedule);
    const [from, to] = await Promise.all([a, b].map((acronym) => loaders.organizationByAcronym.load(acronym)));
    const page = await loaders.registersOfPartnership.load(`${from!.id}|${to!.id}`, { first: 10 });
    const registers = await Promise.all(page.edges.map((e) => loaders.workRegister.load(e.node.id)));
    return registers.map((r) => r!.title);
  };

  /** How many registers each organization is a party to, as its page's totalCount gives it. */
  const countsOf = async (...acronyms: string[]) => {
    const loaders = createLoaders(db, schedule);
    const organizations = await Promise.all(acronyms.map((a) => loaders.organizationByAcronym.load(a)));
    const counts = await Promise.all(organizations.map((o) => loaders.registerCountOfOrganization.load(o!.id)));
    return Object.fromEntries(acronyms.map((a, i) => [a, counts[i]]));
  };

  it("follow a register whose parties change, and count shared registers and each body's", async () => {
    const parties = (a: string, b: string) => [
      { acronym: a, name: a, unit: null },
      { acronym: b, name: b, unit: null },
    ];
    const base = { title: 'IETF / W3C Work Register', delegatedWorkRules: [], parties: parties('IETF', 'W3C') };
    await importWorkRegister(db, admin, input(base));
    await importWorkRegister(db, admin, input({ ...base, title: 'W3C / IETF Work Register 2' }));
    expect(await pairsOf('IETF')).toEqual({ W3C: 2 });
    expect(await countsOf('IETF', 'W3C', 'OGF')).toEqual({ IETF: 2, W3C: 2, OGF: 0 });
    expect(await sharedTitles('IETF', 'W3C')).toEqual(['IETF / W3C Work Register', 'W3C / IETF Work Register 2']);
    expect(await sharedTitles('W3C', 'IETF')).toEqual(['IETF / W3C Work Register', 'W3C / IETF Work Register 2']);
    await importWorkRegister(db, admin, input({ ...base, version: '2.0', parties: parties('IETF', 'OGF') }));
    expect(await pairsOf('IETF')).toEqual({ W3C: 1, OGF: 1 });
    expect(await pairsOf('W3C')).toEqual({ IETF: 1 });
    expect(await countsOf('IETF', 'W3C', 'OGF')).toEqual({ IETF: 2, W3C: 1, OGF: 1 });
    expect(await sharedTitles('IETF', 'W3C')).toEqual(['W3C / IETF Work Register 2']);
    expect(await sharedTitles('OGF', 'IETF')).toEqual(['IETF / W3C Work Register']);
  });
});

describe('alliance graph edges', () => {
  it('join each pair of organizations of a register once, two units of one body included, and count as they page; partnerships and the registers of each body too', async () => {
    const { register } = await importWorkRegister(
      db,
      admin,
      input({
        title: 'OASIS / TCG Work Register',
        delegatedWorkRules: [],
        parties: [
          { acronym: 'OASIS', name: 'OASIS', unit: 'TOSCA TC' },
          { acronym: 'TCG', name: 'Trusted Computing Group', unit: null },
          { acronym: 'OASIS', name: 'OASIS', unit: 'Security Services TC' },
        ],
      }),
    );
    const loaders = createLoaders(db, schedule);
    const [oasis, tcg] = await Promise.all(['OASIS', 'TCG'].map((a) => loaders.organizationByAcronym.load(a)));
    const ids = [oasis!.id, tcg!.id];
    for (const among of [ids, null]) {
      const graph = await adjacency(db.dataSource.manager);
      const page = await edgePage(db.dataSource.manager, among, { first: 100 }, async () => edgeCount(graph, among));
      const ofRegister = page.edges.filter((e) => e.node.workRegisterId === register.id);
      expect(ofRegister.map((e) => [e.node.from, e.node.to])).toEqual([[oasis!.id, tcg!.id]]);
      expect(page.pageInfo.hasNextPage).toBe(false);
      expect(await page.totalCount()).toBe(page.edges.length);
    }
    const shared = await loaders.registersOfPartnership.load(`${oasis!.id}|${tcg!.id}`, { first: 100 });
    expect(shared.edges.map((e) => e.node.id)).toEqual([register.id]);
    const [pair] = await loaders.partnersOfOrganization.load(oasis!.id);
    expect(pair).toMatchObject({ partnerId: tcg!.id, registers: 1 });
    const own = await loaders.registersOfOrganization.load(oasis!.id, { first: 100 });
    expect(own.edges.map((e) => e.node.id)).toEqual([register.id]);
    expect(await own.totalCount()).toBe(1);
  });
});

describe('loaders', () => {
  it('batch loads of many keys into one statement', async () => {
    const loaders = createLoaders(db, schedule);
    const dmtf = (await loaders.organizationByAcronym.load('DMTF'))!;
    const snia = (await loaders.organizationByAcronym.load('SNIA'))!;
    const before = db.statementCount();
    const [a, b] = await Promise.all([
      loaders.registersOfOrganization.load(dmtf.id, { first: 1 }),
      loaders.registersOfOrganization.load(snia.id, { first: 1 }),
    ]);
    expect(db.statementCount() - before).toBe(1);
    expect(await a.totalCount()).toBe(2);
    expect(await b.totalCount()).toBe(1);
    expect(a.pageInfo.hasNextPage).toBe(true);
    const next = await loaders.registersOfOrganization.load(dmtf.id, { first: 1, after: a.pageInfo.endCursor });
    expect(next.edges).toHaveLength(1);
    expect(next.edges[0]!.node.id).not.toBe(a.edges[0]!.node.id);
  });

  it('page more parents than one statement may union (SQLite takes 500 arms) in a statement per 500', async () => {
    const loaders = createLoaders(db, schedule);
    const dmtf = (await loaders.organizationByAcronym.load('DMTF'))!;
    const absent = Array.from(
      { length: ARMS_PER_STATEMENT },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const before = db.statementCount();
    const pages = await Promise.all(
      [...absent, dmtf.id].map((id) => loaders.registersOfOrganization.load(id, { first: 1 })),
    );
    expect(db.statementCount() - before).toBe(2);
    expect(pages.slice(0, -1).every((p) => p.edges.length === 0)).toBe(true);
    expect(pages.at(-1)!.edges).toHaveLength(1);
    expect(pages.at(-1)!.pageInfo.hasNextPage).toBe(true);
  });
});

describe('validateImport', () => {
  it.each([
    [{ title: '' }, 'input.title'],
    [{ parties: [] }, 'input.parties'],
    [{ initiatedOn: '2012-02-30' }, 'input.initiatedOn'],
    [{ milestones: [{ date: '2011-Q3', precision: 'MONTH', description: 'x' }] }, 'input.milestones[0].precision'],
    [{ references: [{ title: 'x', url: 'ftp://example.org' }] }, 'input.references[0].url'],
    [{ parties: [{ acronym: 'not an acronym!', name: 'x' }] }, 'input.parties[0].acronym'],
  ])('rejects %j at %s', (overrides, field) => {
    const base = { title: 'A / B Work Register', parties: [{ acronym: 'A', name: 'A' }] };
    expect(() => validateImport({ ...base, ...overrides })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) }),
    );
  });
});

describe('writeRegister', () => {
  // Last: it adds a SNIA / DMTF register the counts above do not expect.
  // The guard itself, below the write queue that serializes SQLite's writes: a change based on a
  // revision the row has moved past matches no row in the UPDATE, and nothing of it is kept.
  it('refuses a change based on a stale revision, in the UPDATE itself, and keeps nothing of it', async () => {
    const revisions = db.dataSource.getRepository(WorkRegisterRevisionEntity);
    const { register } = await importWorkRegister(db, admin, input({ title: 'Stale Write Register' }));
    const stale = (await db.dataSource.getRepository(WorkRegisterEntity).findOneBy({ id: register.id }))!;
    const first = (await revisions.findOneBy({ workRegisterId: register.id, revision: 1 }))!;
    await importWorkRegister(db, admin, input({ title: 'Stale Write Register', version: '2.0' }));

    const write = db.transaction((manager) =>
      writeRegister(manager, {
        current: stale,
        before: first.snapshot as RegisterState,
        expectedRevision: stale.revision,
        state: { ...(first.snapshot as RegisterState), version: '9.9' },
        author: { subject: 'late', name: null },
        summary: 'A change based on revision 1',
        addUnknownOrganizations: false,
        links,
      }),
    );
    await expect(write).rejects.toMatchObject({ extensions: { code: 'CONFLICT', currentRevision: 2 } });
    const now = await db.dataSource.getRepository(WorkRegisterEntity).findOneBy({ id: register.id });
    expect(now).toMatchObject({ revision: 2, version: '2.0' });
    expect(await revisions.countBy({ workRegisterId: register.id })).toBe(2);
  });
});

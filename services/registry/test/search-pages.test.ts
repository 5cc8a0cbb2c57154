import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase, statementsWhile } from '../../../test/support/storage.js';
import { importWorkRegister } from '../src/commands/import.js';
import { entities, WorkRegisterEntity } from '../src/entities/index.js';
import { createLoaders } from '../src/loaders.js';
import { migrations } from '../src/migrations/index.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { FEW_MATCHES } from '../src/repositories/search.js';
import { updateRegister } from '../src/commands/registers.js';
import { validateImport } from '../src/validation.js';

/**
 * A search's pages in title order, by each of its ways on SQLite: a rare word is sorted from its
 * few matches; a common one walks the documents' title index on its first ask at a data version,
 * then, asked again, is paged by rowid from its title order. Every way must page like the same
 * search through the general path (a condition that keeps every register), cursor by cursor, in
 * both directions and reading forward or backward, with the same total.
 */

const schedule = { today: '2026-11-24', dueSoonDays: 90 };
const admin = new Viewer({ subject: 'test', name: 'Test', roles: [{ kind: 'admin' }] });
const ALL_STATUSES = ['DRAFT', 'ACTIVE', 'UNDER_REVIEW', 'INACTIVE', 'TERMINATED'];
/** More registers with "zephyr" than FEW_MATCHES, a few with "quokka", and none with "narwhal". */
const COMMON = FEW_MATCHES + 7;
const RARE = 5;

let db: Database;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await freshDatabase('registry', { entities, migrations }));
  await db.transaction((m) => loadDirectory(m, STANDARDS_BODIES));
  const titles = [
    ...Array.from({ length: COMMON }, (_, i) => `Zephyr Register ${String((i * 37) % COMMON).padStart(3, '0')}`),
    ...Array.from({ length: RARE }, (_, i) => `Quokka Register ${RARE - i}`),
  ];
  for (const title of titles) await importRegister(title);
}, 120_000);
afterAll(() => close?.());

const onPostgres = process.env.DATABASE_URL !== undefined;
const links = { publicUrl: 'http://registry.test' };

async function importRegister(title: string) {
  const input = validateImport({
    title,
    version: '1.0',
    parties: [
      { acronym: 'MEF', name: 'MEF', unit: null },
      { acronym: 'DMTF', name: 'DMTF', unit: null },
    ],
  });
  return importWorkRegister(db, admin, input, { links });
}

interface Paging {
  status?: string[];
  /** Read with `last` and `before`, from the end of the list to its start. */
  backward?: boolean;
  after?: string | null;
}

/** One page of 9, as a request of its own (its own loaders) would read it. */
function page(words: string[], direction: 'ASC' | 'DESC', cursor: string | null, paging: Paging = {}) {
  const { reads } = createLoaders(db, schedule);
  const args = paging.backward ? { last: 9, before: cursor } : { first: 9, after: cursor };
  return reads.registerPage(args, { words, status: paging.status }, { field: 'TITLE', direction });
}

/** Every page of 9 registers, following the cursors, with the statements each page read. */
async function pages(words: string[], direction: 'ASC' | 'DESC', paging: Paging = {}) {
  const titles: string[] = [];
  const totals = new Set<number>();
  const statements: string[][] = [];
  let cursor = paging.after ?? null;
  do {
    const { result, statements: read } = await statementsWhile(db, () => page(words, direction, cursor, paging));
    const onPage = result.edges.map((edge) => edge.node.title);
    if (paging.backward) titles.unshift(...onPage);
    else titles.push(...onPage);
    totals.add(await result.totalCount());
    statements.push(read);
    const { pageInfo } = result;
    if (paging.backward) cursor = pageInfo.hasPreviousPage ? pageInfo.startCursor : null;
    else cursor = pageInfo.hasNextPage ? pageInfo.endCursor : null;
  } while (cursor);
  return { titles, totals: [...totals], statements };
}

/** How a page found its registers: walking the title index, sorting every match, by rowid. */
const walks = (statements: string[]) => statements.some((sql) => sql.includes('+search.rowid IN (SELECT rowid'));
const sortsEveryMatch = (statements: string[]) => statements.some((sql) => sql.includes('ORDER BY d.title'));
const byRowid = (statements: string[]) => statements.some((sql) => sql.includes('search.rowid IN (?'));
const waysOf = (pageStatements: string[][]) =>
  pageStatements.map((statements) =>
    [walks(statements) && 'walk', sortsEveryMatch(statements) && 'sort', byRowid(statements) && 'rowid']
      .filter(Boolean)
      .join('+'),
  );

const ascending = (titles: string[]) => [...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

describe.each([
  ['zephyr', COMMON],
  ['quokka', RARE],
  ['narwhal', 0],
])('a search for "%s" (%i matches)', (word, matches) => {
  it.each([
    ['ASC', false],
    ['DESC', false],
    ['ASC', true],
    ['DESC', true],
  ] as const)('pages %s (backward: %s) like the general path', async (direction, backward) => {
    const alone = await pages([word], direction, { backward });
    const general = await pages([word], direction, { backward, status: ALL_STATUSES });
    expect(alone.titles).toHaveLength(matches);
    expect(alone.titles).toEqual(general.titles);
    expect(alone.totals).toEqual([matches]);
    expect(general.totals).toEqual(alone.totals);
    const sorted = ascending(alone.titles);
    expect(alone.titles).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    if (db.kind === 'sqlite' && matches <= FEW_MATCHES) {
      // Sorted from its few matches (by rowid, when there are any) on every page.
      expect(new Set(waysOf(alone.statements))).toEqual(new Set([matches ? 'rowid' : '']));
    }
  });
});

describe.skipIf(onPostgres)('a common word on SQLite (PostgreSQL plans every search itself)', () => {
  it('walks the title index on its first ask at a data version, sorts its matches once on its second, then reads pages by rowid', async () => {
    // A write to the search documents moves the data version on: every search is asked anew.
    await importRegister('Walrus Register 1');
    const first = await pages(['zephyr'], 'ASC');
    expect(first.titles).toHaveLength(COMMON);
    const ways = waysOf(first.statements);
    expect(ways.slice(0, 2)).toEqual(['walk', 'sort+rowid']);
    expect(new Set(ways.slice(2))).toEqual(new Set(['rowid']));
    // Asked again at the same data version, in either direction, by the order kept.
    const again = await pages(['zephyr'], 'DESC', { backward: true });
    expect(again.titles).toEqual(first.titles.toReversed());
    expect(new Set(waysOf(again.statements))).toEqual(new Set(['rowid']));
    // A page costs the data version, the cursor's document (from the second page on) and its rows.
    expect(again.statements.map((statements) => statements.length)).toEqual(
      again.statements.map((_, i) => (i === 0 ? 2 : 3)),
    );
  });

  it('reads on from a cursor whose register was renamed since, by walking the index from its old title', async () => {
    const start = await page(['zephyr'], 'ASC', null);
    const cursor = start.pageInfo.endCursor!;
    const renamed = start.edges.at(-1)!.node;
    const { revision } = await db.dataSource.manager.findOneByOrFail(WorkRegisterEntity, { id: renamed.id });
    await updateRegister(db, admin, links, { id: renamed.id, expectedRevision: revision }, { title: 'Zephyr Zzz' });
    // Asked twice at the new data version: its title order is kept, and places the renamed register last.
    await page(['zephyr'], 'ASC', null);
    await page(['zephyr'], 'ASC', null);
    const onward = await pages(['zephyr'], 'ASC', { after: cursor });
    const general = await pages(['zephyr'], 'ASC', { after: cursor, status: ALL_STATUSES });
    expect(onward.titles).toEqual(general.titles);
    expect(onward.titles.at(-1)).toBe('Zephyr Zzz');
    // After the cursor: the registers after its old title, the renamed one among them once more.
    expect(onward.titles).toHaveLength(COMMON - 9 + 1);
    expect(waysOf(onward.statements)[0]).toBe('walk');
  });
});

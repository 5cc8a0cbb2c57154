import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Viewer, type Database } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { freshDatabase } from '../../../test/support/storage.js';
import { importWorkRegister } from '../src/commands/import.js';
import { entities } from '../src/entities/index.js';
import { createLoaders } from '../src/loaders.js';
import { migrations } from '../src/migrations/index.js';
import { loadDirectory } from '../src/repositories/organizations.js';
import { FEW_MATCHES } from '../src/repositories/search.js';
import { validateImport } from '../src/validation.js';

/**
 * A search's pages in title order on either side of FEW_MATCHES: on SQLite a common word walks
 * the documents' title index, a rare one is sorted from its few matches. Both must page like the
 * same search through the general path (a condition that keeps every register), cursor by
 * cursor, in both directions, with the same total.
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
  for (const title of titles) {
    const input = validateImport({
      title,
      version: '1.0',
      parties: [
        { acronym: 'MEF', name: 'MEF', unit: null },
        { acronym: 'DMTF', name: 'DMTF', unit: null },
      ],
    });
    await importWorkRegister(db, admin, input, { links: { publicUrl: 'http://registry.test' } });
  }
}, 120_000);
afterAll(() => close?.());

/** Every page of `first` registers, following the cursors, with the statements that read them. */
async function pages(words: string[], direction: 'ASC' | 'DESC', status?: string[]) {
  const statements: string[] = [];
  const ormLogger = db.dataSource.logger;
  const original = ormLogger.logQuery.bind(ormLogger);
  ormLogger.logQuery = (sql, params, runner) => {
    statements.push(sql);
    return original(sql, params, runner);
  };
  try {
    const titles: string[] = [];
    const totals = new Set<number>();
    let after: string | null = null;
    do {
      const { reads } = createLoaders(db, schedule);
      const page = await reads.registerPage({ first: 9, after }, { words, status }, { field: 'TITLE', direction });
      titles.push(...page.edges.map((edge) => edge.node.title));
      totals.add(await page.totalCount());
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { titles, totals: [...totals], statements };
  } finally {
    ormLogger.logQuery = original;
  }
}

const walking = (statements: string[]) => statements.filter((sql) => sql.includes('+search.rowid IN (SELECT rowid'));

describe.each([
  ['zephyr', COMMON, 'walks the title index'],
  ['quokka', RARE, 'sorts its few matches'],
  ['narwhal', 0, 'has no page'],
])('a search for "%s" (%i matches)', (word, matches, how) => {
  it.each(['ASC', 'DESC'] as const)(`${how}, and pages %s like the general path`, async (direction) => {
    const alone = await pages([word], direction);
    const general = await pages([word], direction, ALL_STATUSES);
    expect(alone.titles).toHaveLength(matches);
    expect(alone.titles).toEqual(general.titles);
    expect(alone.totals).toEqual([matches]);
    expect(general.totals).toEqual(alone.totals);
    if (db.kind === 'sqlite') {
      expect(walking(alone.statements).length > 0).toBe(matches > FEW_MATCHES);
      const sorted = [...alone.titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(alone.titles).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    }
  });
});

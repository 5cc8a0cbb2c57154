import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { readConnectionArgs, type ConnectionArgs } from '@alliance/core';

/**
 * The search index behind `filter.search`, on each database's own full-text index (migration
 * SearchIndex1765300000000): FTS5 on SQLite, a GIN-indexed tsvector on PostgreSQL. Both hold a
 * register's words as `searchTerms` made them and match each query word as a prefix of one of
 * them: "clou aud" finds the registers that have a word starting with "clou" and one starting
 * with "aud", as the word table before them did.
 */

const isPostgres = (db: EntityManager) => db.connection.driver.options.type === 'postgres';

/** Replaces a register's words in the index, in the writing transaction. */
export async function writeSearchDocument(manager: EntityManager, workRegisterId: string, words: readonly string[]) {
  if (isPostgres(manager)) {
    await manager.query('DELETE FROM search_document WHERE work_register_id = $1', [workRegisterId]);
    await manager.query(
      'INSERT INTO search_document (work_register_id, terms) VALUES ($1, array_to_tsvector($2::text[]))',
      [workRegisterId, words],
    );
  } else {
    // The FTS5 index follows by the table's triggers, in the same transaction. The title, the
    // order search pages walk (migration SearchTitle), is the register's row as just written.
    await manager.query('DELETE FROM search_document WHERE work_register_id = ?', [workRegisterId]);
    await manager.query(
      `INSERT INTO search_document (work_register_id, terms, title)
        VALUES (?, ?, (SELECT title FROM work_register WHERE id = ?))`,
      [workRegisterId, words.join(' '), workRegisterId],
    );
  }
}

/**
 * The query of the index for these words (each already a `searchWords` word: letters and digits
 * only, so nothing in it is syntax): FTS5's `"clou"* AND "aud"*`, PostgreSQL's `'clou':* & 'aud':*`.
 */
export function searchQuery(db: EntityManager, words: readonly string[]): string {
  return isPostgres(db)
    ? words.map((word) => `'${word.replaceAll("'", "''")}':*`).join(' & ')
    : words.map((word) => `"${word.replaceAll('"', '""')}"*`).join(' AND ');
}

/** SQL for "the ids of registers matching :param", to use as `register.id IN (…)`. */
export function matchingRegisterIds(db: EntityManager, param: string): string {
  return isPostgres(db)
    ? `SELECT d.work_register_id FROM search_document d WHERE d.terms @@ CAST(:${param} AS tsquery)`
    : `SELECT d.work_register_id FROM search_index s JOIN search_document d ON d.rowid = s.rowid
        WHERE search_index MATCH :${param}`;
}

/**
 * How many registers match these words, from the index alone: each indexed document belongs to
 * exactly one register (unique, and deleted with it), so no join to the registers is needed.
 * FTS5 counts the matches of "cloud"* in a fraction of a millisecond, where COUNT over the
 * registers it names looked up 5,731 of them (6 ms at 20,000 registers).
 */
export async function countMatches(db: EntityManager, words: readonly string[]): Promise<number> {
  const sql = isPostgres(db)
    ? 'SELECT count(*) AS total FROM search_document d WHERE d.terms @@ CAST($1 AS tsquery)'
    : 'SELECT count(*) AS total FROM search_index WHERE search_index MATCH ?';
  const [row] = (await db.query(sql, [searchQuery(db, words)])) as { total: unknown }[];
  return Number(row?.total ?? 0);
}

/**
 * On SQLite a search page in title order walks `search_document` by its title index (migration
 * SearchTitle) and keeps the documents among the matches, so it stops after a page of them
 * instead of looking up and sorting every match ("cloud" matches 5,731 of 20,000 registers:
 * 26 ms, against 1 ms). `+` keeps SQLite from driving the query by the list of matches instead.
 * Only where the words are the whole filter: other conditions may have a better index to start
 * from. PostgreSQL plans the `register.id IN (…)` of `matchingRegisterIds` well on its own.
 */
export function walksTitles(db: EntityManager): boolean {
  return !isPostgres(db);
}

/**
 * A search with at most this many matches is sorted from its matches instead of walking the
 * title index: a walk reads documents until it has a page, so for a word few registers have it
 * reads most of the index (1.2 ms at 20,000 registers for a word none has), where sorting a
 * hundred rows costs less than a walk of a few thousand.
 */
export const FEW_MATCHES = 100;

/**
 * The rowids of the documents matching the words if there are at most FEW_MATCHES of them, else
 * undefined. FTS5 merges a prefix's doclists in full before it returns a row, so this costs about
 * what the count costs, and gives the count when the matches are few.
 */
export async function fewMatches(db: EntityManager, words: readonly string[]): Promise<number[] | undefined> {
  const rows = (await db.query('SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?', [
    searchQuery(db, words),
    FEW_MATCHES + 1,
  ])) as { rowid: unknown }[];
  return rows.length > FEW_MATCHES ? undefined : rows.map((row) => Number(row.rowid));
}

/** What a search's words match, as its pages need it: how many, and on SQLite their rowids when few. */
export interface SearchMatches {
  total: number;
  /** The matching documents' rowids when there are at most FEW_MATCHES (SQLite), else undefined. */
  few?: readonly number[];
}

/**
 * The matches of these words: on SQLite the few rowids when there are few, else the count; on
 * PostgreSQL the count. Kept per data version (loaders.ts), so a search's later pages, and the
 * same search asked again, read neither.
 */
export async function searchMatches(db: EntityManager, words: readonly string[]): Promise<SearchMatches> {
  if (isPostgres(db)) return { total: await countMatches(db, words) };
  const few = await fewMatches(db, words);
  return few ? { total: few.length, few } : { total: await countMatches(db, words) };
}

/**
 * The rowids of the documents matching the words, in the order a search page walks them (title,
 * then register id): SQLite only. Sorting every match costs a walk of the whole title index (7 ms
 * for the 5,731 matches of "cloud" at 20,000 registers), so it is read only for a search asked
 * again (loaders.ts); from then on a page of it is a lookup of its rows by rowid (`titleWindow`)
 * instead of a walk that reads every match into a temporary index each time (0.6 ms at 20,000
 * registers, 2.8 ms at 100,000).
 */
export async function titleOrder(db: EntityManager, words: readonly string[]): Promise<Float64Array> {
  const rows = (await db.query(
    `SELECT d.rowid AS rowid FROM search_document d
      WHERE +d.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)
      ORDER BY d.title, d.work_register_id`,
    [searchQuery(db, words)],
  )) as { rowid: number }[];
  // 8 bytes a match; a rowid may outgrow 32 bits, as every write of a document takes a new one.
  return Float64Array.from(rows, (row) => row.rowid);
}

/**
 * The rowids, out of a search's `order` (titleOrder), that hold the page `args` asks for, plus
 * the one after it that tells whether there is more: a superset the page's own keyset condition
 * narrows to the page. Undefined where the order cannot place the cursor: its register has left
 * the matches, or its title has changed since the cursor was given. Then the page walks the index
 * as before, which reads on from the cursor's title whatever became of its register.
 */
export async function titleWindow(
  db: EntityManager,
  order: Float64Array,
  args: ConnectionArgs,
  descending: boolean,
): Promise<readonly number[] | undefined> {
  const { limit, cursor, backward } = readConnectionArgs(args, 2);
  // Reading the order from its end: backward in ascending order, or forward in descending.
  const fromEnd = backward !== descending;
  let at = fromEnd ? order.length : -1;
  if (cursor) {
    const [title, registerId] = cursor;
    const [row] = (await db.query('SELECT rowid, title FROM search_document WHERE work_register_id = ?', [
      String(registerId),
    ])) as { rowid: number; title: string }[];
    at = row && row.title === title ? order.indexOf(row.rowid) : -1;
    if (at < 0) return undefined;
  }
  const window = fromEnd ? order.subarray(Math.max(0, at - limit - 1), at) : order.subarray(at + 1, at + limit + 2);
  return Array.from(window);
}

/**
 * `register` joined to its search document as `search`, kept when it matches the words, or when
 * it is one of `matches` (the rowids of fewMatches or titleWindow). Either way the page is in the
 * documents' title order, so a cursor of one reads on in the other.
 */
export function joinMatchingDocuments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  words: readonly string[],
  matches?: readonly number[],
): SelectQueryBuilder<T> {
  const joined = qb.innerJoin('search_document', 'search', 'search.work_register_id = register.id');
  if (matches) {
    // Without `+`: SQLite looks the documents up by rowid and sorts them.
    return matches.length
      ? joined.andWhere('search.rowid IN (:...matches)', { matches: [...matches] })
      : joined.andWhere('1 = 0');
  }
  return joined.andWhere('+search.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH :search)', {
    search: searchQuery(qb.connection.manager, words),
  });
}

import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

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
 * `register` joined to its search document as `search`, kept when it matches the words, or when
 * it is one of `matches` (the rowids of fewMatches). Either way the page is in the documents'
 * title order, so a cursor of one reads on in the other.
 */
export function joinMatchingDocuments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  words: readonly string[],
  matches?: readonly number[],
): SelectQueryBuilder<T> {
  const joined = qb.innerJoin('search_document', 'search', 'search.work_register_id = register.id');
  if (matches) {
    // Without `+`: SQLite looks the few documents up by rowid and sorts them.
    return matches.length
      ? joined.andWhere('search.rowid IN (:...matches)', { matches: [...matches] })
      : joined.andWhere('1 = 0');
  }
  return joined.andWhere('+search.rowid IN (SELECT rowid FROM search_index WHERE search_index MATCH :search)', {
    search: searchQuery(qb.connection.manager, words),
  });
}

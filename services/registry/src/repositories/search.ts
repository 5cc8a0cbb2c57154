import type { EntityManager } from 'typeorm';

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
    // The FTS5 index follows by the table's triggers, in the same transaction.
    await manager.query('DELETE FROM search_document WHERE work_register_id = ?', [workRegisterId]);
    await manager.query('INSERT INTO search_document (work_register_id, terms) VALUES (?, ?)', [
      workRegisterId,
      words.join(' '),
    ]);
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

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search through each database's own full-text index instead of the `search_term` word table
 * (one row per word and register, ranged over by prefix). A register's searchable words, as
 * `searchTerms` makes them (lower case, accents stripped), are one row of `search_document`:
 *
 * - SQLite: the words as one space-separated text, indexed by the FTS5 table `search_index`
 *   (external content: the words are stored once). Triggers keep the index in step with every
 *   insert, update and delete of `search_document`, in the writing transaction. The tokenizer
 *   only splits at the spaces: the words are already normalized, and normalizing again
 *   (diacritics) would make FTS5 match words `searchTerms` keeps apart.
 * - PostgreSQL: the words as a `tsvector` built by `array_to_tsvector` (each word a lexeme, as
 *   is: no parser or dictionary in between), with a GIN index, which answers prefix queries.
 *
 * `search_document.rowid` is SQLite's FTS key; an explicit INTEGER PRIMARY KEY, because VACUUM
 * may renumber the hidden rowid of `work_register`.
 */
export class SearchIndex1765300000000 implements MigrationInterface {
  name = 'SearchIndex1765300000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'postgres') {
      await q.query(`CREATE TABLE search_document (
        work_register_id varchar(36) PRIMARY KEY REFERENCES work_register (id) ON DELETE CASCADE,
        terms tsvector NOT NULL)`);
      await q.query(`INSERT INTO search_document (work_register_id, terms)
        SELECT work_register_id, array_to_tsvector(array_agg(term)) FROM search_term GROUP BY work_register_id`);
      await q.query('CREATE INDEX ix_search_document_terms ON search_document USING GIN (terms)');
    } else {
      await q.query(`CREATE TABLE search_document (
        rowid INTEGER PRIMARY KEY,
        work_register_id varchar(36) NOT NULL UNIQUE REFERENCES work_register (id) ON DELETE CASCADE,
        terms text NOT NULL)`);
      await q.query(`CREATE VIRTUAL TABLE search_index USING fts5(terms, content = 'search_document',
        content_rowid = 'rowid', tokenize = "unicode61 remove_diacritics 0")`);
      await q.query(`CREATE TRIGGER search_document_inserted AFTER INSERT ON search_document BEGIN
        INSERT INTO search_index (rowid, terms) VALUES (new.rowid, new.terms); END`);
      await q.query(`CREATE TRIGGER search_document_deleted AFTER DELETE ON search_document BEGIN
        INSERT INTO search_index (search_index, rowid, terms) VALUES ('delete', old.rowid, old.terms); END`);
      await q.query(`CREATE TRIGGER search_document_updated AFTER UPDATE ON search_document BEGIN
        INSERT INTO search_index (search_index, rowid, terms) VALUES ('delete', old.rowid, old.terms);
        INSERT INTO search_index (rowid, terms) VALUES (new.rowid, new.terms); END`);
      await q.query(`INSERT INTO search_document (work_register_id, terms)
        SELECT work_register_id, group_concat(term, ' ') FROM search_term GROUP BY work_register_id`);
    }
    await q.dropTable('search_term');
  }

  async down(q: QueryRunner): Promise<void> {
    const postgres = q.connection.driver.options.type === 'postgres';
    await q.query(`CREATE TABLE search_term (
      term varchar(64) ${postgres ? 'COLLATE "C" ' : ''}NOT NULL,
      work_register_id varchar(36) NOT NULL REFERENCES work_register (id) ON DELETE CASCADE,
      PRIMARY KEY (term, work_register_id))`);
    await q.query('CREATE INDEX ix_search_term_register ON search_term (work_register_id)');
    if (postgres) {
      await q.query(`INSERT INTO search_term (term, work_register_id)
        SELECT unnest(tsvector_to_array(terms)), work_register_id FROM search_document`);
    } else {
      // Each document's words, split at its spaces by a recursive walk.
      await q.query(`INSERT INTO search_term (term, work_register_id)
        WITH RECURSIVE words (work_register_id, word, rest) AS (
          SELECT work_register_id, '', terms || ' ' FROM search_document
          UNION ALL
          SELECT work_register_id, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1)
          FROM words WHERE rest <> '')
        SELECT word, work_register_id FROM words WHERE word <> ''`);
      await q.query('DROP TABLE search_index');
    }
    await q.query('DROP TABLE search_document');
  }
}

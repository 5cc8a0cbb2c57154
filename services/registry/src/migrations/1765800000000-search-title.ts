import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * SQLite: each search document keeps its register's title, indexed with the register's id, so a
 * search page in title order walks that index and stops after a page of matches (see
 * `joinMatchingDocuments` in repositories/search.ts) instead of sorting every match. The copy is
 * filled here, written with the document (`writeSearchDocument`), and kept by a trigger whenever
 * a register's title changes, so it is always the register's.
 *
 * The FTS5 update trigger now fires on a change of `terms` only: a new title does not change the
 * words indexed, and filling the column would otherwise index every document again.
 *
 * PostgreSQL plans the search from its GIN index well without it: nothing to do there.
 */
export class SearchTitle1765800000000 implements MigrationInterface {
  name = 'SearchTitle1765800000000';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'postgres') return;
    await q.query('DROP TRIGGER search_document_updated');
    await q.query(`CREATE TRIGGER search_document_updated AFTER UPDATE OF terms ON search_document BEGIN
      INSERT INTO search_index (search_index, rowid, terms) VALUES ('delete', old.rowid, old.terms);
      INSERT INTO search_index (rowid, terms) VALUES (new.rowid, new.terms); END`);
    await q.query(`ALTER TABLE search_document ADD COLUMN title varchar(300) NOT NULL DEFAULT ''`);
    await q.query(`UPDATE search_document
      SET title = (SELECT r.title FROM work_register r WHERE r.id = search_document.work_register_id)`);
    await q.query('CREATE INDEX ix_search_document_title ON search_document (title, work_register_id)');
    await q.query(`CREATE TRIGGER work_register_title_searched AFTER UPDATE OF title ON work_register BEGIN
      UPDATE search_document SET title = new.title WHERE work_register_id = new.id; END`);
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.driver.options.type === 'postgres') return;
    await q.query('DROP TRIGGER work_register_title_searched');
    await q.query('DROP INDEX ix_search_document_title');
    await q.query('ALTER TABLE search_document DROP COLUMN title');
    await q.query('DROP TRIGGER search_document_updated');
    await q.query(`CREATE TRIGGER search_document_updated AFTER UPDATE ON search_document BEGIN
      INSERT INTO search_index (search_index, rowid, terms) VALUES ('delete', old.rowid, old.terms);
      INSERT INTO search_index (rowid, terms) VALUES (new.rowid, new.terms); END`);
  }
}

import { columns as c } from '@alliance/core';
import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A register document's own revision trail (`WorkRegister.documentRevisions`), one row an entry in
 * document order, like milestones: read for many registers at once by one DataLoader statement.
 * Registers imported before have no trail here; their next import writes it. The new precisions
 * of vague dates (THIRD, HALF) fit the existing varchar(8) precision columns and their dates
 * (2013-early) the varchar(10) date columns, and no column constrains the values, so those need
 * no migration on SQLite or PostgreSQL.
 */
export class DocumentRevisions1765700000000 implements MigrationInterface {
  name = 'DocumentRevisions1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'document_revision',
        columns: [
          c.id(),
          c.ref('work_register_id'),
          c.integer('position'),
          c.varchar('version', 32, true),
          c.varchar('revision_date', 10, true),
          c.varchar('precision', 8, true),
          c.varchar('author', 200, true),
          c.text('description'),
        ],
        indices: [{ name: 'ix_document_revision_register', columnNames: ['work_register_id', 'position'] }],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['work_register_id'],
            referencedTableName: 'work_register',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('document_revision');
  }
}

import { columns as c } from '@alliance/core';
import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Where the reader read each field of an imported register (`Source.fields`), as one JSON list a
 * register, in a table of its own rather than a column of work_register: it is read only when a
 * request asks for it, like the source text, and adding a column to work_register on SQLite
 * rebuilds the table, which would drop the data_version triggers on it.
 */
export class SourceFields1765600000000 implements MigrationInterface {
  name = 'SourceFields1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'source_fields',
        columns: [{ ...c.ref('work_register_id'), isPrimary: true }, c.json('fields')],
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
    await q.dropTable('source_fields');
  }
}

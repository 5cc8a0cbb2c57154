import { columns as c } from '@alliance/core';
import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * A word index for search (portable: a plain indexed table, the same on SQLite and PostgreSQL)
 * and the findings a register's document had, as rows that can be filtered and counted.
 */
export class SearchAndFindings1764100000000 implements MigrationInterface {
  name = 'SearchAndFindings1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'search_term',
        // The primary key (term, register) is the index a prefix search ranges over.
        columns: [
          // Byte order on PostgreSQL too ("C" collation), as on SQLite, so a prefix search is
          // one range scan of this key: term >= 'clou' AND term < 'clou\uffff'.
          {
            ...c.varchar('term', 64),
            isPrimary: true,
            ...(q.connection.driver.options.type === 'postgres' ? { collation: 'C' } : {}),
          },
          { ...c.ref('work_register_id'), isPrimary: true },
        ],
        indices: [{ name: 'ix_search_term_register', columnNames: ['work_register_id'] }],
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
    await q.createTable(
      new Table({
        name: 'finding',
        columns: [
          c.id(),
          c.ref('work_register_id'),
          c.integer('position'),
          c.varchar('code', 64),
          c.varchar('severity', 8),
          c.text('message', false),
          c.varchar('path', 200),
          { name: 'line', type: 'integer', isNullable: true },
        ],
        indices: [
          { name: 'ix_finding_register', columnNames: ['work_register_id', 'position'] },
          { name: 'ix_finding_code', columnNames: ['code', 'severity'] },
        ],
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
    // Findings are rows of their own now; the time-dependent ones (overdue) are computed when read.
    await q.dropColumn('work_register', 'findings');
    await q.createIndex(
      'work_register',
      new TableIndex({ name: 'ix_work_register_initiated_on', columnNames: ['initiated_on'] }),
    );
    await q.createIndex(
      'work_register',
      new TableIndex({ name: 'ix_work_register_updated_at', columnNames: ['updated_at'] }),
    );
    await q.createIndex('work_register', new TableIndex({ name: 'ix_work_register_status', columnNames: ['status'] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('work_register', 'ix_work_register_status');
    await q.dropIndex('work_register', 'ix_work_register_updated_at');
    await q.dropIndex('work_register', 'ix_work_register_initiated_on');
    await q.addColumn('work_register', new TableColumn({ ...c.json('findings'), default: "'[]'" }));
    await q.dropTable('finding');
    await q.dropTable('search_term');
  }
}

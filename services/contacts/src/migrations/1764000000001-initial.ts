import { columns as c } from '@alliance/core';
import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

export class Initial1764000000001 implements MigrationInterface {
  name = 'Initial1764000000001';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'contact',
        columns: [
          c.id(),
          c.varchar('kind', 16),
          c.varchar('name', 200),
          c.varchar('email', 320),
          c.varchar('title', 300, true),
          c.ref('organization_id', true),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        uniques: [{ name: 'uq_contact_email', columnNames: ['email'] }],
        indices: [
          { name: 'ix_contact_name', columnNames: ['name', 'id'] },
          { name: 'ix_contact_organization', columnNames: ['organization_id', 'name'] },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'point_of_contact',
        columns: [
          c.id(),
          c.ref('work_register_id'),
          c.ref('contact_id'),
          c.ref('organization_id'),
          c.varchar('role', 300, true),
          c.integer('position'),
          c.timestamp('created_at'),
        ],
        indices: [
          { name: 'ix_poc_register', columnNames: ['work_register_id', 'position'] },
          { name: 'ix_poc_contact', columnNames: ['contact_id', 'created_at'] },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['contact_id'],
            referencedTableName: 'contact',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('point_of_contact');
    await q.dropTable('contact');
  }
}

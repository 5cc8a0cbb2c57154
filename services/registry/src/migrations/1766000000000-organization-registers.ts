import { columns as c } from '@alliance/core';
import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * The registers each organization is a party to, one row per (organization, register) with the
 * register's title, so that an organization's registers in title order are a walk of one index
 * (`organization_id, title, work_register_id`) that stops after the page: DMTF's first 20 no
 * longer join its 3,352 parties to their registers and sort them (3.2 ms, and 1.3 for the count,
 * at 20,000 registers). One row however many units of the body the register names: the join
 * listed such a register once a unit. `writeRegister` keeps it with the parties
 * (repositories/pairs.ts); filled here from the parties already recorded.
 */
export class OrganizationRegisters1766000000000 implements MigrationInterface {
  name = 'OrganizationRegisters1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization_register',
        columns: [
          { ...c.ref('work_register_id'), isPrimary: true },
          { ...c.ref('organization_id'), isPrimary: true },
          c.varchar('title', 300),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['work_register_id'],
            referencedTableName: 'work_register',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
          new TableForeignKey({
            columnNames: ['organization_id'],
            referencedTableName: 'organization',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          }),
        ],
        indices: [
          new TableIndex({
            name: 'ix_organization_register_page',
            columnNames: ['organization_id', 'title', 'work_register_id'],
          }),
        ],
      }),
    );
    await q.query(`
      INSERT INTO organization_register (work_register_id, organization_id, title)
      SELECT DISTINCT r.id, p.organization_id, r.title
        FROM work_register_party p
        JOIN work_register r ON r.id = p.work_register_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('organization_register');
  }
}

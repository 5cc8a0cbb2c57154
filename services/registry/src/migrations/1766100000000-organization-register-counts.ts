import { columns as c } from '@alliance/core';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * How many registers each organization is a party to, kept by the write path as
 * organization_pair keeps a count per pair (repositories/pairs.ts): an organization page's
 * `totalCount` and registryStats' count by organization read a row each instead of counting
 * organization_register (DMTF's 16,783 entries took 1.7 ms at 100,000 registers; every
 * organization's, 37 ms). Filled from organization_register.
 */
export class OrganizationRegisterCounts1766100000000 implements MigrationInterface {
  name = 'OrganizationRegisterCounts1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization_register_count',
        columns: [{ ...c.ref('organization_id'), isPrimary: true }, c.integer('registers')],
      }),
    );
    await q.query(`
      INSERT INTO organization_register_count (organization_id, registers)
      SELECT organization_id, COUNT(*) FROM organization_register GROUP BY organization_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('organization_register_count');
  }
}

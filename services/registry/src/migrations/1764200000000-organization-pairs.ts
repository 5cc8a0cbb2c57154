import { columns as c } from '@alliance/core';
import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Which organizations share registers, and how many: the alliance graph's adjacency, kept up to
 * date by imports, so that partners and paths read a table of at most (bodies²) rows instead of
 * joining every party of every register. Filled from the parties already recorded.
 */
export class OrganizationPairs1764200000000 implements MigrationInterface {
  name = 'OrganizationPairs1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization_pair',
        columns: [
          { ...c.ref('organization_id'), isPrimary: true },
          { ...c.ref('partner_id'), isPrimary: true },
          c.integer('registers'),
        ],
      }),
    );
    await q.query(`
      INSERT INTO organization_pair (organization_id, partner_id, registers)
      SELECT a.organization_id, b.organization_id, COUNT(DISTINCT a.work_register_id)
        FROM work_register_party a
        JOIN work_register_party b ON b.work_register_id = a.work_register_id AND b.organization_id <> a.organization_id
       GROUP BY a.organization_id, b.organization_id`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('organization_pair');
  }
}

import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Indexes that answer the busiest reads from the index alone, without reading table rows
 * (figures from `EXPLAIN QUERY PLAN` and timing on the 20,000-register bench file):
 *
 * - planned milestones by due day: counting the overdue ones (MILESTONE_OVERDUE findings) took
 *   9.6 ms through the due_on index, which had to read each row for its status; 0.2 ms now;
 * - a register's title by its id: partners, edges and findings join thousands of registers for
 *   their title, and a register's row is long (the document's text); 24.7 → 13.9 ms for DMTF's
 *   partners;
 * - parties with their organization and place: the partner and edge queries find the other
 *   parties of a register, and whether a party is its organization's first, in the index.
 */
const INDEXES: { table: string; before: TableIndex | null; after: TableIndex }[] = [
  {
    table: 'milestone',
    before: null,
    after: new TableIndex({ name: 'ix_milestone_status_due_on', columnNames: ['status', 'due_on'] }),
  },
  {
    table: 'work_register',
    before: null,
    after: new TableIndex({ name: 'ix_work_register_id_title', columnNames: ['id', 'title'] }),
  },
  {
    table: 'work_register_party',
    before: new TableIndex({ name: 'ix_party_register', columnNames: ['work_register_id', 'position'] }),
    after: new TableIndex({
      name: 'ix_party_register',
      columnNames: ['work_register_id', 'position', 'organization_id'],
    }),
  },
  {
    table: 'work_register_party',
    before: new TableIndex({ name: 'ix_party_organization', columnNames: ['organization_id', 'work_register_id'] }),
    after: new TableIndex({
      name: 'ix_party_organization',
      columnNames: ['organization_id', 'work_register_id', 'position'],
    }),
  },
];

export class ReadIndexes1764400000000 implements MigrationInterface {
  name = 'ReadIndexes1764400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const { table, before, after } of INDEXES) {
      if (before) await q.dropIndex(table, before.name!);
      await q.createIndex(table, after);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const { table, before, after } of [...INDEXES].reverse()) {
      await q.dropIndex(table, after.name!);
      if (before) await q.createIndex(table, before);
    }
  }
}

import { columns as c } from '@alliance/core';
import { Table, TableForeignKey, type MigrationInterface, type QueryRunner } from 'typeorm';

const cascadeFrom = (column: string, table: string) =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  });

export class Initial1764000000000 implements MigrationInterface {
  name = 'Initial1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization',
        columns: [
          c.id(),
          c.varchar('acronym', 32),
          c.varchar('name', 200),
          c.json('aliases'),
          c.varchar('website', 300, true),
          c.json('email_domains'),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        uniques: [{ name: 'uq_organization_acronym', columnNames: ['acronym'] }],
      }),
    );
    await q.createTable(
      new Table({
        name: 'organization_unit',
        columns: [c.id(), c.ref('organization_id'), c.varchar('acronym', 32, true), c.varchar('name', 200)],
        uniques: [{ name: 'uq_unit_name', columnNames: ['organization_id', 'name'] }],
        foreignKeys: [cascadeFrom('organization_id', 'organization')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'work_register',
        columns: [
          c.id(),
          c.varchar('slug', 200),
          c.varchar('title', 300),
          c.text('subtitle'),
          c.varchar('kind', 16),
          c.ref('amends_id', true),
          c.varchar('version', 32, true),
          c.integer('revision'),
          c.varchar('status', 16),
          c.text('status_reason'),
          c.varchar('initiated_on', 10, true),
          c.text('background'),
          c.json('projects'),
          c.json('objectives'),
          c.json('benefits'),
          c.json('standards_development', true),
          c.json('delegated_work_rules'),
          c.json('reference_links'),
          c.text('review_trigger'),
          c.varchar('review_due_by', 10, true),
          c.varchar('review_precision', 8, true),
          c.varchar('review_due_on', 10, true),
          c.json('approval', true),
          c.json('findings'),
          c.text('source_text'),
          c.varchar('source_sha256', 64),
          c.timestamp('created_at'),
          c.timestamp('updated_at'),
        ],
        uniques: [{ name: 'uq_work_register_slug', columnNames: ['slug'] }],
        indices: [
          { name: 'ix_work_register_title', columnNames: ['title', 'id'] },
          { name: 'ix_work_register_review_due_on', columnNames: ['review_due_on'] },
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['amends_id'],
            referencedTableName: 'work_register',
            referencedColumnNames: ['id'],
            onDelete: 'SET NULL',
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'work_register_party',
        columns: [
          c.id(),
          c.ref('work_register_id'),
          c.ref('organization_id'),
          c.ref('unit_id', true),
          c.integer('position'),
        ],
        indices: [
          { name: 'ix_party_register', columnNames: ['work_register_id', 'position'] },
          { name: 'ix_party_organization', columnNames: ['organization_id', 'work_register_id'] },
        ],
        foreignKeys: [
          cascadeFrom('work_register_id', 'work_register'),
          new TableForeignKey({
            columnNames: ['organization_id'],
            referencedTableName: 'organization',
            referencedColumnNames: ['id'],
          }),
          new TableForeignKey({
            columnNames: ['unit_id'],
            referencedTableName: 'organization_unit',
            referencedColumnNames: ['id'],
          }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'milestone',
        columns: [
          c.id(),
          c.ref('work_register_id'),
          c.integer('position'),
          c.varchar('milestone_date', 10),
          c.varchar('precision', 8),
          c.varchar('due_on', 10),
          c.text('description', false),
          c.varchar('status', 16),
        ],
        indices: [
          { name: 'ix_milestone_register', columnNames: ['work_register_id', 'position'] },
          { name: 'ix_milestone_due_on', columnNames: ['due_on'] },
        ],
        foreignKeys: [cascadeFrom('work_register_id', 'work_register')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'section',
        columns: [
          c.id(),
          c.ref('work_register_id'),
          c.integer('position'),
          c.text('heading', false),
          c.text('content', false),
        ],
        indices: [{ name: 'ix_section_register', columnNames: ['work_register_id', 'position'] }],
        foreignKeys: [cascadeFrom('work_register_id', 'work_register')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'work_register_revision',
        columns: [
          c.id(),
          c.ref('work_register_id'),
          c.integer('revision'),
          c.varchar('source_sha256', 64),
          c.json('snapshot'),
          c.timestamp('created_at'),
        ],
        uniques: [{ name: 'uq_revision', columnNames: ['work_register_id', 'revision'] }],
        indices: [{ name: 'ix_revision_sha256', columnNames: ['source_sha256'] }],
        foreignKeys: [cascadeFrom('work_register_id', 'work_register')],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'work_register_revision',
      'section',
      'milestone',
      'work_register_party',
      'work_register',
      'organization_unit',
      'organization',
    ]) {
      await q.dropTable(table);
    }
  }
}

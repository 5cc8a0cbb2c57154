import { randomUUID } from 'node:crypto';
import { columns as c, groupByKey } from '@alliance/core';
import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import type { Contact, PointOfContact } from '../entities/index.js';
import { snapshotOf } from '../domain/snapshots.js';

/** Rows per INSERT while backfilling: well under SQLite's and PostgreSQL's parameter limits. */
const CHUNK = 200;

/**
 * Issue 5: every change of a contact makes an immutable revision. Existing contacts start their
 * history at revision 1, as they stand, written by `migration`.
 */
export class ContactHistory1764300000001 implements MigrationInterface {
  name = 'ContactHistory1764300000001';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('contact', new TableColumn({ ...c.integer('revision'), default: 1 }));
    await q.createTable(
      new Table({
        name: 'contact_revision',
        columns: [
          c.id(),
          // No foreign key: the history of a merged (deleted) contact stays.
          c.ref('contact_id'),
          c.integer('revision'),
          c.varchar('author_subject', 200),
          c.varchar('author_name', 200, true),
          c.varchar('summary', 500),
          c.json('snapshot'),
          c.timestamp('created_at'),
        ],
        uniques: [{ name: 'uq_contact_revision', columnNames: ['contact_id', 'revision'] }],
      }),
    );
    // A register lists a contact once per organization; addPointOfContact relies on it.
    await q.createIndex(
      'point_of_contact',
      new TableIndex({
        name: 'uq_poc_register_contact_organization',
        columnNames: ['work_register_id', 'contact_id', 'organization_id'],
        isUnique: true,
      }),
    );
    await backfill(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('point_of_contact', 'uq_poc_register_contact_organization');
    await q.dropTable('contact_revision');
    await q.dropColumn('contact', 'revision');
  }
}

async function backfill(q: QueryRunner): Promise<void> {
  const contacts = (await q.query(
    `SELECT id, kind, name, email, title, organization_id AS "organizationId", updated_at AS "updatedAt" FROM contact`,
  )) as (Parameters<typeof snapshotOf>[0] & Pick<Contact, 'updatedAt'>)[];
  const points = (await q.query(
    `SELECT contact_id AS "contactId", work_register_id AS "workRegisterId", organization_id AS "organizationId", role FROM point_of_contact`,
  )) as PointOfContact[];
  const pointsOf = groupByKey(
    contacts.map((contact) => contact.id),
    points,
    (p) => p.contactId,
  );
  const rows = contacts.map((contact, i) => ({
    id: randomUUID(),
    contact_id: contact.id,
    revision: 1,
    author_subject: 'migration',
    author_name: null,
    summary: 'History starts: the contact as it stood when revisions began',
    snapshot: JSON.stringify(snapshotOf(contact, pointsOf[i]!)),
    created_at: contact.updatedAt,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await insertRows(q, 'contact_revision', rows.slice(i, i + CHUNK));
}

/**
 * Plain SQL: the query builder would map the table to today's entity and its property names,
 * and a migration must keep writing the columns of its own time.
 */
async function insertRows(q: QueryRunner, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const names = Object.keys(rows[0]!);
  const postgres = q.connection.driver.options.type === 'postgres';
  let n = 0;
  const tuple = () => `(${names.map(() => (postgres ? `$${++n}` : '?')).join(', ')})`;
  const values = rows.flatMap((row) => names.map((name) => row[name]));
  await q.query(`INSERT INTO ${table} (${names.join(', ')}) VALUES ${rows.map(tuple).join(', ')}`, values);
}

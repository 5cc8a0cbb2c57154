import { Table, TableForeignKey, TableIndex, type QueryRunner } from 'typeorm';
import { columns as c } from '../migration-columns.js';

/**
 * The outbox alone (`webhook_event`): for a service whose events another service delivers (the
 * contacts service relays its events to the registry, which holds the subscriptions).
 */
export async function createOutboxTable(q: QueryRunner): Promise<void> {
  await q.createTable(
    new Table({
      name: 'webhook_event',
      columns: [
        c.id(),
        c.varchar('type', 64),
        c.varchar('ordering_key', 64),
        c.integer('position'),
        c.json('organization_ids'),
        c.text('data', false),
        c.timestamp('created_at'),
      ],
    }),
  );
}

/** The webhook tables (entities.ts), for a service's migration to create. */
export async function createWebhookTables(q: QueryRunner): Promise<void> {
  await q.createTable(
    new Table({
      name: 'webhook_subscription',
      columns: [
        c.id(),
        c.varchar('url', 2000),
        c.json('events'),
        c.ref('organization_id', true),
        c.varchar('sealed_secret', 200),
        c.varchar('status', 16),
        c.integer('consecutive_failures'),
        c.varchar('created_by', 200),
        c.timestamp('created_at'),
        c.timestamp('updated_at'),
      ],
    }),
  );
  await createOutboxTable(q);
  await q.createTable(
    new Table({
      name: 'webhook_delivery',
      columns: [
        c.id(),
        c.ref('event_id'),
        c.varchar('event_type', 64),
        c.ref('subscription_id'),
        c.varchar('ordering_key', 64),
        c.integer('position'),
        c.varchar('status', 16),
        c.integer('attempts'),
        { ...c.timestamp('next_attempt_at'), isNullable: true },
        { ...c.timestamp('lease_until'), isNullable: true },
        c.timestamp('created_at'),
        c.timestamp('updated_at'),
      ],
      foreignKeys: [
        new TableForeignKey({
          columnNames: ['event_id'],
          referencedTableName: 'webhook_event',
          referencedColumnNames: ['id'],
        }),
        new TableForeignKey({
          columnNames: ['subscription_id'],
          referencedTableName: 'webhook_subscription',
          referencedColumnNames: ['id'],
          onDelete: 'CASCADE',
        }),
      ],
      indices: [
        // The dispatcher's question: what is due, and is an earlier event of the same key still pending?
        new TableIndex({ columnNames: ['status', 'next_attempt_at'] }),
        new TableIndex({ columnNames: ['subscription_id', 'ordering_key', 'position'] }),
      ],
    }),
  );
  await q.createTable(
    new Table({
      name: 'webhook_attempt',
      columns: [
        c.id(),
        c.ref('delivery_id'),
        c.timestamp('at'),
        { name: 'status_code', type: 'integer', isNullable: true },
        c.integer('duration_ms'),
        c.text('error'),
      ],
      foreignKeys: [
        new TableForeignKey({
          columnNames: ['delivery_id'],
          referencedTableName: 'webhook_delivery',
          referencedColumnNames: ['id'],
          onDelete: 'CASCADE',
        }),
      ],
      indices: [new TableIndex({ columnNames: ['delivery_id', 'at'] })],
    }),
  );
}

export async function dropWebhookTables(q: QueryRunner): Promise<void> {
  for (const table of ['webhook_attempt', 'webhook_delivery', 'webhook_event', 'webhook_subscription']) {
    await q.dropTable(table);
  }
}

import { createOutboxTable } from '@alliance/core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12: contact and point-of-contact changes are webhook events. They are written to this
 * outbox in the transaction of the change and relayed to the registry, which delivers them.
 */
export class EventOutbox1764600000001 implements MigrationInterface {
  name = 'EventOutbox1764600000001';

  async up(q: QueryRunner): Promise<void> {
    await createOutboxTable(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webhook_event');
  }
}

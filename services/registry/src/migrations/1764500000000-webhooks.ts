import { createWebhookTables, dropWebhookTables } from '@alliance/core';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhook subscriptions, the outbox of register events, deliveries and their attempts. */
export class Webhooks1764500000000 implements MigrationInterface {
  name = 'Webhooks1764500000000';

  up = (q: QueryRunner) => createWebhookTables(q);
  down = (q: QueryRunner) => dropWebhookTables(q);
}

import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import type { QueryRunner } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../src/database.js';
import { createLogger } from '../src/logger.js';
import { WebhookDeliveryEntity, WebhookEventEntity, webhookEntities } from '../src/webhooks/entities.js';
import { createOutboxTable, createWebhookTables } from '../src/webhooks/migration.js';
import { writeOutbox } from '../src/webhooks/outbox.js';
import { mountRelayReceiver, RELAY_PATH, relaySecret, startRelay } from '../src/webhooks/relay.js';
import { insertSubscription } from '../src/webhooks/store.js';

/**
 * The relay between two real SQLite databases over real HTTP: one service's outbox, another's
 * webhook tables. While the receiver is down nothing is lost; a batch sent twice is taken once.
 */

const logger = createLogger('relay-test', 'silent');
const secret = relaySecret('a key of at least thirty-two characters!');

class Outbox1700000000000 {
  name = 'Outbox1700000000000';
  up = (q: QueryRunner) => createOutboxTable(q);
}
class Webhooks1700000000000 {
  name = 'Webhooks1700000000000';
  up = (q: QueryRunner) => createWebhookTables(q);
}

let dir: string;
let source: Database;
let target: Database;
let server: Server | undefined;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relay-'));
  const storage = { dataDir: dir, databaseUrl: undefined };
  source = await openDatabase({
    service: 'source',
    storage,
    entities: [WebhookEventEntity],
    migrations: [Outbox1700000000000],
    logger,
  });
  target = await openDatabase({
    service: 'target',
    storage,
    entities: webhookEntities,
    migrations: [Webhooks1700000000000],
    logger,
  });
  await insertSubscription(target.dataSource.manager, {
    url: 'https://receiver.example/hook',
    events: ['contact.changed'],
    organizationId: null,
    sealedSecret: 'sealed',
    createdBy: 'admin',
  });
});
afterAll(async () => {
  server?.close();
  await source?.close();
  await target?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The receiving service, on a port of its own; `port` 0 picks one. */
function listen(port = 0): Promise<number> {
  const app = express();
  mountRelayReceiver(app, { db: target, logger, secret, accept: ['contact.changed'] });
  return new Promise((resolve) => {
    server = app.listen(port, '127.0.0.1', () => resolve((server!.address() as AddressInfo).port));
  });
}

const event = (position: number) => ({
  type: 'contact.changed',
  orderingKey: 'contact-1',
  position,
  organizationIds: ['org-1'],
  data: { position },
});

describe('the event relay', () => {
  it('keeps events while the receiver is down and delivers each once when it is back', async () => {
    // A port nobody listens on yet: reserve one, then free it.
    const port = await listen();
    await new Promise((resolve) => server!.close(resolve));
    const relay = startRelay({
      db: source,
      logger,
      secret,
      target: `http://127.0.0.1:${port}${RELAY_PATH}`,
      pollMs: 60_000,
      timeoutMs: 2_000,
    });
    await source.transaction((m) => writeOutbox(m, [event(1), event(2)]));

    expect(await relay.tick()).toBe(0);
    expect(await source.dataSource.getRepository(WebhookEventEntity).count()).toBe(2);

    await listen(port);
    expect(await relay.tick()).toBe(2);
    expect(await source.dataSource.getRepository(WebhookEventEntity).count()).toBe(0);
    const deliveries = await target.dataSource
      .getRepository(WebhookDeliveryEntity)
      .find({ order: { position: 'ASC' } });
    expect(deliveries.map((d) => [d.eventType, d.position, d.status])).toEqual([
      ['contact.changed', 1, 'PENDING'],
      ['contact.changed', 2, 'PENDING'],
    ]);
    await relay.stop();
  });

  it('takes a batch sent again (its answer was lost) only once', async () => {
    const port = (server!.address() as AddressInfo).port;
    const [stored] = await source.transaction((m) => writeOutbox(m, [event(3)]));
    const relayAt = (db: Database) =>
      startRelay({
        db,
        logger,
        secret,
        target: `http://127.0.0.1:${port}${RELAY_PATH}`,
        pollMs: 60_000,
        timeoutMs: 2_000,
      });
    const relay = relayAt(source);
    expect(await relay.tick()).toBe(1);
    // The same event again, as a relay that crashed before deleting it would send it.
    await source.dataSource.getRepository(WebhookEventEntity).insert(stored!);
    expect(await relay.tick()).toBe(1);
    const deliveries = await target.dataSource.getRepository(WebhookDeliveryEntity).findBy({ position: 3 });
    expect(deliveries).toHaveLength(1);
    await relay.stop();
  });

  it('refuses a batch with a wrong signature, or of a type it does not take', async () => {
    const url = `http://127.0.0.1:${(server!.address() as AddressInfo).port}${RELAY_PATH}`;
    const forged = startRelay({
      db: source,
      logger,
      secret: relaySecret('another key of at least thirty-two characters'),
      target: url,
      pollMs: 60_000,
      timeoutMs: 2_000,
    });
    await source.transaction((m) => writeOutbox(m, [event(4)]));
    expect(await forged.tick()).toBe(0);
    await forged.stop();
    await source.dataSource.getRepository(WebhookEventEntity).clear();

    await source.transaction((m) => writeOutbox(m, [{ ...event(5), type: 'register.created' }]));
    const relay = startRelay({ db: source, logger, secret, target: url, pollMs: 60_000, timeoutMs: 2_000 });
    expect(await relay.tick()).toBe(0);
    await relay.stop();
    expect(await target.dataSource.getRepository(WebhookDeliveryEntity).findBy({ position: 4 })).toHaveLength(0);
    expect(await target.dataSource.getRepository(WebhookEventEntity).count()).toBe(3);
  });
});

import { hkdfSync, randomUUID } from 'node:crypto';
import express, { type Express } from 'express';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { z } from 'zod';
import type { Background, Database } from '../database.js';
import type { Logger } from '../logger.js';
import { WebhookEventEntity, type WebhookEvent } from './entities.js';
import { acceptRelayedEvents } from './outbox.js';
import { startPoller, type Poller } from './poller.js';

/**
 * Subscriptions live in one service (the registry); a service that records changes of its own
 * (contacts) keeps only an outbox, written in the transaction of each change, and relays it:
 * each tick POSTs the oldest events to the registry, signed like any webhook (Standard Webhooks),
 * and deletes them once the registry has stored them. The registry skips events it already has,
 * so a relay that crashes between the two steps sends again and nothing is lost or doubled.
 */

/** The relay's signing key: both services derive it from the key material they share. */
export const relaySecret = (material: string): string =>
  `whsec_${Buffer.from(hkdfSync('sha256', material, 'alliance-registry', 'event relay', 24)).toString('base64')}`;

/** Where the registry takes relayed events (next to its /graphql). */
export const RELAY_PATH = '/internal/events';

export interface RelayOptions {
  db: Database;
  logger: Logger;
  secret: string;
  /** The receiving service's relay endpoint; a function when it is known only later (tests). */
  target: string | (() => string);
  pollMs: number;
  timeoutMs: number;
  batchSize?: number;
}

/** `tick()` relays what is waiting now and resolves to the number of events the receiver took. */
export type Relay = Poller;

export function startRelay(options: RelayOptions): Relay {
  const { db, logger } = options;
  const webhook = new Webhook(options.secret);
  let failing = false;

  async function send(events: WebhookEvent[]): Promise<void> {
    const body = JSON.stringify({ events });
    const id = randomUUID();
    const at = new Date();
    const response = await fetch(typeof options.target === 'string' ? options.target : options.target(), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': webhook.sign(id, at, body),
      },
      body,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    if (!response.ok) throw new Error(`the receiver answered ${response.status}: ${await response.text()}`);
  }

  async function runTick(background: Background): Promise<number> {
    const outbox = background.manager.getRepository(WebhookEventEntity);
    const events = await outbox.find({ order: { createdAt: 'ASC', id: 'ASC' }, take: options.batchSize ?? 100 });
    if (events.length === 0) return 0;
    try {
      await send(events);
    } catch (error) {
      // Logged once per outage, not once per poll; the events wait in the outbox.
      if (!failing) logger.warn({ err: error, waiting: events.length }, 'event relay failed; will retry');
      failing = true;
      return 0;
    }
    if (failing) logger.info('event relay recovered');
    failing = false;
    await outbox.delete(events.map((event) => event.id));
    return events.length;
  }

  return startPoller(db, runTick, { pollMs: options.pollMs, logger, name: 'event relay tick' });
}

const relayedEvent = z.object({
  id: z.uuid(),
  type: z.string().max(64),
  orderingKey: z.string().max(64),
  position: z.number().int(),
  organizationIds: z.array(z.string().max(36)),
  data: z.string(),
  createdAt: z.iso.datetime(),
});

const relayedBody = z.object({ events: z.array(relayedEvent).max(1000) });

export interface RelayReceiverOptions {
  db: Database;
  logger: Logger;
  secret: string;
  /** Event types a relaying service may report (the registry's own are not among them). */
  accept: readonly string[];
}

/**
 * The receiving end, for express with a text body: 401 unless the signature verifies (an old or
 * replayed timestamp fails too), 400 for a body that is not a batch of events of accepted types,
 * else 204 once the events and their deliveries are committed.
 */
export function mountRelayReceiver(app: Express, options: RelayReceiverOptions): void {
  const webhook = new Webhook(options.secret);
  app.post(RELAY_PATH, express.text({ type: 'application/json', limit: '2mb' }), (req, res, next) => {
    const body = typeof req.body === 'string' ? req.body : '';
    try {
      webhook.verify(body, req.headers as Record<string, string>);
    } catch (error) {
      if (!(error instanceof WebhookVerificationError)) return next(error);
      res.status(401).json({ error: `relayed events refused: ${error.message}` });
      return;
    }
    const parsed = relayedBody.safeParse(parseJson(body));
    const wrongType = parsed.data?.events.find((event) => !options.accept.includes(event.type));
    if (!parsed.success || wrongType) {
      const reason = wrongType ? `event type ${wrongType.type} is not relayed` : z.prettifyError(parsed.error!);
      res.status(400).json({ error: `relayed events refused: ${reason}` });
      return;
    }
    // Service-to-service work, not a client's request: kept out of the request statement count.
    options.db
      .inBackground((background) =>
        background.transaction((manager) => acceptRelayedEvents(manager, parsed.data.events)),
      )
      .then((accepted) => {
        options.logger.debug({ accepted, relayed: parsed.data.events.length }, 'relayed events stored');
        res.status(204).end();
      }, next);
  });
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};

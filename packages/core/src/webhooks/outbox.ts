import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  WebhookDeliveryEntity,
  WebhookEventEntity,
  WebhookSubscriptionEntity,
  type WebhookDelivery,
  type WebhookEvent,
} from './entities.js';

/** An event as a change reports it; the outbox gives it an id and a time. */
export type NewEvent = Omit<WebhookEvent, 'id' | 'createdAt' | 'data'> & { data: Record<string, unknown> };

/**
 * Writes events into the outbox inside the caller's transaction: the change and its events
 * commit together or not at all, so no change goes unreported and no event reports a change that
 * did not happen. One statement, whatever the number of events.
 */
export async function writeOutbox(manager: EntityManager, events: readonly NewEvent[]): Promise<WebhookEvent[]> {
  if (events.length === 0) return [];
  const at = new Date().toISOString();
  const stored: WebhookEvent[] = events.map((event) => ({
    ...event,
    id: randomUUID(),
    data: JSON.stringify(event.data),
    createdAt: at,
  }));
  await manager.getRepository(WebhookEventEntity).insert(stored);
  return stored;
}

/**
 * A pending delivery of each stored event to each subscription that wants it. A fixed number of
 * statements, whatever the number of events or subscriptions.
 */
async function fanOut(manager: EntityManager, events: readonly WebhookEvent[]): Promise<void> {
  if (events.length === 0) return;
  // Subscriptions are few (a handful per body); matching in code keeps the SQL portable.
  const subscriptions = await manager.getRepository(WebhookSubscriptionEntity).find();
  const at = new Date().toISOString();
  const deliveries: WebhookDelivery[] = events.flatMap((event) =>
    subscriptions
      .filter((s) => s.events.includes(event.type))
      .filter((s) => s.organizationId === null || event.organizationIds.includes(s.organizationId))
      .map((s) => ({
        id: randomUUID(),
        eventId: event.id,
        eventType: event.type,
        subscriptionId: s.id,
        orderingKey: event.orderingKey,
        position: event.position,
        status: 'PENDING' as const,
        attempts: 0,
        nextAttemptAt: at,
        leaseUntil: null,
        createdAt: at,
        updatedAt: at,
      })),
  );
  if (deliveries.length > 0) await manager.getRepository(WebhookDeliveryEntity).insert(deliveries);
}

/** The outbox and the deliveries it makes, in the caller's transaction (the service that delivers). */
export async function recordEvents(manager: EntityManager, events: readonly NewEvent[]): Promise<void> {
  await fanOut(manager, await writeOutbox(manager, events));
}

/**
 * Events another service's outbox relayed (relay.ts), taken at least once: an event already here
 * (a relay that did not hear our answer sends it again) is skipped, so each is delivered once.
 */
export async function acceptRelayedEvents(manager: EntityManager, events: readonly WebhookEvent[]): Promise<number> {
  if (events.length === 0) return 0;
  const repository = manager.getRepository(WebhookEventEntity);
  const known = await repository.find({ select: { id: true }, where: { id: In(events.map((e) => e.id)) } });
  const seen = new Set(known.map((e) => e.id));
  const fresh = events.filter((event) => !seen.has(event.id));
  if (fresh.length > 0) await repository.insert(fresh);
  await fanOut(manager, fresh);
  return fresh.length;
}

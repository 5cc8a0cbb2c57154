import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
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
 * Writes events into the outbox, with a pending delivery for each subscription that wants them,
 * inside the caller's transaction: the change and its events commit together or not at all, so
 * no change goes unreported and no event reports a change that did not happen. A fixed number
 * of statements, whatever the number of events or subscriptions.
 */
export async function recordEvents(manager: EntityManager, events: readonly NewEvent[]): Promise<void> {
  if (events.length === 0) return;
  const at = new Date().toISOString();
  const stored: WebhookEvent[] = events.map((event) => ({
    ...event,
    id: randomUUID(),
    data: JSON.stringify(event.data),
    createdAt: at,
  }));
  await manager.getRepository(WebhookEventEntity).insert(stored);
  // Subscriptions are few (a handful per body); matching in code keeps the SQL portable.
  const subscriptions = await manager.getRepository(WebhookSubscriptionEntity).find();
  const deliveries: WebhookDelivery[] = stored.flatMap((event) =>
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

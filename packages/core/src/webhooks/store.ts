import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { ChildKey, ChildQuery } from '../child-connections.js';
import {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookSubscriptionEntity,
  type WebhookSubscription,
} from './entities.js';

/** Data access for subscriptions and their deliveries; callers pass their transaction or reader. */

export interface SubscriptionFields {
  url: string;
  events: string[];
  organizationId: string | null;
}

export async function insertSubscription(
  m: EntityManager,
  fields: SubscriptionFields & { sealedSecret: string; createdBy: string },
): Promise<WebhookSubscription> {
  const at = new Date().toISOString();
  const subscription: WebhookSubscription = {
    id: randomUUID(),
    ...fields,
    status: 'ACTIVE',
    consecutiveFailures: 0,
    createdAt: at,
    updatedAt: at,
  };
  await m.getRepository(WebhookSubscriptionEntity).insert(subscription);
  return subscription;
}

export const subscriptionById = (m: EntityManager, id: string) =>
  m.getRepository(WebhookSubscriptionEntity).findOneBy({ id });

export async function updateSubscription(
  m: EntityManager,
  subscription: WebhookSubscription,
  changes: Partial<Pick<WebhookSubscription, 'url' | 'events' | 'sealedSecret'>>,
): Promise<WebhookSubscription> {
  const next = { ...subscription, ...changes, updatedAt: new Date().toISOString() };
  await m
    .getRepository(WebhookSubscriptionEntity)
    .update({ id: subscription.id }, { ...changes, updatedAt: next.updatedAt });
  return next;
}

/** Removes a subscription with its pending and past deliveries and their attempts. */
export async function deleteSubscription(m: EntityManager, id: string): Promise<void> {
  const deliveries = m.getRepository(WebhookDeliveryEntity);
  const ids = (await deliveries.find({ select: { id: true }, where: { subscriptionId: id } })).map((d) => d.id);
  if (ids.length > 0) await m.getRepository(WebhookAttemptEntity).delete({ deliveryId: In(ids) });
  await deliveries.delete({ subscriptionId: id });
  await m.getRepository(WebhookSubscriptionEntity).delete({ id });
}

/** Subscriptions the caller may see: all of them, or those of these organizations. */
export function subscriptionsOf(m: EntityManager, organizationIds: readonly string[] | 'all') {
  const where = organizationIds === 'all' ? {} : { organizationId: In([...organizationIds]) };
  return m.getRepository(WebhookSubscriptionEntity).find({ where, order: { createdAt: 'ASC', id: 'ASC' } });
}

export const deliveryById = (m: EntityManager, id: string) => m.getRepository(WebhookDeliveryEntity).findOneBy({ id });

/** Due again now, whatever happened to it before: the same `webhook-id`, so receivers still de-duplicate. */
export async function scheduleRedelivery(m: EntityManager, id: string): Promise<void> {
  const now = new Date().toISOString();
  await m
    .getRepository(WebhookDeliveryEntity)
    .update({ id }, { status: 'PENDING', nextAttemptAt: now, leaseUntil: null, updatedAt: now });
}

/** Deliveries under many subscriptions, for a child connection (newest first: descending keys). */
export const deliveryChildKeys: ChildKey[] = [
  { column: 'delivery.created_at', alias: 'created_at' },
  { column: 'delivery.id', alias: 'id' },
];

export const deliveriesOfSubscriptions = (m: EntityManager, ids: readonly string[]): ChildQuery => ({
  query: m
    .createQueryBuilder()
    .from('webhook_delivery', 'delivery')
    .where('delivery.subscription_id IN (:...ids)', { ids: [...ids] }),
  parentColumn: 'delivery.subscription_id',
});

export const deliveriesByIds = (m: EntityManager, ids: readonly string[]) =>
  m.getRepository(WebhookDeliveryEntity).findBy({ id: In([...ids]) });

export function attemptsOfDeliveries(m: EntityManager, ids: readonly string[]) {
  return m
    .getRepository(WebhookAttemptEntity)
    .find({ where: { deliveryId: In([...ids]) }, order: { at: 'ASC', id: 'ASC' } });
}

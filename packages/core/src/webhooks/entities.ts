import { EntitySchema } from 'typeorm';

/**
 * The webhook tables a service that records changes keeps in its own database: subscriptions,
 * the outbox of events (written in the transaction of the change they report), one delivery per
 * event and matching subscription, and every attempt at it.
 */

export type SubscriptionStatus = 'ACTIVE' | 'FAILING';
export type DeliveryStatus = 'PENDING' | 'DELIVERED' | 'FAILED';

export interface WebhookSubscription {
  id: string;
  url: string;
  /** Event types, as the payload names them (`register.changed`). */
  events: string[];
  /** Only events about this organization's registers; null: every organization (admins). */
  organizationId: string | null;
  /** The signing secret, sealed (sealed-secrets.ts): a dump of the table does not reveal it. */
  sealedSecret: string;
  status: SubscriptionStatus;
  /** Failed attempts since the last success; FAILING from FAILING_AFTER on. */
  consecutiveFailures: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookEvent {
  id: string;
  type: string;
  /** Events with one key (a register's id) are delivered in `position` order (its revision). */
  orderingKey: string;
  position: number;
  /** The organizations the event concerns, matched against subscriptions' organization. */
  organizationIds: string[];
  /** The event's `data` as JSON text: exactly what receivers get, on every attempt. */
  data: string;
  createdAt: string;
}

export interface WebhookDelivery {
  id: string;
  eventId: string;
  /** The event's type, kept here so a list of deliveries needs no join. */
  eventType: string;
  subscriptionId: string;
  orderingKey: string;
  position: number;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  /** A dispatcher working on it until then; a crashed one's lease simply runs out. */
  leaseUntil: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookAttempt {
  id: string;
  deliveryId: string;
  at: string;
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

const id = { type: 'varchar', length: 36, primary: true } as const;
const ref = (name: string, nullable = false) => ({ type: 'varchar', length: 36, name, nullable }) as const;
const timestamp = (name: string, nullable = false) => ({ type: 'varchar', length: 32, name, nullable }) as const;

export const WebhookSubscriptionEntity = new EntitySchema<WebhookSubscription>({
  name: 'WebhookSubscription',
  tableName: 'webhook_subscription',
  columns: {
    id,
    url: { type: 'varchar', length: 2000 },
    events: { type: 'simple-json' },
    organizationId: ref('organization_id', true),
    sealedSecret: { type: 'varchar', length: 200, name: 'sealed_secret' },
    status: { type: 'varchar', length: 16 },
    consecutiveFailures: { type: 'integer', name: 'consecutive_failures' },
    createdBy: { type: 'varchar', length: 200, name: 'created_by' },
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
});

export const WebhookEventEntity = new EntitySchema<WebhookEvent>({
  name: 'WebhookEvent',
  tableName: 'webhook_event',
  columns: {
    id,
    type: { type: 'varchar', length: 64 },
    orderingKey: { type: 'varchar', length: 64, name: 'ordering_key' },
    position: { type: 'integer' },
    organizationIds: { type: 'simple-json', name: 'organization_ids' },
    data: { type: 'text' },
    createdAt: timestamp('created_at'),
  },
});

export const WebhookDeliveryEntity = new EntitySchema<WebhookDelivery>({
  name: 'WebhookDelivery',
  tableName: 'webhook_delivery',
  columns: {
    id,
    eventId: ref('event_id'),
    eventType: { type: 'varchar', length: 64, name: 'event_type' },
    subscriptionId: ref('subscription_id'),
    orderingKey: { type: 'varchar', length: 64, name: 'ordering_key' },
    position: { type: 'integer' },
    status: { type: 'varchar', length: 16 },
    attempts: { type: 'integer' },
    nextAttemptAt: timestamp('next_attempt_at', true),
    leaseUntil: timestamp('lease_until', true),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
});

export const WebhookAttemptEntity = new EntitySchema<WebhookAttempt>({
  name: 'WebhookAttempt',
  tableName: 'webhook_attempt',
  columns: {
    id,
    deliveryId: ref('delivery_id'),
    at: timestamp('at'),
    statusCode: { type: 'integer', name: 'status_code', nullable: true },
    durationMs: { type: 'integer', name: 'duration_ms' },
    error: { type: 'text', nullable: true },
  },
});

export const webhookEntities = [
  WebhookSubscriptionEntity,
  WebhookEventEntity,
  WebhookDeliveryEntity,
  WebhookAttemptEntity,
];

import {
  assertId,
  badUserInput,
  checkDestination,
  DestinationRefused,
  forbidden,
  newSigningSecret,
  notFound,
  parseInput,
  webhookStore as store,
  type Database,
  type Viewer,
  type WebhookConfig,
  type WebhookSubscription,
} from '@alliance/core';
import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { EVENT_TYPES } from '../domain/events.js';
import { organizationById, organizationsByAcronyms } from '../repositories/organizations.js';

/**
 * Webhook subscriptions: admins manage every subscription; an editor of X manages X's, whose
 * events are about registers X is a party to. The signing secret is generated here, returned
 * once, and stored sealed (core's webhooks/sealed-secrets.ts).
 */

/** `REGISTER_STATUS_CHANGED` ↔ `register.status_changed`: the SDL's enum and the payload's type. */
export const eventValue = (name: string) => name.replace('.', '_').toUpperCase();
const NAMES = new Map(EVENT_TYPES.map((name) => [eventValue(name), name]));
export const eventName = (value: string) => NAMES.get(value) ?? value;

const events = z
  .array(z.string())
  .min(1, 'must name at least one event')
  .transform((values) => [...new Set(values.map(eventName))])
  .refine((names) => names.every((n) => EVENT_TYPES.includes(n)), 'names an unknown event');

const url = z.string().trim().max(2000, 'must be at most 2000 characters');

const createSchema = z.object({ url, events, organization: z.string().trim().nullish() });
const patchSchema = z.object({ url: url.nullish(), events: events.nullish() });

export interface WebhookDeps {
  db: Database;
  viewer: Viewer;
  webhooks: WebhookConfig;
}

async function checkUrl(value: string, { webhooks }: WebhookDeps) {
  try {
    await checkDestination(value, webhooks.post);
  } catch (error) {
    if (error instanceof DestinationRefused) throw badUserInput(`input.url ${error.message}`, 'input.url');
    throw error;
  }
}

/** The subscription's organization's acronym, or null for every organization. */
async function acronymOf(m: EntityManager, subscription: WebhookSubscription) {
  if (!subscription.organizationId) return null;
  return (await organizationById(m, subscription.organizationId))?.acronym ?? null;
}

/** Admins manage all; an editor only a subscription of an organization they edit. */
async function requireManager(m: EntityManager, viewer: Viewer, action: string, subscription: WebhookSubscription) {
  if (viewer.isAdmin) return;
  const acronym = await acronymOf(m, subscription);
  if (!acronym) throw forbidden(`${action} needs the admin role: the subscription covers every organization`);
  viewer.requireEditorOfAny(action, [acronym]);
}

async function existing(m: EntityManager, id: string) {
  const subscription = await store.subscriptionById(m, assertId(id));
  if (!subscription) throw notFound(`No webhook subscription with id "${id}"`);
  return subscription;
}

export async function createSubscription(deps: WebhookDeps, input: unknown) {
  const action = 'Creating a webhook subscription';
  const identity = deps.viewer.requireSignedIn(action);
  const fields = parseInput(createSchema, input);
  if (!fields.organization) deps.viewer.requireAdmin(`${action} for every organization`);
  else deps.viewer.requireEditorOfAny(action, [fields.organization]);
  await checkUrl(fields.url, deps);
  const secret = newSigningSecret();
  const subscription = await deps.db.transaction(async (m) => {
    let organizationId: string | null = null;
    if (fields.organization) {
      const [organization] = await organizationsByAcronyms(m, [fields.organization]);
      if (!organization)
        throw badUserInput(`No organization with acronym "${fields.organization}"`, 'input.organization');
      organizationId = organization.id;
    }
    return store.insertSubscription(m, {
      url: fields.url,
      events: fields.events,
      organizationId,
      sealedSecret: deps.webhooks.secrets.seal(secret),
      createdBy: identity.subject,
    });
  });
  return { subscription, secret };
}

export async function updateSubscription(deps: WebhookDeps, id: string, input: unknown) {
  const action = 'Changing a webhook subscription';
  deps.viewer.requireSignedIn(action);
  const patch = parseInput(patchSchema, input);
  if (patch.url) await checkUrl(patch.url, deps);
  return deps.db.transaction(async (m) => {
    const subscription = await existing(m, id);
    await requireManager(m, deps.viewer, action, subscription);
    return store.updateSubscription(m, subscription, {
      ...(patch.url ? { url: patch.url } : {}),
      ...(patch.events ? { events: patch.events } : {}),
    });
  });
}

export function deleteSubscription(deps: WebhookDeps, id: string) {
  const action = 'Deleting a webhook subscription';
  deps.viewer.requireSignedIn(action);
  return deps.db.transaction(async (m) => {
    const subscription = await existing(m, id);
    await requireManager(m, deps.viewer, action, subscription);
    await store.deleteSubscription(m, subscription.id);
    return subscription.id;
  });
}

export async function rotateSecret(deps: WebhookDeps, id: string) {
  const action = 'Rotating a webhook secret';
  deps.viewer.requireSignedIn(action);
  const secret = newSigningSecret();
  const subscription = await deps.db.transaction(async (m) => {
    const found = await existing(m, id);
    await requireManager(m, deps.viewer, action, found);
    return store.updateSubscription(m, found, { sealedSecret: deps.webhooks.secrets.seal(secret) });
  });
  return { subscription, secret };
}

export function redeliver(deps: WebhookDeps, deliveryId: string) {
  const action = 'Redelivering a webhook';
  deps.viewer.requireSignedIn(action);
  return deps.db.transaction(async (m) => {
    const delivery = await store.deliveryById(m, assertId(deliveryId, 'deliveryId'));
    if (!delivery) throw notFound(`No webhook delivery with id "${deliveryId}"`);
    await requireManager(m, deps.viewer, action, await existing(m, delivery.subscriptionId));
    await store.scheduleRedelivery(m, delivery.id);
    return (await store.deliveryById(m, delivery.id))!;
  });
}

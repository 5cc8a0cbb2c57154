import { referenced, withNodes } from '@alliance/core';
import {
  createSubscription,
  deleteSubscription,
  eventValue,
  redeliver,
  rotateSecret,
  updateSubscription,
} from '../commands/webhooks.js';
import type {
  MutationResolvers,
  WebhookDeliveryResolvers,
  WebhookEventType,
  WebhookSubscriptionResolvers,
} from '../generated/resolvers.js';

/** Subscriptions, their deliveries and attempts; every write goes to commands/webhooks.ts. */

export const WebhookSubscription: WebhookSubscriptionResolvers = {
  events: (subscription) => subscription.events.map((name) => eventValue(name) as WebhookEventType),
  organization: (subscription, _, { loaders }) =>
    subscription.organizationId ? referenced(loaders.organization, subscription.organizationId) : null,
  async deliveries(subscription, args, { loaders }) {
    const page = await loaders.deliveriesOfSubscription.load(subscription.id, args);
    return withNodes(page, (row) => referenced(loaders.delivery, row.id));
  },
};

export const WebhookDelivery: WebhookDeliveryResolvers = {
  event: (delivery) => eventValue(delivery.eventType) as WebhookEventType,
  attempts: (delivery, _, { loaders }) => loaders.attemptsOfDelivery.load(delivery.id),
};

export const webhookMutations: MutationResolvers = {
  createWebhookSubscription: (_, args, context) => createSubscription(context, args.input),
  updateWebhookSubscription: (_, args, context) => updateSubscription(context, args.id, args.input),
  deleteWebhookSubscription: (_, args, context) => deleteSubscription(context, args.id),
  rotateWebhookSecret: (_, args, context) => rotateSecret(context, args.id),
  redeliverWebhook: (_, args, context) => redeliver(context, args.deliveryId),
};

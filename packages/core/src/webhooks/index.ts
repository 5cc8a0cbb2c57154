/** Webhooks for a service that records changes: outbox, dispatcher, signing, destinations. */
export { DEFAULT_RETRY, retryDelay, type RetryPolicy } from './backoff.js';
export { checkDestination, DestinationRefused, type DestinationPolicy } from './destinations.js';
export { startDispatcher, type Dispatcher, type DispatcherOptions } from './dispatcher.js';
export {
  webhookEntities,
  WebhookEventEntity,
  type DeliveryStatus,
  type SubscriptionStatus,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookEvent,
  type WebhookSubscription,
} from './entities.js';
export { createOutboxTable, createWebhookTables, dropWebhookTables } from './migration.js';
export { recordEvents, writeOutbox, type NewEvent } from './outbox.js';
export { postWebhook, type AttemptResult, type PostOptions } from './post.js';
export { secretBox, type SecretBox } from './sealed-secrets.js';
export { newSigningSecret, signatureHeaders, type SignedHeaders } from './signing.js';
export * as webhookStore from './store.js';
export {
  mountRelayReceiver,
  relaySecret,
  RELAY_PATH,
  startRelay,
  type Relay,
  type RelayOptions,
  type RelayReceiverOptions,
} from './relay.js';

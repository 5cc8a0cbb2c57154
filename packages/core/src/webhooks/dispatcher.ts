import type { EntityManager } from 'typeorm';
import type { Background, Database } from '../database.js';
import type { Logger } from '../logger.js';
import { retryDelay, type RetryPolicy } from './backoff.js';
import {
  WebhookAttemptEntity,
  WebhookDeliveryEntity,
  WebhookEventEntity,
  WebhookSubscriptionEntity,
  type WebhookDelivery,
} from './entities.js';
import { startPoller, type Poller } from './poller.js';
import { postWebhook, type AttemptResult, type PostOptions } from './post.js';
import type { SecretBox } from './sealed-secrets.js';
import { signatureHeaders } from './signing.js';

/**
 * Delivers the outbox at least once. Each tick claims due deliveries with a lease (so two
 * dispatchers, or one restarted after a crash, never lose one: an unfinished lease runs out and
 * the delivery is due again), POSTs them signed, and records the attempt. A delivery waits while
 * an earlier event of the same key (register) is pending for its subscription: in order per
 * register. Receivers de-duplicate by `webhook-id`, which is the delivery's id on every attempt.
 */
export interface DispatcherOptions {
  db: Database;
  logger: Logger;
  secrets: SecretBox;
  retry: RetryPolicy;
  post: PostOptions;
  /** How often the outbox is looked at, in milliseconds. */
  pollMs: number;
  /** Deliveries attempted at once. */
  batchSize?: number;
  /** Consecutive failures after which a subscription is reported FAILING (it keeps being tried). */
  failingAfter?: number;
}

/** `tick()` delivers what is due now (tests, and after a write when prompt delivery matters). */
export type Dispatcher = Poller;

const later = (from: Date, ms: number) => new Date(from.getTime() + ms).toISOString();

export function startDispatcher(options: DispatcherOptions): Dispatcher {
  const { db, logger } = options;
  const lease = options.post.timeoutMs * 2 + 1_000;

  async function due(background: Background, now: string): Promise<WebhookDelivery[]> {
    return background.manager
      .getRepository(WebhookDeliveryEntity)
      .createQueryBuilder('d')
      .where("d.status = 'PENDING' AND d.next_attempt_at <= :now", { now })
      .andWhere('(d.lease_until IS NULL OR d.lease_until < :now)', { now })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM webhook_delivery p WHERE p.subscription_id = d.subscription_id
           AND p.ordering_key = d.ordering_key AND p.status = 'PENDING' AND p.position < d.position)`,
      )
      .orderBy('d.next_attempt_at', 'ASC')
      .limit(options.batchSize ?? 20)
      .getMany();
  }

  /** True when this dispatcher now holds the delivery (nobody else claimed it meanwhile). */
  async function claim(background: Background, delivery: WebhookDelivery, now: Date): Promise<boolean> {
    const { affected } = await background.transaction((m) =>
      m
        .getRepository(WebhookDeliveryEntity)
        .createQueryBuilder()
        .update()
        .set({ leaseUntil: later(now, lease) })
        .where("id = :id AND status = 'PENDING' AND (lease_until IS NULL OR lease_until < :now)", {
          id: delivery.id,
          now: now.toISOString(),
        })
        .execute(),
    );
    return affected === 1;
  }

  async function attempt(background: Background, delivery: WebhookDelivery): Promise<void> {
    const { manager } = background;
    const [event, subscription] = await Promise.all([
      manager.getRepository(WebhookEventEntity).findOneByOrFail({ id: delivery.eventId }),
      manager.getRepository(WebhookSubscriptionEntity).findOneBy({ id: delivery.subscriptionId }),
    ]);
    if (!subscription) return; // deleted meanwhile; its deliveries went with it
    const at = new Date();
    const body = `{"type":${JSON.stringify(event.type)},"timestamp":"${event.createdAt}","data":${event.data}}`;
    const headers = signatureHeaders(options.secrets.open(subscription.sealedSecret), delivery.id, at, body);
    const result = await postWebhook(subscription.url, { ...headers }, body, options.post);
    await background.transaction((m) => record(m, delivery, result, at));
    if (!result.ok) logger.info({ delivery: delivery.id, url: subscription.url, ...result }, 'webhook attempt failed');
  }

  async function record(m: EntityManager, delivery: WebhookDelivery, result: AttemptResult, at: Date) {
    const attempts = delivery.attempts + 1;
    await m.getRepository(WebhookAttemptEntity).insert({
      id: crypto.randomUUID(),
      deliveryId: delivery.id,
      at: at.toISOString(),
      statusCode: result.statusCode,
      durationMs: result.durationMs,
      error: result.error,
    });
    const wait = result.ok ? null : retryDelay(attempts, options.retry);
    const now = new Date();
    await m.getRepository(WebhookDeliveryEntity).update(
      { id: delivery.id },
      {
        attempts,
        status: result.ok ? 'DELIVERED' : wait === null ? 'FAILED' : 'PENDING',
        nextAttemptAt: wait === null ? null : later(now, wait),
        leaseUntil: null,
        updatedAt: now.toISOString(),
      },
    );
    const subscriptions = m.getRepository(WebhookSubscriptionEntity);
    if (result.ok) {
      await subscriptions.update({ id: delivery.subscriptionId }, { consecutiveFailures: 0, status: 'ACTIVE' });
    } else {
      await subscriptions.increment({ id: delivery.subscriptionId }, 'consecutiveFailures', 1);
      await subscriptions
        .createQueryBuilder()
        .update()
        .set({ status: 'FAILING' })
        .where('id = :id AND consecutive_failures >= :limit', {
          id: delivery.subscriptionId,
          limit: options.failingAfter ?? 5,
        })
        .execute();
    }
  }

  async function runTick(background: Background): Promise<number> {
    const now = new Date();
    const claimed: WebhookDelivery[] = [];
    for (const delivery of await due(background, now.toISOString())) {
      if (await claim(background, delivery, now)) claimed.push(delivery);
    }
    await Promise.all(
      claimed.map((delivery) =>
        attempt(background, delivery).catch((error: unknown) =>
          logger.error({ err: error, delivery: delivery.id }, 'webhook dispatch failed'),
        ),
      ),
    );
    return claimed.length;
  }

  return startPoller(db, runTick, { pollMs: options.pollMs, logger, name: 'webhook tick' });
}

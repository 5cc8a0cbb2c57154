import cluster from 'node:cluster';
import type { Logger } from '@alliance/core';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { connectRedis } from './redis.js';

/**
 * Requests per client and window, counted by rate-limiter-flexible: in this process by default,
 * or in Redis (REDIS_URL) so that every replica of the gateway counts against the same budget.
 */
export interface RateLimitConfig {
  /** Requests a client may send per window (RATE_LIMIT_REQUESTS); 0 turns the limit off. */
  requests: number;
  /** The window, in seconds (RATE_LIMIT_WINDOW_SECONDS). */
  windowSeconds: number;
  /** redis://…: share the counts between replicas; unset counts in memory. */
  redisUrl?: string;
}

/**
 * About 100 requests a second, sustained for a minute, per client: far above a dashboard's polling,
 * the web app (a few queries per page) and this repository's test files, and still a ceiling on
 * a script gone wrong.
 */
export const DEFAULT_RATE_LIMIT: RateLimitConfig = { requests: 6_000, windowSeconds: 60 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** What a client may send (for the refusal's message). */
  readonly budget: Pick<RateLimitConfig, 'requests' | 'windowSeconds'>;
  /** Counts one request of `client` (`sub:<subject>` or `ip:<address>`). */
  take(client: string): Promise<RateDecision>;
  /**
   * Resolves once the shared store answers (or after READY_WAIT_MS without it), so that a replica
   * that starts serving counts with the others from its first request, not in memory meanwhile.
   */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const KEY_PREFIX = 'alliance-gateway:rate';
const READY_WAIT_MS = 2000;

export function createRateLimiter(config: RateLimitConfig, logger: Logger): RateLimiter {
  const budget = { points: config.requests, duration: config.windowSeconds, keyPrefix: KEY_PREFIX };
  const memory = new RateLimiterMemory(budget);
  if (!config.redisUrl) {
    // Each worker process (WORKERS) counts on its own; said once, by the first.
    if (cluster.isWorker && cluster.worker?.id === 1) {
      logger.warn(
        'rate limits are counted in each worker process: a client may send up to WORKERS × RATE_LIMIT_REQUESTS; set REDIS_URL to count them once',
      );
    }
    return limiterOver(config, memory, async () => {});
  }

  // While Redis is away the insurance limiter counts in this process, so the gateway keeps
  // serving with a per-replica limit.
  const redis = connectRedis(config.redisUrl, logger, 'counting rate limits in this process meanwhile');
  const shared = new RateLimiterRedis({ ...budget, storeClient: redis, insuranceLimiter: memory });
  const connected = new Promise<void>((resolve) => {
    redis.once('ready', () => resolve());
    setTimeout(resolve, READY_WAIT_MS).unref();
  });
  return limiterOver(
    config,
    shared,
    async () => {
      redis.disconnect();
    },
    connected,
  );
}

function limiterOver(
  config: RateLimitConfig,
  limiter: RateLimiterAbstract,
  close: () => Promise<void>,
  connected: Promise<void> = Promise.resolve(),
): RateLimiter {
  return {
    ready: () => connected,
    budget: { requests: config.requests, windowSeconds: config.windowSeconds },
    take: async (client) => {
      try {
        await limiter.consume(client);
        return { allowed: true };
      } catch (refusal) {
        if (!(refusal instanceof RateLimiterRes)) throw refusal;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
      }
    },
    close,
  };
}

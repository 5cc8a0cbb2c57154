import type { Logger } from '@alliance/core';
import { Redis } from 'ioredis';

/**
 * A connection of the gateway's to Redis (REDIS_URL), for what its replicas share: the response
 * cache's generation and entries, and the rate limits' counts. No offline queue and one retry:
 * while Redis is away a request must not wait for it, and each user of the connection falls back
 * on its own (the response cache serves nothing shared, the rate limits count in this process).
 * `meanwhile` says which fallback, once per outage.
 */
export function connectRedis(url: string, logger: Logger, meanwhile: string): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (!reported) logger.warn({ err: error }, `Redis unavailable; ${meanwhile}`);
    reported = true;
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}

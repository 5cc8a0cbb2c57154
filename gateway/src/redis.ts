import type { Logger } from '@alliance/core';
import { Redis } from 'ioredis';

/**
 * The gateway's connection to Redis (REDIS_URL), for what its replicas share. No offline queue
 * and one retry, as for the rate limits: while Redis is away a request must not wait for it, and
 * each user of the connection falls back on its own (the response cache serves nothing shared).
 */
export function connectRedis(url: string, logger: Logger): Redis {
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
  let reported = false;
  redis.on('error', (error: Error) => {
    if (!reported) logger.warn({ err: error }, 'Redis unavailable; the response cache is bypassed meanwhile');
    reported = true;
  });
  redis.on('ready', () => {
    reported = false;
  });
  return redis;
}

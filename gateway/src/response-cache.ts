import cluster from 'node:cluster';
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import type { RequestHandler } from 'express';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Logger } from '@alliance/core';
import type { Redis } from 'ioredis';
import { dataGenerationPlugin, memoryGeneration, redisGeneration, type GenerationContext } from './data-generation.js';
import { connectRedis } from './redis.js';
import { createReplays, type ReplayContext } from './replay.js';

/**
 * Whole responses of queries, cached by Apollo's response cache plugin for as long as the
 * `@cacheControl` hints of the subgraphs allow (the gateway reads them from each subgraph's
 * Cache-Control header and keeps the smallest maxAge and the narrowest scope). PUBLIC answers
 * are shared: by anonymous callers among themselves, by signed-in callers among themselves
 * (the plugin keeps the two apart); PRIVATE ones only with the same Authorization. Every key
 * carries the data generation (data-generation.ts), so a mutation makes every entry unreachable.
 */

/** Roughly what a gateway gives its cache in memory: entries are measured by their JSON's length. */
export const MEMORY_CACHE_BYTES = 64 * 1024 * 1024;

export function memoryCache(maxSize = MEMORY_CACHE_BYTES): KeyValueCache<string> {
  return new InMemoryLRUCache<string>({ maxSize });
}

export const CACHE_KEY_PREFIX = 'alliance-gateway:response:';

/**
 * Apollo's KeyValueCache over the gateway's ioredis connection: entries expire by Redis itself
 * (EX). A Redis that cannot be reached is a miss, never an error the client sees.
 */
export function redisCache(redis: Redis, namespace: string): KeyValueCache<string> {
  const prefix = `${CACHE_KEY_PREFIX}${namespace}:`;
  return {
    async get(key) {
      return (await redis.get(prefix + key).catch(() => null)) ?? undefined;
    },
    async set(key, value, options?: KeyValueCacheSetOptions) {
      const ttl = options?.ttl;
      // The plugin stores only cacheable answers, whose maxAge is at least a second.
      if (!ttl || ttl <= 0) return;
      await redis.set(prefix + key, value, 'EX', Math.ceil(ttl)).catch(() => undefined);
    },
    async delete(key) {
      await redis.del(prefix + key).catch(() => undefined);
    },
  };
}

/** The viewer a PRIVATE answer belongs to: whoever holds this Authorization (hashed, never kept). */
function viewerOf(requestContext: GraphQLRequestContext<BaseContext>): string | null {
  const authorization = requestContext.request.http?.headers.get('authorization');
  return authorization ? createHash('sha256').update(authorization).digest('base64url') : null;
}

/** Without a known generation (Redis away) nothing is read or written: an unknown key could be stale. */
const generationKnown = async (requestContext: GraphQLRequestContext<GenerationContext>) =>
  requestContext.contextValue.dataGeneration !== undefined;

/**
 * Apollo's response cache, keyed by the generation dataGenerationPlugin put on the context: it
 * must come after that plugin, which reads the generation before any entry is looked up.
 * `cache`: memory by default, Redis when REDIS_URL is set.
 */
export function responseCache<C extends GenerationContext & BaseContext>(
  cache: KeyValueCache<string>,
): ApolloServerPlugin<C> {
  return responseCachePlugin<C>({
    cache,
    sessionId: async (requestContext) => viewerOf(requestContext),
    extraCacheKeyData: async (requestContext) => requestContext.contextValue.dataGeneration ?? null,
    shouldReadFromCache: generationKnown,
    shouldWriteToCache: generationKnown,
  });
}

/**
 * The hints are for this gateway's cache, which mutations empty; a browser's or a CDN's copy
 * would not be, and a client reading after its own write could get the copy from before. So
 * clients are told `no-store`, as before the schemas carried hints (Apollo's cache control
 * plugin keeps a header already set to it). The feeds set their own caching (ETag, max-age).
 */
export function clientsStoreNothing<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}

/** RESPONSE_CACHE, DEDUPLICATE_SUBGRAPH_REQUESTS and the REDIS_URL they share (operations.md). */
export interface CacheConfig {
  /** Merge identical subgraph reads in flight (DEDUPLICATE_SUBGRAPH_REQUESTS); default true. */
  deduplicate?: boolean;
  /** Cache whole responses by their hints (RESPONSE_CACHE); default false here, `on` from the environment. */
  responses?: boolean;
  /** redis://…: the generation and the entries shared by every replica; unset keeps both in this process. */
  redisUrl?: string;
}

/**
 * Whose entries these are in a Redis that other deployments (or test stacks) may also use: a hash
 * of the subgraph credentials, which every replica of one deployment sends and no other does.
 */
export function deploymentNamespace(secrets: Record<string, string | undefined> = {}): string {
  const names = Object.keys(secrets).sort();
  const material = JSON.stringify(names.map((name) => [name, secrets[name] ?? null]));
  return createHash('sha256').update(material).digest('base64url').slice(0, 16);
}

/**
 * What the gateway's caching adds to it: plugins for Apollo, the replay of cached answers before
 * Apollo (replay.ts), whether the data sources merge reads, and a close.
 */
export interface Caching<C extends BaseContext> {
  plugins: ApolloServerPlugin<C>[];
  beforeApollo?: RequestHandler;
  deduplicate: boolean;
  close(): Promise<void>;
}

export function createCaching<C extends ReplayContext & BaseContext>(
  config: CacheConfig,
  namespace: string,
  logger: Logger,
): Caching<C> {
  const deduplicate = config.deduplicate ?? true;
  // Workers of one gateway (WORKERS) are processes: without Redis each would count generations
  // of its own, and one would keep answering from before a write another forwarded.
  const responses = (config.responses ?? false) && (config.redisUrl !== undefined || !cluster.isWorker);
  if (config.responses && !responses)
    logger.warn('RESPONSE_CACHE needs REDIS_URL with more than one worker; caching no responses');
  if (!deduplicate && !responses) return { plugins: [clientsStoreNothing<C>()], deduplicate, close: async () => {} };
  const redis = config.redisUrl
    ? connectRedis(config.redisUrl, logger, 'the response cache is bypassed meanwhile')
    : undefined;
  const generation = redis ? redisGeneration(redis, namespace, logger) : memoryGeneration();
  const store = redis ? redisCache(redis, namespace) : memoryCache();
  // After the response cache in the plugins: it sets the Age of an answer it served.
  const replays = responses ? createReplays<C>(generation) : undefined;
  return {
    plugins: [
      clientsStoreNothing<C>(),
      dataGenerationPlugin<C>(generation),
      ...(replays ? [responseCache<C>(store), replays.plugin] : []),
    ],
    beforeApollo: replays?.middleware,
    deduplicate,
    close: async () => {
      redis?.disconnect();
    },
  };
}

import { resolve } from 'node:path';
import { authConfig, authVariables, gatewayVariables, port, readEnvironment, type AuthConfig } from '@alliance/core';
import { z } from 'zod';
import { DEFAULT_LIMITS, type QueryLimits } from './limits.js';
import type { OperationsMode } from './persisted.js';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from './rate-limit.js';
import type { CacheConfig } from './response-cache.js';

const limit = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/**
 * Express's `trust proxy`: unset trusts no proxy (the client is the connection's address); a
 * hop count (`1`), or addresses and subnets (`loopback`, `10.0.0.0/8`) whose X-Forwarded-For
 * is believed. Rate limits count clients by this address when they send no token.
 */
const trustProxy = z
  .string()
  .optional()
  .transform((value) => (value === undefined ? false : /^\d+$/.test(value) ? Number(value) : value));

/**
 * A comma-separated list of origins (`https://intranet.example.org,http://localhost:8080`), or
 * `*` for any. Browsers compare origins exactly, so a path or a typo would silently match
 * nothing: refuse it at start instead. Host case and a trailing slash are forgiven.
 */
const origins = z
  .string()
  .default('')
  .transform((value, ctx) =>
    value
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean)
      .map((item) => {
        const origin = item === '*' ? item : originOf(item);
        if (!origin) {
          ctx.addIssue({
            code: 'custom',
            message: `"${item}" is not an origin: write scheme://host[:port] (e.g. https://intranet.example.org), or * for any`,
          });
        }
        return origin ?? item;
      }),
  );

/** `https://Example.org/` → `https://example.org`; undefined for anything with a path, query or other scheme. */
function originOf(value: string): string | undefined {
  if (!URL.canParse(value)) return undefined;
  const url = new URL(value);
  const bare = url.pathname === '/' && !url.search && !url.hash && !url.username && !value.endsWith('//');
  return bare && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : undefined;
}

/** Every variable the gateway reads (docker-compose.yml and docs/operations.md are checked against it). */
export const environment = z.object({
  ...gatewayVariables,
  GATEWAY_PORT: port(4000),
  REGISTRY_URL: z.url().default('http://127.0.0.1:4001/graphql'),
  CONTACTS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
  /** The web app's build (index.html, embed.html, assets/); unset means the repository's web/dist. */
  WEB_DIR: z.string().min(1).optional(),
  /** Sites that may frame the /embed/ views; unset means this origin only. */
  EMBED_ORIGINS: origins,
  /** Sites whose pages may call /graphql from a browser (the widgets); unset means none. */
  CORS_ORIGINS: origins,
  /**
   * `any`: every query, and automatic persisted queries; `persisted` (for a public deployment):
   * only the trusted documents of gateway/persisted-operations.json, by hash or in full.
   */
  GATEWAY_OPERATIONS: z.enum(['any', 'persisted']).default('any'),
  /** What each subgraph requires of the gateway (its SUBGRAPH_SECRET); `npm start` passes them. */
  REGISTRY_SUBGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  CONTACTS_SUBGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /** How long a subgraph call may take, answer included, before that subgraph counts as unavailable. */
  SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
  /** Tokens are verified here too, as in the subgraphs (same variables, same development secret). */
  ...authVariables,
  /** Query limits (docs/api.md): a query over any of them is refused with 400 before it is planned. */
  GATEWAY_MAX_DEPTH: limit(DEFAULT_LIMITS.depth),
  GATEWAY_MAX_ALIASES: limit(DEFAULT_LIMITS.aliases),
  GATEWAY_MAX_DIRECTIVES: limit(DEFAULT_LIMITS.directives),
  GATEWAY_MAX_TOKENS: limit(DEFAULT_LIMITS.tokens),
  GATEWAY_MAX_COST: limit(DEFAULT_LIMITS.cost),
  /** Requests per client and window; 0 turns rate limiting off. */
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(0).default(DEFAULT_RATE_LIMIT.requests),
  RATE_LIMIT_WINDOW_SECONDS: limit(DEFAULT_RATE_LIMIT.windowSeconds),
  /** redis://…: rate limits shared by every gateway replica; unset counts in each process. */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  TRUST_PROXY: trustProxy,
  /** Identical subgraph reads in flight are sent once (docs/performance.md); `off` sends each. */
  DEDUPLICATE_SUBGRAPH_REQUESTS: z.enum(['on', 'off']).default('on'),
  /** Whole query responses cached by their @cacheControl hints, in Redis with REDIS_URL (docs/performance.md). */
  RESPONSE_CACHE: z.enum(['on', 'off']).default('on'),
});

/** What the gateway serves besides the API: the web app's files and who may use them from elsewhere. */
export interface WebConfig {
  /** Directory of the web build; unset means the repository's web/dist. */
  dir?: string;
  /** Origins that may frame /embed/ views (`*`: any); this origin always may. */
  embedOrigins: string[];
  /** Origins whose pages may call /graphql from a browser (`*`: any); empty means same origin only. */
  corsOrigins: string[];
}

export interface GatewayConfig {
  host: string;
  port: number;
  logLevel: string;
  subgraphUrls: Record<'registry' | 'contacts', string>;
  /** The credential each subgraph requires; the gateway refuses to start without them. */
  subgraphSecrets?: Partial<Record<'registry' | 'contacts', string>>;
  /** Deadline of a subgraph call (SUBGRAPH_TIMEOUT_MS); unset means 10 s. */
  subgraphTimeoutMs?: number;
  /** Unset: the repository's web build, same origin only. */
  web?: WebConfig;
  /** Which operations are run (GATEWAY_OPERATIONS); unset means `any`. */
  operations?: OperationsMode;
  /** Token verification at the perimeter; unset leaves it to the subgraphs alone. */
  auth?: AuthConfig;
  /** Unset: DEFAULT_LIMITS. */
  limits?: QueryLimits;
  /** Unset: DEFAULT_RATE_LIMIT, in memory. */
  rateLimit?: RateLimitConfig;
  /** NODE_ENV=development: validation errors suggest field names ("Did you mean …"); unset means no. */
  development?: boolean;
  /** Express's `trust proxy` (TRUST_PROXY); unset trusts none. */
  trustProxy?: boolean | number | string;
  /** Unset: de-duplication on, no response cache (the environment's RESPONSE_CACHE defaults to on). */
  cache?: CacheConfig;
}

export function loadConfig(env = process.env): GatewayConfig {
  const values = readEnvironment('gateway', environment, env);
  return {
    host: values.HOST,
    port: values.GATEWAY_PORT,
    logLevel: values.LOG_LEVEL,
    subgraphUrls: { registry: values.REGISTRY_URL, contacts: values.CONTACTS_URL },
    subgraphSecrets: { registry: values.REGISTRY_SUBGRAPH_SECRET, contacts: values.CONTACTS_SUBGRAPH_SECRET },
    subgraphTimeoutMs: values.SUBGRAPH_TIMEOUT_MS,
    web: {
      dir: values.WEB_DIR && resolve(values.WEB_DIR),
      embedOrigins: values.EMBED_ORIGINS,
      corsOrigins: values.CORS_ORIGINS,
    },
    operations: values.GATEWAY_OPERATIONS,
    auth: authConfig(values, resolve(values.DATA_DIR)),
    limits: {
      depth: values.GATEWAY_MAX_DEPTH,
      aliases: values.GATEWAY_MAX_ALIASES,
      directives: values.GATEWAY_MAX_DIRECTIVES,
      tokens: values.GATEWAY_MAX_TOKENS,
      cost: values.GATEWAY_MAX_COST,
    },
    rateLimit: {
      requests: values.RATE_LIMIT_REQUESTS,
      windowSeconds: values.RATE_LIMIT_WINDOW_SECONDS,
      redisUrl: values.REDIS_URL,
    },
    development: values.NODE_ENV === 'development',
    trustProxy: values.TRUST_PROXY,
    cache: {
      deduplicate: values.DEDUPLICATE_SUBGRAPH_REQUESTS === 'on',
      responses: values.RESPONSE_CACHE === 'on',
      redisUrl: values.REDIS_URL,
    },
  };
}

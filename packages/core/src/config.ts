import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { AuthConfig } from './auth.js';
import { readSecretFile, secretFile } from './tokens.js';
import { z } from 'zod';
import { DEFAULT_RETRY } from './webhooks/backoff.js';
import { relaySecret } from './webhooks/relay.js';
import { secretBox, type SecretBox } from './webhooks/sealed-secrets.js';
import type { PostOptions } from './webhooks/post.js';
import type { RetryPolicy } from './webhooks/backoff.js';

/**
 * Configuration comes from the environment only (twelve-factor), validated once at start so a
 * typo fails loudly with the variable's name instead of surfacing later as a strange error.
 * Here are the pieces every service shares; each service declares the whole set it reads in its
 * own src/config.ts.
 */

export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** Processes per service (workers.ts); unset: one per core. */
export const workerVariables = {
  WORKERS: z.coerce.number().int().min(1).max(64).default(availableParallelism()),
};

const common = {
  ...workerVariables,
  HOST: z.string().default('127.0.0.1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
};

const storage = {
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL (leave it unset for the embedded SQLite database)')
    .optional(),
};

/**
 * Token verification (docs/identity.md): a development secret, or a production issuer's JWKS.
 * The gateway reads them too, with DATA_DIR for the development secret, to refuse a bad token at
 * the perimeter.
 */
const auth = {
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_ROLES_CLAIM: z.string().default('roles'),
};

/**
 * Webhook delivery, for a service that records changes (docs/partners.md). Loopback receivers
 * are refused unless allowed: development and tests allow them, a public deployment should not.
 */
const webhooks = {
  WEBHOOK_SECRET_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  /** Unset: allowed in development, refused when NODE_ENV is production. */
  WEBHOOK_ALLOW_LOOPBACK: z.stringbool().optional(),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(DEFAULT_RETRY.maxAttempts),
  WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(10).default(DEFAULT_RETRY.baseDelayMs),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
  WEBHOOK_POLL_MS: z.coerce.number().int().min(10).default(1_000),
};
export const webhookVariables = webhooks;

/** What a service that relays its outbox to the registry reads (the contacts service). */
export const relayVariables = {
  WEBHOOK_SECRET_KEY: webhooks.WEBHOOK_SECRET_KEY,
  WEBHOOK_POLL_MS: webhooks.WEBHOOK_POLL_MS,
  WEBHOOK_TIMEOUT_MS: webhooks.WEBHOOK_TIMEOUT_MS,
};

/**
 * The credential the gateway presents to this subgraph (docs/reliability.md); unset means the
 * file `npm start` keeps in the data directory. Without either the subgraph refuses to start.
 */
const perimeter = {
  SUBGRAPH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
};

/** Token verification as the gateway reads it: the same variables, and DATA_DIR for the development secret. */
export const authVariables = { ...auth, DATA_DIR: storage.DATA_DIR };

/** What every subgraph reads: the common variables, its storage, token verification and its credential. */
export const subgraphVariables = { ...common, ...storage, ...auth, ...perimeter };

/** What the gateway reads besides its own variables. */
export const gatewayVariables = { ...common };

/** The variables a service's schema reads (docker-compose and the docs are checked against them). */
export const variablesOf = (environment: z.ZodObject): string[] => Object.keys(environment.shape);

export class ConfigError extends Error {}

/** The environment as a service's schema reads it; every problem named by its variable. */
export function readEnvironment<S extends z.ZodObject>(
  service: string,
  environment: S,
  env: NodeJS.ProcessEnv,
): z.infer<S> {
  const result = environment.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid ${service} configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data;
}

export interface StorageConfig {
  /** Directory of the embedded SQLite files. */
  dataDir: string;
  /** PostgreSQL connection URL; unset means embedded SQLite. */
  databaseUrl: string | undefined;
}

export interface SubgraphConfig {
  host: string;
  port: number;
  logLevel: string;
  storage: StorageConfig;
  auth: AuthConfig;
  /**
   * What the gateway must present in every request to /graphql (SUBGRAPH_SECRET); undefined
   * means the data directory's `subgraph-secret-<service>`, which `npm start` creates.
   */
  gatewaySecret?: string;
}

/** A subgraph's configuration from its variables; `port` is its own (REGISTRY_PORT, CONTACTS_PORT). */
export function subgraphConfig(values: z.infer<z.ZodObject<typeof subgraphVariables>>, port: number): SubgraphConfig {
  const dataDir = resolve(values.DATA_DIR);
  return {
    host: values.HOST,
    port,
    logLevel: values.LOG_LEVEL,
    storage: { dataDir, databaseUrl: values.DATABASE_URL },
    auth: authConfig(values, dataDir),
    gatewaySecret: values.SUBGRAPH_SECRET,
  };
}

/**
 * A JWKS URL wins (production); else AUTH_SECRET; else the secret `npm start` keeps in the data
 * directory. Without any of them the service refuses to start rather than accept every token.
 */
export function authConfig(values: z.infer<z.ZodObject<typeof auth>>, dataDir: string): AuthConfig {
  const claims = { issuer: values.AUTH_ISSUER, audience: values.AUTH_AUDIENCE, rolesClaim: values.AUTH_ROLES_CLAIM };
  if (values.AUTH_JWKS_URL) return { kind: 'jwks', jwksUrl: values.AUTH_JWKS_URL, ...claims };
  const secret = values.AUTH_SECRET ?? readSecretFile(dataDir);
  if (!secret) {
    throw new ConfigError(
      `No way to verify tokens: set AUTH_JWKS_URL (an identity provider) or AUTH_SECRET, or run \`npm start\` once to create ${secretFile(dataDir)}`,
    );
  }
  return { kind: 'secret', secret, ...claims };
}

export interface WebhookConfig {
  secrets: SecretBox;
  /** The key relayed events are signed with (relay.ts), derived from the same material. */
  relaySecret: string;
  retry: RetryPolicy;
  post: PostOptions;
  pollMs: number;
}

/**
 * Signing secrets are sealed under WEBHOOK_SECRET_KEY, or else under the token secret; with an
 * identity provider (JWKS) there is no such secret, and the key must be set.
 */
function secretMaterial(values: { WEBHOOK_SECRET_KEY?: string | undefined }, auth: AuthConfig): string {
  const material = values.WEBHOOK_SECRET_KEY ?? (auth.kind === 'secret' ? auth.secret : undefined);
  if (!material) throw new ConfigError('WEBHOOK_SECRET_KEY: must be set when tokens are verified with AUTH_JWKS_URL');
  return material;
}

export function webhookConfig(
  values: z.infer<z.ZodObject<typeof webhooks & Pick<typeof common, 'NODE_ENV'>>>,
  auth: AuthConfig,
): WebhookConfig {
  const material = secretMaterial(values, auth);
  return {
    secrets: secretBox(material),
    relaySecret: relaySecret(material),
    retry: { ...DEFAULT_RETRY, maxAttempts: values.WEBHOOK_MAX_ATTEMPTS, baseDelayMs: values.WEBHOOK_RETRY_BASE_MS },
    post: {
      timeoutMs: values.WEBHOOK_TIMEOUT_MS,
      maxResponseBytes: 64 * 1024,
      allowLoopback: values.WEBHOOK_ALLOW_LOOPBACK ?? values.NODE_ENV !== 'production',
    },
    pollMs: values.WEBHOOK_POLL_MS,
  };
}

/** How a service relays its outbox: signed with the key the registry derives alike. */
export interface RelayConfig {
  secret: string;
  pollMs: number;
  timeoutMs: number;
}

export function relayConfig(values: z.infer<z.ZodObject<typeof relayVariables>>, auth: AuthConfig): RelayConfig {
  return {
    secret: relaySecret(secretMaterial(values, auth)),
    pollMs: values.WEBHOOK_POLL_MS,
    timeoutMs: values.WEBHOOK_TIMEOUT_MS,
  };
}

import { resolve } from 'node:path';
import type { AuthConfig } from './auth.js';
import { readSecretFile, secretFile } from './tokens.js';
import { z } from 'zod';

/**
 * Configuration comes from the environment only (twelve-factor), validated once at start so a
 * typo fails loudly with the variable's name instead of surfacing later as a strange error.
 */

const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

const common = {
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

/** Token verification (docs/identity.md): a development secret, or a production issuer's JWKS. */
const auth = {
  AUTH_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z.url().optional(),
  AUTH_ISSUER: z.string().optional(),
  AUTH_AUDIENCE: z.string().optional(),
  AUTH_ROLES_CLAIM: z.string().default('roles'),
};

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

export const serviceEnvironment = {
  registry: z.object({
    ...common,
    ...storage,
    ...auth,
    REGISTRY_PORT: port(4001),
    REVIEW_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
    REGISTRY_TODAY: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
      .optional(),
  }),
  contacts: z.object({
    ...common,
    ...storage,
    ...auth,
    CONTACTS_PORT: port(4002),
    /**
     * The gateway, asked (with the caller's token) which organizations acronyms and registers
     * name when a write is checked: the public API, never the registry subgraph directly.
     */
    GATEWAY_URL: z.url().default('http://127.0.0.1:4000/graphql'),
  }),
  gateway: z.object({
    ...common,
    GATEWAY_PORT: port(4000),
    REGISTRY_URL: z.url().default('http://127.0.0.1:4001/graphql'),
    CONTACTS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
    /** The web app's build (index.html, embed.html, assets/); unset means the repository's web/dist. */
    WEB_DIR: z.string().min(1).optional(),
    /** Sites that may frame the /embed/ views; unset means this origin only. */
    EMBED_ORIGINS: origins,
    /** Sites whose pages may call /graphql from a browser (the widgets); unset means none. */
    CORS_ORIGINS: origins,
  }),
} as const;

export type ServiceName = keyof typeof serviceEnvironment;

/** The variables each service reads (docker-compose and the docs are checked against this). */
export function environmentVariables(service: ServiceName): string[] {
  return Object.keys(serviceEnvironment[service].shape);
}

export class ConfigError extends Error {}

function read<S extends ServiceName>(service: S, env: NodeJS.ProcessEnv): z.infer<(typeof serviceEnvironment)[S]> {
  const result = serviceEnvironment[service].safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid ${service} configuration:\n  ${problems.join('\n  ')}`);
  }
  return result.data as z.infer<(typeof serviceEnvironment)[S]>;
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
}

export function loadSubgraphConfig(service: 'registry' | 'contacts', env = process.env): SubgraphConfig {
  const values = read(service, env);
  const dataDir = resolve(values.DATA_DIR);
  return {
    host: values.HOST,
    port: 'REGISTRY_PORT' in values ? values.REGISTRY_PORT : values.CONTACTS_PORT,
    logLevel: values.LOG_LEVEL,
    storage: { dataDir, databaseUrl: values.DATABASE_URL },
    auth: authConfig(values, dataDir),
  };
}

/** Where the contacts service asks about organizations and registers: the gateway's API. */
export const loadGatewayUrl = (env = process.env) => read('contacts', env).GATEWAY_URL;

/**
 * A JWKS URL wins (production); else AUTH_SECRET; else the secret `npm start` keeps in the data
 * directory. Without any of them the service refuses to start rather than accept every token.
 */
function authConfig(values: z.infer<z.ZodObject<typeof auth>>, dataDir: string): AuthConfig {
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

/** How the registry judges dates: its due-soon window and, for demos and tests, a fixed today. */
export interface ScheduleConfig {
  dueSoonDays: number;
  /** A fixed "today" (ISO date); unset means the real date, in UTC. */
  today: string | undefined;
}

export function loadScheduleConfig(env = process.env): ScheduleConfig {
  const values = read('registry', env);
  return { dueSoonDays: values.REVIEW_DUE_SOON_DAYS, today: values.REGISTRY_TODAY };
}

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
  /** Unset: the repository's web build, same origin only. */
  web?: WebConfig;
}

export function loadGatewayConfig(env = process.env): GatewayConfig {
  const values = read('gateway', env);
  return {
    host: values.HOST,
    port: values.GATEWAY_PORT,
    logLevel: values.LOG_LEVEL,
    subgraphUrls: { registry: values.REGISTRY_URL, contacts: values.CONTACTS_URL },
    web: {
      dir: values.WEB_DIR && resolve(values.WEB_DIR),
      embedOrigins: values.EMBED_ORIGINS,
      corsOrigins: values.CORS_ORIGINS,
    },
  };
}

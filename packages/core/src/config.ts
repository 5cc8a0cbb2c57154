import { resolve } from 'node:path';
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

export const serviceEnvironment = {
  registry: z.object({
    ...common,
    ...storage,
    REGISTRY_PORT: port(4001),
    REVIEW_DUE_SOON_DAYS: z.coerce.number().int().min(0).max(3650).default(90),
    REGISTRY_TODAY: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)')
      .optional(),
  }),
  contacts: z.object({ ...common, ...storage, CONTACTS_PORT: port(4002) }),
  gateway: z.object({
    ...common,
    GATEWAY_PORT: port(4000),
    REGISTRY_URL: z.url().default('http://127.0.0.1:4001/graphql'),
    CONTACTS_URL: z.url().default('http://127.0.0.1:4002/graphql'),
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
  production: boolean;
  storage: StorageConfig;
}

export function loadSubgraphConfig(service: 'registry' | 'contacts', env = process.env): SubgraphConfig {
  const values = read(service, env);
  return {
    host: values.HOST,
    port: 'REGISTRY_PORT' in values ? values.REGISTRY_PORT : values.CONTACTS_PORT,
    logLevel: values.LOG_LEVEL,
    production: values.NODE_ENV === 'production',
    storage: { dataDir: resolve(values.DATA_DIR), databaseUrl: values.DATABASE_URL },
  };
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

export interface GatewayConfig {
  host: string;
  port: number;
  logLevel: string;
  production: boolean;
  subgraphUrls: Record<'registry' | 'contacts', string>;
}

export function loadGatewayConfig(env = process.env): GatewayConfig {
  const values = read('gateway', env);
  return {
    host: values.HOST,
    port: values.GATEWAY_PORT,
    logLevel: values.LOG_LEVEL,
    production: values.NODE_ENV === 'production',
    subgraphUrls: { registry: values.REGISTRY_URL, contacts: values.CONTACTS_URL },
  };
}

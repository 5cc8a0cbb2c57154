import { resolve } from 'node:path';
import { gatewayVariables, port, readEnvironment } from '@alliance/core';
import { z } from 'zod';
import type { OperationsMode } from './persisted.js';

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
  };
}

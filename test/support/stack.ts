import { randomBytes } from 'node:crypto';
import {
  createLogger,
  mintToken,
  RELAY_PATH,
  type AuthConfig,
  type Logger,
  type RunningServer,
  type RunningSubgraph,
  type SubgraphConfig,
} from '@alliance/core';
import { seedIfEmpty } from '@alliance/cli';
import { createClient, type AllianceClient } from '@alliance/client';
import { loadRelayConfig, startContacts } from '@alliance/contacts';
import { startGateway, type GatewayConfig, type WebConfig } from '@alliance/gateway';
import { startRegistry } from '@alliance/registry';
import { freshStorage } from './storage.js';

/**
 * The whole registry for one test file: both subgraphs and the gateway, real servers on free
 * loopback ports talking real HTTP, each subgraph on its own fresh database. With DATABASE_URL
 * set (postgres://…) every stack gets a database of its own on that server, dropped at stop;
 * otherwise SQLite files in a temporary directory.
 */
export interface Stack {
  gatewayUrl: string;
  /** A client signed in as an admin (the seed, imports of fixtures). */
  client: AllianceClient;
  /** The stack's token settings: a random HS256 secret of its own. */
  auth: AuthConfig & { kind: 'secret' };
  /**
   * The credential each subgraph requires of the gateway (random, per stack): for a second
   * gateway on the same subgraphs, or a test that calls a subgraph directly as the gateway does.
   */
  subgraphSecrets: Record<'registry' | 'contacts', string>;
  /** Mints a token from the stack's secret: `await stack.token('editor:MEF')`. */
  token(...roles: string[]): Promise<string>;
  /** Tokens of a reader who sees personal data (`member:MEF`) and of an admin. */
  tokens: { member: string; admin: string };
  registry: RunningSubgraph;
  contacts: RunningSubgraph;
  gateway: RunningServer;
  /**
   * POSTs a query to the gateway and returns the whole response body (data and errors);
   * anonymous unless a token is given.
   */
  query<T = any>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  /**
   * Another gateway on the stack's subgraphs, with the stack's token settings and credentials and
   * the settings given on top (a rate limit, a cache, other subgraph URLs…); stopped with the stack.
   */
  gatewayWith(settings: Partial<GatewayConfig>, gatewayLogger?: Logger): Promise<RunningServer>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

const randomSecret = () => randomBytes(32).toString('base64url');

const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');

export interface StackOptions {
  /** Load the seed register through the gateway (default true). */
  seed?: boolean;
  /** The registry's "today" (ISO date) for review statuses and overdue findings; default the real date. */
  today?: string;
  /** The gateway's web settings (build directory, EMBED_ORIGINS, CORS_ORIGINS); default same origin only. */
  web?: Partial<WebConfig>;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const { storage, drop } = await freshStorage();
  const auth = { kind: 'secret' as const, secret: randomBytes(32).toString('base64url'), rolesClaim: 'roles' };
  const subgraphSecrets = { registry: randomSecret(), contacts: randomSecret() };
  const subgraph = (name: keyof typeof subgraphSecrets): SubgraphConfig => ({
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    storage,
    auth,
    gatewaySecret: subgraphSecrets[name],
  });
  const registry = await startRegistry(subgraph('registry'), logger, { dueSoonDays: 90, today: options.today });
  // Contacts asks the gateway about organizations and registers; it starts after them.
  let gatewayUrl = '';
  // Its events go to the registry just started (at /internal/events), signed with the key both derive.
  const relay = { ...loadRelayConfig(auth), target: new URL(RELAY_PATH, registry.url).href };
  const contacts = await startContacts(subgraph('contacts'), logger, () => gatewayUrl, relay);
  const gatewayConfig: GatewayConfig = {
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    subgraphUrls: { registry: registry.url, contacts: contacts.url },
    subgraphSecrets,
    auth,
    web: { embedOrigins: [], corsOrigins: [] },
  };
  const gateway = await startGateway(
    { ...gatewayConfig, web: { embedOrigins: [], corsOrigins: [], ...options.web } },
    logger,
  );
  const others: RunningServer[] = [];
  const gatewayWith = async (settings: Partial<GatewayConfig>, gatewayLogger = logger) => {
    const other = await startGateway({ ...gatewayConfig, ...settings }, gatewayLogger);
    others.push(other);
    return other;
  };
  gatewayUrl = gateway.url;
  const token = (...roles: string[]) =>
    mintToken({ secret: auth.secret, subject: roles.join('+') || 'nobody', name: 'Test User', roles });
  const tokens = { member: await token('member:MEF'), admin: await token('admin') };
  const client = createClient({ endpoint: gateway.url, token: tokens.admin });
  if (options.seed !== false) await seedIfEmpty(client);

  const query = async <T>(
    text: string,
    variables: Record<string, unknown> = {},
    bearer?: string,
  ): Promise<GraphQLResponse<T>> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
      body: JSON.stringify({ query: text, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  let stopped = false;
  return {
    gatewayUrl: gateway.url,
    client,
    auth,
    subgraphSecrets,
    token,
    tokens,
    registry,
    contacts,
    gateway,
    query,
    gatewayWith,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // A test may have stopped its own gateways already; that is not a failure of the stack's stop.
      await Promise.allSettled(others.map((other) => other.stop()));
      await gateway.stop();
      await Promise.allSettled([registry.stop(), contacts.stop()]);
      await drop();
    },
  };
}

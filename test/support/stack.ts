import { createLogger, type RunningServer, type RunningSubgraph, type SubgraphConfig } from '@alliance/core';
import { createClient, seedIfEmpty, type GraphQLClient } from '@alliance/cli';
import { startContacts } from '@alliance/contacts';
import { startGateway } from '@alliance/gateway';
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
  client: GraphQLClient;
  registry: RunningSubgraph;
  contacts: RunningSubgraph;
  gateway: RunningServer;
  /** POSTs a query to the gateway and returns the whole response body (data and errors). */
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

const logger = createLogger('test', process.env.LOG_LEVEL ?? 'silent');

export interface StackOptions {
  /** Load the seed register through the gateway (default true). */
  seed?: boolean;
  /** The registry's "today" (ISO date) for review statuses and overdue findings; default the real date. */
  today?: string;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const { storage, drop } = await freshStorage();
  const subgraph = (): SubgraphConfig => ({
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    production: false,
    storage,
  });
  const registry = await startRegistry(subgraph(), logger, { dueSoonDays: 90, today: options.today });
  const contacts = await startContacts(subgraph(), logger);
  const gateway = await startGateway(
    {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      production: false,
      subgraphUrls: { registry: registry.url, contacts: contacts.url },
    },
    logger,
  );
  const client = createClient(gateway.url);
  if (options.seed !== false) await seedIfEmpty(client);

  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: text, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  let stopped = false;
  return {
    gatewayUrl: gateway.url,
    client,
    registry,
    contacts,
    gateway,
    query,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await gateway.stop();
      await Promise.allSettled([registry.stop(), contacts.stop()]);
      await drop();
    },
  };
}

import { readFileSync } from 'node:fs';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import type { Express } from 'express';
import type { EntitySchema, MixedList } from 'typeorm';
import { createAuthenticator, type Viewer } from './auth.js';
import { staticCacheControl } from './cache-policy.js';
import { ConfigError, type SubgraphConfig } from './config.js';
import { openDatabase, type Database } from './database.js';
import type { Logger } from './logger.js';
import { serve, type RunningServer } from './server.js';
import { requireGatewayCredential } from './subgraph-credential.js';
import { readSubgraphSecret, subgraphSecretFile } from './tokens.js';

/** The resolver map buildSubgraphSchema takes (its type is not among the package's exports). */
type SubgraphResolvers = Extract<Parameters<typeof buildSubgraphSchema>[0], { resolvers?: unknown }>['resolvers'];

export interface SubgraphOptions<C extends object> {
  name: string;
  /** The subgraph's SDL file (SDL first: the schema is written, not generated). */
  schemaFile: URL;
  /**
   * The service's resolver map, typed against its own SDL by graphql-codegen
   * (src/generated/resolvers.ts); Apollo's looser map type is applied once, below.
   */
  resolvers: object;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntitySchema<any>[];
  migrations: MixedList<new () => unknown>;
  config: SubgraphConfig;
  logger: Logger;
  /**
   * A fresh context (with fresh DataLoaders) for each request, for the caller its token names;
   * `authorization` is the header as sent, for a service that asks others on the caller's behalf.
   */
  context: (db: Database, viewer: Viewer, authorization: string | undefined) => C;
  /** Runs once after migrations, before serving (e.g. loading reference data). */
  prepare?: (db: Database) => Promise<void>;
  /** Routes beside /graphql for other services, not clients (the registry's event relay). */
  routes?: (app: Express, db: Database) => void;
  /**
   * The schema's `@cacheControl` hints are all its resolvers need (none sets one at run time):
   * each operation's policy is read from them once (cache-policy.ts), not field by field.
   */
  staticCacheHints?: boolean;
}

export interface RunningSubgraph extends RunningServer {
  db: Database;
}

/** Opens and migrates the subgraph's database, then serves its schema over HTTP. */
export async function startSubgraph<C extends object>(options: SubgraphOptions<C>): Promise<RunningSubgraph> {
  const { config, logger } = options;
  const gatewaySecret = gatewaySecretOf(options.name, config);
  const db = await openDatabase({
    service: options.name,
    storage: config.storage,
    entities: options.entities,
    migrations: options.migrations,
    logger,
  });
  logger.info(`${options.name} database: ${db.kind === 'postgres' ? `PostgreSQL schema "${options.name}"` : 'SQLite'}`);
  await options.prepare?.(db);
  const authenticate = createAuthenticator(config.auth);
  const schema = buildSubgraphSchema({
    typeDefs: parse(readFileSync(options.schemaFile, 'utf8')),
    resolvers: options.resolvers as SubgraphResolvers,
  });
  try {
    const server = await serve<C>({
      name: options.name,
      host: config.host,
      port: config.port,
      logger,
      // Inline traces feed Apollo's hosted studio, which this registry does not use.
      apollo: {
        schema,
        introspection: true,
        plugins: [
          ApolloServerPluginInlineTraceDisabled(),
          ...(options.staticCacheHints ? [ApolloServerPluginCacheControlDisabled(), staticCacheControl()] : []),
        ],
      },
      context: async (req) =>
        options.context(db, await authenticate(req.headers.authorization), req.headers.authorization),
      health: () => db.ping(),
      guard: requireGatewayCredential(options.name, gatewaySecret),
      admitOnePerTurn: true,
      ...(options.routes ? { afterGraphQL: (app: Express) => options.routes!(app, db) } : {}),
    });
    return {
      ...server,
      db,
      // In this order: the server finishes the requests in flight (their transactions commit
      // or roll back), then the database closes.
      stop: async () => {
        await server.stop();
        await db.close();
        logger.info(`${options.name} database closed`);
      },
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * The credential this subgraph requires of the gateway: SUBGRAPH_SECRET, else the file `npm start`
 * creates. Without one the subgraph does not start: answering anyone would be the hole this closes.
 */
function gatewaySecretOf(service: string, config: SubgraphConfig): string {
  const secret = config.gatewaySecret ?? readSubgraphSecret(config.storage.dataDir, service);
  if (!secret) {
    throw new ConfigError(
      `No credential for the gateway's calls to ${service}: set SUBGRAPH_SECRET (the gateway's ${service.toUpperCase()}_SUBGRAPH_SECRET), or run \`npm start\` once to create ${subgraphSecretFile(config.storage.dataDir, service)}`,
    );
  }
  return secret;
}

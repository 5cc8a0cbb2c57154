import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.js';

export interface ServeOptions<C extends BaseContext> {
  name: string;
  host: string;
  port: number;
  logger: Logger;
  /** Schema (subgraph) or gateway; `serve` adds draining, error masking and logging. */
  apollo: ApolloServerOptions<C>;
  context: (req: Request) => Promise<C>;
  /**
   * Throws when the service cannot serve (e.g. its database is unreachable); what it returns is
   * added to the /health answer (the gateway reports its subgraphs there).
   */
  health: () => Promise<Record<string, unknown> | void>;
  /**
   * Mounts middleware that must see a request before Apollo does (the gateway's CORS and the
   * explorer's headers on /graphql). The subgraphs mount nothing.
   */
  beforeGraphQL?: (app: Express) => void;
  /** Mounts routes after /health and /graphql (the gateway serves the web app's files there). */
  afterGraphQL?: (app: Express) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Codes whose messages are written for clients; anything else is an internal error. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'CONFLICT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'OPERATION_NOT_ALLOWED',
  'SERVICE_UNAVAILABLE',
]);

/** Internal errors reach the log with their stack, and the client as a plain message. */
export function maskInternalErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: unwrapResolverError(error), path: formatted.path }, formatted.message);
    return {
      message: 'Internal server error; the service log has the details.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * A body express.json() refuses (not JSON, over the limit) is answered as a GraphQL response
 * with its HTTP status and BAD_REQUEST, not Express's HTML error page with the parser's stack.
 */
const requestBodyRefused: ErrorRequestHandler = (error: { status?: unknown; type?: unknown }, req, res, next) => {
  const status = typeof error?.status === 'number' ? error.status : 500;
  if (status >= 500 || res.headersSent) return next(error);
  const message =
    error.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : error.type === 'entity.too.large'
        ? 'The request body is larger than 2 MB.'
        : 'The request body cannot be read.';
  const type = req.accepts(['application/json', 'application/graphql-response+json']) || 'application/json';
  res
    .status(status)
    .type(type)
    .json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
};

/**
 * Starts one HTTP service: POST/GET /graphql and GET /health. Every service of the registry
 * (both subgraphs and the gateway) is started this way, so they behave alike; the gateway adds
 * its browser-facing routes through `beforeGraphQL` and `afterGraphQL`.
 */
export async function serve<C extends BaseContext>(options: ServeOptions<C>): Promise<RunningServer> {
  const { logger } = options;
  const app = express();
  const httpServer = createServer(app);
  const mask = maskInternalErrors(logger);
  const apollo = new ApolloServer<C>({
    ...options.apollo,
    plugins: [...(options.apollo.plugins ?? []), ApolloServerPluginDrainHttpServer({ httpServer })],
    formatError: mask,
    includeStacktraceInErrorResponses: false,
    // stopOnSignals() owns shutdown: it stops the server and closes the database in order.
    stopOnTerminationSignals: false,
  } as ApolloServerOptions<C>);
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      const details = await options.health();
      res.json({ status: 'ok', service: options.name, ...details });
    } catch (error) {
      logger.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  options.beforeGraphQL?.(app);
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: ({ req }) => options.context(req) }),
    requestBodyRefused,
  );
  options.afterGraphQL?.(app);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host}:${port}/graphql`;
  logger.info(`${options.name} ready at ${url}`);
  return {
    url,
    port,
    stop: async () => {
      await apollo.stop();
      logger.info(`${options.name} stopped`);
    },
  };
}

/** Stops the given servers on SIGINT/SIGTERM, then runs `cleanup` and exits. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}

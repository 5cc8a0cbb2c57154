import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { expressMiddleware } from '@as-integrations/express5';
import express, {
  type ErrorRequestHandler,
  type Express,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { admitOnePerTurn } from './admission.js';
import { isDatabaseUnreachable } from './database-errors.js';
import { drainable } from './drain.js';
import { withLogScope, type Logger } from './logger.js';

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
   * Whether the service can answer every request now (GET /ready: 200, or 503 with what is
   * missing). Unset, /ready is /health: a subgraph is ready when its database answers.
   */
  ready?: () => Promise<Readiness>;
  /**
   * Runs before a request to /graphql is read: the subgraphs refuse there whatever does not
   * come from the gateway (subgraph-credential.ts). The gateway, being public, has none.
   */
  guard?: RequestHandler;
  /**
   * Mounts middleware that must see a request before Apollo does (the gateway's CORS and the
   * explorer's headers on /graphql). The subgraphs mount nothing.
   */
  beforeGraphQL?: (app: Express) => void;
  /**
   * Runs once the body is read (its bytes are on the request: `rawBodyOf`), in the request's log
   * scope, just before Apollo: the gateway answers there from its replay of cached answers.
   */
  beforeApollo?: RequestHandler;
  /**
   * Starts the requests to /graphql one per turn of the event loop (admission.ts): the subgraphs,
   * whose requests on SQLite never wait for I/O and would otherwise keep new connections waiting.
   * The gateway's requests wait for its subgraphs, so it starts each at once.
   */
  admitOnePerTurn?: boolean;
  /** Mounts routes after /health and /graphql (the gateway serves the web app's files there). */
  afterGraphQL?: (app: Express) => void;
}

export interface Readiness extends Record<string, unknown> {
  ready: boolean;
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

/**
 * The request id on the context, under a symbol no resolver reads. (Apollo hands its plugins a
 * copy of the context, so a map keyed by the context object would not find it.)
 */
const REQUEST_ID_OF_CONTEXT = Symbol('request id');
type WithRequestId = { [REQUEST_ID_OF_CONTEXT]?: string };

type ErrorKind = 'client' | 'unavailable' | 'internal';

/** A client error (its message is written for clients), an outage, or a bug. */
const kindOf = (code: unknown, original: unknown): ErrorKind =>
  typeof code === 'string' && CLIENT_CODES.has(code)
    ? 'client'
    : isDatabaseUnreachable(original)
      ? 'unavailable'
      : 'internal';

const logError = (logger: Logger, kind: ErrorKind, original: unknown, path: unknown, message: string) => {
  if (kind === 'unavailable') logger.warn({ err: original, path }, 'database unreachable');
  else if (kind === 'internal') logger.error({ err: original, path }, message);
};

/**
 * Internal errors reach the log with their stack, and the client as a plain message. A database
 * that cannot be reached is not a bug but an outage the client can wait out: SERVICE_UNAVAILABLE,
 * naming the service (never the database's address). Errors of a request are logged by
 * `logRequestErrors` with the request's id; this logs only those no request reported (`logged`).
 */
export function maskInternalErrors(logger: Logger, service: string, logged: WeakSet<object> = new WeakSet()) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const kind = kindOf(formatted.extensions?.code, original);
    if (kind === 'client') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    if (!(typeof original === 'object' && original && logged.has(original))) {
      logError(logger, kind, original, formatted.path, formatted.message);
    }
    if (kind === 'unavailable') {
      return {
        message: `The ${service} service cannot reach its database; try again shortly.`,
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'SERVICE_UNAVAILABLE', service },
      };
    }
    return {
      message: 'Internal server error; the service log has the details.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Logs a request's internal errors and outages with its request id (Apollo reports them here
 * before it formats them), and notes them in `logged` so the mask does not log them again.
 */
function logRequestErrors<C extends BaseContext>(logger: Logger, logged: WeakSet<object>): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          const requestLogger = logger.child({ requestId: (contextValue as WithRequestId)[REQUEST_ID_OF_CONTEXT] });
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const kind = kindOf(error.extensions?.code, original);
            if (kind === 'client') continue;
            logError(requestLogger, kind, original, error.path, error.message);
            if (typeof original === 'object' && original) logged.add(original);
          }
        },
      };
    },
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

const RAW_BODY = Symbol('raw body');
type WithRawBody = Request & { [RAW_BODY]?: Buffer };

/** Keeps the bytes express.json() parsed on the request, for whoever needs them as they came. */
const keepRawBody = (req: Request, _res: Response, body: Buffer) => {
  (req as WithRawBody)[RAW_BODY] = body;
};

/** The JSON body of a POST to /graphql as its bytes came; undefined for any other request. */
export const rawBodyOf = (req: Request): Buffer | undefined => (req as WithRawBody)[RAW_BODY];

/** What a request id may look like when a caller sends one: no spaces, quotes or control characters. */
const REQUEST_ID = /^[\w.:@/+=-]{1,128}$/;

/**
 * Every answer of every service carries an `x-request-id`: the caller's when it is well-formed
 * (the gateway sends its own to the subgraphs), else a new one. Mounted before every route, so
 * /health, the web app's files and refusals before Apollo carry it too.
 */
const assignRequestId: RequestHandler = (req, res, next) => {
  const sent = req.get('x-request-id');
  res.set('x-request-id', sent && REQUEST_ID.test(sent) ? sent : randomUUID());
  next();
};

/** The id assignRequestId chose for this request's answer. */
export const requestIdOf = (res: Response): string => res.get('x-request-id') as string;

/**
 * At debug and trace, every log line written while a request is served carries its id (each SQL
 * statement's, say). Entered after the body is read, because body parsing runs in the socket's
 * async context and would lose the scope. Not at info and above: the scope is an
 * AsyncLocalStorage, which on Node 20 hooks every promise of every request (7–13 % of the
 * registry's CPU per request, docs/performance.md), and the lines written there, a request's
 * errors, carry its id without it (`logRequestErrors`).
 */
const inRequestLogScope =
  (logger: Logger): RequestHandler =>
  (_req, res, next) => {
    if (logger.isLevelEnabled('debug')) withLogScope({ requestId: requestIdOf(res) }, next);
    else next();
  };

/** Ready when healthy: a subgraph needs nothing but its database. */
const healthAsReadiness = (health: () => Promise<unknown>) => () =>
  health().then(
    () => ({ ready: true }),
    () => ({ ready: false, missing: ['database'] }),
  );

/**
 * Starts one HTTP service: POST/GET /graphql, GET /health and GET /ready. Every service of the registry
 * (both subgraphs and the gateway) is started this way, so they behave alike; the gateway adds
 * its browser-facing routes through `beforeGraphQL` and `afterGraphQL`.
 */
export async function serve<C extends BaseContext>(options: ServeOptions<C>): Promise<RunningServer> {
  const { logger } = options;
  const app = express();
  const httpServer = createServer(app);
  const drainer = drainable(httpServer, options.name);
  const logged = new WeakSet<object>();
  const mask = maskInternalErrors(logger, options.name, logged);
  const apollo = new ApolloServer<C>({
    ...options.apollo,
    plugins: [...(options.apollo.plugins ?? []), logRequestErrors<C>(logger, logged)],
    formatError: mask,
    includeStacktraceInErrorResponses: false,
    // stopOnSignals() owns shutdown: it stops the server and closes the database in order.
    stopOnTerminationSignals: false,
  } as ApolloServerOptions<C>);
  await apollo.start();

  app.use(assignRequestId);
  app.use(drainer.refuseWhileDraining);
  app.get('/health', async (_req, res) => {
    try {
      const details = await options.health();
      res.json({ status: 'ok', service: options.name, ...details });
    } catch (error) {
      logger.warn({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  app.get('/ready', async (_req, res) => {
    const { ready, ...details } = await (options.ready ?? healthAsReadiness(options.health))();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'unavailable', service: options.name, ...details });
  });
  options.beforeGraphQL?.(app);
  app.use(
    '/graphql',
    ...(options.guard ? [options.guard] : []),
    express.json({ limit: '2mb', verify: keepRawBody }),
    ...(options.admitOnePerTurn ? [admitOnePerTurn()] : []),
    inRequestLogScope(logger),
    ...(options.beforeApollo ? [options.beforeApollo] : []),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const context = await options.context(req);
        return Object.assign(context, { [REQUEST_ID_OF_CONTEXT]: requestIdOf(res) });
      },
    }),
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
    // Requests taken are answered before Apollo stops (drain.ts); then Apollo, then the caller's database.
    stop: async () => {
      await drainer.drain();
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

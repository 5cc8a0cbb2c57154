import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { createVerifier, requestIdOf, serve, type Logger, type RunningServer } from '@alliance/core';
import { operationGuard } from './operation-guard.js';
import type { GatewayConfig } from './config.js';
import { createExplorer } from './explorer.js';
import { mountFeeds } from './feeds/index.js';
import { DEFAULT_LIMITS, queryLimits } from './limits.js';
import { perimeter, requestIdInErrors } from './perimeter.js';
import { loadPersistedOperations, persistedOperationsPlugin } from './persisted.js';
import { createRateLimiter, DEFAULT_RATE_LIMIT } from './rate-limit.js';
import { replaySlotOf } from './replay.js';
import { createCaching, deploymentNamespace } from './response-cache.js';
import {
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  SubgraphDataSource,
  subgraphHealth,
  subgraphReadiness,
  type GatewayContext,
} from './subgraphs.js';
import { DEFAULT_WEB_DIR, graphqlCors, mountWeb } from './web.js';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/**
 * The gateway knows the subgraphs only by the committed supergraph and their URLs from
 * configuration; it never imports their code. Besides the API it serves browsers: the explorer
 * on GET /graphql, CORS for the configured origins, and the web app's build on every other path.
 */
export async function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningServer> {
  // @apollo/gateway reports anonymous usage to Apollo unless told not to; a registry's
  // traffic is its members' business.
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const urls: Record<string, string> = config.subgraphUrls;
  // In-flight de-duplication and the response cache (docs/performance.md).
  const caching = createCaching<GatewayContext>(
    config.cache ?? {},
    deploymentNamespace(config.subgraphSecrets),
    logger,
  );
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        {
          name,
          url: urls[name] ?? url!,
          secret: (config.subgraphSecrets as Record<string, string | undefined> | undefined)?.[name],
          timeoutMs: config.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS,
          deduplicate: caching.deduplicate,
        },
        logger,
      ),
    logger,
  });
  const web = config.web ?? { embedOrigins: [], corsOrigins: [] };
  const explorer = createExplorer();
  const cors = graphqlCors(web.corsOrigins);
  const operations = persistedOperationsPlugin(loadPersistedOperations(), config.operations ?? 'any');
  const limits = queryLimits({
    limits: config.limits ?? DEFAULT_LIMITS,
    fieldSuggestions: config.development ?? false,
  });
  const rate = config.rateLimit ?? DEFAULT_RATE_LIMIT;
  const rateLimiter = rate.requests > 0 ? createRateLimiter(rate, logger) : undefined;
  await rateLimiter?.ready();
  const guard = perimeter({ verify: config.auth && createVerifier(config.auth), rateLimiter });
  const server = await serve({
    name: 'gateway',
    host: config.host,
    port: config.port,
    logger,
    apollo: {
      gateway,
      introspection: true,
      plugins: [
        operationGuard(),
        explorer.plugin,
        operations,
        ...limits.plugins,
        requestIdInErrors(logger),
        ...caching.plugins,
      ],
      validationRules: limits.validationRules,
      parseOptions: limits.parseOptions,
    },
    // requestId: the subgraph data sources send it on as x-request-id.
    context: async (req) => ({
      authorization: req.headers.authorization,
      requestId: requestIdOf(req.res!),
      replay: replaySlotOf(req.res!),
    }),
    // The gateway is alive while it answers; which subgraphs answer is reported, not fatal.
    health: async () => ({ subgraphs: await subgraphHealth(urls) }),
    ready: () => subgraphReadiness(urls),
    beforeGraphQL: (app) => {
      app.set('trust proxy', config.trustProxy ?? false);
      mountFeeds(app, logger); // /feeds/*: before the web app, which answers every path it reaches
      if (cors) app.use('/graphql', cors);
      // After CORS: a browser's preflight (OPTIONS) is answered before it could count or be refused.
      app.use('/graphql', guard);
      // Set on every GET: only the explorer page is a document, and a policy on JSON is inert.
      app.get('/graphql', (_req, res, next) => {
        res.set(explorer.headers);
        next();
      });
    },
    beforeApollo: caching.beforeApollo,
    afterGraphQL: (app) => mountWeb(app, { dir: web.dir ?? DEFAULT_WEB_DIR, embedOrigins: web.embedOrigins }),
  });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await rateLimiter?.close();
      await caching.close();
    },
  };
}

import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { serve, type Logger, type RunningServer } from '@alliance/core';
import type { GatewayConfig } from './config.js';
import { createExplorer } from './explorer.js';
import { mountFeeds } from './feeds/index.js';
import { loadPersistedOperations, persistedOperationsPlugin } from './persisted.js';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS, SubgraphDataSource, subgraphHealth, subgraphReadiness } from './subgraphs.js';
import { DEFAULT_WEB_DIR, graphqlCors, mountWeb } from './web.js';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/**
 * The gateway knows the subgraphs only by the committed supergraph and their URLs from
 * configuration; it never imports their code. Besides the API it serves browsers: the explorer
 * on GET /graphql, CORS for the configured origins, and the web app's build on every other path.
 */
export function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningServer> {
  // @apollo/gateway reports anonymous usage to Apollo unless told not to; a registry's
  // traffic is its members' business.
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const urls: Record<string, string> = config.subgraphUrls;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource(
        {
          name,
          url: urls[name] ?? url!,
          secret: (config.subgraphSecrets as Record<string, string | undefined> | undefined)?.[name],
          timeoutMs: config.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS,
        },
        logger,
      ),
    logger,
  });
  const web = config.web ?? { embedOrigins: [], corsOrigins: [] };
  const explorer = createExplorer();
  const cors = graphqlCors(web.corsOrigins);
  const operations = persistedOperationsPlugin(loadPersistedOperations(), config.operations ?? 'any');
  return serve({
    name: 'gateway',
    host: config.host,
    port: config.port,
    logger,
    apollo: { gateway, introspection: true, plugins: [explorer.plugin, operations] },
    context: async (req) => ({ authorization: req.headers.authorization }),
    // The gateway is alive while it answers; which subgraphs answer is reported, not fatal.
    health: async () => ({ subgraphs: await subgraphHealth(urls) }),
    ready: () => subgraphReadiness(urls),
    beforeGraphQL: (app) => {
      mountFeeds(app, logger); // /feeds/*: before the web app, which answers every path it reaches
      if (cors) app.use('/graphql', cors);
      // Set on every GET: only the explorer page is a document, and a policy on JSON is inert.
      app.get('/graphql', (_req, res, next) => {
        res.set(explorer.headers);
        next();
      });
    },
    afterGraphQL: (app) => mountWeb(app, { dir: web.dir ?? DEFAULT_WEB_DIR, embedOrigins: web.embedOrigins }),
  });
}

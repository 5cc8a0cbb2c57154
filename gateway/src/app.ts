import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { serve, type GatewayConfig, type Logger, type RunningServer } from '@alliance/core';
import type { GraphQLFormattedError } from 'graphql';
import { createExplorer } from './explorer.js';
import { DEFAULT_WEB_DIR, graphqlCors, mountWeb } from './web.js';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

interface SubgraphResponse {
  status?: number;
  body?: { errors?: GraphQLFormattedError[] };
}

/**
 * Errors from the subgraphs reach clients as the subgraph wrote them, never with an internal
 * address (FIELD-NOTES, Apollo). A request a subgraph rejected as a whole (HTTP 400, e.g. a
 * malformed Date in a variable) comes back as its own error and code; a subgraph that cannot be
 * reached is named instead of its URL.
 */
function clientFacingError(urls: Record<string, string>) {
  return (error: GraphQLFormattedError): GraphQLFormattedError => {
    const response = error.extensions?.response as SubgraphResponse | undefined;
    const rejected = response?.status === 400 ? response.body?.errors?.[0] : undefined;
    if (rejected) {
      return {
        message: rejected.message,
        ...(error.path ? { path: error.path } : {}),
        extensions: { code: rejected.extensions?.code ?? 'BAD_USER_INPUT' },
      };
    }
    const failed = Object.entries(urls).find(([, url]) => error.message.includes(url));
    if (!failed) return error;
    return {
      ...error,
      message: `The ${failed[0]} service is unavailable; the rest of the answer is complete. Try again shortly.`,
      extensions: { code: 'SERVICE_UNAVAILABLE', service: failed[0] },
    };
  };
}

interface GatewayContext {
  authorization?: string;
}

/**
 * Passes the caller's Authorization header on to every subgraph request. The gateway decides
 * nothing about identity: each subgraph verifies the token and applies its own rules.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}

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
    buildService: ({ name, url }) => new ForwardingDataSource({ url: urls[name] ?? url }),
    logger,
  });
  const web = config.web ?? { embedOrigins: [], corsOrigins: [] };
  const explorer = createExplorer();
  const cors = graphqlCors(web.corsOrigins);
  return serve({
    name: 'gateway',
    host: config.host,
    port: config.port,
    logger,
    apollo: { gateway, introspection: true, plugins: [explorer.plugin] },
    context: async (req) => ({ authorization: req.headers.authorization }),
    health: async () => undefined,
    rewriteError: clientFacingError(urls),
    beforeGraphQL: (app) => {
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

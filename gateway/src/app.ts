import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { serve, type GatewayConfig, type Logger, type RunningServer } from '@alliance/core';
import type { GraphQLFormattedError } from 'graphql';

export const SUPERGRAPH_FILE = new URL('../supergraph.graphql', import.meta.url);

/**
 * A subgraph that cannot be reached must not leak its internal address to clients
 * (FIELD-NOTES, Apollo): the error names the service instead.
 */
function nameUnreachableSubgraph(urls: Record<string, string>) {
  return (error: GraphQLFormattedError): GraphQLFormattedError => {
    const failed = Object.entries(urls).find(([, url]) => error.message.includes(url));
    if (!failed) return error;
    return {
      ...error,
      message: `The ${failed[0]} service is unavailable; the rest of the answer is complete. Try again shortly.`,
      extensions: { code: 'SERVICE_UNAVAILABLE', service: failed[0] },
    };
  };
}

/**
 * The gateway knows the subgraphs only by the committed supergraph and their URLs from
 * configuration; it never imports their code.
 */
export function startGateway(config: GatewayConfig, logger: Logger): Promise<RunningServer> {
  // @apollo/gateway reports anonymous usage to Apollo unless told not to; a registry's
  // traffic is its members' business.
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  const urls: Record<string, string> = config.subgraphUrls;
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
    buildService: ({ name, url }) => new RemoteGraphQLDataSource({ url: urls[name] ?? url }),
    logger,
  });
  return serve({
    name: 'gateway',
    host: config.host,
    port: config.port,
    logger,
    apollo: { gateway, introspection: true },
    context: async () => ({}),
    health: async () => undefined,
    rewriteError: nameUnreachableSubgraph(urls),
  });
}

import { startRelay, startSubgraph, type Logger, type RunningSubgraph, type SubgraphConfig } from '@alliance/core';
import { loadGatewayUrl, loadRelayConfig, type ContactsRelayConfig } from './config.js';
import { entities } from './entities/index.js';
import { createLoaders, type ContactsContext } from './loaders.js';
import { migrations } from './migrations/index.js';
import { directoryLookUp } from './registry-directory.js';
import { resolvers } from './resolvers/index.js';

/**
 * Starts the contacts subgraph (people, mailing lists and the points of contact of registers)
 * and the relay that takes its events' outbox to the registry, which delivers them.
 */
export async function startContacts(
  config: SubgraphConfig,
  logger: Logger,
  /**
   * The gateway, asked about organizations and registers when a write is checked (a function
   * when it is known only later: tests start the gateway after the subgraphs).
   */
  gatewayUrl: string | (() => string) = loadGatewayUrl(),
  /** The relay's target may likewise be a function of what starts later. */
  relay: Omit<ContactsRelayConfig, 'target'> & { target: string | (() => string) } = loadRelayConfig(config.auth),
): Promise<RunningSubgraph> {
  const server = await startSubgraph<ContactsContext>({
    name: 'contacts',
    schemaFile: new URL('../schema.graphql', import.meta.url),
    resolvers,
    entities,
    migrations,
    config,
    logger,
    context: (db, viewer, authorization) => ({
      db,
      viewer,
      lookUp: directoryLookUp(typeof gatewayUrl === 'string' ? gatewayUrl : gatewayUrl(), authorization, logger),
      loaders: createLoaders(db),
      publicUrl: relay.publicUrl,
    }),
  });
  const relaying = startRelay({ db: server.db, logger, ...relay });
  return {
    ...server,
    // Together, as the registry's dispatcher: events a relay cut short did not delete are sent again.
    async stop() {
      await Promise.all([relaying.stop(), server.stop()]);
    },
  };
}

import { loadRegistryUrl, startSubgraph, type Logger, type RunningSubgraph, type SubgraphConfig } from '@alliance/core';
import { entities } from './entities/index.js';
import { createLoaders, type ContactsContext } from './loaders.js';
import { migrations } from './migrations/index.js';
import { resolvers } from './resolvers/index.js';

/** Starts the contacts subgraph: people, mailing lists and the points of contact of registers. */
export function startContacts(
  config: SubgraphConfig,
  logger: Logger,
  /** The registry subgraph, asked about organizations and registers when a write is checked. */
  registryUrl: string = loadRegistryUrl(),
): Promise<RunningSubgraph> {
  return startSubgraph<ContactsContext>({
    name: 'contacts',
    schemaFile: new URL('../schema.graphql', import.meta.url),
    resolvers,
    entities,
    migrations,
    config,
    logger,
    context: (db, viewer) => ({ db, viewer, registryUrl, loaders: createLoaders(db) }),
  });
}

import { startSubgraph, type Logger, type RunningSubgraph, type SubgraphConfig } from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { loadScheduleConfig, type ScheduleConfig } from './config.js';
import { entities } from './entities/index.js';
import { createLoaders, type RegistryContext } from './loaders.js';
import { migrations } from './migrations/index.js';
import { loadDirectory } from './repositories/organizations.js';
import { resolvers } from './resolvers/index.js';
import { scheduleFor } from './schedule.js';

/** Starts the registry subgraph: organizations and work registers. */
export function startRegistry(
  config: SubgraphConfig,
  logger: Logger,
  scheduleConfig: ScheduleConfig = loadScheduleConfig(),
): Promise<RunningSubgraph> {
  return startSubgraph<RegistryContext>({
    name: 'registry',
    schemaFile: new URL('../schema.graphql', import.meta.url),
    resolvers,
    entities,
    migrations,
    config,
    logger,
    context: (db, viewer) => {
      const schedule = scheduleFor(scheduleConfig);
      return { db, viewer, loaders: createLoaders(db, schedule), schedule };
    },
    prepare: async (db) => {
      const loaded = await db.transaction((manager) => loadDirectory(manager, STANDARDS_BODIES));
      if (loaded > 0) logger.info(`loaded ${loaded} standards bodies into the directory`);
    },
  });
}

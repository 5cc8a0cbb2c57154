import {
  mountRelayReceiver,
  startDispatcher,
  startSubgraph,
  type Logger,
  type RunningSubgraph,
  type SubgraphConfig,
} from '@alliance/core';
import { STANDARDS_BODIES } from '@alliance/document';
import { loadScheduleConfig, loadWebhookConfig, type RegistryWebhookConfig, type ScheduleConfig } from './config.js';
import { RELAYED_EVENT_TYPES } from './domain/events.js';
import { entities } from './entities/index.js';
import { createLoaders, type RegistryContext } from './loaders.js';
import { migrations } from './migrations/index.js';
import { loadDirectory } from './repositories/organizations.js';
import { resolvers } from './resolvers/index.js';
import { scheduleFor } from './schedule.js';

/**
 * Starts the registry subgraph (organizations and work registers) and its webhook dispatcher,
 * which delivers the outbox its writes fill (and whatever a crash left pending), and the events
 * the contacts service relays to it.
 */
export async function startRegistry(
  config: SubgraphConfig,
  logger: Logger,
  scheduleConfig: ScheduleConfig = loadScheduleConfig(),
  webhooks: RegistryWebhookConfig = loadWebhookConfig(config.auth),
): Promise<RunningSubgraph> {
  const links = { publicUrl: webhooks.publicUrl };
  const server = await startSubgraph<RegistryContext>({
    name: 'registry',
    schemaFile: new URL('../schema.graphql', import.meta.url),
    resolvers,
    entities,
    migrations,
    config,
    logger,
    context: (db, viewer) => {
      const schedule = scheduleFor(scheduleConfig);
      return { db, viewer, loaders: createLoaders(db, schedule), schedule, links, webhooks };
    },
    prepare: async (db) => {
      const loaded = await db.transaction((manager) => loadDirectory(manager, STANDARDS_BODIES));
      if (loaded > 0) logger.info(`loaded ${loaded} standards bodies into the directory`);
    },
    routes: (app, db) =>
      mountRelayReceiver(app, { db, logger, secret: webhooks.relaySecret, accept: RELAYED_EVENT_TYPES }),
    // No resolver of the registry sets a hint; schema.graphql says them all.
    staticCacheHints: true,
  });
  const dispatcher = startDispatcher({ db: server.db, logger, ...webhooks });
  return {
    ...server,
    // Together: the server stops taking requests at once rather than after a delivery in flight;
    // a delivery cut short by the closing database keeps its lease and is tried again.
    async stop() {
      await Promise.all([dispatcher.stop(), server.stop()]);
    },
  };
}

import { createLogger, loadWorkerCount, runWorkers } from '@alliance/core';
import { loadSubgraphConfig } from './config.js';
import { startRegistry } from './app.js';

const config = loadSubgraphConfig();
const logger = createLogger('registry', config.logLevel);
await runWorkers({
  name: 'registry',
  workers: loadWorkerCount('registry'),
  logger,
  start: () => startRegistry(config, logger),
});

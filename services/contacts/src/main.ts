import { createLogger, loadWorkerCount, runWorkers } from '@alliance/core';
import { loadSubgraphConfig } from './config.js';
import { startContacts } from './app.js';

const config = loadSubgraphConfig();
const logger = createLogger('contacts', config.logLevel);
await runWorkers({
  name: 'contacts',
  workers: loadWorkerCount('contacts'),
  logger,
  start: () => startContacts(config, logger),
});

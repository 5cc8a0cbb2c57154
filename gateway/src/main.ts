import { createLogger, loadWorkerCount, runWorkers } from '@alliance/core';
import { loadConfig } from './config.js';
import { startGateway } from './app.js';

const config = loadConfig();
const logger = createLogger('gateway', config.logLevel);
await runWorkers({
  name: 'gateway',
  workers: loadWorkerCount('gateway'),
  logger,
  start: () => startGateway(config, logger),
});

import { createLogger, stopOnSignals } from '@alliance/core';
import { loadConfig } from './config.js';
import { startGateway } from './app.js';

const config = loadConfig();
const logger = createLogger('gateway', config.logLevel);
const server = await startGateway(config, logger);
stopOnSignals(logger, server.stop);

import { createLogger, stopOnSignals } from '@alliance/core';
import { loadSubgraphConfig } from './config.js';
import { startRegistry } from './app.js';

const config = loadSubgraphConfig();
const logger = createLogger('registry', config.logLevel);
const server = await startRegistry(config, logger);
stopOnSignals(logger, server.stop);

import { createLogger, loadSubgraphConfig, stopOnSignals } from '@alliance/core';
import { startRegistry } from './app.js';

const config = loadSubgraphConfig('registry');
const logger = createLogger('registry', config.logLevel);
const server = await startRegistry(config, logger);
stopOnSignals(logger, server.stop);

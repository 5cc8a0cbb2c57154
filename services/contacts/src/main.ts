import { createLogger, loadSubgraphConfig, stopOnSignals } from '@alliance/core';
import { startContacts } from './app.js';

const config = loadSubgraphConfig('contacts');
const logger = createLogger('contacts', config.logLevel);
const server = await startContacts(config, logger);
stopOnSignals(logger, server.stop);

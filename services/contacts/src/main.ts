import { createLogger, stopOnSignals } from '@alliance/core';
import { loadSubgraphConfig } from './config.js';
import { startContacts } from './app.js';

const config = loadSubgraphConfig();
const logger = createLogger('contacts', config.logLevel);
const server = await startContacts(config, logger);
stopOnSignals(logger, server.stop);

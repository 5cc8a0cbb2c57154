import { createLogger, loadGatewayConfig, stopOnSignals } from '@alliance/core';
import { startGateway } from './app.js';

const config = loadGatewayConfig();
const logger = createLogger('gateway', config.logLevel);
const server = await startGateway(config, logger);
stopOnSignals(logger, server.stop);

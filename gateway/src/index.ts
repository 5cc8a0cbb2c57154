export { startGateway, SUPERGRAPH_FILE } from './app.js';
export { environment, loadConfig, type GatewayConfig, type WebConfig } from './config.js';
export { DEFAULT_WEB_DIR } from './web.js';
export { loadPersistedOperations, PERSISTED_OPERATIONS_FILE, type OperationsMode } from './persisted.js';

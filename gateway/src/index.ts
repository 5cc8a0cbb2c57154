export { startGateway, SUPERGRAPH_FILE } from './app.js';
export { DEFAULT_WEB_DIR } from './web.js';

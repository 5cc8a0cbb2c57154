export { startGateway, SUPERGRAPH_FILE } from './app.js';

export { startContacts } from './app.js';
export { environment, loadRelayConfig } from './config.js';

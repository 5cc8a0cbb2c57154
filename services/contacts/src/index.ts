export { startContacts } from './app.js';
export { environment } from './config.js';

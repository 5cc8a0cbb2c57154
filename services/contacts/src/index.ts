export { startContacts } from './app.js';

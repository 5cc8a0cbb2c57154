export { startRegistry } from './app.js';

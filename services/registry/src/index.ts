export { startRegistry } from './app.js';
export { environment, type ScheduleConfig } from './config.js';

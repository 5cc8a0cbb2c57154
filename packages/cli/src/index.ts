export * from './import.js';
export * from './seed.js';
export * from './token.js';
export * from './landscape.js';
export { exportCommand } from './commands/export.js';
export { parseFile } from './commands/parse.js';
export type { Output } from './output.js';

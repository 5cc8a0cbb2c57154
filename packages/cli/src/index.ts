export * from './import.js';
export * from './seed.js';
export * from './token.js';
export * from './landscape.js';

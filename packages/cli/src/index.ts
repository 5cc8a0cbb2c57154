export * from './client.js';
export * from './import.js';
export * from './seed.js';

import { Initial1764000000001 } from './1764000000001-initial.js';

/** Every migration, oldest first. */
export const migrations = [Initial1764000000001];

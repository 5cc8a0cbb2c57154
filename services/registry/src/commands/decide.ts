import { badUserInput } from '@alliance/core';
import { RuleBroken } from '../domain/rule.js';

/** Runs a domain decision; a rule it finds broken is the caller's mistake, at its field. */
export function decide<T>(decision: () => T): T {
  try {
    return decision();
  } catch (error) {
    if (error instanceof RuleBroken) throw badUserInput(error.message, error.field);
    throw error;
  }
}

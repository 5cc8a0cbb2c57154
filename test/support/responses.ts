import { expect } from 'vitest';
import type { GraphQLResponse } from './stack.js';

/** The data of a response that must have succeeded. */
export function ok<T = any>(response: GraphQLResponse<T>): T {
  expect(response.errors).toBeUndefined();
  return response.data!;
}

/** The one error of a refused request: its code, field and message. */
export function refused(response: GraphQLResponse<unknown>) {
  expect(response.errors).toHaveLength(1);
  const [error] = response.errors!;
  return { code: error!.extensions?.code, field: error!.extensions?.field, message: error!.message };
}

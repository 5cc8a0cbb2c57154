import { z } from 'zod';
import { badUserInput } from './errors.js';
import { ACRONYM } from './roles.js';

/**
 * What both subgraphs check of their input beyond GraphQL's types, in one place: the shape of an
 * acronym (the one roles use, so every organization the registry accepts can be named in a
 * role), and the adapter that turns the first zod issue into BAD_USER_INPUT naming its field.
 */

export const acronym = z
  .string()
  .trim()
  .regex(
    ACRONYM,
    'must be an organization acronym such as MEF or ITU-T: letters, digits, spaces and . _ & / + - , at most 32 characters',
  );

/** `input.contacts[2].email` from a prefix and zod's path (no prefix: the path alone). */
export function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    prefix,
  );
}

/** Parses `value` with `schema`, or throws BAD_USER_INPUT naming the first offending field. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, prefix = 'input'): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = fieldPath(prefix, issue.path);
  throw badUserInput(`${field} ${issue.message}`, field);
}

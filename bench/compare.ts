/**
 * The check before timing: every gateway must give the same answer to a query, or the bench
 * would compare different work. Objects compare by their keys whatever their order (JSON from
 * two servers may order keys differently); lists by position, since order is part of an answer.
 */

/** Where `actual` first departs from `expected` (`data.workRegister.parties[1].organization`), and how; undefined when equal. */
export function firstDifference(expected: unknown, actual: unknown, path = ''): string | undefined {
  if (Object.is(expected, actual)) return undefined;
  const shown = (value: unknown) => (value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 80));
  const kind = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value);
  if (kind(expected) !== kind(actual) || typeof expected !== 'object' || expected === null) {
    return `${path || '(the whole answer)'}: expected ${shown(expected)}, got ${shown(actual)}`;
  }
  if (Array.isArray(expected)) {
    const list = actual as unknown[];
    for (let i = 0; i < Math.min(expected.length, list.length); i++) {
      const difference = firstDifference(expected[i], list[i], `${path}[${i}]`);
      if (difference) return difference;
    }
    return expected.length === list.length
      ? undefined
      : `${path || '(the whole answer)'}: expected ${expected.length} items, got ${list.length}`;
  }
  const object = actual as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(expected), ...Object.keys(object)])];
  for (const key of keys) {
    const difference = firstDifference(
      (expected as Record<string, unknown>)[key],
      object[key],
      path ? `${path}.${key}` : key,
    );
    if (difference) return difference;
  }
  return undefined;
}

/**
 * Helpers for DataLoader batch functions: a batch function must answer in the order of its
 * keys, with one result per key, whatever order the database returned rows in.
 */

/** One row per key (or null), e.g. entities by id. */
export function byKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): (T | null)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key) ?? null);
}

/** All rows per key (possibly none), e.g. a register's parties. Rows keep their order. */
export function groupByKey<K, T>(keys: readonly K[], rows: readonly T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

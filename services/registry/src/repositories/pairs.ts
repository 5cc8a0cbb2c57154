import type { EntityManager } from 'typeorm';
import { pairKey } from '../domain/graph.js';

/**
 * Keeps organization_pair in step with a register's parties: when a register's set of
 * organizations changes, each ordered pair of the old set loses one register and each of the
 * new set gains one.
 */
export const movePairs = (manager: EntityManager, before: readonly string[], after: readonly string[]) =>
  moveCounts(manager, 'organization_pair', ['organization_id', 'partner_id'], orderedPairs, before, after);

/**
 * Keeps organization_register_count in step the same way: each organization of the old set
 * loses one register and each of the new set gains one (once, however many of its units).
 */
export const moveOrganizationCounts = (manager: EntityManager, before: readonly string[], after: readonly string[]) =>
  moveCounts(
    manager,
    'organization_register_count',
    ['organization_id'],
    (ids) => distinct(ids).map((id) => [id]),
    before,
    after,
  );

/**
 * Adds -1 to the count of every key of `before` and +1 to every key of `after` in one atomic
 * upsert (INSERT … ON CONFLICT, the same on SQLite and PostgreSQL), so concurrent imports cannot
 * lose a count; a count that reaches 0 is deleted.
 */
async function moveCounts(
  manager: EntityManager,
  table: 'organization_pair' | 'organization_register_count',
  keyColumns: readonly string[],
  keysOf: (organizationIds: readonly string[]) => string[][],
  before: readonly string[],
  after: readonly string[],
) {
  const deltas = new Map<string, { key: string[]; delta: number }>();
  for (const [ids, delta] of [
    [before, -1],
    [after, 1],
  ] as const) {
    for (const key of keysOf(ids)) {
      const entry = deltas.get(key.join('|')) ?? { key, delta: 0 };
      deltas.set(key.join('|'), { key, delta: entry.delta + delta });
    }
  }
  const moved = [...deltas.values()].filter((d) => d.delta !== 0);
  if (moved.length === 0) return;
  // One statement for every key, however many parties: a row per key, each added to the count.
  const parameters: Record<string, string | number> = {};
  const rows = moved.map(({ key, delta }, i) => {
    key.forEach((value, k) => (parameters[`k${i}_${k}`] = value));
    parameters[`d${i}`] = delta;
    return `(${key.map((_, k) => `:k${i}_${k}`).join(', ')}, :d${i})`;
  });
  const columns = keyColumns.join(', ');
  await manager.query(
    ...escape(
      manager,
      `INSERT INTO ${table} (${columns}, registers) VALUES ${rows.join(', ')}
       ON CONFLICT (${columns}) DO UPDATE SET registers = ${table}.registers + excluded.registers`,
      parameters,
    ),
  );
  if (moved.some((d) => d.delta < 0)) await manager.query(`DELETE FROM ${table} WHERE registers <= 0`);
}

/**
 * Keeps the copies of a register's title that its lists page from in step with its parties:
 * organization_register, a row per organization it names, and partnership_register, a row per
 * ordered pair of them. Called with every write of the register, so a new title or a new party
 * is there at once.
 */
export async function replaceRegisterListings(
  manager: EntityManager,
  workRegisterId: string,
  title: string,
  organizationIds: readonly string[],
) {
  const pairs = orderedPairs(organizationIds).map(([a, b]) => pairKey(a, b));
  const listing = { manager, workRegisterId, title };
  await replaceRows(listing, 'organization_register', 'organization_id', distinct(organizationIds));
  await replaceRows(listing, 'partnership_register', 'pair_key', pairs);
}

/** The register's rows of one listing, replaced with one a key (each carrying the title). */
async function replaceRows(
  { manager, workRegisterId, title }: { manager: EntityManager; workRegisterId: string; title: string },
  table: 'organization_register' | 'partnership_register',
  keyColumn: string,
  keys: readonly string[],
) {
  await manager.query(
    ...escape(manager, `DELETE FROM ${table} WHERE work_register_id = :workRegisterId`, { workRegisterId }),
  );
  if (keys.length === 0) return;
  const parameters: Record<string, string> = { workRegisterId, title };
  const rows = keys.map((key, i) => {
    parameters[`k${i}`] = key;
    return `(:workRegisterId, :k${i}, :title)`;
  });
  await manager.query(
    ...escape(
      manager,
      `INSERT INTO ${table} (work_register_id, ${keyColumn}, title) VALUES ${rows.join(', ')}`,
      parameters,
    ),
  );
}

const escape = (manager: EntityManager, sql: string, parameters: Record<string, string | number>) =>
  manager.connection.driver.escapeQueryWithParameters(sql, parameters);

const distinct = (ids: readonly string[]) => [...new Set(ids)];

/** Every ordered pair of two different organizations among `ids` (each organization once). */
function orderedPairs(ids: readonly string[]): [string, string][] {
  const once = distinct(ids);
  return once.flatMap((a) => once.filter((b) => b !== a).map((b): [string, string] => [a, b]));
}

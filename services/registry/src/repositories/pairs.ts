import type { EntityManager } from 'typeorm';
import { pairKey } from '../domain/graph.js';

/**
 * Keeps organization_pair in step with a register's parties: when a register's set of
 * organizations changes, each ordered pair of the old set loses one register and each of the
 * new set gains one, with an atomic upsert (INSERT … ON CONFLICT, the same on SQLite and
 * PostgreSQL), so concurrent imports cannot lose a count.
 */
export async function movePairs(manager: EntityManager, before: readonly string[], after: readonly string[]) {
  const deltas = new Map<string, { organizationId: string; partnerId: string; delta: number }>();
  for (const [ids, delta] of [
    [before, -1],
    [after, 1],
  ] as const) {
    for (const [organizationId, partnerId] of orderedPairs(ids)) {
      const key = pairKey(organizationId, partnerId);
      const entry = deltas.get(key) ?? { organizationId, partnerId, delta: 0 };
      deltas.set(key, { ...entry, delta: entry.delta + delta });
    }
  }
  const moved = [...deltas.values()].filter((d) => d.delta !== 0);
  if (moved.length === 0) return;
  // One statement for every pair, however many parties: a row per pair, each added to the count.
  const parameters: Record<string, string | number> = {};
  const rows = moved.map((d, i) => {
    Object.assign(parameters, { [`o${i}`]: d.organizationId, [`p${i}`]: d.partnerId, [`d${i}`]: d.delta });
    return `(:o${i}, :p${i}, :d${i})`;
  });
  await manager.query(
    ...escape(
      manager,
      `INSERT INTO organization_pair (organization_id, partner_id, registers) VALUES ${rows.join(', ')}
       ON CONFLICT (organization_id, partner_id) DO UPDATE SET registers = organization_pair.registers + excluded.registers`,
      parameters,
    ),
  );
  if (moved.some((d) => d.delta < 0)) await manager.query('DELETE FROM organization_pair WHERE registers <= 0');
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
  await replaceRows(listing, 'organization_register', 'organization_id', [...new Set(organizationIds)]);
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

/** Every ordered pair of two different organizations among `ids` (each organization once). */
function orderedPairs(ids: readonly string[]): [string, string][] {
  const distinct = [...new Set(ids)];
  return distinct.flatMap((a) => distinct.filter((b) => b !== a).map((b): [string, string] => [a, b]));
}

import type { EntityManager } from 'typeorm';

/**
 * Keeps organization_pair in step with a register's parties: when a register's set of
 * organizations changes, each ordered pair of the old set loses one register and each of the
 * new set gains one, with an atomic upsert (INSERT … ON CONFLICT, the same on SQLite and
 * PostgreSQL), so concurrent imports cannot lose a count.
 */
export async function movePairs(manager: EntityManager, before: readonly string[], after: readonly string[]) {
  const was = new Set(before);
  const is = new Set(after);
  if (was.size === is.size && [...was].every((id) => is.has(id))) return;
  for (const [set, delta] of [
    [was, -1],
    [is, 1],
  ] as const) {
    for (const a of set) {
      for (const b of set) {
        if (a !== b) await shift(manager, a, b, delta);
      }
    }
  }
  await manager.query('DELETE FROM organization_pair WHERE registers <= 0');
}

function shift(manager: EntityManager, organizationId: string, partnerId: string, delta: number) {
  const [sql, parameters] = manager.connection.driver.escapeQueryWithParameters(
    `INSERT INTO organization_pair (organization_id, partner_id, registers) VALUES (:organizationId, :partnerId, :delta)
     ON CONFLICT (organization_id, partner_id) DO UPDATE SET registers = organization_pair.registers + :delta`,
    { organizationId, partnerId, delta },
  );
  return manager.query(sql, parameters);
}

import type { DataSource } from 'typeorm';

/**
 * The alliance landscape as a graph: organizations are nodes, a register joins each pair of its
 * parties. Walks over it run on the list of distinct organization pairs (one statement, small
 * next to the registers), so their cost in statements does not grow with depth.
 */

export interface AllianceEdgeRow {
  workRegisterId: string;
  from: string;
  to: string;
  status: string;
  title: string;
}

/** Each pair of parties of a register once, the party the document names first as `a`. */
const pairs = (ds: DataSource) =>
  ds
    .createQueryBuilder()
    .from('work_register_party', 'a')
    .innerJoin(
      'work_register_party',
      'b',
      'b.work_register_id = a.work_register_id AND a.position < b.position AND a.organization_id <> b.organization_id',
    );

/** Every organization's partners, from the distinct pairs that share a register. */
export async function adjacency(ds: DataSource): Promise<Map<string, Set<string>>> {
  const rows: { a: string; b: string }[] = await pairs(ds)
    .select('a.organization_id', 'a')
    .addSelect('b.organization_id', 'b')
    .distinct(true)
    .getRawMany();
  const graph = new Map<string, Set<string>>();
  const link = (x: string, y: string) => graph.set(x, (graph.get(x) ?? new Set()).add(y));
  for (const { a, b } of rows) {
    link(a, b);
    link(b, a);
  }
  return graph;
}

/** The register edges between organizations of `ids` (all edges when `ids` is null). */
export async function edgesAmong(ds: DataSource, ids: readonly string[] | null): Promise<AllianceEdgeRow[]> {
  const qb = pairs(ds)
    .innerJoin('work_register', 'register', 'register.id = a.work_register_id')
    .select('register.id', 'workRegisterId')
    .addSelect('a.organization_id', 'from')
    .addSelect('b.organization_id', 'to')
    .addSelect('register.status', 'status')
    .addSelect('register.title', 'title')
    .orderBy('register.title')
    .addOrderBy('register.id');
  if (ids) {
    if (ids.length === 0) return [];
    qb.where('a.organization_id IN (:...ids)', { ids: [...ids] }).andWhere('b.organization_id IN (:...ids)');
  }
  return qb.getRawMany();
}

/** Organizations within `depth` steps of `start`, nearest first. */
export function within(graph: Map<string, Set<string>>, start: string, depth: number): string[] {
  const seen = new Set([start]);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    frontier = frontier.flatMap((id) => [...(graph.get(id) ?? [])].filter((next) => !seen.has(next) && seen.add(next)));
  }
  return [...seen];
}

/** The shortest chain of organizations from `from` to `to` (breadth-first), or null. */
export function shortestPath(graph: Map<string, Set<string>>, from: string, to: string): string[] | null {
  const previous = new Map<string, string | null>([[from, null]]);
  let frontier = [from];
  while (frontier.length > 0 && !previous.has(to)) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const partner of [...(graph.get(id) ?? [])].sort()) {
        if (!previous.has(partner)) {
          previous.set(partner, id);
          next.push(partner);
        }
      }
    }
    frontier = next;
  }
  if (!previous.has(to)) return null;
  const path = [to];
  while (previous.get(path[0]!) != null) path.unshift(previous.get(path[0]!)!);
  return path;
}

/** Each organization's partners and the registers they share (for Organization.partners). */
export async function partnerRows(
  ds: DataSource,
  organizationIds: readonly string[],
): Promise<{ organization: string; partner: string; workRegisterId: string }[]> {
  return (
    ds
      .createQueryBuilder()
      .from('work_register_party', 'a')
      .innerJoin(
        'work_register_party',
        'b',
        'b.work_register_id = a.work_register_id AND b.organization_id <> a.organization_id',
      )
      .innerJoin('work_register', 'register', 'register.id = a.work_register_id')
      .select('a.organization_id', 'organization')
      .addSelect('b.organization_id', 'partner')
      .addSelect('register.id', 'workRegisterId')
      // PostgreSQL needs the ORDER BY column selected in a DISTINCT query.
      .addSelect('register.title', 'title')
      .where('a.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] })
      .distinct(true)
      .orderBy('register.title')
      .getRawMany()
  );
}

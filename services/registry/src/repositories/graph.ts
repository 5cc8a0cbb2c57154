import { In, type DataSource } from 'typeorm';
import { paginateRaw, type ChildQuery, type ConnectionArgs, type SortKey } from '@alliance/core';
import { OrganizationPairEntity } from '../entities/index.js';

/**
 * The alliance landscape as a graph: organizations are nodes, a register joins each pair of its
 * parties. Walks over it run on the list of distinct organization pairs (one statement, small
 * next to the registers), so their cost in statements does not grow with depth.
 */

export interface AllianceEdgeRow extends Record<string, unknown> {
  workRegisterId: string;
  from: string;
  to: string;
  status: string;
  title: string;
}

/**
 * Each pair of organizations of a register once, the one the document names first as `a`. A
 * register naming two units of one body joins that body to each partner once, as
 * organization_pair counts it.
 */
const pairs = (ds: DataSource) =>
  ds
    .createQueryBuilder()
    .from('work_register_party', 'a')
    .innerJoin(
      'work_register_party',
      'b',
      'b.work_register_id = a.work_register_id AND a.position < b.position AND a.organization_id <> b.organization_id',
    )
    .where(firstOfItsOrganization('a'))
    .andWhere(firstOfItsOrganization('b'));

const firstOfItsOrganization = (party: string) =>
  `NOT EXISTS (SELECT 1 FROM work_register_party earlier
     WHERE earlier.work_register_id = ${party}.work_register_id AND earlier.organization_id = ${party}.organization_id
       AND earlier.position < ${party}.position)`;

/** Every organization's partners: the pairs table, one statement of at most (bodies²) rows. */
export async function adjacency(ds: DataSource): Promise<Map<string, Set<string>>> {
  const rows = await ds.getRepository(OrganizationPairEntity).find();
  const graph = new Map<string, Set<string>>();
  for (const { organizationId, partnerId } of rows) {
    graph.set(organizationId, (graph.get(organizationId) ?? new Set()).add(partnerId));
  }
  return graph;
}

/** The partners of these organizations, with how many registers each pair shares. */
export const partnersOf = (ds: DataSource, organizationIds: readonly string[]) =>
  ds.getRepository(OrganizationPairEntity).findBy({ organizationId: In([...organizationIds]) });

/** Register edges, restricted to pairs of organizations of `ids` (all when `ids` is null). */
function edgeQuery(ds: DataSource, ids: readonly string[] | null) {
  const qb = pairs(ds)
    .innerJoin('work_register', 'register', 'register.id = a.work_register_id')
    .select('register.id', 'workRegisterId')
    .addSelect('a.organization_id', 'from')
    .addSelect('b.organization_id', 'to')
    .addSelect('register.status', 'status')
    .addSelect('register.title', 'title');
  if (ids) qb.andWhere('a.organization_id IN (:...ids)', { ids: [...ids] }).andWhere('b.organization_id IN (:...ids)');
  return qb;
}

const EDGE_ORDER: SortKey<AllianceEdgeRow>[] = [
  { column: 'register.title', value: (e) => e.title },
  { column: 'register.id', value: (e) => e.workRegisterId },
  { column: 'a.organization_id', value: (e) => e.from },
  { column: 'b.organization_id', value: (e) => e.to },
];

/**
 * One page of the register edges among `ids`, by title. The total is the sum of the pairs' shared
 * registers, one small table, rather than a count of every edge (39 ms for 33,159 on the bench).
 */
export function edgePage(ds: DataSource, ids: readonly string[] | null, args: ConnectionArgs) {
  const qb = ids?.length === 0 ? edgeQuery(ds, null).andWhere('1 = 0') : edgeQuery(ds, ids);
  return paginateRaw<AllianceEdgeRow>(qb, args, EDGE_ORDER, { count: () => edgeCount(ds, ids) });
}

/** All register edges among a few organizations (a path's), by title. */
export function edgesAmong(ds: DataSource, ids: readonly string[]): Promise<AllianceEdgeRow[]> {
  return edgeQuery(ds, ids).orderBy('register.title').addOrderBy('register.id').getRawMany();
}

/** Each pair of organizations among `ids` (all when null) once. */
function pairsAmong(ds: DataSource, ids: readonly string[] | null) {
  const qb = ds
    .getRepository(OrganizationPairEntity)
    .createQueryBuilder('pair')
    .where('pair.organization_id < pair.partner_id');
  if (ids)
    qb.andWhere(ids.length ? 'pair.organization_id IN (:...ids) AND pair.partner_id IN (:...ids)' : '1 = 0', { ids });
  return qb;
}

/** Each pair of organizations among `ids` (all when null) once, with how many registers they share. */
export const linksAmong = (ds: DataSource, ids: readonly string[] | null) => pairsAmong(ds, ids).getMany();

/** How many register edges join organizations among `ids`: one per register and pair, as pairs count them. */
async function edgeCount(ds: DataSource, ids: readonly string[] | null) {
  const row = await pairsAmong(ds, ids).select('SUM(pair.registers)', 'total').getRawOne<{ total: unknown }>();
  return Number(row?.total ?? 0);
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

/**
 * The registers each pair shares; a pair is the parent key `<organization id>|<partner id>`, so
 * every partnership of a request pages through one windowed statement.
 */
export function registersOfPairs(ds: DataSource, pairKeys: readonly string[]): ChildQuery {
  const organizationIds = [...new Set(pairKeys.map((key) => key.split('|')[0]!))];
  return {
    query: ds
      .createQueryBuilder()
      .from('work_register_party', 'a')
      .innerJoin(
        'work_register_party',
        'b',
        'b.work_register_id = a.work_register_id AND b.organization_id <> a.organization_id',
      )
      .innerJoin('work_register', 'register', 'register.id = a.work_register_id')
      .where(firstOfItsOrganization('a'))
      .andWhere(firstOfItsOrganization('b'))
      .andWhere('a.organization_id IN (:...organizationIds)', { organizationIds })
      .andWhere(`a.organization_id || '|' || b.organization_id IN (:...pairKeys)`, { pairKeys: [...pairKeys] }),
    parentColumn: `a.organization_id || '|' || b.organization_id`,
  };
}

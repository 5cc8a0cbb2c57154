import type { EntityManager } from 'typeorm';
import {
  findByKeys,
  paginateRaw,
  type ChildKey,
  type ChildQuery,
  type ConnectionArgs,
  type SortKey,
} from '@alliance/core';
import type { Adjacency } from '../domain/graph.js';
import { OrganizationPairEntity, type OrganizationPair } from '../entities/index.js';

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
 * Two parties `a` and `b` of one register, of different organizations, each its organization's
 * first in the register: a register naming two units of one body joins that body to each
 * partner once, as organization_pair counts it. `ordered` keeps each pair once, the party the
 * document names first as `a`; without it a pair comes both ways.
 */
const partyPairs = (db: EntityManager, { ordered }: { ordered: boolean }) =>
  db
    .createQueryBuilder()
    .from('work_register_party', 'a')
    .innerJoin(
      'work_register_party',
      'b',
      `b.work_register_id = a.work_register_id AND a.organization_id <> b.organization_id${ordered ? ' AND a.position < b.position' : ''}`,
    )
    .where(firstOfItsOrganization('a'))
    .andWhere(firstOfItsOrganization('b'));

const firstOfItsOrganization = (party: string) =>
  `NOT EXISTS (SELECT 1 FROM work_register_party earlier
     WHERE earlier.work_register_id = ${party}.work_register_id AND earlier.organization_id = ${party}.organization_id
       AND earlier.position < ${party}.position)`;

/**
 * The whole graph from the pairs table: one statement of at most (bodies²) rows, read once a
 * request; walks, links and edge totals are then worked out from it without SQL.
 */
export async function adjacency(db: EntityManager): Promise<Adjacency> {
  const rows: { organizationId: string; partnerId: string; registers: unknown }[] = await db
    .createQueryBuilder()
    .from('organization_pair', 'pair')
    .select('pair.organization_id', 'organizationId')
    .addSelect('pair.partner_id', 'partnerId')
    .addSelect('pair.registers', 'registers')
    .getRawMany();
  const graph: Adjacency = new Map();
  for (const { organizationId, partnerId, registers } of rows) {
    graph.set(organizationId, (graph.get(organizationId) ?? new Map()).set(partnerId, Number(registers)));
  }
  return graph;
}

/** The partners of these organizations, with how many registers each pair shares. */
export const partnersOf = (db: EntityManager, organizationIds: readonly string[]) =>
  findByKeys<OrganizationPair>(db, OrganizationPairEntity, { key: 'organizationId', keys: organizationIds });

/** Register edges, restricted to pairs of organizations of `ids` (all when `ids` is null). */
function edgeQuery(db: EntityManager, ids: readonly string[] | null) {
  const qb = partyPairs(db, { ordered: true })
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

/** One page of the register edges among `ids`, by title; `count` gives the total. */
export function edgePage(
  db: EntityManager,
  ids: readonly string[] | null,
  args: ConnectionArgs,
  count: () => Promise<number>,
) {
  const qb = ids?.length === 0 ? edgeQuery(db, null).andWhere('1 = 0') : edgeQuery(db, ids);
  return paginateRaw<AllianceEdgeRow>(qb, args, EDGE_ORDER, { count });
}

/** All register edges among a few organizations (a path's), by title. */
export function edgesAmong(db: EntityManager, ids: readonly string[]): Promise<AllianceEdgeRow[]> {
  return edgeQuery(db, ids).orderBy('register.title').addOrderBy('register.id').getRawMany();
}

/**
 * The registers each pair shares; a pair is the parent key `<organization id>|<partner id>`, so
 * every partnership of a request pages through one windowed statement over partnership_register,
 * whose index holds each pair's registers in title order (each register once a pair, however
 * many units of either body it names). Rows are read from that index alone: 51 partnerships of
 * DMTF at 20,000 registers no longer join both bodies' parties and sort them by title.
 */
export const registersOfPairs = (db: EntityManager, pairKeys: readonly string[]): ChildQuery => ({
  query: db
    .createQueryBuilder()
    .from('partnership_register', 'shared')
    .where('shared.pair_key IN (:...pairKeys)', { pairKeys: [...pairKeys] }),
  parentColumn: 'shared.pair_key',
});

/** The sort of a partnership's registers: the order of `registerChildKeys`, from its own copy. */
export const partnershipRegisterKeys: ChildKey[] = [
  { column: 'shared.title', alias: 'title' },
  { column: 'shared.work_register_id', alias: 'id' },
];

import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { paginate, type Connection, type ConnectionArgs, type SortKey } from '@alliance/core';
import { MilestoneEntity, WorkRegisterEntity, type Milestone, type WorkRegister } from '../entities/index.js';
import {
  joinMatchingDocuments,
  matchingRegisterIds,
  searchMatches,
  searchQuery,
  titleWindow,
  walksTitles,
  type SearchMatches,
} from './search.js';
import { summarySelect, type RegisterSummary } from './work-registers.js';

/**
 * The questions the registry answers across registers, each one SQL query on indexed columns:
 * which registers match a filter, in which order, what falls due when.
 */

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

/** A filter with organizations already resolved to ids and search text split into words. */
export interface RegisterFilter {
  /** Every one of these organizations is a party. */
  allOf?: string[];
  /** At least one of these organizations is a party. */
  anyOf?: string[];
  status?: string[];
  kind?: string;
  initiated?: DateRange;
  reviewDue?: DateRange;
  findingSeverity?: 'ERROR' | 'WARNING' | 'INFO';
  words?: string[];
}

export type RegisterOrderField = 'TITLE' | 'INITIATED_ON' | 'REVIEW_DUE_ON' | 'UPDATED_AT';

export interface RegisterOrder {
  field: RegisterOrderField;
  direction: 'ASC' | 'DESC';
}

/** Planned milestones falling due up to `to` (and from `from`, when given), of one organization or all. */
export interface MilestoneWindow {
  from: string | null;
  to: string;
  organizationId: string | null;
}

/** Registers without a date sort after every date. */
const LAST = '9999-12-31';

const ORDER: Record<RegisterOrderField, SortKey<WorkRegister>> = {
  TITLE: { column: 'register.title', value: (r) => r.title },
  INITIATED_ON: { column: `COALESCE(register.initiated_on, '${LAST}')`, value: (r) => r.initiatedOn ?? LAST },
  REVIEW_DUE_ON: { column: `COALESCE(register.review_due_on, '${LAST}')`, value: (r) => r.reviewDueOn ?? LAST },
  UPDATED_AT: { column: 'register.updated_at', value: (r) => r.updatedAt },
};

const SEVERITIES = { ERROR: ['ERROR'], WARNING: ['ERROR', 'WARNING'], INFO: ['ERROR', 'WARNING', 'INFO'] };

function range(qb: SelectQueryBuilder<WorkRegister>, column: string, name: string, value: DateRange | undefined) {
  if (value?.from) qb.andWhere(`${column} >= :${name}From`, { [`${name}From`]: value.from });
  if (value?.to) qb.andWhere(`${column} <= :${name}To`, { [`${name}To`]: value.to });
}

/** Registers matching `filter`; `today` decides which reviews and milestones are overdue. */
export function filteredRegisters(
  db: EntityManager,
  filter: RegisterFilter,
  today: string,
): SelectQueryBuilder<WorkRegister> {
  const qb = db.getRepository(WorkRegisterEntity).createQueryBuilder('register');
  if (filter.allOf?.length) {
    qb.andWhere(
      `register.id IN (SELECT p.work_register_id FROM work_register_party p WHERE p.organization_id IN (:...allOf)
        GROUP BY p.work_register_id HAVING COUNT(DISTINCT p.organization_id) = :allOfCount)`,
      { allOf: filter.allOf, allOfCount: filter.allOf.length },
    );
  }
  if (filter.anyOf?.length) {
    qb.andWhere(
      'register.id IN (SELECT p.work_register_id FROM work_register_party p WHERE p.organization_id IN (:...anyOf))',
      {
        anyOf: filter.anyOf,
      },
    );
  }
  if (filter.status?.length) qb.andWhere('register.status IN (:...status)', { status: filter.status });
  if (filter.kind) qb.andWhere('register.kind = :kind', { kind: filter.kind });
  range(qb, 'register.initiated_on', 'initiated', filter.initiated);
  range(qb, 'register.review_due_on', 'reviewDue', filter.reviewDue);
  if (filter.findingSeverity) {
    // Stored findings of that severity or worse; the computed ones (overdue review or
    // milestone) are warnings.
    const overdue =
      filter.findingSeverity === 'ERROR'
        ? ''
        : ` OR register.review_due_on < :today
            OR register.id IN (SELECT m.work_register_id FROM milestone m WHERE m.due_on < :today AND m.status = 'PLANNED')`;
    qb.andWhere(
      `(register.id IN (SELECT f.work_register_id FROM finding f WHERE f.severity IN (:...severities))${overdue})`,
      { severities: SEVERITIES[filter.findingSeverity], today },
    );
  }
  if (filter.words?.length) {
    qb.andWhere(`register.id IN (${matchingRegisterIds(db, 'search')})`, { search: searchQuery(db, filter.words) });
  }
  return qb;
}

/** What a search's pages read of the index, from a cache of it (loaders.ts) or straight. */
export interface SearchReads {
  /** What these words match (`searchMatches`). */
  matches(words: readonly string[]): Promise<SearchMatches>;
  /**
   * Their documents' rowids in title order (`titleOrder`), where kept; undefined: walk the index.
   * `total`: how many they are, from `matches`.
   */
  titleOrder(words: readonly string[], total: number): Promise<Float64Array | undefined>;
}

const readsOfIndex = (db: EntityManager): SearchReads => ({
  matches: (words) => searchMatches(db, words),
  titleOrder: () => Promise.resolve(undefined),
});

export async function registerPage(
  db: EntityManager,
  args: ConnectionArgs,
  filter: RegisterFilter,
  order: RegisterOrder,
  today: string,
  search: SearchReads = readsOfIndex(db),
) {
  const descending = order.direction === 'DESC';
  const words = onlyWords(filter);
  if (words && order.field === 'TITLE' && walksTitles(db)) {
    // A few matches are sorted as they are. More are looked up by rowid from their title order
    // where a search asked again keeps it, else walked in title order.
    const { total, few } = await search.matches(words);
    const sorted = few ? undefined : await search.titleOrder(words, total);
    const rowids = few ?? (sorted && (await titleWindow(db, sorted, args, descending)));
    const count = () => Promise.resolve(total);
    const page = joinMatchingDocuments(
      db.getRepository(WorkRegisterEntity).createQueryBuilder('register'),
      words,
      rowids,
    );
    // The document's copy of the title and id, so the walk is its index's order.
    const keys = [
      { column: 'search.title', value: (r: WorkRegister) => r.title },
      { column: 'search.work_register_id', value: (r: WorkRegister) => r.id },
    ];
    return paginate(page.select(summarySelect('register')), args, keys, { descending, count }) as Promise<
      Connection<RegisterSummary>
    >;
  }
  // A search alone counts its matches in the index, whatever the order.
  const count = words ? async () => (await search.matches(words)).total : undefined;
  // Ties fall back to the title, then the id: the same query always gives the same order.
  const keys = [
    ...(order.field === 'TITLE' ? [] : [ORDER[order.field]]),
    ORDER.TITLE,
    { column: 'register.id', value: (r: WorkRegister) => r.id },
  ];
  const page = filteredRegisters(db, filter, today).select(summarySelect('register'));
  return paginate(page, args, keys, { descending, count }) as Promise<Connection<RegisterSummary>>;
}

/** The search words when they are the whole filter (no other condition set), else undefined. */
function onlyWords(filter: RegisterFilter): string[] | undefined {
  const others =
    filter.allOf?.length ||
    filter.anyOf?.length ||
    filter.status?.length ||
    filter.kind ||
    filter.initiated?.from ||
    filter.initiated?.to ||
    filter.reviewDue?.from ||
    filter.reviewDue?.to ||
    filter.findingSeverity;
  return !others && filter.words?.length ? filter.words : undefined;
}

/** Planned milestones falling due up to `to` (and from `from`, when given), soonest first. */
export function milestonePage(db: EntityManager, args: ConnectionArgs, window: MilestoneWindow) {
  const qb = db
    .getRepository(MilestoneEntity)
    .createQueryBuilder('milestone')
    .where("milestone.status = 'PLANNED'")
    .andWhere('milestone.due_on <= :to', { to: window.to });
  if (window.from) qb.andWhere('milestone.due_on >= :from', { from: window.from });
  if (window.organizationId) {
    qb.andWhere(
      'milestone.work_register_id IN (SELECT p.work_register_id FROM work_register_party p WHERE p.organization_id = :organizationId)',
      { organizationId: window.organizationId },
    );
  }
  return paginate(qb, args, [
    { column: 'milestone.due_on', value: (m: Milestone) => m.dueOn },
    { column: 'milestone.id', value: (m: Milestone) => m.id },
  ]);
}

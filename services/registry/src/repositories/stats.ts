import type { EntityManager } from 'typeorm';
import type { WorkRegisterStatus } from '../entities/index.js';

/** Grouped counts for dashboards; each figure is one statement. */

const number = (value: unknown) => Number(value);

export async function countByStatus(db: EntityManager) {
  const rows: { status: WorkRegisterStatus; count: unknown }[] = await db
    .createQueryBuilder()
    .from('work_register', 'register')
    .select('register.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .groupBy('register.status')
    .orderBy('register.status')
    .getRawMany();
  return rows.map((r) => ({ status: r.status, count: number(r.count) }));
}

/** Registers per organization (a unit's register counts for its organization), most first. */
export async function countByOrganization(db: EntityManager) {
  const rows: { organizationId: string; count: unknown }[] = await db
    .createQueryBuilder()
    .from('organization_register_count', 'kept')
    .innerJoin('organization', 'organization', 'organization.id = kept.organization_id')
    .select('kept.organization_id', 'organizationId')
    .addSelect('kept.registers', 'count')
    .orderBy('kept.registers', 'DESC')
    .addOrderBy('organization.acronym')
    .getRawMany();
  return rows.map((r) => ({ organizationId: r.organizationId, count: number(r.count) }));
}

/** Reviews falling due in each month from `from` to `to` (ISO days), by YYYY-MM. */
export async function reviewsDueByMonth(db: EntityManager, from: string, to: string): Promise<Map<string, number>> {
  const rows: { month: string; count: unknown }[] = await db
    .createQueryBuilder()
    .from('work_register', 'register')
    .select('SUBSTR(register.review_due_on, 1, 7)', 'month')
    .addSelect('COUNT(*)', 'count')
    .where('register.review_due_on >= :from AND register.review_due_on <= :to', { from, to })
    .groupBy('SUBSTR(register.review_due_on, 1, 7)')
    .getRawMany();
  return new Map(rows.map((r) => [r.month, number(r.count)]));
}

/** The counter every change to what the stats count moves on (migration DataVersion1765400000000). */
export async function dataVersion(db: EntityManager): Promise<string> {
  const [row] = (await db.query('SELECT version FROM data_version WHERE id = 1')) as { version: unknown }[];
  return String(row?.version ?? 0);
}

/**
 * Figures kept between requests, per value of the data version: a request reads the version (one
 * statement) and computes a figure only the first time it is asked at that version (and day, for
 * figures that depend on today). Any committed write to the counted tables moves the version on,
 * in this process or another on the same database, so no figure outlives the data it was computed
 * from. A figure is cached under the version read before it was computed, so it is at least as new
 * as that version.
 *
 * The dashboard's figures are a handful of keys; a search's matches are one key per search text, so
 * at most `limit` figures are kept and the oldest asked goes first (a Map iterates in insertion
 * order, and a hit moves its key to the end).
 */
export class FigureCache {
  private version: string | null = null;
  private figures = new Map<string, Promise<unknown>>();

  constructor(private readonly limit = 1000) {}

  /** Whether a figure is kept (or being computed) under this key at this version. */
  has(version: string, key: string): boolean {
    return version === this.version && this.figures.has(key);
  }

  figure<T>(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (version !== this.version) {
      this.version = version;
      this.figures = new Map();
    }
    let figure = this.figures.get(key) as Promise<T> | undefined;
    if (figure) {
      this.figures.delete(key);
    } else {
      figure = compute();
      // A failed computation is not kept: the next request tries again.
      figure.catch(() => this.figures.get(key) === figure && this.figures.delete(key));
      if (this.figures.size >= this.limit) this.figures.delete(this.figures.keys().next().value as string);
    }
    this.figures.set(key, figure);
    return figure;
  }
}

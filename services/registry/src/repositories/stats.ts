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
    .from('work_register_party', 'party')
    .innerJoin('organization', 'organization', 'organization.id = party.organization_id')
    .select('party.organization_id', 'organizationId')
    .addSelect('organization.acronym', 'acronym')
    .addSelect('COUNT(DISTINCT party.work_register_id)', 'count')
    .groupBy('party.organization_id')
    .addGroupBy('organization.acronym')
    .orderBy('count', 'DESC')
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

import type { EntityManager } from 'typeorm';
import { findByKeys, type ChildKey, type ChildQuery } from '@alliance/core';
import {
  DocumentRevisionEntity,
  MilestoneEntity,
  SectionEntity,
  SourceFieldsEntity,
  WorkRegisterEntity,
  WorkRegisterPartyEntity,
  type DocumentRevision,
  type Milestone,
  type Section,
  type SourceFields,
  type WorkRegister,
  type WorkRegisterParty,
} from '../entities/index.js';

/**
 * Reads of registers and the lists that hang off them; every function takes many keys.
 *
 * A register is read in three parts, each only when a request needs it. Lists, lookups and
 * federation references read the summary: the short columns every page and sort key uses. The
 * body (background and the JSON lists: projects, objectives, references, approval) is
 * read, batched, only when a field of it is asked, and the document's source text (often
 * kilobytes a register) only for `source { text }`, where it read each field only for
 * `source { fields }`. A page of 50 registers' titles therefore
 * parses no JSON and never reads the text.
 */

/** The short columns of a register: what pages, sort keys and most fields read. */
export const SUMMARY_COLUMNS = [
  'id',
  'slug',
  'title',
  'subtitle',
  'kind',
  'amendsId',
  'version',
  'revision',
  'status',
  'statusReason',
  'initiatedOn',
  // JSON, but read with the summary: its organizations load in the same batch as the parties',
  // which a second round trip for it would split into two statements (on PostgreSQL, by timing).
  'delegatedWorkRules',
  'reviewTrigger',
  'reviewDueBy',
  'reviewPrecision',
  'reviewDueOn',
  'reviewLastReviewedOn',
  'reviewLastOutcome',
  'sourceSha256',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof WorkRegister)[];

/** The longer columns a register's own page shows: its text and the lists stored as JSON. */
export const BODY_COLUMNS = [
  'background',
  'projects',
  'objectives',
  'benefits',
  'standardsDevelopment',
  'references',
  'approval',
] as const satisfies readonly (keyof WorkRegister)[];

export type RegisterSummary = Pick<WorkRegister, (typeof SUMMARY_COLUMNS)[number]>;
export type RegisterBody = Pick<WorkRegister, 'id' | (typeof BODY_COLUMNS)[number]>;

/** The summary columns of `alias` in a query builder's select. */
export const summarySelect = (alias: string) => SUMMARY_COLUMNS.map((column) => `${alias}.${column}`);

export const registersByIds = (db: EntityManager, ids: readonly string[]): Promise<RegisterSummary[]> =>
  findByKeys<WorkRegister>(db, WorkRegisterEntity, { key: 'id', keys: ids, select: SUMMARY_COLUMNS });

export const registersBySlugs = (db: EntityManager, slugs: readonly string[]): Promise<RegisterSummary[]> =>
  findByKeys<WorkRegister>(db, WorkRegisterEntity, { key: 'slug', keys: slugs, select: SUMMARY_COLUMNS });

export const bodiesByRegisterIds = (db: EntityManager, ids: readonly string[]): Promise<RegisterBody[]> =>
  findByKeys<WorkRegister>(db, WorkRegisterEntity, { key: 'id', keys: ids, select: ['id', ...BODY_COLUMNS] });

export const sourceTextsByRegisterIds = (
  db: EntityManager,
  ids: readonly string[],
): Promise<Pick<WorkRegister, 'id' | 'sourceText'>[]> =>
  findByKeys<WorkRegister>(db, WorkRegisterEntity, { key: 'id', keys: ids, select: ['id', 'sourceText'] });

/** Where each field of the registers was read in their source (only for `source { fields }`). */
export const sourceFieldsByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<SourceFields>(db, SourceFieldsEntity, { key: 'workRegisterId', keys: ids });

export const partiesByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<WorkRegisterParty>(db, WorkRegisterPartyEntity, { key: 'workRegisterId', keys: ids, order: 'position' });

export const milestonesByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<Milestone>(db, MilestoneEntity, { key: 'workRegisterId', keys: ids, order: 'position' });

export const documentRevisionsByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<DocumentRevision>(db, DocumentRevisionEntity, { key: 'workRegisterId', keys: ids, order: 'position' });

export const sectionsByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<Section>(db, SectionEntity, { key: 'workRegisterId', keys: ids, order: 'position' });

/**
 * The registers each of these organizations (or one of its units) is a party to, each once, from
 * organization_register: its index holds each organization's registers in title order, so a
 * page is a walk that stops after the page (see child-connections.ts).
 */
export const registersOfOrganizations = (db: EntityManager, organizationIds: readonly string[]): ChildQuery => ({
  query: db
    .createQueryBuilder()
    .from('organization_register', 'own')
    .where('own.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] }),
  parentColumn: 'own.organization_id',
});

/** How many registers each of these organizations is a party to (organization_register_count). */
export async function registerCountsOfOrganizations(db: EntityManager, organizationIds: readonly string[]) {
  const rows: { organizationId: string; registers: unknown }[] = await db
    .createQueryBuilder()
    .from('organization_register_count', 'kept')
    .select('kept.organization_id', 'organizationId')
    .addSelect('kept.registers', 'registers')
    .where('kept.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] })
    .getRawMany();
  return new Map(rows.map((r) => [r.organizationId, Number(r.registers)]));
}

/** The sort of an organization's registers (title, then id), read from the copy of the title. */
export const registerChildKeys: ChildKey[] = [
  { column: 'own.title', alias: 'title' },
  { column: 'own.work_register_id', alias: 'id' },
];

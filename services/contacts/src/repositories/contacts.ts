import { randomUUID } from 'node:crypto';
import { In, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { findByKeys, paginate, type Author, type ChildKey, type ChildQuery, type ConnectionArgs } from '@alliance/core';
import {
  ContactEntity,
  PointOfContactEntity,
  type Contact,
  type ContactKind,
  type PointOfContact,
} from '../entities/index.js';
import { normalizeEmail, planImport, type ImportPlan, type PointOfContactImport } from '../domain/point-import.js';
import type { RecordedRevision } from '../domain/events.js';
import { bumpRevisions, recordRevisions, SYSTEM } from './history.js';

/** Reads and writes of contacts and points of contact; every read takes many keys. */

export const contactsByIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<Contact>(db, ContactEntity, { key: 'id', keys: ids });

export const contactsByEmails = (db: EntityManager, emails: readonly string[]) =>
  findByKeys<Contact>(db, ContactEntity, { key: 'email', keys: emails.map(normalizeEmail) });

export const contactsByOrganizationIds = (db: EntityManager, ids: readonly string[]) =>
  db.getRepository(ContactEntity).find({ where: { organizationId: In([...ids]) }, order: { name: 'ASC' } });

export const pointsOfContactByIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<PointOfContact>(db, PointOfContactEntity, { key: 'id', keys: ids });

export const pointsOfContactByContactIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<PointOfContact>(db, PointOfContactEntity, { key: 'contactId', keys: ids });

export const pointsOfContactByRegisterIds = (db: EntityManager, ids: readonly string[]) =>
  findByKeys<PointOfContact>(db, PointOfContactEntity, { key: 'workRegisterId', keys: ids, order: 'position' });

const byName = [
  { column: 'contact.name', value: (c: Contact) => c.name },
  { column: 'contact.id', value: (c: Contact) => c.id },
];

export interface ContactFilter {
  organizationId?: string | null;
  search?: string | null;
  kind?: ContactKind | null;
  /**
   * Whose addresses `search` looks in: every contact's for callers who see personal data, only
   * mailing lists' for anonymous readers (issue 5), so a search cannot confirm a person's address.
   */
  searchEmails?: 'ALL' | 'MAILING_LISTS';
}

/** Adds the filter's conditions; search is a case-insensitive substring of name, title or (visible) email. */
function applyFilter<Q extends SelectQueryBuilder<ObjectLiteral>>(qb: Q, filter: ContactFilter): Q {
  if (filter.organizationId)
    qb.andWhere('contact.organization_id = :organizationId', { organizationId: filter.organizationId });
  if (filter.kind) qb.andWhere('contact.kind = :kind', { kind: filter.kind });
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    const email =
      filter.searchEmails === 'ALL'
        ? "contact.email LIKE :search ESCAPE '\\'"
        : "(contact.kind = 'MAILING_LIST' AND contact.email LIKE :search ESCAPE '\\')";
    qb.andWhere(
      `(LOWER(contact.name) LIKE :search ESCAPE '\\' OR ${email} OR LOWER(COALESCE(contact.title, '')) LIKE :search ESCAPE '\\')`,
      { search: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` },
    );
  }
  return qb;
}

export const contactPage = (db: EntityManager, args: ConnectionArgs, filter: ContactFilter = {}) =>
  paginate(applyFilter(db.getRepository(ContactEntity).createQueryBuilder('contact'), filter), args, byName);

export const contactChildKeys: ChildKey[] = [
  { column: 'contact.name', alias: 'name' },
  { column: 'contact.id', alias: 'id' },
];

export const contactsOfOrganizations = (
  db: EntityManager,
  organizationIds: readonly string[],
  filter: ContactFilter = {},
): ChildQuery => ({
  query: applyFilter(
    db
      .createQueryBuilder()
      .from('contact', 'contact')
      .where('contact.organization_id IN (:...organizationIds)', { organizationIds: [...organizationIds] }),
    { ...filter, organizationId: null },
  ),
  parentColumn: 'contact.organization_id',
});

/** A contact's appearances, in the order they were recorded. */
export const appearanceChildKeys: ChildKey[] = [
  { column: 'poc.created_at', alias: 'created_at' },
  { column: 'poc.id', alias: 'id' },
];

export const appearancesOfContacts = (db: EntityManager, contactIds: readonly string[]): ChildQuery => ({
  query: db
    .createQueryBuilder()
    .from('point_of_contact', 'poc')
    .where('poc.contact_id IN (:...contactIds)', { contactIds: [...contactIds] }),
  parentColumn: 'poc.contact_id',
});

export interface ImportOptions {
  author: Author;
  /** How revision summaries name the register: `register "MEF / DMTF Work Register"`. */
  registerName?: string;
}

/** What an import plan starts from: the contacts its addresses name, and the register's list now. */
export async function loadImportPlan(
  manager: EntityManager,
  workRegisterId: string,
  entries: readonly PointOfContactImport[],
  at: string,
): Promise<ImportPlan> {
  const emails = [...new Set(entries.map((e) => normalizeEmail(e.email)))];
  const existing = await manager.getRepository(ContactEntity).findBy({ email: In(emails) });
  const current = await manager
    .getRepository(PointOfContactEntity)
    .find({ where: { workRegisterId }, order: { position: 'ASC' } });
  return planImport(workRegisterId, entries, existing, current, at);
}

/**
 * Writes an import plan: the new contacts, the register's list replaced, revision 1 of each new
 * contact and a new revision of each whose points of contact changed.
 */
export async function writeImportPlan(
  manager: EntityManager,
  plan: ImportPlan,
  at: string,
  options: ImportOptions,
): Promise<{ points: PointOfContact[]; revisions: RecordedRevision[] }> {
  const points = manager.getRepository(PointOfContactEntity);
  if (plan.created.length > 0) await manager.getRepository(ContactEntity).insert(plan.created);
  await points.delete({ workRegisterId: plan.workRegisterId });
  const rows = plan.wanted.map((poc) => ({ ...poc, id: randomUUID(), createdAt: at }));
  if (rows.length > 0) await points.insert(rows);
  const register = options.registerName ?? 'a register';
  const isNew = new Set(plan.created.map((c) => c.id));
  const bumped = await bumpRevisions(manager, plan.changedContacts, at);
  const revisions = await recordRevisions(
    manager,
    [...plan.created, ...bumped],
    (contact) =>
      isNew.has(contact.id)
        ? `Created by importing the points of contact of ${register}`
        : `Points of contact changed by importing ${register}`,
    options.author,
    at,
  );
  return { points: rows, revisions };
}

/**
 * Sets a register's points of contact inside the caller's transaction, with no role checks: for
 * loading data and tests. The API's import is commands/points-of-contact.ts, which authorizes
 * the plan between loading and writing it.
 */
export async function importPointsOfContact(
  manager: EntityManager,
  workRegisterId: string,
  entries: PointOfContactImport[],
  options: ImportOptions = { author: SYSTEM },
): Promise<{ changed: boolean; pointsOfContact: PointOfContact[] }> {
  const at = new Date().toISOString();
  const plan = await loadImportPlan(manager, workRegisterId, entries, at);
  if (plan.unchanged) return { changed: false, pointsOfContact: plan.current };
  return { changed: true, pointsOfContact: (await writeImportPlan(manager, plan, at, options)).points };
}

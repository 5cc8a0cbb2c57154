import { randomUUID } from 'node:crypto';
import { In, type DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import {
  paginate,
  type Author,
  type ChildKey,
  type ChildQuery,
  type ConnectionArgs,
  type Database,
} from '@alliance/core';
import {
  ContactEntity,
  PointOfContactEntity,
  type Contact,
  type ContactKind,
  type PointOfContact,
} from '../entities/index.js';
import { changedContacts, changedSides, sameList, type ListedPoint } from '../domain/list-changes.js';
import { bumpRevisions, recordRevisions, SYSTEM } from './history.js';

/** Reads and writes of contacts and points of contact; every read takes many keys. */

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export const contactsByIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(ContactEntity).findBy({ id: In([...ids]) });

export const contactsByEmails = (ds: DataSource, emails: readonly string[]) =>
  ds.getRepository(ContactEntity).findBy({ email: In(emails.map(normalizeEmail)) });

export const contactsByOrganizationIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(ContactEntity).find({ where: { organizationId: In([...ids]) }, order: { name: 'ASC' } });

export const pointsOfContactByIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(PointOfContactEntity).findBy({ id: In([...ids]) });

export const pointsOfContactByRegisterIds = (ds: DataSource, ids: readonly string[]) =>
  ds.getRepository(PointOfContactEntity).find({ where: { workRegisterId: In([...ids]) }, order: { position: 'ASC' } });

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

export const contactPage = (ds: DataSource, args: ConnectionArgs, filter: ContactFilter = {}) =>
  paginate(applyFilter(ds.getRepository(ContactEntity).createQueryBuilder('contact'), filter), args, byName);

export const contactChildKeys: ChildKey[] = [
  { column: 'contact.name', alias: 'name' },
  { column: 'contact.id', alias: 'id' },
];

export const contactsOfOrganizations = (
  ds: DataSource,
  organizationIds: readonly string[],
  filter: ContactFilter = {},
): ChildQuery => ({
  query: applyFilter(
    ds
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

export const appearancesOfContacts = (ds: DataSource, contactIds: readonly string[]): ChildQuery => ({
  query: ds
    .createQueryBuilder()
    .from('point_of_contact', 'poc')
    .where('poc.contact_id IN (:...contactIds)', { contactIds: [...contactIds] }),
  parentColumn: 'poc.contact_id',
});

export interface PointOfContactImport {
  organizationId: string;
  name: string;
  title: string | null;
  email: string;
  kind: ContactKind;
}

export interface ImportOptions {
  author: Author;
  /**
   * Called inside the transaction, before anything is written, with the organizations listed
   * (before or after) and those whose side of the list changes; throws to refuse the import.
   */
  authorize?: (sides: { listed: string[]; changed: string[] }) => void;
  /** How revision summaries name the register: `register "MEF / DMTF Work Register"`. */
  registerName?: string;
}

/** New contacts for the addresses not known yet; an existing contact keeps its name and title. */
function newContacts(unique: PointOfContactImport[], known: Map<string, Contact>, at: string): Contact[] {
  return unique
    .filter((entry) => !known.has(normalizeEmail(entry.email)))
    .map((entry) => ({
      id: randomUUID(),
      kind: entry.kind,
      name: entry.name,
      email: normalizeEmail(entry.email),
      title: entry.title,
      organizationId: entry.organizationId,
      revision: 1,
      createdAt: at,
      updatedAt: at,
    }));
}

/**
 * Sets a register's points of contact in one transaction. Contacts are found by email and
 * created when new (revision 1); an existing contact keeps its name and title (the role on this
 * register is kept on the point of contact) and gets a revision when its points of contact
 * change. The same person listed twice counts once.
 */
export function importPointsOfContact(
  db: Database,
  workRegisterId: string,
  entries: PointOfContactImport[],
  options: ImportOptions = { author: SYSTEM },
): Promise<{ changed: boolean; pointsOfContact: PointOfContact[] }> {
  return db.transaction(async (manager) => {
    const points = manager.getRepository(PointOfContactEntity);
    const at = new Date().toISOString();
    const unique = [...new Map(entries.map((e) => [normalizeEmail(e.email), e])).values()];
    const emails = unique.map((e) => normalizeEmail(e.email));
    const existing = await manager.getRepository(ContactEntity).findBy({ email: In(emails) });
    const known = new Map(existing.map((c) => [c.email, c]));
    const created = newContacts(unique, known, at);
    for (const contact of created) known.set(contact.email, contact);

    const wanted = unique.map((entry, position) => ({
      workRegisterId,
      contactId: known.get(normalizeEmail(entry.email))!.id,
      organizationId: entry.organizationId,
      role: entry.title,
      position,
    }));
    const current = await points.find({ where: { workRegisterId }, order: { position: 'ASC' } });
    const listed = [...new Set([...current, ...wanted].map((p) => p.organizationId))];
    options.authorize?.({ listed, changed: changedSides(current, wanted) });
    if (sameList(current, wanted) && created.length === 0) return { changed: false, pointsOfContact: current };

    if (created.length > 0) await manager.getRepository(ContactEntity).insert(created);
    await points.delete({ workRegisterId });
    const rows = wanted.map((poc) => ({ ...poc, id: randomUUID(), createdAt: at }));
    if (rows.length > 0) await points.insert(rows);
    await recordImport(manager, { created, current, wanted, at, options });
    return { changed: true, pointsOfContact: rows };
  });
}

/** Revision 1 of each created contact, and a new revision of each whose points of contact changed. */
async function recordImport(
  manager: EntityManager,
  {
    created,
    current,
    wanted,
    at,
    options,
  }: {
    created: Contact[];
    current: ListedPoint[];
    wanted: ListedPoint[];
    at: string;
    options: ImportOptions;
  },
): Promise<void> {
  const register = options.registerName ?? 'a register';
  const isNew = new Set(created.map((c) => c.id));
  const changed = changedContacts(current, wanted).filter((id) => !isNew.has(id));
  const bumped = await bumpRevisions(manager, changed, at);
  await recordRevisions(
    manager,
    [...created, ...bumped],
    (contact) =>
      isNew.has(contact.id)
        ? `Created by importing the points of contact of ${register}`
        : `Points of contact changed by importing ${register}`,
    options.author,
    at,
  );
}

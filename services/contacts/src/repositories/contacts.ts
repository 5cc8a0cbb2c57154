import { randomUUID } from 'node:crypto';
import { In, type DataSource, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { paginate, type ChildKey, type ChildQuery, type ConnectionArgs, type Database } from '@alliance/core';
import {
  ContactEntity,
  PointOfContactEntity,
  type Contact,
  type ContactKind,
  type PointOfContact,
} from '../entities/index.js';

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
}

/** Adds the filter's conditions; search is a case-insensitive substring of name, email or title. */
function applyFilter<Q extends SelectQueryBuilder<ObjectLiteral>>(qb: Q, filter: ContactFilter): Q {
  if (filter.organizationId)
    qb.andWhere('contact.organization_id = :organizationId', { organizationId: filter.organizationId });
  if (filter.kind) qb.andWhere('contact.kind = :kind', { kind: filter.kind });
  const search = filter.search?.trim().toLowerCase();
  if (search) {
    qb.andWhere(
      "(LOWER(contact.name) LIKE :search ESCAPE '\\' OR contact.email LIKE :search ESCAPE '\\' OR LOWER(COALESCE(contact.title, '')) LIKE :search ESCAPE '\\')",
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

const sameList = (current: PointOfContact[], wanted: Omit<PointOfContact, 'id' | 'createdAt'>[]) =>
  current.length === wanted.length &&
  current.every(
    (poc, i) =>
      poc.contactId === wanted[i]!.contactId &&
      poc.organizationId === wanted[i]!.organizationId &&
      poc.role === wanted[i]!.role,
  );

/**
 * Sets a register's points of contact in one transaction. Contacts are found by email and
 * created when new; an existing contact keeps its name and title (the role on this register is
 * kept on the point of contact). The same person listed twice counts once.
 */
export function importPointsOfContact(
  db: Database,
  workRegisterId: string,
  entries: PointOfContactImport[],
): Promise<{ changed: boolean; pointsOfContact: PointOfContact[] }> {
  return db.transaction(async (manager) => {
    const contacts = manager.getRepository(ContactEntity);
    const points = manager.getRepository(PointOfContactEntity);
    const at = new Date().toISOString();
    const unique = [...new Map(entries.map((e) => [normalizeEmail(e.email), e])).values()];
    const emails = unique.map((e) => normalizeEmail(e.email));
    const known = new Map((await contacts.findBy({ email: In(emails) })).map((c) => [c.email, c]));
    const created: Contact[] = [];
    for (const entry of unique) {
      const email = normalizeEmail(entry.email);
      if (known.has(email)) continue;
      const contact: Contact = {
        id: randomUUID(),
        kind: entry.kind,
        name: entry.name,
        email,
        title: entry.title,
        organizationId: entry.organizationId,
        createdAt: at,
        updatedAt: at,
      };
      created.push(contact);
      known.set(email, contact);
    }
    if (created.length > 0) await contacts.insert(created);

    const wanted = unique.map((entry, position) => ({
      workRegisterId,
      contactId: known.get(normalizeEmail(entry.email))!.id,
      organizationId: entry.organizationId,
      role: entry.title,
      position,
    }));
    const current = await points.find({ where: { workRegisterId }, order: { position: 'ASC' } });
    if (sameList(current, wanted)) return { changed: created.length > 0, pointsOfContact: current };

    await points.delete({ workRegisterId });
    const rows = wanted.map((poc) => ({ ...poc, id: randomUUID(), createdAt: at }));
    if (rows.length > 0) await points.insert(rows);
    return { changed: true, pointsOfContact: rows };
  });
}

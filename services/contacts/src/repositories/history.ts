import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Author, ChildKey, ChildQuery } from '@alliance/core';
import {
  ContactEntity,
  ContactRevisionEntity,
  PointOfContactEntity,
  type Contact,
  type ContactRevision,
} from '../entities/index.js';
import type { RecordedRevision } from '../domain/events.js';
import { snapshotOf } from '../domain/snapshots.js';

/** Revisions of contacts: written inside the transaction of the change they record, never updated. */

/** Author of writes made below the API (benchmarks, data-access tests): no token names anyone. */
export const SYSTEM: Author = { subject: 'system', name: null };

/**
 * Adds one to the revision of each contact (atomically, so concurrent writers never share a
 * number) and reads them back; the row locks the UPDATE took make the values read this writer's.
 */
export async function bumpRevisions(manager: EntityManager, ids: readonly string[], at: string): Promise<Contact[]> {
  if (ids.length === 0) return [];
  await manager
    .createQueryBuilder()
    .update(ContactEntity)
    .set({ revision: () => 'revision + 1', updatedAt: at })
    .where({ id: In([...ids]) })
    .execute();
  return manager.getRepository(ContactEntity).findBy({ id: In([...ids]) });
}

/**
 * Records each contact as it now is (revision already advanced) with its points of contact;
 * `summary` writes the one line for each. Answers each revision with the state before it, for
 * the events the write reports (domain/events.ts).
 */
export async function recordRevisions(
  manager: EntityManager,
  contacts: readonly Contact[],
  summary: (contact: Contact) => string,
  author: Author,
  at: string,
): Promise<RecordedRevision[]> {
  if (contacts.length === 0) return [];
  const points = await manager.getRepository(PointOfContactEntity).findBy({ contactId: In(contacts.map((c) => c.id)) });
  const previous = await revisionsOf(
    manager,
    contacts.filter((c) => c.revision > 1).map((c) => ({ contactId: c.id, revision: c.revision - 1 })),
  );
  const before = new Map(previous.map((r) => [`${r.contactId}@${r.revision + 1}`, r.snapshot]));
  const rows: ContactRevision[] = contacts.map((contact) => ({
    id: randomUUID(),
    contactId: contact.id,
    revision: contact.revision,
    authorSubject: author.subject,
    authorName: author.name,
    summary: summary(contact).slice(0, 500),
    snapshot: snapshotOf(contact, points),
    createdAt: at,
  }));
  await manager.getRepository(ContactRevisionEntity).insert(rows);
  return rows.map((row) => ({
    contactId: row.contactId,
    revision: row.revision,
    summary: row.summary,
    author,
    before: before.get(`${row.contactId}@${row.revision}`) ?? null,
    after: row.snapshot,
  }));
}

export const revisionsByIds = (db: EntityManager, ids: readonly string[]) =>
  db.getRepository(ContactRevisionEntity).findBy({ id: In([...ids]) });

/** Revisions by (contact, number); the caller picks the exact pairs out of the cross product. */
export const revisionsOf = async (db: EntityManager, keys: readonly { contactId: string; revision: number }[]) => {
  if (keys.length === 0) return [];
  const rows = await db.getRepository(ContactRevisionEntity).findBy({
    contactId: In([...new Set(keys.map((k) => k.contactId))]),
    revision: In([...new Set(keys.map((k) => k.revision))]),
  });
  const wanted = new Set(keys.map((k) => `${k.contactId}@${k.revision}`));
  return rows.filter((row) => wanted.has(`${row.contactId}@${row.revision}`));
};

/** The order of a contact's history, read descending: newest first. */
export const historyChildKeys: ChildKey[] = [
  { column: 'rev.revision', alias: 'revision' },
  { column: 'rev.id', alias: 'id' },
];

export const historiesOfContacts = (db: EntityManager, contactIds: readonly string[]): ChildQuery => ({
  query: db
    .createQueryBuilder()
    .from('contact_revision', 'rev')
    .where('rev.contact_id IN (:...contactIds)', { contactIds: [...contactIds] }),
  parentColumn: 'rev.contact_id',
});

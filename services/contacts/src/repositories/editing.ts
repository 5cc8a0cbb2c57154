import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { ContactEntity, PointOfContactEntity, type Contact, type PointOfContact } from '../entities/index.js';

/**
 * The writes of the editing mutations, each a step inside a transaction the caller opened
 * (src/commands): the caller decides what a missing row or a moved revision means to the client.
 */

export type ContactFields = Pick<Contact, 'kind' | 'name' | 'email' | 'title' | 'organizationId'>;

export const contactByEmail = (manager: EntityManager, email: string) =>
  manager.getRepository(ContactEntity).findOneBy({ email });

export const contactById = (manager: EntityManager, id: string) =>
  manager.getRepository(ContactEntity).findOneBy({ id });

export async function insertContact(manager: EntityManager, fields: ContactFields, at: string): Promise<Contact> {
  const contact: Contact = { ...fields, id: randomUUID(), revision: 1, createdAt: at, updatedAt: at };
  await manager.getRepository(ContactEntity).insert(contact);
  return contact;
}

/**
 * Applies `changes` and advances the revision only if the contact is still at `expected`
 * (`WHERE id = … AND revision = …`): of concurrent writers based on the same revision exactly
 * one matches, on SQLite and PostgreSQL alike. Null when none matched.
 */
export async function updateContactAt(
  manager: EntityManager,
  id: string,
  expected: number,
  changes: Partial<ContactFields>,
  at: string,
): Promise<Contact | null> {
  const result = await manager
    .createQueryBuilder()
    .update(ContactEntity)
    .set({ ...changes, revision: expected + 1, updatedAt: at })
    .where({ id, revision: expected })
    .execute();
  return result.affected === 1 ? contactById(manager, id) : null;
}

/** Deletes the contact only if it is still at `expected`; false when it was not. */
export async function deleteContactAt(manager: EntityManager, id: string, expected: number): Promise<boolean> {
  const result = await manager.getRepository(ContactEntity).delete({ id, revision: expected });
  return result.affected === 1;
}

/**
 * Gives `from`'s points of contact to `to`, dropping those `to` already has for the same register
 * and organization (a register lists a contact once per organization).
 */
export async function movePointsOfContact(manager: EntityManager, from: string, to: string) {
  const points = manager.getRepository(PointOfContactEntity);
  const keyOf = (p: PointOfContact) => `${p.workRegisterId} ${p.organizationId}`;
  const kept = new Set((await points.findBy({ contactId: to })).map(keyOf));
  const merged = await points.findBy({ contactId: from });
  const dropped = merged.filter((p) => kept.has(keyOf(p)));
  const moved = merged.filter((p) => !kept.has(keyOf(p)));
  if (dropped.length > 0) await points.delete({ id: In(dropped.map((p) => p.id)) });
  if (moved.length > 0) await points.update({ id: In(moved.map((p) => p.id)) }, { contactId: to });
  return { moved: moved.length, dropped: dropped.length };
}

/** The point of contact listing this contact for this organization in this register, if any. */
export const findPointOfContact = (
  manager: EntityManager,
  {
    workRegisterId,
    contactId,
    organizationId,
  }: Pick<PointOfContact, 'workRegisterId' | 'contactId' | 'organizationId'>,
) => manager.getRepository(PointOfContactEntity).findOneBy({ workRegisterId, contactId, organizationId });

/** Adds a point of contact at the end of its register's list. */
export async function insertPointOfContact(
  manager: EntityManager,
  fields: Pick<PointOfContact, 'workRegisterId' | 'contactId' | 'organizationId' | 'role'>,
  at: string,
): Promise<PointOfContact> {
  const last = await manager
    .getRepository(PointOfContactEntity)
    .createQueryBuilder('poc')
    .select('MAX(poc.position)', 'last')
    .where('poc.work_register_id = :id', { id: fields.workRegisterId })
    .getRawOne<{ last: number | string | null }>();
  const position = last?.last == null ? 0 : Number(last.last) + 1;
  const poc: PointOfContact = { ...fields, id: randomUUID(), position, createdAt: at };
  await manager.getRepository(PointOfContactEntity).insert(poc);
  return poc;
}

export async function deletePointOfContact(manager: EntityManager, id: string): Promise<boolean> {
  const result = await manager.getRepository(PointOfContactEntity).delete({ id });
  return result.affected === 1;
}

/** A UNIQUE constraint refused a row (PostgreSQL 23505, SQLite SQLITE_CONSTRAINT_UNIQUE). */
export function isUniqueViolation(error: unknown): boolean {
  const { code, driverError } = error as { code?: string; driverError?: { code?: string } };
  return [code, driverError?.code].some((c) => c === '23505' || c === 'SQLITE_CONSTRAINT_UNIQUE');
}

import { randomUUID } from 'node:crypto';
import type { Contact, ContactKind, PointOfContact } from '../entities/index.js';
import { changedContacts, changedSides, sameList, type ListedPoint } from './list-changes.js';

/** One entry of a register's list of points of contact, as a document gives it. */
export interface PointOfContactImport {
  organizationId: string;
  name: string;
  title: string | null;
  email: string;
  kind: ContactKind;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export interface ImportPlan {
  workRegisterId: string;
  /** Contacts for the addresses not known yet (revision 1). */
  created: Contact[];
  current: PointOfContact[];
  wanted: (ListedPoint & { workRegisterId: string; position: number })[];
  /** Organizations on the list before or after: the caller must edit for one of them. */
  listed: string[];
  /** Organizations whose side of the list changes: the caller must edit for each. */
  changedSides: string[];
  /** Existing contacts whose points of contact change (each gets a revision). */
  changedContacts: string[];
  unchanged: boolean;
}

/**
 * What importing `entries` as a register's list makes of it. Contacts are found by email; an
 * existing contact keeps its name and title (the role on this register is kept on the point of
 * contact); the same person listed twice counts once. Pure: the command authorizes the plan
 * before the repository writes it.
 */
export function planImport(
  workRegisterId: string,
  entries: readonly PointOfContactImport[],
  existing: readonly Contact[],
  current: PointOfContact[],
  at: string,
): ImportPlan {
  const unique = [...new Map(entries.map((e) => [normalizeEmail(e.email), e])).values()];
  const known = new Map(existing.map((c) => [c.email, c]));
  const created: Contact[] = unique
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
  for (const contact of created) known.set(contact.email, contact);
  const wanted = unique.map((entry, position) => ({
    workRegisterId,
    contactId: known.get(normalizeEmail(entry.email))!.id,
    organizationId: entry.organizationId,
    role: entry.title,
    position,
  }));
  const isNew = new Set(created.map((c) => c.id));
  return {
    workRegisterId,
    created,
    current,
    wanted,
    listed: [...new Set([...current, ...wanted].map((p) => p.organizationId))],
    changedSides: changedSides(current, wanted),
    changedContacts: changedContacts(current, wanted).filter((id) => !isNew.has(id)),
    unchanged: sameList(current, wanted) && created.length === 0,
  };
}

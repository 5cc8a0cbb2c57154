import type { Contact, ContactSnapshot, PointOfContact, PointOfContactSnapshot } from '../entities/index.js';

/**
 * What a revision keeps of a contact. Pure, so the repositories and the migration that starts
 * the history of existing contacts record the same shape.
 */

const orderKey = (p: PointOfContactSnapshot) => `${p.workRegisterId}\u0000${p.organizationId}\u0000${p.role ?? ''}`;

/**
 * Points of contact in a fixed order (register, organization, role), not in the order they were
 * recorded: an import re-creates a register's rows, and that must not read as a change.
 */
export function snapshotOf(
  contact: Pick<Contact, 'id' | 'kind' | 'name' | 'email' | 'title' | 'organizationId'>,
  pointsOfContact: readonly PointOfContact[],
): ContactSnapshot {
  const points = pointsOfContact
    .filter((p) => p.contactId === contact.id)
    .map((p) => ({ workRegisterId: p.workRegisterId, organizationId: p.organizationId, role: p.role }))
    .sort((a, b) => (orderKey(a) < orderKey(b) ? -1 : orderKey(a) > orderKey(b) ? 1 : 0));
  return {
    kind: contact.kind,
    name: contact.name,
    email: contact.email,
    title: contact.title,
    organizationId: contact.organizationId,
    pointsOfContact: points,
  };
}

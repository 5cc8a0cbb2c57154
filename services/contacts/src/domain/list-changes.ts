/**
 * What an import changes in a register's list of points of contact, per organization and per
 * contact. Pure: the import decides with it who must approve (editors of the changed sides) and
 * which contacts get a new revision.
 */

export interface ListedPoint {
  contactId: string;
  organizationId: string;
  role: string | null;
}

/** Rows of the table carry ids and positions too; only these three fields make an entry. */
const entry = (p: ListedPoint) => JSON.stringify([p.contactId, p.organizationId, p.role]);

const groupBy = (points: readonly ListedPoint[], key: (p: ListedPoint) => string) => {
  const groups = new Map<string, string[]>();
  for (const p of points) groups.set(key(p), [...(groups.get(key(p)) ?? []), entry(p)]);
  return groups;
};

/** Keys whose entries differ (in content or order) between the two lists. */
function changedKeys(before: readonly ListedPoint[], after: readonly ListedPoint[], key: (p: ListedPoint) => string) {
  const was = groupBy(before, key);
  const is = groupBy(after, key);
  return [...new Set([...was.keys(), ...is.keys()])].filter(
    (k) => JSON.stringify(was.get(k) ?? []) !== JSON.stringify(is.get(k) ?? []),
  );
}

/**
 * Organizations whose side of the list changes: another entry, one fewer, another role or order.
 * Moving one side's entries relative to the other's changes neither side.
 */
export const changedSides = (before: readonly ListedPoint[], after: readonly ListedPoint[]) =>
  changedKeys(before, after, (p) => p.organizationId);

/** Contacts whose points of contact in this register change (their snapshots would differ). */
export const changedContacts = (before: readonly ListedPoint[], after: readonly ListedPoint[]) =>
  changedKeys(before, after, (p) => p.contactId);

export const sameList = (before: readonly ListedPoint[], after: readonly ListedPoint[]) =>
  JSON.stringify(before.map(entry)) === JSON.stringify(after.map(entry));

import DataLoader from 'dataloader';
import { byKey, createChildConnectionLoader, groupByKey, type Database } from '@alliance/core';
import * as contacts from './repositories/contacts.js';

/** Per-request DataLoaders: one statement per kind of data, however many items a request returns. */
export function createLoaders(db: Database) {
  const ds = db.dataSource;
  return {
    contact: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await contacts.contactsByIds(ds, ids), (c) => c.id),
    ),
    contactByEmail: new DataLoader(
      async (emails: readonly string[]) =>
        byKey(emails.map(contacts.normalizeEmail), await contacts.contactsByEmails(ds, emails), (c) => c.email),
      { cacheKeyFn: contacts.normalizeEmail },
    ),
    pointOfContact: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await contacts.pointsOfContactByIds(ds, ids), (p) => p.id),
    ),
    pointsOfContactOfRegister: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await contacts.pointsOfContactByRegisterIds(ds, ids), (p) => p.workRegisterId),
    ),
    contactsOfOrganization: createChildConnectionLoader(
      (ids) => contacts.contactsOfOrganizations(ds, ids),
      contacts.contactChildKeys,
    ),
    appearancesOfContact: createChildConnectionLoader(
      (ids) => contacts.appearancesOfContacts(ds, ids),
      contacts.appearanceChildKeys,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface ContactsContext {
  db: Database;
  loaders: Loaders;
}

import type { LookUp } from './registry-directory.js';
import DataLoader from 'dataloader';
import {
  byKey,
  createChildConnectionLoader,
  groupByKey,
  revisionLoader,
  twoKeyLoaders,
  type ConnectionArgs,
  type Database,
  type Viewer,
} from '@alliance/core';
import { normalizeEmail } from './domain/point-import.js';
import * as contacts from './repositories/contacts.js';
import * as history from './repositories/history.js';

/** Memoizes `make` by the JSON of its argument, for the life of one request. */
function perKey<A, T>(make: (arg: A) => T): (arg: A) => T {
  const made = new Map<string, T>();
  return (arg) => {
    const key = JSON.stringify(arg);
    if (!made.has(key)) made.set(key, make(arg));
    return made.get(key)!;
  };
}

/** Per-request DataLoaders: one statement per kind of data, however many items a request returns. */
export function createLoaders(db: Database) {
  // One handle for every read of the request: the data source's own entity manager.
  const reader = db.dataSource.manager;
  const [contact, contactByEmail] = twoKeyLoaders(
    { load: (ids: readonly string[]) => contacts.contactsByIds(reader, ids), keyOf: (c) => c.id },
    {
      load: (emails: readonly string[]) => contacts.contactsByEmails(reader, emails),
      keyOf: (c) => c.email,
      cacheKeyFn: normalizeEmail,
    },
  );
  // One child-connection loader per filter, made on first use.
  const contactsByFilter = perKey((filter: contacts.ContactFilter) =>
    createChildConnectionLoader(
      (ids) => contacts.contactsOfOrganizations(reader, ids, filter),
      contacts.contactChildKeys,
    ),
  );
  return {
    /** The one-off page of a top-level field (resolvers read through loaders only). */
    reads: {
      contactPage: (args: ConnectionArgs, filter: contacts.ContactFilter) => contacts.contactPage(reader, args, filter),
    },
    contact,
    contactByEmail,
    allContactsOfOrganization: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await contacts.contactsByOrganizationIds(reader, ids), (c) => c.organizationId!),
    ),
    pointOfContact: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await contacts.pointsOfContactByIds(reader, ids), (p) => p.id),
    ),
    pointsOfContactOfRegister: new DataLoader(async (ids: readonly string[]) =>
      groupByKey(ids, await contacts.pointsOfContactByRegisterIds(reader, ids), (p) => p.workRegisterId),
    ),
    /** An organization's contacts under a filter; organizations asked with the same filter batch together. */
    contactsOfOrganization: {
      load: (organizationId: string, args: ConnectionArgs, filter: contacts.ContactFilter) =>
        contactsByFilter(filter).load(organizationId, args),
    },
    revisionById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await history.revisionsByIds(reader, ids), (r) => r.id),
    ),
    /** A contact as it was at one revision: `{ id: contact id, revision }`. */
    revisionAt: revisionLoader(
      (keys) =>
        history.revisionsOf(
          reader,
          keys.map(({ id, revision }) => ({ contactId: id, revision })),
        ),
      (r) => ({ id: r.contactId, revision: r.revision }),
    ),
    historyOfContact: createChildConnectionLoader(
      (ids) => history.historiesOfContacts(reader, ids),
      history.historyChildKeys,
      { descending: true },
    ),
    appearancesOfContact: createChildConnectionLoader(
      (ids) => contacts.appearancesOfContacts(reader, ids),
      contacts.appearanceChildKeys,
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

export interface ContactsContext {
  db: Database;
  /** The caller, as the request's bearer token names them. */
  viewer: Viewer;
  /** Asks the registry, through the gateway and as this caller, about organizations and registers. */
  lookUp: LookUp;
  loaders: Loaders;
  /** The web app's address, for the links in webhook payloads. */
  publicUrl: string;
}

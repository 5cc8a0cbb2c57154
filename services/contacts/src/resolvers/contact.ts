import { badUserInput, visibleChanges, type ConnectionArgs } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { ContactsContext } from '../loaders.js';
import { visibleEmail, visibleSnapshot, visibleText } from '../privacy.js';
import { organization, workRegister } from './refs.js';

/** A contact, its history, and the snapshots revisions keep. */

async function revisionOrFail(contact: rows.Contact, revision: number, field: string, { loaders }: ContactsContext) {
  const found = await loaders.revision.load({ id: contact.id, revision });
  if (!found) {
    throw badUserInput(
      `${field}: contact ${contact.id} has revisions 1 to ${contact.revision}, not ${revision}`,
      field,
    );
  }
  return found;
}

export const Contact = {
  __resolveReference: (ref: { id: string }, { loaders }: ContactsContext) => loaders.contact.load(ref.id),
  email: (contact: rows.Contact, _: unknown, { viewer }: ContactsContext) => visibleEmail(viewer, contact),
  organization: (contact: rows.Contact) => organization(contact.organizationId),
  async workRegisters(contact: rows.Contact, args: ConnectionArgs, { loaders }: ContactsContext) {
    const connection = await loaders.appearancesOfContact(contact.id, args);
    return {
      ...connection,
      edges: connection.edges.map(async (edge) => {
        const poc = (await loaders.pointOfContact.load(edge.node.id))!;
        return {
          cursor: edge.cursor,
          node: workRegister(poc.workRegisterId),
          role: poc.role,
          organization: organization(poc.organizationId),
        };
      }),
    };
  },
  async history(contact: rows.Contact, args: ConnectionArgs, { loaders }: ContactsContext) {
    const connection = await loaders.historyOfContact(contact.id, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.revisionById.load(edge.node.id) })),
    };
  },
  atRevision: (contact: rows.Contact, args: { revision: number }, { loaders }: ContactsContext) =>
    loaders.revision.load({ id: contact.id, revision: args.revision }),
  /** Compares what this caller may see of both revisions, so a hidden address stays hidden. */
  async changes(contact: rows.Contact, args: { from: number; to?: number | null }, context: ContactsContext) {
    const [before, after] = await Promise.all([
      revisionOrFail(contact, args.from, 'from', context),
      revisionOrFail(contact, args.to ?? contact.revision, 'to', context),
    ]);
    return visibleChanges(before.snapshot, after.snapshot, (snapshot) => visibleSnapshot(context.viewer, snapshot));
  },
};

export const ContactRevision = {
  author: (revision: rows.ContactRevision) => ({ subject: revision.authorSubject, name: revision.authorName }),
  summary: (revision: rows.ContactRevision, _: unknown, { viewer }: ContactsContext) =>
    visibleText(viewer, revision.summary),
  contact: (revision: rows.ContactRevision, _: unknown, { viewer }: ContactsContext) =>
    visibleSnapshot(viewer, revision.snapshot),
  async changes(revision: rows.ContactRevision, _: unknown, { loaders, viewer }: ContactsContext) {
    const previous =
      revision.revision > 1
        ? await loaders.revision.load({ id: revision.contactId, revision: revision.revision - 1 })
        : null;
    return visibleChanges(previous?.snapshot ?? null, revision.snapshot, (snapshot) =>
      visibleSnapshot(viewer, snapshot),
    );
  },
};

export const ContactSnapshot = {
  organization: (snapshot: rows.ContactSnapshot) => organization(snapshot.organizationId),
};

export const PointOfContactSnapshot = {
  workRegister: (point: rows.PointOfContactSnapshot) => workRegister(point.workRegisterId),
  organization: (point: rows.PointOfContactSnapshot) => organization(point.organizationId),
};

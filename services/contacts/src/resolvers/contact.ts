import { revisionResolvers, type ConnectionArgs } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { ContactsContext } from '../loaders.js';
import { visibleEmail, visibleSnapshot, visibleText } from '../privacy.js';
import { organization, workRegister } from './refs.js';

/** A contact, its history, and the snapshots revisions keep. */

/** A contact's history through core's revision kit; a person's address only for callers with a role. */
const history = revisionResolvers({
  name: (contact: rows.Contact) => `Contact ${contact.id}`,
  id: (contact) => contact.id,
  current: (contact) => contact.revision,
  recordOf: (revision: rows.ContactRevision) => revision.contactId,
  loaders: ({ loaders }: ContactsContext) => ({
    revisionAt: loaders.revisionAt,
    revisionById: loaders.revisionById,
    history: loaders.historyOfContact,
  }),
  visible: (revision, { viewer }) => visibleSnapshot(viewer, revision.snapshot),
});

export const Contact = {
  __resolveReference: (ref: { id: string }, { loaders }: ContactsContext) => loaders.contact.load(ref.id),
  email: (contact: rows.Contact, _: unknown, { viewer }: ContactsContext) => visibleEmail(viewer, contact),
  organization: (contact: rows.Contact) => organization(contact.organizationId),
  async workRegisters(contact: rows.Contact, args: ConnectionArgs, { loaders }: ContactsContext) {
    const connection = await loaders.appearancesOfContact.load(contact.id, args);
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
  ...history.record,
};

export const ContactRevision = {
  ...history.revision,
  summary: (revision: rows.ContactRevision, _: unknown, { viewer }: ContactsContext) =>
    visibleText(viewer, revision.summary),
  contact: (revision: rows.ContactRevision, _: unknown, { viewer }: ContactsContext) =>
    visibleSnapshot(viewer, revision.snapshot),
};

export const ContactSnapshot = {
  organization: (snapshot: rows.ContactSnapshot) => organization(snapshot.organizationId),
};

export const PointOfContactSnapshot = {
  workRegister: (point: rows.PointOfContactSnapshot) => workRegister(point.workRegisterId),
  organization: (point: rows.PointOfContactSnapshot) => organization(point.organizationId),
};

import { referenced, revisionResolvers, type Connection } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { ContactsContext } from '../loaders.js';
import { visibleEmail, visibleSnapshot, visibleText } from '../privacy.js';
import { organization, workRegister, type OrganizationRef, type WorkRegisterRef } from './refs.js';
import type {
  ContactResolvers,
  ContactRevisionResolvers,
  ContactSnapshotResolvers,
  PointOfContactSnapshotResolvers,
} from '../generated/resolvers.js';

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

/** The registers a contact appears in: each edge a promise, its point of contact loaded in a batch. */
export type AppearancePage = Omit<Connection<never>, 'edges'> & {
  edges: Promise<{ cursor: string; node: WorkRegisterRef; role: string | null; organization: OrganizationRef }>[];
};

export const Contact: ContactResolvers = {
  __resolveReference: (ref, { loaders }) => loaders.contact.load(ref.id),
  email: (contact, _, { viewer }) => visibleEmail(viewer, contact),
  organization: (contact) => organization(contact.organizationId),
  async workRegisters(contact, args, { loaders }): Promise<AppearancePage> {
    const connection = await loaders.appearancesOfContact.load(contact.id, args);
    return {
      ...connection,
      edges: connection.edges.map(async (edge) => {
        const poc = await referenced(loaders.pointOfContact, edge.node.id);
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

export const ContactRevision: ContactRevisionResolvers = {
  ...history.revision,
  summary: (revision, _, { viewer }) => visibleText(viewer, revision.summary),
  contact: (revision, _, { viewer }) => visibleSnapshot(viewer, revision.snapshot),
};

export const ContactSnapshot: ContactSnapshotResolvers = {
  organization: (snapshot) => organization(snapshot.organizationId),
};

export const PointOfContactSnapshot: PointOfContactSnapshotResolvers = {
  workRegister: (point) => workRegister(point.workRegisterId),
  organization: (point) => organization(point.organizationId),
};

import { assertId, badUserInput, notFound, scalarResolvers, type ConnectionArgs } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { ContactsContext } from '../loaders.js';
import { contactPage, importPointsOfContact, normalizeEmail, type ContactFilter } from '../repositories/contacts.js';
import {
  emailDomainFindings,
  oneSidedFindings,
  samePersonFindings,
  type ContactFinding as Finding,
} from '../findings.js';
import { validatePointsOfContact } from '../validation.js';

function readFilter(filter: ContactFilter | null | undefined): ContactFilter {
  if (!filter) return {};
  return {
    organizationId: filter.organizationId ? assertId(filter.organizationId, 'filter.organizationId') : null,
    search: filter.search?.trim() || null,
    kind: filter.kind ?? null,
  };
}

const organization = (id: string | null) => (id ? { __typename: 'Organization', id } : null);
const workRegister = (id: string) => ({ __typename: 'WorkRegister', id });

const Query = {
  async contact(_: unknown, args: { id?: string | null; email?: string | null }, { loaders }: ContactsContext) {
    if ((args.id == null) === (args.email == null)) throw badUserInput('Pass exactly one of id, email', 'id');
    const contact = args.id
      ? await loaders.contact.load(assertId(args.id))
      : await loaders.contactByEmail.load(normalizeEmail(args.email!));
    if (!contact) throw notFound(`No contact with ${args.id ? `id "${args.id}"` : `email "${args.email}"`}`);
    return contact;
  },
  contacts: (_: unknown, args: ConnectionArgs & { filter?: ContactFilter | null }, { db }: ContactsContext) =>
    contactPage(db.dataSource, args, readFilter(args.filter)),
};

const Mutation = {
  async importPointsOfContact(
    _: unknown,
    args: { workRegisterId: string; contacts: unknown },
    { db }: ContactsContext,
  ) {
    const entries = validatePointsOfContact(args.workRegisterId, args.contacts);
    return importPointsOfContact(db, args.workRegisterId.toLowerCase(), entries);
  },
};

const Contact = {
  __resolveReference: (ref: { id: string }, { loaders }: ContactsContext) => loaders.contact.load(ref.id),
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
};

const PointOfContact = {
  workRegister: (poc: rows.PointOfContact) => workRegister(poc.workRegisterId),
  organization: (poc: rows.PointOfContact) => organization(poc.organizationId),
  contact: (poc: rows.PointOfContact, _: unknown, { loaders }: ContactsContext) => loaders.contact.load(poc.contactId),
};

const WorkRegister = {
  async contactFindings(
    register: { id: string; parties: { organization: { id: string } }[] },
    _: unknown,
    { loaders }: ContactsContext,
  ) {
    const pointsOfContact = await loaders.pointsOfContactOfRegister.load(register.id);
    return oneSidedFindings(
      register.id,
      register.parties.map((p) => p.organization.id),
      pointsOfContact,
    );
  },

  pointsOfContact: (register: { id: string }, _: unknown, { loaders }: ContactsContext) =>
    loaders.pointsOfContactOfRegister.load(register.id),
};

const Organization = {
  async contactFindings(
    org: { id: string; acronym: string; emailDomains: { domain: string }[] },
    _: unknown,
    { loaders }: ContactsContext,
  ) {
    const contacts = await loaders.allContactsOfOrganization.load(org.id);
    return [...emailDomainFindings(org, contacts), ...samePersonFindings(org.id, contacts)];
  },

  async contacts(
    org: { id: string },
    args: ConnectionArgs & { filter?: ContactFilter | null },
    { loaders }: ContactsContext,
  ) {
    const filter = readFilter(args.filter);
    const connection = await loaders.contactsOfOrganization({ search: filter.search, kind: filter.kind })(org.id, args);
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.contact.load(edge.node.id) })),
    };
  },
};

const ContactFinding = {
  organization: (finding: Finding) => organization(finding.organizationId),
  workRegister: (finding: Finding) => (finding.workRegisterId ? workRegister(finding.workRegisterId) : null),
};

export const resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Contact,
  PointOfContact,
  WorkRegister,
  Organization,
  ContactFinding,
};

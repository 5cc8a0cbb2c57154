import type { ConnectionArgs } from '@alliance/core';
import type * as rows from '../entities/index.js';
import {
  emailDomainFindings,
  oneSidedFindings,
  samePersonFindings,
  type ContactFinding as Finding,
} from '../domain/findings.js';
import type { ContactsContext } from '../loaders.js';
import { visibleText } from '../privacy.js';
import type { ContactFilter } from '../repositories/contacts.js';
import { readFilter } from './query.js';
import { organization, workRegister } from './refs.js';

/** What this subgraph adds to the registry's entities, and the points of contact linking them. */

export const PointOfContact = {
  workRegister: (poc: rows.PointOfContact) => workRegister(poc.workRegisterId),
  organization: (poc: rows.PointOfContact) => organization(poc.organizationId),
  contact: (poc: rows.PointOfContact, _: unknown, { loaders }: ContactsContext) => loaders.contact.load(poc.contactId),
};

export const WorkRegister = {
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

export const Organization = {
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
    { loaders, viewer }: ContactsContext,
  ) {
    const { search, kind, searchEmails } = readFilter(args.filter, viewer);
    const connection = await loaders.contactsOfOrganization.load(org.id, args, { search, kind, searchEmails });
    return {
      ...connection,
      edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: loaders.contact.load(edge.node.id) })),
    };
  },
};

export const ContactFinding = {
  /** Messages quote addresses; anonymous readers get them hidden (the contact field shows what they may see). */
  message: (finding: Finding, _: unknown, { viewer }: ContactsContext) => visibleText(viewer, finding.message),
  organization: (finding: Finding) => organization(finding.organizationId),
  workRegister: (finding: Finding) => (finding.workRegisterId ? workRegister(finding.workRegisterId) : null),
};

import { referenced, withNodes } from '@alliance/core';
import { emailDomainFindings, oneSidedFindings, samePersonFindings } from '../domain/findings.js';
import { visibleText } from '../privacy.js';
import { readFilter } from './query.js';
import { organization, required, workRegister } from './refs.js';
import type {
  ContactFindingResolvers,
  OrganizationResolvers,
  PointOfContactResolvers,
  WorkRegisterResolvers,
} from '../generated/resolvers.js';

/** What this subgraph adds to the registry's entities, and the points of contact linking them. */

export const PointOfContact: PointOfContactResolvers = {
  workRegister: (poc) => workRegister(poc.workRegisterId),
  organization: (poc) => organization(poc.organizationId),
  contact: (poc, _, { loaders }) => referenced(loaders.contact, poc.contactId),
};

export const WorkRegister: WorkRegisterResolvers = {
  async contactFindings(register, _, { loaders }) {
    const parties = required(register.parties, 'WorkRegister.parties');
    const pointsOfContact = await loaders.pointsOfContactOfRegister.load(register.id);
    return oneSidedFindings(
      register.id,
      parties.map((p) => p.organization.id),
      pointsOfContact,
    );
  },

  pointsOfContact: (register, _, { loaders }) => loaders.pointsOfContactOfRegister.load(register.id),
};

export const Organization: OrganizationResolvers = {
  async contactFindings(org, _, { loaders }) {
    const known = {
      id: org.id,
      acronym: required(org.acronym, 'Organization.acronym'),
      emailDomains: required(org.emailDomains, 'Organization.emailDomains'),
    };
    const contacts = await loaders.allContactsOfOrganization.load(org.id);
    return [...emailDomainFindings(known, contacts), ...samePersonFindings(org.id, contacts)];
  },

  async contacts(org, args, { loaders, viewer }) {
    const { search, kind, searchEmails } = readFilter(args.filter, viewer);
    const connection = await loaders.contactsOfOrganization.load(org.id, args, { search, kind, searchEmails });
    return withNodes(connection, (row) => referenced(loaders.contact, row.id));
  },
};

export const ContactFinding: ContactFindingResolvers = {
  /** Messages quote addresses; anonymous readers get them hidden (the contact field shows what they may see). */
  message: (finding, _, { viewer }) => visibleText(viewer, finding.message),
  organization: (finding) => organization(finding.organizationId),
  workRegister: (finding) => (finding.workRegisterId ? workRegister(finding.workRegisterId) : null),
};

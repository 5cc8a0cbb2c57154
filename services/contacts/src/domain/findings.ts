import { closestDomain } from '@alliance/document';
import type { Contact, PointOfContact } from '../entities/index.js';

/**
 * Checks of contacts against what the registry knows (an organization's email domains, a
 * register's parties). The registry's data arrives through federation (@requires), never as a
 * copy in this service's tables, so the checks always use its current values.
 */
export interface ContactFinding {
  code: 'EMAIL_DOMAIN_MISMATCH' | 'SAME_PERSON_TWO_EMAILS' | 'ONE_SIDED_CONTACTS';
  severity: 'WARNING' | 'INFO';
  message: string;
  contact: Contact | null;
  organizationId: string | null;
  workRegisterId: string | null;
}

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();
const personKey = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * Addresses one or two letters away from a domain of their organization: dmf.org for DMTF's
 * dmtf.org. People at member companies (rraghu@ciena.com for MEF) are far from every domain of
 * the organization and are not flagged.
 */
export function emailDomainFindings(
  organization: { id: string; acronym: string; emailDomains: { domain: string }[] },
  contacts: readonly Contact[],
): ContactFinding[] {
  const domains = organization.emailDomains.map((d) => d.domain.toLowerCase());
  return contacts.flatMap((contact) => {
    const domain = domainOf(contact.email);
    if (domains.includes(domain)) return [];
    const closest = closestDomain(domain, domains);
    if (!closest || closest.distance > 2) return [];
    return [
      {
        code: 'EMAIL_DOMAIN_MISMATCH' as const,
        severity: 'WARNING' as const,
        message: `${contact.email} is not on a ${organization.acronym} domain; the closest known ${organization.acronym} domain is ${closest.domain}.`,
        contact,
        organizationId: organization.id,
        workRegisterId: null,
      },
    ];
  });
}

/** The same name under more than one address: one finding per address beyond the first. */
export function samePersonFindings(organizationId: string, contacts: readonly Contact[]): ContactFinding[] {
  const byPerson = new Map<string, Contact[]>();
  for (const contact of contacts.filter((c) => c.kind === 'PERSON')) {
    byPerson.set(personKey(contact.name), [...(byPerson.get(personKey(contact.name)) ?? []), contact]);
  }
  return [...byPerson.values()]
    .filter((same) => same.length > 1)
    .flatMap((same) =>
      same.map((contact) => ({
        code: 'SAME_PERSON_TWO_EMAILS' as const,
        severity: 'INFO' as const,
        message: `${contact.name} is listed under ${same.length} addresses: ${same.map((c) => c.email).join(', ')}.`,
        contact,
        organizationId,
        workRegisterId: null,
      })),
    );
}

/** Parties of a register with no point of contact in it. */
export function oneSidedFindings(
  workRegisterId: string,
  partyOrganizationIds: readonly string[],
  pointsOfContact: readonly PointOfContact[],
): ContactFinding[] {
  const covered = new Set(pointsOfContact.map((p) => p.organizationId));
  return [...new Set(partyOrganizationIds)]
    .filter((id) => !covered.has(id))
    .map((organizationId) => ({
      code: 'ONE_SIDED_CONTACTS' as const,
      severity: 'WARNING' as const,
      message: 'The register names no point of contact for one of its parties.',
      contact: null,
      organizationId,
      workRegisterId,
    }));
}

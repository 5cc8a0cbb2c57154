import type { WorkRegisterDocument } from '@alliance/document';
import type { GraphQLClient } from '@alliance/core/client';

const IMPORT_REGISTER = /* GraphQL */ `
  mutation ImportWorkRegister($input: WorkRegisterImportInput!, $dryRun: Boolean!) {
    importWorkRegister(input: $input, dryRun: $dryRun) {
      outcome
      slug
      revision
      workRegister {
        id
        parties {
          organization {
            id
            acronym
          }
        }
      }
    }
  }
`;

const IMPORT_POINTS_OF_CONTACT = /* GraphQL */ `
  mutation ImportPointsOfContact($workRegisterId: ID!, $contacts: [PointOfContactImportInput!]!) {
    importPointsOfContact(workRegisterId: $workRegisterId, contacts: $contacts) {
      changed
    }
  }
`;

interface ImportRegisterResult {
  importWorkRegister: {
    outcome: 'CREATED' | 'REVISED' | 'UNCHANGED';
    slug: string;
    revision: number;
    workRegister: { id: string; parties: { organization: { id: string; acronym: string } }[] } | null;
  };
}

export interface ImportResult {
  slug: string;
  revision: number;
  outcome: 'CREATED' | 'REVISED' | 'UNCHANGED';
  /** Points of contact the document lists. */
  contacts: number;
  /** Whether the register's points of contact changed (false on a dry run). */
  contactsChanged: boolean;
  /** Null on a dry run. */
  workRegisterId: string | null;
}

/** A contact must belong to one of the register's parties; says which one does not. */
function checkContactOrganizations(document: WorkRegisterDocument): void {
  const parties = new Set(document.parties.map((p) => p.acronym.toUpperCase()));
  document.contacts.forEach((contact, i) => {
    if (!parties.has(contact.organization.toUpperCase())) {
      throw new Error(`contacts[${i}]: organization "${contact.organization}" is not a party of "${document.title}"`);
    }
  });
}

/**
 * Imports one parsed document through the gateway: the register into the registry subgraph,
 * then its points of contact into the contacts subgraph (matched to the register's parties by
 * acronym). Both mutations are idempotent, so importing again changes nothing, and a second run
 * completes an import that was interrupted between the two. A dry run validates the register on
 * the server and keeps nothing.
 */
export async function importDocument(
  client: GraphQLClient,
  document: WorkRegisterDocument,
  sourceText: string | null,
  options: { dryRun?: boolean } = {},
): Promise<ImportResult> {
  const { contacts, ...register } = document;
  checkContactOrganizations(document);
  const { importWorkRegister: imported } = await client.request<ImportRegisterResult>(IMPORT_REGISTER, {
    input: { ...register, sourceText },
    dryRun: options.dryRun ?? false,
  });
  const summary = {
    slug: imported.slug,
    revision: imported.revision,
    outcome: imported.outcome,
    contacts: contacts.length,
  };
  if (!imported.workRegister) return { ...summary, contactsChanged: false, workRegisterId: null };

  const organizationIds = new Map(
    imported.workRegister.parties.map((p) => [p.organization.acronym.toUpperCase(), p.organization.id]),
  );
  const entries = contacts.map((contact) => ({
    organizationId: organizationIds.get(contact.organization.toUpperCase()),
    name: contact.name,
    title: contact.title,
    email: contact.email,
    kind: contact.kind,
  }));
  const { importPointsOfContact } = await client.request<{ importPointsOfContact: { changed: boolean } }>(
    IMPORT_POINTS_OF_CONTACT,
    { workRegisterId: imported.workRegister.id, contacts: entries },
  );
  return { ...summary, contactsChanged: importPointsOfContact.changed, workRegisterId: imported.workRegister.id };
}

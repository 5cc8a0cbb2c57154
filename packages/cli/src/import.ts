import type { WorkRegisterDocument } from '@alliance/document';
import type { GraphQLClient } from './client.js';

const IMPORT_REGISTER = /* GraphQL */ `
  mutation ImportWorkRegister($input: WorkRegisterImportInput!) {
    importWorkRegister(input: $input) {
      outcome
      workRegister {
        id
        slug
        revision
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
    workRegister: {
      id: string;
      slug: string;
      revision: number;
      parties: { organization: { id: string; acronym: string } }[];
    };
  };
}

export interface ImportResult {
  slug: string;
  workRegisterId: string;
  revision: number;
  outcome: 'CREATED' | 'REVISED' | 'UNCHANGED';
  contactsChanged: boolean;
}

/**
 * Imports one parsed document through the gateway: the register into the registry subgraph,
 * then its points of contact into the contacts subgraph (matched to the register's parties by
 * acronym). Both mutations are idempotent, so importing again changes nothing.
 */
export async function importDocument(
  client: GraphQLClient,
  document: WorkRegisterDocument,
  sourceText: string | null,
): Promise<ImportResult> {
  const { contacts, ...register } = document;
  const { importWorkRegister: imported } = await client.request<ImportRegisterResult>(IMPORT_REGISTER, {
    input: { ...register, sourceText },
  });
  const organizationIds = new Map(
    imported.workRegister.parties.map((p) => [p.organization.acronym.toUpperCase(), p.organization.id]),
  );
  const entries = contacts.map((contact, i) => {
    const organizationId = organizationIds.get(contact.organization.toUpperCase());
    if (!organizationId) {
      throw new Error(`contacts[${i}]: organization "${contact.organization}" is not a party of "${document.title}"`);
    }
    return { organizationId, name: contact.name, title: contact.title, email: contact.email, kind: contact.kind };
  });
  const { importPointsOfContact } = await client.request<{ importPointsOfContact: { changed: boolean } }>(
    IMPORT_POINTS_OF_CONTACT,
    { workRegisterId: imported.workRegister.id, contacts: entries },
  );
  return {
    slug: imported.workRegister.slug,
    workRegisterId: imported.workRegister.id,
    revision: imported.workRegister.revision,
    outcome: imported.outcome,
    contactsChanged: importPointsOfContact.changed,
  };
}

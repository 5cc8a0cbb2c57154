import type { FieldSource, WorkRegisterDocument } from '@alliance/document';
import {
  ImportPointsOfContactDocument,
  ImportWorkRegisterDocument,
  type AllianceClient,
  type ImportOutcome,
} from '@alliance/client';

export interface ImportResult {
  slug: string;
  revision: number;
  outcome: ImportOutcome;
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

/** The registry's id of a contact's organization, which checkContactOrganizations made a party. */
function organizationIdOf(ids: Map<string, string>, acronym: string, i: number): string {
  const id = ids.get(acronym.toUpperCase());
  if (!id) throw new Error(`contacts[${i}]: organization "${acronym}" is not a party of the imported register`);
  return id;
}

/**
 * Imports one parsed document through the gateway: the register into the registry subgraph,
 * then its points of contact into the contacts subgraph (matched to the register's parties by
 * acronym). Both mutations are idempotent, so importing again changes nothing, and a second run
 * completes an import that was interrupted between the two. A dry run validates the register on
 * the server and keeps nothing.
 */
export async function importDocument(
  client: AllianceClient,
  document: WorkRegisterDocument,
  sourceText: string | null,
  options: { dryRun?: boolean; provenance?: FieldSource[] } = {},
): Promise<ImportResult> {
  const { contacts, ...register } = document;
  checkContactOrganizations(document);
  const { importWorkRegister: imported } = await client.request(ImportWorkRegisterDocument, {
    // Where each field was read in the text, so the registry can say "read from line 14".
    input: { ...register, sourceText, provenance: options.provenance ?? [] },
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
  const entries = contacts.map((contact, i) => ({
    organizationId: organizationIdOf(organizationIds, contact.organization, i),
    name: contact.name,
    title: contact.title,
    email: contact.email,
    kind: contact.kind,
  }));
  const { importPointsOfContact } = await client.request(ImportPointsOfContactDocument, {
    workRegisterId: imported.workRegister.id,
    contacts: entries,
  });
  return { ...summary, contactsChanged: importPointsOfContact.changed, workRegisterId: imported.workRegister.id };
}

import type { WorkRegisterDocument } from '@alliance/document';
import {
  ExportRegisterDocument,
  ExportRegistersDocument,
  type AllianceClient,
  type ExportedRegisterFragment,
} from '@alliance/client';

export interface ExportedDocument {
  slug: string;
  document: WorkRegisterDocument;
}

/** A register as the API serves it (everything of its document form) back in the document form. */
function toDocument(register: ExportedRegisterFragment): ExportedDocument {
  const { slug, amends, parties, delegatedWorkRules, pointsOfContact, ...rest } = register;
  return {
    slug,
    document: {
      ...rest,
      amends: amends?.title ?? null,
      parties: parties.map((p) => ({
        acronym: p.organization.acronym,
        name: p.organization.name,
        unit: p.unit?.name ?? null,
      })),
      delegatedWorkRules: delegatedWorkRules.map((r) => ({
        reviewer: r.reviewer.acronym,
        subject: r.subject.acronym,
        commitments: r.commitments,
      })),
      contacts: (pointsOfContact ?? []).map((p) => ({
        organization: p.organization.acronym,
        name: p.contact.name,
        title: p.role,
        email: p.contact.email ?? '',
        kind: p.contact.kind,
      })),
    },
  };
}

/** One register by slug, or every register (100 a page), in the document form. */
export async function fetchDocuments(client: AllianceClient, slug?: string): Promise<ExportedDocument[]> {
  if (slug) {
    const { workRegister } = await client.request(ExportRegisterDocument, { slug });
    if (!workRegister) throw new Error(`NOT_FOUND: No work register with slug "${slug}"`);
    return [toDocument(workRegister)];
  }
  const documents: ExportedDocument[] = [];
  for await (const register of client.paginate(ExportRegistersDocument, { first: 100 }, (data) => data.workRegisters)) {
    documents.push(toDocument(register));
  }
  return documents;
}

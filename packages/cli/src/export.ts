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

type Contact = ExportedDocument['document']['contacts'][number];

/**
 * The API hides every address in free text from anonymous readers, mailing lists' too, while it
 * shows a list's address on the contact itself: a public address is never hidden in an export, so
 * a hidden one on the line that names a mailing list is that list's address.
 */
function revealListAddresses(text: string, contacts: readonly Contact[]): string {
  const lists = contacts.filter((c) => c.kind === 'MAILING_LIST' && c.email !== '');
  if (lists.length === 0 || !text.includes(HIDDEN)) return text;
  return text
    .split('\n')
    .map((line) => {
      const list = lists.find((c) => line.includes(c.name));
      return list ? line.replace(HIDDEN, list.email) : line;
    })
    .join('\n');
}

const HIDDEN = '[email hidden]';

/** A register as the API serves it (everything of its document form) back in the document form. */
function toDocument(register: ExportedRegisterFragment): ExportedDocument {
  const { slug, amends, parties, delegatedWorkRules, pointsOfContact, sections, ...rest } = register;
  const contacts: Contact[] = (pointsOfContact ?? []).map((p) => ({
    organization: p.organization.acronym,
    name: p.contact.name,
    title: p.role,
    email: p.contact.email ?? '',
    kind: p.contact.kind,
  }));
  return {
    slug,
    document: {
      ...rest,
      sections: sections.map((section) => ({ ...section, text: revealListAddresses(section.text, contacts) })),
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
      contacts,
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

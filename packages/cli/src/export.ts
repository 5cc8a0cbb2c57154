import type { WorkRegisterDocument } from '@alliance/document';
import type { GraphQLClient } from '@alliance/core/client';

/** Everything of a register the document form holds, as the API serves it. */
const REGISTER_FIELDS = /* GraphQL */ `
  fragment ExportedRegister on WorkRegister {
    slug
    title
    subtitle
    kind
    version
    initiatedOn
    amends {
      title
    }
    parties {
      organization {
        acronym
        name
      }
      unit {
        name
      }
    }
    background
    projects {
      name
      audience
    }
    objectives
    benefits
    standardsDevelopment {
      mode
      text
    }
    delegatedWorkRules {
      reviewer {
        acronym
      }
      subject {
        acronym
      }
      commitments
    }
    references {
      title
      url
    }
    milestones {
      date
      precision
      description
      status
    }
    review {
      trigger
      dueBy
      precision
    }
    approval {
      body
      resolution
      approvedOn
      text
    }
    sections {
      heading
      text
    }
    findings {
      code
      severity
      message
      path
      line
    }
    pointsOfContact {
      role
      organization {
        acronym
      }
      contact {
        name
        email
        kind
      }
    }
  }
`;

interface ExportedRegister extends Omit<
  WorkRegisterDocument,
  'amends' | 'parties' | 'delegatedWorkRules' | 'contacts'
> {
  slug: string;
  amends: { title: string } | null;
  parties: { organization: { acronym: string; name: string }; unit: { name: string } | null }[];
  delegatedWorkRules: { reviewer: { acronym: string }; subject: { acronym: string }; commitments: string[] }[];
  pointsOfContact:
    | {
        role: string | null;
        organization: { acronym: string };
        contact: { name: string; email: string | null; kind: 'PERSON' | 'MAILING_LIST' };
      }[]
    | null;
}

export interface ExportedDocument {
  slug: string;
  document: WorkRegisterDocument;
}

function toDocument(register: ExportedRegister): ExportedDocument {
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
export async function fetchDocuments(client: GraphQLClient, slug?: string): Promise<ExportedDocument[]> {
  if (slug) {
    const data = await client.request<{ workRegister: ExportedRegister }>(
      `query ExportOne($slug: String!) { workRegister(slug: $slug) { ...ExportedRegister } } ${REGISTER_FIELDS}`,
      { slug },
    );
    return [toDocument(data.workRegister)];
  }
  const documents: ExportedDocument[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      workRegisters: {
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: ExportedRegister }[];
      };
    } = await client.request(
      `query ExportAll($after: String) {
        workRegisters(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ...ExportedRegister } } }
      } ${REGISTER_FIELDS}`,
      { after },
    );
    documents.push(...data.workRegisters.edges.map((e) => toDocument(e.node)));
    if (!data.workRegisters.pageInfo.hasNextPage) return documents;
    after = data.workRegisters.pageInfo.endCursor;
  }
}

/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type ApprovalInput = {
  approvedOn?: string | null | undefined;
  body?: string | null | undefined;
  resolution?: string | null | undefined;
  text: string;
};

export type ContactKind =
  /** A group mailbox, such as DMTF / MEF Alliance Contacts. */
  | 'MAILING_LIST'
  | 'PERSON';

export type DatePrecision =
  | 'DAY'
  /** A half of a year: 2013-H1 (January–June), 2013-H2. */
  | 'HALF'
  | 'MONTH'
  | 'QUARTER'
  /** A third of a year, as documents write early, mid and late 2013: 2013-early (January–April), 2013-mid, 2013-late. */
  | 'THIRD'
  | 'YEAR';

/** An inclusive range of days; either end may be left open. */
export type DateRange = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

export type DelegatedWorkRuleInput = {
  commitments: Array<string>;
  /** Acronym of a party. */
  reviewer: string;
  /** Acronym of a party. */
  subject: string;
};

export type DocumentRevisionInput = {
  author?: string | null | undefined;
  date?: string | null | undefined;
  description?: string | null | undefined;
  /** Read off date when left out. */
  precision?: DatePrecision | null | undefined;
  version?: string | null | undefined;
};

export type FindingInput = {
  code: string;
  line?: number | null | undefined;
  message: string;
  path: string;
  severity: FindingSeverity;
};

export type FindingSeverity =
  | 'ERROR'
  | 'INFO'
  | 'WARNING';

export type ImportOutcome =
  /** The register did not exist and was created. */
  | 'CREATED'
  /** The register existed; this import is its new revision. */
  | 'REVISED'
  /** The register already holds this exact source; nothing changed. */
  | 'UNCHANGED';

export type MilestoneInput = {
  date: string;
  description: string;
  precision: DatePrecision;
  status?: MilestoneStatus | null | undefined;
};

export type MilestoneStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PLANNED';

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type PartyInput = {
  acronym: string;
  name: string;
  unit?: string | null | undefined;
};

export type PointOfContactImportInput = {
  email: string;
  kind?: ContactKind | null | undefined;
  name: string;
  /** The organization the contact is listed under (an Organization id from the registry). */
  organizationId: string | number;
  /** Title or role as written; becomes the role on this register. */
  title?: string | null | undefined;
};

export type ProjectInput = {
  audience?: string | null | undefined;
  name: string;
};

export type ReferenceInput = {
  title: string;
  url: string;
};

export type ReviewInput = {
  dueBy?: string | null | undefined;
  precision?: DatePrecision | null | undefined;
  trigger?: string | null | undefined;
};

export type ReviewStatus =
  /** Due within the due-soon window (90 days unless configured). */
  | 'DUE_SOON'
  /** No review date is recorded. */
  | 'NOT_SET'
  /** The day it was due has passed. */
  | 'OVERDUE'
  /** Due later than the due-soon window. */
  | 'SCHEDULED';

export type SectionInput = {
  heading: string;
  text: string;
};

/** One field and its lines in the import's sourceText. */
export type SourceFieldInput = {
  endLine?: number | null | undefined;
  line: number;
  page?: number | null | undefined;
  path: string;
  row?: number | null | undefined;
};

export type StandardsDevelopmentInput = {
  mode: StandardsDevelopmentMode;
  text: string;
};

export type StandardsDevelopmentMode =
  | 'DELEGATED'
  | 'INDEPENDENT'
  | 'JOINT'
  | 'NONE'
  | 'OTHER';

export type WorkRegisterFilter = {
  /** Registers at least one of these organizations is a party to. */
  anyParty?: Array<string> | null | undefined;
  /** Registers with at least one finding of this severity or worse. */
  findingSeverity?: FindingSeverity | null | undefined;
  initiated?: DateRange | null | undefined;
  kind?: WorkRegisterKind | null | undefined;
  /** Registers every one of these organizations (acronyms) is a party to, directly or through a unit. */
  parties?: Array<string> | null | undefined;
  /** Registers whose review falls due (at the end of its period) within this range. */
  reviewDue?: DateRange | null | undefined;
  /** Words to find in the title, background, objectives, benefits, projects and section text; each word (up to 10) matches as a prefix, case- and accent-insensitively. */
  search?: string | null | undefined;
  status?: Array<WorkRegisterStatus> | null | undefined;
};

export type WorkRegisterImportInput = {
  /** Title or slug of the register an addendum extends. */
  amends?: string | null | undefined;
  approval?: ApprovalInput | null | undefined;
  background?: string | null | undefined;
  benefits?: Array<string> | null | undefined;
  delegatedWorkRules?: Array<DelegatedWorkRuleInput> | null | undefined;
  documentRevisions?: Array<DocumentRevisionInput> | null | undefined;
  findings?: Array<FindingInput> | null | undefined;
  initiatedOn?: string | null | undefined;
  kind?: WorkRegisterKind | null | undefined;
  milestones?: Array<MilestoneInput> | null | undefined;
  objectives?: Array<string> | null | undefined;
  parties: Array<PartyInput>;
  projects?: Array<ProjectInput> | null | undefined;
  /** Where each field was read in sourceText (alliance parse's provenance). */
  provenance?: Array<SourceFieldInput> | null | undefined;
  references?: Array<ReferenceInput> | null | undefined;
  review?: ReviewInput | null | undefined;
  sections?: Array<SectionInput> | null | undefined;
  /** The original document text; its sha256 makes the import idempotent. */
  sourceText?: string | null | undefined;
  standardsDevelopment?: StandardsDevelopmentInput | null | undefined;
  subtitle?: string | null | undefined;
  title: string;
  version?: string | null | undefined;
};

export type WorkRegisterKind =
  /** Extends an existing register (see amends). */
  | 'ADDENDUM'
  | 'REGISTER';

export type WorkRegisterOrder = {
  direction?: OrderDirection | null | undefined;
  field: WorkRegisterOrderField;
};

export type WorkRegisterOrderField =
  | 'INITIATED_ON'
  /** The day the review falls due; registers without a review date come last. */
  | 'REVIEW_DUE_ON'
  | 'TITLE'
  /** The last change recorded in the registry. */
  | 'UPDATED_AT';

export type WorkRegisterStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'INACTIVE'
  | 'TERMINATED'
  | 'UNDER_REVIEW';

export type ExportedRegisterFragment = { slug: string, title: string, subtitle: string | null, kind: WorkRegisterKind, version: string | null, initiatedOn: string | null, background: string | null, objectives: Array<string>, benefits: Array<string>, amends: { title: string } | null, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, projects: Array<{ name: string, audience: string | null }>, standardsDevelopment: { mode: StandardsDevelopmentMode, text: string } | null, delegatedWorkRules: Array<{ commitments: Array<string>, reviewer: { acronym: string }, subject: { acronym: string } }>, references: Array<{ title: string, url: string }>, milestones: Array<{ date: string, precision: DatePrecision, description: string, status: MilestoneStatus }>, review: { trigger: string | null, dueBy: string | null, precision: DatePrecision | null } | null, approval: { body: string | null, resolution: string | null, approvedOn: string | null, text: string } | null, documentRevisions: Array<{ version: string | null, date: string | null, precision: DatePrecision | null, author: string | null, description: string | null }>, sections: Array<{ heading: string, text: string }>, findings: Array<{ code: string, severity: FindingSeverity, message: string, path: string, line: number | null }>, pointsOfContact: Array<{ role: string | null, organization: { acronym: string }, contact: { name: string, email: string | null, kind: ContactKind } }> | null };

export type ExportRegisterQueryVariables = Exact<{
  slug: string;
}>;


export type ExportRegisterQuery = { workRegister: { slug: string, title: string, subtitle: string | null, kind: WorkRegisterKind, version: string | null, initiatedOn: string | null, background: string | null, objectives: Array<string>, benefits: Array<string>, amends: { title: string } | null, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, projects: Array<{ name: string, audience: string | null }>, standardsDevelopment: { mode: StandardsDevelopmentMode, text: string } | null, delegatedWorkRules: Array<{ commitments: Array<string>, reviewer: { acronym: string }, subject: { acronym: string } }>, references: Array<{ title: string, url: string }>, milestones: Array<{ date: string, precision: DatePrecision, description: string, status: MilestoneStatus }>, review: { trigger: string | null, dueBy: string | null, precision: DatePrecision | null } | null, approval: { body: string | null, resolution: string | null, approvedOn: string | null, text: string } | null, documentRevisions: Array<{ version: string | null, date: string | null, precision: DatePrecision | null, author: string | null, description: string | null }>, sections: Array<{ heading: string, text: string }>, findings: Array<{ code: string, severity: FindingSeverity, message: string, path: string, line: number | null }>, pointsOfContact: Array<{ role: string | null, organization: { acronym: string }, contact: { name: string, email: string | null, kind: ContactKind } }> | null } | null };

export type ExportRegistersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportRegistersQuery = { workRegisters: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { slug: string, title: string, subtitle: string | null, kind: WorkRegisterKind, version: string | null, initiatedOn: string | null, background: string | null, objectives: Array<string>, benefits: Array<string>, amends: { title: string } | null, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, projects: Array<{ name: string, audience: string | null }>, standardsDevelopment: { mode: StandardsDevelopmentMode, text: string } | null, delegatedWorkRules: Array<{ commitments: Array<string>, reviewer: { acronym: string }, subject: { acronym: string } }>, references: Array<{ title: string, url: string }>, milestones: Array<{ date: string, precision: DatePrecision, description: string, status: MilestoneStatus }>, review: { trigger: string | null, dueBy: string | null, precision: DatePrecision | null } | null, approval: { body: string | null, resolution: string | null, approvedOn: string | null, text: string } | null, documentRevisions: Array<{ version: string | null, date: string | null, precision: DatePrecision | null, author: string | null, description: string | null }>, sections: Array<{ heading: string, text: string }>, findings: Array<{ code: string, severity: FindingSeverity, message: string, path: string, line: number | null }>, pointsOfContact: Array<{ role: string | null, organization: { acronym: string }, contact: { name: string, email: string | null, kind: ContactKind } }> | null } }> } };

export type RegisterCountQueryVariables = Exact<{ [key: string]: never; }>;


export type RegisterCountQuery = { workRegisters: { totalCount: number } };

export type ImportWorkRegisterMutationVariables = Exact<{
  input: WorkRegisterImportInput;
  dryRun?: boolean | null | undefined;
}>;


export type ImportWorkRegisterMutation = { importWorkRegister: { outcome: ImportOutcome, slug: string, revision: number, workRegister: { id: string, parties: Array<{ organization: { id: string, acronym: string } }> } | null } };

export type ImportPointsOfContactMutationVariables = Exact<{
  workRegisterId: string | number;
  contacts: Array<PointOfContactImportInput> | PointOfContactImportInput;
}>;


export type ImportPointsOfContactMutation = { importPointsOfContact: { changed: boolean } };

export type SetRegisterStatusMutationVariables = Exact<{
  id: string | number;
  expectedRevision: number;
  status: WorkRegisterStatus;
  reason?: string | null | undefined;
}>;


export type SetRegisterStatusMutation = { setWorkRegisterStatus: { id: string, status: WorkRegisterStatus, revision: number } };

export type OrganizationSummaryFragment = { id: string, acronym: string, name: string, website: string | null };

export type OrganizationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationsQuery = { organizations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, acronym: string, name: string, website: string | null } }> } };

export type OrganizationByAcronymQueryVariables = Exact<{
  acronym: string;
}>;


export type OrganizationByAcronymQuery = { organization: { aliases: Array<string>, id: string, acronym: string, name: string, website: string | null, units: Array<{ acronym: string | null, name: string }>, partners: Array<{ organization: { acronym: string, name: string } }> } | null };

export type OrganizationRegistersQueryVariables = Exact<{
  acronym: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganizationRegistersQuery = { organization: { acronym: string, workRegisters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, kind: WorkRegisterKind, status: WorkRegisterStatus, revision: number, initiatedOn: string | null, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, review: { trigger: string | null, dueBy: string | null, dueOn: string | null, status: ReviewStatus } | null } }> } } | null };

export type RegisterSummaryFragment = { id: string, slug: string, title: string, kind: WorkRegisterKind, status: WorkRegisterStatus, revision: number, initiatedOn: string | null, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, review: { trigger: string | null, dueBy: string | null, dueOn: string | null, status: ReviewStatus } | null };

export type PointOfContactSummaryFragment = { role: string | null, organization: { acronym: string }, contact: { name: string, email: string | null, kind: ContactKind } };

export type NextPageFragment = { hasNextPage: boolean, endCursor: string | null };

export type RegisterBySlugQueryVariables = Exact<{
  slug: string;
}>;


export type RegisterBySlugQuery = { workRegister: { id: string, slug: string, title: string, kind: WorkRegisterKind, status: WorkRegisterStatus, revision: number, initiatedOn: string | null, pointsOfContact: Array<{ role: string | null, organization: { acronym: string }, contact: { name: string, email: string | null, kind: ContactKind } }> | null, findings: Array<{ code: string, severity: FindingSeverity, message: string }>, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, review: { trigger: string | null, dueBy: string | null, dueOn: string | null, status: ReviewStatus } | null } | null };

export type RegistersPageQueryVariables = Exact<{
  filter?: WorkRegisterFilter | null | undefined;
  orderBy?: WorkRegisterOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RegistersPageQuery = { workRegisters: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, kind: WorkRegisterKind, status: WorkRegisterStatus, revision: number, initiatedOn: string | null, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, review: { trigger: string | null, dueBy: string | null, dueOn: string | null, status: ReviewStatus } | null } }> } };

export type ReviewsDueQueryVariables = Exact<{
  organization?: string | null | undefined;
  within?: number | null | undefined;
  includeOverdue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewsDueQuery = { reviewsDue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, slug: string, title: string, kind: WorkRegisterKind, status: WorkRegisterStatus, revision: number, initiatedOn: string | null, parties: Array<{ organization: { acronym: string, name: string }, unit: { name: string } | null }>, review: { trigger: string | null, dueBy: string | null, dueOn: string | null, status: ReviewStatus } | null } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PointOfContactSummaryFragmentDoc = new TypedDocumentString(`
    fragment PointOfContactSummary on PointOfContact {
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
    `, {"fragmentName":"PointOfContactSummary"}) as unknown as TypedDocumentString<PointOfContactSummaryFragment, unknown>;
export const ExportedRegisterFragmentDoc = new TypedDocumentString(`
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
  documentRevisions {
    version
    date
    precision
    author
    description
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
    ...PointOfContactSummary
  }
}
    fragment PointOfContactSummary on PointOfContact {
  role
  organization {
    acronym
  }
  contact {
    name
    email
    kind
  }
}`, {"fragmentName":"ExportedRegister"}) as unknown as TypedDocumentString<ExportedRegisterFragment, unknown>;
export const OrganizationSummaryFragmentDoc = new TypedDocumentString(`
    fragment OrganizationSummary on Organization {
  id
  acronym
  name
  website
}
    `, {"fragmentName":"OrganizationSummary"}) as unknown as TypedDocumentString<OrganizationSummaryFragment, unknown>;
export const RegisterSummaryFragmentDoc = new TypedDocumentString(`
    fragment RegisterSummary on WorkRegister {
  id
  slug
  title
  kind
  status
  revision
  initiatedOn
  parties {
    organization {
      acronym
      name
    }
    unit {
      name
    }
  }
  review {
    trigger
    dueBy
    dueOn
    status
  }
}
    `, {"fragmentName":"RegisterSummary"}) as unknown as TypedDocumentString<RegisterSummaryFragment, unknown>;
export const NextPageFragmentDoc = new TypedDocumentString(`
    fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}
    `, {"fragmentName":"NextPage"}) as unknown as TypedDocumentString<NextPageFragment, unknown>;
export const ExportRegisterDocument = new TypedDocumentString(`
    query ExportRegister($slug: String!) {
  workRegister(slug: $slug) {
    ...ExportedRegister
  }
}
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
  documentRevisions {
    version
    date
    precision
    author
    description
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
    ...PointOfContactSummary
  }
}
fragment PointOfContactSummary on PointOfContact {
  role
  organization {
    acronym
  }
  contact {
    name
    email
    kind
  }
}`) as unknown as TypedDocumentString<ExportRegisterQuery, ExportRegisterQueryVariables>;
export const ExportRegistersDocument = new TypedDocumentString(`
    query ExportRegisters($first: Int = 100, $after: String) {
  workRegisters(first: $first, after: $after) {
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...ExportedRegister
      }
    }
  }
}
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
  documentRevisions {
    version
    date
    precision
    author
    description
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
    ...PointOfContactSummary
  }
}
fragment PointOfContactSummary on PointOfContact {
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
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ExportRegistersQuery, ExportRegistersQueryVariables>;
export const RegisterCountDocument = new TypedDocumentString(`
    query RegisterCount {
  workRegisters(first: 0) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<RegisterCountQuery, RegisterCountQueryVariables>;
export const ImportWorkRegisterDocument = new TypedDocumentString(`
    mutation ImportWorkRegister($input: WorkRegisterImportInput!, $dryRun: Boolean = false) {
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
    `) as unknown as TypedDocumentString<ImportWorkRegisterMutation, ImportWorkRegisterMutationVariables>;
export const ImportPointsOfContactDocument = new TypedDocumentString(`
    mutation ImportPointsOfContact($workRegisterId: ID!, $contacts: [PointOfContactImportInput!]!) {
  importPointsOfContact(workRegisterId: $workRegisterId, contacts: $contacts) {
    changed
  }
}
    `) as unknown as TypedDocumentString<ImportPointsOfContactMutation, ImportPointsOfContactMutationVariables>;
export const SetRegisterStatusDocument = new TypedDocumentString(`
    mutation SetRegisterStatus($id: ID!, $expectedRevision: Int!, $status: WorkRegisterStatus!, $reason: String) {
  setWorkRegisterStatus(
    id: $id
    expectedRevision: $expectedRevision
    status: $status
    reason: $reason
  ) {
    id
    status
    revision
  }
}
    `) as unknown as TypedDocumentString<SetRegisterStatusMutation, SetRegisterStatusMutationVariables>;
export const OrganizationsDocument = new TypedDocumentString(`
    query Organizations($first: Int = 100, $after: String) {
  organizations(first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...OrganizationSummary
      }
    }
  }
}
    fragment OrganizationSummary on Organization {
  id
  acronym
  name
  website
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OrganizationsQuery, OrganizationsQueryVariables>;
export const OrganizationByAcronymDocument = new TypedDocumentString(`
    query OrganizationByAcronym($acronym: String!) {
  organization(acronym: $acronym) {
    ...OrganizationSummary
    aliases
    units {
      acronym
      name
    }
    partners {
      organization {
        acronym
        name
      }
    }
  }
}
    fragment OrganizationSummary on Organization {
  id
  acronym
  name
  website
}`) as unknown as TypedDocumentString<OrganizationByAcronymQuery, OrganizationByAcronymQueryVariables>;
export const OrganizationRegistersDocument = new TypedDocumentString(`
    query OrganizationRegisters($acronym: String!, $first: Int = 100, $after: String) {
  organization(acronym: $acronym) {
    acronym
    workRegisters(first: $first, after: $after) {
      totalCount
      pageInfo {
        ...NextPage
      }
      edges {
        node {
          ...RegisterSummary
        }
      }
    }
  }
}
    fragment RegisterSummary on WorkRegister {
  id
  slug
  title
  kind
  status
  revision
  initiatedOn
  parties {
    organization {
      acronym
      name
    }
    unit {
      name
    }
  }
  review {
    trigger
    dueBy
    dueOn
    status
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<OrganizationRegistersQuery, OrganizationRegistersQueryVariables>;
export const RegisterBySlugDocument = new TypedDocumentString(`
    query RegisterBySlug($slug: String!) {
  workRegister(slug: $slug) {
    ...RegisterSummary
    pointsOfContact {
      ...PointOfContactSummary
    }
    findings {
      code
      severity
      message
    }
  }
}
    fragment RegisterSummary on WorkRegister {
  id
  slug
  title
  kind
  status
  revision
  initiatedOn
  parties {
    organization {
      acronym
      name
    }
    unit {
      name
    }
  }
  review {
    trigger
    dueBy
    dueOn
    status
  }
}
fragment PointOfContactSummary on PointOfContact {
  role
  organization {
    acronym
  }
  contact {
    name
    email
    kind
  }
}`) as unknown as TypedDocumentString<RegisterBySlugQuery, RegisterBySlugQueryVariables>;
export const RegistersPageDocument = new TypedDocumentString(`
    query RegistersPage($filter: WorkRegisterFilter, $orderBy: WorkRegisterOrder, $first: Int = 100, $after: String) {
  workRegisters(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...RegisterSummary
      }
    }
  }
}
    fragment RegisterSummary on WorkRegister {
  id
  slug
  title
  kind
  status
  revision
  initiatedOn
  parties {
    organization {
      acronym
      name
    }
    unit {
      name
    }
  }
  review {
    trigger
    dueBy
    dueOn
    status
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<RegistersPageQuery, RegistersPageQueryVariables>;
export const ReviewsDueDocument = new TypedDocumentString(`
    query ReviewsDue($organization: String, $within: Int, $includeOverdue: Boolean = true, $first: Int = 100, $after: String) {
  reviewsDue(
    organization: $organization
    within: $within
    includeOverdue: $includeOverdue
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      ...NextPage
    }
    edges {
      node {
        ...RegisterSummary
      }
    }
  }
}
    fragment RegisterSummary on WorkRegister {
  id
  slug
  title
  kind
  status
  revision
  initiatedOn
  parties {
    organization {
      acronym
      name
    }
    unit {
      name
    }
  }
  review {
    trigger
    dueBy
    dueOn
    status
  }
}
fragment NextPage on PageInfo {
  hasNextPage
  endCursor
}`) as unknown as TypedDocumentString<ReviewsDueQuery, ReviewsDueQueryVariables>;
import { EntitySchema } from 'typeorm';
import { webhookEntities } from '@alliance/core';
import type {
  DatePrecision,
  FieldSource,
  FindingSeverity,
  MilestoneStatus,
  ProjectDocument,
  ReferenceDocument,
  RegisterKind,
  StandardsDevelopmentMode,
} from '@alliance/document';

/**
 * Tables of the registry. Lists that are only ever read with their register (objectives,
 * projects, rules…) are JSON columns of the register row: one read, no joins. What is filtered,
 * joined or sorted on (parties, milestones, sections, review dates) has columns of its own.
 * Dates are ISO strings (partial dates as written plus the day they fall due).
 */

export interface EmailDomain {
  domain: string;
  current: boolean;
}

export interface Organization {
  id: string;
  acronym: string;
  name: string;
  aliases: string[];
  website: string | null;
  emailDomains: EmailDomain[];
  createdAt: string;
  updatedAt: string;
}

export interface OrganizationUnit {
  id: string;
  organizationId: string;
  acronym: string | null;
  name: string;
}

export type WorkRegisterStatus = 'DRAFT' | 'ACTIVE' | 'UNDER_REVIEW' | 'INACTIVE' | 'TERMINATED';

export interface StoredDelegatedWorkRule {
  reviewerId: string;
  subjectId: string;
  commitments: string[];
}

export interface StoredApproval {
  body: string | null;
  resolution: string | null;
  approvedOn: string | null;
  text: string;
}

export interface WorkRegister {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  kind: RegisterKind;
  amendsId: string | null;
  version: string | null;
  revision: number;
  status: WorkRegisterStatus;
  statusReason: string | null;
  initiatedOn: string | null;
  background: string | null;
  projects: ProjectDocument[];
  objectives: string[];
  benefits: string[];
  standardsDevelopment: { mode: StandardsDevelopmentMode; text: string } | null;
  delegatedWorkRules: StoredDelegatedWorkRule[];
  references: ReferenceDocument[];
  reviewTrigger: string | null;
  reviewDueBy: string | null;
  reviewPrecision: DatePrecision | null;
  /** Last day of the review's period (May 2013 → 2013-05-31), for sorting and "due" queries. */
  reviewDueOn: string | null;
  reviewLastReviewedOn: string | null;
  reviewLastOutcome: 'CONTINUE' | 'AMEND' | 'TERMINATE' | null;
  approval: StoredApproval | null;
  sourceText: string | null;
  sourceSha256: string;
  createdAt: string;
  updatedAt: string;
}

export interface WorkRegisterParty {
  id: string;
  workRegisterId: string;
  organizationId: string;
  unitId: string | null;
  position: number;
}

export interface Milestone {
  id: string;
  workRegisterId: string;
  position: number;
  date: string;
  precision: DatePrecision;
  dueOn: string;
  description: string;
  status: MilestoneStatus;
}

/** An entry of the register document's own revision trail (not a registry revision). */
export interface DocumentRevision {
  id: string;
  workRegisterId: string;
  position: number;
  version: string | null;
  date: string | null;
  precision: DatePrecision | null;
  author: string | null;
  description: string | null;
}

export interface Section {
  id: string;
  workRegisterId: string;
  position: number;
  heading: string;
  content: string;
}

/** An immutable copy of a register as it was at one revision, with who changed it and why. */
export interface WorkRegisterRevision {
  id: string;
  workRegisterId: string;
  revision: number;
  sourceSha256: string;
  /** The register's state after the change (a RegisterState). */
  snapshot: unknown;
  authorSubject: string;
  authorName: string | null;
  summary: string;
  createdAt: string;
}

const id = { type: 'varchar', length: 36, primary: true } as const;
const ref = (name: string, nullable = false) => ({ type: 'varchar', length: 36, name, nullable }) as const;
const text = (name: string, nullable = true) => ({ type: 'text', name, nullable }) as const;
const json = (name: string) => ({ type: 'simple-json', name }) as const;
const short = (name: string, length: number, nullable = false) =>
  ({ type: 'varchar', name, length, nullable }) as const;
const timestamp = (name: string) => ({ type: 'varchar', length: 32, name }) as const;

export const OrganizationEntity = new EntitySchema<Organization>({
  name: 'Organization',
  tableName: 'organization',
  columns: {
    id,
    acronym: short('acronym', 32),
    name: short('name', 200),
    aliases: json('aliases'),
    website: short('website', 300, true),
    emailDomains: json('email_domains'),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
});

export const OrganizationUnitEntity = new EntitySchema<OrganizationUnit>({
  name: 'OrganizationUnit',
  tableName: 'organization_unit',
  columns: {
    id,
    organizationId: ref('organization_id'),
    acronym: short('acronym', 32, true),
    name: short('name', 200),
  },
});

export const WorkRegisterEntity = new EntitySchema<WorkRegister>({
  name: 'WorkRegister',
  tableName: 'work_register',
  columns: {
    id,
    slug: short('slug', 200),
    title: short('title', 300),
    subtitle: text('subtitle'),
    kind: short('kind', 16),
    amendsId: ref('amends_id', true),
    version: short('version', 32, true),
    revision: { type: 'integer', name: 'revision' },
    status: short('status', 16),
    statusReason: text('status_reason'),
    initiatedOn: short('initiated_on', 10, true),
    background: text('background'),
    projects: json('projects'),
    objectives: json('objectives'),
    benefits: json('benefits'),
    standardsDevelopment: { type: 'simple-json', name: 'standards_development', nullable: true },
    delegatedWorkRules: json('delegated_work_rules'),
    references: json('reference_links'),
    reviewTrigger: text('review_trigger'),
    reviewDueBy: short('review_due_by', 10, true),
    reviewPrecision: short('review_precision', 8, true),
    reviewDueOn: short('review_due_on', 10, true),
    reviewLastReviewedOn: short('review_last_reviewed_on', 10, true),
    reviewLastOutcome: short('review_last_outcome', 16, true),
    approval: { type: 'simple-json', name: 'approval', nullable: true },
    sourceText: text('source_text'),
    sourceSha256: short('source_sha256', 64),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
});

export const WorkRegisterPartyEntity = new EntitySchema<WorkRegisterParty>({
  name: 'WorkRegisterParty',
  tableName: 'work_register_party',
  columns: {
    id,
    workRegisterId: ref('work_register_id'),
    organizationId: ref('organization_id'),
    unitId: ref('unit_id', true),
    position: { type: 'integer', name: 'position' },
  },
});

export const MilestoneEntity = new EntitySchema<Milestone>({
  name: 'Milestone',
  tableName: 'milestone',
  columns: {
    id,
    workRegisterId: ref('work_register_id'),
    position: { type: 'integer', name: 'position' },
    date: short('milestone_date', 10),
    precision: short('precision', 8),
    dueOn: short('due_on', 10),
    description: text('description', false),
    status: short('status', 16),
  },
});

export const DocumentRevisionEntity = new EntitySchema<DocumentRevision>({
  name: 'DocumentRevision',
  tableName: 'document_revision',
  columns: {
    id,
    workRegisterId: ref('work_register_id'),
    position: { type: 'integer', name: 'position' },
    version: short('version', 32, true),
    date: short('revision_date', 10, true),
    precision: short('precision', 8, true),
    author: short('author', 200, true),
    description: text('description'),
  },
});

export const SectionEntity = new EntitySchema<Section>({
  name: 'Section',
  tableName: 'section',
  columns: {
    id,
    workRegisterId: ref('work_register_id'),
    position: { type: 'integer', name: 'position' },
    heading: text('heading', false),
    content: text('content', false),
  },
});

export const WorkRegisterRevisionEntity = new EntitySchema<WorkRegisterRevision>({
  name: 'WorkRegisterRevision',
  tableName: 'work_register_revision',
  columns: {
    id,
    workRegisterId: ref('work_register_id'),
    revision: { type: 'integer', name: 'revision' },
    sourceSha256: short('source_sha256', 64),
    snapshot: json('snapshot'),
    authorSubject: short('author_subject', 200),
    authorName: short('author_name', 200, true),
    summary: text('summary', false),
    createdAt: timestamp('created_at'),
  },
});

/** A finding of the register's document, kept as a row so it can be filtered and counted. */
export interface StoredFinding {
  id: string;
  workRegisterId: string;
  position: number;
  code: string;
  severity: FindingSeverity;
  message: string;
  path: string;
  line: number | null;
}

export const FindingEntity = new EntitySchema<StoredFinding>({
  name: 'Finding',
  tableName: 'finding',
  columns: {
    id,
    workRegisterId: ref('work_register_id'),
    position: { type: 'integer', name: 'position' },
    code: short('code', 64),
    severity: short('severity', 8),
    message: text('message', false),
    path: short('path', 200),
    line: { type: 'integer', name: 'line', nullable: true },
  },
});

/**
 * Where the reader read each field of an imported register (alliance parse's provenance), one
 * row a register, apart from the register row so that only `source { fields }` reads it.
 */
export interface SourceFields {
  workRegisterId: string;
  fields: FieldSource[];
}

export const SourceFieldsEntity = new EntitySchema<SourceFields>({
  name: 'SourceFields',
  tableName: 'source_fields',
  columns: {
    workRegisterId: { type: 'varchar', length: 36, name: 'work_register_id', primary: true },
    fields: json('fields'),
  },
});

/** Two organizations that share registers (both directions are stored), and how many they share. */
export interface OrganizationPair {
  organizationId: string;
  partnerId: string;
  registers: number;
}

export const OrganizationPairEntity = new EntitySchema<OrganizationPair>({
  name: 'OrganizationPair',
  tableName: 'organization_pair',
  columns: {
    organizationId: { type: 'varchar', length: 36, name: 'organization_id', primary: true },
    partnerId: { type: 'varchar', length: 36, name: 'partner_id', primary: true },
    registers: { type: 'integer', name: 'registers' },
  },
});

export const entities = [
  ...webhookEntities,
  OrganizationPairEntity,
  FindingEntity,
  OrganizationEntity,
  OrganizationUnitEntity,
  WorkRegisterEntity,
  WorkRegisterPartyEntity,
  MilestoneEntity,
  DocumentRevisionEntity,
  SectionEntity,
  WorkRegisterRevisionEntity,
  SourceFieldsEntity,
];

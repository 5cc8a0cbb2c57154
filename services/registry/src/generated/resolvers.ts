import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { Organization as OrganizationRow, OrganizationUnit as OrganizationUnitRow, WorkRegisterParty as WorkRegisterPartyRow, Milestone as MilestoneRow, StoredDelegatedWorkRule as StoredDelegatedWorkRuleRow, WorkRegisterRevision as WorkRegisterRevisionRow } from '../entities/index.js';
import type { RegisterSummary as RegisterSummaryRow } from '../repositories/work-registers.js';
import type { SourceRow as SourceRowRow, SourceFieldRow as SourceFieldRowRow } from '../resolvers/work-register.js';
import type { FindingRow as FindingRowRow } from '../repositories/findings.js';
import type { PartnershipRow as PartnershipRowRow } from '../resolvers/organization.js';
import type { GraphRequest as GraphRequestRow } from '../resolvers/graph.js';
import type { AllianceEdgeRow as AllianceEdgeRowRow } from '../repositories/graph.js';
import type { StatsRequest as StatsRequestRow } from '../resolvers/stats.js';
import type { WebhookSubscription as WebhookSubscriptionRow, WebhookDelivery as WebhookDeliveryRow, WebhookAttempt as WebhookAttemptRow, ResolvedConnection as ResolvedConnectionRow } from '@alliance/core';
import type { RegistryContext } from '../loaders.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, ISO 8601: 2012-04-25. */
  Date: { input: string; output: string; }
  /** An instant, ISO 8601 with offset: 2026-11-24T09:30:00.000Z. */
  DateTime: { input: string; output: string; }
  /** A JSON value: string, number, boolean, list or object. */
  JSON: { input: unknown; output: unknown; }
  /**
   * A date at day, month, quarter, third-of-year, half-year or year precision: 2012-04-25, 2013-05,
   * 2011-Q3, 2013-mid, 2013-H1, 2012.
   */
  PartialDate: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * One register between two of its organizations: a register of three bodies is three edges, and one
 * naming two units of a body joins that body to each partner once.
 */
export type AllianceEdge = {
  __typename?: 'AllianceEdge';
  from: Organization;
  status: WorkRegisterStatus;
  to: Organization;
  workRegister: WorkRegister;
};

export type AllianceEdgeConnection = {
  __typename?: 'AllianceEdgeConnection';
  edges: Array<AllianceEdgeEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllianceEdgeEdge = {
  __typename?: 'AllianceEdgeEdge';
  cursor: Scalars['String']['output'];
  node: AllianceEdge;
};

export type AllianceGraph = {
  __typename?: 'AllianceGraph';
  /**
   * Every register between organizations of the graph, one edge per pair of its organizations, by
   * title. totalCount is the sum of the links' workRegisters. Pages of at most 100.
   */
  edges: AllianceEdgeConnection;
  /** One link per pair of organizations that share registers, with how many they share: what a drawing needs. */
  links: Array<AllianceLink>;
  nodes: Array<Organization>;
  /**
   * The shortest chain of alliances from one organization to another (acronyms), or null when
   * none connects them. Searches the whole registry, not only this graph.
   */
  path?: Maybe<AlliancePath>;
};


export type AllianceGraphEdgesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type AllianceGraphPathArgs = {
  from: Scalars['String']['input'];
  to: Scalars['String']['input'];
};

export type AllianceLink = {
  __typename?: 'AllianceLink';
  from: Organization;
  to: Organization;
  /** How many registers the two share. */
  workRegisters: Scalars['Int']['output'];
};

export type AlliancePath = {
  __typename?: 'AlliancePath';
  /** From the first organization to the last, in order. */
  organizations: Array<Organization>;
  /** One register for each step: workRegisters[i] joins organizations[i] and organizations[i + 1]. */
  workRegisters: Array<WorkRegister>;
};

export type Approval = {
  __typename?: 'Approval';
  /** The day (or month, or year) of approval, at the precision the document gives. */
  approvedOn?: Maybe<Scalars['PartialDate']['output']>;
  body?: Maybe<Scalars['String']['output']>;
  resolution?: Maybe<Scalars['String']['output']>;
  /** The approval sentence as written. */
  text: Scalars['String']['output'];
};

export type ApprovalInput = {
  approvedOn?: InputMaybe<Scalars['PartialDate']['input']>;
  body?: InputMaybe<Scalars['String']['input']>;
  resolution?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

/** Who made a change: the token's subject and display name. */
export type Author = {
  __typename?: 'Author';
  name?: Maybe<Scalars['String']['output']>;
  subject: Scalars['String']['output'];
};

export type CacheControlScope =
  | 'PRIVATE'
  | 'PUBLIC';

export type ChangeKind =
  | 'ADDED'
  | 'CHANGED'
  | 'REMOVED';

export type CodeCount = {
  __typename?: 'CodeCount';
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
};

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
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What one party commits to when the other reviews its work. */
export type DelegatedWorkRule = {
  __typename?: 'DelegatedWorkRule';
  commitments: Array<Scalars['String']['output']>;
  reviewer: Organization;
  subject: Organization;
};

export type DelegatedWorkRuleInput = {
  commitments: Array<Scalars['String']['input']>;
  /** Acronym of a party. */
  reviewer: Scalars['String']['input'];
  /** Acronym of a party. */
  subject: Scalars['String']['input'];
};

export type DelegatedWorkRuleSnapshot = {
  __typename?: 'DelegatedWorkRuleSnapshot';
  commitments: Array<Scalars['String']['output']>;
  reviewer: Scalars['String']['output'];
  subject: Scalars['String']['output'];
};

/**
 * One entry of a register document's own revision trail, as the document writes it: a
 * "Revised: 12 March 2013" line, a "Version 1.2 (June 2014): added SNIA liaison" line, or a row of
 * its Change History table. The registry's own revisions are WorkRegister.history.
 */
export type DocumentRevision = {
  __typename?: 'DocumentRevision';
  author?: Maybe<Scalars['String']['output']>;
  date?: Maybe<Scalars['PartialDate']['output']>;
  /** What changed, as written. */
  description?: Maybe<Scalars['String']['output']>;
  precision?: Maybe<DatePrecision>;
  /** The document version the entry names (1.2), as written. */
  version?: Maybe<Scalars['String']['output']>;
};

export type DocumentRevisionInput = {
  author?: InputMaybe<Scalars['String']['input']>;
  date?: InputMaybe<Scalars['PartialDate']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Read off date when left out. */
  precision?: InputMaybe<DatePrecision>;
  version?: InputMaybe<Scalars['String']['input']>;
};

export type EmailDomain = {
  __typename?: 'EmailDomain';
  current: Scalars['Boolean']['output'];
  domain: Scalars['String']['output'];
};

export type EmailDomainInput = {
  current?: InputMaybe<Scalars['Boolean']['input']>;
  domain: Scalars['String']['input'];
};

/** One field that differs between two revisions. */
export type FieldChange = {
  __typename?: 'FieldChange';
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  kind: ChangeKind;
  /** Where: milestones[2].status, email. */
  path: Scalars['String']['output'];
};

export type Finding = {
  __typename?: 'Finding';
  code: Scalars['String']['output'];
  /** Line of the source document, when the finding comes from one line. */
  line?: Maybe<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  /** Where the finding points: approval.approvedOn, contacts[3].email. */
  path: Scalars['String']['output'];
  severity: FindingSeverity;
  /** The register the finding is about. */
  workRegister: WorkRegister;
};

export type FindingConnection = {
  __typename?: 'FindingConnection';
  edges: Array<FindingEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FindingEdge = {
  __typename?: 'FindingEdge';
  cursor: Scalars['String']['output'];
  node: Finding;
};

export type FindingFilter = {
  code?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Findings of registers this organization (acronym), or one of its units, is a party to. */
  organization?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<Array<FindingSeverity>>;
};

export type FindingInput = {
  code: Scalars['String']['input'];
  line?: InputMaybe<Scalars['Int']['input']>;
  message: Scalars['String']['input'];
  path: Scalars['String']['input'];
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

export type ImportWorkRegisterPayload = {
  __typename?: 'ImportWorkRegisterPayload';
  outcome: ImportOutcome;
  /** The register's revision after the import (on a dry run: the revision it would have). */
  revision: Scalars['Int']['output'];
  /** The register's slug (on a dry run: the slug it would get). */
  slug: Scalars['String']['output'];
  /** The imported register; null on a dry run, which keeps nothing. */
  workRegister?: Maybe<WorkRegister>;
};

export type Milestone = {
  __typename?: 'Milestone';
  date: Scalars['PartialDate']['output'];
  description: Scalars['String']['output'];
  /** The last day of the milestone's period: 2011-Q3 falls due on 2011-09-30. */
  dueOn: Scalars['Date']['output'];
  /** Whether a planned milestone's day has passed. */
  overdue: Scalars['Boolean']['output'];
  precision: DatePrecision;
  status: MilestoneStatus;
  workRegister: WorkRegister;
};

export type MilestoneConnection = {
  __typename?: 'MilestoneConnection';
  edges: Array<MilestoneEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MilestoneEdge = {
  __typename?: 'MilestoneEdge';
  cursor: Scalars['String']['output'];
  node: Milestone;
};

export type MilestoneInput = {
  date: Scalars['PartialDate']['input'];
  description: Scalars['String']['input'];
  precision: DatePrecision;
  status?: InputMaybe<MilestoneStatus>;
};

export type MilestoneSnapshot = {
  __typename?: 'MilestoneSnapshot';
  date: Scalars['PartialDate']['output'];
  description: Scalars['String']['output'];
  precision: DatePrecision;
  status: MilestoneStatus;
};

export type MilestoneStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'PLANNED';

export type MonthCount = {
  __typename?: 'MonthCount';
  count: Scalars['Int']['output'];
  /** YYYY-MM */
  month: Scalars['String']['output'];
};

/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a standards body to the directory (admin). */
  createOrganization: Organization;
  /**
   * Subscribes a URL to events about registers (admins: of every organization, or of one; editors:
   * of an organization they edit). The answer holds the signing secret, shown this once. The URL
   * must reach a public address (BAD_USER_INPUT otherwise, naming input.url).
   */
  createWebhookSubscription: WebhookSubscriptionWithSecret;
  /** Creates a register, as DRAFT, at revision 1. Parties must be in the directory. */
  createWorkRegister: WorkRegister;
  /** Ends a subscription; its pending deliveries are dropped. Answers the id. */
  deleteWebhookSubscription: Scalars['ID']['output'];
  /**
   * Imports a register in the shape `alliance parse` prints. Creates the register, or makes a new
   * revision of the register with the same slug; importing the same source twice changes nothing.
   * Organizations are matched by acronym; new ones are added to the directory (admin only).
   */
  importWorkRegister: ImportWorkRegisterPayload;
  /**
   * Records that the register was reviewed: when, what was decided, and when the next review falls
   * due (needed unless the outcome is TERMINATE). The status is not changed; use setWorkRegisterStatus.
   */
  recordReview: WorkRegister;
  /** Delivers one event again now (same webhook-id, so a receiver still de-duplicates). */
  redeliverWebhook: WebhookDelivery;
  /** Replaces the signing secret; the new one is shown this once, the old one stops signing at once. */
  rotateWebhookSecret: WebhookSubscriptionWithSecret;
  /**
   * Moves a register along DRAFT → ACTIVE → UNDER_REVIEW → ACTIVE | INACTIVE | TERMINATED.
   * INACTIVE and TERMINATED need a reason.
   */
  setWorkRegisterStatus: WorkRegister;
  /** Changes a body's details; a list given replaces the list (admin). The acronym cannot change. */
  updateOrganization: Organization;
  /** Changes a subscription's URL or events (the fields given replace the current ones). */
  updateWebhookSubscription: WebhookSubscription;
  /**
   * Changes any part of a register: the fields given replace the current ones (a list replaces the
   * whole list), the rest stay. `expectedRevision` is the revision the change is based on.
   */
  updateWorkRegister: WorkRegister;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationCreateOrganizationArgs = {
  input: OrganizationInput;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationCreateWebhookSubscriptionArgs = {
  input: WebhookSubscriptionInput;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationCreateWorkRegisterArgs = {
  input: WorkRegisterInput;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationDeleteWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationImportWorkRegisterArgs = {
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: WorkRegisterImportInput;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationRecordReviewArgs = {
  expectedRevision: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  nextDueBy?: InputMaybe<Scalars['PartialDate']['input']>;
  outcome: ReviewOutcome;
  reviewedOn: Scalars['Date']['input'];
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationRedeliverWebhookArgs = {
  deliveryId: Scalars['ID']['input'];
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationRotateWebhookSecretArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationSetWorkRegisterStatusArgs = {
  expectedRevision: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  status: WorkRegisterStatus;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationUpdateOrganizationArgs = {
  id: Scalars['ID']['input'];
  input: OrganizationPatch;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationUpdateWebhookSubscriptionArgs = {
  id: Scalars['ID']['input'];
  input: WebhookSubscriptionPatch;
};


/**
 * Writes need `Authorization: Bearer <token>` (UNAUTHENTICATED without a valid one). `admin` may do
 * everything; `editor:X` creates registers X is a party to and changes registers X, or a unit of X,
 * is a party to; the directory of organizations is kept by admins (FORBIDDEN otherwise). Every
 * change of a register is one transaction and one new revision (see WorkRegister.history); those
 * that take `expectedRevision` fail with CONFLICT, changing nothing, when the register has moved on.
 */
export type MutationUpdateWorkRegisterArgs = {
  expectedRevision: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  input: WorkRegisterPatch;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

/** A standards body (MEF, DMTF, SNIA, …) from the directory, or one a register named. */
export type Organization = {
  __typename?: 'Organization';
  acronym: Scalars['String']['output'];
  /** Other names documents use for this body (former names, legal names). */
  aliases: Array<Scalars['String']['output']>;
  /** Domains of the body's email addresses, current and historical. */
  emailDomains: Array<EmailDomain>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The organizations this one has registers with, and those registers; by partner acronym. */
  partners: Array<Partnership>;
  /** Working groups and technical committees that registers name. */
  units: Array<OrganizationUnit>;
  website?: Maybe<Scalars['String']['output']>;
  /** Registers this organization (or one of its units) is a party to, ordered by title. */
  workRegisters: WorkRegisterConnection;
};


/** A standards body (MEF, DMTF, SNIA, …) from the directory, or one a register named. */
export type OrganizationWorkRegistersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  edges: Array<OrganizationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganizationCount = {
  __typename?: 'OrganizationCount';
  count: Scalars['Int']['output'];
  organization: Organization;
};

export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  cursor: Scalars['String']['output'];
  node: Organization;
};

export type OrganizationInput = {
  acronym: Scalars['String']['input'];
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  emailDomains?: InputMaybe<Array<EmailDomainInput>>;
  name: Scalars['String']['input'];
  units?: InputMaybe<Array<UnitInput>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** The details of a body to change; a list given replaces the list. */
export type OrganizationPatch = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  emailDomains?: InputMaybe<Array<EmailDomainInput>>;
  name?: InputMaybe<Scalars['String']['input']>;
  units?: InputMaybe<Array<UnitInput>>;
  website?: InputMaybe<Scalars['String']['input']>;
};

/** A working group or technical committee of an organization (e.g. DMTF's Cloud Management Working Group). */
export type OrganizationUnit = {
  __typename?: 'OrganizationUnit';
  acronym?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization: Organization;
};

/** Relay page information (shared by both subgraphs). */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A partner of an organization and the registers the two share. */
export type Partnership = {
  __typename?: 'Partnership';
  organization: Organization;
  /** The registers the two share, ordered by title. */
  workRegisters: WorkRegisterConnection;
};


/** A partner of an organization and the registers the two share. */
export type PartnershipWorkRegistersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** An organization taking part in a register, or one of its units. */
export type Party = {
  __typename?: 'Party';
  organization: Organization;
  /** The working group or committee named, when the register binds a unit rather than the whole body. */
  unit?: Maybe<OrganizationUnit>;
};

export type PartyInput = {
  acronym: Scalars['String']['input'];
  name: Scalars['String']['input'];
  unit?: InputMaybe<Scalars['String']['input']>;
};

export type PartySnapshot = {
  __typename?: 'PartySnapshot';
  acronym: Scalars['String']['output'];
  name: Scalars['String']['output'];
  unit?: Maybe<Scalars['String']['output']>;
};

export type Project = {
  __typename?: 'Project';
  audience?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type ProjectInput = {
  audience?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The alliance landscape: organizations as nodes, registers as edges. Around one organization
   * (acronym) up to `depth` alliances away, or the whole registry without one.
   */
  allianceGraph: AllianceGraph;
  /**
   * What looks wrong across the registry: the findings of every register's document, and the
   * reviews and planned milestones overdue today. Worst first, then by code.
   */
  findings: FindingConnection;
  /** Planned milestones falling due within the next `within` days (default 90), overdue ones included, soonest first. */
  milestonesDue: MilestoneConnection;
  /** One organization, by id or by acronym (exactly one of the two; acronyms match case-insensitively). */
  organization?: Maybe<Organization>;
  /** All organizations, ordered by acronym. Pages of at most 100. */
  organizations: OrganizationConnection;
  /** Figures for dashboards. */
  registryStats: RegistryStats;
  /**
   * Registers whose review falls due within the next `within` days (default: the registry's
   * due-soon window, 90 days), overdue ones included, soonest first.
   */
  reviewsDue: WorkRegisterConnection;
  /** Webhook subscriptions the caller manages: all for admins, their organizations' for editors. */
  webhookSubscriptions: Array<WebhookSubscription>;
  /** One register, by id or by slug (exactly one of the two). */
  workRegister?: Maybe<WorkRegister>;
  /**
   * Registers matching every condition of the filter (all registers without one), in the order
   * asked (by title unless told). Pages of at most 100; cursors stay valid while data changes.
   */
  workRegisters: WorkRegisterConnection;
};


export type QueryAllianceGraphArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
};


export type QueryFindingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FindingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMilestonesDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  within?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationArgs = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryReviewsDueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeOverdue?: InputMaybe<Scalars['Boolean']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  organization?: InputMaybe<Scalars['String']['input']>;
  within?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkRegisterArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


export type QueryWorkRegistersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<WorkRegisterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WorkRegisterOrder>;
};

export type Reference = {
  __typename?: 'Reference';
  title: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type ReferenceInput = {
  title: Scalars['String']['input'];
  url: Scalars['String']['input'];
};

/** A party of a register: an organization of the directory, by acronym, or one of its units. */
export type RegisterPartyInput = {
  acronym: Scalars['String']['input'];
  /** A working group or committee of the organization, by name or acronym; new ones are added. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** A register as one revision recorded it; organizations are named by acronym as they were then. */
export type RegisterSnapshot = {
  __typename?: 'RegisterSnapshot';
  amends?: Maybe<Scalars['String']['output']>;
  approval?: Maybe<Approval>;
  background?: Maybe<Scalars['String']['output']>;
  benefits: Array<Scalars['String']['output']>;
  delegatedWorkRules: Array<DelegatedWorkRuleSnapshot>;
  documentRevisions: Array<DocumentRevision>;
  initiatedOn?: Maybe<Scalars['Date']['output']>;
  kind: WorkRegisterKind;
  milestones: Array<MilestoneSnapshot>;
  objectives: Array<Scalars['String']['output']>;
  parties: Array<PartySnapshot>;
  projects: Array<Project>;
  references: Array<Reference>;
  review?: Maybe<ReviewSnapshot>;
  sections: Array<Section>;
  standardsDevelopment?: Maybe<StandardsDevelopment>;
  status: WorkRegisterStatus;
  statusReason?: Maybe<Scalars['String']['output']>;
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  version?: Maybe<Scalars['String']['output']>;
};

export type RegistryStats = {
  __typename?: 'RegistryStats';
  /** Registers per organization (units count for their organization), most first. */
  byOrganization: Array<OrganizationCount>;
  byStatus: Array<StatusCount>;
  findingsByCode: Array<CodeCount>;
  /** Reviews falling due in each of the next 12 months, this month first (overdue ones not counted). */
  reviewsDueByMonth: Array<MonthCount>;
  workRegisters: Scalars['Int']['output'];
};

export type Review = {
  __typename?: 'Review';
  /** The date the review is due by, at the document's precision. */
  dueBy?: Maybe<Scalars['PartialDate']['output']>;
  /** The last day of dueBy's period: 2013-05 falls due on 2013-05-31. */
  dueOn?: Maybe<Scalars['Date']['output']>;
  lastOutcome?: Maybe<ReviewOutcome>;
  /** The day of the last review recorded in the registry (recordReview). */
  lastReviewedOn?: Maybe<Scalars['Date']['output']>;
  precision?: Maybe<DatePrecision>;
  /** Where the review stands today. */
  status: ReviewStatus;
  /** The event that triggers a review, as written. */
  trigger?: Maybe<Scalars['String']['output']>;
};

export type ReviewInput = {
  dueBy?: InputMaybe<Scalars['PartialDate']['input']>;
  precision?: InputMaybe<DatePrecision>;
  trigger?: InputMaybe<Scalars['String']['input']>;
};

/** What a review decided. */
export type ReviewOutcome =
  /** Carry on, with changes to make to the register. */
  | 'AMEND'
  /** Carry on as written. */
  | 'CONTINUE'
  /** End the alliance (then set the status to TERMINATED). */
  | 'TERMINATE';

export type ReviewSnapshot = {
  __typename?: 'ReviewSnapshot';
  dueBy?: Maybe<Scalars['PartialDate']['output']>;
  lastOutcome?: Maybe<ReviewOutcome>;
  lastReviewedOn?: Maybe<Scalars['Date']['output']>;
  precision?: Maybe<DatePrecision>;
  trigger?: Maybe<Scalars['String']['output']>;
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

export type Section = {
  __typename?: 'Section';
  /** The heading as written. */
  heading: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type SectionInput = {
  heading: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

/** The document the register was imported from. */
export type Source = {
  __typename?: 'Source';
  /**
   * Where the reader read each field in the text, as `alliance parse` reports it (its provenance):
   * the field's path and its lines, so a page can say "read from line 14". Empty for a register
   * created by mutation or imported from JSON; a register imported before the registry kept them
   * gets them when the same document is imported again.
   */
  fields: Array<SourceField>;
  sha256: Scalars['String']['output'];
  text?: Maybe<Scalars['String']['output']>;
};

/** One field of the register and the lines of the source text it was read from. */
export type SourceField = {
  __typename?: 'SourceField';
  /** Last line; equal to line when the field stands on one line. */
  endLine: Scalars['Int']['output'];
  /** First line (1-based) of the source text. */
  line: Scalars['Int']['output'];
  /** Page of line, for a PDF (its text ends each page with a form feed). */
  page?: Maybe<Scalars['Int']['output']>;
  /** The field, as findings name it: title, parties[0], milestones[2].date, contacts[1].email. */
  path: Scalars['String']['output'];
  /** Row of the table line is in (1-based, a Markdown separator row not counted), for a field read from a table. */
  row?: Maybe<Scalars['Int']['output']>;
  /** The lines themselves, line to endLine; addresses hidden as in text. */
  text?: Maybe<Scalars['String']['output']>;
};

/** One field and its lines in the import's sourceText. */
export type SourceFieldInput = {
  endLine?: InputMaybe<Scalars['Int']['input']>;
  line: Scalars['Int']['input'];
  page?: InputMaybe<Scalars['Int']['input']>;
  path: Scalars['String']['input'];
  row?: InputMaybe<Scalars['Int']['input']>;
};

export type StandardsDevelopment = {
  __typename?: 'StandardsDevelopment';
  mode: StandardsDevelopmentMode;
  /** The sentence as written. */
  text: Scalars['String']['output'];
};

export type StandardsDevelopmentInput = {
  mode: StandardsDevelopmentMode;
  text: Scalars['String']['input'];
};

export type StandardsDevelopmentMode =
  | 'DELEGATED'
  | 'INDEPENDENT'
  | 'JOINT'
  | 'NONE'
  | 'OTHER';

export type StatusCount = {
  __typename?: 'StatusCount';
  count: Scalars['Int']['output'];
  status: WorkRegisterStatus;
};

export type UnitInput = {
  acronym?: InputMaybe<Scalars['String']['input']>;
  /** An existing unit's id keeps it (and the registers naming it); leave it out for a new unit. */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

export type WebhookAttempt = {
  __typename?: 'WebhookAttempt';
  at: Scalars['DateTime']['output'];
  durationMs: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  /** The receiver's HTTP status; null when it gave no answer (see error). */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  attempts: Array<WebhookAttempt>;
  createdAt: Scalars['DateTime']['output'];
  event: WebhookEventType;
  /** Also the webhook-id header of every attempt. */
  id: Scalars['ID']['output'];
  /** When it is tried next; null once delivered or given up. */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  status: WebhookDeliveryStatus;
};

export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  edges: Array<WebhookDeliveryEdge>;
  pageInfo: PageInfo;
};

export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  cursor: Scalars['String']['output'];
  node: WebhookDelivery;
};

export type WebhookDeliveryStatus =
  | 'DELIVERED'
  /** Every attempt failed; redeliverWebhook tries again. */
  | 'FAILED'
  | 'PENDING';

/** The events a subscription can ask for; a payload's `type` is the lower-case dotted name (register.created). */
export type WebhookEventType =
  /** A contact created, edited or merged (the contacts service's events, relayed here). */
  | 'CONTACT_CHANGED'
  /** A contact added to or removed from a register's points of contact, or their list imported. */
  | 'POINT_OF_CONTACT_CHANGED'
  /** Every new revision, with its field changes. */
  | 'REGISTER_CHANGED'
  | 'REGISTER_CREATED'
  | 'REGISTER_STATUS_CHANGED'
  | 'REVIEW_RECORDED';

/**
 * Where the registry POSTs events, signed per the Standard Webhooks specification
 * (webhook-id, webhook-timestamp, webhook-signature; docs/partners.md).
 */
export type WebhookSubscription = {
  __typename?: 'WebhookSubscription';
  createdAt: Scalars['DateTime']['output'];
  /** The latest deliveries, newest first. */
  deliveries: WebhookDeliveryConnection;
  events: Array<WebhookEventType>;
  id: Scalars['ID']['output'];
  /** Events about this organization's registers only; null: every organization. */
  organization?: Maybe<Organization>;
  status: WebhookSubscriptionStatus;
  url: Scalars['String']['output'];
};


/**
 * Where the registry POSTs events, signed per the Standard Webhooks specification
 * (webhook-id, webhook-timestamp, webhook-signature; docs/partners.md).
 */
export type WebhookSubscriptionDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type WebhookSubscriptionInput = {
  events: Array<WebhookEventType>;
  /** An acronym; required of editors, optional for admins (every organization). */
  organization?: InputMaybe<Scalars['String']['input']>;
  /** An http(s) URL reaching a public address. */
  url: Scalars['String']['input'];
};

export type WebhookSubscriptionPatch = {
  events?: InputMaybe<Array<WebhookEventType>>;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type WebhookSubscriptionStatus =
  | 'ACTIVE'
  /** Five or more attempts in a row have failed; deliveries go on being tried. */
  | 'FAILING';

export type WebhookSubscriptionWithSecret = {
  __typename?: 'WebhookSubscriptionWithSecret';
  /** whsec_… : give it to the receiver's verification library. It is not shown again. */
  secret: Scalars['String']['output'];
  subscription: WebhookSubscription;
};

/** An alliance between standards bodies, as its Work Register document records it. */
export type WorkRegister = {
  __typename?: 'WorkRegister';
  /** The register an addendum extends. */
  amends?: Maybe<WorkRegister>;
  approval?: Maybe<Approval>;
  /** The register as it was at one revision; null when there is no such revision. */
  atRevision?: Maybe<WorkRegisterRevision>;
  background?: Maybe<Scalars['String']['output']>;
  benefits: Array<Scalars['String']['output']>;
  /**
   * Field-level differences from revision `from` to revision `to` (default: the current one), such
   * as `milestones[2].status` CHANGED from PLANNED to COMPLETED.
   */
  changes: Array<FieldChange>;
  createdAt: Scalars['DateTime']['output'];
  delegatedWorkRules: Array<DelegatedWorkRule>;
  /**
   * The document's own revision trail ("Revised: 12 March 2013", the rows of its Change History
   * table), in the order it lists it. Not the registry's revisions of the register: see history.
   */
  documentRevisions: Array<DocumentRevision>;
  /** What looks wrong in the document; values are kept as written. */
  findings: Array<Finding>;
  /** Every revision of the register, newest first: who changed what, when. */
  history: WorkRegisterRevisionConnection;
  id: Scalars['ID']['output'];
  initiatedOn?: Maybe<Scalars['Date']['output']>;
  kind: WorkRegisterKind;
  milestones: Array<Milestone>;
  objectives: Array<Scalars['String']['output']>;
  parties: Array<Party>;
  projects: Array<Project>;
  references: Array<Reference>;
  review?: Maybe<Review>;
  /** Increases by one with every change recorded in the registry. */
  revision: Scalars['Int']['output'];
  /** Every section of the source document in order, including ones not modelled above. */
  sections: Array<Section>;
  /** Stable, readable identifier derived from the title: mef-dmtf. */
  slug: Scalars['String']['output'];
  source?: Maybe<Source>;
  standardsDevelopment?: Maybe<StandardsDevelopment>;
  status: WorkRegisterStatus;
  /** Why the register has its status (e.g. why it was terminated). */
  statusReason?: Maybe<Scalars['String']['output']>;
  subtitle?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  /** The document's own version string, as written. */
  version?: Maybe<Scalars['String']['output']>;
};


/** An alliance between standards bodies, as its Work Register document records it. */
export type WorkRegisterAtRevisionArgs = {
  revision: Scalars['Int']['input'];
};


/** An alliance between standards bodies, as its Work Register document records it. */
export type WorkRegisterChangesArgs = {
  from: Scalars['Int']['input'];
  to?: InputMaybe<Scalars['Int']['input']>;
};


/** An alliance between standards bodies, as its Work Register document records it. */
export type WorkRegisterHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type WorkRegisterConnection = {
  __typename?: 'WorkRegisterConnection';
  edges: Array<WorkRegisterEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkRegisterEdge = {
  __typename?: 'WorkRegisterEdge';
  cursor: Scalars['String']['output'];
  node: WorkRegister;
};

export type WorkRegisterFilter = {
  /** Registers at least one of these organizations is a party to. */
  anyParty?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Registers with at least one finding of this severity or worse. */
  findingSeverity?: InputMaybe<FindingSeverity>;
  initiated?: InputMaybe<DateRange>;
  kind?: InputMaybe<WorkRegisterKind>;
  /** Registers every one of these organizations (acronyms) is a party to, directly or through a unit. */
  parties?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Registers whose review falls due (at the end of its period) within this range. */
  reviewDue?: InputMaybe<DateRange>;
  /** Words to find in the title, background, objectives, benefits, projects and section text; each word (up to 10) matches as a prefix, case- and accent-insensitively. */
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<WorkRegisterStatus>>;
};

export type WorkRegisterImportInput = {
  /** Title or slug of the register an addendum extends. */
  amends?: InputMaybe<Scalars['String']['input']>;
  approval?: InputMaybe<ApprovalInput>;
  background?: InputMaybe<Scalars['String']['input']>;
  benefits?: InputMaybe<Array<Scalars['String']['input']>>;
  delegatedWorkRules?: InputMaybe<Array<DelegatedWorkRuleInput>>;
  documentRevisions?: InputMaybe<Array<DocumentRevisionInput>>;
  findings?: InputMaybe<Array<FindingInput>>;
  initiatedOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<WorkRegisterKind>;
  milestones?: InputMaybe<Array<MilestoneInput>>;
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  parties: Array<PartyInput>;
  projects?: InputMaybe<Array<ProjectInput>>;
  /** Where each field was read in sourceText (alliance parse's provenance). */
  provenance?: InputMaybe<Array<SourceFieldInput>>;
  references?: InputMaybe<Array<ReferenceInput>>;
  review?: InputMaybe<ReviewInput>;
  sections?: InputMaybe<Array<SectionInput>>;
  /** The original document text; its sha256 makes the import idempotent. */
  sourceText?: InputMaybe<Scalars['String']['input']>;
  standardsDevelopment?: InputMaybe<StandardsDevelopmentInput>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};

/** A new register. Lists left out are empty. */
export type WorkRegisterInput = {
  /** Slug or title of the register an addendum extends. */
  amends?: InputMaybe<Scalars['String']['input']>;
  approval?: InputMaybe<ApprovalInput>;
  background?: InputMaybe<Scalars['String']['input']>;
  benefits?: InputMaybe<Array<Scalars['String']['input']>>;
  delegatedWorkRules?: InputMaybe<Array<DelegatedWorkRuleInput>>;
  documentRevisions?: InputMaybe<Array<DocumentRevisionInput>>;
  initiatedOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<WorkRegisterKind>;
  milestones?: InputMaybe<Array<MilestoneInput>>;
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  parties: Array<RegisterPartyInput>;
  projects?: InputMaybe<Array<ProjectInput>>;
  references?: InputMaybe<Array<ReferenceInput>>;
  review?: InputMaybe<ReviewInput>;
  sections?: InputMaybe<Array<SectionInput>>;
  standardsDevelopment?: InputMaybe<StandardsDevelopmentInput>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
  version?: InputMaybe<Scalars['String']['input']>;
};

export type WorkRegisterKind =
  /** Extends an existing register (see amends). */
  | 'ADDENDUM'
  | 'REGISTER';

export type WorkRegisterOrder = {
  direction?: InputMaybe<OrderDirection>;
  field: WorkRegisterOrderField;
};

export type WorkRegisterOrderField =
  | 'INITIATED_ON'
  /** The day the review falls due; registers without a review date come last. */
  | 'REVIEW_DUE_ON'
  | 'TITLE'
  /** The last change recorded in the registry. */
  | 'UPDATED_AT';

/** The parts of a register to change: a field left out stays as it is, null clears it, a list replaces the list. */
export type WorkRegisterPatch = {
  amends?: InputMaybe<Scalars['String']['input']>;
  approval?: InputMaybe<ApprovalInput>;
  background?: InputMaybe<Scalars['String']['input']>;
  benefits?: InputMaybe<Array<Scalars['String']['input']>>;
  delegatedWorkRules?: InputMaybe<Array<DelegatedWorkRuleInput>>;
  documentRevisions?: InputMaybe<Array<DocumentRevisionInput>>;
  initiatedOn?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<WorkRegisterKind>;
  milestones?: InputMaybe<Array<MilestoneInput>>;
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  parties?: InputMaybe<Array<RegisterPartyInput>>;
  projects?: InputMaybe<Array<ProjectInput>>;
  references?: InputMaybe<Array<ReferenceInput>>;
  review?: InputMaybe<ReviewInput>;
  sections?: InputMaybe<Array<SectionInput>>;
  standardsDevelopment?: InputMaybe<StandardsDevelopmentInput>;
  subtitle?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['String']['input']>;
};

/** One change of a register, kept forever. */
export type WorkRegisterRevision = {
  __typename?: 'WorkRegisterRevision';
  author: Author;
  /** What this revision changed against the one before it (everything, for the first). */
  changes: Array<FieldChange>;
  createdAt: Scalars['DateTime']['output'];
  /** The register as it was after this change. */
  register: RegisterSnapshot;
  revision: Scalars['Int']['output'];
  /** What the change did: Imported the document, Status ACTIVE → UNDER_REVIEW, Changed milestones. */
  summary: Scalars['String']['output'];
};

export type WorkRegisterRevisionConnection = {
  __typename?: 'WorkRegisterRevisionConnection';
  edges: Array<WorkRegisterRevisionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type WorkRegisterRevisionEdge = {
  __typename?: 'WorkRegisterRevisionEdge';
  cursor: Scalars['String']['output'];
  node: WorkRegisterRevision;
};

export type WorkRegisterStatus =
  | 'ACTIVE'
  | 'DRAFT'
  | 'INACTIVE'
  | 'TERMINATED'
  | 'UNDER_REVIEW';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Organization: Organization;
  WorkRegister: WorkRegister;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  WorkRegister:
    ( { __typename: 'WorkRegister' }
    & GraphQLRecursivePick<FederationTypes['WorkRegister'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AllianceEdge: ResolverTypeWrapper<AllianceEdgeRowRow>;
  AllianceEdgeConnection: ResolverTypeWrapper<ResolvedConnectionRow<AllianceEdgeRowRow>>;
  AllianceEdgeEdge: ResolverTypeWrapper<Omit<AllianceEdgeEdge, 'node'> & { node: ResolversTypes['AllianceEdge'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  AllianceGraph: ResolverTypeWrapper<GraphRequestRow>;
  AllianceLink: ResolverTypeWrapper<Omit<AllianceLink, 'from' | 'to'> & { from: ResolversTypes['Organization'], to: ResolversTypes['Organization'] }>;
  AlliancePath: ResolverTypeWrapper<Omit<AlliancePath, 'organizations' | 'workRegisters'> & { organizations: Array<ResolversTypes['Organization']>, workRegisters: Array<ResolversTypes['WorkRegister']> }>;
  Approval: ResolverTypeWrapper<Approval>;
  ApprovalInput: ApprovalInput;
  Author: ResolverTypeWrapper<Author>;
  CacheControlScope: CacheControlScope;
  ChangeKind: ChangeKind;
  CodeCount: ResolverTypeWrapper<CodeCount>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DatePrecision: DatePrecision;
  DateRange: DateRange;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DelegatedWorkRule: ResolverTypeWrapper<StoredDelegatedWorkRuleRow>;
  DelegatedWorkRuleInput: DelegatedWorkRuleInput;
  DelegatedWorkRuleSnapshot: ResolverTypeWrapper<DelegatedWorkRuleSnapshot>;
  DocumentRevision: ResolverTypeWrapper<DocumentRevision>;
  DocumentRevisionInput: DocumentRevisionInput;
  EmailDomain: ResolverTypeWrapper<EmailDomain>;
  EmailDomainInput: EmailDomainInput;
  FieldChange: ResolverTypeWrapper<FieldChange>;
  Finding: ResolverTypeWrapper<FindingRowRow>;
  FindingConnection: ResolverTypeWrapper<ResolvedConnectionRow<FindingRowRow>>;
  FindingEdge: ResolverTypeWrapper<Omit<FindingEdge, 'node'> & { node: ResolversTypes['Finding'] }>;
  FindingFilter: FindingFilter;
  FindingInput: FindingInput;
  FindingSeverity: FindingSeverity;
  ImportOutcome: ImportOutcome;
  ImportWorkRegisterPayload: ResolverTypeWrapper<Omit<ImportWorkRegisterPayload, 'workRegister'> & { workRegister?: Maybe<ResolversTypes['WorkRegister']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Milestone: ResolverTypeWrapper<MilestoneRow>;
  MilestoneConnection: ResolverTypeWrapper<ResolvedConnectionRow<MilestoneRow>>;
  MilestoneEdge: ResolverTypeWrapper<Omit<MilestoneEdge, 'node'> & { node: ResolversTypes['Milestone'] }>;
  MilestoneInput: MilestoneInput;
  MilestoneSnapshot: ResolverTypeWrapper<MilestoneSnapshot>;
  MilestoneStatus: MilestoneStatus;
  MonthCount: ResolverTypeWrapper<MonthCount>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationRow>;
  OrganizationConnection: ResolverTypeWrapper<ResolvedConnectionRow<OrganizationRow>>;
  OrganizationCount: ResolverTypeWrapper<Omit<OrganizationCount, 'organization'> & { organization: ResolversTypes['Organization'] }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  OrganizationUnit: ResolverTypeWrapper<OrganizationUnitRow>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartialDate: ResolverTypeWrapper<Scalars['PartialDate']['output']>;
  Partnership: ResolverTypeWrapper<PartnershipRowRow>;
  Party: ResolverTypeWrapper<WorkRegisterPartyRow>;
  PartyInput: PartyInput;
  PartySnapshot: ResolverTypeWrapper<PartySnapshot>;
  Project: ResolverTypeWrapper<Project>;
  ProjectInput: ProjectInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Reference: ResolverTypeWrapper<Reference>;
  ReferenceInput: ReferenceInput;
  RegisterPartyInput: RegisterPartyInput;
  RegisterSnapshot: ResolverTypeWrapper<RegisterSnapshot>;
  RegistryStats: ResolverTypeWrapper<StatsRequestRow>;
  Review: ResolverTypeWrapper<Review>;
  ReviewInput: ReviewInput;
  ReviewOutcome: ReviewOutcome;
  ReviewSnapshot: ResolverTypeWrapper<ReviewSnapshot>;
  ReviewStatus: ReviewStatus;
  Section: ResolverTypeWrapper<Section>;
  SectionInput: SectionInput;
  Source: ResolverTypeWrapper<SourceRowRow>;
  SourceField: ResolverTypeWrapper<SourceFieldRowRow>;
  SourceFieldInput: SourceFieldInput;
  StandardsDevelopment: ResolverTypeWrapper<StandardsDevelopment>;
  StandardsDevelopmentInput: StandardsDevelopmentInput;
  StandardsDevelopmentMode: StandardsDevelopmentMode;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  UnitInput: UnitInput;
  WebhookAttempt: ResolverTypeWrapper<WebhookAttemptRow>;
  WebhookDelivery: ResolverTypeWrapper<WebhookDeliveryRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<ResolvedConnectionRow<WebhookDeliveryRow>>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEventType: WebhookEventType;
  WebhookSubscription: ResolverTypeWrapper<WebhookSubscriptionRow>;
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  WebhookSubscriptionPatch: WebhookSubscriptionPatch;
  WebhookSubscriptionStatus: WebhookSubscriptionStatus;
  WebhookSubscriptionWithSecret: ResolverTypeWrapper<Omit<WebhookSubscriptionWithSecret, 'subscription'> & { subscription: ResolversTypes['WebhookSubscription'] }>;
  WorkRegister: ResolverTypeWrapper<RegisterSummaryRow>;
  WorkRegisterConnection: ResolverTypeWrapper<ResolvedConnectionRow<RegisterSummaryRow>>;
  WorkRegisterEdge: ResolverTypeWrapper<Omit<WorkRegisterEdge, 'node'> & { node: ResolversTypes['WorkRegister'] }>;
  WorkRegisterFilter: WorkRegisterFilter;
  WorkRegisterImportInput: WorkRegisterImportInput;
  WorkRegisterInput: WorkRegisterInput;
  WorkRegisterKind: WorkRegisterKind;
  WorkRegisterOrder: WorkRegisterOrder;
  WorkRegisterOrderField: WorkRegisterOrderField;
  WorkRegisterPatch: WorkRegisterPatch;
  WorkRegisterRevision: ResolverTypeWrapper<WorkRegisterRevisionRow>;
  WorkRegisterRevisionConnection: ResolverTypeWrapper<ResolvedConnectionRow<WorkRegisterRevisionRow>>;
  WorkRegisterRevisionEdge: ResolverTypeWrapper<Omit<WorkRegisterRevisionEdge, 'node'> & { node: ResolversTypes['WorkRegisterRevision'] }>;
  WorkRegisterStatus: WorkRegisterStatus;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AllianceEdge: AllianceEdgeRowRow;
  AllianceEdgeConnection: ResolvedConnectionRow<AllianceEdgeRowRow>;
  AllianceEdgeEdge: Omit<AllianceEdgeEdge, 'node'> & { node: ResolversParentTypes['AllianceEdge'] };
  String: Scalars['String']['output'];
  AllianceGraph: GraphRequestRow;
  AllianceLink: Omit<AllianceLink, 'from' | 'to'> & { from: ResolversParentTypes['Organization'], to: ResolversParentTypes['Organization'] };
  AlliancePath: Omit<AlliancePath, 'organizations' | 'workRegisters'> & { organizations: Array<ResolversParentTypes['Organization']>, workRegisters: Array<ResolversParentTypes['WorkRegister']> };
  Approval: Approval;
  ApprovalInput: ApprovalInput;
  Author: Author;
  CodeCount: CodeCount;
  Date: Scalars['Date']['output'];
  DateRange: DateRange;
  DateTime: Scalars['DateTime']['output'];
  DelegatedWorkRule: StoredDelegatedWorkRuleRow;
  DelegatedWorkRuleInput: DelegatedWorkRuleInput;
  DelegatedWorkRuleSnapshot: DelegatedWorkRuleSnapshot;
  DocumentRevision: DocumentRevision;
  DocumentRevisionInput: DocumentRevisionInput;
  EmailDomain: EmailDomain;
  EmailDomainInput: EmailDomainInput;
  FieldChange: FieldChange;
  Finding: FindingRowRow;
  FindingConnection: ResolvedConnectionRow<FindingRowRow>;
  FindingEdge: Omit<FindingEdge, 'node'> & { node: ResolversParentTypes['Finding'] };
  FindingFilter: FindingFilter;
  FindingInput: FindingInput;
  ImportWorkRegisterPayload: Omit<ImportWorkRegisterPayload, 'workRegister'> & { workRegister?: Maybe<ResolversParentTypes['WorkRegister']> };
  JSON: Scalars['JSON']['output'];
  Milestone: MilestoneRow;
  MilestoneConnection: ResolvedConnectionRow<MilestoneRow>;
  MilestoneEdge: Omit<MilestoneEdge, 'node'> & { node: ResolversParentTypes['Milestone'] };
  MilestoneInput: MilestoneInput;
  MilestoneSnapshot: MilestoneSnapshot;
  MonthCount: MonthCount;
  Mutation: Record<PropertyKey, never>;
  ID: Scalars['ID']['output'];
  Organization: OrganizationRow;
  OrganizationConnection: ResolvedConnectionRow<OrganizationRow>;
  OrganizationCount: Omit<OrganizationCount, 'organization'> & { organization: ResolversParentTypes['Organization'] };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationInput: OrganizationInput;
  OrganizationPatch: OrganizationPatch;
  OrganizationUnit: OrganizationUnitRow;
  PageInfo: PageInfo;
  PartialDate: Scalars['PartialDate']['output'];
  Partnership: PartnershipRowRow;
  Party: WorkRegisterPartyRow;
  PartyInput: PartyInput;
  PartySnapshot: PartySnapshot;
  Project: Project;
  ProjectInput: ProjectInput;
  Query: Record<PropertyKey, never>;
  Reference: Reference;
  ReferenceInput: ReferenceInput;
  RegisterPartyInput: RegisterPartyInput;
  RegisterSnapshot: RegisterSnapshot;
  RegistryStats: StatsRequestRow;
  Review: Review;
  ReviewInput: ReviewInput;
  ReviewSnapshot: ReviewSnapshot;
  Section: Section;
  SectionInput: SectionInput;
  Source: SourceRowRow;
  SourceField: SourceFieldRowRow;
  SourceFieldInput: SourceFieldInput;
  StandardsDevelopment: StandardsDevelopment;
  StandardsDevelopmentInput: StandardsDevelopmentInput;
  StatusCount: StatusCount;
  UnitInput: UnitInput;
  WebhookAttempt: WebhookAttemptRow;
  WebhookDelivery: WebhookDeliveryRow;
  WebhookDeliveryConnection: ResolvedConnectionRow<WebhookDeliveryRow>;
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookSubscription: WebhookSubscriptionRow;
  WebhookSubscriptionInput: WebhookSubscriptionInput;
  WebhookSubscriptionPatch: WebhookSubscriptionPatch;
  WebhookSubscriptionWithSecret: Omit<WebhookSubscriptionWithSecret, 'subscription'> & { subscription: ResolversParentTypes['WebhookSubscription'] };
  WorkRegister: RegisterSummaryRow;
  WorkRegisterConnection: ResolvedConnectionRow<RegisterSummaryRow>;
  WorkRegisterEdge: Omit<WorkRegisterEdge, 'node'> & { node: ResolversParentTypes['WorkRegister'] };
  WorkRegisterFilter: WorkRegisterFilter;
  WorkRegisterImportInput: WorkRegisterImportInput;
  WorkRegisterInput: WorkRegisterInput;
  WorkRegisterOrder: WorkRegisterOrder;
  WorkRegisterPatch: WorkRegisterPatch;
  WorkRegisterRevision: WorkRegisterRevisionRow;
  WorkRegisterRevisionConnection: ResolvedConnectionRow<WorkRegisterRevisionRow>;
  WorkRegisterRevisionEdge: Omit<WorkRegisterRevisionEdge, 'node'> & { node: ResolversParentTypes['WorkRegisterRevision'] };
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = RegistryContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AllianceEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AllianceEdge'] = ResolversParentTypes['AllianceEdge']> = {
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkRegisterStatus'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  workRegister?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType>;
};

export type AllianceEdgeConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AllianceEdgeConnection'] = ResolversParentTypes['AllianceEdgeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AllianceEdgeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllianceEdgeEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AllianceEdgeEdge'] = ResolversParentTypes['AllianceEdgeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AllianceEdge'], ParentType, ContextType>;
};

export type AllianceGraphResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AllianceGraph'] = ResolversParentTypes['AllianceGraph']> = {
  edges?: Resolver<ResolversTypes['AllianceEdgeConnection'], ParentType, ContextType, Partial<AllianceGraphEdgesArgs>>;
  links?: Resolver<Array<ResolversTypes['AllianceLink']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  path?: Resolver<Maybe<ResolversTypes['AlliancePath']>, ParentType, ContextType, RequireFields<AllianceGraphPathArgs, 'from' | 'to'>>;
};

export type AllianceLinkResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AllianceLink'] = ResolversParentTypes['AllianceLink']> = {
  from?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  workRegisters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AlliancePathResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['AlliancePath'] = ResolversParentTypes['AlliancePath']> = {
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  workRegisters?: Resolver<Array<ResolversTypes['WorkRegister']>, ParentType, ContextType>;
};

export type ApprovalResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Approval'] = ResolversParentTypes['Approval']> = {
  approvedOn?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuthorResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Author'] = ResolversParentTypes['Author']> = {
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CodeCountResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['CodeCount'] = ResolversParentTypes['CodeCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegatedWorkRuleResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DelegatedWorkRule'] = ResolversParentTypes['DelegatedWorkRule']> = {
  commitments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type DelegatedWorkRuleSnapshotResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DelegatedWorkRuleSnapshot'] = ResolversParentTypes['DelegatedWorkRuleSnapshot']> = {
  commitments?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reviewer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DocumentRevisionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DocumentRevision'] = ResolversParentTypes['DocumentRevision']> = {
  author?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EmailDomainResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['EmailDomain'] = ResolversParentTypes['EmailDomain']> = {
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FieldChangeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FieldChange'] = ResolversParentTypes['FieldChange']> = {
  after?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FindingResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Finding'] = ResolversParentTypes['Finding']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['FindingSeverity'], ParentType, ContextType>;
  workRegister?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType>;
};

export type FindingConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FindingConnection'] = ResolversParentTypes['FindingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FindingEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FindingEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FindingEdge'] = ResolversParentTypes['FindingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Finding'], ParentType, ContextType>;
};

export type ImportWorkRegisterPayloadResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ImportWorkRegisterPayload'] = ResolversParentTypes['ImportWorkRegisterPayload']> = {
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workRegister?: Resolver<Maybe<ResolversTypes['WorkRegister']>, ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MilestoneResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MilestoneStatus'], ParentType, ContextType>;
  workRegister?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType>;
};

export type MilestoneConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['MilestoneConnection'] = ResolversParentTypes['MilestoneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MilestoneEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MilestoneEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['MilestoneEdge'] = ResolversParentTypes['MilestoneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Milestone'], ParentType, ContextType>;
};

export type MilestoneSnapshotResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['MilestoneSnapshot'] = ResolversParentTypes['MilestoneSnapshot']> = {
  date?: Resolver<ResolversTypes['PartialDate'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MilestoneStatus'], ParentType, ContextType>;
};

export type MonthCountResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['MonthCount'] = ResolversParentTypes['MonthCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationCreateOrganizationArgs, 'input'>>;
  createWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscriptionWithSecret'], ParentType, ContextType, RequireFields<MutationCreateWebhookSubscriptionArgs, 'input'>>;
  createWorkRegister?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType, RequireFields<MutationCreateWorkRegisterArgs, 'input'>>;
  deleteWebhookSubscription?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationDeleteWebhookSubscriptionArgs, 'id'>>;
  importWorkRegister?: Resolver<ResolversTypes['ImportWorkRegisterPayload'], ParentType, ContextType, RequireFields<MutationImportWorkRegisterArgs, 'dryRun' | 'input'>>;
  recordReview?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType, RequireFields<MutationRecordReviewArgs, 'expectedRevision' | 'id' | 'outcome' | 'reviewedOn'>>;
  redeliverWebhook?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType, RequireFields<MutationRedeliverWebhookArgs, 'deliveryId'>>;
  rotateWebhookSecret?: Resolver<ResolversTypes['WebhookSubscriptionWithSecret'], ParentType, ContextType, RequireFields<MutationRotateWebhookSecretArgs, 'id'>>;
  setWorkRegisterStatus?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType, RequireFields<MutationSetWorkRegisterStatusArgs, 'expectedRevision' | 'id' | 'status'>>;
  updateOrganization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<MutationUpdateOrganizationArgs, 'id' | 'input'>>;
  updateWebhookSubscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType, RequireFields<MutationUpdateWebhookSubscriptionArgs, 'id' | 'input'>>;
  updateWorkRegister?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType, RequireFields<MutationUpdateWorkRegisterArgs, 'expectedRevision' | 'id' | 'input'>>;
};

export type OrganizationResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  emailDomains?: Resolver<Array<ResolversTypes['EmailDomain']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Partnership']>, ParentType, ContextType>;
  units?: Resolver<Array<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  workRegisters?: Resolver<ResolversTypes['WorkRegisterConnection'], ParentType, ContextType, Partial<OrganizationWorkRegistersArgs>>;
};

export type OrganizationConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationCountResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['OrganizationCount'] = ResolversParentTypes['OrganizationCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type OrganizationUnitResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['OrganizationUnit'] = ResolversParentTypes['OrganizationUnit']> = {
  acronym?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PartialDateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['PartialDate'], any> {
  name: 'PartialDate';
}

export type PartnershipResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Partnership'] = ResolversParentTypes['Partnership']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  workRegisters?: Resolver<ResolversTypes['WorkRegisterConnection'], ParentType, ContextType, Partial<PartnershipWorkRegistersArgs>>;
};

export type PartyResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Party'] = ResolversParentTypes['Party']> = {
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['OrganizationUnit']>, ParentType, ContextType>;
};

export type PartySnapshotResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PartySnapshot'] = ResolversParentTypes['PartySnapshot']> = {
  acronym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProjectResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Project'] = ResolversParentTypes['Project']> = {
  audience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  allianceGraph?: Resolver<ResolversTypes['AllianceGraph'], ParentType, ContextType, RequireFields<QueryAllianceGraphArgs, 'depth'>>;
  findings?: Resolver<ResolversTypes['FindingConnection'], ParentType, ContextType, Partial<QueryFindingsArgs>>;
  milestonesDue?: Resolver<ResolversTypes['MilestoneConnection'], ParentType, ContextType, RequireFields<QueryMilestonesDueArgs, 'includeOverdue'>>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, Partial<QueryOrganizationArgs>>;
  organizations?: Resolver<ResolversTypes['OrganizationConnection'], ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  registryStats?: Resolver<ResolversTypes['RegistryStats'], ParentType, ContextType>;
  reviewsDue?: Resolver<ResolversTypes['WorkRegisterConnection'], ParentType, ContextType, RequireFields<QueryReviewsDueArgs, 'includeOverdue'>>;
  webhookSubscriptions?: Resolver<Array<ResolversTypes['WebhookSubscription']>, ParentType, ContextType>;
  workRegister?: Resolver<Maybe<ResolversTypes['WorkRegister']>, ParentType, ContextType, Partial<QueryWorkRegisterArgs>>;
  workRegisters?: Resolver<ResolversTypes['WorkRegisterConnection'], ParentType, ContextType, Partial<QueryWorkRegistersArgs>>;
};

export type ReferenceResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Reference'] = ResolversParentTypes['Reference']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RegisterSnapshotResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegisterSnapshot'] = ResolversParentTypes['RegisterSnapshot']> = {
  amends?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['Approval']>, ParentType, ContextType>;
  background?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  benefits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  delegatedWorkRules?: Resolver<Array<ResolversTypes['DelegatedWorkRuleSnapshot']>, ParentType, ContextType>;
  documentRevisions?: Resolver<Array<ResolversTypes['DocumentRevision']>, ParentType, ContextType>;
  initiatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkRegisterKind'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['MilestoneSnapshot']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['PartySnapshot']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Reference']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['ReviewSnapshot']>, ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  standardsDevelopment?: Resolver<Maybe<ResolversTypes['StandardsDevelopment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkRegisterStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type RegistryStatsResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegistryStats'] = ResolversParentTypes['RegistryStats']> = {
  byOrganization?: Resolver<Array<ResolversTypes['OrganizationCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  findingsByCode?: Resolver<Array<ResolversTypes['CodeCount']>, ParentType, ContextType>;
  reviewsDueByMonth?: Resolver<Array<ResolversTypes['MonthCount']>, ParentType, ContextType>;
  workRegisters?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  dueBy?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lastOutcome?: Resolver<Maybe<ResolversTypes['ReviewOutcome']>, ParentType, ContextType>;
  lastReviewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReviewSnapshotResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ReviewSnapshot'] = ResolversParentTypes['ReviewSnapshot']> = {
  dueBy?: Resolver<Maybe<ResolversTypes['PartialDate']>, ParentType, ContextType>;
  lastOutcome?: Resolver<Maybe<ResolversTypes['ReviewOutcome']>, ParentType, ContextType>;
  lastReviewedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  precision?: Resolver<Maybe<ResolversTypes['DatePrecision']>, ParentType, ContextType>;
  trigger?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Section'] = ResolversParentTypes['Section']> = {
  heading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  fields?: Resolver<Array<ResolversTypes['SourceField']>, ParentType, ContextType>;
  sha256?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourceFieldResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SourceField'] = ResolversParentTypes['SourceField']> = {
  endLine?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  page?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  path?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StandardsDevelopmentResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['StandardsDevelopment'] = ResolversParentTypes['StandardsDevelopment']> = {
  mode?: Resolver<ResolversTypes['StandardsDevelopmentMode'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StatusCountResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkRegisterStatus'], ParentType, ContextType>;
};

export type WebhookAttemptResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WebhookAttempt'] = ResolversParentTypes['WebhookAttempt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attempts?: Resolver<Array<ResolversTypes['WebhookAttempt']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  event?: Resolver<ResolversTypes['WebhookEventType'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookSubscriptionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WebhookSubscription'] = ResolversParentTypes['WebhookSubscription']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, Partial<WebhookSubscriptionDeliveriesArgs>>;
  events?: Resolver<Array<ResolversTypes['WebhookEventType']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookSubscriptionStatus'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookSubscriptionWithSecretResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WebhookSubscriptionWithSecret'] = ResolversParentTypes['WebhookSubscriptionWithSecret']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subscription?: Resolver<ResolversTypes['WebhookSubscription'], ParentType, ContextType>;
};

export type WorkRegisterResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WorkRegister'] = ResolversParentTypes['WorkRegister'], FederationReferenceType extends FederationReferenceTypes['WorkRegister'] = FederationReferenceTypes['WorkRegister']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['WorkRegister']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amends?: Resolver<Maybe<ResolversTypes['WorkRegister']>, ParentType, ContextType>;
  approval?: Resolver<Maybe<ResolversTypes['Approval']>, ParentType, ContextType>;
  atRevision?: Resolver<Maybe<ResolversTypes['WorkRegisterRevision']>, ParentType, ContextType, RequireFields<WorkRegisterAtRevisionArgs, 'revision'>>;
  background?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  benefits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType, RequireFields<WorkRegisterChangesArgs, 'from'>>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  delegatedWorkRules?: Resolver<Array<ResolversTypes['DelegatedWorkRule']>, ParentType, ContextType>;
  documentRevisions?: Resolver<Array<ResolversTypes['DocumentRevision']>, ParentType, ContextType>;
  findings?: Resolver<Array<ResolversTypes['Finding']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['WorkRegisterRevisionConnection'], ParentType, ContextType, Partial<WorkRegisterHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['WorkRegisterKind'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parties?: Resolver<Array<ResolversTypes['Party']>, ParentType, ContextType>;
  projects?: Resolver<Array<ResolversTypes['Project']>, ParentType, ContextType>;
  references?: Resolver<Array<ResolversTypes['Reference']>, ParentType, ContextType>;
  review?: Resolver<Maybe<ResolversTypes['Review']>, ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['Section']>, ParentType, ContextType>;
  slug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  standardsDevelopment?: Resolver<Maybe<ResolversTypes['StandardsDevelopment']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WorkRegisterStatus'], ParentType, ContextType>;
  statusReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subtitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type WorkRegisterConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WorkRegisterConnection'] = ResolversParentTypes['WorkRegisterConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkRegisterEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkRegisterEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WorkRegisterEdge'] = ResolversParentTypes['WorkRegisterEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkRegister'], ParentType, ContextType>;
};

export type WorkRegisterRevisionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WorkRegisterRevision'] = ResolversParentTypes['WorkRegisterRevision']> = {
  author?: Resolver<ResolversTypes['Author'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['FieldChange']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  register?: Resolver<ResolversTypes['RegisterSnapshot'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WorkRegisterRevisionConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WorkRegisterRevisionConnection'] = ResolversParentTypes['WorkRegisterRevisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WorkRegisterRevisionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WorkRegisterRevisionEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['WorkRegisterRevisionEdge'] = ResolversParentTypes['WorkRegisterRevisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WorkRegisterRevision'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RegistryContext> = {
  AllianceEdge?: AllianceEdgeResolvers<ContextType>;
  AllianceEdgeConnection?: AllianceEdgeConnectionResolvers<ContextType>;
  AllianceEdgeEdge?: AllianceEdgeEdgeResolvers<ContextType>;
  AllianceGraph?: AllianceGraphResolvers<ContextType>;
  AllianceLink?: AllianceLinkResolvers<ContextType>;
  AlliancePath?: AlliancePathResolvers<ContextType>;
  Approval?: ApprovalResolvers<ContextType>;
  Author?: AuthorResolvers<ContextType>;
  CodeCount?: CodeCountResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DelegatedWorkRule?: DelegatedWorkRuleResolvers<ContextType>;
  DelegatedWorkRuleSnapshot?: DelegatedWorkRuleSnapshotResolvers<ContextType>;
  DocumentRevision?: DocumentRevisionResolvers<ContextType>;
  EmailDomain?: EmailDomainResolvers<ContextType>;
  FieldChange?: FieldChangeResolvers<ContextType>;
  Finding?: FindingResolvers<ContextType>;
  FindingConnection?: FindingConnectionResolvers<ContextType>;
  FindingEdge?: FindingEdgeResolvers<ContextType>;
  ImportWorkRegisterPayload?: ImportWorkRegisterPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Milestone?: MilestoneResolvers<ContextType>;
  MilestoneConnection?: MilestoneConnectionResolvers<ContextType>;
  MilestoneEdge?: MilestoneEdgeResolvers<ContextType>;
  MilestoneSnapshot?: MilestoneSnapshotResolvers<ContextType>;
  MonthCount?: MonthCountResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationCount?: OrganizationCountResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  OrganizationUnit?: OrganizationUnitResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartialDate?: GraphQLScalarType;
  Partnership?: PartnershipResolvers<ContextType>;
  Party?: PartyResolvers<ContextType>;
  PartySnapshot?: PartySnapshotResolvers<ContextType>;
  Project?: ProjectResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Reference?: ReferenceResolvers<ContextType>;
  RegisterSnapshot?: RegisterSnapshotResolvers<ContextType>;
  RegistryStats?: RegistryStatsResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewSnapshot?: ReviewSnapshotResolvers<ContextType>;
  Section?: SectionResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourceField?: SourceFieldResolvers<ContextType>;
  StandardsDevelopment?: StandardsDevelopmentResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  WebhookAttempt?: WebhookAttemptResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookSubscription?: WebhookSubscriptionResolvers<ContextType>;
  WebhookSubscriptionWithSecret?: WebhookSubscriptionWithSecretResolvers<ContextType>;
  WorkRegister?: WorkRegisterResolvers<ContextType>;
  WorkRegisterConnection?: WorkRegisterConnectionResolvers<ContextType>;
  WorkRegisterEdge?: WorkRegisterEdgeResolvers<ContextType>;
  WorkRegisterRevision?: WorkRegisterRevisionResolvers<ContextType>;
  WorkRegisterRevisionConnection?: WorkRegisterRevisionConnectionResolvers<ContextType>;
  WorkRegisterRevisionEdge?: WorkRegisterRevisionEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RegistryContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};

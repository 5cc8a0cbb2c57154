/**
 * The structured form of a Work Register document.
 *
 * This is the contract between the document reader (`parse`), the `alliance` CLI and the
 * registry's `importWorkRegister` mutation: the JSON `alliance parse` prints is exactly this
 * shape. Organizations are referred to by acronym; dates are ISO 8601 strings, partial dates
 * keep their precision (`2013-05`, `2011-Q3`, `2013-H1`, `2013-mid`, `2012`); `null` or `[]`
 * where the document says nothing.
 */

export type DatePrecision = 'DAY' | 'MONTH' | 'QUARTER' | 'THIRD' | 'HALF' | 'YEAR';
export type RegisterKind = 'REGISTER' | 'ADDENDUM';
export type StandardsDevelopmentMode = 'JOINT' | 'INDEPENDENT' | 'DELEGATED' | 'NONE' | 'OTHER';
export type MilestoneStatus = 'PLANNED' | 'COMPLETED' | 'CANCELLED';
export type ContactKind = 'PERSON' | 'MAILING_LIST';
export type FindingSeverity = 'ERROR' | 'WARNING' | 'INFO';

export interface PartyDocument {
  /** Acronym of the organization (resolved through the directory when the document names it in full). */
  acronym: string;
  /** Full name of the organization. */
  name: string;
  /** A working group or technical committee of the organization, when the document names one. */
  unit: string | null;
}

export interface ProjectDocument {
  name: string;
  audience: string | null;
}

export interface StandardsDevelopmentDocument {
  mode: StandardsDevelopmentMode;
  /** The sentence as written. */
  text: string;
}

export interface DelegatedWorkRuleDocument {
  /** Acronym of the organization that reviews. */
  reviewer: string;
  /** Acronym of the organization whose work is reviewed. */
  subject: string;
  commitments: string[];
}

export interface ReferenceDocument {
  title: string;
  url: string;
}

export interface MilestoneDocument {
  /** ISO date at its precision: `2012-09-15`, `2013-05`, `2011-Q3`, `2012`. */
  date: string;
  precision: DatePrecision;
  description: string;
  status: MilestoneStatus;
}

export interface ReviewDocument {
  /** The event that triggers a review, as written ("when an MEF document is identified"). */
  trigger: string | null;
  /** The "no later than" date at its precision. */
  dueBy: string | null;
  precision: DatePrecision | null;
}

export interface ApprovalDocument {
  body: string | null;
  resolution: string | null;
  approvedOn: string | null;
  /** The approval sentence as written. */
  text: string;
}

export interface ContactDocument {
  /** Acronym of the organization the contact is listed under. */
  organization: string;
  name: string;
  /** Title or role as written ("President MEF"); null for a mailing list. */
  title: string | null;
  email: string;
  kind: ContactKind;
}

/**
 * One entry of the document's own revision trail ("Revised: 12 March 2013", a row of its Change
 * History table), as written: not the registry's revisions (WorkRegister.history).
 */
export interface DocumentRevisionDocument {
  /** The document version the entry names ("1.2"), as written. */
  version: string | null;
  /** ISO date at its precision, like a milestone's. */
  date: string | null;
  precision: DatePrecision | null;
  author: string | null;
  /** What changed, as written. */
  description: string | null;
}

export interface SectionDocument {
  /** The heading as written, punctuation included. */
  heading: string;
  text: string;
}

export interface Finding {
  /**
   * What looks wrong, as a stable code: MISSING_TITLE, MISSING_PARTIES, PARTIES_FROM_TITLE,
   * MISSING_INITIATION_DATE, UNREADABLE_DATE, DAY_FIRST_DATE, APPROVAL_BEFORE_INITIATION,
   * DUPLICATE_CONTACT, EMAIL_DOMAIN_MISMATCH, MILESTONE_WITHOUT_DATE, REVIEW_OVERDUE,
   * AMBIGUOUS_DATE, INFERRED_DATE_ORDER, VAGUE_DATE, UNPLACED_TEXT, PARTIES_FROM_HEADER,
   * TITLE_JOINED, TITLE_FROM_NAVIGATION (see packages/document/README.md).
   */
  code: string;
  severity: FindingSeverity;
  message: string;
  /** Where in this structure the finding points: `approval.approvedOn`, `contacts[3].email`. */
  path: string;
  /** 1-based line in the source text, when the finding comes from one line. */
  line: number | null;
}

export interface WorkRegisterDocument {
  title: string;
  subtitle: string | null;
  kind: RegisterKind;
  /** Title of the register an addendum extends. */
  amends: string | null;
  version: string | null;
  initiatedOn: string | null;
  parties: PartyDocument[];
  background: string | null;
  projects: ProjectDocument[];
  objectives: string[];
  benefits: string[];
  standardsDevelopment: StandardsDevelopmentDocument | null;
  delegatedWorkRules: DelegatedWorkRuleDocument[];
  references: ReferenceDocument[];
  milestones: MilestoneDocument[];
  review: ReviewDocument | null;
  approval: ApprovalDocument | null;
  contacts: ContactDocument[];
  /** The document's own revision trail, in the order it lists it. */
  documentRevisions: DocumentRevisionDocument[];
  sections: SectionDocument[];
  findings: Finding[];
}

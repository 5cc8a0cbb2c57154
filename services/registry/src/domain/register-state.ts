import type {
  ApprovalDocument,
  DatePrecision,
  DocumentRevisionDocument,
  Finding,
  MilestoneStatus,
  ProjectDocument,
  ReferenceDocument,
  RegisterKind,
  StandardsDevelopmentDocument,
} from '@alliance/document';
import type { WorkRegisterStatus } from '../entities/index.js';

/**
 * A register as one plain value: what every revision keeps (the register as it was), what
 * `changes(from, to)` compares, and what every write produces. Organizations are named by
 * acronym, so a revision reads the same after the database's ids are long gone.
 */
export interface RegisterState {
  title: string;
  subtitle: string | null;
  kind: RegisterKind;
  /** Slug (or title) of the register an addendum extends. */
  amends: string | null;
  version: string | null;
  status: WorkRegisterStatus;
  statusReason: string | null;
  initiatedOn: string | null;
  parties: { acronym: string; name: string; unit: string | null }[];
  background: string | null;
  projects: ProjectDocument[];
  objectives: string[];
  benefits: string[];
  standardsDevelopment: StandardsDevelopmentDocument | null;
  delegatedWorkRules: { reviewer: string; subject: string; commitments: string[] }[];
  references: ReferenceDocument[];
  milestones: { date: string; precision: DatePrecision; description: string; status: MilestoneStatus }[];
  review: ReviewState | null;
  approval: ApprovalDocument | null;
  /** The document's own revision trail (not the registry's revisions of it). */
  documentRevisions: DocumentRevisionDocument[];
  sections: { heading: string; text: string }[];
  /** What looks wrong in the register (from its document, kept current by edits). */
  findings: Finding[];
}

export type ReviewOutcome = 'CONTINUE' | 'AMEND' | 'TERMINATE';

export interface ReviewState {
  trigger: string | null;
  dueBy: string | null;
  precision: DatePrecision | null;
  lastReviewedOn: string | null;
  lastOutcome: ReviewOutcome | null;
}

/**
 * A state as a revision stored it: revisions recorded before registers kept their document's
 * trail have none, and read as an empty one (so comparing them with later ones shows no change).
 */
export const storedState = (snapshot: unknown): RegisterState => {
  const state = snapshot as RegisterState;
  return state.documentRevisions ? state : { ...state, documentRevisions: [] };
};

/**
 * A state as history shows it: findings are read on the register, not changed by a revision, so
 * `changes`, a revision's `register` and webhook payloads all compare and show it without them.
 */
export const withoutFindings = ({ findings: _findings, ...state }: RegisterState): Omit<RegisterState, 'findings'> =>
  state;

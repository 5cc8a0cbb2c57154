import { referenced, visibleTo } from '@alliance/core';
import type { FieldSource } from '@alliance/document';
import type { RegistryContext } from '../loaders.js';
import type { FindingRow } from '../repositories/findings.js';
import type { RegisterBody, RegisterSummary } from '../repositories/work-registers.js';
import { reviewStatus } from '../schedule.js';
import { WorkRegisterHistory } from './history.js';
import type {
  WorkRegisterResolvers,
  PartyResolvers,
  DelegatedWorkRuleResolvers,
  FindingResolvers,
  MilestoneResolvers,
  SourceResolvers,
  SourceFieldResolvers,
} from '../generated/resolvers.js';

/** A field of the register's body (its longer columns), read for the registers that ask for one. */
const fromBody =
  <K extends keyof RegisterBody>(field: K) =>
  async (register: RegisterSummary, _: unknown, { loaders }: RegistryContext): Promise<RegisterBody[K]> =>
    (await referenced(loaders.bodyOfRegister, register.id))[field];

/**
 * Maps stored rows to the schema; every lookup goes through a request's loaders. Registers arrive
 * as summaries (repositories/work-registers.ts): the body and the source text load on demand.
 */
export const WorkRegister: WorkRegisterResolvers = {
  __resolveReference: (ref: { id: string }, { loaders }) => loaders.workRegister.load(ref.id),

  amends: (register, _, { loaders }) => (register.amendsId ? loaders.workRegister.load(register.amendsId) : null),

  parties: (register, _, { loaders }) => loaders.partiesOfRegister.load(register.id),

  background: fromBody('background'),
  projects: fromBody('projects'),
  objectives: fromBody('objectives'),
  benefits: fromBody('benefits'),
  standardsDevelopment: fromBody('standardsDevelopment'),
  references: fromBody('references'),
  approval: fromBody('approval'),

  milestones: (register, _, { loaders }) => loaders.milestonesOfRegister.load(register.id),

  documentRevisions: (register, _, { loaders }) => loaders.documentRevisionsOfRegister.load(register.id),

  review: (register, _, { schedule }) =>
    register.reviewTrigger || register.reviewDueBy || register.reviewLastReviewedOn
      ? {
          trigger: register.reviewTrigger,
          dueBy: register.reviewDueBy,
          precision: register.reviewPrecision,
          dueOn: register.reviewDueOn,
          status: reviewStatus(register.reviewDueOn, schedule),
          lastReviewedOn: register.reviewLastReviewedOn,
          lastOutcome: register.reviewLastOutcome,
        }
      : null,

  findings: (register, _, { loaders }) => loaders.findingsOfRegister.load(register.id),

  async sections(register, _, { loaders, viewer }) {
    const sections = await loaders.sectionsOfRegister.load(register.id);
    return visibleTo(
      viewer,
      sections.map((section) => ({ heading: section.heading, text: section.content })),
    );
  },

  source: (register) => ({ workRegisterId: register.id, sha256: register.sourceSha256 }),

  ...WorkRegisterHistory,
};

/** A register's source: its hash is in the summary, its text is read only when asked for. */
export interface SourceRow {
  workRegisterId: string;
  sha256: string;
}

export const Source: SourceResolvers = {
  async text(source, _, { loaders, viewer }) {
    const { sourceText } = await referenced(loaders.sourceTextOfRegister, source.workRegisterId);
    return sourceText === null ? null : visibleTo(viewer, sourceText);
  },
  async fields(source, _, { loaders }) {
    const fields = await loaders.sourceFieldsOfRegister.load(source.workRegisterId);
    return fields.map((field) => ({ ...field, workRegisterId: source.workRegisterId }));
  },
};

/** One field's place in the source; its lines are read (with the source text) only when asked for. */
export type SourceFieldRow = FieldSource & { workRegisterId: string };

export const SourceField: SourceFieldResolvers = {
  page: (field) => field.page ?? null,
  row: (field) => field.row ?? null,
  async text(field, _, { loaders, viewer }) {
    const { sourceText } = await referenced(loaders.sourceTextOfRegister, field.workRegisterId);
    if (sourceText === null) return null;
    const lines = sourceText.split(/\r\n|\r|\n/).slice(field.line - 1, field.endLine);
    return visibleTo(viewer, lines.join('\n'));
  },
};

/** Lazy, so a query that does not ask for units never loads them. */
export const Party: PartyResolvers = {
  organization: (party, _, { loaders }) => referenced(loaders.organization, party.organizationId),
  unit: (party, _, { loaders }) => (party.unitId ? loaders.unit.load(party.unitId) : null),
};

export const DelegatedWorkRule: DelegatedWorkRuleResolvers = {
  reviewer: (rule, _, { loaders }) => referenced(loaders.organization, rule.reviewerId),
  subject: (rule, _, { loaders }) => referenced(loaders.organization, rule.subjectId),
};

export const Finding: FindingResolvers = {
  message: (finding: FindingRow, _, { viewer }) => visibleTo(viewer, finding.message),
  workRegister: (finding: FindingRow, _, { loaders }) => referenced(loaders.workRegister, finding.register_id),
};

export const Milestone: MilestoneResolvers = {
  overdue: (milestone, _, { schedule }) => milestone.status === 'PLANNED' && milestone.dueOn < schedule.today,
  workRegister: (milestone, _, { loaders }) => referenced(loaders.workRegister, milestone.workRegisterId),
};

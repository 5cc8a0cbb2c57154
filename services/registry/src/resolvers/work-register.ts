import { referenced, visibleTo } from '@alliance/core';
import type { FindingRow } from '../repositories/findings.js';
import { reviewStatus } from '../schedule.js';
import { WorkRegisterHistory } from './history.js';
import type {
  WorkRegisterResolvers,
  PartyResolvers,
  DelegatedWorkRuleResolvers,
  FindingResolvers,
  MilestoneResolvers,
} from '../generated/resolvers.js';

/** Maps stored rows to the schema; every lookup goes through a request's loaders. */
export const WorkRegister: WorkRegisterResolvers = {
  __resolveReference: (ref: { id: string }, { loaders }) => loaders.workRegister.load(ref.id),

  amends: (register, _, { loaders }) => (register.amendsId ? loaders.workRegister.load(register.amendsId) : null),

  parties: (register, _, { loaders }) => loaders.partiesOfRegister.load(register.id),

  milestones: (register, _, { loaders }) => loaders.milestonesOfRegister.load(register.id),

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

  source: (register, _, { viewer }) => ({
    text: register.sourceText === null ? null : visibleTo(viewer, register.sourceText),
    sha256: register.sourceSha256,
  }),

  ...WorkRegisterHistory,
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

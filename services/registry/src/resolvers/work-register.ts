import { visibleTo } from '@alliance/core';
import type * as rows from '../entities/index.js';
import type { RegistryContext } from '../loaders.js';
import type { FindingRow } from '../repositories/findings.js';
import { reviewStatus } from '../schedule.js';
import { WorkRegisterHistory } from './history.js';

/** Maps stored rows to the schema; every lookup goes through a request's loaders. */
export const WorkRegister = {
  __resolveReference: (ref: { id: string }, { loaders }: RegistryContext) => loaders.workRegister.load(ref.id),

  amends: (register: rows.WorkRegister, _: unknown, { loaders }: RegistryContext) =>
    register.amendsId ? loaders.workRegister.load(register.amendsId) : null,

  parties: (register: rows.WorkRegister, _: unknown, { loaders }: RegistryContext) =>
    loaders.partiesOfRegister.load(register.id),

  milestones: (register: rows.WorkRegister, _: unknown, { loaders }: RegistryContext) =>
    loaders.milestonesOfRegister.load(register.id),

  review: (register: rows.WorkRegister, _: unknown, { schedule }: RegistryContext) =>
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

  findings: (register: rows.WorkRegister, _: unknown, { loaders }: RegistryContext) =>
    loaders.findingsOfRegister.load(register.id),

  async sections(register: rows.WorkRegister, _: unknown, { loaders, viewer }: RegistryContext) {
    const sections = await loaders.sectionsOfRegister.load(register.id);
    return visibleTo(
      viewer,
      sections.map((section) => ({ heading: section.heading, text: section.content })),
    );
  },

  source: (register: rows.WorkRegister, _: unknown, { viewer }: RegistryContext) => ({
    text: register.sourceText === null ? null : visibleTo(viewer, register.sourceText),
    sha256: register.sourceSha256,
  }),

  ...WorkRegisterHistory,
};

/** Lazy, so a query that does not ask for units never loads them. */
export const Party = {
  organization: (party: rows.WorkRegisterParty, _: unknown, { loaders }: RegistryContext) =>
    loaders.organization.load(party.organizationId),
  unit: (party: rows.WorkRegisterParty, _: unknown, { loaders }: RegistryContext) =>
    party.unitId ? loaders.unit.load(party.unitId) : null,
};

export const DelegatedWorkRule = {
  reviewer: (rule: rows.StoredDelegatedWorkRule, _: unknown, { loaders }: RegistryContext) =>
    loaders.organization.load(rule.reviewerId),
  subject: (rule: rows.StoredDelegatedWorkRule, _: unknown, { loaders }: RegistryContext) =>
    loaders.organization.load(rule.subjectId),
};

export const Finding = {
  message: (finding: FindingRow, _: unknown, { viewer }: RegistryContext) => visibleTo(viewer, finding.message),
  workRegister: (finding: FindingRow, _: unknown, { loaders }: RegistryContext) =>
    loaders.workRegister.load(finding.register_id),
};

export const Milestone = {
  overdue: (milestone: rows.Milestone, _: unknown, { schedule }: RegistryContext) =>
    milestone.status === 'PLANNED' && milestone.dueOn < schedule.today,
  workRegister: (milestone: rows.Milestone, _: unknown, { loaders }: RegistryContext) =>
    loaders.workRegister.load(milestone.workRegisterId),
};

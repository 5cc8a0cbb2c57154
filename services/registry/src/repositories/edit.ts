import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badUserInput, type Database, type Viewer } from '@alliance/core';
import { approvalBeforeInitiation, precisionOf } from '@alliance/document';
import type { WorkRegister, WorkRegisterStatus } from '../entities/index.js';
import { authorizeRegisterWrite } from '../policy.js';
import { checkRules, type RegisterFields } from '../validation.js';
import { organizationsByAcronyms } from './organizations.js';
import { currentState, type RegisterState, type ReviewOutcome } from './register-state.js';
import { placeFor, registerForChange, writeRegister } from './write.js';

/**
 * The registry's edits through the API. Each is one transaction: load the register at the
 * revision the caller based the change on, work out the next state, check the caller may make
 * it, write it as the next revision (write.ts).
 */

/** The moves a register's status may make (DESIGN: DRAFT → ACTIVE → UNDER_REVIEW → ACTIVE | INACTIVE | TERMINATED). */
const NEXT: Record<WorkRegisterStatus, WorkRegisterStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACTIVE', 'INACTIVE', 'TERMINATED'],
  INACTIVE: [],
  TERMINATED: [],
};

const NEEDS_REASON = new Set<WorkRegisterStatus>(['INACTIVE', 'TERMINATED']);

export function createRegister(db: Database, viewer: Viewer, fields: RegisterFields): Promise<WorkRegister> {
  viewer.requireSignedIn('Creating a register');
  return db.transaction(async (manager) => {
    const state: RegisterState = {
      ...fields,
      parties: await directoryParties(manager, fields.parties),
      status: 'DRAFT',
      statusReason: null,
      review: fields.review ? { ...fields.review, lastReviewedOn: null, lastOutcome: null } : null,
      findings: [],
    };
    state.findings = refreshFindings(null, state);
    const author = authorizeRegisterWrite(viewer, 'Creating a register', null, state);
    const { slug, existing } = await placeFor(manager, state.title);
    if (existing) {
      throw badUserInput(
        `A register titled "${existing.title}" exists (${existing.slug}); edit it instead`,
        'input.title',
      );
    }
    return writeRegister(manager, {
      current: null,
      state,
      slug,
      source: { sha256: createHash('sha256').update(JSON.stringify(state)).digest('hex'), text: null },
      author,
      summary: 'Created',
      addUnknownOrganizations: false,
    });
  });
}

interface Change {
  id: string;
  expectedRevision: number;
}

/**
 * Applies `next` to the register's current state as a new revision. A change that changes
 * nothing is not a revision: the register comes back as it is.
 */
function change(
  db: Database,
  viewer: Viewer,
  action: string,
  target: Change,
  next: (before: RegisterState, manager: EntityManager) => Promise<{ state: RegisterState; summary: string }>,
): Promise<WorkRegister> {
  viewer.requireSignedIn(action);
  return db.transaction(async (manager) => {
    const register = await registerForChange(manager, target.id, target.expectedRevision);
    const before = await currentState(manager, register.id, register.revision);
    // Refuse before judging the input: a caller who may not edit learns nothing more.
    viewer.requireEditorOfAny(
      action,
      before.parties.map((p) => p.acronym),
    );
    const { state, summary } = await next(before, manager);
    const author = authorizeRegisterWrite(viewer, action, before, state);
    if (JSON.stringify(state) === JSON.stringify(before)) return register;
    return writeRegister(manager, {
      current: register,
      expectedRevision: target.expectedRevision,
      state,
      author,
      summary,
      addUnknownOrganizations: false,
    });
  });
}

export const updateRegister = (db: Database, viewer: Viewer, target: Change, patch: Partial<RegisterFields>) =>
  change(db, viewer, 'Editing a register', target, async (before, manager) => {
    const state: RegisterState = { ...before, ...patch } as RegisterState;
    if (patch.parties) state.parties = await directoryParties(manager, patch.parties);
    if (patch.review !== undefined) {
      state.review = patch.review
        ? {
            ...patch.review,
            lastReviewedOn: before.review?.lastReviewedOn ?? null,
            lastOutcome: before.review?.lastOutcome ?? null,
          }
        : null;
    }
    checkRules(state);
    state.findings = refreshFindings(before, state);
    const changed = Object.keys(patch).filter(
      (key) => JSON.stringify(before[key as keyof RegisterState]) !== JSON.stringify(state[key as keyof RegisterState]),
    );
    return { state, summary: `Changed ${changed.join(', ') || 'nothing'}` };
  });

export const setStatus = (
  db: Database,
  viewer: Viewer,
  target: Change & { status: WorkRegisterStatus; reason: string | null },
) =>
  change(db, viewer, "Changing a register's status", target, async (before) => {
    if (!NEXT[before.status].includes(target.status)) {
      const allowed = NEXT[before.status].join(' or ') || 'nothing (it is final)';
      throw badUserInput(`A ${before.status} register can move to ${allowed}, not ${target.status}`, 'status');
    }
    const reason = target.reason?.trim() || null;
    if (NEEDS_REASON.has(target.status) && !reason) {
      throw badUserInput(`Setting a register ${target.status} needs a reason`, 'reason');
    }
    return {
      state: { ...before, status: target.status, statusReason: reason },
      summary: `Status ${before.status} → ${target.status}${reason ? `: ${reason}` : ''}`,
    };
  });

export interface ReviewRecord {
  reviewedOn: string;
  outcome: ReviewOutcome;
  nextDueBy: string | null;
}

export const recordReview = (db: Database, viewer: Viewer, target: Change, review: ReviewRecord) =>
  change(db, viewer, 'Recording a review', target, async (before) => {
    if (!review.nextDueBy && review.outcome !== 'TERMINATE') {
      throw badUserInput('nextDueBy is needed unless the review decided to terminate the register', 'nextDueBy');
    }
    const state: RegisterState = {
      ...before,
      review: {
        trigger: before.review?.trigger ?? null,
        dueBy: review.nextDueBy,
        precision: review.nextDueBy ? precisionOf(review.nextDueBy) : null,
        lastReviewedOn: review.reviewedOn,
        lastOutcome: review.outcome,
      },
    };
    state.findings = refreshFindings(before, state);
    const next = review.nextDueBy ? `; next review due ${review.nextDueBy}` : '';
    return { state, summary: `Reviewed on ${review.reviewedOn}: ${review.outcome}${next}` };
  });

/** Parties as the directory names them; an acronym it does not hold is the caller's mistake. */
async function directoryParties(manager: EntityManager, parties: RegisterState['parties']) {
  const known = new Map(
    (
      await organizationsByAcronyms(
        manager,
        parties.map((p) => p.acronym),
      )
    ).map((o) => [o.acronym.toUpperCase(), o]),
  );
  return parties.map((party, index) => {
    const organization = known.get(party.acronym.toUpperCase());
    if (!organization) {
      throw badUserInput(`No organization with acronym "${party.acronym}"`, `input.parties[${index}].acronym`);
    }
    return { acronym: organization.acronym, name: organization.name, unit: party.unit };
  });
}

/** The top-level field a finding's path points into: `approval.approvedOn` → `approval`. */
const rootOf = (path: string) => /^[^.[]*/.exec(path)![0];

/**
 * Findings describe the document as it was read. After an edit, those about fields the edit
 * changed no longer hold and go; approval-before-initiation is checked again on the new values.
 */
function refreshFindings(before: RegisterState | null, after: RegisterState): RegisterState['findings'] {
  const changed = (field: keyof RegisterState) =>
    !before || JSON.stringify(before[field]) !== JSON.stringify(after[field]);
  const kept = after.findings.filter((f) => !changed(rootOf(f.path) as keyof RegisterState));
  if (!changed('approval') && !changed('initiatedOn')) return kept;
  const withoutRule = kept.filter((f) => f.code !== 'APPROVAL_BEFORE_INITIATION');
  const rule = approvalBeforeInitiation(after.approval?.approvedOn ?? null, after.initiatedOn);
  return rule ? [...withoutRule, { ...rule, line: null }] : withoutRule;
}

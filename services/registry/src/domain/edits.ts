import { precisionOf } from '@alliance/document';
import type { RegisterFields } from '../validation.js';
import { refreshFindings } from './findings.js';
import type { RegisterState, ReviewOutcome } from './register-state.js';
import { RuleBroken } from './rule.js';

/**
 * What each edit makes of a register's state: pure functions of the state before and the
 * input, so they are tested without a database (services/registry/test/domain.test.ts).
 */

type Parties = RegisterState['parties'];

/** A new register: DRAFT, its findings those its own fields imply. */
export function createdState(fields: RegisterFields, parties: Parties): RegisterState {
  const state: RegisterState = {
    ...fields,
    parties,
    status: 'DRAFT',
    statusReason: null,
    review: fields.review ? { ...fields.review, lastReviewedOn: null, lastOutcome: null } : null,
    findings: [],
  };
  return { ...state, findings: refreshFindings(null, state) };
}

/** The fields a patch gives replace the current ones; the last review recorded stays. */
export function patchedState(before: RegisterState, patch: Partial<RegisterFields>, parties?: Parties) {
  const state = { ...before, ...patch } as RegisterState;
  if (parties) state.parties = parties;
  if (patch.review !== undefined) {
    state.review = patch.review
      ? {
          ...patch.review,
          lastReviewedOn: before.review?.lastReviewedOn ?? null,
          lastOutcome: before.review?.lastOutcome ?? null,
        }
      : null;
  }
  state.findings = refreshFindings(before, state);
  const changed = Object.keys(patch).filter(
    (key) => JSON.stringify(before[key as keyof RegisterState]) !== JSON.stringify(state[key as keyof RegisterState]),
  );
  return { state, summary: `Changed ${changed.join(', ') || 'nothing'}` };
}

export interface ReviewRecord {
  reviewedOn: string;
  outcome: ReviewOutcome;
  nextDueBy: string | null;
}

/** A review recorded: when, what it decided, when the next falls due (unless it terminates). */
export function reviewedState(before: RegisterState, review: ReviewRecord) {
  if (!review.nextDueBy && review.outcome !== 'TERMINATE') {
    throw new RuleBroken('nextDueBy is needed unless the review decided to terminate the register', 'nextDueBy');
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
}

import { describe, expect, it } from 'vitest';
import { patchedState, reviewedState } from '../src/domain/edits.js';
import { refreshFindings } from '../src/domain/findings.js';
import { registerState as register } from './support/register-state.js';
import { RuleBroken } from '../src/domain/rule.js';
import { moveStatus } from '../src/domain/status.js';

/** The registry's rules of change, as pure functions: no database, no server. */

const broken = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof RuleBroken) return { field: error.field, message: error.message };
  }
  return null;
};

describe('moveStatus', () => {
  it('moves along the allowed path, with a summary', () => {
    expect(moveStatus(register(), 'UNDER_REVIEW', null)).toMatchObject({
      state: { status: 'UNDER_REVIEW', statusReason: null },
      summary: 'Status ACTIVE → UNDER_REVIEW',
    });
  });

  it('refuses a move the path does not allow, naming the allowed ones', () => {
    expect(broken(() => moveStatus(register(), 'TERMINATED', 'done'))).toEqual({
      field: 'status',
      message: 'A ACTIVE register can move to UNDER_REVIEW, not TERMINATED',
    });
    expect(broken(() => moveStatus(register({ status: 'TERMINATED' }), 'ACTIVE', null))?.message).toContain(
      'nothing (it is final)',
    );
  });

  it('needs a reason to end a register', () => {
    const underReview = register({ status: 'UNDER_REVIEW' });
    expect(broken(() => moveStatus(underReview, 'TERMINATED', '  '))?.field).toBe('reason');
    expect(moveStatus(underReview, 'TERMINATED', ' Superseded ').state.statusReason).toBe('Superseded');
  });
});

describe('reviewedState', () => {
  it('records the review and the next due date, and drops the findings about the old one', () => {
    const { state, summary } = reviewedState(register(), {
      reviewedOn: '2026-11-20',
      outcome: 'CONTINUE',
      nextDueBy: '2027-Q4',
    });
    expect(state.review).toEqual({
      trigger: null,
      dueBy: '2027-Q4',
      precision: 'QUARTER',
      lastReviewedOn: '2026-11-20',
      lastOutcome: 'CONTINUE',
    });
    expect(summary).toBe('Reviewed on 2026-11-20: CONTINUE; next review due 2027-Q4');
  });

  it('needs the next due date unless the review terminates the register', () => {
    const review = { reviewedOn: '2026-11-20', outcome: 'AMEND' as const, nextDueBy: null };
    expect(broken(() => reviewedState(register(), review))?.field).toBe('nextDueBy');
    expect(reviewedState(register(), { ...review, outcome: 'TERMINATE' }).state.review?.dueBy).toBeNull();
  });
});

describe('patchedState and refreshFindings', () => {
  it('keeps the last review recorded when the review is patched, and names what changed', () => {
    const before = register({ review: { ...register().review!, lastReviewedOn: '2020-01-01', lastOutcome: 'AMEND' } });
    const { state, summary } = patchedState(before, {
      version: '1.1',
      review: { trigger: 'yearly', dueBy: '2027', precision: 'YEAR' },
    });
    expect(state.review).toMatchObject({ dueBy: '2027', lastReviewedOn: '2020-01-01', lastOutcome: 'AMEND' });
    expect(summary).toBe('Changed version, review');
  });

  it('drops findings about changed fields and judges approval before initiation again', () => {
    const before = register();
    // Initiated earlier than the approval: the finding no longer holds.
    expect(patchedState(before, { initiatedOn: '2009-01-01' }).state.findings.map((f) => f.code)).toEqual([
      'EMAIL_DOMAIN_MISMATCH',
    ]);
    // An approval moved before initiation is found, without a line (it is no longer the document's).
    const approved = { ...before.approval!, approvedOn: '2011-12' };
    const after = refreshFindings(register({ findings: [] }), { ...register({ findings: [] }), approval: approved });
    expect(after).toEqual([
      {
        code: 'APPROVAL_BEFORE_INITIATION',
        severity: 'WARNING',
        message: 'Approved on 2011-12, before the register was initiated on 2012-04-25.',
        path: 'approval.approvedOn',
        line: null,
      },
    ]);
  });

  it('leaves the findings of fields a patch does not touch as they are', () => {
    expect(patchedState(register(), { version: '2.0' }).state.findings).toEqual(register().findings);
  });
});

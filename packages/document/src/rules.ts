import { periodEnd, periodStart, precisionOf } from './dates.js';
import type { Finding } from './types.js';

/**
 * Findings whose facts can change after a register is read: the reader reports them for the
 * document, and the registry again after an edit (approval) or as the days pass (review). One
 * function each, so the same facts give the same finding, message included, wherever it is made.
 */

type Rule = Omit<Finding, 'line'>;

/** Approved before it was initiated, at the precision each date was written in. */
export function approvalBeforeInitiation(approvedOn: string | null, initiatedOn: string | null): Rule | null {
  const approved = approvedOn ? precisionOf(approvedOn) : undefined;
  const initiated = initiatedOn ? precisionOf(initiatedOn) : undefined;
  if (!approved || !initiated) return null;
  if (
    periodEnd({ date: approvedOn!, precision: approved }) >= periodStart({ date: initiatedOn!, precision: initiated })
  ) {
    return null;
  }
  return {
    code: 'APPROVAL_BEFORE_INITIATION',
    severity: 'WARNING',
    message: `Approved on ${approvedOn}, before the register was initiated on ${initiatedOn}.`,
    path: 'approval.approvedOn',
  };
}

/** The review's day (the end of its period) has passed and no review was recorded. */
export function reviewOverdue(dueBy: string, today: string): Rule | null {
  const precision = precisionOf(dueBy);
  if (!precision) return null;
  const end = periodEnd({ date: dueBy, precision });
  if (end >= today) return null;
  return { code: 'REVIEW_OVERDUE', severity: 'WARNING', message: reviewOverdueMessage(dueBy), path: 'review.dueBy' };
}

/** "The review was due by 2013-05 (2013-05-31) …"; a day is not repeated. */
export function reviewOverdueMessage(dueBy: string): string {
  const precision = precisionOf(dueBy);
  const end = precision ? periodEnd({ date: dueBy, precision }) : dueBy;
  const when = end === dueBy ? dueBy : `${dueBy} (${end})`;
  return `The review was due by ${when} and has not been recorded.`;
}

import type { Milestone, StoredFinding, WorkRegister } from './entities/index.js';
import type { Schedule } from './schedule.js';

export interface FindingView {
  code: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  message: string;
  path: string;
  line: number | null;
}

/**
 * A register's findings: those of its document, stored at import, and those that depend on
 * the day, computed now (a review or planned milestone whose day has passed).
 */
export function registerFindings(
  register: WorkRegister,
  stored: readonly StoredFinding[],
  milestones: readonly Milestone[],
  schedule: Schedule,
): FindingView[] {
  const findings: FindingView[] = stored.map(({ code, severity, message, path, line }) => ({
    code,
    severity,
    message,
    path,
    line,
  }));
  if (register.reviewDueOn && register.reviewDueOn < schedule.today) {
    findings.push({
      code: 'REVIEW_OVERDUE',
      severity: 'WARNING',
      message: `The review was due by ${register.reviewDueBy} (${register.reviewDueOn}) and has not been recorded.`,
      path: 'review.dueBy',
      line: null,
    });
  }
  milestones.forEach((milestone, i) => {
    if (milestone.status === 'PLANNED' && milestone.dueOn < schedule.today) {
      findings.push({
        code: 'MILESTONE_OVERDUE',
        severity: 'WARNING',
        message: `"${milestone.description}" was due by ${milestone.date} (${milestone.dueOn}) and is not marked completed.`,
        path: `milestones[${i}]`,
        line: null,
      });
    }
  });
  return findings;
}

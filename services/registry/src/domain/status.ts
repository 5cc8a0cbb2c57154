import type { WorkRegisterStatus } from '../entities/index.js';
import type { RegisterState } from './register-state.js';
import { RuleBroken } from './rule.js';

/** The moves a register's status may make (DESIGN: DRAFT → ACTIVE → UNDER_REVIEW → ACTIVE | INACTIVE | TERMINATED). */
export const NEXT_STATUS: Record<WorkRegisterStatus, WorkRegisterStatus[]> = {
  DRAFT: ['ACTIVE'],
  ACTIVE: ['UNDER_REVIEW'],
  UNDER_REVIEW: ['ACTIVE', 'INACTIVE', 'TERMINATED'],
  INACTIVE: [],
  TERMINATED: [],
};

const NEEDS_REASON = new Set<WorkRegisterStatus>(['INACTIVE', 'TERMINATED']);

/** The register moved to `status`, if that move is allowed; INACTIVE and TERMINATED need a reason. */
export function moveStatus(before: RegisterState, status: WorkRegisterStatus, reason: string | null) {
  if (!NEXT_STATUS[before.status].includes(status)) {
    const allowed = NEXT_STATUS[before.status].join(' or ') || 'nothing (it is final)';
    throw new RuleBroken(`A ${before.status} register can move to ${allowed}, not ${status}`, 'status');
  }
  const why = reason?.trim() || null;
  if (NEEDS_REASON.has(status) && !why) throw new RuleBroken(`Setting a register ${status} needs a reason`, 'reason');
  return {
    state: { ...before, status, statusReason: why },
    summary: `Status ${before.status} → ${status}${why ? `: ${why}` : ''}`,
  };
}

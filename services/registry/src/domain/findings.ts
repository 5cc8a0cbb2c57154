import { approvalBeforeInitiation } from '@alliance/document';
import type { RegisterState } from './register-state.js';

/** The top-level field a finding's path points into: `approval.approvedOn` → `approval`. */
const rootOf = (path: string) => /^[^.[]*/.exec(path)![0];

/**
 * Findings describe the document as it was read. After an edit, those about fields the edit
 * changed no longer hold and go; approval-before-initiation is checked again on the new values.
 */
export function refreshFindings(before: RegisterState | null, after: RegisterState): RegisterState['findings'] {
  const changed = (field: keyof RegisterState) =>
    !before || JSON.stringify(before[field]) !== JSON.stringify(after[field]);
  const kept = after.findings.filter((f) => !changed(rootOf(f.path) as keyof RegisterState));
  if (!changed('approval') && !changed('initiatedOn')) return kept;
  const withoutRule = kept.filter((f) => f.code !== 'APPROVAL_BEFORE_INITIATION');
  const rule = approvalBeforeInitiation(after.approval?.approvedOn ?? null, after.initiatedOn);
  return rule ? [...withoutRule, { ...rule, line: null }] : withoutRule;
}

/** How enum values of the API read on screen. */

const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replace(/_/g, ' ');

export const statusLabel = humanize;
export const severityLabel = humanize;

export const REVIEW_STATUS: Record<string, string> = {
  NOT_SET: 'No review date',
  SCHEDULED: 'Scheduled',
  DUE_SOON: 'Due soon',
  OVERDUE: 'Overdue',
};

export const SEVERITY_ORDER = ['ERROR', 'WARNING', 'INFO'] as const;

/** The worst severity among findings, for a row's marker. */
export function worstSeverity(findings: { severity: string }[]): string | null {
  return SEVERITY_ORDER.find((severity) => findings.some((finding) => finding.severity === severity)) ?? null;
}

export function partyLabel(party: {
  organization: { acronym: string };
  unit: { acronym: string | null; name: string } | null;
}) {
  return party.unit
    ? `${party.organization.acronym} ${party.unit.acronym ?? party.unit.name}`
    : party.organization.acronym;
}

import type { RegisterQuery } from '../../generated/graphql';

export type Register = NonNullable<RegisterQuery['workRegister']>;
export type RegisterFinding = Register['findings'][number];

/**
 * Which section of the page a finding's path points into (`approval.approvedOn` → approval,
 * `contacts[3].email` → contacts), so each finding is shown where it applies.
 */
export function sectionOf(path: string): string {
  const head = path.split(/[.[]/)[0] ?? '';
  const aliases: Record<string, string> = {
    pointsOfContact: 'contacts',
    initiatedOn: 'header',
    title: 'header',
    version: 'header',
    parties: 'parties',
  };
  return aliases[head] ?? head;
}

export function findingsBySection(findings: RegisterFinding[]): Map<string, RegisterFinding[]> {
  const out = new Map<string, RegisterFinding[]>();
  for (const finding of findings) {
    const section = sectionOf(finding.path);
    out.set(section, [...(out.get(section) ?? []), finding]);
  }
  return out;
}

import type { DataSource } from 'typeorm';
import { paginateRaw, type ConnectionArgs } from '@alliance/core';

/**
 * Every finding of the registry as one derived table: the findings stored with each register's
 * document, and those computed for `today` (a review or a planned milestone whose day has
 * passed). Both WorkRegister.findings and the registry-wide `findings` list read it, so a
 * finding reads the same wherever it is seen.
 */
export interface FindingRow extends Record<string, unknown> {
  register_id: string;
  title: string;
  code: string;
  severity: 'ERROR' | 'WARNING' | 'INFO';
  severity_rank: number;
  message: string;
  path: string;
  line: number | null;
  ord: number;
}

const FINDINGS = `(
  SELECT f.work_register_id AS register_id, r.title AS title, f.code AS code, f.severity AS severity,
         f.message AS message, f.path AS path, f.line AS line, f.position AS ord
    FROM finding f JOIN work_register r ON r.id = f.work_register_id
  UNION ALL
  SELECT r.id, r.title, 'REVIEW_OVERDUE', 'WARNING',
         'The review was due by ' || r.review_due_by || ' (' || r.review_due_on || ') and has not been recorded.',
         'review.dueBy', NULL, 10000
    FROM work_register r WHERE r.review_due_on < :today
  UNION ALL
  SELECT m.work_register_id, r.title, 'MILESTONE_OVERDUE', 'WARNING',
         '"' || m.description || '" was due by ' || m.milestone_date || ' (' || m.due_on || ') and is not marked completed.',
         'milestones[' || m.position || ']', NULL, 20000 + m.position
    FROM milestone m JOIN work_register r ON r.id = m.work_register_id
   WHERE m.due_on < :today AND m.status = 'PLANNED'
)`;

const RANK = "CASE all_findings.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END";

const findings = (ds: DataSource, today: string) =>
  ds
    .createQueryBuilder()
    .from(FINDINGS, 'all_findings')
    .select('all_findings.*')
    .addSelect(RANK, 'severity_rank')
    .setParameters({ today });

/** The findings of these registers, in document order, overdue ones last. */
export async function findingsOfRegisters(ds: DataSource, registerIds: readonly string[], today: string) {
  const rows: FindingRow[] = await findings(ds, today)
    .where('all_findings.register_id IN (:...registerIds)', { registerIds: [...registerIds] })
    .orderBy('all_findings.register_id')
    .addOrderBy('all_findings.ord')
    .getRawMany();
  return rows.map((row) => ({ ...row, line: row.line === null ? null : Number(row.line) }));
}

export interface FindingFilter {
  codes?: string[];
  severities?: string[];
  organizationId?: string;
}

/** Findings across the registry, worst first, then by code and register title; one page and one count. */
export function findingPage(ds: DataSource, args: ConnectionArgs, filter: FindingFilter, today: string) {
  const qb = findings(ds, today);
  if (filter.codes?.length) qb.andWhere('all_findings.code IN (:...codes)', { codes: filter.codes });
  if (filter.severities?.length)
    qb.andWhere('all_findings.severity IN (:...severities)', { severities: filter.severities });
  if (filter.organizationId) {
    qb.andWhere(
      'all_findings.register_id IN (SELECT p.work_register_id FROM work_register_party p WHERE p.organization_id = :organizationId)',
      { organizationId: filter.organizationId },
    );
  }
  return paginateRaw<FindingRow>(qb, args, [
    { column: RANK, value: (row) => Number(row.severity_rank) },
    { column: 'all_findings.code', value: (row) => row.code },
    { column: 'all_findings.title', value: (row) => row.title },
    { column: 'all_findings.register_id', value: (row) => row.register_id },
    { column: 'all_findings.ord', value: (row) => Number(row.ord) },
  ]);
}

/** How many findings of each code, most first. */
export async function findingCounts(ds: DataSource, today: string) {
  const rows: { code: string; count: unknown }[] = await findings(ds, today)
    .select('all_findings.code', 'code')
    .addSelect('COUNT(*)', 'count')
    .groupBy('all_findings.code')
    .getRawMany();
  return rows
    .map((r) => ({ code: r.code, count: Number(r.count) }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

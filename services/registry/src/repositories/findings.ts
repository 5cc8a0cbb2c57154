import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyKeyset, readConnectionArgs, toConnection, type ConnectionArgs } from '@alliance/core';
import { reviewOverdueMessage } from '@alliance/document';

/**
 * Every finding of the registry comes from one of three sources: the findings stored with each
 * register's document, and two computed for `today` (a review or a planned milestone whose day
 * has passed). WorkRegister.findings, the registry-wide `findings` list and the stats all read
 * these sources, so a finding reads the same wherever it is seen.
 *
 * The sources are queried one by one and only then put together, never as one derived table:
 * a filter, a cursor and a LIMIT then reach each source's own indexes, where a UNION of all
 * findings would be built and sorted whole (19,000 rows on the bench) for a page of 20.
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

/** The columns of a FindingRow, in the one order every source selects them (a UNION matches by place). */
const COLUMNS = [
  'register_id',
  'title',
  'code',
  'severity',
  'severity_rank',
  'message',
  'path',
  'line',
  'ord',
] as const;
type Column = (typeof COLUMNS)[number];

interface FindingSource {
  /** The SQL expression of each column of a FindingRow. */
  columns: Record<Column, string>;
  /** The tables of a page of rows, which need the register's title. */
  from: (qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>;
  /** The tables of a count, which does not; the columns `where` and filters name must be in both. */
  countFrom?: (qb: SelectQueryBuilder<ObjectLiteral>) => SelectQueryBuilder<ObjectLiteral>;
  where?: string;
  /** The code and severity every finding of a computed source has. */
  fixed?: { code: string; severity: FindingRow['severity'] };
}

const RANK: Record<FindingRow['severity'], number> = { ERROR: 0, WARNING: 1, INFO: 2 };

/** A source the registry computes: every finding of it is a warning of one code. */
function computed(code: string, columns: Omit<Record<Column, string>, 'code' | 'severity' | 'severity_rank'>) {
  const severity = 'WARNING';
  return {
    fixed: { code, severity },
    columns: { ...columns, code: `'${code}'`, severity: `'${severity}'`, severity_rank: `${RANK[severity]}` },
  } as const;
}

const SOURCES: FindingSource[] = [
  {
    columns: {
      register_id: 'f.work_register_id',
      title: 'r.title',
      code: 'f.code',
      severity: 'f.severity',
      severity_rank: "CASE f.severity WHEN 'ERROR' THEN 0 WHEN 'WARNING' THEN 1 ELSE 2 END",
      message: 'f.message',
      path: 'f.path',
      line: 'f.line',
      ord: 'f.position',
    },
    from: (qb) => qb.from('finding', 'f').innerJoin('work_register', 'r', 'r.id = f.work_register_id'),
    countFrom: (qb) => qb.from('finding', 'f'),
  },
  {
    ...computed('REVIEW_OVERDUE', {
      register_id: 'r.id',
      title: 'r.title',
      // The due date; normalize() writes the message from it, as the document reader does.
      message: 'r.review_due_by',
      path: `'review.dueBy'`,
      line: 'CAST(NULL AS INTEGER)',
      ord: '10000',
    }),
    from: (qb) => qb.from('work_register', 'r'),
    where: 'r.review_due_on < :today',
  },
  {
    ...computed('MILESTONE_OVERDUE', {
      register_id: 'm.work_register_id',
      title: 'm.title',
      message: `'"' || m.description || '" was due by ' || m.milestone_date || ' (' || m.due_on || ') and is not marked completed.'`,
      path: `'milestones[' || m.position || ']'`,
      line: 'CAST(NULL AS INTEGER)',
      ord: '20000 + m.position',
    }),
    // CROSS JOIN keeps SQLite walking registers in title order and looking up their milestones
    // (0.1 ms for a page); left to choose, it reads every overdue milestone and sorts them (31 ms
    // for 6,343 on the bench). The register's id stands for work_register_id so that a filter
    // on registers finds them by key.
    from: (qb) =>
      qb.from(
        `(SELECT r.id AS work_register_id, r.title AS title, m.position AS position, m.description AS description,
                 m.milestone_date AS milestone_date, m.due_on AS due_on, m.status AS status
            FROM work_register r CROSS JOIN milestone m WHERE m.work_register_id = r.id)`,
        'm',
      ),
    countFrom: (qb) => qb.from('milestone', 'm'),
    where: "m.due_on < :today AND m.status = 'PLANNED'",
  },
];

export interface FindingFilter {
  registerIds?: readonly string[];
  codes?: string[];
  severities?: string[];
  organizationId?: string;
}

/** The sources that can hold a finding passing the filter: a computed one is skipped when its fixed code or severity is filtered out. */
function sourcesFor(filter: FindingFilter) {
  return SOURCES.filter(
    ({ fixed }) =>
      !fixed ||
      ((!filter.codes?.length || filter.codes.includes(fixed.code)) &&
        (!filter.severities?.length || filter.severities.includes(fixed.severity))),
  );
}

/** One source with its own condition and the filter's; the caller chooses what to select. */
function sourceQuery(db: EntityManager, source: FindingSource, filter: FindingFilter, today: string, counting = false) {
  const { columns } = source;
  const from = (counting && source.countFrom) || source.from;
  const qb = from(db.createQueryBuilder()).where('1 = 1').setParameters({ today });
  if (source.where) qb.andWhere(source.where);
  if (filter.registerIds)
    qb.andWhere(`${columns.register_id} IN (:...registerIds)`, { registerIds: [...filter.registerIds] });
  if (!source.fixed && filter.codes?.length) qb.andWhere(`${columns.code} IN (:...codes)`, { codes: filter.codes });
  if (!source.fixed && filter.severities?.length) {
    qb.andWhere(`${columns.severity} IN (:...severities)`, { severities: filter.severities });
  }
  if (filter.organizationId) {
    qb.andWhere(
      `${columns.register_id} IN (SELECT p.work_register_id FROM work_register_party p WHERE p.organization_id = :organizationId)`,
      { organizationId: filter.organizationId },
    );
  }
  return qb;
}

function selectRow(qb: SelectQueryBuilder<ObjectLiteral>, source: FindingSource) {
  return qb.select(COLUMNS.map((name) => `${source.columns[name]} AS ${name}`));
}

/**
 * `SELECT * FROM (source 1) s0 UNION ALL SELECT * FROM (source 2) s1 …` as one outer query, with
 * the sources' parameters (they share names only where they share values: today, the filter,
 * the cursor).
 */
function union(db: EntityManager, parts: SelectQueryBuilder<ObjectLiteral>[]) {
  const sql = parts.map((part, i) => `SELECT * FROM (${part.getQuery()}) s${i}`).join(' UNION ALL ');
  return db
    .createQueryBuilder()
    .from(`(${sql})`, 'found')
    .setParameters(Object.assign({}, ...parts.map((part) => part.getParameters())));
}

/** The findings of these registers, in document order, overdue ones last. */
export async function findingsOfRegisters(db: EntityManager, registerIds: readonly string[], today: string) {
  const filter = { registerIds };
  const rows: FindingRow[] = await union(
    db,
    sourcesFor(filter).map((source) => selectRow(sourceQuery(db, source, filter, today), source)),
  )
    .select('found.*')
    .orderBy('found.register_id')
    .addOrderBy('found.ord')
    .getRawMany();
  return rows.map(normalize);
}

/** PostgreSQL returns integers of expressions as strings in places; a row reads the same on both. */
function normalize(row: FindingRow): FindingRow {
  return {
    ...row,
    message: row.code === 'REVIEW_OVERDUE' ? reviewOverdueMessage(row.message) : row.message,
    severity_rank: Number(row.severity_rank),
    ord: Number(row.ord),
    line: row.line === null ? null : Number(row.line),
  };
}

/** A column every row of a source has the same value of, e.g. a computed source's code. */
const LITERAL = /^('[^']*'|\d+)$/;

/** The order of the list: worst first, then by code, register title and place in the register. */
const ORDER: readonly Column[] = ['severity_rank', 'code', 'title', 'register_id', 'ord'];

/**
 * Findings across the registry, in ORDER; one page and, if asked, one count.
 *
 * Each source gives its own first `limit + 1` rows after the cursor, in the list's order, and
 * the page is the first `limit + 1` of those put together.
 */
export function findingPage(db: EntityManager, args: ConnectionArgs, filter: FindingFilter, today: string) {
  const page = readConnectionArgs(args, ORDER.length);
  const sources = sourcesFor(filter);
  const pageOf = (source: FindingSource) => {
    const keys = ORDER.map((name) => ({ column: source.columns[name] }));
    const qb = applyKeyset(selectRow(sourceQuery(db, source, filter, today), source), keys, page);
    // The cursor's condition stays on every key; the ORDER BY leaves out literals, which order
    // nothing, and which SQL would read as a column number (1) or refuse (PostgreSQL, 'text').
    const ordering = keys.filter(({ column }) => !LITERAL.test(column));
    return applyKeyset(qb, ordering, { ...page, cursor: null }).limit(page.limit + 1);
  };
  const rows = async (): Promise<FindingRow[]> => {
    if (page.limit === 0 || sources.length === 0) return [];
    const outer = union(db, sources.map(pageOf)).select('found.*');
    const ordered = applyKeyset(
      outer,
      ORDER.map((name) => ({ column: `found.${name}` })),
      { ...page, cursor: null },
    );
    return (await ordered.limit(page.limit + 1).getRawMany<FindingRow>()).map(normalize);
  };
  const count = async () => {
    if (sources.length === 0) return 0;
    const counts = sources.map((source) => sourceQuery(db, source, filter, today, true).select('COUNT(*)', 'n'));
    const total = await union(db, counts).select('SUM(found.n)', 'total').getRawOne<{ total: unknown }>();
    return Number(total?.total ?? 0);
  };
  return rows().then((found) =>
    toConnection(found, page, (row) => ORDER.map((name) => row[name] as string | number), count),
  );
}

/** How many findings of each code, most first. */
export async function findingCounts(db: EntityManager, today: string) {
  const counts = SOURCES.map((source) => {
    const { code } = source.columns;
    const qb = sourceQuery(db, source, {}, today, true).select(code, 'code').addSelect('COUNT(*)', 'n');
    // A computed source has one code, which PostgreSQL would refuse as a literal in GROUP BY.
    return source.fixed ? qb : qb.groupBy(code);
  });
  const rows: { code: string; count: unknown }[] = await union(db, counts)
    .select('found.code', 'code')
    .addSelect('SUM(found.n)', 'count')
    .groupBy('found.code')
    .getRawMany();
  return rows
    .map((r) => ({ code: r.code, count: Number(r.count) }))
    .filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}

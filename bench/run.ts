import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mintToken, type RunningServer, type RunningSubgraph } from '@alliance/core';
import { startContacts } from '@alliance/contacts';
import { startGateway } from '@alliance/gateway';
import { startRegistry } from '@alliance/registry';
import { BENCH_TODAY, generate, type DataSet } from './generate.js';
import {
  BENCH_AUTH,
  cacheRoot,
  DB_FILES,
  log,
  logger,
  N,
  SCHEDULE,
  seededCache,
  subgraphConfig,
  SUBGRAPH_SECRETS,
} from './seed.js';
import { REGISTER_BY_SLUG } from './queries.js';

/**
 * `npm run bench`: seeds (or reuses) a registry of BENCH_REGISTERS (20,000) generated registers on
 * SQLite, starts both subgraphs and the gateway in-process on loopback ports, and times each
 * question of issue 4 through the gateway over HTTP. A report, not a test: it always exits 0.
 *
 * Environment: BENCH_REGISTERS (default 20000), BENCH_RUNS (50), BENCH_WARMUP (5),
 * BENCH_BUDGET_MS (50), BENCH_RESEED=1 (ignore the cache), BENCH_CACHE_DIR,
 * BENCH_EXPLAIN=all (statement timings and query plans for every question, not only the slow ones),
 * BENCH_ONLY=<id,id> (run only these questions), BENCH_SQL_FILE=<path> (the diagnosed questions'
 * statements and parameters, as JSON), LOG_LEVEL (services' log level, default silent).
 */

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 50);
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS ?? 10);

/** Questions are asked as a signed-in member, as a liaison manager's dashboard would (who sees emails). */
const MEMBER_TOKEN = await mintToken({ secret: BENCH_AUTH.secret, subject: 'bench', roles: ['member:MEF'], ttl: '4h' });

// ---------------------------------------------------------------------------------------------
// The questions of issue 4, as a client would ask them through the gateway.

interface Question {
  id: string;
  /** What is asked, in the table. */
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** A figure of the answer for the table (how many matched), to show the work done. */
  size?: (data: any) => string; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const PAGE = 'pageInfo { hasNextPage endCursor }';

function questions(slug: string, email: string): Question[] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const at = (path: string) => (data: any) => String(path.split('.').reduce((v, k) => v?.[k], data));
  const registersOf = (connection: string) => `${connection} { totalCount edges { node { title } } ${PAGE} }`;
  return [
    // 1. Which alliances does DMTF have, and with whom?
    {
      id: 'orgRegisters',
      label: '1. organization("DMTF") { workRegisters(first: 20) }',
      query: `{ organization(acronym: "DMTF") { ${registersOf('workRegisters(first: 20)')} } }`,
      size: at('organization.workRegisters.totalCount'),
    },
    {
      id: 'partners',
      label: '1. organization("DMTF") { partners { organization workRegisters(first: 5) { totalCount } } }',
      query: `{ organization(acronym: "DMTF") { partners { organization { acronym } workRegisters(first: 5) { totalCount edges { node { title } } } } } }`,
      size: (d) =>
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        `${d.organization.partners.length} partners, ${d.organization.partners.reduce((n: number, p: any) => n + p.workRegisters.totalCount, 0)} registers`,
    },
    // 2. Which registers are between MEF and DMTF?
    {
      id: 'parties',
      label: '2. workRegisters(filter: { parties: ["MEF", "DMTF"] })',
      query: `{ workRegisters(filter: { parties: ["MEF", "DMTF"] }, first: 20) { totalCount
        edges { node { title parties { organization { acronym } unit { name } } } } ${PAGE} } }`,
      size: at('workRegisters.totalCount'),
    },
    // 3. Filters, search, order, pagination.
    {
      id: 'page20',
      label: '3. workRegisters(first: 20) with parties',
      query: `{ workRegisters(first: 20) { totalCount edges { node { title parties { organization { acronym } unit { name } } } } ${PAGE} } }`,
      size: at('workRegisters.totalCount'),
    },
    {
      id: 'page100',
      label: '3. workRegisters(first: 100) with parties, milestones, sections, points of contact',
      query: `{ workRegisters(first: 100) { edges { node { title parties { organization { acronym } }
        milestones { date status } sections { heading } pointsOfContact { role contact { email } } } } ${PAGE} } }`,
      size: (d) => `${d.workRegisters.edges.length} rows`,
    },
    {
      id: 'search',
      label: '3. workRegisters(filter: { search: "cloud" })',
      query: `{ ${registersOf('workRegisters(filter: { search: "cloud" }, first: 20)')} }`,
      size: at('workRegisters.totalCount'),
    },
    {
      id: 'search2',
      label: '3. workRegisters(filter: { search: "cloud audit" })',
      query: `{ ${registersOf('workRegisters(filter: { search: "cloud audit" }, first: 20)')} }`,
      size: at('workRegisters.totalCount'),
    },
    {
      id: 'status',
      label: '3. workRegisters(filter: { status: [ACTIVE], initiated: 2015–2020 }, orderBy: REVIEW_DUE_ON)',
      query: `{ workRegisters(filter: { status: [ACTIVE], initiated: { from: "2015-01-01", to: "2020-12-31" } },
        orderBy: { field: REVIEW_DUE_ON }, first: 20) { totalCount edges { node { title review { dueOn status } } } ${PAGE} } }`,
      size: at('workRegisters.totalCount'),
    },
    {
      id: 'cloudDue',
      label:
        '3. workRegisters(filter: { status: [ACTIVE, UNDER_REVIEW], search: "cloud", reviewDue from today }, orderBy: REVIEW_DUE_ON)',
      query: `{ workRegisters(filter: { status: [ACTIVE, UNDER_REVIEW], search: "cloud", reviewDue: { from: "${BENCH_TODAY}" } },
        orderBy: { field: REVIEW_DUE_ON }, first: 20) { totalCount edges { node { title status review { dueBy dueOn status } } } ${PAGE} } }`,
      size: at('workRegisters.totalCount'),
    },
    {
      id: 'severity',
      label: '3. workRegisters(filter: { findingSeverity: WARNING }) with findings',
      query: `{ workRegisters(filter: { findingSeverity: WARNING }, first: 20) { totalCount edges { node { title findings { code } } } ${PAGE} } }`,
      size: at('workRegisters.totalCount'),
    },
    // 4. What is due for review?
    {
      id: 'reviewsDue',
      label: '4. reviewsDue(within: 90, organization: "DMTF")',
      query: `{ reviewsDue(within: 90, organization: "DMTF") { totalCount edges { node { title review { dueOn status } } } ${PAGE} } }`,
      size: at('reviewsDue.totalCount'),
    },
    {
      id: 'milestonesDue',
      label: '4. milestonesDue(within: 90)',
      query: `{ milestonesDue(within: 90) { totalCount edges { node { description dueOn overdue workRegister { title } } } ${PAGE} } }`,
      size: at('milestonesDue.totalCount'),
    },
    // 5. What in our data looks wrong?
    {
      id: 'register',
      label: '5. workRegister(slug) with parties, review, milestones, findings, points of contact',
      query: REGISTER_BY_SLUG,
      variables: { slug },
      size: (d) => `${d.workRegister.findings.length} findings, ${d.workRegister.pointsOfContact.length} contacts`,
    },
    {
      id: 'findings',
      label: '5. findings(filter: { severity: [WARNING] })',
      query: `{ findings(filter: { severity: [WARNING] }, first: 20) { totalCount edges { node { code severity message workRegister { title } } } ${PAGE} } }`,
      size: at('findings.totalCount'),
    },
    {
      id: 'findingCodes',
      label: '5. findings(filter: { code: [APPROVAL_BEFORE_INITIATION, EMAIL_DOMAIN_MISMATCH] })',
      query: `{ findings(filter: { code: ["APPROVAL_BEFORE_INITIATION", "EMAIL_DOMAIN_MISMATCH"] }, first: 20) { totalCount
        edges { node { code severity message workRegister { title } } } ${PAGE} } }`,
      size: at('findings.totalCount'),
    },
    {
      id: 'contactFindings',
      label: '5. organization("DMTF") { contactFindings } (@requires emailDomains)',
      query: `{ organization(acronym: "DMTF") { contactFindings { code severity message contact { email } } } }`,
      size: (d) => `${d.organization.contactFindings.length} findings`,
    },
    // 6. Who do I call?
    {
      id: 'contacts',
      label: '6. contacts(first: 20) with organization',
      query: `{ contacts(first: 20) { totalCount edges { node { name email kind organization { acronym } } } ${PAGE} } }`,
      size: at('contacts.totalCount'),
    },
    {
      id: 'contactSearch',
      label: '6. contacts(filter: { search: "chen" })',
      query: `{ contacts(filter: { search: "chen" }, first: 20) { totalCount edges { node { name email organization { acronym } } } ${PAGE} } }`,
      size: at('contacts.totalCount'),
    },
    {
      id: 'orgContacts',
      label: '6. organization("DMTF") { contacts(filter: { search: "chair" }) { workRegisters(first: 3) } }',
      query: `{ organization(acronym: "DMTF") { contacts(filter: { search: "chair" }, first: 20) { totalCount
        edges { node { name email workRegisters(first: 3) { totalCount edges { role node { title } } } } } ${PAGE} } } }`,
      size: at('organization.contacts.totalCount'),
    },
    {
      id: 'contact',
      label: '6. contact(email) { workRegisters(first: 20) { role node { title } } }',
      query: `query($email: String!) { contact(email: $email) { name workRegisters(first: 20) { totalCount
        edges { role organization { acronym } node { title } } ${PAGE} } } }`,
      variables: { email },
      size: at('contact.workRegisters.totalCount'),
    },
    // 7. Show me the landscape.
    {
      id: 'graph1',
      label: '7. allianceGraph(organization: "MEF", depth: 1) { nodes links edges(first: 100) { from to status } }',
      query: `{ allianceGraph(organization: "MEF", depth: 1) { nodes { acronym } links { from { acronym } to { acronym } workRegisters } edges(first: 100) { edges { node { from { acronym } to { acronym } status } } } } }`,
      size: (d) => `${d.allianceGraph.nodes.length} nodes, ${d.allianceGraph.links.length} links`,
    },
    {
      id: 'graph2',
      label: '7. allianceGraph(organization: "MEF", depth: 2) { nodes links edges(first: 100) { from to status } }',
      query: `{ allianceGraph(organization: "MEF", depth: 2) { nodes { acronym } links { from { acronym } to { acronym } workRegisters } edges(first: 100) { edges { node { from { acronym } to { acronym } status } } } } }`,
      size: (d) => `${d.allianceGraph.nodes.length} nodes, ${d.allianceGraph.links.length} links`,
    },
    {
      id: 'graph2Titles',
      label:
        '7. allianceGraph(organization: "MEF", depth: 2) { edges(first: 100) { totalCount … workRegister { title } } }',
      query: `{ allianceGraph(organization: "MEF", depth: 2) { nodes { acronym } edges(first: 100) { totalCount edges { node { from { acronym } to { acronym } status workRegister { title } } } } } }`,
      size: (d) => `${d.allianceGraph.nodes.length} nodes, ${d.allianceGraph.edges.totalCount} edges`,
    },
    {
      id: 'path',
      label: '7. allianceGraph { path(from: "MEF", to: "SNIA") }',
      query: `{ allianceGraph { path(from: "MEF", to: "SNIA") { organizations { acronym } workRegisters { title } } } }`,
      size: (d) => `${d.allianceGraph.path?.organizations.length ?? 0} organizations`,
    },
    // 8. Dashboard figures.
    {
      id: 'stats',
      label: '8. registryStats (by status, by organization, due per month, findings by code)',
      query: `{ registryStats { workRegisters byStatus { status count } byOrganization { organization { acronym } count }
        reviewsDueByMonth { month count } findingsByCode { code count } } }`,
      size: (d) => `${d.registryStats.workRegisters} registers`,
    },
  ];
}

// ---------------------------------------------------------------------------------------------

interface Response {
  ms: number;
  bytes: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  retry = true,
): Promise<Response> {
  const started = performance.now();
  let response: globalThis.Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${MEMBER_TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    // A kept-alive connection the server closed while the bench was busy elsewhere (Node's
    // server drops idle sockets after 5 s): ask again once, on a new connection, timed anew.
    if (retry) return post(url, query, variables, false);
    throw error;
  }
  const text = await response.text();
  const body = JSON.parse(text) as Response['body'];
  return { ms: performance.now() - started, bytes: Buffer.byteLength(text), body };
}

interface Result {
  question: Question;
  status: 'PASS' | 'FAIL' | 'ERROR' | 'NOT IN SCHEMA';
  error?: string;
  runs?: number;
  median?: number;
  p95?: number;
  registryStatements?: string;
  contactsStatements?: string;
  kilobytes?: number;
  size?: string;
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const median = (values: number[]) => {
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const percentile = (values: number[], p: number) => sorted(values)[Math.max(0, Math.ceil(p * values.length) - 1)]!;
/** Statements per request: one number when every request issued the same, else min–max. */
const spread = (values: number[]) => {
  const s = sorted(values);
  return s[0] === s.at(-1) ? String(s[0]) : `${s[0]}–${s.at(-1)}`;
};

async function measure(
  gateway: RunningServer,
  registry: RunningSubgraph,
  contacts: RunningSubgraph,
  question: Question,
): Promise<Result> {
  const first = await post(gateway.url, question.query, question.variables);
  if (first.body.errors?.length) {
    const error = first.body.errors[0]!;
    const notInSchema = error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED';
    return { question, status: notInSchema ? 'NOT IN SCHEMA' : 'ERROR', error: error.message };
  }
  const warmup = [first.ms];
  for (let i = 1; i < WARMUP; i++) warmup.push((await post(gateway.url, question.query, question.variables)).ms);
  // A question twenty times over budget is measured fewer times: its verdict cannot change,
  // and 50 runs of a multi-second answer would take minutes.
  const runs = median(warmup) > 20 * BUDGET_MS ? SLOW_RUNS : RUNS;
  const times: number[] = [];
  const registryCounts: number[] = [];
  const contactsCounts: number[] = [];
  let last = first;
  for (let i = 0; i < runs; i++) {
    const r0 = registry.db.statementCount();
    const c0 = contacts.db.statementCount();
    last = await post(gateway.url, question.query, question.variables);
    times.push(last.ms);
    registryCounts.push(registry.db.statementCount() - r0);
    contactsCounts.push(contacts.db.statementCount() - c0);
  }
  const m = median(times);
  return {
    question,
    status: m < BUDGET_MS ? 'PASS' : 'FAIL',
    runs,
    median: m,
    p95: percentile(times, 0.95),
    registryStatements: spread(registryCounts),
    contactsStatements: spread(contactsCounts),
    kilobytes: last.bytes / 1024,
    size: question.size?.(last.body.data) ?? '',
  };
}

/**
 * A question the registry answers alone, asked of it without the gateway: what is left of the
 * median is the gateway's share (planning, fetching, merging the answer). Null when the question
 * needs the contacts subgraph too.
 */
async function straightToRegistry(registry: RunningSubgraph, question: Question): Promise<number | null> {
  const times: number[] = [];
  for (let i = 0; i < 10; i++) {
    const response = await post(registry.url, question.query, question.variables);
    if (response.body.errors?.length) return null;
    times.push(response.ms);
  }
  return median(times);
}

// ---------------------------------------------------------------------------------------------
// Diagnosis: the statements a question issues, each timed alone on a separate read-only
// better-sqlite3 connection to the same file, with its query plan.

interface SqliteStatement {
  all(...params: unknown[]): unknown[];
}
interface SqliteDatabase {
  prepare(sql: string): SqliteStatement;
  close(): void;
}
type SqliteConstructor = new (file: string, options: { readonly: boolean }) => SqliteDatabase;

interface Captured {
  service: string;
  sql: string;
  params: unknown[];
}

/** Records the statements TypeORM issues while `work` runs (wraps the data source's logger). */
async function capture(subgraphs: Record<string, RunningSubgraph>, work: () => Promise<unknown>): Promise<Captured[]> {
  const captured: Captured[] = [];
  const restore: (() => void)[] = [];
  for (const [service, subgraph] of Object.entries(subgraphs)) {
    const ormLogger = subgraph.db.dataSource.logger;
    const original = ormLogger.logQuery.bind(ormLogger);
    ormLogger.logQuery = (sql, params, runner) => {
      captured.push({ service, sql, params: Array.isArray(params) ? [...params] : [] });
      return original(sql, params, runner);
    };
    restore.push(() => (ormLogger.logQuery = original));
  }
  try {
    await work();
  } finally {
    restore.forEach((undo) => undo());
  }
  return captured;
}

function explain(dataDir: string, captured: Captured[]): string[] {
  const Database = createRequire(import.meta.url)('better-sqlite3') as SqliteConstructor;
  const connections = new Map<string, SqliteDatabase>();
  const open = (service: string) => {
    let db = connections.get(service);
    if (!db) {
      db = new Database(join(dataDir, `${service}.sqlite`), { readonly: true });
      connections.set(service, db);
    }
    return db;
  };
  const lines: string[] = [];
  try {
    const timed = captured
      .filter((c) => /^\s*SELECT/i.test(c.sql))
      .map((c) => {
        const db = open(c.service);
        const statement = db.prepare(c.sql);
        const times: number[] = [];
        let rows = 0;
        for (let i = 0; i < 5; i++) {
          const started = performance.now();
          rows = statement.all(...c.params).length;
          times.push(performance.now() - started);
        }
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...c.params) as {
          id: number;
          parent: number;
          detail: string;
        }[];
        return { ...c, ms: median(times), rows, plan };
      });
    const total = timed.reduce((sum, t) => sum + t.ms, 0);
    lines.push(`    ${timed.length} SELECTs, ${total.toFixed(1)} ms of SQL in all (each run alone, median of 5):`);
    for (const t of [...timed].sort((a, b) => b.ms - a.ms).slice(0, 3)) {
      const sql = t.sql.replace(/\s+/g, ' ');
      lines.push(
        `    - ${t.service}: ${t.ms.toFixed(1)} ms, ${t.rows} rows: ${sql.length > 600 ? `${sql.slice(0, 600)} …` : sql}`,
      );
      const depth = new Map<number, number>([[0, 0]]);
      for (const step of t.plan) {
        const d = (depth.get(step.parent) ?? 0) + 1;
        depth.set(step.id, d);
        lines.push(`        ${'  '.repeat(d - 1)}${step.detail}`);
      }
    }
  } finally {
    connections.forEach((db) => db.close());
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------

function table(results: Result[]): string {
  const rows = results.map((r) => [
    r.question.id,
    r.question.label,
    r.runs === undefined ? '–' : String(r.runs),
    r.median === undefined ? '–' : r.median.toFixed(1),
    r.p95 === undefined ? '–' : r.p95.toFixed(1),
    r.registryStatements ?? '–',
    r.contactsStatements ?? '–',
    r.kilobytes === undefined ? '–' : r.kilobytes.toFixed(1),
    r.size ?? '',
    r.status,
  ]);
  const header = [
    'id',
    'question',
    'runs',
    'median ms',
    'p95 ms',
    'registry SQL',
    'contacts SQL',
    'response KB',
    'answer',
    `< ${BUDGET_MS} ms`,
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  log(
    `bench: ${N} registers, ${WARMUP} warm-up + ${RUNS} measured requests per question, budget ${BUDGET_MS} ms median`,
  );
  let dataSet: DataSet | undefined;
  const data = () => {
    if (!dataSet) {
      const started = performance.now();
      dataSet = generate(N);
      return { data: dataSet, seconds: (performance.now() - started) / 1000 };
    }
    return { data: dataSet, seconds: 0 };
  };
  const { dir, report, cached } = await seededCache(data);
  log(
    cached
      ? `using cached databases ${dir} (seeded ${report.seededAt} in ${report.seedSeconds.toFixed(1)} s)`
      : `seeded in ${report.seedSeconds.toFixed(1)} s (generated in ${report.generateSeconds.toFixed(1)} s); cached in ${dir}`,
  );

  // The run works on a copy, so the cache stays exactly as seeded.
  const runDir = mkdtempSync(join(tmpdir(), 'alliance-bench-'));
  for (const file of DB_FILES) cpSync(join(dir, file), join(runDir, file));
  const registry = await startRegistry(subgraphConfig(runDir), logger, SCHEDULE);
  let gatewayUrl = '';
  const contacts = await startContacts(subgraphConfig(runDir), logger, () => gatewayUrl);
  const gateway = await startGateway(
    {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      subgraphUrls: { registry: registry.url, contacts: contacts.url },
      subgraphSecrets: SUBGRAPH_SECRETS,
    },
    logger,
  );
  gatewayUrl = gateway.url;
  try {
    // The register and the contact the single-item questions ask for: a DMTF register with the
    // most points of contact among the first hundred, and the person listed in most registers.
    const { registers } = data().data;
    const sample = registers
      .slice(0, 100)
      .filter((r) => r.parties.some((p) => p.acronym === 'DMTF'))
      .sort((a, b) => b.contacts.length - a.contacts.length)[0]!;
    const [{ slug }] = (await registry.db.dataSource.query('SELECT slug FROM work_register WHERE title = ?', [
      sample.title,
    ])) as [{ slug: string }];
    const appearances = new Map<string, number>();
    for (const r of registers)
      for (const c of r.contacts)
        if (c.kind === 'PERSON') appearances.set(c.email, (appearances.get(c.email) ?? 0) + 1);
    const [email] = [...appearances].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;

    const only = process.env.BENCH_ONLY?.split(',');
    const list = questions(slug, email).filter((q) => !only || only.includes(q.id));
    const loadBefore = loadavg()[0]!;
    const results: Result[] = [];
    for (const question of list) {
      const result = await measure(gateway, registry, contacts, question);
      log(`  ${question.id}: ${result.median === undefined ? result.status : `${result.median.toFixed(1)} ms median`}`);
      results.push(result);
    }

    console.log(
      `\nAlliance Registry bench: ${N} registers on SQLite, through the gateway over HTTP; ${RUNS} requests per question after ${WARMUP} warm-up (${SLOW_RUNS} when the warm-up median is over ${20 * BUDGET_MS} ms)`,
    );
    console.log(
      `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node.js ${process.version}; load average ${loadBefore.toFixed(2)} before the questions, ${loadavg()[0]!.toFixed(2)} after; today fixed to ${BENCH_TODAY}`,
    );
    console.log(
      `data set: ${cached ? 'cached' : 'seeded now'} (${dir}); seeding took ${report.seedSeconds.toFixed(1)} s for ${report.registers} registers\n`,
    );
    console.log(table(results));
    for (const r of results.filter((r) => r.error)) console.log(`\n${r.question.id}: ${r.status}: ${r.error}`);

    const diagnose = results.filter(
      (r) => r.median !== undefined && (process.env.BENCH_EXPLAIN === 'all' || r.status === 'FAIL'),
    );
    const dumped: { id: string; statements: Captured[] }[] = [];
    for (const r of diagnose) {
      try {
        let response: Response | undefined;
        const captured = await capture({ registry, contacts }, async () => {
          response = await post(gateway.url, r.question.query, r.question.variables);
        });
        console.log(
          `\n${r.question.id} (${r.median!.toFixed(1)} ms median; this request ${response!.ms.toFixed(1)} ms):`,
        );
        const direct = await straightToRegistry(registry, r.question);
        if (direct !== null) {
          console.log(`    the same question straight to the registry subgraph: ${direct.toFixed(1)} ms median of 10`);
        }
        for (const line of explain(runDir, captured)) console.log(line);
        dumped.push({ id: r.question.id, statements: captured });
      } catch (error) {
        console.log(`\n${r.question.id}: no diagnosis (${String(error)})`);
      }
    }
    // BENCH_SQL_FILE=<path>: every statement of the diagnosed questions with its parameters, as JSON.
    if (process.env.BENCH_SQL_FILE) writeFileSync(process.env.BENCH_SQL_FILE, `${JSON.stringify(dumped, null, 2)}\n`);

    const measured = results.filter((r) => r.median !== undefined);
    const passed = measured.filter((r) => r.status === 'PASS');
    const failed = measured
      .filter((r) => r.status === 'FAIL')
      .map((r) => `${r.question.id} ${r.median!.toFixed(1)} ms`);
    const skipped = results.filter((r) => r.status === 'NOT IN SCHEMA').map((r) => r.question.id);
    const errors = results.filter((r) => r.status === 'ERROR').map((r) => r.question.id);
    console.log(
      `\nSUMMARY: ${passed.length}/${measured.length} questions under ${BUDGET_MS} ms median on ${N} registers` +
        (failed.length ? `; over budget: ${failed.join(', ')}` : '') +
        (errors.length ? `; errors: ${errors.join(', ')}` : '') +
        (skipped.length ? `; not in schema (skipped): ${skipped.join(', ')}` : ''),
    );
    writeFileSync(
      join(cacheRoot, 'last-run.json'),
      `${JSON.stringify({ registers: N, runs: RUNS, warmup: WARMUP, budgetMs: BUDGET_MS, seed: report, results: results.map(({ question, ...r }) => ({ id: question.id, label: question.label, ...r })) }, null, 2)}\n`,
    );
  } finally {
    await gateway.stop();
    await Promise.allSettled([registry.stop(), contacts.stop()]);
    rmSync(runDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('bench failed:', error);
    console.log('\nSUMMARY: the bench could not run (see the error above)');
    // A report, not a test: the outcome is in the output.
    process.exit(0);
  },
);

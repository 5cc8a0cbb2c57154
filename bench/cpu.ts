import { fork, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startContacts } from '@alliance/contacts';
import { startGateway } from '@alliance/gateway';
import { generate } from './generate.js';
import {
  BENCH_AUTH,
  DB_FILES,
  log,
  logger,
  N,
  seededCache,
  subgraphConfig,
  SUBGRAPH_SECRET,
  SUBGRAPH_SECRETS,
} from './seed.js';

/**
 * `npm run bench:cpu`: the registry subgraph's CPU time per request for the five queries of
 * issue 15, asked anonymously through the gateway at concurrency 1. The registry runs in a
 * process of its own (`registry-process.ts`), so its CPU time is its alone; contacts, the gateway
 * and the client share this process. Rounds are interleaved (every query once per round), and
 * each figure is the median over rounds of (registry CPU during the round's requests) / requests.
 *
 * Environment: BENCH_REGISTERS (20000), BENCH_CPU_ROUNDS (5), BENCH_CPU_REQUESTS (40 per query
 * per round), BENCH_LABEL (names the output, e.g. "before"; default "latest"). Writes
 * bench/results/cpu-<label>.md and .json.
 */

const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 40);
const LABEL = process.env.BENCH_LABEL ?? 'latest';
const TARGET_MS = 5;
const here = dirname(fileURLToPath(import.meta.url));
const results = join(here, '..', 'results');

interface Query {
  id: string;
  label: string;
  query: string;
  variables?: Record<string, unknown>;
}

/** The five queries of issue 15, as its table names them. */
const queries = (slug: string): Query[] => [
  {
    id: 'register',
    label: 'register by slug, both subgraphs',
    query: `query($slug: String!) { workRegister(slug: $slug) { title status initiatedOn
      review { dueBy dueOn status } parties { organization { acronym name } unit { name } }
      milestones { date dueOn status overdue } findings { code severity message }
      pointsOfContact { role contact { name email kind } } } }`,
    variables: { slug },
  },
  {
    id: 'page50',
    label: '50 registers with contacts, both subgraphs',
    query: `{ workRegisters(first: 50) { totalCount edges { node { title status parties { organization { acronym } }
      pointsOfContact { role contact { name email kind } } } } pageInfo { hasNextPage endCursor } } }`,
  },
  {
    id: 'organization',
    label: "an organization's registers and partners",
    query: `{ organization(acronym: "DMTF") { name workRegisters(first: 20) { totalCount edges { node { title } } }
      partners { organization { acronym } workRegisters(first: 5) { totalCount edges { node { title } } } } } }`,
  },
  {
    id: 'search',
    label: 'search "cloud", 20 titles',
    query: `{ workRegisters(filter: { search: "cloud" }, first: 20) { totalCount edges { node { title } }
      pageInfo { hasNextPage endCursor } } }`,
  },
  {
    id: 'stats',
    label: '`registryStats`',
    query: `{ registryStats { workRegisters byStatus { status count } byOrganization { organization { acronym } count }
      reviewsDueByMonth { month count } findingsByCode { code count } } }`,
  },
];

/** The registry in its own process: its URL, and its CPU time (µs) and statement count on demand. */
async function forkRegistry(dataDir: string) {
  const child: ChildProcess = fork(join(here, 'registry-process.js'), [dataDir], {
    env: { ...process.env, BENCH_SECRET: BENCH_AUTH.secret, BENCH_SUBGRAPH_SECRET: SUBGRAPH_SECRET },
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      child.once('message', (m) => resolve(m as Record<string, unknown>));
      child.once('exit', (code) => reject(new Error(`the registry process exited (${code})`)));
    });
  const { url } = (await next()) as { url: string };
  return {
    url,
    usage: async () => {
      const reply = next();
      child.send('cpu');
      return (await reply) as { cpu: number; statements: number };
    },
    stop: async () => {
      child.send('stop');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

async function ask(url: string, query: Query): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${query.id}: ${body.errors[0]!.message}`);
  return body.data;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** A DMTF register with the most points of contact among the first hundred generated (the sample run.ts takes). */
function sampleSlug(dataDir: string): string {
  const sample = generate(N)
    .registers.slice(0, 100)
    .filter((r) => r.parties.some((p) => p.acronym === 'DMTF'))
    .sort((a, b) => b.contacts.length - a.contacts.length)[0]!;
  const Database = createRequire(import.meta.url)('better-sqlite3') as new (
    file: string,
    options: { readonly: boolean },
  ) => { prepare(sql: string): { get(...p: unknown[]): unknown }; close(): void };
  const db = new Database(join(dataDir, 'registry.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT slug FROM work_register WHERE title = ?').get(sample.title) as { slug: string }).slug;
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  const { dir } = await seededCache(() => {
    const started = performance.now();
    const data = generate(N);
    return { data, seconds: (performance.now() - started) / 1000 };
  });
  const runDir = mkdtempSync(join(tmpdir(), 'alliance-bench-cpu-'));
  for (const file of DB_FILES) cpSync(join(dir, file), join(runDir, file));
  const registry = await forkRegistry(runDir);
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
    const list = queries(sampleSlug(runDir));
    const perRequest = new Map(list.map((q) => [q.id, [] as number[]]));
    const statements = new Map<string, number>();
    for (const query of list) for (let i = 0; i < 10; i++) await ask(gateway.url, query); // warm-up
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of list) {
        const before = await registry.usage();
        for (let i = 0; i < REQUESTS; i++) await ask(gateway.url, query);
        const after = await registry.usage();
        perRequest.get(query.id)!.push((after.cpu - before.cpu) / 1000 / REQUESTS);
        statements.set(query.id, (after.statements - before.statements) / REQUESTS);
      }
      log(`  round ${round + 1}/${ROUNDS}`);
    }
    const rows = list.map((q) => {
      const values = perRequest.get(q.id)!;
      return {
        id: q.id,
        label: q.label,
        cpuMs: median(values),
        minMs: Math.min(...values),
        maxMs: Math.max(...values),
        statements: statements.get(q.id)!,
      };
    });
    const table = [
      `Registry CPU per request, ${N} registers on SQLite, through the gateway, anonymous, c=1; ${ROUNDS} interleaved rounds of ${REQUESTS} requests per query (${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node.js ${process.version})`,
      '',
      '| query | registry CPU ms / request (median of rounds) | range over rounds | registry SQL / request | < 5 ms |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${r.cpuMs.toFixed(2)} | ${r.minMs.toFixed(2)}–${r.maxMs.toFixed(2)} | ${r.statements} | ${r.cpuMs < TARGET_MS ? 'PASS' : 'FAIL'} |`,
      ),
    ].join('\n');
    console.log(`\n${table}\n`);
    mkdirSync(results, { recursive: true });
    writeFileSync(join(results, `cpu-${LABEL}.md`), `${table}\n`);
    writeFileSync(
      join(results, `cpu-${LABEL}.json`),
      `${JSON.stringify({ registers: N, rounds: ROUNDS, requests: REQUESTS, at: new Date().toISOString(), rows }, null, 2)}\n`,
    );
    const over = rows.filter((r) => r.cpuMs >= TARGET_MS).map((r) => `${r.id} ${r.cpuMs.toFixed(2)} ms`);
    console.log(
      `SUMMARY: ${rows.length - over.length}/${rows.length} queries under ${TARGET_MS} ms of registry CPU per request${over.length ? `; over: ${over.join(', ')}` : ''}`,
    );
  } finally {
    await gateway.stop();
    await contacts.stop();
    await registry.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

await main();

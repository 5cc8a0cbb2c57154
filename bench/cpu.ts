import { fork, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUBGRAPH_CREDENTIAL_HEADER } from '@alliance/core';
import { startContacts } from '@alliance/contacts';
import { generate } from './generate.js';
import { cpuCounters, referenceWorkMs, stealShare } from './machine.js';
import { queries, sampleSlug, type Query } from './queries.js';
import { BENCH_AUTH, DB_FILES, log, logger, N, seededCache, subgraphConfig, SUBGRAPH_SECRET } from './seed.js';

/**
 * `npm run bench:cpu`: the registry subgraph's CPU time per request for the five queries of
 * issue 15, asked anonymously through the gateway at concurrency 1. The registry runs in a
 * process of its own (`registry-process.ts`), so its CPU time is its alone; contacts, the gateway
 * and the client share this process. Rounds are interleaved (every query once per round), and
 * each figure is the median over rounds of (registry CPU during the round's requests) / requests.
 *
 * The gateway runs in a process of its own as well, so its CPU per request is shown beside.
 *
 * Then, for fairness, each query under load: autocannon with BENCH_CPU_CONNECTIONS (32)
 * connections for BENCH_CPU_LOAD_SECONDS (10) s, once straight at the registry (with the
 * gateway's credential, the query without the contacts fields) and once through the gateway;
 * latency p50 and p99, timeouts and errors. BENCH_CPU_LOAD_SECONDS=0 skips it. With
 * BENCH_CPU_PROF=<dir>, each load run is profiled by V8's CPU profiler (what `--cpu-prof` runs)
 * in the process it loads: <dir>/registry-<query>.cpuprofile and gateway-<query>.cpuprofile,
 * for `bench/profile-summary.ts`. Profiling slows the process it samples, so take the CPU
 * figures from a run without it.
 *
 * Environment: BENCH_REGISTERS (20000), BENCH_CPU_ROUNDS (5), BENCH_CPU_REQUESTS (40 per query
 * per round), BENCH_CPU_WARMUP (300 requests per query before the rounds), BENCH_ONLY (query ids,
 * comma-separated: register,page50,organization,search,stats), BENCH_LABEL (names the output,
 * e.g. "before"; default "latest"). Writes bench/results/cpu-<label>.md and .json.
 */

const ROUNDS = Number(process.env.BENCH_CPU_ROUNDS ?? 5);
const REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 40);
const WARMUP = Number(process.env.BENCH_CPU_WARMUP ?? 300);
const LABEL = process.env.BENCH_LABEL ?? 'latest';
const ONLY = process.env.BENCH_ONLY?.split(',').filter(Boolean);
const CONNECTIONS = Number(process.env.BENCH_CPU_CONNECTIONS ?? 32);
const LOAD_SECONDS = Number(process.env.BENCH_CPU_LOAD_SECONDS ?? 10);
const PROFILE_DIR = process.env.BENCH_CPU_PROF;
const FAIR_RATIO = 3;
const TARGET_MS = 5;
const here = dirname(fileURLToPath(import.meta.url));
const results = join(here, '..', 'results');

/** The contacts subgraph's fields of these queries, left out when a query goes straight to the registry. */
const CONTACTS_FIELDS = 'pointsOfContact { role contact { name email kind } }';
const registryOnly = (query: Query): Query => ({ ...query, query: query.query.replaceAll(CONTACTS_FIELDS, '') });

/**
 * A service in its own process (`registry-process.ts`): the registry on `dataDir`, or the gateway
 * over the subgraphs at these URLs; its URL, its CPU time (µs) and statement count on demand, and
 * a CPU profile of a stretch.
 */
async function forkService(role: 'registry' | 'gateway', argument: string) {
  const child: ChildProcess = fork(join(here, 'registry-process.js'), [role, argument], {
    env: { ...process.env, BENCH_SECRET: BENCH_AUTH.secret, BENCH_SUBGRAPH_SECRET: SUBGRAPH_SECRET },
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const exited = (code: number | null) => reject(new Error(`the ${role} process exited (${code})`));
      child.once('exit', exited);
      child.once('message', (m) => {
        child.off('exit', exited);
        resolve(m as Record<string, unknown>);
      });
    });
  const ask = async (message: unknown) => {
    const reply = next();
    child.send(message as string);
    return reply;
  };
  const { url } = (await next()) as { url: string };
  return {
    url,
    usage: async () => (await ask('cpu')) as { cpu: number; statements: number },
    watch: () => ask('watch'),
    stalls: async () => (await ask('stalls')) as unknown as Stalls,
    profile: {
      start: () => ask({ profile: 'start' }),
      stop: (file: string) => ask({ profile: 'stop', file }),
    },
    stop: async () => {
      child.send('stop');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

type Service = Awaited<ReturnType<typeof forkService>>;

/** What held a process's event loop up during a stretch (registry-process.ts). */
interface Stalls {
  loopP99Ms: number;
  loopMaxMs: number;
  gc: { count: number; totalMs: number; maxMs: number };
}

async function ask(url: string, query: Query, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
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

interface LoadResult {
  latency: { p50: number; p99: number; max: number };
  requests: { total: number; average: number };
  timeouts: number;
  errors: number;
  non2xx: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
}) => Promise<LoadResult>;

interface LoadRow {
  id: string;
  target: 'registry' | 'gateway';
  p50: number;
  p99: number;
  max: number;
  requests: number;
  perSecond: number;
  timeouts: number;
  errors: number;
  non2xx: number;
  registryCpuMs: number;
  /** The loaded process's event loop and collector meanwhile. */
  stalls: Stalls;
}

/** One query under load at `target`, the registry's CPU per request meanwhile, a profile of `profiled` if asked. */
async function load(
  target: LoadRow['target'],
  url: string,
  query: Query,
  headers: Record<string, string>,
  registry: Service,
  profiled: Service,
): Promise<LoadRow> {
  if (PROFILE_DIR) await profiled.profile.start();
  await profiled.watch();
  const before = await registry.usage();
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: LOAD_SECONDS,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: query.query, variables: query.variables ?? {} }),
  });
  const after = await registry.usage();
  const stalls = await profiled.stalls();
  if (PROFILE_DIR) await profiled.profile.stop(join(PROFILE_DIR, `${target}-${query.id}.cpuprofile`));
  const { latency, requests } = result;
  return {
    id: query.id,
    target,
    p50: latency.p50,
    p99: latency.p99,
    max: latency.max,
    requests: requests.total,
    perSecond: requests.average,
    timeouts: result.timeouts,
    errors: result.errors,
    non2xx: result.non2xx,
    registryCpuMs: requests.total ? (after.cpu - before.cpu) / 1000 / requests.total : 0,
    stalls,
  };
}

const fair = (r: LoadRow) => r.p99 <= FAIR_RATIO * r.p50 && r.timeouts === 0 && r.errors === 0 && r.non2xx === 0;

function loadTable(rows: LoadRow[], list: Query[]): string {
  const label = (id: string) => list.find((q) => q.id === id)!.label;
  return [
    `Under load: autocannon, ${CONNECTIONS} connections, ${LOAD_SECONDS} s per query and target${PROFILE_DIR ? ' (CPU profiler on)' : ''}`,
    '',
    '| query | to | p50 ms | p99 ms | p99 / p50 | max ms | requests/s | timeouts, errors, non-2xx | registry CPU ms / request | loop delay p99 / max ms | GC pauses: n, total, max ms | fair |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${label(r.id)} | ${r.target} | ${r.p50} | ${r.p99} | ${(r.p99 / Math.max(r.p50, 1)).toFixed(1)} | ${r.max} | ${r.perSecond.toFixed(0)} | ${r.timeouts}, ${r.errors}, ${r.non2xx} | ${r.registryCpuMs.toFixed(2)} | ${r.stalls.loopP99Ms.toFixed(0)} / ${r.stalls.loopMaxMs.toFixed(0)} | ${r.stalls.gc.count}, ${r.stalls.gc.totalMs.toFixed(0)}, ${r.stalls.gc.maxMs.toFixed(1)} | ${fair(r) ? 'yes' : 'no'} |`,
    ),
  ].join('\n');
}

async function main(): Promise<void> {
  const { dir } = await seededCache(() => {
    const started = performance.now();
    const data = generate(N);
    return { data, seconds: (performance.now() - started) / 1000 };
  });
  const runDir = mkdtempSync(join(tmpdir(), 'alliance-bench-cpu-'));
  for (const file of DB_FILES) cpSync(join(dir, file), join(runDir, file));
  if (PROFILE_DIR) mkdirSync(PROFILE_DIR, { recursive: true });
  const registry = await forkService('registry', runDir);
  let gatewayUrl = '';
  const contacts = await startContacts(subgraphConfig(runDir), logger, () => gatewayUrl);
  const gateway = await forkService('gateway', JSON.stringify({ registry: registry.url, contacts: contacts.url }));
  gatewayUrl = gateway.url;
  try {
    const list = queries(sampleSlug(runDir, N)).filter((q) => !ONLY || ONLY.includes(q.id));
    const perRequest = new Map(list.map((q) => [q.id, [] as number[]]));
    const gatewayPerRequest = new Map(list.map((q) => [q.id, [] as number[]]));
    const statements = new Map<string, number>();
    // Warm-up to V8's optimized code: after 10 requests a query still ran partly in the interpreter
    // and baseline tiers (page of 50 5.01 ms a request after 10, 3.39 after 300; docs/performance.md).
    for (const query of list) for (let i = 0; i < WARMUP; i++) await ask(gateway.url, query);
    const machine = { referenceMsBefore: referenceWorkMs(), counters: cpuCounters() };
    for (let round = 0; round < ROUNDS; round++) {
      for (const query of list) {
        const [before, gatewayBefore] = [await registry.usage(), await gateway.usage()];
        for (let i = 0; i < REQUESTS; i++) await ask(gateway.url, query);
        const [after, gatewayAfter] = [await registry.usage(), await gateway.usage()];
        perRequest.get(query.id)!.push((after.cpu - before.cpu) / 1000 / REQUESTS);
        gatewayPerRequest.get(query.id)!.push((gatewayAfter.cpu - gatewayBefore.cpu) / 1000 / REQUESTS);
        statements.set(query.id, (after.statements - before.statements) / REQUESTS);
      }
      log(`  round ${round + 1}/${ROUNDS}`);
    }
    const speed = {
      referenceMs: [machine.referenceMsBefore, referenceWorkMs()],
      steal: stealShare(machine.counters, cpuCounters()),
    };
    const rows = list.map((q) => {
      const values = perRequest.get(q.id)!;
      return {
        id: q.id,
        label: q.label,
        cpuMs: median(values),
        minMs: Math.min(...values),
        maxMs: Math.max(...values),
        gatewayCpuMs: median(gatewayPerRequest.get(q.id)!),
        statements: statements.get(q.id)!,
      };
    });
    const table = [
      `Registry CPU per request, ${N} registers on SQLite, through the gateway, anonymous, c=1; ${ROUNDS} interleaved rounds of ${REQUESTS} requests per query (${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node.js ${process.version}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} at the end)`,
      '',
      `The machine's speed: the reference work (machine.ts) took ${speed.referenceMs.map((ms) => ms.toFixed(1)).join(' ms before the rounds and ')} ms after${speed.steal === undefined ? '' : `; the hypervisor took ${(speed.steal * 100).toFixed(1)} % of the CPU time meanwhile (steal)`}. Compare runs whose reference work took about the same.`,
      '',
      '| query | registry CPU ms / request (median of rounds) | range over rounds | registry SQL / request | gateway CPU ms / request | < 5 ms |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows.map(
        (r) =>
          `| ${r.label} | ${r.cpuMs.toFixed(2)} | ${r.minMs.toFixed(2)}–${r.maxMs.toFixed(2)} | ${r.statements} | ${r.gatewayCpuMs.toFixed(2)} | ${r.cpuMs < TARGET_MS ? 'PASS' : 'FAIL'} |`,
      ),
    ].join('\n');
    console.log(`\n${table}\n`);
    const loadRows: LoadRow[] = [];
    if (LOAD_SECONDS > 0) {
      const credential = { [SUBGRAPH_CREDENTIAL_HEADER]: SUBGRAPH_SECRET };
      for (const query of list) {
        loadRows.push(await load('registry', registry.url, registryOnly(query), credential, registry, registry));
        loadRows.push(await load('gateway', gateway.url, query, {}, registry, gateway));
        log(`  under load: ${query.id}`);
      }
      console.log(`\n${loadTable(loadRows, list)}\n`);
    }
    mkdirSync(results, { recursive: true });
    writeFileSync(
      join(results, `cpu-${LABEL}.md`),
      `${table}\n${loadRows.length ? `\n${loadTable(loadRows, list)}\n` : ''}`,
    );
    writeFileSync(
      join(results, `cpu-${LABEL}.json`),
      `${JSON.stringify({ registers: N, rounds: ROUNDS, requests: REQUESTS, at: new Date().toISOString(), loadAverage: loadavg(), speed, rows, load: loadRows }, null, 2)}\n`,
    );
    const over = rows.filter((r) => r.cpuMs >= TARGET_MS).map((r) => `${r.id} ${r.cpuMs.toFixed(2)} ms`);
    const unfair = loadRows.filter((r) => !fair(r)).map((r) => `${r.id} (${r.target})`);
    console.log(
      `SUMMARY: ${rows.length - over.length}/${rows.length} queries under ${TARGET_MS} ms of registry CPU per request${over.length ? `; over: ${over.join(', ')}` : ''}` +
        (loadRows.length
          ? `; ${loadRows.length - unfair.length}/${loadRows.length} fair under load${unfair.length ? `; unfair: ${unfair.join(', ')}` : ''}`
          : ''),
    );
  } finally {
    await gateway.stop();
    await contacts.stop();
    await registry.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

await main();

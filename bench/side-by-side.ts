import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import getPort from 'get-port';
import { SUBGRAPH_CREDENTIAL_HEADER } from '@alliance/core';
import * as prettier from 'prettier';
import { firstDifference } from './compare.js';
import { renderChart, type Chart } from './chart.js';
import { BENCH_TODAY } from './generate.js';
import { cpuMs, peakMb } from './proc.js';
import { queries, requestBody, sampleSlug, type Query } from './queries.js';
import { BENCH_AUTH, DB_FILES, log, SUBGRAPH_SECRET, type SeedReport } from './seed.js';

/**
 * `npm run bench`: our gateway and Hive Gateway side by side (issue 15), each with its defaults,
 * one worker, on the same supergraph and the same two subgraphs, and the registry asked
 * directly. Every service is a real process of its own on loopback; the load comes from
 * autocannon in this process. For each data size: seed (or reuse the cached seed), start,
 * check that every server gives the same answer to each query, then interleaved rounds at
 * concurrency 1 and 32, with the CPU time and peak memory of each process from /proc.
 * docs/performance.md says what each figure means.
 */

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Options

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((a) => a !== 'side-by-side'),
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    seconds: { type: 'string' },
    rounds: { type: 'string' },
    redis: { type: 'string' },
  },
});
const QUICK = args.quick;
const SIZES = (args.sizes ?? (QUICK ? '1000' : '1000,20000,100000')).split(',').map((s) => Number(s.trim()));
/** Seconds of load per cell and round. */
const SECONDS = Number(args.seconds ?? (QUICK ? 1 : 3));
const ROUNDS = Number(args.rounds ?? (QUICK ? 1 : 3));
/** Seconds of load per server and query before the first round (JIT, plan caches, the response cache). */
const WARM_SECONDS = QUICK ? 0.5 : 2;
/**
 * The warm-up of one server for one query. Two workers share the requests, and reach their pace
 * later: after 3 s at c=32 the registry's two workers still sped up for 4 s more (organization
 * page, 20,000 registers: 340, 428, 439, 467, 466, 492 requests a second, then 527–595 in the
 * next run of the same processes), where one worker was steady after 1 s. The scaling figure is
 * of processes at their steady pace, so they warm at the concurrency they are measured at, longer.
 */
const warmUp = (target: TargetId) =>
  target === 'registry2' ? { connections: 32, seconds: 4 * WARM_SECONDS } : { connections: 8, seconds: WARM_SECONDS };
/**
 * Seconds of the cell's own load, not counted, just before each cell. A server idle for the other
 * cells of a round (a minute and more) starts its cell slower: the organization page straight at
 * the registry after 60 s idle ran 239, 308, 324, 322 requests a second (282, 315, 326, 330 with no
 * pause), two workers 285, 434, 452, 462; a 3 s cell counted that first second as a third of it.
 */
const CELL_WARM_SECONDS = QUICK ? 0 : 1;
/** Quiet between cells, so one cell's requests still in flight count against no other. */
const PAUSE_MS = QUICK ? 200 : 500;
const CONNECTIONS = [1, 32];
const RESULTS = join(root, 'bench', 'results');
/** redis://…: our default gateway keeps its response cache there (REDIS_URL) instead of in memory. */
const REDIS = args.redis;
// A quick run or one with the cache in Redis has results of its own; only the full run's chart goes in the docs.
const NAME = `side-by-side${REDIS ? '-redis' : ''}${QUICK ? '-quick' : ''}`;
const CHART = NAME === 'side-by-side' ? join(root, 'docs', 'side-by-side.svg') : join(RESULTS, `${NAME}.svg`);

if (SIZES.some((n) => !Number.isInteger(n) || n < 100))
  throw new Error(`--sizes: whole numbers ≥ 100, comma-separated`);

// ---------------------------------------------------------------------------------------------
// Processes

/** What this script reads of autocannon's result (the package ships no types). */
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  mismatches: number;
}
const autocannon = require('autocannon') as (options: object) => Promise<LoadResult>;

interface Service {
  name: string;
  pid: number;
  /** POST queries here (the subgraph's or gateway's /graphql). */
  url: string;
  stop(): Promise<void>;
}

const freePort = () => getPort({ host: '127.0.0.1' });

/** Starts `node <entry> …args` with `env`, its output in `logs/<name>.log`; resolves once `ready` answers 200. */
async function start(
  name: string,
  entry: string,
  argv: string[],
  env: Record<string, string>,
  port: number,
  ready: string,
  logs: string,
): Promise<Service> {
  const logFile = join(logs, `${name}.log`);
  const out = openSync(logFile, 'a');
  const child: ChildProcess = spawn(process.execPath, [entry, ...argv], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', out, out],
  });
  let exited: string | undefined;
  child.once('exit', (code, signal) => (exited = `${name} exited (${signal ?? code})`));
  const deadline = performance.now() + 120_000;
  for (;;) {
    if (exited)
      throw new Error(`${exited} before it was ready; its log:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
    if (performance.now() > deadline) throw new Error(`${name} was not ready within 120 s (${logFile})`);
    const ok = await fetch(`http://127.0.0.1:${port}${ready}`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await sleep(200);
  }
  return {
    name,
    pid: child.pid!,
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      if (exited) return;
      const gone = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await gone;
      clearTimeout(timer);
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The committed supergraph with the subgraphs' URLs of this run: the schema Hive Gateway serves is ours, byte for byte otherwise. */
function supergraphFor(urls: Record<'registry' | 'contacts', string>): string {
  const text = readFileSync(join(root, 'gateway', 'supergraph.graphql'), 'utf8');
  return text.replace(
    /@join__graph\(name: "(registry|contacts)", url: "[^"]*"\)/g,
    (_m, name: 'registry' | 'contacts') => {
      return `@join__graph(name: "${name}", url: "${urls[name]}")`;
    },
  );
}

/** Every server of one data size. */
interface Stack {
  services: Record<ServiceName, Service>;
  stop(): Promise<void>;
}
type ServiceName = 'registry' | 'registry2' | 'contacts' | 'ours' | 'oursUncached' | 'hive';

async function startStack(dataDir: string, logs: string): Promise<Stack> {
  const ports = {
    registry: await freePort(),
    registry2: await freePort(),
    contacts: await freePort(),
    ours: await freePort(),
    oursUncached: await freePort(),
    hive: await freePort(),
  };
  const url = (port: number) => `http://127.0.0.1:${port}/graphql`;
  const common = {
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    LOG_LEVEL: 'warn',
    APOLLO_TELEMETRY_DISABLED: '1',
    DATA_DIR: dataDir,
    AUTH_SECRET: BENCH_AUTH.secret,
    HOST: '127.0.0.1',
    WORKERS: '1',
  };
  const subgraph = { ...common, SUBGRAPH_SECRET, REGISTRY_TODAY: BENCH_TODAY, REVIEW_DUE_SOON_DAYS: '90' };
  const services: Partial<Record<ServiceName, Service>> = {};
  const stop = async () => {
    await Promise.all(Object.values(services).map((s) => s.stop()));
  };
  try {
    const registryEntry = 'services/registry/dist/main.js';
    services.registry = await start(
      'registry',
      registryEntry,
      [],
      { ...subgraph, REGISTRY_PORT: `${ports.registry}` },
      ports.registry,
      '/health',
      logs,
    );
    // The same registry with two cluster workers, for the scaling figure; same files (as WORKERS=2 shares them).
    services.registry2 = await start(
      'registry2',
      registryEntry,
      [],
      { ...subgraph, REGISTRY_PORT: `${ports.registry2}`, WORKERS: '2' },
      ports.registry2,
      '/health',
      logs,
    );
    services.contacts = await start(
      'contacts',
      'services/contacts/dist/main.js',
      [],
      { ...subgraph, CONTACTS_PORT: `${ports.contacts}`, GATEWAY_URL: url(ports.ours) },
      ports.contacts,
      '/health',
      logs,
    );
    const gateway = {
      ...common,
      REGISTRY_URL: url(ports.registry),
      CONTACTS_URL: url(ports.contacts),
      REGISTRY_SUBGRAPH_SECRET: SUBGRAPH_SECRET,
      CONTACTS_SUBGRAPH_SECRET: SUBGRAPH_SECRET,
      // The one default changed: one client sends every request of the bench, so its per-client
      // budget (6,000 a minute) would turn the measurement into one of 429s.
      RATE_LIMIT_REQUESTS: '0',
    };
    services.ours = await start(
      'ours',
      'gateway/dist/main.js',
      [],
      { ...gateway, GATEWAY_PORT: `${ports.ours}`, ...(REDIS ? { REDIS_URL: REDIS } : {}) },
      ports.ours,
      '/health',
      logs,
    );
    services.oursUncached = await start(
      'oursUncached',
      'gateway/dist/main.js',
      [],
      { ...gateway, GATEWAY_PORT: `${ports.oursUncached}`, RESPONSE_CACHE: 'off' },
      ports.oursUncached,
      '/health',
      logs,
    );
    const supergraph = join(dataDir, 'supergraph.graphql');
    writeFileSync(supergraph, supergraphFor({ registry: url(ports.registry), contacts: url(ports.contacts) }));
    services.hive = await start(
      'hive',
      require.resolve('@graphql-hive/gateway/package.json').replace(/package\.json$/, 'dist/bin.js'),
      [
        'supergraph',
        supergraph,
        '--fork',
        '1',
        '--host',
        '127.0.0.1',
        '--port',
        `${ports.hive}`,
        '-c',
        join(root, 'bench', 'hive-gateway.config.mjs'),
      ],
      { NODE_ENV: common.NODE_ENV, BENCH_SUBGRAPH_SECRET: SUBGRAPH_SECRET },
      ports.hive,
      '/healthcheck',
      logs,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { services: services as Record<ServiceName, Service>, stop };
}

// ---------------------------------------------------------------------------------------------
// Targets: what is measured, and through which URL.

type TargetId = 'ours' | 'oursUncached' | 'hive' | 'registry' | 'registry2';
const TARGETS: { id: TargetId; label: string; color: string; registryOnly: boolean }[] = [
  { id: 'ours', label: 'our gateway (defaults)', color: '#1f77b4', registryOnly: false },
  { id: 'oursUncached', label: 'ours, RESPONSE_CACHE=off', color: '#7fb3e0', registryOnly: false },
  { id: 'hive', label: 'Hive Gateway 2 (defaults)', color: '#ff7f0e', registryOnly: false },
  { id: 'registry', label: 'registry direct', color: '#2ca02c', registryOnly: true },
  { id: 'registry2', label: 'registry direct, 2 workers', color: '#98df8a', registryOnly: true },
];
/** Of the five queries, the two-worker registry runs only at c=32: it is the scaling figure. */
const measured = (target: TargetId, query: Query, connections: number) =>
  (!TARGETS.find((t) => t.id === target)!.registryOnly || query.registryOnly) &&
  (target !== 'registry2' || connections > 1);

const headersFor = (target: TargetId): Record<string, string> => ({
  'content-type': 'application/json',
  ...(target === 'registry' || target === 'registry2' ? { [SUBGRAPH_CREDENTIAL_HEADER]: SUBGRAPH_SECRET } : {}),
});

async function ask(url: string, target: TargetId, query: Query): Promise<{ text: string; body: unknown }> {
  const response = await fetch(url, { method: 'POST', headers: headersFor(target), body: requestBody(query) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${target} answered ${query.id} with ${response.status}: ${text.slice(0, 300)}`);
  return { text, body: JSON.parse(text) as unknown };
}

interface Equality {
  query: string;
  /** The answers compared with the uncached gateway's. */
  compared: TargetId[];
  /** Each target whose answer differs, and where; such a target is not timed on that query. */
  differences: Partial<Record<TargetId, string>>;
}

/**
 * Every target's answer to each query, compared with the uncached gateway's (data and errors,
 * extensions aside). Returns the exact response text of each target, which each timed request
 * must then match (autocannon's verifyBody).
 */
async function checkEqual(stack: Stack, list: Query[]) {
  const texts = new Map<string, string>();
  const equality: Equality[] = [];
  for (const query of list) {
    const reference = await ask(stack.services.oursUncached.url, 'oursUncached', query);
    const { data, errors } = reference.body as { data?: unknown; errors?: unknown };
    if (errors)
      throw new Error(`${query.id}: our gateway answered with errors: ${JSON.stringify(errors).slice(0, 300)}`);
    const row: Equality = { query: query.id, compared: [], differences: {} };
    for (const target of TARGETS.filter((t) => t.id !== 'oursUncached' && (!t.registryOnly || query.registryOnly))) {
      // Twice: a cached gateway's second answer is its cached one, and it is the one timed.
      await ask(stack.services[target.id].url, target.id, query);
      const answer = await ask(stack.services[target.id].url, target.id, query);
      const body = answer.body as { data?: unknown; errors?: unknown };
      const difference = firstDifference({ data, errors }, { data: body.data, errors: body.errors });
      row.compared.push(target.id);
      if (difference) row.differences[target.id] = difference;
      texts.set(`${target.id}:${query.id}`, answer.text);
    }
    texts.set(`oursUncached:${query.id}`, reference.text);
    equality.push(row);
  }
  return { texts, equality };
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Round {
  requests: number;
  seconds: number;
  p50: number;
  p99: number;
  /** Connection errors, timeouts, answers other than 2xx, and answers unlike the checked one. */
  failures: { errors: number; timeouts: number; non2xx: number; mismatches: number };
  /** CPU ms each process spent during the round (the bench's own process as `client`). */
  cpuMs: Record<ServiceName | 'client', number>;
}

interface Cell {
  query: string;
  connections: number;
  target: TargetId;
  rounds: Round[];
}

function cpuNow(stack: Stack): Record<ServiceName | 'client', number> {
  const { user, system } = process.cpuUsage();
  const each = Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, cpuMs(s.pid)]));
  return { ...(each as Record<ServiceName, number>), client: (user + system) / 1000 };
}

async function load(
  url: string,
  target: TargetId,
  query: Query,
  connections: number,
  seconds: number,
  expected?: string,
) {
  return autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: headersFor(target),
    body: requestBody(query),
    ...(expected ? { verifyBody: (body: string) => body === expected } : {}),
  });
}

async function measure(stack: Stack, cell: Cell, query: Query, expected: string): Promise<void> {
  const url = stack.services[cell.target].url;
  if (CELL_WARM_SECONDS > 0) await load(url, cell.target, query, cell.connections, CELL_WARM_SECONDS);
  await sleep(PAUSE_MS);
  const before = cpuNow(stack);
  const result = await load(url, cell.target, query, cell.connections, SECONDS, expected);
  const after = cpuNow(stack);
  cell.rounds.push({
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: {
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      mismatches: result.mismatches,
    },
    cpuMs: Object.fromEntries(
      Object.keys(after).map((k) => [k, after[k as ServiceName]! - before[k as ServiceName]!]),
    ) as Round['cpuMs'],
  });
}

// ---------------------------------------------------------------------------------------------
// One data size

/** `main.js seed <n>` in a process of its own (main.ts says why); its `{ dir, report, cached }`. */
function seedInChild(n: number): Promise<{ dir: string; report: SeedReport; cached: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, 'main.js'), 'seed', `${n}`], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as { dir: string; report: SeedReport; cached: boolean })
        : reject(new Error(`seeding ${n} registers failed (${code})`)),
    );
  });
}

interface SizeResult {
  registers: number;
  commit: string;
  dataSet: string;
  seed: { cached: boolean; seconds: number; batch?: number };
  at: string;
  loadAverage: { before: number[]; after: number[] };
  seconds: number;
  rounds: number;
  /** Where our gateway's response cache was: memory, or the Redis of --redis. */
  responseCache: 'memory' | 'Redis';
  equality: Equality[];
  cells: Cell[];
  peakMb: Record<ServiceName, number>;
}

async function runSize(n: number): Promise<SizeResult> {
  log(`side-by-side: ${n} registers`);
  const { dir, report, cached } = await seedInChild(n);
  log(`  data ${dir} (${cached ? 'cached' : `seeded in ${report.seedSeconds.toFixed(1)} s`})`);
  const runDir = mkdtempSync(join(tmpdir(), 'alliance-side-by-side-'));
  const logs = join(runDir, 'logs');
  mkdirSync(logs);
  for (const file of DB_FILES) cpSync(join(dir, file), join(runDir, file));
  const list = queries(sampleSlug(runDir, n));
  const stack = await startStack(runDir, logs);
  try {
    log(
      '  started: ' +
        Object.values(stack.services)
          .map((s) => `${s.name} ${s.pid}`)
          .join(', '),
    );
    const { texts, equality } = await checkEqual(stack, list);
    for (const row of equality) {
      for (const [target, difference] of Object.entries(row.differences)) {
        log(`  DIFFERENT: ${target} on ${row.query}: ${difference} (not timed)`);
      }
    }
    const timed = (target: TargetId, query: Query) =>
      texts.has(`${target}:${query.id}`) && !equality.find((e) => e.query === query.id)!.differences[target];
    for (const target of TARGETS) {
      for (const query of list) {
        if (!timed(target.id, query)) continue;
        const warm = warmUp(target.id);
        await load(stack.services[target.id].url, target.id, query, warm.connections, warm.seconds);
      }
    }
    const cells: Cell[] = [];
    for (const connections of CONNECTIONS) {
      for (const query of list) {
        for (const target of TARGETS) {
          if (measured(target.id, query, connections) && timed(target.id, query)) {
            cells.push({ query: query.id, connections, target: target.id, rounds: [] });
          }
        }
      }
    }
    const loadBefore = loadavg();
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved: every cell once per round, the servers' order turned by one each round.
      for (const connections of CONNECTIONS) {
        for (const query of list) {
          const group = cells.filter((c) => c.query === query.id && c.connections === connections);
          const turned = [...group.slice(round % group.length), ...group.slice(0, round % group.length)];
          for (const cell of turned) await measure(stack, cell, query, texts.get(`${cell.target}:${query.id}`)!);
        }
      }
      log(`  round ${round + 1}/${ROUNDS} (load average ${loadavg()[0]!.toFixed(2)})`);
    }
    const loadAfter = loadavg();
    const peak = Object.fromEntries(Object.entries(stack.services).map(([name, s]) => [name, peakMb(s.pid)]));
    return {
      registers: n,
      commit: commit(),
      dataSet: dir.split('/').pop()!,
      seed: { cached, seconds: report.seedSeconds, batch: report.batch },
      at: new Date().toISOString(),
      loadAverage: { before: loadBefore, after: loadAfter },
      seconds: SECONDS,
      rounds: ROUNDS,
      responseCache: REDIS ? 'Redis' : 'memory',
      equality,
      cells,
      peakMb: peak as Record<ServiceName, number>,
    };
  } finally {
    await stack.stop();
    rmSync(runDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Results: JSON (merged with the sizes measured before), Markdown, and the chart.

interface Results {
  machine: { cpus: string; cores: number; memoryGb: number; node: string; hiveGateway: string; autocannon: string };
  commit: string;
  sizes: SizeResult[];
}

const version = (name: string) => (require(`${name}/package.json`) as { version: string }).version;

function commit(): string {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return git('rev-parse', '--short', 'HEAD');
  } catch {
    return 'unknown';
  }
}

/** Summary of one cell over its rounds: rate over all requests, the median round's p50 and p99, CPU per request. */
export function summarize(cell: Cell) {
  const requests = cell.rounds.reduce((s, r) => s + r.requests, 0);
  const seconds = cell.rounds.reduce((s, r) => s + r.seconds, 0);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  const cpu = (name: ServiceName) => cell.rounds.reduce((s, r) => s + r.cpuMs[name], 0) / Math.max(1, requests);
  const failures = cell.rounds.reduce((s, r) => s + r.failures.errors + r.failures.non2xx + r.failures.mismatches, 0);
  return {
    rps: requests / Math.max(seconds, 1e-9),
    p50: median(cell.rounds.map((r) => r.p50)),
    p99: median(cell.rounds.map((r) => r.p99)),
    failures,
    timeouts: cell.rounds.reduce((s, r) => s + r.failures.timeouts, 0),
    cpu: {
      registry: cpu(cell.target === 'registry2' ? 'registry2' : 'registry'),
      contacts: cpu('contacts'),
      gateway: cell.target === 'registry' || cell.target === 'registry2' ? 0 : cpu(cell.target),
    },
  };
}

const label = (id: string) => queries('').find((q) => q.id === id)!.label;
const f1 = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));

export function markdown(results: Results): string {
  const out: string[] = [
    '# Side by side: our gateway, Hive Gateway, the registry directly',
    '',
    `Commit ${results.commit}; ${results.machine.cores} × ${results.machine.cpus}, ${results.machine.memoryGb} GB, Node.js ${results.machine.node}; @graphql-hive/gateway ${results.machine.hiveGateway}, autocannon ${results.machine.autocannon}. Written by \`npm run bench\` (bench/side-by-side.ts); docs/performance.md explains the columns.`,
  ];
  for (const size of results.sizes) {
    const cell = (q: string, c: number, t: TargetId) =>
      size.cells.find((x) => x.query === q && x.connections === c && x.target === t);
    const s = (q: string, c: number, t: TargetId) => {
      const x = cell(q, c, t);
      return x ? summarize(x) : undefined;
    };
    const rate = (q: string, c: number, t: TargetId) => {
      const x = s(q, c, t);
      return x
        ? `${f1(x.rps)} (${x.p50} / ${x.p99})${x.failures + x.timeouts ? ` **${x.failures + x.timeouts} failed**` : ''}`
        : '–';
    };
    // Issue 15's bar: at least Hive's requests/s, and a p99 no worse.
    const ratio = (q: string, c: number, a: TargetId, b: TargetId, verdict = false) => {
      const [x, y] = [s(q, c, a), s(q, c, b)];
      if (!x || !y) return '–';
      const met = x.rps >= y.rps && x.p99 <= y.p99;
      return `${(x.rps / y.rps).toFixed(2)}×${verdict ? `, p99 ${x.p99 <= y.p99 ? '≤' : '>'} (${met ? 'met' : 'not met'})` : ''}`;
    };
    out.push(
      '',
      `## ${size.registers.toLocaleString('en')} registers`,
      '',
      `Commit ${size.commit}. Data set \`${size.dataSet}\` (${size.seed.cached ? 'cached' : 'seeded'}; seeding took ${size.seed.seconds.toFixed(1)} s${size.seed.batch ? `, ${size.seed.batch} registers a transaction` : ''}). ${size.at}. ${size.rounds} interleaved rounds of ${size.seconds} s per cell; our gateway's response cache in ${size.responseCache === 'Redis' ? 'Redis' : 'memory'}. Load average (1, 5, 15 min) ${size.loadAverage.before.map((v) => v.toFixed(2)).join(', ')} before the rounds, ${size.loadAverage.after.map((v) => v.toFixed(2)).join(', ')} after.`,
      '',
      'Requests/s (p50 / p99 ms):',
      '',
      '| query | c | ours | ours, no response cache | Hive Gateway | registry direct | ours ÷ Hive | ours without cache ÷ Hive | cached ÷ uncached |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const c of CONNECTIONS) {
      for (const q of [...new Set(size.cells.map((x) => x.query))]) {
        out.push(
          `| ${label(q)} | ${c} | ${rate(q, c, 'ours')} | ${rate(q, c, 'oursUncached')} | ${rate(q, c, 'hive')} | ${rate(q, c, 'registry')} | ${ratio(q, c, 'ours', 'hive', true)} | ${ratio(q, c, 'oursUncached', 'hive', true)} | ${ratio(q, c, 'ours', 'oursUncached')} |`,
        );
      }
    }
    out.push(
      '',
      'CPU ms per request (registry + contacts + the gateway = total):',
      '',
      '| query | c | ours | ours, no response cache | Hive Gateway | registry direct |',
      '| --- | --- | --- | --- | --- | --- |',
    );
    const cpu = (q: string, c: number, t: TargetId) => {
      const x = s(q, c, t);
      if (!x) return '–';
      const { registry, contacts, gateway } = x.cpu;
      return `${registry.toFixed(2)} + ${contacts.toFixed(2)} + ${gateway.toFixed(2)} = ${(registry + contacts + gateway).toFixed(2)}`;
    };
    for (const c of CONNECTIONS) {
      for (const q of [...new Set(size.cells.map((x) => x.query))]) {
        out.push(
          `| ${label(q)} | ${c} | ${cpu(q, c, 'ours')} | ${cpu(q, c, 'oursUncached')} | ${cpu(q, c, 'hive')} | ${cpu(q, c, 'registry')} |`,
        );
      }
    }
    const scaling = [...new Set(size.cells.filter((x) => x.target === 'registry2').map((x) => x.query))];
    if (scaling.length) {
      out.push(
        '',
        'The registry asked directly at c=32, one worker against two (WORKERS=2):',
        '',
        '| query | 1 worker req/s | 2 workers req/s | 2 ÷ 1 | registry CPU ms / request, 1 → 2 workers |',
        '| --- | --- | --- | --- | --- |',
      );
      for (const q of scaling) {
        const [one, two] = [s(q, 32, 'registry'), s(q, 32, 'registry2')];
        if (one && two) {
          out.push(
            `| ${label(q)} | ${f1(one.rps)} | ${f1(two.rps)} | ${(two.rps / one.rps).toFixed(2)}× | ${one.cpu.registry.toFixed(2)} → ${two.cpu.registry.toFixed(2)} |`,
          );
        }
      }
    }
    const differences = size.equality.flatMap((e) =>
      Object.entries(e.differences).map(([t, d]) => `${t} on ${e.query}: ${d}`),
    );
    out.push(
      '',
      `Answers checked equal before timing: ${size.equality.map((e) => `${e.query} (${e.compared.length + 1} servers)`).join(', ')}${differences.length ? `; **different, not timed:** ${differences.join('; ')}` : '; all equal'}.`,
      '',
      `Peak memory (VmHWM, MB; a service's workers summed): ${Object.entries(size.peakMb)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ')}.`,
    );
  }
  return `${out.join('\n')}\n`;
}

export function chart(results: Results): Chart {
  const shown = TARGETS.filter((t) => t.id !== 'registry2');
  return {
    title: 'Requests/s: our gateway, Hive Gateway and the registry directly (one worker each)',
    unit: `requests/s, log scale; ${results.machine.cores} cores shared with the load generator (bench/results/side-by-side.md)`,
    series: shown.map((t) => ({ name: t.label, color: t.color })),
    panels: results.sizes.map((size) => ({
      title: `${size.registers.toLocaleString('en')} registers (load average ${size.loadAverage.before[0]!.toFixed(1)} → ${size.loadAverage.after[0]!.toFixed(1)})`,
      rows: CONNECTIONS.flatMap((c) =>
        [...new Set(size.cells.map((x) => x.query))].map((q) => ({
          label: `${label(q).replace(/`/g, '')}, c=${c}`,
          values: shown.map((t) => {
            const cell = size.cells.find((x) => x.query === q && x.connections === c && x.target === t.id);
            return cell ? summarize(cell).rps : undefined;
          }),
        })),
      ),
    })),
  };
}

async function main(): Promise<void> {
  const started = performance.now();
  // Written after each size, so a failure at a later size keeps the figures of the earlier ones.
  for (const n of SIZES) await save(await runSize(n));
  log(`side-by-side: ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function save(measured: SizeResult): Promise<void> {
  const file = join(RESULTS, `${NAME}.json`);
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Results).sizes : [];
  const results: Results = {
    machine: {
      cpus: cpus()[0]?.model ?? 'cpu',
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      hiveGateway: version('@graphql-hive/gateway'),
      autocannon: version('autocannon'),
    },
    commit: commit(),
    // A run replaces the sizes it measured and keeps the others (each says when it was measured).
    sizes: [...earlier.filter((e) => e.registers !== measured.registers), measured].sort(
      (a, b) => a.registers - b.registers,
    ),
  };
  mkdirSync(RESULTS, { recursive: true });
  // Written as Prettier would (the repository's lint checks every Markdown and JSON file).
  const write = async (path: string, text: string) =>
    writeFileSync(path, await prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path }));
  await write(file, JSON.stringify(results));
  const table = markdown(results);
  await write(join(RESULTS, `${NAME}.md`), table);
  writeFileSync(CHART, renderChart(chart(results)));
  console.log(table);
  log(`  wrote ${file}, ${NAME}.md and ${CHART}`);
}

await main();

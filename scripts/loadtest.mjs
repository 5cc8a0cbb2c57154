#!/usr/bin/env node
// `npm run loadtest` (issue 14, Load): starts the registry the way `npm start` does (scripts/start.mjs:
// three processes, built code, a fresh data directory of its own, free loopback ports), loads the
// fixture registers, then drives it with autocannon: LOADTEST_CONNECTIONS (100) connections for
// LOADTEST_SECONDS (60) s of a mixed read workload (the example queries of docs/queries.md and
// reads of the web app's persisted operations, some as a member), with one write a second as an
// editor (updateWorkRegister on one register, each with the revision the last one returned).
//
// Checks, afterwards: no response but 2xx (429 too when LOADTEST_RATE_LIMIT turns the gateway's
// rate limit on; by default it is off for this run, RATE_LIMIT_REQUESTS=0, since one machine
// sends every request); no lost write (the register's revision went up by exactly the writes
// that succeeded, and its history has each); the RSS of each process after the run within 20%
// of its RSS after the warm-up (LOADTEST_WARMUP_SECONDS, 10). Prints a table and exits 1 when a
// check fails. LOADTEST_KEEP=1 keeps the data directory.
/* global AbortSignal */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { clearInterval, setInterval, setTimeout } from 'node:timers';
import autocannon from 'autocannon';
import { mintToken } from '@alliance/core/tokens';
import { createClient } from '@alliance/client';
import { importDocument } from '@alliance/cli';
import { parse } from '@alliance/document';

const root = fileURLToPath(new URL('../', import.meta.url));
const SECONDS = Number(process.env.LOADTEST_SECONDS ?? 60);
const WARMUP_SECONDS = Number(process.env.LOADTEST_WARMUP_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const RATE_LIMIT = process.env.LOADTEST_RATE_LIMIT;
const MEMORY_TOLERANCE = 0.2;

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const dataDir = mkdtempSync(join(tmpdir(), 'alliance-loadtest-'));
const secret = randomBytes(32).toString('base64url');
const ports = { gateway: await freePort(), registry: await freePort(), contacts: await freePort() };
const endpoint = `http://127.0.0.1:${ports.gateway}/graphql`;

// ---------------------------------------------------------------------------------------------
// The stack, as `npm start` runs it.

const pids = {};
const starter = spawn(process.execPath, ['scripts/start.mjs'], {
  cwd: root,
  env: {
    ...process.env,
    NODE_ENV: process.env.NODE_ENV ?? 'production',
    DATA_DIR: dataDir,
    AUTH_SECRET: secret,
    GATEWAY_PORT: String(ports.gateway),
    REGISTRY_PORT: String(ports.registry),
    CONTACTS_PORT: String(ports.contacts),
    RATE_LIMIT_REQUESTS: RATE_LIMIT ?? '0',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
let buffered = '';
const up = new Promise((resolve, reject) => {
  starter.stdout.on('data', (chunk) => {
    buffered += chunk;
    for (const match of buffered.matchAll(/^(registry|contacts|gateway) started \(pid (\d+)\)/gm)) {
      pids[match[1]] = Number(match[2]);
    }
    if (/is up:/.test(buffered)) resolve();
    if (/exited \(|start failed/.test(buffered)) process.stdout.write(chunk);
  });
  starter.once('exit', (code) => reject(new Error(`npm start's script exited (${code}) before the registry was up`)));
});

let exitCode = 0;
try {
  await Promise.race([up, new Promise((_, reject) => setTimeout(() => reject(new Error('not up in 120 s')), 120_000))]);
  await main();
} catch (error) {
  console.error(`${buffered.slice(-4_000)}\nloadtest: ${error.stack ?? error}`);
  exitCode = 1;
} finally {
  if (starter.exitCode === null && starter.signalCode === null) {
    starter.kill('SIGINT');
    await new Promise((resolve) => {
      starter.once('exit', resolve);
      setTimeout(resolve, 15_000);
    });
  }
  if (!process.env.LOADTEST_KEEP) rmSync(dataDir, { recursive: true, force: true });
}
process.exit(exitCode);

// ---------------------------------------------------------------------------------------------

function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
  } catch {
    return NaN;
  }
}

/** Each process and every process under it (the gateway may run workers): pid → parent pid. */
function descendants(pid) {
  const parents = new Map();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // The command name, in parentheses, may hold spaces: the fields after it are fixed.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) for (const [child, parent] of parents) if (parent === all[i]) all.push(child);
  return all;
}

/** RSS of each service, its workers included, in bytes. */
function rss() {
  return Object.fromEntries(
    Object.entries(pids).map(([name, pid]) => [name, descendants(pid).reduce((sum, p) => sum + (rssOf(p) || 0), 0)]),
  );
}

/** The reads: each `graphql` example of docs/queries.md, and some of the web app's pages. */
function readRequests(tokens) {
  const doc = readFileSync(join(root, 'docs/queries.md'), 'utf8');
  const examples = [...doc.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  if (examples.length === 0) throw new Error('no ```graphql example in docs/queries.md');
  const persisted = Object.values(JSON.parse(readFileSync(join(root, 'gateway/persisted-operations.json'), 'utf8')));
  const named = (name) => {
    const text = persisted.find((t) => new RegExp(`query ${name}\\b`).test(t));
    if (!text) throw new Error(`no operation ${name} in gateway/persisted-operations.json`);
    return text;
  };
  const reads = [
    ...examples.map((query) => ({ query })),
    { query: named('Home'), variables: {} },
    { query: named('Directory'), variables: {} },
    { query: named('Organization'), variables: { acronym: 'MEF' } },
    { query: named('Register'), variables: { slug: tokens.slug } },
    { query: named('RegistersPage'), variables: { first: 20 } },
    { query: named('Calendar'), variables: { within: 365 } },
  ];
  // Half anonymous, half as a member (who sees personal addresses).
  return reads.flatMap((body) => [
    { method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
    {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.member}` },
      body: JSON.stringify(body),
    },
  ]);
}

async function gql(query, variables, token) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  return { status: response.status, body: await response.json() };
}

function percent(a, b) {
  return `${(((b - a) / a) * 100).toFixed(1)}%`;
}
function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(0)} MB`;
}

async function main() {
  const admin = await mintToken({ secret, subject: 'loadtest-admin', roles: ['admin'] });
  const member = await mintToken({ secret, subject: 'loadtest-member', roles: ['member:MEF'], ttl: '4h' });
  const editor = await mintToken({ secret, subject: 'loadtest-editor', roles: ['editor:MEF'], ttl: '4h' });

  // The fixture registers beside the seed, as docs/queries.md answers on.
  const client = createClient({ endpoint, token: admin });
  const fixtures = join(root, 'test/fixtures/registers');
  for (const name of readdirSync(fixtures)
    .filter((n) => n.endsWith('.txt'))
    .sort()) {
    const text = readFileSync(join(fixtures, name), 'utf8');
    await importDocument(client, parse(text), text);
  }

  // The register the writes go to: one MEF is a party to, so an MEF editor may change it.
  const found = await gql(
    '{ organization(acronym: "MEF") { workRegisters(first: 1) { edges { node { id slug revision history(first: 1) { totalCount } } } } } }',
    {},
    editor,
  );
  const target = found.body.data?.organization?.workRegisters?.edges?.[0]?.node;
  if (!target) throw new Error(`no MEF register to write to: ${JSON.stringify(found.body)}`);
  const requests = readRequests({ member, slug: target.slug });

  const writes = { attempted: 0, succeeded: 0, failed: [] };
  let revision = target.revision;
  const write = async () => {
    const n = ++writes.attempted;
    try {
      const { status, body } = await gql(
        `mutation($id: ID!, $expectedRevision: Int!, $input: WorkRegisterPatch!) {
           updateWorkRegister(id: $id, expectedRevision: $expectedRevision, input: $input) { revision } }`,
        {
          id: target.id,
          expectedRevision: revision,
          input: { background: `Load test write ${n} at ${new Date().toISOString()}.` },
        },
        editor,
      );
      const next = body.data?.updateWorkRegister?.revision;
      if (status === 200 && typeof next === 'number') {
        revision = next;
        writes.succeeded++;
      } else writes.failed.push(`${status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
    } catch (error) {
      writes.failed.push(error.message);
    }
  };

  const run = (seconds, withWrites) =>
    new Promise((resolve, reject) => {
      let writing = Promise.resolve();
      const timer = withWrites
        ? setInterval(() => {
            writing = writing.then(write);
          }, 1_000)
        : undefined;
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${ports.gateway}`,
          connections: CONNECTIONS,
          duration: seconds,
          requests,
          timeout: 30,
        },
        async (error, result) => {
          clearInterval(timer);
          await writing;
          if (error) reject(error);
          else resolve(result);
        },
      );
      instance.on('error', reject);
    });

  console.log(`warm-up: ${WARMUP_SECONDS} s, ${CONNECTIONS} connections`);
  await run(WARMUP_SECONDS, false);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const warm = rss();
  console.log(`load: ${SECONDS} s, ${CONNECTIONS} connections, one write a second`);
  const result = await run(SECONDS, true);
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const after = rss();

  // Count the writes the API reports.
  const check = await gql(
    `query($slug: String!) { workRegister(slug: $slug) { revision history(first: 1) { totalCount } } }`,
    { slug: target.slug },
    editor,
  );
  const reported = check.body.data?.workRegister;

  const statuses = result.statusCodeStats ?? {};
  const allowed = (code) => (code >= 200 && code < 300) || (RATE_LIMIT !== undefined && Number(code) === 429);
  const bad = Object.entries(statuses).filter(([code]) => !allowed(Number(code)));
  const checks = [
    [
      'responses',
      bad.length === 0 && result.errors === 0 && result.timeouts === 0,
      `${result.requests.total} requests: ${Object.entries(statuses)
        .map(([c, s]) => `${s.count} × ${c}`)
        .join(', ')}; ` + `${result.errors} connection errors, ${result.timeouts} timeouts`,
    ],
    [
      'writes',
      writes.succeeded > 0 &&
        reported?.revision - target.revision === writes.succeeded &&
        reported?.history.totalCount - target.history.totalCount === writes.succeeded,
      `${writes.attempted} attempted, ${writes.succeeded} succeeded; revision ${target.revision} → ${reported?.revision}, ` +
        `history ${target.history.totalCount} → ${reported?.history.totalCount} revisions` +
        (writes.failed.length ? `; failed: ${writes.failed.slice(0, 3).join(' | ')}` : ''),
    ],
    ...Object.keys(warm).map((name) => [
      `memory ${name}`,
      after[name] <= warm[name] * (1 + MEMORY_TOLERANCE),
      `RSS ${mb(warm[name])} after warm-up → ${mb(after[name])} after the run (${percent(warm[name], after[name])}, at most +20%)`,
    ]),
  ];

  const rows = [
    ['requests/s (mean)', result.requests.average.toFixed(0)],
    [
      'latency p50 / p90 / p99 / max',
      `${result.latency.p50} / ${result.latency.p90} / ${result.latency.p99} / ${result.latency.max} ms`,
    ],
    ['requests', String(result.requests.total)],
    ['non-2xx', String(result.non2xx)],
    ['throughput', `${(result.throughput.average / 1024).toFixed(0)} KB/s`],
    ...checks.map(([name, ok, detail]) => [`${ok ? 'ok  ' : 'FAIL'} ${name}`, detail]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(
    `\nload test: ${CONNECTIONS} connections, ${SECONDS} s, ${requests.length} distinct reads, one write a second`,
  );
  for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
  if (checks.some(([, ok]) => !ok)) {
    exitCode = 1;
    console.log('\nloadtest: a check failed');
  }
}

/**
 * What the gateway's in-flight de-duplication and response cache buy on identical queries
 * (issue 15): one registry and one contacts subgraph on fresh SQLite with the seed and the
 * example landscape, and gateways over them that differ only in those two settings; each query
 * through each, autocannon at concurrency 1 and 32, requests/s and p50/p99, registry statements
 * per request. With CACHE_BENCH_REDIS=redis://… the cached gateway keeps its entries in Redis.
 *
 *   npx tsc -p bench && NODE_ENV=production node bench/dist/cache.js
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { seedIfEmpty, loadLandscape } from '@alliance/cli';
import { createClient } from '@alliance/client';
import { createLogger, mintToken, type RunningServer, type SubgraphConfig } from '@alliance/core';
import { startContacts } from '@alliance/contacts';
import { startGateway, type GatewayConfig } from '@alliance/gateway';
import { startRegistry } from '@alliance/registry';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

/** What this script reads of autocannon's result (the package ships no types). */
interface LoadResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
  errors: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (options: object) => Promise<LoadResult>;
const SECONDS = Number(process.env.CACHE_BENCH_SECONDS ?? 5);
const REDIS = process.env.CACHE_BENCH_REDIS;
const logger = createLogger('bench', 'silent');

const QUERIES: Record<string, string> = {
  'register by slug, both subgraphs': `{ workRegister(slug: "mef-dmtf") { title status initiatedOn review { trigger dueBy } parties { organization { acronym name } } pointsOfContact { role contact { name kind } } } }`,
  '50 registers with contacts': `{ workRegisters(first: 50) { edges { node { title parties { organization { acronym } } pointsOfContact { role contact { name } } } } } }`,
  "an organization's registers and partners": `{ organization(acronym: "DMTF") { partners { organization { acronym } workRegisters(first: 5) { totalCount edges { node { title } } } } } }`,
  'search "cloud", 20 titles': `{ workRegisters(filter: { search: "cloud" }, first: 20) { totalCount edges { node { title } } } }`,
  registryStats: `{ registryStats { workRegisters byStatus { status count } byOrganization { organization { acronym } count } reviewsDueByMonth { month count } findingsByCode { code count } } }`,
};

const VARIANTS: Record<string, GatewayConfig['cache']> = {
  'no de-duplication, no cache': { deduplicate: false, responses: false },
  'de-duplication only': { deduplicate: true, responses: false },
  [`response cache (${REDIS ? 'Redis' : 'memory'})`]: { deduplicate: true, responses: true, redisUrl: REDIS },
};

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-cache-bench-'));
  const auth = { kind: 'secret' as const, secret: randomBytes(32).toString('base64url'), rolesClaim: 'roles' };
  const secrets = { registry: randomBytes(32).toString('base64url'), contacts: randomBytes(32).toString('base64url') };
  const subgraph = (name: keyof typeof secrets): SubgraphConfig => ({
    host: '127.0.0.1',
    port: 0,
    logLevel: 'silent',
    storage: { dataDir, databaseUrl: undefined },
    auth,
    gatewaySecret: secrets[name],
  });
  const registry = await startRegistry(subgraph('registry'), logger, { dueSoonDays: 90, today: undefined });
  let gatewayUrl = '';
  const contacts = await startContacts(subgraph('contacts'), logger, () => gatewayUrl);
  const gateways: Record<string, RunningServer> = {};
  for (const [name, cache] of Object.entries(VARIANTS)) {
    gateways[name] = await startGateway(
      {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        subgraphUrls: { registry: registry.url, contacts: contacts.url },
        subgraphSecrets: secrets,
        auth,
        cache,
      },
      logger,
    );
  }
  gatewayUrl = Object.values(gateways)[0]!.url;
  const admin = await mintToken({ secret: auth.secret, subject: 'bench', name: 'Bench', roles: ['admin'] });
  const client = createClient({ endpoint: gatewayUrl, token: admin });
  await seedIfEmpty(client);
  await loadLandscape(client);

  const rows: string[] = [];
  for (const [question, query] of Object.entries(QUERIES)) {
    for (const connections of [1, 32]) {
      for (const [variant, gateway] of Object.entries(gateways)) {
        // Let the previous run's requests still in flight finish, so they count against no one.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        await run(gateway.url, query, 1, 1); // warm: plan cached, cache filled
        const before = registry.db.statementCount();
        const result = await run(gateway.url, query, connections, SECONDS);
        const statements = (registry.db.statementCount() - before) / Math.max(1, result.requests.total);
        const row = `| ${question} | ${connections} | ${variant} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${statements.toFixed(2)} | ${result.non2xx + result.errors} |`;
        rows.push(row);
        console.log(row);
      }
    }
  }
  console.log(
    '\n| query | c | gateway | requests/s | p50 ms | p99 ms | registry statements / request | failures |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n' +
      rows.join('\n'),
  );
  for (const gateway of Object.values(gateways)) await gateway.stop();
  await Promise.allSettled([registry.stop(), contacts.stop()]);
  rmSync(dataDir, { recursive: true, force: true });
}

function run(url: string, query: string, connections: number, seconds: number): Promise<LoadResult> {
  return autocannon({
    url,
    method: 'POST',
    connections,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
}

await main();

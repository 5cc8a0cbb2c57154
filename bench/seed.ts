import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createLogger, Viewer, type SubgraphConfig } from '@alliance/core';
import { startContacts } from '@alliance/contacts';
import { startRegistry } from '@alliance/registry';
// The repository functions are no part of the services' public entry points: they are reached
// through the packages' compiled files (the packages have no "exports" map, so Node resolves
// these paths). Seeding in-process skips HTTP and GraphQL for each of the 20,000 imports.
import { importWorkRegister } from '@alliance/registry/dist/commands/import.js';
import { setStatus } from '@alliance/registry/dist/commands/registers.js';
import { validateImport } from '@alliance/registry/dist/validation.js';
import { importPointsOfContact } from '@alliance/contacts/dist/repositories/contacts.js';
import { validatePointsOfContact } from '@alliance/contacts/dist/validation.js';
import { BENCH_TODAY, DEFAULT_SEED, GENERATOR_VERSION, type DataSet } from './generate.js';

/**
 * The bench's data set on disk, shared by `run.ts` (the questions through the gateway) and
 * `cpu.ts` (registry CPU per request): seeding, the cache of seeded files, and the settings the
 * services run with.
 */

/** Links in webhook payloads; the bench has no subscriptions, so no event is delivered. */
const BENCH_LINKS = { publicUrl: 'http://127.0.0.1:4000' };

export const N = Number(process.env.BENCH_REGISTERS ?? 20_000);
export const SCHEDULE = { dueSoonDays: 90, today: BENCH_TODAY };

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
export const logger = createLogger('bench', process.env.LOG_LEVEL ?? 'silent');
export const log = (message: string) => process.stderr.write(`${message}\n`);

/** The bench's own signing secret (BENCH_SECRET when a child process must share it); its admin token seeds the data set. */
export const BENCH_AUTH = {
  kind: 'secret' as const,
  secret: process.env.BENCH_SECRET ?? randomBytes(32).toString('hex'),
  rolesClaim: 'roles',
};

/**
 * The credential the gateway sends the subgraphs (x-subgraph-credential), one for both here;
 * BENCH_SUBGRAPH_SECRET hands it to a child process.
 */
export const SUBGRAPH_SECRET = process.env.BENCH_SUBGRAPH_SECRET ?? randomBytes(32).toString('base64url');
export const SUBGRAPH_SECRETS = { registry: SUBGRAPH_SECRET, contacts: SUBGRAPH_SECRET };

/** The seeding writes through the repositories directly, as an admin. */
const BENCH_ADMIN = new Viewer({ subject: 'bench', name: 'Bench seeder', roles: [{ kind: 'admin' }] });

export const subgraphConfig = (dataDir: string): SubgraphConfig => ({
  host: '127.0.0.1',
  port: 0,
  logLevel: 'silent',
  storage: { dataDir, databaseUrl: undefined },
  auth: BENCH_AUTH,
  gatewaySecret: SUBGRAPH_SECRET,
});

// ---------------------------------------------------------------------------------------------
// The seeded databases are cached, keyed by the data set (size, seed, generator version) and by
// the compiled code that decides what lands in the database (migrations, import, search words).

function cacheKey(): string {
  const hash = createHash('sha256').update(`${GENERATOR_VERSION}:${N}:${DEFAULT_SEED}`);
  hash.update(readFileSync(join(here, 'generate.js')));
  for (const service of ['registry', 'contacts']) {
    const dist = dirname(fileURLToPath(import.meta.resolve(`@alliance/${service}`)));
    const files = [
      ...readdirSync(join(dist, 'migrations'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dist, 'migrations', f)),
      ...readdirSync(join(dist, 'repositories'))
        .filter((f) => f.endsWith('.js'))
        .map((f) => join(dist, 'repositories', f)),
      join(dist, 'validation.js'),
    ].sort();
    for (const file of files) hash.update(file.slice(dist.length)).update(readFileSync(file));
  }
  return `v${GENERATOR_VERSION}-n${N}-${hash.digest('hex').slice(0, 12)}`;
}

export const cacheRoot = process.env.BENCH_CACHE_DIR ?? join(root, 'node_modules', '.cache', 'alliance-bench');
export const DB_FILES = ['registry.sqlite', 'contacts.sqlite'];

export interface SeedReport {
  registers: number;
  generateSeconds: number;
  seedSeconds: number;
  registryStatements: number;
  contactsStatements: number;
  seededAt: string;
}

async function seed(data: DataSet, dataDir: string, generateSeconds: number): Promise<SeedReport> {
  const registry = await startRegistry(subgraphConfig(dataDir), logger, SCHEDULE);
  // The seed writes through repositories, so contacts never asks a gateway here.
  const contacts = await startContacts(subgraphConfig(dataDir), logger, 'http://127.0.0.1:9/graphql');
  const started = performance.now();
  try {
    const rows: { id: string; acronym: string }[] = await registry.db.dataSource.query(
      'SELECT id, acronym FROM organization',
    );
    const organizationIds = new Map(rows.map((r) => [r.acronym, r.id]));
    let last = started;
    for (const [i, document] of data.registers.entries()) {
      const { contacts: listed, ...rest } = document;
      const { outcome, register } = await importWorkRegister(registry.db, BENCH_ADMIN, validateImport(rest), {
        links: BENCH_LINKS,
      });
      if (outcome !== 'CREATED') throw new Error(`register ${i + 1} "${document.title}" was ${outcome}, not CREATED`);
      let revision = register.revision;
      for (const change of data.statusChanges[i]!) {
        ({ revision } = await setStatus(registry.db, BENCH_ADMIN, BENCH_LINKS, {
          id: register.id,
          expectedRevision: revision,
          ...change,
        }));
      }
      const entries = validatePointsOfContact(
        register.id,
        listed.map((c) => ({
          organizationId: organizationIds.get(c.organization),
          name: c.name,
          title: c.title,
          email: c.email,
          kind: c.kind,
        })),
      );
      await contacts.db.transaction((manager) => importPointsOfContact(manager, register.id, entries));
      if ((i + 1) % 2000 === 0) {
        const now = performance.now();
        log(
          `  seeded ${i + 1}/${data.registers.length} (${((now - started) / 1000).toFixed(1)} s, last 2000 at ${(2000 / ((now - last) / 1000)).toFixed(0)}/s)`,
        );
        last = now;
      }
    }
    return {
      registers: data.registers.length,
      generateSeconds,
      seedSeconds: (performance.now() - started) / 1000,
      registryStatements: registry.db.statementCount(),
      contactsStatements: contacts.db.statementCount(),
      seededAt: new Date().toISOString(),
    };
  } finally {
    await contacts.stop();
    await registry.stop();
  }
}

/** The cached databases, seeding them first when missing. */
export async function seededCache(
  data: () => { data: DataSet; seconds: number },
): Promise<{ dir: string; report: SeedReport; cached: boolean }> {
  // BENCH_DATA_DIR: seeded files to use as they are (e.g. seeded before a migration the services
  // will run on their copy), instead of the cache of this code's own seeding.
  if (process.env.BENCH_DATA_DIR) {
    const dir = process.env.BENCH_DATA_DIR;
    return { dir, report: JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8')) as SeedReport, cached: true };
  }
  const dir = join(cacheRoot, cacheKey());
  const reportFile = join(dir, 'seed.json');
  if (process.env.BENCH_RESEED !== '1' && existsSync(reportFile)) {
    return { dir, report: JSON.parse(readFileSync(reportFile, 'utf8')) as SeedReport, cached: true };
  }
  const generated = data();
  const work = `${dir}.seeding-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  log(`seeding ${N} registers into ${work} …`);
  const report = await seed(generated.data, work, generated.seconds);
  writeFileSync(join(work, 'seed.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return { dir, report, cached: false };
}

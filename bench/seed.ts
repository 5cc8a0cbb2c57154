import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { EntityManager } from 'typeorm';
import { createLogger, Viewer, type Database, type SubgraphConfig } from '@alliance/core';
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

function cacheKey(n: number): string {
  const hash = createHash('sha256').update(`${GENERATOR_VERSION}:${n}:${DEFAULT_SEED}`);
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
  return `v${GENERATOR_VERSION}-n${n}-${hash.digest('hex').slice(0, 12)}`;
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
  /** Registers per transaction (BENCH_SEED_BATCH); absent in reports of the one-transaction-per-write seeding. */
  batch?: number;
  /** Of seedSeconds, the time in the registry's transactions and in contacts' (absent in older reports). */
  registrySeconds?: number;
  contactsSeconds?: number;
}

/**
 * Registers written per transaction. One transaction per register spent most of the seeding in
 * commits and TypeORM's transaction set-up; many per transaction write the same rows through
 * the same repository functions (only a failure would now roll back a batch instead of one).
 */
const SEED_BATCH = Number(process.env.BENCH_SEED_BATCH ?? 500);
/** MB of SQLite page cache per database while seeding (BENCH_SEED_CACHE_MB). */
const SEED_CACHE_MB = Number(process.env.BENCH_SEED_CACHE_MB ?? 512);

/**
 * `db` as the repository functions see it inside one open transaction: their own
 * `db.transaction(work)` runs `work` on that transaction's manager instead of opening another
 * (which, on SQLite's single queued connection, would wait for the open one forever).
 */
export function withinTransaction(db: Database, manager: EntityManager): Database {
  return { ...db, transaction: (work) => work(manager) };
}

async function seed(data: DataSet, dataDir: string, generateSeconds: number): Promise<SeedReport> {
  const registry = await startRegistry(subgraphConfig(dataDir), logger, SCHEDULE);
  // The seed writes through repositories, so contacts never asks a gateway here.
  const contacts = await startContacts(subgraphConfig(dataDir), logger, 'http://127.0.0.1:9/graphql');
  // A page cache for the seeding's connection (SQLite's default is 2 MB): the indexes of 100,000
  // registers are written in random order, and read back page by page from the OS otherwise.
  // A connection setting: nothing of it lands in the files.
  for (const db of [registry.db, contacts.db])
    await db.dataSource.query(`PRAGMA cache_size = -${SEED_CACHE_MB * 1024}`);
  const started = performance.now();
  try {
    const rows: { id: string; acronym: string }[] = await registry.db.dataSource.query(
      'SELECT id, acronym FROM organization',
    );
    const organizationIds = new Map(rows.map((r) => [r.acronym, r.id]));
    let [last, lastCount] = [started, 0];
    let [registrySeconds, contactsSeconds] = [0, 0];
    const every = Math.max(2000, Math.ceil(data.registers.length / 10 / SEED_BATCH) * SEED_BATCH);
    for (let from = 0; from < data.registers.length; from += SEED_BATCH) {
      const to = Math.min(from + SEED_BATCH, data.registers.length);
      const registryStarted = performance.now();
      const written = await registry.db.transaction(async (manager) => {
        const db = withinTransaction(registry.db, manager);
        const ids: string[] = [];
        for (let i = from; i < to; i++) ids.push(await seedRegister(db, data, i));
        return ids;
      });
      const contactsStarted = performance.now();
      registrySeconds += (contactsStarted - registryStarted) / 1000;
      await contacts.db.transaction(async (manager) => {
        for (let i = from; i < to; i++) {
          const entries = validatePointsOfContact(
            written[i - from]!,
            data.registers[i]!.contacts.map((c) => ({
              organizationId: organizationIds.get(c.organization),
              name: c.name,
              title: c.title,
              email: c.email,
              kind: c.kind,
            })),
          );
          await importPointsOfContact(manager, written[i - from]!, entries);
        }
      });
      contactsSeconds += (performance.now() - contactsStarted) / 1000;
      if (to % every === 0 || to === data.registers.length) {
        const now = performance.now();
        log(
          `  seeded ${to}/${data.registers.length} (${((now - started) / 1000).toFixed(1)} s, the last ${to - lastCount} at ${((to - lastCount) / ((now - last) / 1000)).toFixed(0)}/s; registry ${registrySeconds.toFixed(0)} s, contacts ${contactsSeconds.toFixed(0)} s so far)`,
        );
        [last, lastCount] = [now, to];
      }
    }
    return {
      batch: SEED_BATCH,
      registrySeconds,
      contactsSeconds,
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

/** Imports register `i` of the data set and makes its planned status changes; its id. */
async function seedRegister(db: Database, data: DataSet, i: number): Promise<string> {
  const { contacts: _listed, ...rest } = data.registers[i]!;
  const { outcome, register } = await importWorkRegister(db, BENCH_ADMIN, validateImport(rest), { links: BENCH_LINKS });
  if (outcome !== 'CREATED') throw new Error(`register ${i + 1} "${rest.title}" was ${outcome}, not CREATED`);
  let revision = register.revision;
  for (const change of data.statusChanges[i]!) {
    ({ revision } = await setStatus(db, BENCH_ADMIN, BENCH_LINKS, {
      id: register.id,
      expectedRevision: revision,
      ...change,
    }));
  }
  return register.id;
}

/** The cached databases of `n` registers (BENCH_REGISTERS by default), seeding them first when missing. */
export async function seededCache(
  data: () => { data: DataSet; seconds: number },
  n = N,
): Promise<{ dir: string; report: SeedReport; cached: boolean }> {
  // BENCH_DATA_DIR: seeded files to use as they are (e.g. seeded before a migration the services
  // will run on their copy), instead of the cache of this code's own seeding.
  if (process.env.BENCH_DATA_DIR) {
    const dir = process.env.BENCH_DATA_DIR;
    return { dir, report: JSON.parse(readFileSync(join(dir, 'seed.json'), 'utf8')) as SeedReport, cached: true };
  }
  const dir = join(cacheRoot, cacheKey(n));
  const reportFile = join(dir, 'seed.json');
  if (process.env.BENCH_RESEED !== '1' && existsSync(reportFile)) {
    return { dir, report: JSON.parse(readFileSync(reportFile, 'utf8')) as SeedReport, cached: true };
  }
  const generated = data();
  const work = `${dir}.seeding-${process.pid}`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  log(`seeding ${n} registers into ${work} …`);
  const report = await seed(generated.data, work, generated.seconds);
  writeFileSync(join(work, 'seed.json'), `${JSON.stringify(report, null, 2)}\n`);
  rmSync(dir, { recursive: true, force: true });
  renameSync(work, dir);
  return { dir, report, cached: false };
}

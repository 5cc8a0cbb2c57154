import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource, type EntityManager, type EntitySchema, type Logger as OrmLogger, type MixedList } from 'typeorm';
import type { StorageConfig } from './config.js';
import type { Logger } from './logger.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DatabaseOptions {
  /** Names the SQLite file (`<dataDir>/<service>.sqlite`) or the PostgreSQL schema. */
  service: string;
  storage: StorageConfig;
  // TypeORM's own option type: EntitySchema is generic over each entity.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  entities: EntitySchema<any>[];
  migrations: MixedList<new () => unknown>;
  logger: Logger;
}

export interface Database {
  kind: DatabaseKind;
  dataSource: DataSource;
  /**
   * SQL statements issued so far by requests (monotonic); tests read it to prove batching.
   * Background work (`inBackground`: the webhook dispatcher's polls) is not counted.
   */
  statementCount(): number;
  /**
   * Runs `work` in one transaction. On SQLite all writes share one connection, so writes are
   * queued (FIFO) instead of failing when they overlap (FIELD-NOTES, TypeORM).
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

const background = new AsyncLocalStorage<true>();

/** Runs work that serves no request (a dispatcher's poll): its statements are not counted. */
export const inBackground = <T>(work: () => Promise<T>): Promise<T> => background.run(true, work);

/** Counts statements and routes TypeORM's messages to the service log. */
class StatementLogger implements OrmLogger {
  count = 0;
  constructor(private readonly out: Logger) {}
  logQuery(query: string): void {
    if (!background.getStore()) this.count += 1;
    this.out.trace({ sql: query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.out.error({ err: error, sql: query }, 'sql failed');
  }
  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, sql: query }, 'slow sql');
  }
  logSchemaBuild(message: string): void {
    this.out.debug(message);
  }
  logMigration(message: string): void {
    this.out.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn(String(message));
    else this.out.debug(String(message));
  }
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const { service, storage, entities, migrations, logger } = options;
  const statements = new StatementLogger(logger.child({ component: 'db' }));
  const kind: DatabaseKind = storage.databaseUrl ? 'postgres' : 'sqlite';
  const common = { entities, migrations, logger: statements, maxQueryExecutionTime: 500, migrationsRun: false };

  let dataSource: DataSource;
  if (storage.databaseUrl) {
    dataSource = new DataSource({
      ...common,
      type: 'postgres',
      url: storage.databaseUrl,
      schema: service,
      // Unqualified names in hand-written SQL resolve to this service's schema too.
      extra: { options: `-c search_path=${service}`, max: 10 },
    });
  } else {
    mkdirSync(storage.dataDir, { recursive: true });
    dataSource = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: join(storage.dataDir, `${service}.sqlite`),
      enableWAL: true,
      timeout: 5000,
    });
  }

  await dataSource.initialize();
  if (kind === 'postgres') await dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${service}"`);
  // Tables come from migrations only, here as in production (never TypeORM's synchronize).
  await dataSource.runMigrations({ transaction: 'each' });

  const optimizer = kind === 'sqlite' ? await keepStatistics(dataSource, logger) : undefined;

  let writes: Promise<unknown> = Promise.resolve();
  const transaction = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> => {
    if (kind === 'postgres') return dataSource.transaction(work);
    const next = writes.then(() => retryWhenBusy(() => dataSource.transaction(work)));
    writes = next.catch(() => undefined);
    return next;
  };

  return {
    kind,
    dataSource,
    statementCount: () => statements.count,
    transaction,
    ping: async () => {
      await dataSource.query('SELECT 1');
    },
    close: async () => {
      clearInterval(optimizer);
      await dataSource.destroy();
    },
  };
}

/**
 * Several processes of one service (WORKERS) share a SQLite file. A writer waits for another
 * process's write lock (the busy timeout), but a transaction that read before another process
 * committed cannot take the lock at all (SQLITE_BUSY_SNAPSHOT, no waiting): it was rolled back
 * whole, so it is run again, a few times, after a short random pause.
 */
async function retryWhenBusy<T>(run: () => Promise<T>, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isBusy(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
    }
  }
}

const isBusy = (error: unknown): boolean => {
  const code =
    (error as { driverError?: { code?: unknown }; code?: unknown }).driverError?.code ??
    (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
};

/** How often a long-running SQLite service refreshes its planner statistics. */
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * SQLite plans joins from table statistics that only ANALYZE gathers. Without them it guesses,
 * and guesses badly on this schema: the alliance graph's first page sorted all 33,000 edges
 * (74 ms) instead of walking registers in title order (0.5 ms). `PRAGMA optimize` analyzes the
 * tables whose statistics are missing or stale, reading at most `analysis_limit` rows of each
 * index, so it is cheap (about 0.1 s on 20,000 registers); it runs at start and then hourly, as
 * SQLite's documentation advises for long-lived connections. PostgreSQL's autovacuum does this.
 */
async function keepStatistics(dataSource: DataSource, logger: Logger): Promise<NodeJS.Timeout> {
  const optimize = () => dataSource.query('PRAGMA optimize');
  await dataSource.query('PRAGMA analysis_limit = 1000');
  await dataSource.query('PRAGMA optimize = 0x10002');
  const timer = setInterval(() => {
    optimize().catch((error: unknown) => logger.warn({ err: error }, 'PRAGMA optimize failed'));
  }, OPTIMIZE_EVERY_MS);
  timer.unref();
  return timer;
}

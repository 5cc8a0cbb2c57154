import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  DataSource,
  type EntityManager,
  type EntitySchema,
  type Logger as OrmLogger,
  type MixedList,
  type QueryRunner,
} from 'typeorm';
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
   * Runs work that serves no request (a dispatcher's poll, a relayed batch) on a query runner
   * of its own, so its statements are left out of `statementCount`. Its writes queue with every
   * other write, as `transaction`'s do.
   */
  inBackground<T>(work: (background: Background) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one transaction. On SQLite all writes share one connection, so writes are
   * queued (FIFO) instead of failing when they overlap (FIELD-NOTES, TypeORM).
   */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** What background work reads and writes through: its statements are not counted. */
export interface Background {
  manager: EntityManager;
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T>;
}

/**
 * Marks a query runner as background work's. The logger is told which runner ran each statement,
 * so it can leave these out of the count. (An AsyncLocalStorage scope would say the same, but
 * on Node 20 any scope in use puts a hook on every promise of every request: 7–13 % of the
 * registry's CPU per request, docs/performance.md.)
 */
const BACKGROUND = { background: true };
const isBackground = (runner: QueryRunner | undefined) => runner?.data === BACKGROUND;

/** Counts statements and routes TypeORM's messages to the service log. */
class StatementLogger implements OrmLogger {
  count = 0;
  constructor(private readonly out: Logger) {}
  logQuery(query: string, _parameters?: unknown[], runner?: QueryRunner): void {
    if (!isBackground(runner)) this.count += 1;
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
  const queued = <T>(write: () => Promise<T>): Promise<T> => {
    if (kind === 'postgres') return write();
    const next = writes.then(() => retryWhenBusy(write));
    writes = next.catch(() => undefined);
    return next;
  };
  const transaction = <T>(work: (manager: EntityManager) => Promise<T>): Promise<T> =>
    queued(() => dataSource.transaction(work));
  const sqliteBackground = kind === 'sqlite' ? backgroundRunner(dataSource) : undefined;

  return {
    kind,
    dataSource,
    statementCount: () => statements.count,
    transaction,
    async inBackground(work) {
      // SQLite: one connection, so one runner for every background read and write, its writes
      // queued with the requests'. PostgreSQL: a runner (a pooled connection) for the work's
      // reads, and one more for each of its transactions, which may run side by side.
      const runner = sqliteBackground ?? backgroundRunner(dataSource);
      try {
        return await work({
          manager: runner.manager,
          transaction: (write) =>
            sqliteBackground
              ? queued(() => sqliteBackground.manager.transaction(write))
              : withRunner(backgroundRunner(dataSource), (own) => own.manager.transaction(write)),
        });
      } finally {
        if (!sqliteBackground) await runner.release();
      }
    },
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
 * A query runner of its own for background work, marked so. SQLite's drivers hand out one
 * runner for their one connection; a second of the same class shares that connection.
 */
function backgroundRunner(dataSource: DataSource): QueryRunner {
  let runner = dataSource.createQueryRunner();
  if (dataSource.driver.options.type === 'better-sqlite3') {
    const Runner = runner.constructor as new (driver: DataSource['driver']) => QueryRunner;
    runner = new Runner(dataSource.driver);
    Object.assign(runner, { manager: dataSource.createEntityManager(runner) });
  }
  runner.data = BACKGROUND;
  return runner;
}

async function withRunner<T>(runner: QueryRunner, work: (runner: QueryRunner) => Promise<T>): Promise<T> {
  try {
    return await work(runner);
  } finally {
    await runner.release();
  }
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

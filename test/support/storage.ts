import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createLogger, openDatabase, type Database, type DatabaseOptions, type StorageConfig } from '@alliance/core';

/**
 * A fresh, empty storage for one test file: SQLite files in a temporary directory, or, with
 * DATABASE_URL set (postgres://…), a database of its own on that server. `drop` removes it.
 */
export async function freshStorage(): Promise<{ storage: StorageConfig; drop: () => Promise<void> }> {
  const url = process.env.DATABASE_URL;
  // A data directory of its own either way: `npm start` keeps its signing secret there.
  const dataDir = mkdtempSync(join(tmpdir(), 'alliance-test-'));
  const removeDir = async () => rmSync(dataDir, { recursive: true, force: true });
  if (!url) return { storage: { dataDir, databaseUrl: undefined }, drop: removeDir };
  const name = `alliance_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(url, `CREATE DATABASE ${name}`);
  const databaseUrl = new URL(url);
  databaseUrl.pathname = `/${name}`;
  return {
    storage: { dataDir, databaseUrl: databaseUrl.toString() },
    drop: async () => {
      await admin(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await removeDir();
    },
  };
}

async function admin(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A service's database on fresh storage, migrated, for its data-access tests; `close` closes it
 * and drops the storage.
 */
export async function freshDatabase(
  service: string,
  schema: Pick<DatabaseOptions, 'entities' | 'migrations'>,
): Promise<{ db: Database; close: () => Promise<void> }> {
  const { storage, drop } = await freshStorage();
  const db = await openDatabase({ service, storage, ...schema, logger: createLogger('test', 'silent') });
  return {
    db,
    close: async () => {
      await db.close();
      await drop();
    },
  };
}

/** The SQL a database ran while `read` ran, in order (TypeORM's logger sees every statement). */
export async function statementsWhile<T>(
  db: Database,
  read: () => Promise<T>,
): Promise<{ result: T; statements: string[] }> {
  const statements: string[] = [];
  const ormLogger = db.dataSource.logger;
  const original = ormLogger.logQuery.bind(ormLogger);
  ormLogger.logQuery = (sql, params, runner) => {
    statements.push(sql);
    return original(sql, params, runner);
  };
  try {
    return { result: await read(), statements };
  } finally {
    ormLogger.logQuery = original;
  }
}

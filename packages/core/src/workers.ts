import cluster, { type Worker } from 'node:cluster';
import { z } from 'zod';
import { readEnvironment, workerVariables } from './config.js';
import type { Logger } from './logger.js';
import { stopOnSignals } from './server.js';

/**
 * One process uses one core. With WORKERS above 1 a service runs that many processes of itself
 * (node:cluster): they share its port (the primary hands out connections) and its database, which
 * serializes their writes (PostgreSQL by its locks; SQLite by its file lock, with a busy timeout
 * and a retry of a transaction that lost the race: database.ts). The primary only supervises:
 * a worker that dies is replaced, after a pause that grows while they keep dying.
 */

export const loadWorkerCount = (service: string, env = process.env): number =>
  readEnvironment(service, z.object(workerVariables), env).WORKERS;

export interface WorkerOptions {
  name: string;
  workers: number;
  logger: Logger;
  /** Starts the service in this process; what it returns stops it (SIGTERM, SIGINT). */
  start: () => Promise<{ stop(): Promise<void> }>;
}

/** Waits between replacing crashed workers: 1 s doubling to 30 s, back to 1 s after a calm minute. */
const RESTART_BASE_MS = 1_000;
const RESTART_MAX_MS = 30_000;
const CALM_MS = 60_000;

export async function runWorkers(options: WorkerOptions): Promise<void> {
  const { name, logger } = options;
  if (options.workers <= 1 || !cluster.isPrimary) {
    const server = await options.start();
    stopOnSignals(logger, server.stop);
    // A worker whose supervisor died (SIGKILL) stops too, rather than linger on the database.
    if (cluster.isWorker) process.once('disconnect', () => void server.stop().finally(() => process.exit(0)));
    return;
  }
  let stopping = false;
  let failures = 0;
  let lastFailure = 0;

  const fork = () => cluster.fork();
  // The first worker migrates the database before the others open it.
  const first = fork();
  await new Promise<void>((resolve, reject) => {
    first.once('listening', () => resolve());
    first.once('exit', (code) => reject(new Error(`the first ${name} worker exited (${code}) before listening`)));
  });
  for (let i = 1; i < options.workers; i++) fork();
  logger.info(`${name}: ${options.workers} workers (pid ${process.pid} supervises)`);

  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    failures = now - lastFailure > CALM_MS ? 1 : failures + 1;
    lastFailure = now;
    const wait = Math.min(RESTART_BASE_MS * 2 ** (failures - 1), RESTART_MAX_MS);
    logger.warn({ pid: worker.process.pid, code, signal, restartInMs: wait }, `${name} worker exited; replacing it`);
    setTimeout(() => !stopping && fork(), wait);
  });

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${name}: ${signal}, stopping ${Object.keys(cluster.workers ?? {}).length} workers`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    const exitWhenDone = () => Object.keys(cluster.workers ?? {}).length === 0 && process.exit(0);
    cluster.on('exit', exitWhenDone);
    exitWhenDone();
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import getPort from 'get-port';
import { expect } from 'vitest';
import { mintToken, type StorageConfig } from '@alliance/core';
import { seedIfEmpty } from '@alliance/cli';
import { createClient } from '@alliance/client';
import type { GraphQLResponse } from './stack.js';

/**
 * The registry as it runs in production: three processes started from their builds, each on a
 * fixed loopback port so that one can be killed and started again where the others expect it.
 * For the failure tests (docs/reliability.md), which kill and restart real services.
 */

export type ServiceName = 'registry' | 'contacts' | 'gateway';

const ENTRY: Record<ServiceName, string> = {
  registry: 'services/registry/dist/main.js',
  contacts: 'services/contacts/dist/main.js',
  gateway: 'gateway/dist/main.js',
};

const ROOT = new URL('../..', import.meta.url);

export interface ServiceProcess {
  name: ServiceName;
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The running process; undefined after it exited. */
  child: ChildProcess | undefined;
  /** Everything every run of this service wrote, stdout and stderr, in order. */
  output(): string;
  /** The JSON log lines among the output. */
  logLines(): Record<string, unknown>[];
  /** Starts the service (again) and waits until its /health answers 200. */
  start(): Promise<void>;
  /** Sends `signal` and resolves with the exit code (null when a signal ended it). */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface ProcessStack {
  services: Record<ServiceName, ServiceProcess>;
  gatewayUrl: string;
  secrets: { auth: string; registry: string; contacts: string };
  token(...roles: string[]): Promise<string>;
  query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T> & { headers: Headers }>;
  stop(): Promise<void>;
}

export interface ProcessStackOptions {
  storage: StorageConfig;
  /** Extra environment per service (LOG_LEVEL, SUBGRAPH_TIMEOUT_MS, …). */
  env?: Partial<Record<ServiceName, Record<string, string>>>;
  /** Load the seed register through the gateway (default true). */
  seed?: boolean;
}

/** A port free on loopback now (get-port: a listen on port 0, closed again). */
export const freePort = () => getPort({ host: '127.0.0.1' });

const secret = () => randomBytes(32).toString('base64url');

export async function startProcessStack(options: ProcessStackOptions): Promise<ProcessStack> {
  const ports = { registry: await freePort(), contacts: await freePort(), gateway: await freePort() };
  const origin = (name: ServiceName) => `http://127.0.0.1:${ports[name]}`;
  const secrets = { auth: secret(), registry: secret(), contacts: secret() };
  const { storage } = options;
  const shared = {
    PATH: process.env.PATH ?? '',
    HOST: '127.0.0.1',
    LOG_FORMAT: 'json',
    LOG_LEVEL: 'info',
    APOLLO_TELEMETRY_DISABLED: '1',
    // One process per service: a kill here takes the whole service down (test/workers.test.ts runs several).
    WORKERS: '1',
    DATA_DIR: storage.dataDir,
    ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
    AUTH_SECRET: secrets.auth,
  };
  const env: Record<ServiceName, Record<string, string>> = {
    registry: { ...shared, REGISTRY_PORT: String(ports.registry), SUBGRAPH_SECRET: secrets.registry },
    contacts: {
      ...shared,
      CONTACTS_PORT: String(ports.contacts),
      SUBGRAPH_SECRET: secrets.contacts,
      GATEWAY_URL: `${origin('gateway')}/graphql`,
      REGISTRY_URL: `${origin('registry')}/graphql`,
    },
    gateway: {
      ...shared,
      GATEWAY_PORT: String(ports.gateway),
      REGISTRY_URL: `${origin('registry')}/graphql`,
      CONTACTS_URL: `${origin('contacts')}/graphql`,
      REGISTRY_SUBGRAPH_SECRET: secrets.registry,
      CONTACTS_SUBGRAPH_SECRET: secrets.contacts,
      // These stacks test what happens to subgraph calls; a cached answer would not make one.
      RESPONSE_CACHE: 'off',
    },
  };
  const services = Object.fromEntries(
    (['registry', 'contacts', 'gateway'] as const).map((name) => [
      name,
      serviceProcess(name, ports[name], { ...env[name], ...options.env?.[name] }),
    ]),
  ) as Record<ServiceName, ServiceProcess>;

  const stop = async () => {
    await Promise.all(Object.values(services).map((service) => service.kill('SIGTERM')));
  };
  try {
    for (const service of Object.values(services)) await service.start();
  } catch (error) {
    await stop();
    throw error;
  }

  const token = (...roles: string[]) =>
    mintToken({ secret: secrets.auth, subject: roles.join('+') || 'nobody', name: 'Test User', roles });
  const gatewayUrl = `${origin('gateway')}/graphql`;
  if (options.seed !== false) await seedIfEmpty(createClient({ endpoint: gatewayUrl, token: await token('admin') }));

  const query = async <T>(
    text: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) => {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return { status: response.status, headers: response.headers, ...body };
  };
  return { services, gatewayUrl, secrets, token, query, stop };
}

function serviceProcess(name: ServiceName, port: number, env: Record<string, string>): ServiceProcess {
  let output = '';
  let exited: Promise<number | null> = Promise.resolve(null);
  const origin = `http://127.0.0.1:${port}`;
  const service: ServiceProcess = {
    name,
    port,
    origin,
    child: undefined,
    output: () => output,
    logLines: () =>
      output
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async start() {
      const child = spawn(process.execPath, [ENTRY[name]], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
      service.child = child;
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      exited = new Promise((resolve) =>
        child.once('exit', (code) => {
          service.child = undefined;
          resolve(code);
        }),
      );
      const deadline = Date.now() + 60_000;
      while (!(await fetch(`${origin}/health`).catch(() => null))?.ok) {
        if (!service.child) throw new Error(`${name} exited before it answered /health:\n${output}`);
        if (Date.now() > deadline) throw new Error(`${name} did not answer /health within 60 s:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async kill(signal = 'SIGTERM') {
      service.child?.kill(signal);
      return exited;
    },
  };
  return service;
}

export interface StartCommand {
  child: ChildProcess;
  /** Resolves with the exit code of `npm start`'s supervisor (null when a signal ended it). */
  exited: Promise<number | null>;
  /** Everything it and the services it started wrote, stdout and stderr, in order. */
  output(): string;
}

/**
 * `npm start` after the build (scripts/start.mjs) on the given storage and ports, as a new user
 * runs it; for the tests of the start command and of its supervision. WORKERS is left as the
 * caller's environment has it, so the default (one process per core) is what these tests run.
 */
export function spawnStartCommand(
  storage: StorageConfig,
  ports: Record<ServiceName, number>,
  env: Record<string, string> = {},
): StartCommand {
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: storage.dataDir,
      ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
      GATEWAY_PORT: String(ports.gateway),
      REGISTRY_PORT: String(ports.registry),
      CONTACTS_PORT: String(ports.contacts),
      LOG_FORMAT: 'json',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

/** Waits until `npm start` says the registry is up, failing with its output if it gave up first. */
export async function untilStarted(started: StartCommand): Promise<void> {
  // One process per core for each service (WORKERS unset) on a busy CI machine: give it time.
  await expect
    .poll(started.output, { timeout: 90_000, interval: 200 })
    .toMatch(/Alliance Registry is up|start failed|exited/);
  expect(started.output()).toContain('Alliance Registry is up');
}

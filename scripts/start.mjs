#!/usr/bin/env node
// `npm start`: runs the registry and contacts subgraphs and the gateway as three processes
// (as they run in production), waits until each answers /health, loads the seed register on
// a first start, restarts a service that exits (with backoff; the others keep serving), and
// stops all three on Ctrl-C. Configuration comes from the environment
// (docs/operations.md); every variable has a default that works on one machine.
// `npm run demo` (scripts/demo.mjs) runs the same with other defaults and more to load.
import { spawn } from 'node:child_process';
import { clearTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { ensureDevelopmentSecret, ensureSubgraphSecret } from '@alliance/core/tokens';
import { createClient } from '@alliance/client';
import { seedIfEmpty, seedToken } from '@alliance/cli';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * A service that exits is started again after `firstDelayMs`, doubling with each exit in a row
 * up to `maxDelayMs`; one that ran `steadyAfterMs` before exiting starts the count afresh.
 */
export const RESTART = { firstDelayMs: 500, maxDelayMs: 30_000, steadyAfterMs: 30_000 };

const restartDelay = (exitsInARow) => Math.min(RESTART.maxDelayMs, RESTART.firstDelayMs * 2 ** (exitsInARow - 1));

/** The seed register, when the registry is empty; prints what it loaded. */
async function seed(client) {
  const seeded = await seedIfEmpty(client);
  for (const result of seeded) console.log(`seeded ${result.slug} (${result.outcome.toLowerCase()})`);
}

/**
 * Runs the three services until Ctrl-C. `defaults` are environment values the environment may
 * override; `load(client)` fills an empty registry through the gateway, signed in as an admin.
 */
export async function start({ defaults = {}, load = seed } = {}) {
  const env = { ...defaults, ...process.env, APOLLO_TELEMETRY_DISABLED: process.env.APOLLO_TELEMETRY_DISABLED ?? '1' };
  const host = env.HOST ?? '127.0.0.1';
  const ports = {
    registry: env.REGISTRY_PORT ?? '4001',
    contacts: env.CONTACTS_PORT ?? '4002',
    gateway: env.GATEWAY_PORT ?? '4000',
  };
  env.REGISTRY_URL ??= `http://${host}:${ports.registry}/graphql`;
  env.CONTACTS_URL ??= `http://${host}:${ports.contacts}/graphql`;
  env.GATEWAY_URL ??= `http://${host}:${ports.gateway}/graphql`;
  // Development identity: a signing secret created in the data directory on the first run
  // (docs/identity.md); `npm run cli -- token` signs with the same one. An identity provider
  // (AUTH_JWKS_URL) replaces it.
  const dataDir = resolve(root, env.DATA_DIR ?? 'data');
  if (!env.AUTH_JWKS_URL && !env.AUTH_SECRET) ensureDevelopmentSecret(dataDir);
  // Each subgraph answers only the gateway, which presents that subgraph's own credential
  // (docs/reliability.md): made in the data directory on the first run, read there by the
  // subgraph itself and handed to the gateway alone.
  const gatewayEnv = {
    ...env,
    REGISTRY_SUBGRAPH_SECRET:
      env.REGISTRY_SUBGRAPH_SECRET ?? env.SUBGRAPH_SECRET ?? ensureSubgraphSecret(dataDir, 'registry'),
    CONTACTS_SUBGRAPH_SECRET:
      env.CONTACTS_SUBGRAPH_SECRET ?? env.SUBGRAPH_SECRET ?? ensureSubgraphSecret(dataDir, 'contacts'),
  };

  const services = [
    { name: 'registry', entry: 'services/registry/dist/main.js', port: ports.registry, env },
    { name: 'contacts', entry: 'services/contacts/dist/main.js', port: ports.contacts, env },
    { name: 'gateway', entry: 'gateway/dist/main.js', port: ports.gateway, env: gatewayEnv },
  ];

  const children = new Map();
  const restarts = new Set();
  let stopping = false;

  function stopAll(code) {
    if (stopping) return;
    stopping = true;
    for (const timer of restarts) clearTimeout(timer);
    for (const child of children.values()) child.kill('SIGTERM');
    const exit = () => children.size === 0 && process.exit(code);
    for (const child of children.values()) child.once('exit', exit);
    exit();
    setTimeout(() => process.exit(code), 10_000).unref();
  }

  /** Runs one service, and again after each exit until Ctrl-C: one crash never stops the registry. */
  function run(service, exitsInARow = 0) {
    const startedAt = Date.now();
    const child = spawn(process.execPath, [service.entry], { cwd: root, env: service.env, stdio: 'inherit' });
    children.set(service.name, child);
    console.log(`${service.name} started (pid ${child.pid})`);
    child.on('exit', (code, signal) => {
      children.delete(service.name);
      if (stopping) return;
      const exits = Date.now() - startedAt >= RESTART.steadyAfterMs ? 1 : exitsInARow + 1;
      const delay = restartDelay(exits);
      console.error(`${service.name} exited (${signal ?? code}); restarting in ${delay} ms (exit ${exits} in a row)`);
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) run(service, exits);
      }, delay);
      restarts.add(timer);
    });
  }

  for (const service of services) run(service);
  // Ctrl-C reaches the children too (same process group); SIGTERM from a supervisor does not.
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  async function waitForHealth(service) {
    const url = `http://${host}:${service.port}/health`;
    for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
      try {
        if ((await fetch(url)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${service.name} did not become healthy at ${url}`);
  }

  try {
    await Promise.all(services.map(waitForHealth));
    const endpoint = `http://${host}:${ports.gateway}/graphql`;
    if (!env.AUTH_JWKS_URL) await load(createClient({ endpoint, token: await seedToken(env) }));
    console.log(
      `\nAlliance Registry is up: ${endpoint} (the explorer, in a browser)\n` +
        `Web app: http://${host}:${ports.gateway}/\nPress Ctrl-C to stop.\n`,
    );
  } catch (error) {
    if (!stopping) {
      console.error(`start failed: ${error.message}`);
      stopAll(1);
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await start();

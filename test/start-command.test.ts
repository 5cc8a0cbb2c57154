import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { developmentToken } from '@alliance/cli';
import type { StorageConfig } from '@alliance/core';
import { freePort, spawnStartCommand, untilStarted, type ServiceName } from './support/processes.js';
import { freshStorage } from './support/storage.js';

/**
 * `npm start` as a new user runs it (the build is done by `npm test` first): three processes,
 * the seed on first start, the acceptance query through the gateway, and Ctrl-C stopping all.
 */

let storage: StorageConfig;
let drop: () => Promise<void>;
beforeAll(async () => ({ storage, drop } = await freshStorage()));
afterAll(() => drop?.());

async function startOnce(ports: Record<ServiceName, number>) {
  const started = spawnStartCommand(storage, ports);
  await untilStarted(started);
  return started;
}

it('starts, seeds once, serves the register, and stops on Ctrl-C', { timeout: 240_000 }, async () => {
  const ports = { gateway: await freePort(), registry: await freePort(), contacts: await freePort() };
  const first = await startOnce(ports);
  expect(first.output()).toContain('seeded mef-dmtf');
  const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ workRegister(slug: "mef-dmtf") { title pointsOfContact { contact { name } } } }',
    }),
  });
  const body = await response.json();
  expect(body.data.workRegister.title).toBe('MEF / DMTF Work Register');
  expect(body.data.workRegister.pointsOfContact).toHaveLength(4);

  // The first start created the development signing secret, readable by its owner only, and a
  // token minted from it (as `alliance token` does) may write.
  const secretFile = join(storage.dataDir, 'auth-secret');
  expect(statSync(secretFile).mode & 0o777).toBe(0o600);
  const token = await developmentToken({ sub: 'tester', role: ['admin'], ttl: '5m' }, { DATA_DIR: storage.dataDir });
  const write = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation { createOrganization(input: { acronym: "STARTF", name: "Start Forum" }) { acronym } }',
    }),
  });
  expect((await write.json()).data).toEqual({ createOrganization: { acronym: 'STARTF' } });
  const secret = readFileSync(secretFile, 'utf8');

  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  for (const port of Object.values(ports)) {
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  }

  // A second start finds the data and does not seed again.
  const second = await startOnce(ports);
  expect(second.output()).not.toContain('seeded');
  expect(readFileSync(secretFile, 'utf8')).toBe(secret);
  second.child.kill('SIGINT');
  expect(await second.exited).toBe(0);
});

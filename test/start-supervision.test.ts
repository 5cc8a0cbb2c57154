import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StorageConfig } from '@alliance/core';
import { freePort, spawnStartCommand, untilStarted } from './support/processes.js';
import { freshStorage } from './support/storage.js';

/**
 * `npm start` keeps the registry up (issue 14): a service that dies is started again, with
 * backoff, and the restart is logged; the other two serve on meanwhile; Ctrl-C still stops all.
 */

let storage: StorageConfig;
let drop: () => Promise<void>;
beforeAll(async () => ({ storage, drop } = await freshStorage()));
afterAll(() => drop?.());

const pidsOf = (output: string, service: string) =>
  [...output.matchAll(new RegExp(`${service} started \\(pid (\\d+)\\)`, 'g'))].map((match) => Number(match[1]));

it(
  'restarts a killed service with backoff while the others serve, and stops all three on Ctrl-C',
  { timeout: 240_000 },
  async () => {
    const [gateway, registry, contacts] = [await freePort(), await freePort(), await freePort()];
    const started = spawnStartCommand(storage, { gateway, registry, contacts });
    const { child, exited, output } = started;
    const ok = (port: number) =>
      fetch(`http://127.0.0.1:${port}/health`).then(
        (r) => r.ok,
        () => false,
      );
    const title = () =>
      fetch(`http://127.0.0.1:${gateway}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ workRegister(slug: "mef-dmtf") { title } }' }),
      })
        .then((r) => r.json())
        .then(
          (body: any) => body.data?.workRegister?.title,
          () => undefined,
        );

    try {
      await untilStarted(started);
      const [first] = pidsOf(output(), 'registry');
      expect(first).toBeGreaterThan(0);

      process.kill(first!, 'SIGKILL');
      await expect
        .poll(output, { timeout: 10_000 })
        .toMatch(/registry exited \(SIGKILL\); restarting in 500 ms \(exit 1 in a row\)/);
      // The others serve on: the gateway answers, contacts is healthy.
      expect(await ok(gateway)).toBe(true);
      expect(await ok(contacts)).toBe(true);
      await expect.poll(title, { timeout: 90_000, interval: 250 }).toBe('MEF / DMTF Work Register');
      const [, second] = pidsOf(output(), 'registry');
      expect(second).not.toBe(first);

      // Dying again soon after the restart doubles the wait.
      process.kill(second!, 'SIGKILL');
      await expect
        .poll(output, { timeout: 10_000 })
        .toMatch(/registry exited \(SIGKILL\); restarting in 1000 ms \(exit 2 in a row\)/);
      await expect.poll(title, { timeout: 90_000, interval: 250 }).toBe('MEF / DMTF Work Register');
      expect(output()).not.toMatch(/stopping the others|contacts exited|gateway exited/);

      child.kill('SIGINT');
      expect(await exited).toBe(0);
      for (const port of [gateway, registry, contacts]) expect(await ok(port)).toBe(false);
    } finally {
      child.kill('SIGKILL');
      for (const pid of [
        ...pidsOf(output(), 'registry'),
        ...pidsOf(output(), 'contacts'),
        ...pidsOf(output(), 'gateway'),
      ]) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  },
);

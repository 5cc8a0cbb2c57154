import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresBinaries, startCluster, type Cluster } from './support/postgres-cluster.js';
import { freePort, startProcessStack, type ProcessStack } from './support/processes.js';

/**
 * The database goes away under traffic and comes back (issue 14): a PostgreSQL cluster of this
 * test's own is stopped (fast: clients disconnected) and started again while reads and writes
 * flow through the gateway. Meanwhile requests fail with a clear SERVICE_UNAVAILABLE, none with
 * a 5xx or a crash; afterwards they succeed, and no service was restarted.
 */

const bin = postgresBinaries();

describe.skipIf(!bin)(
  `PostgreSQL restarted mid-traffic${bin ? '' : ' (skipped: no initdb under /usr/lib/postgresql/*/bin)'}`,
  () => {
    let cluster: Cluster;
    let stack: ProcessStack;
    let dataDir: string;
    beforeAll(async () => {
      cluster = await startCluster(bin!, await freePort());
      dataDir = mkdtempSync(join(tmpdir(), 'alliance-pg-restart-'));
      stack = await startProcessStack({ storage: { dataDir, databaseUrl: cluster.url } });
    }, 180_000);
    afterAll(async () => {
      await stack?.stop();
      cluster?.destroy();
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    type Sample = { at: number; phase: string; status: number; codes: string[]; message?: string; ok: boolean };

    it(
      'fails clearly while it is down and serves again once it is back, without restarting a service',
      { timeout: 180_000 },
      async () => {
        const pids = Object.values(stack.services).map((service) => service.child?.pid);
        const admin = await stack.token('admin');
        const samples: Sample[] = [];
        let phase = 'before';
        let writes = 0;
        let running = true;
        const traffic = (async () => {
          while (running) {
            const write = samples.length % 4 === 0;
            const response = write
              ? await stack.query(
                  'mutation($a: String!) { createOrganization(input: { acronym: $a, name: "Restart Forum" }) { acronym } }',
                  { a: `RST${++writes}` },
                  { authorization: `Bearer ${admin}` },
                )
              : await stack.query('{ workRegister(slug: "mef-dmtf") { title pointsOfContact { role } } }');
            const codes = (response.errors ?? []).map((error) => String(error.extensions?.code));
            samples.push({
              at: Date.now(),
              phase,
              status: response.status,
              codes,
              message: response.errors?.[0]?.message,
              ok: codes.length === 0,
            });
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        })();

        await expect.poll(() => samples.filter((s) => s.ok).length, { timeout: 10_000 }).toBeGreaterThan(5);
        cluster.stop();
        phase = 'down';
        const stoppedAt = Date.now();
        await expect
          .poll(() => samples.filter((s) => s.phase === 'down').length, { timeout: 20_000 })
          .toBeGreaterThan(20);
        const registryHealth = await fetch(`${stack.services.registry.origin}/health`);
        expect(registryHealth.status).toBe(503);
        const downtimeMs = Date.now() - stoppedAt;

        cluster.start();
        phase = 'after';
        const restartedAt = Date.now();
        await expect
          .poll(() => samples.filter((s) => s.phase === 'after' && s.ok).length, { timeout: 60_000 })
          .toBeGreaterThan(10);
        running = false;
        await traffic;

        // Down: every answer an HTTP 200 GraphQL response whose errors say the service cannot reach its database.
        const down = samples.filter((s) => s.phase === 'down');
        expect(samples.every((s) => s.status < 500)).toBe(true);
        const failed = down.filter((s) => !s.ok);
        expect(failed.length).toBeGreaterThan(10);
        expect(failed.every((s) => s.codes.every((code) => code === 'SERVICE_UNAVAILABLE'))).toBe(true);
        expect(failed.map((s) => s.message)).toContain(
          'The registry service cannot reach its database; try again shortly.',
        );
        // After: whole again, writes included, within seconds of the server's return.
        const firstOk = samples.find((s) => s.phase === 'after' && s.ok)!;
        const recoveryMs = firstOk.at - restartedAt;
        expect(recoveryMs).toBeLessThan(15_000);
        const lastTen = samples.filter((s) => s.phase === 'after').slice(-10);
        expect(lastTen.every((s) => s.ok)).toBe(true);
        const { data } = await stack.query(`{ organization(acronym: "RST${writes}") { acronym } }`);
        expect(data.organization).toEqual({ acronym: `RST${writes}` });
        // No service was restarted: the same processes serve.
        expect(Object.values(stack.services).map((service) => service.child?.pid)).toEqual(pids);
        console.info(
          `database restart: ${down.length} requests while down for ${downtimeMs} ms (${failed.length} SERVICE_UNAVAILABLE), first success ${recoveryMs} ms after the server was back`,
        );
      },
    );
  },
);

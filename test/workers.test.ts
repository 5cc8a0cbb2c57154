import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startProcessStack, type ProcessStack } from './support/processes.js';
import { freshStorage } from './support/storage.js';

/**
 * WORKERS: the registry as several processes from its build (node:cluster) over one database.
 * Concurrent writes land in different processes and none is lost (on SQLite the processes share
 * the file lock); a worker that dies is replaced; SIGTERM stops them all and exits 0.
 */

let storage: Awaited<ReturnType<typeof freshStorage>>;
let stack: ProcessStack;
let admin: string;

beforeAll(async () => {
  storage = await freshStorage();
  stack = await startProcessStack({ storage: storage.storage, seed: false, env: { registry: { WORKERS: '2' } } });
  admin = await stack.token('admin');
}, 90_000);
afterAll(async () => {
  await stack?.stop();
  await storage?.drop();
});

const registry = () => stack.services.registry;
/** The pids of the registry's workers that have said they are ready, in order. */
const readyWorkers = () =>
  registry()
    .logLines()
    .filter((line) => String(line.msg).startsWith('registry ready at'))
    .map((line) => Number(line.pid));

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('WORKERS=2', () => {
  it('runs two registry processes beside the supervisor', async () => {
    await expect.poll(() => new Set(readyWorkers()).size, { timeout: 60_000 }).toBe(2);
    expect(readyWorkers()).not.toContain(registry().child!.pid);
  }, 90_000);

  it('loses no write when many arrive at once', async () => {
    const titles = Array.from({ length: 24 }, (_, i) => `Worker Register ${i + 1}`);
    const results = await Promise.all(
      titles.map((title) =>
        stack.query(
          `mutation($title: String!) { createWorkRegister(input: { title: $title, parties: [{ acronym: "MEF" }, { acronym: "DMTF" }] }) { id } }`,
          { title },
          { authorization: `Bearer ${admin}` },
        ),
      ),
    );
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const listed = await stack.query<{ workRegisters: { totalCount: number } }>(
      `{ workRegisters(filter: { search: "Worker Register" }) { totalCount } }`,
    );
    expect(listed.data?.workRegisters.totalCount).toBe(24);
  }, 60_000);

  it('replaces a worker that dies, and keeps serving meanwhile', async () => {
    const [victim] = readyWorkers();
    process.kill(victim!, 'SIGKILL');
    const stats = () => stack.query(`{ registryStats { workRegisters } }`);
    // A connection the gateway kept open to the dead worker fails once; the other worker answers.
    await expect.poll(async () => (await stats()).errors, { timeout: 5_000 }).toBeUndefined();
    for (let i = 0; i < 5; i++) expect((await stats()).errors).toBeUndefined();
    await expect.poll(() => new Set(readyWorkers()).size, { timeout: 60_000 }).toBe(3);
    expect(registry().output()).toContain('registry worker exited; replacing it');
  }, 90_000);

  it('stops every worker on SIGTERM and exits 0', async () => {
    const workers = [...new Set(readyWorkers())].filter(alive);
    expect(workers).toHaveLength(2);
    expect(await registry().kill('SIGTERM')).toBe(0);
    await expect.poll(() => workers.filter(alive), { timeout: 10_000 }).toEqual([]);
  }, 30_000);
});

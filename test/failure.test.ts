import { randomUUID } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@alliance/core';
import { startProcessStack, type ProcessStack } from './support/processes.js';
import { startStack, type Stack } from './support/stack.js';
import { freshStorage } from './support/storage.js';

/**
 * One part of the registry fails; the rest keeps serving (docs/reliability.md). The services
 * are real processes, killed with SIGKILL (no goodbye) and started again on their ports; the
 * gateway is never restarted.
 */

const REGISTER_WITH_CONTACTS = `{
  workRegister(slug: "mef-dmtf") { title parties { organization { acronym } } pointsOfContact { role contact { name } } }
}`;

describe('a subgraph killed and started again', () => {
  let stack: ProcessStack;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const fresh = await freshStorage();
    drop = fresh.drop;
    // trace: every SQL statement is logged, so each subgraph writes lines for every request.
    stack = await startProcessStack({
      storage: fresh.storage,
      env: { registry: { LOG_LEVEL: 'trace' }, contacts: { LOG_LEVEL: 'trace' } },
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    await drop?.();
  });

  const health = async (path: 'health' | 'ready') => {
    const response = await fetch(`${stack.services.gateway.origin}/${path}`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  it('contacts down: the register with an error on its contact fields only (200), whole again once contacts is back', async () => {
    expect((await stack.query(REGISTER_WITH_CONTACTS)).errors).toBeUndefined();
    await stack.services.contacts.kill('SIGKILL');

    const partial = await stack.query(REGISTER_WITH_CONTACTS);
    expect(partial.status).toBe(200);
    expect(partial.data.workRegister.title).toBe('MEF / DMTF Work Register');
    expect(partial.data.workRegister.parties).toHaveLength(2);
    expect(partial.data.workRegister.pointsOfContact).toBeNull();
    expect(partial.errors).toHaveLength(1);
    expect(partial.errors![0]!.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'contacts' });
    expect(await health('ready')).toMatchObject({ status: 503, body: { missing: ['contacts'] } });

    await stack.services.contacts.start();
    const whole = await stack.query(REGISTER_WITH_CONTACTS);
    expect(whole.errors).toBeUndefined();
    expect(whole.data.workRegister.pointsOfContact).toHaveLength(4);
    expect(await health('ready')).toMatchObject({ status: 200, body: { status: 'ready', missing: [] } });
  });

  it('registry down: a clear error naming it, /ready names it, /health still answers; served again once it is back', async () => {
    await stack.services.registry.kill('SIGKILL');

    const down = await stack.query('{ workRegister(slug: "mef-dmtf") { title } }');
    expect(down.status).toBe(200);
    expect(down.data?.workRegister ?? null).toBeNull();
    expect(down.errors).toEqual([
      {
        message: 'The registry service is unavailable; try again shortly.',
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'registry' },
      },
    ]);
    expect(JSON.stringify(down.errors)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    expect(await health('ready')).toEqual({
      status: 503,
      body: {
        status: 'unavailable',
        service: 'gateway',
        missing: ['registry'],
        subgraphs: { registry: 'unavailable', contacts: 'ok' },
      },
    });
    expect(await health('health')).toMatchObject({ status: 200, body: { status: 'ok' } });

    await stack.services.registry.start();
    const whole = await stack.query(REGISTER_WITH_CONTACTS);
    expect(whole.errors).toBeUndefined();
    expect(whole.data.workRegister.pointsOfContact).toHaveLength(4);
  });

  it("carries the gateway's request id into every subgraph's log lines of that request", async () => {
    const sent = `failure-test-${randomUUID()}`;
    const response = await stack.query(REGISTER_WITH_CONTACTS, {}, { 'x-request-id': sent });
    expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toBeTruthy();
    for (const name of ['registry', 'contacts'] as const) {
      await expect
        .poll(() => stack.services[name].logLines().filter((line) => line.requestId === requestId && line.sql).length, {
          timeout: 5_000,
        })
        .toBeGreaterThan(0);
    }
  });
});

/**
 * A server that accepts connections and never answers: the worst a subgraph can do, since a
 * refused connection fails at once.
 */
async function silentServer(): Promise<{ url: string; sockets: Socket[]; close(): Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    sockets,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a subgraph that never answers', () => {
  const TIMEOUT_MS = 1_000;
  let stack: Stack;
  let silent: Awaited<ReturnType<typeof silentServer>>;
  let gateway: RunningServer;
  beforeAll(async () => {
    stack = await startStack();
    silent = await silentServer();
    gateway = await stack.gatewayWith({
      subgraphUrls: { registry: stack.registry.url, contacts: silent.url },
      subgraphTimeoutMs: TIMEOUT_MS,
    });
  }, 60_000);
  afterAll(async () => {
    await stack?.stop();
    await silent?.close();
  });

  const post = async (query: string) => {
    const started = performance.now();
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    });
    return { ms: performance.now() - started, status: response.status, ...((await response.json()) as any) };
  };

  it('answers the rest after the timeout, with the hung service named on its fields', async () => {
    const answer = await post(REGISTER_WITH_CONTACTS);
    expect(silent.sockets.length).toBeGreaterThan(0); // the gateway did reach it, and waited
    expect(answer.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(answer.ms).toBeLessThan(TIMEOUT_MS + 1_500);
    expect(answer.status).toBe(200);
    expect(answer.data.workRegister.title).toBe('MEF / DMTF Work Register');
    expect(answer.data.workRegister.pointsOfContact).toBeNull();
    expect(answer.errors).toEqual([
      {
        message: `The contacts service is unavailable (it did not answer within ${TIMEOUT_MS} ms); try again shortly.`,
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'contacts' },
      },
    ]);
  });

  it('keeps serving other requests meanwhile: the hang holds no one but those who wait for it', async () => {
    const hung = post(REGISTER_WITH_CONTACTS);
    const other = await post('{ workRegister(slug: "mef-dmtf") { title } }');
    expect(other.ms).toBeLessThan(TIMEOUT_MS / 2);
    expect(other.data.workRegister.title).toBe('MEF / DMTF Work Register');
    const health = await fetch(gateway.url.replace(/graphql$/, 'health'));
    expect(await health.json()).toMatchObject({ subgraphs: { registry: 'ok', contacts: 'unavailable' } });
    expect((await hung).data.workRegister.pointsOfContact).toBeNull();
  });
});

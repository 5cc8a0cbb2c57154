import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger, mintToken, type RunningServer } from '@alliance/core';
import { startGateway } from '@alliance/gateway';
import { freePort } from './support/processes.js';
import { fastLoopbackDelivery, startReceiver, type Receiver } from './support/receiver.js';
import { freshStorage } from './support/storage.js';

/**
 * No event lost: the registry is killed (SIGKILL, no shutdown of any kind) while deliveries are
 * pending and one is in flight; once it is started again, every event reaches the receiver,
 * in order per register. The registry runs as its own process, from its build, as in production.
 */

const secret = randomBytes(32).toString('base64url');
const subgraphSecret = randomBytes(32).toString('base64url');
let storage: Awaited<ReturnType<typeof freshStorage>>;
let registry: ChildProcess | undefined;
let gateway: RunningServer;
let receiver: Receiver;
let port: number;

async function startRegistryProcess(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['services/registry/dist/main.js'], {
    cwd: new URL('..', import.meta.url),
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      REGISTRY_PORT: String(port),
      // One process, so SIGKILL ends every attempt in flight at once.
      WORKERS: '1',
      LOG_LEVEL: 'warn',
      DATA_DIR: storage.storage.dataDir,
      ...(storage.storage.databaseUrl ? { DATABASE_URL: storage.storage.databaseUrl } : {}),
      AUTH_SECRET: secret,
      SUBGRAPH_SECRET: subgraphSecret,
      // An attempt in flight when the process dies is retried once its lease (2 × timeout + 1 s) runs out.
      ...fastLoopbackDelivery(1000),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`http://127.0.0.1:${port}/health`).catch(() => null))?.ok) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the registry did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
}

beforeAll(async () => {
  storage = await freshStorage();
  port = await freePort();
  receiver = await startReceiver();
  registry = await startRegistryProcess();
  gateway = await startGateway(
    {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      // Contacts is not needed: the gateway answers the registry's fields without it.
      subgraphUrls: { registry: `http://127.0.0.1:${port}/graphql`, contacts: 'http://127.0.0.1:9/graphql' },
      subgraphSecrets: { registry: subgraphSecret, contacts: subgraphSecret },
      web: { embedOrigins: [], corsOrigins: [] },
    },
    createLogger('test', 'silent'),
  );
}, 60_000);

afterAll(async () => {
  registry?.kill('SIGKILL');
  await gateway?.stop();
  await receiver?.close();
  await storage?.drop();
});

async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await mintToken({ secret, subject: 'admin', name: 'Admin', roles: ['admin'] });
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

it('delivers every event after a SIGKILL with deliveries pending and in flight, in order per register', async () => {
  const { createWebhookSubscription } = await api(
    `mutation($url: String!) { createWebhookSubscription(input: { url: $url, events: [REGISTER_CREATED, REGISTER_CHANGED] }) { secret } }`,
    { url: receiver.url },
  );
  receiver.secret = createWebhookSubscription.secret;
  // The receiver takes every request and answers none: the first attempt stays in flight.
  receiver.respond = () => new Promise<number>(() => undefined);

  const registers: string[] = [];
  for (const title of ['Crash Register A', 'Crash Register B']) {
    const { createWorkRegister } = await api(
      `mutation($title: String!) { createWorkRegister(input: { title: $title, parties: [{ acronym: "MEF" }, { acronym: "DMTF" }] }) { id } }`,
      { title },
    );
    registers.push(createWorkRegister.id);
  }
  for (let revision = 1; revision <= 3; revision++) {
    for (const id of registers) {
      await api(
        `mutation($id: ID!, $rev: Int!, $text: String!) { updateWorkRegister(id: $id, expectedRevision: $rev, input: { background: $text }) { revision } }`,
        { id, rev: revision, text: `Background ${revision}` },
      );
    }
  }
  // 2 created + 6 changed; at least one attempt is in the receiver's hands, unanswered.
  await expect.poll(() => receiver.requests.length).toBeGreaterThan(0);
  const inFlight = receiver.requests.length;

  registry!.kill('SIGKILL');
  await new Promise((resolve) => registry!.once('exit', resolve));
  receiver.respond = () => 204;
  registry = await startRegistryProcess();

  await expect.poll(() => receiver.events().length, { timeout: 20_000 }).toBe(8);
  expect(receiver.requests.length).toBeGreaterThan(inFlight);
  for (const id of registers) {
    const revisions = receiver
      .events()
      .filter((event) => event.payload!.data.workRegister.id === id)
      .map((event) => [event.payload!.type, event.payload!.data.revision.number]);
    expect(revisions).toEqual([
      ['register.created', 1],
      ['register.changed', 2],
      ['register.changed', 3],
      ['register.changed', 4],
    ]);
  }
}, 60_000);

import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createLogger,
  mintToken,
  RELAY_PATH,
  type RunningServer,
  type RunningSubgraph,
  type SubgraphConfig,
} from '@alliance/core';
import { loadRelayConfig, startContacts } from '@alliance/contacts';
import { startGateway } from '@alliance/gateway';
import { startRegistry } from '@alliance/registry';
import { redisAnswers, TEST_REDIS_URL } from './support/redis.js';
import { freshStorage } from './support/storage.js';

/**
 * Scale-out as docker-compose would run it: two replicas of each subgraph over one database
 * (PostgreSQL when DATABASE_URL is set, else one SQLite file), and two gateways with the response
 * cache and rate limits shared through the Redis on 127.0.0.1:6379. Gateway A talks to the first
 * replicas, gateway B to the second; writes and reads alternate between them, and every read
 * through one sees every write made through the other — none lost, none stale.
 */

const REDIS_URL = TEST_REDIS_URL;

const logger = createLogger('test', 'silent');
const haveRedis = await redisAnswers();

let storage: Awaited<ReturnType<typeof freshStorage>>;
const subgraphs: RunningSubgraph[] = [];
const gateways: RunningServer[] = [];
let admin: string;

describe.skipIf(!haveRedis)('two replicas of everything, sharing PostgreSQL (or SQLite) and Redis', () => {
  beforeAll(async () => {
    storage = await freshStorage();
    const auth = { kind: 'secret' as const, secret: randomBytes(32).toString('base64url'), rolesClaim: 'roles' };
    const secrets = {
      registry: randomBytes(32).toString('base64url'),
      contacts: randomBytes(32).toString('base64url'),
    };
    const config = (name: 'registry' | 'contacts'): SubgraphConfig => ({
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      storage: storage.storage,
      auth,
      gatewaySecret: secrets[name],
    });
    for (let replica = 0; replica < 2; replica++) {
      const registry = await startRegistry(config('registry'), logger, { dueSoonDays: 90, today: undefined });
      let gatewayUrl = '';
      const relay = { ...loadRelayConfig(auth), target: new URL(RELAY_PATH, registry.url).href };
      const contacts = await startContacts(config('contacts'), logger, () => gatewayUrl, relay);
      const gateway = await startGateway(
        {
          host: '127.0.0.1',
          port: 0,
          logLevel: 'silent',
          subgraphUrls: { registry: registry.url, contacts: contacts.url },
          subgraphSecrets: secrets,
          auth,
          web: { embedOrigins: [], corsOrigins: [] },
          rateLimit: { requests: 100_000, windowSeconds: 60, redisUrl: REDIS_URL },
          cache: { deduplicate: true, responses: true, redisUrl: REDIS_URL },
        },
        logger,
      );
      gatewayUrl = gateway.url;
      subgraphs.push(registry, contacts);
      gateways.push(gateway);
    }
    admin = await mintToken({ secret: auth.secret, subject: 'admin', name: 'Admin', roles: ['admin'] });
  }, 120_000);

  afterAll(async () => {
    await Promise.allSettled(gateways.map((g) => g.stop()));
    await Promise.allSettled(subgraphs.map((s) => s.stop()));
    await storage?.drop();
  });

  async function post<T = any>(
    gateway: number,
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) {
    const response = await fetch(gateways[gateway]!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!;
  }

  const COUNT = `{ registryStats { workRegisters } workRegisters(filter: { search: "Scale Register" }) { totalCount } }`;

  it('sees every register written through the other gateway at once, cached or not', async () => {
    // Warm both caches with the empty answer first: a stale cache would keep serving it.
    for (const gateway of [0, 1]) await post(gateway, COUNT);
    for (let n = 1; n <= 12; n++) {
      const writer = n % 2;
      await post(
        writer,
        `mutation($title: String!) { createWorkRegister(input: { title: $title, parties: [{ acronym: "MEF" }, { acronym: "DMTF" }] }) { id } }`,
        { title: `Scale Register ${n}` },
        admin,
      );
      const reader = 1 - writer;
      const seen = await post<{ registryStats: { workRegisters: number }; workRegisters: { totalCount: number } }>(
        reader,
        COUNT,
      );
      expect(seen.workRegisters.totalCount).toBe(n);
      expect(seen.registryStats.workRegisters).toBe(n);
    }
  }, 120_000);

  it('keeps every one of many concurrent writes spread over both gateways', async () => {
    const titles = Array.from({ length: 20 }, (_, i) => `Scale Burst ${i + 1}`);
    await Promise.all(
      titles.map((title, i) =>
        post(
          i % 2,
          `mutation($title: String!) { createWorkRegister(input: { title: $title, parties: [{ acronym: "SNIA" }, { acronym: "DMTF" }] }) { id } }`,
          { title },
          admin,
        ),
      ),
    );
    for (const gateway of [0, 1]) {
      const listed = await post(
        gateway,
        `{ workRegisters(filter: { search: "Scale Burst" }, first: 50) { totalCount } }`,
      );
      expect(listed.workRegisters.totalCount).toBe(20);
    }
  }, 120_000);

  it('shows a contact edited through one gateway as edited through the other', async () => {
    const { createContact } = await post(
      0,
      `mutation { createContact(input: { organization: "DMTF", name: "Scale Liaison", email: "scale.liaison@dmtf.org" }) { id } }`,
      {},
      admin,
    );
    const read = `query($id: ID) { contact(id: $id) { title revision } }`;
    expect((await post(1, read, { id: createContact.id }, admin)).contact).toEqual({ title: null, revision: 1 });
    await post(
      1,
      `mutation($id: ID!) { updateContact(id: $id, expectedRevision: 1, input: { title: "Chair" }) { revision } }`,
      { id: createContact.id },
      admin,
    );
    expect((await post(0, read, { id: createContact.id }, admin)).contact).toEqual({ title: 'Chair', revision: 2 });
  }, 60_000);
});

import { createLogger, type RunningServer } from '@alliance/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redisAnswers, TEST_REDIS_URL } from './support/redis.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * The response cache (gateway/src/response-cache.ts) with two gateway replicas sharing the Redis
 * of the machine (FIELD-NOTES) on the same subgraphs: what one caches the other serves, what one
 * writes the other never answers from before, and a PRIVATE answer stays with its viewer.
 */
const REDIS_URL = TEST_REDIS_URL;

const redisUp = await redisAnswers();
const logger = createLogger('test', 'silent');

describe.skipIf(!redisUp)('the response cache, two replicas sharing Redis at 127.0.0.1:6379', () => {
  let stack: Stack;
  let one: RunningServer;
  let two: RunningServer;

  const replica = () => stack.gatewayWith({ cache: { responses: true, redisUrl: REDIS_URL } }, logger);

  beforeAll(async () => {
    stack = await startStack();
    [one, two] = await Promise.all([replica(), replica()]);
  }, 120_000);

  afterAll(() => stack?.stop());

  /** The body, and whether the gateway answered from its cache (Apollo's plugin sets Age then). */
  async function post(gateway: RunningServer, query: string, token?: string, variables: Record<string, unknown> = {}) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: any; errors?: unknown[] };
    return { ...body, cached: response.headers.has('age'), cacheControl: response.headers.get('cache-control') };
  }

  /** Asks until the answer comes from the cache (the first ask fills it; Redis may still be connecting). */
  async function untilCached(gateway: RunningServer, query: string, token?: string) {
    for (let attempt = 0; attempt < 40; attempt++) {
      const answer = await post(gateway, query, token);
      if (answer.cached) return answer;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`never answered from the cache: ${query}`);
  }

  const STATS = `{ registryStats { workRegisters byStatus { status count } byOrganization { organization { acronym } count } } }`;

  it('answers identical queries from the cache, through either replica, at no cost to the registry', async () => {
    const first = await post(one, STATS);
    // Cached here for the hints' 60 s, but no client or CDN may keep a copy that no mutation empties.
    expect(first.cacheControl).toBe('no-store');
    await untilCached(one, STATS);

    const before = stack.registry.db.statementCount();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post(i % 2 ? one : two, STATS)));
    expect(stack.registry.db.statementCount() - before).toBe(0);
    for (const answer of answers) {
      expect(answer.cached).toBe(true);
      expect(answer.data).toEqual(first.data);
    }
    // The stack's own gateway caches no responses: the same 20 cost the registry something (fewer
    // than 20 reads when in-flight de-duplication merges some, and the registry's stats are cached
    // per data version), so the zero above is the response cache's doing.
    const uncached = stack.registry.db.statementCount();
    await Promise.all(Array.from({ length: 20 }, () => stack.query(STATS)));
    expect(stack.registry.db.statementCount() - uncached).toBeGreaterThan(0);
  });

  it('never answers from before a write: a change through one replica is seen by a cached read through the other', async () => {
    const READ = `{ workRegister(slug: "mef-dmtf") { id revision version } }`;
    const cached = await untilCached(two, READ);
    const { id, revision } = cached.data.workRegister;

    for (const version of ['cache-1', 'cache-2']) {
      const write = await post(
        one,
        `mutation($id: ID!, $rev: Int!, $version: String) { updateWorkRegister(id: $id, expectedRevision: $rev, input: { version: $version }) { revision version } }`,
        stack.tokens.admin,
        { id, rev: (await post(one, READ)).data.workRegister.revision, version },
      );
      expect(write.errors).toBeUndefined();
      // Straight after the answer, through the other replica, and again once it is cached there.
      const read = await post(two, READ);
      expect(read.data.workRegister.version).toBe(version);
      expect(read.data.workRegister.revision).toBe(write.data.updateWorkRegister.revision);
      expect((await untilCached(two, READ)).data.workRegister.version).toBe(version);
    }
    expect((await post(one, READ)).data.workRegister.revision).toBe(revision + 2);
  });

  it('never serves a PRIVATE answer to another viewer', async () => {
    const CONTACTS = `{ contacts(first: 20) { edges { node { name email kind } } } }`;
    const member = await untilCached(one, CONTACTS, stack.tokens.member);
    expect(member.cacheControl).toBe('no-store');
    const personal = (answer: typeof member) =>
      answer.data.contacts.edges.filter((edge: any) => edge.node.kind === 'PERSON' && edge.node.email !== null);
    expect(personal(member).length).toBeGreaterThan(0);

    // Another signed-in viewer, through either replica, is asked anew (no Age) and cached apart.
    const editor = await stack.token('editor:DMTF');
    const other = await post(two, CONTACTS, editor);
    expect(other.cached).toBe(false);
    // Anonymous callers see no personal address, and a PRIVATE answer is never cached for them.
    for (const gateway of [one, two, one]) {
      const anonymous = await post(gateway, CONTACTS);
      expect(anonymous.cached).toBe(false);
      expect(personal(anonymous)).toEqual([]);
    }
  });
});

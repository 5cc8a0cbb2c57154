import { createLogger, serve, type RunningServer } from '@alliance/core';
import type { ApolloServerPlugin } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataGenerationPlugin, memoryGeneration } from '../src/data-generation.js';
import { createReplays, replaySlotOf, type ReplayContext } from '../src/replay.js';
import { memoryCache, responseCache } from '../src/response-cache.js';

/**
 * The replay of cached answers (replay.ts) in front of a real Apollo server with Apollo's
 * response cache, as the gateway mounts them, over a small schema with hints: what Apollo is
 * asked and what resolvers run, against what the client gets. test/response-cache.test.ts runs
 * it through two gateway replicas sharing Redis.
 */

const typeDefs = `#graphql
  enum CacheControlScope { PUBLIC PRIVATE }
  directive @cacheControl(maxAge: Int, scope: CacheControlScope) on FIELD_DEFINITION | OBJECT
  type Query {
    count: Int @cacheControl(maxAge: 60)
    mine: String @cacheControl(maxAge: 60, scope: PRIVATE)
    brief: Int @cacheControl(maxAge: 1)
    failing: Int @cacheControl(maxAge: 60)
  }
`;

const logger = createLogger('test', 'silent');

/** The test's context: the slot, and the Authorization its PRIVATE field answers with. */
type Context = ReplayContext & { authorization?: string };

describe('the replay of cached answers', () => {
  let server: RunningServer;
  const generation = memoryGeneration();
  const seen = { apollo: 0, resolved: 0 };

  beforeAll(async () => {
    const replays = createReplays<Context>(generation);
    const counting: ApolloServerPlugin<Context> = {
      async requestDidStart() {
        seen.apollo++;
      },
    };
    server = await serve<Context>({
      name: 'replay-test',
      host: '127.0.0.1',
      port: 0,
      logger,
      apollo: {
        typeDefs,
        resolvers: {
          Query: {
            count: () => ++seen.resolved,
            mine: (_: unknown, __: unknown, context: Context) => `for ${context.authorization}`,
            brief: () => ++seen.resolved,
            failing: () => {
              seen.resolved++;
              throw new Error('no');
            },
          },
        },
        plugins: [counting, dataGenerationPlugin(generation), responseCache(memoryCache()), replays.plugin],
      },
      context: async (req) => ({ authorization: req.headers.authorization, replay: replaySlotOf(req.res!) }),
      health: async () => {},
      beforeApollo: replays.middleware,
    });
  });

  afterAll(() => server?.stop());

  async function post(body: string, headers: Record<string, string> = {}) {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    return {
      status: response.status,
      body: await response.text(),
      contentType: response.headers.get('content-type'),
      cacheControl: response.headers.get('cache-control'),
      age: response.headers.get('age'),
      etag: response.headers.get('etag'),
      contentLength: response.headers.get('content-length'),
    };
  }

  /** What Apollo and the resolvers did while `ask` ran. */
  async function counted<T>(ask: () => Promise<T>) {
    const before = { ...seen };
    const result = await ask();
    return { result, apollo: seen.apollo - before.apollo, resolved: seen.resolved - before.resolved };
  }

  const COUNT = JSON.stringify({ query: '{ count }' });

  it('answers a repeated request without Apollo, with the bytes and headers Apollo sent from its cache', async () => {
    const first = await counted(() => post(COUNT));
    expect(first).toMatchObject({ apollo: 1, resolved: 1 });
    expect(JSON.parse(first.result.body)).toEqual({ data: { count: expect.any(Number) } });

    // The same query in other bytes is no replay: Apollo's cache answers it, and sets Age.
    const spaced = await counted(() => post(COUNT.replace(':', ': ')));
    expect(spaced).toMatchObject({ apollo: 1, resolved: 0 });
    expect(spaced.result.age).not.toBeNull();

    const replayed = await counted(() => post(COUNT));
    expect(replayed).toMatchObject({ apollo: 0, resolved: 0 });
    const { age, ...answer } = replayed.result;
    const { age: cachedAge, ...fromCache } = spaced.result;
    expect(answer).toEqual(fromCache);
    expect(answer.body).toBe(first.result.body);
    // Written as kept, the ETag and length are still those of the bytes sent.
    expect(answer.etag).toBe(first.result.etag);
    expect(answer.etag).toMatch(/^W\/"/);
    expect(Number(answer.contentLength)).toBe(Buffer.byteLength(first.result.body));
    expect(Number(age)).toBeGreaterThanOrEqual(Number(cachedAge));
  });

  it('replays nothing from before a mutation moved the data generation on', async () => {
    await post(COUNT);
    expect((await counted(() => post(COUNT))).apollo).toBe(0);
    await generation.bump();
    const after = await counted(() => post(COUNT));
    expect(after).toMatchObject({ apollo: 1, resolved: 1 });
    expect(JSON.parse(after.result.body).data.count).toBe(seen.resolved);
    expect((await counted(() => post(COUNT))).apollo).toBe(0);
  });

  it('keeps a PRIVATE answer to its Authorization, and never replays one to an anonymous caller', async () => {
    const MINE = JSON.stringify({ query: '{ mine }' });
    const alice = { authorization: 'Bearer alice' };
    expect(JSON.parse((await post(MINE, alice)).body).data.mine).toBe('for Bearer alice');
    const again = await counted(() => post(MINE, alice));
    expect(again.apollo).toBe(0);
    expect(JSON.parse(again.result.body).data.mine).toBe('for Bearer alice');

    const bob = await counted(() => post(MINE, { authorization: 'Bearer bob' }));
    expect(bob.apollo).toBe(1);
    expect(JSON.parse(bob.result.body).data.mine).toBe('for Bearer bob');
    for (let i = 0; i < 2; i++) {
      const anonymous = await counted(() => post(MINE));
      expect(anonymous.apollo).toBe(1);
      expect(JSON.parse(anonymous.result.body).data.mine).toBe('for undefined');
    }
  });

  it('keeps the content type each Accept was answered with', async () => {
    const QUERY = JSON.stringify({ query: '{ count }', operationName: null });
    for (const accept of ['application/json', 'application/graphql-response+json']) {
      const first = await post(QUERY, { accept });
      const again = await counted(() => post(QUERY, { accept }));
      expect(again.apollo).toBe(0);
      expect(again.result.contentType).toBe(first.contentType);
      expect(first.contentType).toContain(accept);
    }
  });

  it('replays no answer with errors', async () => {
    const FAILING = JSON.stringify({ query: '{ failing }' });
    for (let i = 0; i < 2; i++) {
      const answer = await counted(() => post(FAILING));
      expect(answer).toMatchObject({ apollo: 1, resolved: 1 });
      expect(JSON.parse(answer.result.body).errors).toHaveLength(1);
    }
  });

  it('lets a replay lapse before the cache entry it came from', async () => {
    const BRIEF = JSON.stringify({ query: '{ brief }' });
    await post(BRIEF);
    expect((await counted(() => post(BRIEF))).apollo).toBe(0);
    // maxAge 1 s: the replay lapses half a second early, then Apollo answers (from its cache or anew).
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await counted(() => post(BRIEF))).apollo).toBe(1);
  });
});

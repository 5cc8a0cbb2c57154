import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '@alliance/core';
import type { GatewayConfig } from '@alliance/gateway';
import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from '../gateway/src/rate-limit.js';
import { redisAnswers, TEST_REDIS_URL } from './support/redis.js';
import { startStack, type Stack } from './support/stack.js';

/**
 * Per-client rate limits through real gateways on one stack: counted per token subject, else per
 * address; 429 with Retry-After past the budget; in memory by default, and shared between
 * replicas through the Redis at 127.0.0.1:6379 when it answers.
 */

const REDIS_URL = TEST_REDIS_URL;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({ seed: false });
}, 60_000);
afterAll(() => stack?.stop());

const gatewayWith = async (rateLimit: RateLimitConfig, settings: Partial<GatewayConfig> = {}) =>
  (await stack.gatewayWith({ rateLimit, ...settings })).url;

/** A token of its own subject, so that each test counts against a budget of its own. */
const freshToken = () => mintToken({ secret: stack.auth.secret, subject: `rate-${randomUUID()}`, roles: [] });

async function ask(url: string, token?: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query: '{ registryStats { workRegisters } }' }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const statuses = async (count: number, send: () => Promise<{ status: number }>) => {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await send()).status);
  return seen;
};

describe('in memory', () => {
  it('answers 429 with Retry-After past the budget, per token subject', async () => {
    const url = await gatewayWith({ requests: 5, windowSeconds: 60 });
    const [alice, bob] = [await freshToken(), await freshToken()];
    expect(await statuses(5, () => ask(url, alice))).toEqual([200, 200, 200, 200, 200]);
    const refused = await ask(url, alice);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body.errors[0]).toMatchObject({
      message: expect.stringMatching(
        /^Too many requests from this client: at most 5 per 60 s .* try again in \d+ s\.$/,
      ),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number), requestId: expect.any(String) },
    });
    // Another subject has a budget of its own; so has the address, for callers without a token.
    expect((await ask(url, bob)).status).toBe(200);
    expect((await ask(url)).status).toBe(200);
  });

  it('counts callers without a token by address, and bad tokens with them', async () => {
    const url = await gatewayWith({ requests: 3, windowSeconds: 60 });
    expect(await statuses(2, () => ask(url))).toEqual([200, 200]);
    expect((await ask(url, 'not-a-token')).status).toBe(401);
    expect((await ask(url, 'not-a-token')).status).toBe(429);
    expect((await ask(url)).status).toBe(429);
    // A signed-in caller from the same address is counted by subject.
    expect((await ask(url, await freshToken())).status).toBe(200);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const untrusting = await gatewayWith({ requests: 1, windowSeconds: 60 });
    expect((await ask(untrusting, undefined, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    // Another claimed address does not buy a new budget.
    expect((await ask(untrusting, undefined, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(429);
    const behindProxy = await gatewayWith({ requests: 1, windowSeconds: 60 }, { trustProxy: 'loopback' });
    expect((await ask(behindProxy, undefined, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(200);
    expect((await ask(behindProxy, undefined, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(200);
    expect((await ask(behindProxy, undefined, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(429);
  });

  it('is generous by default: 200 requests in a burst from one client all pass', async () => {
    const url = await gatewayWith(DEFAULT_RATE_LIMIT);
    const token = await freshToken();
    const seen = await Promise.all(Array.from({ length: 200 }, () => ask(url, token).then((a) => a.status)));
    expect(seen.filter((status) => status !== 200)).toEqual([]);
  });
});

const redisUp = await redisAnswers();
if (!redisUp) console.info(`rate-limit.test.ts: no Redis answers at ${REDIS_URL}; the shared-limit tests are skipped`);

describe.skipIf(!redisUp)(`in Redis (${REDIS_URL})`, () => {
  it('is shared by every gateway replica: 3 requests on one and 3 on another exceed a budget of 5', async () => {
    const budget = { requests: 5, windowSeconds: 60, redisUrl: REDIS_URL };
    const [first, second] = [await gatewayWith(budget), await gatewayWith(budget)];
    const token = await freshToken();
    expect(await statuses(3, () => ask(first, token))).toEqual([200, 200, 200]);
    expect(await statuses(2, () => ask(second, token))).toEqual([200, 200]);
    const refused = await ask(second, token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await ask(first, token)).status).toBe(429);
  });
});

describe('with Redis unreachable', () => {
  it('keeps serving, counting in each process meanwhile', async () => {
    const url = await gatewayWith({ requests: 2, windowSeconds: 60, redisUrl: 'redis://127.0.0.1:1' });
    const token = await freshToken();
    expect(await statuses(3, () => ask(url, token))).toEqual([200, 200, 429]);
  });
});

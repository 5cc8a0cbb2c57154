import { describe, expect, it } from 'vitest';
import { ConfigError } from '@alliance/core';
import { loadConfig } from '../src/config.js';
import { DEFAULT_LIMITS } from '../src/limits.js';
import { DEFAULT_RATE_LIMIT } from '../src/rate-limit.js';

const SECRET = { AUTH_SECRET: 's'.repeat(32) };

describe('the perimeter settings', () => {
  it('default to the documented limits, an in-memory rate limit and no trusted proxy', () => {
    const config = loadConfig({ ...SECRET });
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config.rateLimit).toEqual({ ...DEFAULT_RATE_LIMIT, redisUrl: undefined });
    expect(config.trustProxy).toBe(false);
    expect(config.development).toBe(true);
    expect(loadConfig({ ...SECRET, NODE_ENV: 'production' }).development).toBe(false);
  });

  it('read the limits, the rate limit and Redis from the environment', () => {
    const config = loadConfig({
      ...SECRET,
      GATEWAY_MAX_DEPTH: '9',
      GATEWAY_MAX_COST: '1000',
      RATE_LIMIT_REQUESTS: '0',
      RATE_LIMIT_WINDOW_SECONDS: '10',
      REDIS_URL: 'redis://cache.internal:6379/2',
    });
    expect(config.limits).toMatchObject({ depth: 9, cost: 1000, aliases: DEFAULT_LIMITS.aliases });
    expect(config.rateLimit).toEqual({ requests: 0, windowSeconds: 10, redisUrl: 'redis://cache.internal:6379/2' });
  });

  it.each([
    ['1', 1],
    ['loopback', 'loopback'],
    ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
  ])('read TRUST_PROXY=%s as Express takes it', (value, expected) => {
    expect(loadConfig({ ...SECRET, TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each([
    ['GATEWAY_MAX_DEPTH', '0'],
    ['GATEWAY_MAX_TOKENS', 'many'],
    ['RATE_LIMIT_REQUESTS', '-1'],
    ['REDIS_URL', 'http://cache.internal'],
  ])('refuse %s=%s at start, naming the variable', (variable, value) => {
    expect(() => loadConfig({ ...SECRET, [variable]: value })).toThrow(new RegExp(`${variable}: `));
  });

  it('verify tokens with the subgraphs’ settings, and refuse to start without a way to', () => {
    expect(loadConfig({ ...SECRET, AUTH_ISSUER: 'https://sso.example.org' }).auth).toMatchObject({
      kind: 'secret',
      issuer: 'https://sso.example.org',
    });
    expect(loadConfig({ AUTH_JWKS_URL: 'https://sso.example.org/certs' }).auth).toMatchObject({ kind: 'jwks' });
    expect(() => loadConfig({ DATA_DIR: '/nonexistent/alliance' })).toThrow(ConfigError);
    expect(() => loadConfig({ DATA_DIR: '/nonexistent/alliance' })).toThrow(/AUTH_JWKS_URL .*AUTH_SECRET/);
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, type AuthConfig } from '@alliance/core';
import { loadWebhookConfig } from '../src/config.js';

const jwks: AuthConfig = { kind: 'jwks', jwksUrl: 'https://id.example.org/certs', rolesClaim: 'roles' };
const secret: AuthConfig = { kind: 'secret', secret: 'x'.repeat(32), rolesClaim: 'roles' };

describe('webhook configuration', () => {
  it('refuses to start with an identity provider and no WEBHOOK_SECRET_KEY to seal secrets under', () => {
    expect(() => loadWebhookConfig(jwks, {})).toThrow(ConfigError);
    expect(() => loadWebhookConfig(jwks, {})).toThrow(/WEBHOOK_SECRET_KEY/);
    expect(() => loadWebhookConfig(jwks, { WEBHOOK_SECRET_KEY: 'k'.repeat(32) })).not.toThrow();
  });

  it('allows loopback receivers in development only, unless told otherwise', () => {
    expect(loadWebhookConfig(secret, {}).post.allowLoopback).toBe(true);
    expect(loadWebhookConfig(secret, { NODE_ENV: 'production' }).post.allowLoopback).toBe(false);
    expect(
      loadWebhookConfig(secret, { NODE_ENV: 'production', WEBHOOK_ALLOW_LOOPBACK: 'true' }).post.allowLoopback,
    ).toBe(true);
  });

  it('links payloads to PUBLIC_URL without a trailing slash', () => {
    expect(loadWebhookConfig(secret, { PUBLIC_URL: 'https://registry.example.org/' }).publicUrl).toBe(
      'https://registry.example.org',
    );
  });
});

import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { checkAddress, DestinationRefused } from '../src/webhooks/destinations.js';
import { DEFAULT_RETRY, retryDelay } from '../src/webhooks/backoff.js';
import { secretBox } from '../src/webhooks/sealed-secrets.js';
import { newSigningSecret, signatureHeaders } from '../src/webhooks/signing.js';

describe('retryDelay', () => {
  it('doubles from the base, jittered between half and all of it, capped', () => {
    const policy = { maxAttempts: 20, baseDelayMs: 1_000, maxDelayMs: 10_000 };
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(n, policy, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000, 10_000]);
    expect(retryDelay(3, policy, () => 0)).toBe(2_000);
  });

  it('gives up after the last attempt', () => {
    expect(retryDelay(DEFAULT_RETRY.maxAttempts, DEFAULT_RETRY)).toBeNull();
    expect(retryDelay(DEFAULT_RETRY.maxAttempts - 1, DEFAULT_RETRY)).not.toBeNull();
  });

  it('spreads the default attempts over about a day', () => {
    const waits = Array.from({ length: DEFAULT_RETRY.maxAttempts - 1 }, (_, i) =>
      retryDelay(i + 1, DEFAULT_RETRY, () => 1)!,
    );
    const hours = waits.reduce((a, b) => a + b, 0) / 3_600_000;
    expect(hours).toBeGreaterThan(18);
    expect(hours).toBeLessThan(30);
  });
});

describe('checkAddress', () => {
  const strict = { allowLoopback: false };
  it.each([
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    'fe80::1',
    'fd00::1',
    '::ffff:127.0.0.1',
    '224.0.0.1',
  ])('refuses %s', (address) => expect(() => checkAddress(address, strict)).toThrow(DestinationRefused));

  it.each(['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'])('accepts the public address %s', (address) => {
    expect(() => checkAddress(address, strict)).not.toThrow();
  });

  it('accepts loopback only when allowed', () => {
    expect(() => checkAddress('127.0.0.1', { allowLoopback: true })).not.toThrow();
    expect(() => checkAddress('127.0.0.1', strict)).toThrow(/loopback/);
  });
});

describe('secretBox', () => {
  const box = secretBox('a key of at least thirty-two characters!');
  it('opens what it sealed, and the sealed text does not contain the secret', () => {
    const secret = newSigningSecret();
    const sealed = box.seal(secret);
    expect(sealed).not.toContain(secret.slice(6));
    expect(box.open(sealed)).toBe(secret);
  });

  it('refuses a sealed secret that was tampered with, or sealed under another key', () => {
    const sealed = box.seal('whsec_abc');
    const tampered = sealed.slice(0, -2) + (sealed.endsWith('A') ? 'BB' : 'AA');
    expect(() => box.open(tampered)).toThrow();
    expect(() => secretBox('another key of thirty-two characters or more').open(sealed)).toThrow();
  });
});

describe('signatureHeaders', () => {
  it('verify with the Standard Webhooks reference library, and fail for another body', () => {
    const secret = newSigningSecret();
    const body = JSON.stringify({ type: 'register.changed', data: { id: 1 } });
    const headers = signatureHeaders(secret, 'msg_1', new Date(), body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(secret).verify(body.replace('1', '2'), { ...headers })).toThrow();
  });
});

import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger, mintToken, SUBGRAPH_CREDENTIAL_HEADER, type RunningSubgraph } from '@alliance/core';
import { startRegistry } from '@alliance/registry';
import { startStack, type Stack } from './support/stack.js';
import { freshStorage } from './support/storage.js';

/**
 * Tokens as the services see them: the gateway verifies Authorization and forwards it, and each
 * subgraph verifies it again; a bad token is refused with 401 on reads as on writes, no token reads
 * anonymously; personal data is for signed-in readers; a production identity provider's JWKS
 * works as the development secret does.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({ today: '2026-11-24' });
}, 60_000);
afterAll(() => stack?.stop());

const CREATE_ORG =
  'mutation($a: String!) { createOrganization(input: { acronym: $a, name: "Identity Forum" }) { acronym } }';

/**
 * POSTs straight to one service, with the given Authorization header; to a registry subgraph as
 * the gateway does (with its credential), so that what is tested is the token alone.
 */
async function post(url: string, query: string, variables: object, authorization?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [SUBGRAPH_CREDENTIAL_HEADER]: stack.subgraphSecrets.registry,
      ...(authorization ? { authorization } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('tokens', () => {
  it('are forwarded by the gateway and verified by the subgraph', async () => {
    const body = await post(stack.gatewayUrl, CREATE_ORG, { a: 'IDF1' }, `Bearer ${stack.tokens.admin}`);
    expect(body).toEqual({ data: { createOrganization: { acronym: 'IDF1' } } });
  });

  it('signed with another secret are refused by a subgraph called directly', async () => {
    const forged = await mintToken({ secret: 'x'.repeat(40), subject: 'mallory', roles: ['admin'] });
    const body = await post(stack.registry.url, CREATE_ORG, { a: 'IDF2' }, `Bearer ${forged}`);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(body.errors?.[0]?.message).toMatch(/not signed by a key this registry trusts/);
    // And without any token the subgraph refuses too: it never trusts its caller.
    expect((await post(stack.registry.url, CREATE_ORG, { a: 'IDF2' })).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it.each([
    [
      'an expired token',
      async () =>
        `Bearer ${await mintToken({ secret: stack.auth.secret, subject: 'a', roles: ['admin'], ttl: '-1m' })}`,
      /expired/,
    ],
    ['a header that is not Bearer', async () => `Basic ${Buffer.from('a:b').toString('base64')}`, /Bearer/],
    ['a token that is not a JWT', async () => 'Bearer not-a-token', /cannot be verified/],
    [
      'a token without a subject',
      async () =>
        `Bearer ${await new SignJWT({ roles: ['admin'] })
          .setProtectedHeader({ alg: 'HS256' })
          .setExpirationTime('5m')
          .sign(new TextEncoder().encode(stack.auth.secret))}`,
      /no subject/,
    ],
  ])('refuses writes and reads with %s as UNAUTHENTICATED, saying why', async (_, header, why) => {
    for (const query of [CREATE_ORG, '{ registryStats { workRegisters } }']) {
      const body = await post(stack.gatewayUrl, query, { a: 'IDF3' }, await header());
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(body.errors?.[0]?.message).toMatch(why);
    }
  });

  it('refuses reads with a refused token too: 401, never a silent downgrade to anonymous', async () => {
    const response = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify({ query: '{ workRegister(slug: "mef-dmtf") { title } }' }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer error="invalid_token"');
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: any }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: expect.stringMatching(/cannot be verified/),
    });
    expect(body.errors[0]!.message).toMatch(/refused: the token cannot be verified/);
  });

  it('are refused on reads by a subgraph as by the gateway: the same verification in both', async () => {
    const response = await fetch(stack.registry.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-subgraph-credential': stack.subgraphSecrets.registry,
        authorization: 'Bearer not-a-token',
      },
      body: JSON.stringify({ query: '{ workRegister(slug: "mef-dmtf") { title } }' }),
    });
    expect(response.status).toBe(401);
    const body = (await response.json()) as { errors: { message: string; extensions: any }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect(body.errors[0]!.message).toMatch(/refused: the token cannot be verified/);
  });

  it('lets a request without Authorization read as anonymous', async () => {
    const body = await post(stack.gatewayUrl, '{ workRegister(slug: "mef-dmtf") { title } }', {});
    expect(body).toEqual({ data: { workRegister: { title: 'MEF / DMTF Work Register' } } });
  });

  it("ignores an identity provider's own roles next to ours", async () => {
    const token = await mintToken({ secret: stack.auth.secret, subject: 'sso-user', roles: [] });
    const withExtras = await new SignJWT({ roles: ['offline_access', 'uma_authorization', 'admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('sso-user')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode(stack.auth.secret));
    expect(
      (await post(stack.gatewayUrl, CREATE_ORG, { a: 'IDF4' }, `Bearer ${token}`)).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect((await post(stack.gatewayUrl, CREATE_ORG, { a: 'IDF4' }, `Bearer ${withExtras}`)).data).toEqual({
      createOrganization: { acronym: 'IDF4' },
    });
  });
});

describe('personal data in documents', () => {
  const SOURCE = '{ workRegister(slug: "mef-dmtf") { source { text } sections { text } findings { message } } }';
  const text = (data: any) =>
    [data.workRegister.source.text, ...data.workRegister.sections.map((s: any) => s.text)].join('\n');

  it('hides every email address of the document text from anonymous readers', async () => {
    const { data } = await stack.query(SOURCE);
    expect(text(data)).not.toMatch(/@/);
    expect(text(data)).toContain('[email hidden]');
    expect(JSON.stringify(data.workRegister.findings)).not.toMatch(/@/);
  });

  it('shows them to members', async () => {
    const { data } = await stack.query(SOURCE, {}, stack.tokens.member);
    expect(text(data)).toContain('nan@metroethernetforum.org');
  });
});

describe('an identity provider (JWKS)', () => {
  let jwks: Server;
  let registry: RunningSubgraph;
  let drop: () => Promise<void>;
  let privateKey: CryptoKey;
  const issuer = 'https://sso.example.org/realms/standards';

  beforeAll(async () => {
    const keys = await generateKeyPair('RS256');
    privateKey = keys.privateKey as CryptoKey;
    const publicJwk = { ...(await exportJWK(keys.publicKey)), kid: 'key-1', alg: 'RS256', use: 'sig' };
    jwks = createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/certs`;
    let storage;
    ({ storage, drop } = await freshStorage());
    // With an identity provider there is no token secret to seal webhook secrets under.
    process.env.WEBHOOK_SECRET_KEY = randomBytes(32).toString('base64url');
    registry = await startRegistry(
      {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        storage,
        auth: { kind: 'jwks', jwksUrl, issuer, audience: 'alliance-registry', rolesClaim: 'realm_access.roles' },
        gatewaySecret: stack.subgraphSecrets.registry,
      },
      createLogger('test', 'silent'),
    );
  }, 60_000);
  afterAll(async () => {
    await registry?.stop();
    await drop?.();
    jwks?.close();
  });

  const issued = (claims: { aud?: string; roles?: string[] } = {}) =>
    new SignJWT({ realm_access: { roles: claims.roles ?? ['admin'] }, name: 'Sam SSO' })
      .setProtectedHeader({ alg: 'RS256', kid: 'key-1' })
      .setSubject('sam@sso')
      .setIssuer(issuer)
      .setAudience(claims.aud ?? 'alliance-registry')
      .setExpirationTime('5m')
      .sign(privateKey);

  it("accepts the provider's tokens, with roles from a nested claim", async () => {
    const body = await post(registry.url, CREATE_ORG, { a: 'SSOF' }, `Bearer ${await issued()}`);
    expect(body).toEqual({ data: { createOrganization: { acronym: 'SSOF' } } });
  });

  it('refuses a token for another audience, and one signed with a shared secret', async () => {
    const other = await post(registry.url, CREATE_ORG, { a: 'SSOG' }, `Bearer ${await issued({ aud: 'other-app' })}`);
    expect(other.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const hs256 = await mintToken({ secret: stack.auth.secret, subject: 'x', roles: ['admin'], issuer });
    const shared = await post(registry.url, CREATE_ORG, { a: 'SSOG' }, `Bearer ${hs256}`);
    expect(shared.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

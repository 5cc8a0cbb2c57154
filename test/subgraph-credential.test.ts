import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, createLogger, credentialMatches, SUBGRAPH_CREDENTIAL_HEADER } from '@alliance/core';
import { startContacts } from '@alliance/contacts';
import { startGateway } from '@alliance/gateway';
import { startRegistry } from '@alliance/registry';
import { startStack, type Stack } from './support/stack.js';
import { freshStorage } from './support/storage.js';

/**
 * The subgraphs are not public (issue 14): whoever reaches a subgraph's port without the
 * gateway's credential is refused before anything runs, so `_entities` cannot be asked for
 * data, nor fed forged `@requires` inputs. The gateway presents the credential and works.
 */

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
}, 60_000);
afterAll(() => stack?.stop());

const logger = createLogger('test', 'silent');

/** A forged `@requires` input: contact findings of an organization whose domains the caller invents. */
const FORGED_ENTITIES = {
  query: `query($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Organization { contactFindings { code message } } }
  }`,
  variables: {
    representations: [
      { __typename: 'Organization', id: '1', acronym: 'MEF', emailDomains: [{ domain: 'evil.example' }] },
    ],
  },
};

async function post(url: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } };
}

describe.each(['registry', 'contacts'] as const)('the %s subgraph', (name) => {
  const url = () => stack[name].url;

  it('refuses _entities without the credential: 401, UNAUTHENTICATED, saying where to ask instead', async () => {
    const { status, body } = await post(url(), FORGED_ENTITIES);
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([
      {
        message: `The ${name} subgraph answers the gateway only: send your query to the gateway's /graphql.`,
        extensions: { code: 'UNAUTHENTICATED', refused: 'SUBGRAPH_CREDENTIAL' },
      },
    ]);
  });

  it("refuses a wrong credential, another subgraph's included", async () => {
    const other = name === 'registry' ? stack.subgraphSecrets.contacts : stack.subgraphSecrets.registry;
    for (const wrong of [other, 'x', `${stack.subgraphSecrets[name]}x`]) {
      const { status, body } = await post(url(), FORGED_ENTITIES, { [SUBGRAPH_CREDENTIAL_HEADER]: wrong });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.message).toContain('refused the credential');
    }
  });

  it('refuses every way of asking: GET, the SDL, a plain query', async () => {
    const get = await fetch(`${url()}?query=${encodeURIComponent('{ _service { sdl } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(401);
    expect((await post(url(), { query: '{ _service { sdl } }' })).status).toBe(401);
    expect((await post(url(), { query: '{ __typename }' })).status).toBe(401);
  });

  it('answers the gateway, and /health to anyone', async () => {
    const { status, body } = await post(
      url(),
      { query: '{ _service { sdl } }' },
      { [SUBGRAPH_CREDENTIAL_HEADER]: stack.subgraphSecrets[name] },
    );
    expect(status).toBe(200);
    expect(body.data._service.sdl).toContain('@key');
    const health = await fetch(url().replace(/graphql$/, 'health'));
    expect(health.status).toBe(200);
  });
});

it('serves the whole graph through the gateway, which presents each credential', async () => {
  const { data, errors } = await stack.query(
    '{ workRegister(slug: "mef-dmtf") { title pointsOfContact { contact { name } } contactFindings { code } } }',
  );
  expect(errors).toBeUndefined();
  expect(data.workRegister.pointsOfContact).toHaveLength(4);
});

it('a gateway holding the wrong credential gets nothing, and says the service is unavailable, not the caller unauthenticated', async () => {
  const misconfigured = await startGateway(
    {
      host: '127.0.0.1',
      port: 0,
      logLevel: 'silent',
      subgraphUrls: { registry: stack.registry.url, contacts: stack.contacts.url },
      subgraphSecrets: { registry: stack.subgraphSecrets.registry, contacts: stack.subgraphSecrets.registry },
    },
    logger,
  );
  try {
    const { status, body } = await post(misconfigured.url, {
      query: '{ workRegister(slug: "mef-dmtf") { title pointsOfContact { role } } }',
    });
    expect(status).toBe(200);
    expect(body.data.workRegister).toEqual({ title: 'MEF / DMTF Work Register', pointsOfContact: null });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'contacts' });
  } finally {
    await misconfigured.stop();
  }
});

describe('without a credential configured', () => {
  it('a subgraph refuses to start, naming SUBGRAPH_SECRET and the file npm start makes', async () => {
    const { storage, drop } = await freshStorage();
    const auth = { kind: 'secret' as const, secret: randomBytes(32).toString('base64url'), rolesClaim: 'roles' };
    try {
      const config = { host: '127.0.0.1', port: 0, logLevel: 'silent', storage, auth };
      await expect(startContacts(config, logger, 'http://127.0.0.1:9/graphql')).rejects.toThrow(ConfigError);
      await expect(startRegistry(config, logger)).rejects.toThrow(/SUBGRAPH_SECRET.*subgraph-secret-registry/);
    } finally {
      await drop();
    }
  });

  it('the gateway refuses to start, naming the variable', async () => {
    const started = startGateway(
      {
        host: '127.0.0.1',
        port: 0,
        logLevel: 'silent',
        subgraphUrls: { registry: stack.registry.url, contacts: stack.contacts.url },
      },
      logger,
    );
    await expect(started).rejects.toThrow(/(REGISTRY|CONTACTS)_SUBGRAPH_SECRET: must be set/);
  });
});

describe('credentialMatches', () => {
  it('is true for the secret alone', () => {
    const secret = randomBytes(32).toString('base64url');
    expect(credentialMatches(secret, secret)).toBe(true);
    expect(credentialMatches(undefined, secret)).toBe(false);
    expect(credentialMatches('', secret)).toBe(false);
    expect(credentialMatches(secret.slice(1), secret)).toBe(false);
    expect(credentialMatches(`${secret} `, secret)).toBe(false);
  });
});

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@alliance/core';
import * as client from '@alliance/client';
import { createClient, GraphQLResponseError, RegisterBySlugDocument } from '@alliance/client';
import { loadPersistedOperations } from '@alliance/gateway';
// @ts-expect-error: a plain ES module script without type declarations
import { CODEGEN_SOURCES, MANIFEST_PATH, persistedOperations } from '../scripts/persisted-operations.mjs';
import { startStack, type Stack } from './support/stack.js';

/**
 * Trusted documents: gateway/persisted-operations.json holds every operation of
 * @alliance/client, of the web app and of the feeds by the sha256 of the text they send; the gateway answers
 * those hashes without the document in both modes, and with GATEWAY_OPERATIONS=persisted runs
 * nothing else. Through real gateways: the stack's (`any`) and a second one on the same
 * subgraphs in `persisted` mode.
 */

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST_PATH, 'utf8'));
const nameOf = (document: string) =>
  parse(document).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!.name!
    .value;

describe('gateway/persisted-operations.json', () => {
  it('is what the operations of the client, the web app and the feeds give today (run `npm run persisted` when this fails)', async () => {
    expect(readFileSync(MANIFEST_PATH, 'utf8')).toBe(await persistedOperations());
  });

  it('holds every operation of packages/client/src/operations, web/src/operations and the feeds, and nothing else', () => {
    const inFiles = (CODEGEN_SOURCES as string[]).flatMap((source) => {
      const dir = new URL(`../${source}/src/operations/`, import.meta.url);
      return readdirSync(dir)
        .filter((file) => file.endsWith('.graphql'))
        .flatMap((file) => parse(readFileSync(new URL(file, dir), 'utf8')).definitions)
        .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
        .map((operation) => operation.name!.value);
    });
    // The feeds write theirs inline, each a template literal opening with `query Name`.
    const feeds = new URL('../gateway/src/feeds/', import.meta.url);
    const inFeeds = readdirSync(feeds)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) => [...readFileSync(new URL(file, feeds), 'utf8').matchAll(/`\s*(?:query|mutation)\s+(\w+)/g)])
      .map(([, name]) => name!);
    expect(inFiles.length).toBeGreaterThan(20);
    expect(inFeeds.length).toBeGreaterThan(0);
    expect(Object.values(manifest).map(nameOf).sort()).toEqual([...inFiles, ...inFeeds].sort());
  });

  it('keys each document by the sha256 of the very string @alliance/client sends', () => {
    const documents = Object.entries(client)
      .filter(([name]) => name.endsWith('Document'))
      .map(([, document]) => String(document));
    expect(documents.length).toBeGreaterThan(10);
    for (const document of documents) expect(manifest[sha256(document)]).toBe(document);
    expect(() => loadPersistedOperations()).not.toThrow();
  });

  it("has docs/api.md's example hash, RegisterBySlugDocument's", () => {
    const page = readFileSync(new URL('../docs/api.md', import.meta.url), 'utf8');
    expect(page).toContain(`"sha256Hash": "${sha256(String(RegisterBySlugDocument))}"`);
  });
});

let stack: Stack;
let persisted: RunningServer;

/** A gateway on the stack's subgraphs that runs only the trusted documents. */
const persistedGateway = () => stack.gatewayWith({ operations: 'persisted' });

beforeAll(async () => {
  stack = await startStack();
  persisted = await persistedGateway();
});
afterAll(() => stack?.stop());

/** POSTs a raw GraphQL-over-HTTP body and returns the status and the response's body. */
async function post(url: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, ...((await response.json()) as { data?: any; errors?: any[] }) };
}

const byHash = (document: string, variables: Record<string, unknown> = {}) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: sha256(document) } },
});

const BY_SLUG = String(RegisterBySlugDocument);
const HOME = Object.values(manifest).find((document) => nameOf(document) === 'Home')!;

describe.each([
  ['any', () => stack.gatewayUrl],
  ['persisted', () => persisted.url],
])('in %s mode', (_mode, url) => {
  it('runs a client operation by its hash alone, on the first request', async () => {
    const answer = await post(url(), byHash(BY_SLUG, { slug: 'mef-dmtf' }));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.workRegister.title).toBe('MEF / DMTF Work Register');
  });

  it('runs a web app operation by its hash alone', async () => {
    const answer = await post(url(), byHash(HOME));
    expect(answer.errors).toBeUndefined();
    expect(answer.data.registryStats.workRegisters).toBeGreaterThan(0);
  });

  it('runs a trusted document sent in full, as a client without hashing sends it', async () => {
    const answer = await post(url(), { query: BY_SLUG, variables: { slug: 'mef-dmtf' } });
    expect(answer.data.workRegister.slug).toBe('mef-dmtf');
  });

  it('runs a hash-only GET of a trusted query (with the CSRF header)', async () => {
    const params = new URLSearchParams({
      variables: JSON.stringify({ slug: 'mef-dmtf' }),
      extensions: JSON.stringify(byHash(BY_SLUG).extensions),
    });
    const response = await fetch(`${url()}?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await response.json()) as any).data.workRegister.slug).toBe('mef-dmtf');
  });

  it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND', async () => {
    const answer = await post(url(), byHash('{ registryStats { findingsByCode { code } } }'));
    expect(answer.errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('@alliance/client with `persisted: true` sends the hash alone for its own operations', async () => {
    const bodies: Record<string, unknown>[] = [];
    const recording = createClient({
      endpoint: url(),
      persisted: true,
      fetch: (endpoint, init) => {
        bodies.push(JSON.parse(init.body));
        return fetch(endpoint, init);
      },
    });
    const { workRegister } = await recording.request(RegisterBySlugDocument, { slug: 'mef-dmtf' });
    expect(workRegister?.title).toBe('MEF / DMTF Work Register');
    expect(bodies).toEqual([byHash(BY_SLUG, { slug: 'mef-dmtf' })]);
  });
});

describe('in any mode (the default)', () => {
  it('keeps automatic persisted queries: an unknown hash, then hash and document, then the hash alone', async () => {
    const query = '{ registryStats { workRegisters byStatus { status count } } }';
    expect((await post(stack.gatewayUrl, byHash(query))).errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post(stack.gatewayUrl, { query, ...byHash(query) });
    expect(registered.errors).toBeUndefined();
    const again = await post(stack.gatewayUrl, byHash(query));
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(registered.data);
  });

  it('runs free-form queries', async () => {
    expect((await post(stack.gatewayUrl, { query: '{ registryStats { workRegisters } }' })).data).toBeDefined();
  });

  it('@alliance/client with `persisted: true` registers an unknown document after PERSISTED_QUERY_NOT_FOUND', async () => {
    const bodies: Record<string, unknown>[] = [];
    const recording = createClient({
      endpoint: stack.gatewayUrl,
      persisted: true,
      fetch: (endpoint, init) => {
        bodies.push(JSON.parse(init.body));
        return fetch(endpoint, init);
      },
    });
    const query = '{ registryStats { workRegisters } }';
    const first = await recording.request<{ registryStats: { workRegisters: number } }>(query);
    expect(first.registryStats.workRegisters).toBeGreaterThan(0);
    await recording.request(query);
    expect(bodies).toEqual([byHash(query), { query, ...byHash(query) }, byHash(query)]);
  });
});

describe('in persisted mode (GATEWAY_OPERATIONS=persisted)', () => {
  it.each(['/feeds/changes.atom', '/feeds/reviews.ics'])(
    'serves %s, whose query is a trusted document',
    async (path) => {
      const response = await fetch(persisted.url.replace(/\/graphql$/, path));
      expect(response.status).toBe(200);
      expect(await response.text()).toMatch(/<feed|BEGIN:VCALENDAR/);
    },
  );

  const refused = (answer: { status: number; data?: unknown; errors?: any[] }) => {
    expect(answer.status).toBe(400);
    expect(answer.data).toBeUndefined();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toEqual({ code: 'OPERATION_NOT_ALLOWED' });
    expect(answer.errors![0].message).toMatch(/only its published operations/);
  };

  it('refuses a free-form query with OPERATION_NOT_ALLOWED', async () => {
    refused(await post(persisted.url, { query: '{ registryStats { workRegisters } }' }));
  });

  it('refuses introspection, so the explorer cannot load the schema', async () => {
    refused(await post(persisted.url, { query: '{ __schema { queryType { name } } }' }));
  });

  it('refuses to register a document by hash and document, and keeps not knowing the hash', async () => {
    const query = '{ registryStats { findingsByCode { code } } }';
    refused(await post(persisted.url, { query, ...byHash(query) }));
    expect((await post(persisted.url, byHash(query))).errors?.[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('refuses a trusted document with anything changed, even whitespace', async () => {
    refused(await post(persisted.url, { query: `${BY_SLUG} `, variables: { slug: 'mef-dmtf' } }));
  });

  it('gives @alliance/client a GraphQLResponseError with the code for an operation of its own', async () => {
    const persistedClient = createClient({ endpoint: persisted.url, persisted: true });
    const error = await persistedClient.request('{ registryStats { workRegisters } }').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect((error as GraphQLResponseError).code).toBe('OPERATION_NOT_ALLOWED');
  });
});

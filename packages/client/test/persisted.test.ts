import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient, GraphQLResponseError, RegisterCountDocument } from '@alliance/client';
import { loopback, type Loopback } from './loopback.js';

/** `persisted: true`: the hash first, the document only when the server asks for it. */

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const text = RegisterCountDocument.toString();
const hash = createHash('sha256').update(text).digest('hex');
const extensions = { persistedQuery: { version: 1, sha256Hash: hash } };
const DATA = { data: { workRegisters: { totalCount: 1 } } };
const refusal = (code: string) => ({ body: { errors: [{ message: code, extensions: { code } }] } });

describe('persisted: true', () => {
  it('sends the sha256 of the exact document text alone, and nothing more when the server knows it', async () => {
    server = await loopback(() => ({ body: DATA }));
    const client = createClient({ endpoint: server.url, persisted: true });
    expect(await client.request(RegisterCountDocument)).toEqual(DATA.data);
    expect(server.received.map((r) => r.body)).toEqual([{ variables: {}, extensions }]);
  });

  it('sends hash and document after PERSISTED_QUERY_NOT_FOUND, within the same attempt', async () => {
    server = await loopback((_request, n) => (n === 0 ? refusal('PERSISTED_QUERY_NOT_FOUND') : { body: DATA }));
    const client = createClient({ endpoint: server.url, persisted: true, retry: false });
    expect(await client.request(RegisterCountDocument)).toEqual(DATA.data);
    expect(server.received.map((r) => r.body)).toEqual([
      { variables: {}, extensions },
      { query: text, variables: {}, extensions },
    ]);
  });

  it('sends whole documents from then on when the server has no persisted queries', async () => {
    server = await loopback((request) =>
      'extensions' in request.body ? refusal('PERSISTED_QUERY_NOT_SUPPORTED') : { body: DATA },
    );
    const client = createClient({ endpoint: server.url, persisted: true });
    await client.request(RegisterCountDocument);
    await client.request(RegisterCountDocument);
    expect(server.received.map((r) => r.body)).toEqual([
      { variables: {}, extensions },
      { query: text, variables: {} },
      { query: text, variables: {} },
    ]);
  });

  it("throws the server's refusal of the document (OPERATION_NOT_ALLOWED) as a GraphQLResponseError", async () => {
    server = await loopback((_request, n) =>
      n === 0 ? refusal('PERSISTED_QUERY_NOT_FOUND') : { status: 400, ...refusal('OPERATION_NOT_ALLOWED') },
    );
    const client = createClient({ endpoint: server.url, persisted: true });
    const error = await client.request(RegisterCountDocument).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect((error as GraphQLResponseError).code).toBe('OPERATION_NOT_ALLOWED');
    expect(server.received).toHaveLength(2);
  });

  it('is off by default: the document goes whole', async () => {
    server = await loopback(() => ({ body: DATA }));
    await createClient({ endpoint: server.url }).request(RegisterCountDocument);
    expect(server.received[0]!.body).toEqual({ query: text, variables: {} });
  });
});

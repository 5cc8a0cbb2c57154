import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AllianceError,
  createClient,
  GraphQLResponseError,
  HttpError,
  NetworkError,
  RegisterBySlugDocument,
  RegisterCountDocument,
} from '@alliance/client';
import { closedPort, loopback, type Loopback } from './loopback.js';

/** The client against a real HTTP server on loopback: what it sends, and every way an answer can fail. */

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const NOT_FOUND = {
  message: 'No work register with slug "nope"',
  path: ['workRegister'],
  extensions: { code: 'NOT_FOUND' },
};

describe('a request', () => {
  it('POSTs the document and its variables as JSON, with the bearer token and extra headers', async () => {
    server = await loopback(() => ({ body: { data: { workRegister: null } } }));
    const client = createClient({ endpoint: server.url, token: 'secret-token', headers: { 'x-partner': 'dmtf' } });
    expect(await client.request(RegisterBySlugDocument, { slug: 'mef-dmtf' })).toEqual({ workRegister: null });
    const [sent] = server.received;
    expect(sent!.body.query).toBe(RegisterBySlugDocument.toString());
    expect(sent!.body.variables).toEqual({ slug: 'mef-dmtf' });
    expect(sent!.headers).toMatchObject({
      'content-type': 'application/json',
      authorization: 'Bearer secret-token',
      'x-partner': 'dmtf',
    });
  });

  it('asks a token function before every request, and sends none when it has none', async () => {
    server = await loopback(() => ({ body: { data: { workRegisters: { totalCount: 1 } } } }));
    let token: string | null = null;
    const client = createClient({ endpoint: server.url, token: async () => token });
    await client.request(RegisterCountDocument);
    token = 'signed-in';
    await client.request(RegisterCountDocument);
    expect(server.received.map((r) => r.headers.authorization)).toEqual([undefined, 'Bearer signed-in']);
    expect(server.received[0]!.body.variables).toEqual({});
  });

  it('takes a plain string too, typed by the caller', async () => {
    server = await loopback(() => ({ body: { data: { registryStats: { registers: 3 } } } }));
    const client = createClient({ endpoint: server.url });
    const data = await client.request<{ registryStats: { registers: number } }>('{ registryStats { registers } }');
    expect(data.registryStats.registers).toBe(3);
  });
});

describe('errors', () => {
  it('throws the API errors with their code, path and field, and the data that did arrive', async () => {
    const refused = {
      message: 'input.parties[1].acronym: unknown organization "XYZ"',
      path: ['importWorkRegister'],
      extensions: { code: 'BAD_USER_INPUT', field: 'input.parties[1].acronym' },
    };
    server = await loopback(() => ({ body: { data: null, errors: [refused, NOT_FOUND] } }));
    const error = await createClient({ endpoint: server.url })
      .request('mutation { importWorkRegister }')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect(error).toBeInstanceOf(AllianceError);
    const failure = error as GraphQLResponseError;
    expect(failure.code).toBe('BAD_USER_INPUT');
    expect(failure.path).toEqual(['importWorkRegister']);
    expect(failure.field).toBe('input.parties[1].acronym');
    expect(failure.errors).toHaveLength(2);
    expect(failure.hasCode('NOT_FOUND')).toBe(true);
    expect(failure.status).toBe(200);
    expect(failure.message).toBe(`BAD_USER_INPUT: ${refused.message}; NOT_FOUND: ${NOT_FOUND.message}`);
  });

  it('keeps partial data on the error, and query() returns both without throwing', async () => {
    const unavailable = {
      message: 'The contacts service is unavailable',
      path: ['workRegister', 'pointsOfContact'],
      extensions: { code: 'SERVICE_UNAVAILABLE', service: 'contacts' },
    };
    const data = { workRegister: { title: 'MEF / DMTF Work Register', pointsOfContact: null } };
    server = await loopback(() => ({ body: { data, errors: [unavailable] } }));
    const client = createClient({ endpoint: server.url, retry: false });

    const result = await client.query(RegisterBySlugDocument, { slug: 'mef-dmtf' });
    expect(result).toEqual({ data, errors: [unavailable] });

    const error = (await client
      .request(RegisterBySlugDocument, { slug: 'mef-dmtf' })
      .catch((e) => e)) as GraphQLResponseError;
    expect(error.data).toEqual(data);
    expect(error.code).toBe('SERVICE_UNAVAILABLE');
    expect(error.errors[0]!.extensions?.service).toBe('contacts');
  });

  it('reads a query the schema refuses (HTTP 400 with a GraphQL body) as the API error it is', async () => {
    const invalid = { message: 'Cannot query field "nope"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } };
    server = await loopback(() => ({ status: 400, body: { errors: [invalid] } }));
    const client = createClient({ endpoint: server.url });
    const error = (await client.request('{ nope }').catch((e) => e)) as GraphQLResponseError;
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect([error.status, error.code, error.data]).toEqual([400, 'GRAPHQL_VALIDATION_FAILED', null]);
    expect(await client.query('{ nope }')).toEqual({ data: null, errors: [invalid] });
  });

  it('throws an HttpError for an HTTP status without a GraphQL answer, once', async () => {
    server = await loopback(() => ({ status: 502, body: '<html>Bad gateway</html>' }));
    const client = createClient({ endpoint: server.url });
    const error = (await client.query(RegisterCountDocument).catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(502);
    expect(error.message).toBe(`${server.url} answered HTTP 502 without a GraphQL response`);
    expect(server.received).toHaveLength(1);
  });

  it('throws an HttpError for a 200 that is not a GraphQL response (a wrong endpoint)', async () => {
    server = await loopback(() => ({ body: { hello: 'world' } }));
    const error = (await createClient({ endpoint: server.url })
      .request(RegisterCountDocument)
      .catch((e) => e)) as HttpError;
    expect([error.constructor, error.status]).toEqual([HttpError, 200]);
  });

  it('throws a NetworkError naming the endpoint and the reason when nothing listens there', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}/graphql`;
    const error = (await createClient({ endpoint })
      .request(RegisterCountDocument)
      .catch((e) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.endpoint).toBe(endpoint);
    expect(error.message).toMatch(new RegExp(`^cannot reach ${endpoint}: fetch failed \\(.*ECONNREFUSED`));
    expect(error.code).toBeUndefined();
  });

  it('gives up on a server that does not answer within timeoutMs', async () => {
    const hanging = createServer(() => undefined);
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/graphql`;
    try {
      const error = await createClient({ endpoint, timeoutMs: 100 })
        .request(RegisterCountDocument)
        .catch((e) => e);
      expect(error).toBeInstanceOf(NetworkError);
      expect((error as Error).message).toBe(`cannot reach ${endpoint}: no answer in time`);
    } finally {
      hanging.closeAllConnections();
      await new Promise((resolve) => hanging.close(resolve));
    }
  });
});

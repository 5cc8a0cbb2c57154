import { afterEach, describe, expect, it } from 'vitest';
import {
  createClient,
  GraphQLResponseError,
  HttpError,
  NetworkError,
  RegisterCountDocument,
  SetRegisterStatusDocument,
  type RetryEvent,
} from '@alliance/client';
import { parseRetryAfter, retryDelay, retryPolicy } from '../src/retry.js';
import { closedPort, instantRetries, loopback, type Loopback, type Reply } from './loopback.js';

/** Retries: only HTTP 429 and SERVICE_UNAVAILABLE, with backoff or the server's Retry-After. */

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const OK: Reply = { body: { data: { workRegisters: { totalCount: 34 } } } };
const TOO_MANY = (headers: Record<string, string> = {}): Reply => ({ status: 429, headers, body: 'slow down' });
const UNAVAILABLE: Reply = {
  body: {
    data: null,
    errors: [
      {
        message: 'The registry service is unavailable',
        extensions: { code: 'SERVICE_UNAVAILABLE', service: 'registry' },
      },
    ],
  },
};
const STATUS_SET = { body: { data: { setWorkRegisterStatus: { id: 'x', status: 'ACTIVE', revision: 2 } } } };
const setStatus = { id: 'x', expectedRevision: 1, status: 'ACTIVE' as const };

/** A server that gives these replies in turn, then OK. */
const inTurn = (...replies: Reply[]) => loopback((_request, n) => replies[n] ?? OK);

describe('HTTP 429', () => {
  it('waits as long as Retry-After says, then asks again', async () => {
    server = await inTurn(TOO_MANY({ 'retry-after': '2' }));
    const { waits, retry } = instantRetries();
    const events: RetryEvent[] = [];
    const client = createClient({ endpoint: server.url, retry: { ...retry, onRetry: (e) => events.push(e) } });
    expect(await client.request(RegisterCountDocument)).toEqual({ workRegisters: { totalCount: 34 } });
    expect(server.received).toHaveLength(2);
    expect(waits).toEqual([2000]);
    expect(events).toEqual([{ attempt: 1, delayMs: 2000, reason: 'HTTP 429' }]);
  });

  it('backs off exponentially, with jitter, when there is no Retry-After', async () => {
    server = await inTurn(TOO_MANY(), TOO_MANY(), TOO_MANY());
    const { waits, retry } = instantRetries({ attempts: 4, random: 0.5 });
    await createClient({ endpoint: server.url, retry: { ...retry, baseDelayMs: 100 } }).request(RegisterCountDocument);
    // Half of 100, 200, 400, plus half of the other half.
    expect(waits).toEqual([75, 150, 300]);
  });

  it('gives up after the attempts, with an HttpError that says how long the server asked for', async () => {
    server = await loopback(() => TOO_MANY({ 'retry-after': '1' }));
    const { waits, retry } = instantRetries({ attempts: 3 });
    const error = (await createClient({ endpoint: server.url, retry })
      .request(RegisterCountDocument)
      .catch((e) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect([error.status, error.retryAfterMs]).toEqual([429, 1000]);
    expect(error.message).toBe(`${server.url} answered HTTP 429 (too many requests)`);
    expect(server.received).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('does not wait longer than maxRetryAfterMs: the error comes at once, for the caller to schedule', async () => {
    server = await inTurn(TOO_MANY({ 'retry-after': '3600' }));
    const { waits, retry } = instantRetries();
    const error = (await createClient({ endpoint: server.url, retry: { ...retry, maxRetryAfterMs: 60_000 } })
      .request(RegisterCountDocument)
      .catch((e) => e)) as HttpError;
    expect(error.retryAfterMs).toBe(3_600_000);
    expect([server.received.length, waits]).toEqual([1, []]);
  });

  it('retries a mutation too: the server refused it before running it', async () => {
    server = await loopback((_request, n) => (n === 0 ? TOO_MANY({ 'retry-after': '0' }) : STATUS_SET));
    const { retry } = instantRetries();
    const client = createClient({ endpoint: server.url, retry });
    expect((await client.request(SetRegisterStatusDocument, setStatus)).setWorkRegisterStatus.revision).toBe(2);
    expect(server.received).toHaveLength(2);
  });
});

describe('SERVICE_UNAVAILABLE', () => {
  it('asks a query again after a backoff', async () => {
    server = await inTurn(UNAVAILABLE, UNAVAILABLE);
    const { waits, retry } = instantRetries({ random: 0 });
    const client = createClient({ endpoint: server.url, retry });
    expect((await client.request(RegisterCountDocument)).workRegisters.totalCount).toBe(34);
    expect(waits).toEqual([150, 300]);
  });

  it('gives query() the last answer, errors and all, when the service stays away', async () => {
    server = await loopback(() => UNAVAILABLE);
    const { retry } = instantRetries({ attempts: 2 });
    const result = await createClient({ endpoint: server.url, retry }).query(RegisterCountDocument);
    expect(result.data).toBeNull();
    expect(result.errors[0]!.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(server.received).toHaveLength(2);
  });

  it('never retries a mutation: a part of it may have been written', async () => {
    server = await inTurn(UNAVAILABLE);
    const { waits, retry } = instantRetries();
    const error = await createClient({ endpoint: server.url, retry })
      .request(SetRegisterStatusDocument, setStatus)
      .catch((e) => e);
    expect(error).toBeInstanceOf(GraphQLResponseError);
    expect((error as GraphQLResponseError).code).toBe('SERVICE_UNAVAILABLE');
    expect([server.received.length, waits]).toEqual([1, []]);
  });
});

describe('what is not retried', () => {
  it.each<[string, Reply]>([
    ['FORBIDDEN', { body: { data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] } }],
    ['HTTP 503 without a GraphQL body', { status: 503, body: 'maintenance' }],
    ['HTTP 500', { status: 500, body: { message: 'oops' } }],
  ])('%s', async (_name, reply) => {
    server = await inTurn(reply);
    const { waits, retry } = instantRetries();
    await expect(createClient({ endpoint: server.url, retry }).request(RegisterCountDocument)).rejects.toThrow();
    expect([server.received.length, waits]).toEqual([1, []]);
  });

  it('a connection refused', async () => {
    const { waits, retry } = instantRetries();
    const endpoint = `http://127.0.0.1:${await closedPort()}/graphql`;
    await expect(createClient({ endpoint, retry }).request(RegisterCountDocument)).rejects.toBeInstanceOf(NetworkError);
    expect(waits).toEqual([]);
  });

  it('anything, with retry: false', async () => {
    server = await inTurn(TOO_MANY({ 'retry-after': '0' }));
    await expect(
      createClient({ endpoint: server.url, retry: false }).request(RegisterCountDocument),
    ).rejects.toBeInstanceOf(HttpError);
    expect(server.received).toHaveLength(1);
  });
});

describe('the backoff', () => {
  it('doubles from the base delay up to the ceiling, half of it fixed and half jitter', () => {
    const at = (random: number) => retryPolicy({ baseDelayMs: 300, maxDelayMs: 1000, random: () => random });
    expect([1, 2, 3, 4].map((retry) => retryDelay(at(0), retry))).toEqual([150, 300, 500, 500]);
    expect([1, 2, 3, 4].map((retry) => retryDelay(at(0.999), retry))).toEqual([300, 600, 1000, 1000]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-11-24T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 24 Nov 2026 11:00:00 GMT', now)).toBe(0);
    expect([parseRetryAfter('soon', now), parseRetryAfter(null, now), parseRetryAfter('', now)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});

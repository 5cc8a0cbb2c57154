import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphFetcher } from '../src/subgraph-http.js';

/**
 * The gateway's HTTP client for its subgraphs, against a real server on loopback: what Apollo's
 * data source reads of an answer, the request as sent, and the deadline on the whole exchange.
 */
let server: Server;
let url: string;
const seen: { method?: string; headers: Record<string, unknown>; body: string }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method, headers: req.headers, body });
      if (req.url === '/hang') return; // accepts, never answers
      if (req.url === '/slow-body') {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data":');
        return; // the rest never comes
      }
      res.writeHead(req.url === '/refused' ? 401 : 200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'max-age=30, public',
      });
      res.end(JSON.stringify({ data: { echo: body } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const init = (body: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'x-request-id': 'probe-1' },
  body,
});

describe('subgraphFetcher', () => {
  it('sends the method, headers and body, and answers as Apollo reads a response', async () => {
    const fetcher = subgraphFetcher(2_000);
    const response = await fetcher(`${url}/graphql`, init('{"query":"{ a }"}'));
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      headers: { 'x-request-id': 'probe-1' },
      body: '{"query":"{ a }"}',
    });
    expect([response.ok, response.status, response.statusText, response.url]).toEqual([
      true,
      200,
      'OK',
      `${url}/graphql`,
    ]);
    expect(response.headers.get('Cache-Control')).toBe('max-age=30, public');
    const copy = response.clone();
    expect(await response.json()).toEqual({ data: { echo: '{"query":"{ a }"}' } });
    await expect(response.text()).rejects.toThrow(/already been read/);
    expect(await copy.text()).toBe('{"data":{"echo":"{\\"query\\":\\"{ a }\\"}"}}');
  });

  it('gives a refusal its status, not an exception', async () => {
    const response = await subgraphFetcher(2_000)(`${url}/refused`, init('{}'));
    expect([response.ok, response.status, response.statusText]).toEqual([false, 401, 'Unauthorized']);
  });

  it('fails after the deadline, with a TimeoutError, when no answer comes, or only part of its body', async () => {
    for (const path of ['/hang', '/slow-body']) {
      const started = performance.now();
      const failure = await subgraphFetcher(300)(`${url}${path}`, init('{}')).catch((error: unknown) => error);
      expect(performance.now() - started).toBeLessThan(2_000);
      const chain: unknown[] = [];
      for (let e: unknown = failure; e instanceof Error && chain.length < 5; e = e.cause) chain.push(e);
      expect(
        chain.some((e) => (e as Error).name === 'TimeoutError'),
        String(failure),
      ).toBe(true);
    }
  });
});

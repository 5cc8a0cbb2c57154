import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server received: one entry a request. */
export interface Received {
  headers: IncomingHttpHeaders;
  body: { query: string; variables: Record<string, unknown> };
}

/** A scripted answer: a status, headers and a body (JSON unless it is a string). */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface Loopback {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 and a free port, answering each POST with
 * `answer(request, n)` (n from 0), so the client's real fetch goes through real sockets.
 */
export async function loopback(answer: (request: Received, n: number) => Reply): Promise<Loopback> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const request: Received = { headers: req.headers, body: JSON.parse(raw) };
      received.push(request);
      const { status = 200, headers = {}, body = {} } = answer(request, received.length - 1);
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      const type = typeof body === 'string' ? 'text/html' : 'application/json';
      res.writeHead(status, { 'content-type': type, ...headers }).end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nothing listens on: one the system just gave out, closed again. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A retry policy that waits for nothing and records the waits it was asked for. */
export function instantRetries(options: { attempts?: number; random?: number } = {}) {
  const waits: number[] = [];
  return {
    waits,
    retry: {
      attempts: options.attempts ?? 3,
      random: () => options.random ?? 0.5,
      sleep: async (ms: number) => void waits.push(ms),
    },
  };
}

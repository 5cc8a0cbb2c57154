import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An HTTP hop between the gateway and one subgraph that counts the requests it forwards (and
 * the mutations among them) and holds each for `delayMs`, so that requests sent together are
 * certainly in flight together. Loopback only.
 */
export interface CountingProxy {
  url: string;
  requests: number;
  mutations: number;
  /** What each forwarded request carried as Authorization (undefined: none). */
  authorizations: (string | undefined)[];
  reset(): void;
  stop(): Promise<void>;
}

export async function startCountingProxy(target: string, delayMs = 150): Promise<CountingProxy> {
  const proxy: CountingProxy = {
    url: '',
    requests: 0,
    mutations: 0,
    authorizations: [],
    reset() {
      proxy.requests = 0;
      proxy.mutations = 0;
      proxy.authorizations = [];
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      proxy.requests++;
      if (/^\s*mutation\b/.test((JSON.parse(body) as { query?: string }).query ?? '')) proxy.mutations++;
      proxy.authorizations.push(req.headers.authorization);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name]) => !['host', 'content-length', 'connection'].includes(name)),
      ) as Record<string, string>;
      const answer = await fetch(target, { method: 'POST', headers, body });
      res.writeHead(answer.status, Object.fromEntries(answer.headers));
      res.end(await answer.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return proxy;
}

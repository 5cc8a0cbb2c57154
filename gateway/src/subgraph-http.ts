import { STATUS_CODES } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { Agent, request } from 'undici';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
export type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * The gateway's HTTP client for its subgraphs: undici's `request`, on connections kept alive.
 *
 * Node's `fetch` is undici too, behind the WHATWG API: a Request, a Response and a readable
 * byte stream per call, each with its abort plumbing. For a body the gateway reads whole at
 * once, that was 13–20 % of the gateway's CPU per request in a profile at c=1
 * (docs/performance.md). Apollo's data source reads a few things of a response: `ok`, `status`,
 * `statusText`, `url`, `headers.get`, and its body once by `json()` or `text()`; that, `clone()`
 * and `bodyUsed` is what `SubgraphResponse` has.
 */
export function subgraphFetcher(timeoutMs: number): Fetcher {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  return async (url, init) => {
    // A deadline on the whole exchange, answer included: a subgraph that accepts the connection
    // and never answers fails this call after `timeoutMs`, not the gateway.
    const signal = AbortSignal.timeout(timeoutMs);
    const answer = await request(url, {
      dispatcher: agent,
      method: (init?.method ?? 'GET') as 'GET' | 'POST',
      headers: init?.headers as Record<string, string> | undefined,
      body: init?.body as string | Buffer | undefined,
      signal,
    });
    // The body is read here, under the same deadline, so the response holds plain text.
    const body = await answer.body.text();
    return subgraphResponse(url, answer.statusCode, headerPairs(answer.headers), body);
  };
}

/** A subgraph's answer as Apollo's data source reads it. */
class SubgraphResponse {
  readonly ok: boolean;
  readonly statusText: string;
  readonly headers: ResponseHeaders;
  private read = false;

  constructor(
    readonly url: string,
    readonly status: number,
    headers: [string, string][],
    private readonly body: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.statusText = STATUS_CODES[status] ?? '';
    this.headers = new ResponseHeaders(headers);
  }

  get bodyUsed(): boolean {
    return this.read;
  }

  /** A copy whose body can be read again, as fetch's clone() gives (before the body is read). */
  clone(): SubgraphResponse {
    if (this.read) throw new TypeError('Response.clone: Body has already been consumed.');
    return new SubgraphResponse(this.url, this.status, [...this.headers], this.body);
  }

  /** Like fetch's: the body can be read once. */
  async text(): Promise<string> {
    if (this.read) throw new TypeError('Body is unusable: Body has already been read');
    this.read = true;
    return this.body;
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }
}

/** A response's headers: looked up by name in any case, and listed as fetch lists them. */
class ResponseHeaders {
  private readonly byName: Map<string, string>;
  constructor(pairs: [string, string][]) {
    this.byName = new Map(pairs.map(([name, value]) => [name.toLowerCase(), value]));
  }
  get(name: string): string | null {
    return this.byName.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }
  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.byName.entries();
  }
}

/** A response for one caller, from an answer's parts (dedup.ts gives each caller its own). */
export const subgraphResponse = (url: string, status: number, headers: [string, string][], body: string) =>
  new SubgraphResponse(url, status, headers, body) as unknown as FetcherResponse;

/** undici's headers (a value or a list of values per lowercase name) as name-value pairs. */
function headerPairs(headers: Record<string, string | string[] | undefined>): [string, string][] {
  const pairs: [string, string][] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) pairs.push([name, Array.isArray(value) ? value.join(', ') : value]);
  }
  return pairs;
}

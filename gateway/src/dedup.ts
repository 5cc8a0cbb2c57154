import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { subgraphResponse } from './subgraph-http.js';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherInit = Parameters<Fetcher>[1];
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * Set by the data source on a subgraph request that may be shared (a read of a query operation),
 * to the data generation the incoming request saw (data-generation.ts). It never leaves the
 * gateway: the de-duplicating fetcher takes it off before sending.
 */
export const SHAREABLE_HEADER = 'x-alliance-shareable-generation';

/**
 * Headers that differ per incoming request without changing the answer: leaving them out of the
 * key is what lets requests share. Every other header (Authorization, the subgraph credential,
 * anything added later) is part of the key, so two callers share only what they would each get.
 */
const IGNORED_HEADERS = new Set(['x-request-id', 'traceparent', 'tracestate', 'content-length', SHAREABLE_HEADER]);

/** One request on the wire, and the answer every caller that joined it gets a copy of. */
interface Flight {
  answer: Promise<RecordedAnswer>;
}

interface RecordedAnswer {
  url: string;
  status: number;
  headers: [string, string][];
  body: string;
}

/** What the de-duplication has done since the gateway started (the tests and the bench read it). */
export interface InFlightStats {
  /** Requests that went to the subgraph. */
  sent: number;
  /** Requests answered from another caller's identical request in flight. */
  shared: number;
}

/**
 * In-flight de-duplication of identical subgraph reads: while one request is on its way to the
 * subgraph, an identical one (same URL, body, generation and every header that can change the
 * answer) waits for it instead of being sent again. Only requests the data source marked
 * shareable (reads of a query operation, never a mutation's) are merged; the rest pass through.
 * A request that arrives after the answer came back is sent anew: nothing is kept.
 *
 * Each caller gets its own Response built from the one body, because the gateway merges a
 * subgraph's data into its result in place and a shared object would mix callers' results.
 */
export class InFlightRequests {
  private readonly flights = new Map<string, Flight>();
  readonly stats: InFlightStats = { sent: 0, shared: 0 };

  constructor(private readonly fetcher: Fetcher) {}

  /** The fetcher to give the data source. */
  readonly fetch: Fetcher = async (url, init) => {
    const generation = headerOf(init, SHAREABLE_HEADER);
    const sendable = withoutHeader(init, SHAREABLE_HEADER);
    if (generation === undefined || !isQuery(init?.body)) {
      this.stats.sent++;
      return this.fetcher(url, sendable);
    }
    const key = flightKey(url, generation, init);
    let flight = this.flights.get(key);
    if (flight) {
      this.stats.shared++;
    } else {
      this.stats.sent++;
      const answer = this.record(url, sendable).finally(() => this.flights.delete(key));
      flight = { answer };
      this.flights.set(key, flight);
    }
    return replay(await flight.answer);
  };

  /** Sends the request and reads its answer whole, so that each caller can have a copy. */
  private async record(url: string, init: FetcherInit): Promise<RecordedAnswer> {
    const response = await this.fetcher(url, init);
    return {
      url,
      status: response.status,
      headers: [...response.headers],
      body: await response.text(),
    };
  }
}

/** A fresh response for one caller; its body can be read once, like any other. */
const replay = (answer: RecordedAnswer): FetcherResponse =>
  subgraphResponse(answer.url, answer.status, answer.headers, answer.body);

function flightKey(url: string, generation: string, init: FetcherInit): string {
  const headers = Object.entries(headersOf(init))
    .map(([name, value]) => [name.toLowerCase(), value] as const)
    .filter(([name]) => !IGNORED_HEADERS.has(name))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([url, generation, headers, typeof init?.body === 'string' ? init.body : null]);
}

/**
 * Whether the body's document is a query. The data source marks only reads, so this is a second
 * lock: the query planner prints an operation with its keyword, or `{` for an anonymous query.
 */
function isQuery(body: unknown): boolean {
  if (typeof body !== 'string') return false;
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    return typeof query === 'string' && /^\s*(query\b|\{)/.test(query);
  } catch {
    return false;
  }
}

/** Apollo hands the fetcher its headers as a plain object (`Object.fromEntries(headers)`). */
function headersOf(init: FetcherInit): Record<string, string> {
  return (init?.headers ?? {}) as Record<string, string>;
}

function headerOf(init: FetcherInit, name: string): string | undefined {
  const entry = Object.entries(headersOf(init)).find(([key]) => key.toLowerCase() === name);
  return entry?.[1];
}

function withoutHeader(init: FetcherInit, name: string): FetcherInit {
  const headers = Object.fromEntries(Object.entries(headersOf(init)).filter(([key]) => key.toLowerCase() !== name));
  return { ...init, headers } as FetcherInit;
}

import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { ConfigError, currentRequestId, SUBGRAPH_CREDENTIAL_HEADER, type Logger } from '@alliance/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { InFlightRequests, SHAREABLE_HEADER } from './dedup.js';
import { subgraphFetcher } from './subgraph-http.js';
import type { ReplayContext } from './replay.js';

export interface GatewayContext extends ReplayContext {
  authorization?: string;
  /** The id this request is logged under here, passed on so that every subgraph logs it too. */
  requestId?: string;
}

/** How the gateway reaches one subgraph. */
export interface SubgraphTarget {
  name: string;
  url: string;
  /** The credential the subgraph requires (its SUBGRAPH_SECRET). */
  secret: string | undefined;
  /** How long a call may take, answer included, before the subgraph counts as unavailable. */
  timeoutMs: number;
  /** Merge identical reads in flight (dedup.ts); unset means yes. */
  deduplicate?: boolean;
}

/** The default of SUBGRAPH_TIMEOUT_MS: far above any query of docs/performance.md, far below a client's patience. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

/** What a request to a subgraph got back, as the data source sees it when it fails. */
interface FailedResponse {
  status: number;
}

/**
 * One subgraph, as the gateway knows it: by name and URL. It forwards the caller's Authorization
 * (each subgraph verifies tokens and applies its own rules), and turns a failed request into an
 * error a client can act on, naming the subgraph, never its internal address (FIELD-NOTES,
 * Apollo). The original error goes to the log, where an operator needs it.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string;
  private readonly secret: string;
  private readonly timeoutMs: number;
  private readonly shareReads: boolean;

  constructor(
    target: SubgraphTarget,
    private readonly logger: Logger,
  ) {
    super({ url: target.url });
    if (!target.secret) {
      throw new ConfigError(
        `${target.name.toUpperCase()}_SUBGRAPH_SECRET: must be set to the ${target.name} subgraph's SUBGRAPH_SECRET (npm start passes it)`,
      );
    }
    this.name = target.name;
    this.secret = target.secret;
    this.timeoutMs = target.timeoutMs;
    this.shareReads = target.deduplicate !== false;
    const send = subgraphFetcher(target.timeoutMs);
    this.fetcher = this.shareReads ? new InFlightRequests(send).fetch : send;
  }

  override willSendRequest({ request, context, ...options }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers) return;
    headers.set(SUBGRAPH_CREDENTIAL_HEADER, this.secret);
    if (context.authorization) headers.set('authorization', context.authorization);
    const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext.request.http : undefined;
    const requestId = context.requestId ?? currentRequestId() ?? incoming?.headers.get('x-request-id');
    if (requestId) headers.set('x-request-id', requestId);
    // A read of a query (the generation is set for nothing else) may share an identical one in flight.
    if (this.shareReads && context.dataGeneration !== undefined) headers.set(SHAREABLE_HEADER, context.dataGeneration);
  }

  override didEncounterError(error: Error, _request: unknown, response?: FailedResponse): void {
    // A request the subgraph refused as a whole (HTTP 400: a malformed Date in a variable, say)
    // is the caller's mistake: its own message and code, as the subgraph wrote them.
    const rejected = response?.status === 400 ? rejectionOf(error) : undefined;
    if (rejected) {
      throw new GraphQLError(rejected.message, {
        extensions: { code: rejected.extensions?.code ?? 'BAD_USER_INPUT' },
      });
    }
    // The subgraph refused the gateway itself: a deployment whose secrets do not match. The
    // operator must know; the client sees an outage, not a sign-in problem of its own.
    if (response?.status === 401 && rejectionOf(error)?.extensions?.refused === 'SUBGRAPH_CREDENTIAL') {
      this.logger.error(
        { subgraph: this.name },
        `the ${this.name} subgraph refused the gateway's credential: ${this.name.toUpperCase()}_SUBGRAPH_SECRET must equal its SUBGRAPH_SECRET`,
      );
      throw unavailable(this.name, '');
    }
    // Other answers below 500 (401, 403) carry their own code; the rest means the subgraph is down.
    if (response && response.status < 500) throw error;
    const timedOut = causes(error).some((cause) => cause.name === 'TimeoutError');
    this.logger.warn(
      { err: error, subgraph: this.name, status: response?.status, timedOut },
      `${this.name} subgraph failed`,
    );
    throw unavailable(this.name, timedOut ? ` (it did not answer within ${this.timeoutMs} ms)` : '');
  }
}

/** What a client gets for a subgraph it cannot have now: the service by name, never its address. */
const unavailable = (service: string, why: string) =>
  new GraphQLError(`The ${service} service is unavailable${why}; try again shortly.`, {
    extensions: { code: 'SERVICE_UNAVAILABLE', service },
  });

/** An error and what caused it, outermost first (Apollo wraps the fetcher's error). */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let current = error; current instanceof Error && chain.length < 5; current = current.cause) {
    chain.push(current);
  }
  return chain;
}

/** The first error of the body `errorFromResponse` attached to a refused request. */
function rejectionOf(error: Error): GraphQLFormattedError | undefined {
  const response = (error as GraphQLError).extensions?.response as { body?: { errors?: GraphQLFormattedError[] } };
  return response?.body?.errors?.[0];
}

export type SubgraphHealth = Record<string, 'ok' | 'unavailable'>;

/**
 * The gateway's /ready: 200 when every subgraph answers its /health, else 503 naming the ones
 * missing (`{"status":"unavailable","missing":["registry"],…}`).
 */
export async function subgraphReadiness(urls: Record<string, string>) {
  const subgraphs = await subgraphHealth(urls);
  const missing = Object.keys(subgraphs).filter((name) => subgraphs[name] !== 'ok');
  return { ready: missing.length === 0, missing, subgraphs };
}

/**
 * Asks each subgraph's /health, briefly: the gateway's own /health reports them, so that an
 * operator sees which part of the registry is missing (the gateway itself still answers).
 */
export async function subgraphHealth(urls: Record<string, string>, timeoutMs = 2_000): Promise<SubgraphHealth> {
  const entries = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      const health = new URL('health', new URL('.', url));
      const ok = await fetch(health, { signal: AbortSignal.timeout(timeoutMs) }).then(
        (response) => response.ok,
        () => false,
      );
      return [name, ok ? 'ok' : 'unavailable'] as const;
    }),
  );
  return Object.fromEntries(entries);
}

import { documentText, operationKind, type TypedDocument, type VariablesArgument } from './document.js';
import { AllianceError, GraphQLResponseError, HttpError, NetworkError, type GraphQLErrorInfo } from './errors.js';
import { paginate, type Connection, type PageVariables } from './paginate.js';
import { documentHasher, persistedQuery } from './persisted.js';
import { parseRetryAfter, retryPolicy, withRetries, type Outcome, type RetryOptions, type Verdict } from './retry.js';

/** The part of `fetch` the client uses; the global one by default. */
export type FetchLike = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<ResponseLike>;

export interface ResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A bearer token, or a function asked for the current one before every attempt. */
export type TokenSource =
  string | null | undefined | (() => string | null | undefined | Promise<string | null | undefined>);

export interface ClientOptions {
  /** The gateway's GraphQL endpoint: `https://registry.example.org/graphql` (or `/graphql` in a page). */
  endpoint: string;
  /** Sent as `Authorization: Bearer …`; without one the client reads as an anonymous caller. */
  token?: TokenSource;
  /** Further headers for every request. */
  headers?: Record<string, string>;
  /** Bounds each attempt, so a service that hangs does not hang its caller (default 60 s; 0: no bound). */
  timeoutMs?: number;
  /** Retries on HTTP 429 and SERVICE_UNAVAILABLE (default 3 attempts in all); false: none. */
  retry?: RetryOptions | false;
  /**
   * Sends each document's sha256 first (`extensions.persistedQuery`), and the document itself
   * only when the server answers PERSISTED_QUERY_NOT_FOUND, as Apollo's automatic persisted
   * queries do: the registry knows this package's operations by hash, and a public deployment
   * may accept nothing else. Needs Web Crypto (Node, or a page on https or localhost); without
   * it, or against a server without persisted queries, documents are sent whole. Default false.
   */
  persisted?: boolean;
  fetch?: FetchLike;
}

/** An answer as it came: data (null when the request failed as a whole) and the errors beside it. */
export interface QueryResult<TResult> {
  data: TResult | null;
  errors: readonly GraphQLErrorInfo[];
}

export interface AllianceClient {
  readonly endpoint: string;
  /**
   * Runs an operation and returns its data; any error throws (a GraphQLResponseError carrying
   * the errors and the partial data), so a result in hand is whole.
   */
  request<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<TResult>;
  request<TResult = unknown>(document: string, variables?: Record<string, unknown>): Promise<TResult>;
  /**
   * Runs an operation and returns data and errors together: a query may answer in part when a
   * service is down. Throws only when there is no GraphQL answer (NetworkError, HttpError).
   */
  query<TResult, TVariables>(
    document: TypedDocument<TResult, TVariables>,
    ...variables: VariablesArgument<TVariables>
  ): Promise<QueryResult<TResult>>;
  query<TResult = unknown>(document: string, variables?: Record<string, unknown>): Promise<QueryResult<TResult>>;
  /**
   * Every node of a connection, page after page (`for await (const register of …)`): `select`
   * picks the connection out of the data; the document takes an `$after: String` variable.
   */
  paginate<TResult, TVariables extends { after?: string | null }, TNode>(
    document: TypedDocument<TResult, TVariables>,
    variables: PageVariables<TVariables>,
    select: (data: TResult) => Connection<TNode> | null | undefined,
  ): AsyncGenerator<TNode, void, undefined>;
}

interface Answer {
  data: unknown;
  errors: readonly GraphQLErrorInfo[];
  status: number;
}

export function createClient(options: ClientOptions): AllianceClient {
  const { endpoint, token, headers = {}, timeoutMs = 60_000 } = options;
  const send: FetchLike = options.fetch ?? ((url, init) => globalThis.fetch(url, init));
  const policy = retryPolicy(options.retry);
  // Turned off for good when the server says it has no persisted queries.
  let hashOf = options.persisted ? documentHasher() : undefined;

  /** One request; with `persisted`, the hash alone first, then, if unknown, with the document. */
  async function attempt(query: string, given: unknown): Promise<Answer> {
    const variables = given ?? {};
    const hash = await hashOf?.(query);
    if (!hash) return post({ query, variables });
    const extensions = persistedQuery(hash);
    const answer = await post({ variables, extensions });
    const codes = answer.errors.map((error) => error.extensions?.code);
    if (codes.includes('PERSISTED_QUERY_NOT_FOUND')) return post({ query, variables, extensions });
    if (!codes.includes('PERSISTED_QUERY_NOT_SUPPORTED')) return answer;
    hashOf = undefined;
    return post({ query, variables });
  }

  async function post(payload: Record<string, unknown>): Promise<Answer> {
    const bearer = typeof token === 'function' ? await token() : token;
    let status: number;
    let retryAfter: string | null;
    let text: string;
    try {
      const response = await send(endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...headers,
          ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        },
        body: JSON.stringify(payload),
        ...(timeoutMs > 0 ? { signal: AbortSignal.timeout(timeoutMs) } : {}),
      });
      ({ status } = response);
      retryAfter = response.headers.get('retry-after');
      text = await response.text();
    } catch (error) {
      throw new NetworkError(endpoint, error);
    }
    const body = graphQLResponse(text);
    if (status === 429 || !body) {
      const what = status === 429 ? 'HTTP 429 (too many requests)' : `HTTP ${status} without a GraphQL response`;
      throw new HttpError(`${endpoint} answered ${what}`, status, parseRetryAfter(retryAfter), body?.errors);
    }
    return { data: body.data ?? null, errors: body.errors ?? [], status };
  }

  function execute(document: unknown, variables: unknown): Promise<Answer> {
    const query = documentText(document);
    const mutation = operationKind(query) === 'mutation';
    return withRetries(
      () => attempt(query, variables),
      (outcome) => retryable(outcome, mutation),
      policy,
    );
  }

  async function request(document: unknown, variables?: unknown): Promise<unknown> {
    const answer = await execute(document, variables);
    if (answer.errors.length) throw new GraphQLResponseError(answer.errors, answer.data, answer.status);
    if (answer.data === null) throw new AllianceError(`${endpoint} answered with neither data nor errors`);
    return answer.data;
  }

  return {
    endpoint,
    request: request as AllianceClient['request'],
    query: (async (document: unknown, variables?: unknown) => {
      const { data, errors } = await execute(document, variables);
      return { data, errors };
    }) as AllianceClient['query'],
    paginate: (document, variables, select) =>
      paginate((pageVariables) => request(document, pageVariables) as Promise<never>, variables, select),
  };
}

/**
 * Which outcomes are worth another attempt. HTTP 429 always: the request was refused before it
 * ran, so even a mutation is safe to send again. SERVICE_UNAVAILABLE only for queries: a part of
 * a mutation may have been written before another part failed to answer.
 */
function retryable(outcome: Outcome<Answer>, mutation: boolean): Verdict {
  if (!outcome.ok) {
    const { error } = outcome;
    return error instanceof HttpError && error.status === 429
      ? { reason: 'HTTP 429', retryAfterMs: error.retryAfterMs }
      : false;
  }
  const unavailable = outcome.value.errors.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE');
  return unavailable && !mutation ? { reason: 'SERVICE_UNAVAILABLE' } : false;
}

/** The body as a GraphQL response (an object with `data` or `errors`), or null when it is not one. */
function graphQLResponse(text: string): { data?: unknown; errors?: GraphQLErrorInfo[] } | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof body !== 'object' || body === null) return null;
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (errors !== undefined && !Array.isArray(errors)) return null;
  return data !== undefined || errors !== undefined ? (body as { data?: unknown; errors?: GraphQLErrorInfo[] }) : null;
}

/**
 * A minimal GraphQL-over-HTTP client, Node's built-in fetch doing the HTTP. The CLI talks to the
 * registry only through the public API, like any partner tool; the contacts service asks the
 * registry subgraph about organizations and registers with it.
 */

export interface GraphQLErrorInfo {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorInfo[] = [],
    /** What the answer held besides its errors (fields that did not fail). */
    readonly data: unknown = null,
  ) {
    super(message);
  }
}

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

/**
 * `timeoutMs` bounds each request: a service that hangs (rather than refusing the connection)
 * must not hang its callers with it. Imports of large documents get a generous default.
 */
export function createClient(endpoint: string, token?: string, timeoutMs = 60_000): GraphQLClient {
  return {
    async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new GraphQLRequestError(`cannot reach ${endpoint}: ${(error as Error).message}`);
      }
      const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorInfo[] } | null;
      if (body?.errors?.length) {
        const described = body.errors.map((e) => {
          const code = e.extensions?.code ? `${e.extensions.code}: ` : '';
          return `${code}${e.message}`;
        });
        throw new GraphQLRequestError(described.join('; '), body.errors, body.data ?? null);
      }
      if (!response.ok || !body?.data) {
        throw new GraphQLRequestError(`${endpoint} answered HTTP ${response.status}`);
      }
      return body.data;
    },
  };
}

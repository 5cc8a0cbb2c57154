import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Logger } from '@alliance/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export interface GatewayContext {
  authorization?: string;
}

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
  constructor(
    readonly name: string,
    url: string,
    private readonly logger: Logger,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
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
    // Other answers below 500 (401, 403) carry their own code; the rest means the subgraph is down.
    if (response && response.status < 500) throw error;
    this.logger.warn({ err: error, subgraph: this.name, status: response?.status }, `${this.name} subgraph failed`);
    throw new GraphQLError(
      `The ${this.name} service is unavailable; the rest of the answer is complete. Try again shortly.`,
      { extensions: { code: 'SERVICE_UNAVAILABLE', service: this.name } },
    );
  }
}

/** The first error of the body `errorFromResponse` attached to a refused request. */
function rejectionOf(error: Error): GraphQLFormattedError | undefined {
  const response = (error as GraphQLError).extensions?.response as { body?: { errors?: GraphQLFormattedError[] } };
  return response?.body?.errors?.[0];
}

export type SubgraphHealth = Record<string, 'ok' | 'unavailable'>;

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

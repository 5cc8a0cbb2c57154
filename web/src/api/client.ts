// The one file of the app that imports a workspace package: @alliance/client is the published
// client partner tools install, the public API over HTTP and nothing else (docs/architecture.md).
import {
  createClient,
  AllianceError,
  HttpError,
  NetworkError,
  type AllianceClient,
  type GraphQLErrorInfo,
  type QueryResult,
} from '@alliance/client';

/**
 * The web app's only way to the registry: the gateway's public GraphQL API, through
 * @alliance/client like any partner tool. The app's operations are its own typed documents,
 * generated from web/src/operations; the transport, the retries and the errors are the client's.
 * `api.query` gives data and errors together (a page shows what arrived and names what is
 * missing); `api.request` throws on any error, so a refused write changes nothing on screen.
 */
export type Api = AllianceClient;
export { AllianceError };
export type { GraphQLErrorInfo, QueryResult };

export function createApi(endpoint: string, token: () => string | null = () => null): Api {
  // The app's operations are trusted documents (gateway/persisted-operations.json): sent by hash,
  // so they also run on a gateway that accepts nothing else (GATEWAY_OPERATIONS=persisted).
  return createClient({ endpoint, token, persisted: true });
}

/** Whatever a call threw, as an AllianceError (a bug's TypeError included), for one way of showing it. */
export function asFailure(caught: unknown): AllianceError {
  return caught instanceof AllianceError ? caught : new AllianceError(String(caught));
}

/** What a reader is told of a failure: the API's own words, or, when there was no answer, what to do. */
export function failureMessage(error: { message: string }): string {
  if (error instanceof NetworkError) return 'The registry cannot be reached. Check your connection and try again.';
  if (error instanceof HttpError) return `The registry answered HTTP ${error.status}.`;
  if (error instanceof AllianceError && error.errors.length) return error.errors.map((e) => e.message).join(' ');
  return error.message;
}

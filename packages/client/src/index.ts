/**
 * @alliance/client: the Alliance Registry's GraphQL API, typed.
 *
 * The hand-written layer (createClient, the errors, pagination, retries) and, below it, the typed
 * documents generated from src/operations/*.graphql: every operation there is part of the
 * public surface, with its result and variables types (`ReviewsDueDocument`, `ReviewsDueQuery`,
 * `ReviewsDueQueryVariables`).
 */
export {
  createClient,
  type AllianceClient,
  type ClientOptions,
  type FetchLike,
  type QueryResult,
  type ResponseLike,
  type TokenSource,
} from './client.js';
export type { TypedDocument, VariablesArgument } from './document.js';
export {
  AllianceError,
  GraphQLResponseError,
  HttpError,
  NetworkError,
  type AllianceErrorOptions,
  type AnyErrorCode,
  type ErrorCode,
  type GraphQLErrorInfo,
} from './errors.js';
export type { Connection, PageVariables } from './paginate.js';
export type { RetryEvent, RetryOptions } from './retry.js';
export * from './generated/graphql.js';

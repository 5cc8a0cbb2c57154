/**
 * Everything a request can fail with is an AllianceError: the API's own errors (with their
 * `extensions.code`, path and field), an HTTP answer that is not a GraphQL response, and an
 * endpoint that cannot be reached.
 *
 *     AllianceError
 *     ├── GraphQLResponseError   the API answered with errors (and maybe partial data)
 *     ├── HttpError              an HTTP status without a GraphQL response (429, a proxy's 502, …)
 *     └── NetworkError           no answer at all: refused, reset, DNS, timed out
 */

/**
 * The `extensions.code` values the API documents (docs/schema.md): the registry's own, and the
 * ones Apollo gives requests it cannot run. Anything unexpected reaches clients as
 * INTERNAL_SERVER_ERROR, with no internals.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'OPERATION_NOT_ALLOWED';

/** A documented code, or any other string a newer server may send (still autocompleted). */
export type AnyErrorCode = ErrorCode | (string & {});

/** One entry of a GraphQL response's `errors`. */
export interface GraphQLErrorInfo {
  message: string;
  /** Where in the answer the error is: `['workRegister', 'pointsOfContact']`. */
  path?: readonly (string | number)[];
  locations?: readonly { line: number; column: number }[];
  extensions?: {
    code?: AnyErrorCode;
    /** BAD_USER_INPUT: the argument or input field at fault (`input.parties[1].acronym`). */
    field?: string;
    /** SERVICE_UNAVAILABLE: which part of the registry did not answer (`contacts`). */
    service?: string;
    [key: string]: unknown;
  };
}

export interface AllianceErrorOptions {
  errors?: readonly GraphQLErrorInfo[];
  cause?: unknown;
}

/** The base of every error the client throws; `code`, `path` and `field` are the first error's. */
export class AllianceError extends Error {
  override name = 'AllianceError';
  readonly errors: readonly GraphQLErrorInfo[];

  constructor(message: string, options: AllianceErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.errors = options.errors ?? [];
  }

  get code(): AnyErrorCode | undefined {
    return this.errors[0]?.extensions?.code;
  }

  get path(): readonly (string | number)[] | undefined {
    return this.errors[0]?.path;
  }

  get field(): string | undefined {
    return this.errors[0]?.extensions?.field;
  }

  /** Whether any of the errors carries this code. */
  hasCode(code: AnyErrorCode): boolean {
    return this.errors.some((error) => error.extensions?.code === code);
  }

  /** The message of each input field an error names (`input.title`), for showing it beside that field. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const error of this.errors) {
      // A value the schema itself refuses (a malformed Date) is named only in the message:
      // Variable "$input" got invalid value "x" at "input.review.dueBy"; …
      const field = error.extensions?.field ?? error.message.match(/got invalid value .* at "([^"]+)"/)?.[1];
      if (field) out[field] = error.message;
    }
    return out;
  }
}

/** The API answered, with errors: `errors` as sent, and whatever data arrived beside them. */
export class GraphQLResponseError extends AllianceError {
  override name = 'GraphQLResponseError';

  constructor(
    errors: readonly GraphQLErrorInfo[],
    /** The fields that did not fail (a subgraph down: the rest of the answer), or null. */
    readonly data: unknown,
    /** The HTTP status it came with (200, or 400 for a query the schema refuses). */
    readonly status: number,
  ) {
    super(describe(errors), { errors });
  }
}

/** An HTTP answer that is not a GraphQL response: a rate limit (429), a proxy's error page. */
export class HttpError extends AllianceError {
  override name = 'HttpError';

  constructor(
    message: string,
    readonly status: number,
    /** How long the server asked to wait before trying again (its Retry-After), in ms. */
    readonly retryAfterMs: number | undefined,
    errors: readonly GraphQLErrorInfo[] = [],
  ) {
    super(message, { errors });
  }
}

/** No answer: the endpoint refused the connection, could not be resolved, or timed out. */
export class NetworkError extends AllianceError {
  override name = 'NetworkError';

  constructor(
    readonly endpoint: string,
    cause: unknown,
  ) {
    super(`cannot reach ${endpoint}: ${reason(cause)}`, { cause });
  }
}

/** `CODE: message; CODE: message`, so a one-line report says what went wrong and why. */
function describe(errors: readonly GraphQLErrorInfo[]): string {
  return errors.map((e) => (e.extensions?.code ? `${e.extensions.code}: ${e.message}` : e.message)).join('; ');
}

function reason(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  if (cause.name === 'TimeoutError') return 'no answer in time';
  // Node's fetch says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND) is its cause.
  const inner = cause.cause instanceof Error ? cause.cause.message : undefined;
  return inner ? `${cause.message} (${inner})` : cause.message;
}

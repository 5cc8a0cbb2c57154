import type { TypedDocumentString } from '../generated/graphql';

/**
 * The web app's only way to the registry: the gateway's public GraphQL API over HTTP, exactly
 * as any partner tool uses it. Operations are typed documents generated from web/src/operations.
 */

export interface ApiErrorInfo {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; service?: string; [key: string]: unknown };
}

/** A request the API refused, or could not answer: carries `extensions.code` and the field. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly errors: ApiErrorInfo[] = [],
  ) {
    super(message);
  }
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }
  /** The input field an error names (`input.title`), for showing it beside that field. */
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

/** A response that may carry data and errors at once (a subgraph down: the rest still arrives). */
export interface Result<T> {
  data: T | null;
  errors: ApiErrorInfo[];
}

export interface Api {
  query<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<Result<T>>;
  /** Writes fail as a whole: any error throws, so a refused write changes nothing on screen. */
  mutate<T, V>(document: TypedDocumentString<T, V>, variables?: V): Promise<T>;
}

export function createApi(endpoint: string, token: () => string | null = () => null): Api {
  async function send<T>(query: string, variables: unknown): Promise<Result<T>> {
    const bearer = token();
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
        body: JSON.stringify({ query, variables: variables ?? {} }),
      });
    } catch {
      throw new ApiError('The registry cannot be reached. Check your connection and try again.');
    }
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: ApiErrorInfo[] } | null;
    if (!body || (!body.data && !body.errors)) throw new ApiError(`The registry answered HTTP ${response.status}.`);
    return { data: body.data ?? null, errors: body.errors ?? [] };
  }
  return {
    query: (document, variables) => send(document.toString(), variables),
    async mutate(document, variables) {
      const result = await send<never>(document.toString(), variables);
      if (result.errors.length || !result.data) {
        throw new ApiError(result.errors.map((e) => e.message).join(' ') || 'The write was refused.', result.errors);
      }
      return result.data;
    },
  };
}

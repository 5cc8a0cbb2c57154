import { GraphQLError } from 'graphql';

/** The `extensions.code` values clients can rely on (DESIGN.md, Conventions). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CONFLICT'
  | 'SERVICE_UNAVAILABLE'
  | 'OPERATION_NOT_ALLOWED';

function error(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** Bad input; `field` is the path of the offending argument or input field (`input.parties[1].acronym`). */
export const badUserInput = (message: string, field?: string) =>
  error('BAD_USER_INPUT', message, field ? { field } : {});

export const notFound = (message: string) => error('NOT_FOUND', message);

/** No identity, or a token that was refused: the write cannot say who is making it. */
export const unauthenticated = (message: string) => error('UNAUTHENTICATED', message);

/** Another service this one needs cannot answer; named, never by its internal address. */
export const serviceUnavailable = (message: string, service: string) =>
  error('SERVICE_UNAVAILABLE', message, { service });

/** A known caller whose roles do not allow the write. */
export const forbidden = (message: string) => error('FORBIDDEN', message);

export const conflict = (message: string, extensions: Record<string, unknown> = {}) =>
  error('CONFLICT', message, extensions);

/**
 * The gateway accepts only its trusted documents (GATEWAY_OPERATIONS=persisted) and this is not
 * one: refused before it runs, with HTTP 400 (Apollo drops `http` from what the client sees).
 */
export const operationNotAllowed = (message: string) =>
  error('OPERATION_NOT_ALLOWED', message, { http: { status: 400 } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; a malformed one is the caller's mistake, not a miss. */
export function assertId(id: string, field = 'id'): string {
  if (!UUID.test(id)) throw badUserInput(`${field} must be a UUID, got "${id}"`, field);
  return id.toLowerCase();
}

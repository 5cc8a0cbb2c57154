/**
 * Errors that mean the database cannot be reached right now (refused, restarted, shut down),
 * as opposed to a query that is wrong. A request that meets one is answered SERVICE_UNAVAILABLE
 * (try again), and the connection pool reconnects by itself once the server is back.
 */

/** Socket errors, and PostgreSQL's SQLSTATE classes 08 (connection exception) and 57P (operator intervention). */
const UNREACHABLE_CODES = /^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|08\w{3}|57P0[1-3])$/;

/** What node-postgres says when the server goes away under an open connection. */
const UNREACHABLE_MESSAGES =
  /Connection terminated|connection timeout|terminating connection|server closed the connection/i;

export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && UNREACHABLE_CODES.test(code)) return true;
  if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
  const nested = [driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  return nested.some((inner) => isDatabaseUnreachable(inner, depth + 1));
}

import { AsyncLocalStorage } from 'node:async_hooks';
import { pino, type Logger } from 'pino';

export type { Logger };

/** What every log line written while serving one request carries (its request id). */
export interface LogScope {
  requestId: string;
}

const scope = new AsyncLocalStorage<LogScope>();

/**
 * Runs `work` with `fields` on every log line it writes, however deep (resolvers, the SQL log,
 * error masking): one request id then follows a request through every service's log.
 */
export const withLogScope = <T>(fields: LogScope, work: () => T): T => scope.run(fields, work);

/** The id of the request being served here, if any (the gateway passes it on to the subgraphs). */
export const currentRequestId = (): string | undefined => scope.getStore()?.requestId;

/**
 * Structured JSON logs (pino) for machines; on a terminal they are pretty-printed so that
 * `npm start` reads well for a person.
 */
export function createLogger(name: string, level = 'info'): Logger {
  const pretty = process.stdout.isTTY && process.env.LOG_FORMAT !== 'json';
  return pino({
    name,
    level,
    mixin: () => scope.getStore() ?? {},
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } }
      : {}),
  });
}

import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (pino) for machines; on a terminal they are pretty-printed so that
 * `npm start` reads well for a person.
 */
export function createLogger(name: string, level = 'info'): Logger {
  const pretty = process.stdout.isTTY && process.env.LOG_FORMAT !== 'json';
  return pino({
    name,
    level,
    ...(pretty
      ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname', translateTime: 'HH:MM:ss' } } }
      : {}),
  });
}

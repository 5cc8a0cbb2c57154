import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, type DestinationPolicy } from './destinations.js';

/** One delivery attempt as it is recorded: what the receiver answered, and how fast. */
export interface AttemptResult {
  ok: boolean;
  statusCode: number | null;
  durationMs: number;
  /** Why it failed without an HTTP answer (refused address, timeout, connection error). */
  error: string | null;
}

export interface PostOptions extends DestinationPolicy {
  timeoutMs: number;
  /** At most this much of the receiver's answer is read; a receiver cannot make us buffer more. */
  maxResponseBytes: number;
}

/** POSTs a signed body; any 2xx is a delivery, everything else a failed attempt to retry. */
export function postWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const finish = (statusCode: number | null, error: string | null) =>
      resolve({
        ok: statusCode !== null && statusCode >= 200 && statusCode < 300,
        statusCode,
        durationMs: elapsed(),
        error,
      });
    const req = send(
      target,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'AllianceRegistry-Webhooks/1', ...headers },
        lookup: guardedLookup(options),
        timeout: options.timeoutMs,
      },
      (res) => {
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > options.maxResponseBytes) res.destroy();
        });
        res.on('close', () => finish(res.statusCode ?? null, null));
        res.on('error', () => undefined);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)));
    req.on('error', (error) => finish(null, error.message));
    req.end(body);
  });
}

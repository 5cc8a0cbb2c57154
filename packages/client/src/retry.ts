/**
 * Retries with exponential backoff and jitter, for the two answers that say "not now, later":
 * HTTP 429 (after the server's Retry-After when it sends one) and a SERVICE_UNAVAILABLE error (a
 * part of the registry did not answer). Nothing else is retried: a refused connection, a bad
 * request or a FORBIDDEN will not change by asking again.
 */

export interface RetryOptions {
  /** Attempts in all, the first included (default 3; 1 turns retries off). */
  attempts?: number;
  /** The backoff before the first retry, doubled before each next one (default 300 ms). */
  baseDelayMs?: number;
  /** The most the backoff grows to (default 5 s). */
  maxDelayMs?: number;
  /**
   * The longest Retry-After the client waits for (default 60 s). A server asking for longer gets
   * its HttpError straight away, `retryAfterMs` set, for the caller to schedule.
   */
  maxRetryAfterMs?: number;
  /** How to wait (tests pass one that records and returns at once). */
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the jitter (default Math.random). */
  random?: () => number;
  /** Told before each wait: which attempt failed, how long until the next one, and why. */
  onRetry?: (event: RetryEvent) => void;
}

export interface RetryEvent {
  /** The attempt that failed, from 1. */
  attempt: number;
  delayMs: number;
  reason: 'HTTP 429' | 'SERVICE_UNAVAILABLE';
}

/** What an attempt's outcome calls for: give it back (false), or try again, when. */
export type Verdict = false | { reason: RetryEvent['reason']; retryAfterMs?: number };

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

export type RetryPolicy = Required<Omit<RetryOptions, 'onRetry'>> & Pick<RetryOptions, 'onRetry'>;

export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const given = options === false ? { attempts: 1 } : (options ?? {});
  return {
    attempts: Math.max(1, Math.floor(given.attempts ?? 3)),
    baseDelayMs: given.baseDelayMs ?? 300,
    maxDelayMs: given.maxDelayMs ?? 5_000,
    maxRetryAfterMs: given.maxRetryAfterMs ?? 60_000,
    sleep: given.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: given.random ?? Math.random,
    onRetry: given.onRetry,
  };
}

/**
 * The wait before retry number `retry` (1 for the first): the server's Retry-After when it gave
 * one, else "equal jitter" backoff, half the doubled delay plus a random part of the other half,
 * so clients that failed together do not come back together. Undefined: do not wait that long.
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfterMs?: number): number | undefined {
  if (retryAfterMs !== undefined) return retryAfterMs <= policy.maxRetryAfterMs ? retryAfterMs : undefined;
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + policy.random() * (ceiling / 2));
}

/**
 * Runs `attempt` until `verdict` says its outcome is final, or the attempts run out; then returns
 * the last value or throws the last error.
 */
export async function withRetries<T>(
  attempt: () => Promise<T>,
  verdict: (outcome: Outcome<T>) => Verdict,
  policy: RetryPolicy,
): Promise<T> {
  for (let n = 1; ; n++) {
    const outcome: Outcome<T> = await attempt().then(
      (value) => ({ ok: true as const, value }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    const again = n < policy.attempts ? verdict(outcome) : false;
    const delayMs = again ? retryDelay(policy, n, again.retryAfterMs) : undefined;
    if (!again || delayMs === undefined) {
      if (outcome.ok) return outcome.value;
      throw outcome.error;
    }
    policy.onRetry?.({ attempt: n, delayMs, reason: again.reason });
    await policy.sleep(delayMs);
  }
}

/** Retry-After as milliseconds: delay-seconds (`120`) or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

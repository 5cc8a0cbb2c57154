/**
 * When a failed delivery is tried again: exponential backoff with full-range jitter (so many
 * receivers failing at once do not retry in lockstep), capped, for a bounded number of attempts.
 * The defaults spread 12 attempts over about a day.
 */
export interface RetryPolicy {
  maxAttempts: number;
  /** The wait after the first failure, in milliseconds; it doubles with every further failure. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 12, baseDelayMs: 60_000, maxDelayMs: 6 * 3_600_000 };

/** The wait after `failures` failed attempts (1 = the first), or null when none is left. */
export function retryDelay(failures: number, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (failures >= policy.maxAttempts) return null;
  const exponential = Math.min(policy.baseDelayMs * 2 ** (failures - 1), policy.maxDelayMs);
  // Between half and all of the exponential wait.
  return Math.round(exponential * (0.5 + random() / 2));
}

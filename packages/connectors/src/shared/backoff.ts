/** How failed calls are retried. Every field has a default; see DEFAULT_RETRY. */
export interface RetryPolicy {
  /** Total attempts including the first (1 disables retries). */
  maxAttempts: number;
  /** Backoff ceiling of the first retry, in ms; doubles each retry. */
  baseDelayMs: number;
  /** Largest backoff ceiling, in ms. */
  maxDelayMs: number;
  /**
   * Longest wait a vendor may ask for (Retry-After, reset headers). A longer
   * ask fails the call at once with a RATE_LIMITED error that says when to
   * come back, instead of holding a sync open for hours.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  // Five attempts span about 0.5 + 1 + 2 + 4 s of ceilings: long enough to ride
  // out a deploy blip or a throttle window, short enough to fail a dead host fast.
  maxAttempts: 5,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  // Vendors' per-second/per-10 s windows ask for seconds; daily quotas ask for
  // hours, which a sync should report rather than sleep through.
  maxRetryAfterMs: 5 * 60_000,
};

/**
 * Exponential backoff with full jitter (AWS architecture blog, "Exponential
 * Backoff And Jitter"): a uniform draw in [0, min(max, base·2^(retry-1))], so
 * many clients throttled at once do not retry in lockstep.
 *
 * @param retry 1 for the first retry
 * @param random a uniform [0, 1) source (injectable for tests)
 */
export function backoffDelay(
  retry: number,
  policy: Pick<RetryPolicy, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Reads a Retry-After header: delay-seconds (RFC 9110 §10.2.3, decimals
 * accepted as some vendors send "2.0") or an HTTP-date. Returns ms to wait
 * (0 for a date in the past), or undefined when absent or unreadable.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value === undefined) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // An HTTP-date names its weekday and month; anything else (e.g. "-5") is not one.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - now);
}

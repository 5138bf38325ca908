import type { RateLimitSignal } from '../shared/vendor-signals.js';

const header = (headers: Headers, name: string): number | null => {
  const value = headers.get(name);
  if (value === null || value.trim() === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
};

/**
 * BigCommerce's window quota, shared by every app of a store: each answer
 * says how many requests are left in the window (`X-Rate-Limit-Requests-Left`)
 * and when it resets (`X-Rate-Limit-Time-Reset-Ms`); over the quota it
 * answers 429. The connection pauses until the reset when it is about to run
 * out, and a 429 waits for the reset unless Retry-After says otherwise.
 * Header names from a 3rd-party transcription of
 * https://docs.bigcommerce.com/developer/docs/overview/api-fundamentals/rate-limits
 * (vendor-apis.md §7) and the Singer tap, which reads the same four.
 */
export function bigCommerceRateLimit(options: { headroom?: number } = {}): RateLimitSignal {
  // Leave a request or two for the store's other apps, which share the quota.
  const headroom = options.headroom ?? 2;
  return {
    name: 'bigcommerce-rate-limit',
    observe({ headers }, control) {
      const left = header(headers, 'x-rate-limit-requests-left');
      const reset = header(headers, 'x-rate-limit-time-reset-ms');
      if (left === null || reset === null || reset <= 0) return;
      if (left <= headroom) control.pause(reset);
    },
    classify({ status, headers }) {
      if (status !== 429) return undefined;
      const reset = header(headers, 'x-rate-limit-time-reset-ms');
      return {
        code: 'RATE_LIMITED',
        isRetryable: true,
        ...(reset !== null && reset > 0 ? { retryAfterMs: reset } : {}),
      };
    },
  };
}

import type { ConnectorsErrorCode } from './errors.js';

/** A response as a signal sees it. `json` is the parsed body when it was JSON. */
export interface SignalResponse {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** A signal's verdict on a failed response; unset fields keep the default classification. */
export interface FailureVerdict {
  code?: ConnectorsErrorCode;
  isRetryable?: boolean;
  retryAfterMs?: number;
  /** Replaces the default message; must say how to fix or what to wait for. */
  message?: string;
}

/**
 * A vendor's own rate-limit language, taught to the shared HTTP client.
 * `observe` sees every response (success or not) and may pause the
 * connection before the vendor has to say 429; `classify` turns a failure
 * into a verdict (e.g. Salesforce's 403 REQUEST_LIMIT_EXCEEDED is a rate
 * limit, not a permission problem).
 */
export interface RateLimitSignal {
  name: string;
  observe?(response: { status: number; headers: Headers }, control: { pause(ms: number): void }): void;
  classify?(response: SignalResponse): FailureVerdict | undefined;
}

/**
 * Shopify REST leaky bucket. Every response carries
 * `X-Shopify-Shop-Api-Call-Limit: used/capacity`; the bucket leaks
 * `leakPerSecond` calls per second (2 on standard plans, 4 Advanced, 20 Plus).
 * https://shopify.dev/docs/api/admin-rest/usage/rate-limits
 */
export function shopifyCallLimit(
  options: { leakPerSecond?: number; headroom?: number } = {},
): RateLimitSignal {
  const leak = options.leakPerSecond ?? 2;
  // Keep a couple of slots free so other apps of the same store are not starved by our sync.
  const headroom = options.headroom ?? 2;
  return {
    name: 'shopify-call-limit',
    observe({ headers }, control) {
      const value = headers.get('x-shopify-shop-api-call-limit');
      const match = value ? /^(\d+)\/(\d+)$/.exec(value.trim()) : null;
      if (!match) return;
      const used = Number(match[1]);
      const capacity = Number(match[2]);
      const over = used - (capacity - headroom);
      if (over >= 0) control.pause(Math.ceil(((over + 1) / leak) * 1000));
    },
    classify({ status }) {
      // Shopify sends Retry-After (seconds) with its 429s; when absent, one leak interval frees a slot.
      if (status === 429)
        return { code: 'RATE_LIMITED', isRetryable: true, retryAfterMs: Math.ceil(1000 / leak) };
      return undefined;
    },
  };
}

/**
 * HubSpot limits: `X-HubSpot-RateLimit-Remaining` / `-Interval-Milliseconds`
 * per 10 s window, and a daily quota whose 429 body says `policyName: DAILY`.
 * https://developers.hubspot.com/docs/developer-tooling/platform/usage-guidelines
 */
export function hubspotRateLimit(): RateLimitSignal {
  return {
    name: 'hubspot-rate-limit',
    observe({ headers }, control) {
      const remaining = headers.get('x-hubspot-ratelimit-remaining');
      if (remaining === null || Number(remaining) > 0) return;
      const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds') ?? 10_000);
      control.pause(Number.isFinite(interval) && interval > 0 ? interval : 10_000);
    },
    classify({ status, json, headers }) {
      if (status !== 429) return undefined;
      const body = (json ?? {}) as { policyName?: unknown };
      if (body.policyName === 'DAILY') {
        return {
          code: 'RATE_LIMITED',
          isRetryable: false,
          message:
            'HubSpot daily API limit reached for this account (policyName DAILY). It resets at midnight in the account time zone; resume the sync then, or ask HubSpot for the API limit increase.',
        };
      }
      const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds') ?? Number.NaN);
      return {
        code: 'RATE_LIMITED',
        isRetryable: true,
        ...(Number.isFinite(interval) && interval > 0 ? { retryAfterMs: interval } : {}),
      };
    },
  };
}

/**
 * Salesforce answers an exhausted org limit with 403 and
 * `[{"errorCode":"REQUEST_LIMIT_EXCEEDED","message":"TotalRequests Limit exceeded."}]`
 * (not 429). The rolling 24 h total cannot be waited out in a sync, so that
 * one is final; concurrency/burst limits of the same code are retried.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm
 */
export function salesforceRequestLimit(): RateLimitSignal {
  return {
    name: 'salesforce-request-limit',
    classify({ status, json, headers }) {
      if (status !== 403 || !Array.isArray(json)) return undefined;
      const first = json.find(
        (e): e is { errorCode: string; message?: unknown } =>
          typeof e === 'object' &&
          e !== null &&
          (e as { errorCode?: unknown }).errorCode === 'REQUEST_LIMIT_EXCEEDED',
      );
      if (!first) return undefined;
      const text = typeof first.message === 'string' ? first.message : '';
      const usage = headers.get('sforce-limit-info');
      if (/TotalRequests/i.test(text)) {
        return {
          code: 'RATE_LIMITED',
          isRetryable: false,
          message: `Salesforce org API request limit exceeded (${usage ?? text}). The limit is a rolling 24 h total: resume later, or raise the org's API limit in Setup > Company Information.`,
        };
      }
      return { code: 'RATE_LIMITED', isRetryable: true };
    },
  };
}

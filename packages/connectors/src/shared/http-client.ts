import ky, { type KyInstance } from 'ky';
import type { Auth, FetchLike } from './auth.js';
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter, type RetryPolicy } from './backoff.js';
import { ApiCallError, type ConnectorsErrorCode } from './errors.js';
import { type Clock, type RateLimit, systemClock, TokenBucket } from './rate-limiter.js';
import { redactSecrets, redactUrl } from './redact.js';
import type { FailureVerdict, RateLimitSignal } from './vendor-signals.js';

export type QueryValue = string | number | boolean | readonly (string | number)[] | null | undefined;

export interface HttpRequest<T = unknown> {
  method?: 'GET' | 'POST' | undefined;
  /** Path joined to the connection's baseUrl (`/v2/payments`). */
  path?: string | undefined;
  /**
   * A full or root-relative URL (a Link header's next page, Salesforce's
   * nextRecordsUrl). It must have the baseUrl's origin: credentials are never
   * sent to another host.
   */
  url?: string | URL | undefined;
  /** Query parameters; arrays repeat the parameter; null/undefined are left out. */
  query?: Readonly<Record<string, QueryValue>> | undefined;
  /** JSON body. */
  json?: unknown;
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * Checks the parsed body and returns what the caller needs (e.g. the page's
   * records). A throw marks the response MALFORMED_RESPONSE, which is retried
   * like a truncated page.
   */
  parse?: ((body: unknown, response: { headers: Headers; status: number }) => T) | undefined;
  signal?: AbortSignal | undefined;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** The parsed JSON body, passed through `parse` when given. */
  body: T;
  /** The redacted URL that answered. */
  url: string;
  attempts: number;
}

export interface RetryEvent {
  /** The attempt that failed (1-based). */
  attempt: number;
  delayMs: number;
  code: ConnectorsErrorCode;
  status: number | undefined;
  url: string;
}

export interface HttpClientOptions {
  /** Vendor name for messages ("Square"). */
  vendor: string;
  baseUrl: string;
  auth?: Auth | undefined;
  /** Extra headers on every request (e.g. `Square-Version`). */
  headers?: Readonly<Record<string, string>> | undefined;
  fetch?: FetchLike | undefined;
  /** Per-attempt limit for the whole response, headers and body, in ms (default 30 s). */
  timeoutMs?: number | undefined;
  retry?: Partial<RetryPolicy> | undefined;
  /** Client-side rate limit of this connection; null or undefined for none. */
  rateLimit?: RateLimit | null | undefined;
  /** Vendor rate-limit signals (see vendor-signals.ts). */
  signals?: readonly RateLimitSignal[] | undefined;
  /** Called before each retry wait; for logs and metrics. Never sees secrets. */
  onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Test seams. */
  clock?: Clock | undefined;
  random?: (() => number) | undefined;
}

export interface HttpClient {
  readonly vendor: string;
  readonly baseUrl: string;
  request<T = unknown>(request: HttpRequest<T>): Promise<HttpResponse<T>>;
  /** Counters since creation. */
  readonly stats: { requests: number; retries: number; refreshes: number };
}

// Enough of an error body to show the vendor's reason, small enough for logs.
const MAX_ERROR_BODY = 4_096;
// Default per-attempt timeout: vendors' slowest list pages answer in seconds, not tens of seconds.
const DEFAULT_TIMEOUT_MS = 30_000;

/** Joins a path to a base URL whose own path is kept (`https://x/admin/api/2024-01` + `/orders.json`). */
export function joinUrl(baseUrl: string, path: string): URL {
  return new URL(`${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`);
}

function appendQuery(url: URL, query: Readonly<Record<string, QueryValue>> | undefined): void {
  if (!query) return;
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(name, String(v));
    else url.searchParams.append(name, String(value));
  }
}

/** The vendor's own words for a failure, from the common error envelopes. */
export function vendorErrorDetail(json: unknown, text: string): string {
  const clip = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}…` : s);
  if (Array.isArray(json)) {
    const first = json[0] as { errorCode?: unknown; message?: unknown } | undefined;
    if (first && (typeof first.errorCode === 'string' || typeof first.message === 'string')) {
      return clip([first.errorCode, first.message].filter((x) => typeof x === 'string').join(': '));
    }
  } else if (json && typeof json === 'object') {
    const body = json as Record<string, unknown>;
    if (Array.isArray(body.errors) && body.errors.length > 0) {
      const e = body.errors[0] as Record<string, unknown>;
      const parts = [e.code, e.detail ?? e.message].filter((x) => typeof x === 'string');
      if (parts.length > 0) return clip(parts.join(': '));
    }
    if (typeof body.errors === 'string') return clip(body.errors);
    if (typeof body.message === 'string') return clip(body.message);
    if (typeof body.error === 'string') {
      return clip(
        typeof body.error_description === 'string' ? `${body.error}: ${body.error_description}` : body.error,
      );
    }
  }
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.startsWith('<')) return '';
  return clip(trimmed);
}

interface Failure {
  code: ConnectorsErrorCode;
  isRetryable: boolean;
  retryAfterMs?: number | undefined;
  message: string;
}

function defaultFailure(
  vendor: string,
  status: number,
  method: string,
  url: URL,
  detail: string,
  headers: Headers,
  now: number,
): Failure {
  const where = `${method} ${url.pathname}`;
  const why = detail ? ` ${detail}` : '';
  const retryAfterMs = parseRetryAfter(headers.get('retry-after'), now);
  if (status === 401) {
    return {
      code: 'AUTH_FAILED',
      isRetryable: false,
      message: `${vendor} rejected the credentials (401${why}) on ${where}. Check that the token is current and issued for this environment (sandbox or production) and account; if it was revoked or expired, reconnect the ${vendor} account.`,
    };
  }
  if (status === 403) {
    return {
      code: 'FORBIDDEN',
      isRetryable: false,
      message: `${vendor} refused ${where} (403${why}): the credentials are valid but lack the permission or OAuth scope for it. Grant the scope in the ${vendor} app settings and reconnect the account.`,
    };
  }
  if (status === 429) {
    return {
      code: 'RATE_LIMITED',
      isRetryable: true,
      retryAfterMs,
      message: `${vendor} rate limit hit (429${why}) on ${where}. Lower rateLimit.requestsPerSecond for this connection or retry later; the sync resumes from its last state.`,
    };
  }
  if (status === 408) {
    return {
      code: 'TIMEOUT',
      isRetryable: true,
      retryAfterMs,
      message: `${vendor} timed out serving ${where} (408${why}). Retry later, or use a smaller pageSize.`,
    };
  }
  if (status >= 500) {
    // 501/505 mean the request can never work; everything else in 5xx is worth another try.
    const retryable = status !== 501 && status !== 505;
    return {
      code: 'SERVER_ERROR',
      isRetryable: retryable,
      retryAfterMs,
      message: `${vendor} server error ${status}${why} on ${where}. The vendor may be degraded: retry the sync later; it resumes from its last state.`,
    };
  }
  if (status === 404) {
    return {
      code: 'NOT_FOUND',
      isRetryable: false,
      message: `${vendor} has no ${url.pathname} (404${why}). Check baseUrl (${url.origin}), the API version and any ids in the options.`,
    };
  }
  return {
    code: 'BAD_REQUEST',
    isRetryable: false,
    message: `${vendor} rejected ${where} (${status}${why}). Check the connector options (ids, dates, page size) against the vendor's limits.`,
  };
}

function parseJson(text: string): unknown {
  return text.trim() === '' ? null : JSON.parse(text);
}

/**
 * The one HTTP helper every connector uses: ky for the request itself (URL,
 * JSON body, injected fetch, auth in a beforeRequest hook), and one retry loop
 * around it. The loop, not ky's built-in retry, decides retries because it
 * must also cover what ky cannot see: a truncated or non-JSON body, an
 * envelope that fails its check, a vendor's own rate-limit signal, and the
 * one-time OAuth2 refresh on 401.
 *
 * Per attempt: wait for the connection's token bucket (and any pause), send,
 * read the whole body within `timeoutMs`, let vendor signals observe the
 * headers, then classify. Retryable failures wait Retry-After (seconds or
 * HTTP-date) or the vendor's signal, else exponential backoff with full
 * jitter. Auth failures are never retried, except a single refresh-and-retry
 * when the credentials can refresh. A 304 Not Modified is a success with a
 * null body (`parse` sees null): an empty page.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const { vendor, auth } = options;
  const signals = options.signals ?? [];
  const base = new URL(options.baseUrl);
  const limiter = new TokenBucket(options.rateLimit ?? null, clock);
  const control = { pause: (ms: number) => limiter.pause(ms) };
  const stats = { requests: 0, retries: 0, refreshes: 0 };
  const secrets = () => auth?.secrets() ?? [];

  const kyClient: KyInstance = ky.create({
    retry: 0,
    throwHttpErrors: false,
    timeout: false,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    hooks: {
      beforeRequest: [
        async ({ request }) => {
          await auth?.apply(request.headers);
        },
      ],
    },
  });

  function resolve(request: HttpRequest<unknown>): URL {
    let url: URL;
    if (request.url !== undefined) {
      url = new URL(request.url, base);
      if (url.origin !== base.origin) {
        throw new ApiCallError({
          code: 'UNSAFE_URL',
          method: request.method ?? 'GET',
          url: redactUrl(url, secrets()),
          isRetryable: false,
          message: `${vendor} pointed the next page at ${url.origin}, not ${base.origin}; credentials are only sent to the configured baseUrl. Set baseUrl to the host the vendor pages from.`,
        });
      }
    } else {
      url = joinUrl(options.baseUrl, request.path ?? '/');
    }
    appendQuery(url, request.query);
    return url;
  }

  async function attempt<T>(url: URL, request: HttpRequest<T>): Promise<HttpResponse<T> | ApiCallError> {
    const method = request.method ?? 'GET';
    const safeUrl = redactUrl(url, secrets());
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = request.signal ? AbortSignal.any([timeout.signal, request.signal]) : timeout.signal;
    const headers = new Headers(options.headers);
    headers.set('accept', 'application/json');
    for (const [k, v] of Object.entries(request.headers ?? {})) headers.set(k, v);
    let response: Response;
    let text: string;
    stats.requests++;
    try {
      response = await kyClient(url, {
        method,
        headers,
        signal,
        ...(request.json !== undefined ? { json: request.json } : {}),
      });
      text = await response.text();
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      if (ApiCallError.isInstance(error)) return error; // from the auth hook (refresh failed)
      const timedOut = timeout.signal.aborted;
      const cause = error as Error;
      const reason = (cause.cause as Error | undefined)?.message ?? cause.message;
      return new ApiCallError({
        code: timedOut ? 'TIMEOUT' : 'NETWORK_ERROR',
        method,
        url: safeUrl,
        isRetryable: true,
        message: timedOut
          ? `${vendor} did not answer ${method} ${url.pathname} within ${timeoutMs} ms. Retry later or raise timeoutMs.`
          : `Could not reach ${vendor} at ${url.origin} (${redactSecrets(reason, secrets())}). Check baseUrl and the network; the sync resumes from its last state.`,
        // Never keep ky's error: it holds the Request and with it the Authorization header.
        cause: { name: cause.name, message: redactSecrets(reason, secrets()) },
      });
    } finally {
      clearTimeout(timer);
    }
    for (const s of signals) s.observe?.({ status: response.status, headers: response.headers }, control);

    // 304 Not Modified answers a conditional request (If-Modified-Since, Zoho): nothing changed,
    // so it is an empty answer (body null, an empty page to paginate), not a failure.
    if (response.ok || response.status === 304) {
      let body: unknown;
      try {
        body = parseJson(text);
        if (request.parse) body = request.parse(body, { headers: response.headers, status: response.status });
      } catch (error) {
        const snippet = redactSecrets(text.slice(0, 200), secrets());
        return new ApiCallError({
          code: 'MALFORMED_RESPONSE',
          method,
          url: safeUrl,
          status: response.status,
          body: snippet,
          isRetryable: true,
          message: `${vendor} answered ${method} ${url.pathname} with a body that is not the expected JSON page (${(error as Error).message.slice(0, 200)}). Usually a truncated or proxied response; if it persists, the API version may have changed.`,
          cause: { name: (error as Error).name, message: (error as Error).message.slice(0, 500) },
        });
      }
      return {
        status: response.status,
        headers: response.headers,
        body: body as T,
        url: safeUrl,
        attempts: 1,
      };
    }

    let json: unknown;
    try {
      json = parseJson(text);
    } catch {
      json = undefined;
    }
    const safeText = redactSecrets(text.slice(0, MAX_ERROR_BODY), secrets());
    const detail = redactSecrets(vendorErrorDetail(json, text), secrets());
    const failure: Failure = defaultFailure(
      vendor,
      response.status,
      method,
      url,
      detail,
      response.headers,
      clock.now(),
    );
    for (const s of signals) {
      const verdict: FailureVerdict | undefined = s.classify?.({
        status: response.status,
        headers: response.headers,
        text,
        json,
      });
      if (!verdict) continue;
      if (verdict.code !== undefined) failure.code = verdict.code;
      if (verdict.isRetryable !== undefined) failure.isRetryable = verdict.isRetryable;
      // An explicit Retry-After header outranks a signal's estimate.
      if (verdict.retryAfterMs !== undefined && failure.retryAfterMs === undefined) {
        failure.retryAfterMs = verdict.retryAfterMs;
      }
      if (verdict.message !== undefined) failure.message = redactSecrets(verdict.message, secrets());
      break;
    }
    return new ApiCallError({ ...failure, method, url: safeUrl, status: response.status, body: safeText });
  }

  async function request<T>(req: HttpRequest<T>): Promise<HttpResponse<T>> {
    const url = resolve(req);
    let refreshed = false;
    for (let n = 1; ; n++) {
      await limiter.take(req.signal);
      const outcome = await attempt(url, req);
      if (!ApiCallError.isInstance(outcome)) {
        outcome.attempts = n;
        return outcome;
      }
      const error = outcome;
      error.attempts = n;
      if (error.status === 401 && auth?.canRefresh && !refreshed) {
        // One refresh per call: a second 401 means the new token is refused too.
        refreshed = true;
        stats.refreshes++;
        await auth.refresh();
        n--;
        continue;
      }
      if (!error.isRetryable) throw error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > policy.maxRetryAfterMs) {
        throw new ApiCallError({
          code: error.code,
          method: error.method,
          url: error.url,
          status: error.status,
          body: error.body,
          isRetryable: false,
          message: `${error.message} ${vendor} asked to wait ${Math.ceil(error.retryAfterMs / 1000)} s, longer than maxRetryAfterMs (${policy.maxRetryAfterMs} ms); resume the sync after that.`,
        });
      }
      if (n >= policy.maxAttempts) {
        error.message = `${error.message} (gave up after ${n} attempt${n === 1 ? '' : 's'})`;
        throw error;
      }
      const delayMs = error.retryAfterMs ?? backoffDelay(n, policy, random);
      if (error.retryAfterMs !== undefined) limiter.pause(error.retryAfterMs);
      stats.retries++;
      options.onRetry?.({ attempt: n, delayMs, code: error.code, status: error.status, url: error.url });
      await clock.sleep(delayMs, req.signal);
    }
  }

  return { vendor, baseUrl: options.baseUrl, request, stats };
}

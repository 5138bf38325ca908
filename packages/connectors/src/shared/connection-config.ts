import { z } from 'zod';
import {
  type AuthPlacement,
  createAuth,
  credentialsSchema,
  type FetchLike,
  type OAuthTokens,
} from './auth.js';
import { createHttpClient, type HttpClient, type RetryEvent } from './http-client.js';
import type { RateLimit } from './rate-limiter.js';
import type { RateLimitSignal } from './vendor-signals.js';

const isFunction = (v: unknown) => typeof v === 'function';

/**
 * Fields every API connector's config has: `{ baseUrl?, credentials,
 * headers?, fetch?, … }`. A vendor spec spreads these into its own
 * `z.strictObject({ ...connectionConfigShape, …vendor options })`.
 */
export const connectionConfigShape = {
  /** Override the vendor host: a sandbox, a proxy, a regional host. */
  baseUrl: z.url().optional(),
  credentials: credentialsSchema,
  /** Extra headers on every request. */
  headers: z.record(z.string(), z.string()).optional(),
  /** A fetch to use instead of the global one (tests, proxies, instrumentation). */
  fetch: z.custom<FetchLike>(isFunction, 'fetch must be a function').optional(),
  /** Per-attempt timeout in ms, headers and body (default 30,000). */
  timeoutMs: z.number().int().positive().optional(),
  retry: z
    .strictObject({
      maxAttempts: z.number().int().min(1).max(20).optional(),
      baseDelayMs: z.number().min(0).optional(),
      maxDelayMs: z.number().min(0).optional(),
      maxRetryAfterMs: z.number().min(0).optional(),
    })
    .optional(),
  /** Client-side limit for this connection; `false` turns the vendor's default off. */
  rateLimit: z
    .union([
      z.literal(false),
      z.strictObject({
        requestsPerSecond: z.number().positive(),
        burst: z.number().int().positive().optional(),
      }),
    ])
    .optional(),
  /** How far back each incremental run re-reads below the high-water mark, in ms (default 2 min). */
  overlapMs: z.number().int().min(0).optional(),
  /** Receives rotated OAuth2 tokens so they can be stored; called before the retried request. */
  onTokens: z.custom<(tokens: OAuthTokens) => void | Promise<void>>(isFunction).optional(),
  /** Called before each retry wait (for logs/metrics); never sees secrets. */
  onRetry: z.custom<(event: RetryEvent) => void>(isFunction).optional(),
};

const connectionConfigSchema = z.object(connectionConfigShape);
export type ConnectionConfig = z.infer<typeof connectionConfigSchema>;

// Square documents that list results are eventually consistent and "changes
// might take several seconds to appear"; two minutes covers that and ordinary
// clock skew with room to spare, at the cost of re-reading two minutes of rows.
export const DEFAULT_OVERLAP_MS = 2 * 60_000;

/** What a vendor contributes to its connections' HTTP client. */
export interface VendorHttpDefaults {
  vendor: string;
  baseUrl: string;
  placement?: AuthPlacement | undefined;
  headers?: Readonly<Record<string, string>> | undefined;
  /** The documented limit, or null when the vendor publishes none. */
  rateLimit?: RateLimit | null | undefined;
  signals?: readonly RateLimitSignal[] | undefined;
}

/** Builds the one HTTP client of a connection: vendor defaults, then the user's config on top. */
export function createConnectionClient(config: ConnectionConfig, defaults: VendorHttpDefaults): HttpClient {
  const baseUrl = config.baseUrl ?? defaults.baseUrl;
  const auth = createAuth(config.credentials, {
    vendor: defaults.vendor,
    baseUrl,
    placement: defaults.placement,
    fetch: config.fetch,
    onTokens: config.onTokens,
  });
  return createHttpClient({
    vendor: defaults.vendor,
    baseUrl,
    auth,
    headers: { ...defaults.headers, ...config.headers },
    fetch: config.fetch,
    timeoutMs: config.timeoutMs,
    retry: config.retry,
    rateLimit: config.rateLimit === false ? null : (config.rateLimit ?? defaults.rateLimit ?? null),
    signals: defaults.signals,
    onRetry: config.onRetry,
  });
}

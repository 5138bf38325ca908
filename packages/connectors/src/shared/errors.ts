import { GrowthNavError } from '@growthnav/conversions';

/**
 * Error codes of @growthnav/connectors, carried on `GrowthNavError.code`, so
 * callers (onboarding, the MCP server, the CLI) branch on codes, never on text.
 */
export const connectorsErrorCodes = [
  /** `createConnector` was asked for a type that is not registered. */
  'UNKNOWN_CONNECTOR',
  /** `read`/`normalize` was asked for a stream the connector does not have. */
  'UNKNOWN_STREAM',
  /** The connector config failed its `spec` (zod) check. */
  'INVALID_CONFIG',
  /** A saved state object is not one this connector wrote; start without state or pass the last state message. */
  'INVALID_STATE',
  /** The vendor rejected the credentials (401), or a token refresh failed. Never retried. */
  'AUTH_FAILED',
  /** The credentials are valid but lack a permission or scope (403). Never retried. */
  'FORBIDDEN',
  /** The vendor throttled the connection (429 or the vendor's own signal). Retried with backoff. */
  'RATE_LIMITED',
  /** The vendor answered 5xx. Retried with backoff. */
  'SERVER_ERROR',
  /** The vendor refused the request as invalid (4xx other than 401/403/429). Never retried. */
  'BAD_REQUEST',
  /** The URL does not exist on the vendor (404): wrong baseUrl, API version or id. */
  'NOT_FOUND',
  /** The connection failed (refused, reset, DNS). Retried with backoff. */
  'NETWORK_ERROR',
  /** No complete response within `timeoutMs`. Retried with backoff. */
  'TIMEOUT',
  /** A 2xx response whose body is not the JSON page the contract promises (truncated, HTML, wrong envelope). Retried. */
  'MALFORMED_RESPONSE',
  /** A pagination link pointed at another origin; credentials are never sent there. */
  'UNSAFE_URL',
  /** A file source cannot be read at all (missing, binary, not JSON). */
  'INVALID_FILE',
  /** A file changed since the state was saved; resuming could skip or repeat rows. */
  'STATE_MISMATCH',
] as const;

export type ConnectorsErrorCode = (typeof connectorsErrorCodes)[number];

/** Errors of this package that are not about one HTTP call. */
export class ConnectorError extends GrowthNavError<ConnectorsErrorCode> {
  constructor({ code, message, cause }: { code: ConnectorsErrorCode; message: string; cause?: unknown }) {
    super({ code, message, cause });
    this.name = 'ConnectorError';
  }
}

export interface ApiCallErrorOptions {
  code: ConnectorsErrorCode;
  message: string;
  /** The request URL with secrets removed from its query. */
  url: string;
  method: string;
  /** HTTP status, or undefined when no response arrived (network error, timeout). */
  status?: number | undefined;
  /** The response body (at most a few KiB), with secrets removed. */
  body?: string | undefined;
  /** Decided once, here: whether another attempt can succeed. */
  isRetryable: boolean;
  /** How long the vendor asked us to wait (Retry-After or a vendor signal), in ms. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * One failed HTTP call to a vendor. `isRetryable` is decided once when the
 * error is built (status, vendor signals), and the retry loop only reads it.
 * Messages and fields never contain credentials: URLs and bodies are redacted
 * before they get here, and `cause` never holds the request (which carries the
 * Authorization header).
 */
export class ApiCallError extends GrowthNavError<ConnectorsErrorCode> {
  readonly url: string;
  readonly method: string;
  readonly status: number | undefined;
  readonly body: string | undefined;
  readonly isRetryable: boolean;
  readonly retryAfterMs: number | undefined;
  /** Attempts made before giving up; set by the retry loop. */
  attempts = 1;

  constructor(options: ApiCallErrorOptions) {
    super({ code: options.code, message: options.message, cause: options.cause });
    this.name = 'ApiCallError';
    this.url = options.url;
    this.method = options.method;
    this.status = options.status;
    this.body = options.body;
    this.isRetryable = options.isRetryable;
    this.retryAfterMs = options.retryAfterMs;
  }

  static override isInstance(error: unknown): error is ApiCallError {
    return GrowthNavError.isInstance(error) && (error as { name?: unknown }).name === 'ApiCallError';
  }
}

import { GrowthNavError } from '@growthnav/conversions';

/**
 * Error codes of @growthnav/discovery. They travel on `GrowthNavError.code`,
 * so callers branch on codes, never on message text.
 */
export const discoveryErrorCodes = [
  /** Options passed to a discovery function are invalid (unknown industry, bad sample size …). */
  'INVALID_OPTIONS',
  /** The input cannot be profiled: not rows of records, or bytes that are not text. */
  'INVALID_INPUT',
  /** A review table given to `acceptReview` is malformed, or an edit names an unknown column or target. */
  'INVALID_REVIEW',
  /** Two columns were mapped to a target that takes only one column (e.g. two `value` columns). */
  'DUPLICATE_TARGET',
  /** An LLM client failed or answered with something that is not the requested JSON. */
  'LLM_FAILED',
] as const;

export type DiscoveryErrorCode = (typeof discoveryErrorCodes)[number];

/** The error every discovery function throws; `code` says what kind of problem it is. */
export class DiscoveryError extends GrowthNavError<DiscoveryErrorCode> {
  constructor({ code, message, cause }: { code: DiscoveryErrorCode; message: string; cause?: unknown }) {
    super({ code, message, cause });
    this.name = 'DiscoveryError';
  }
}

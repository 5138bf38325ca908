import { GrowthNavError } from '../errors.js';

/**
 * Codes of the errors the attribution functions throw (on `GrowthNavError.code`).
 * Callers branch on these, never on message text.
 */
export const attributionErrorCodes = [
  /** An option is out of range or unknown, e.g. a negative `lookbackDays`. */
  'INVALID_OPTIONS',
  /**
   * A conversion or touchpoint cannot be used: a missing or duplicate id, a
   * timestamp that is not ISO 8601 with a zone, a missing platform, a value that
   * is not a finite number.
   */
  'INVALID_ATTRIBUTION_INPUT',
] as const;

export type AttributionErrorCode = (typeof attributionErrorCodes)[number];

/** Thrown by matchTouchpoints, attribute, markovRemovalEffects and attributionReport. */
export class AttributionError extends GrowthNavError<AttributionErrorCode> {
  /** The option or record field at fault, e.g. `options.lookbackDays` or `touchpoints[3].timestamp`. */
  readonly field: string;

  constructor({
    code,
    field,
    message,
    cause,
  }: {
    code: AttributionErrorCode;
    field: string;
    message: string;
    cause?: unknown;
  }) {
    super({ code, message, cause });
    this.name = 'AttributionError';
    this.field = field;
  }
}

import { GrowthNavError } from '@growthnav/conversions';

/**
 * Error codes of @growthnav/identity. They travel on `GrowthNavError.code`,
 * so callers branch on codes, never on message text.
 */
export const identityErrorCodes = [
  /** Options or settings passed to a linking function are invalid (unknown column, bad threshold …). */
  'INVALID_IDENTITY_OPTIONS',
  /** Two input records share one record id; ids must be unique within a run. */
  'DUPLICATE_RECORD_ID',
  /** A record or person id named in a call is not in the identity graph. */
  'UNKNOWN_IDENTITY',
  /** A serialized identity graph or model could not be read. */
  'INVALID_IDENTITY_STATE',
] as const;

export type IdentityErrorCode = (typeof identityErrorCodes)[number];

/** The error every @growthnav/identity function throws. */
export class IdentityError extends GrowthNavError<IdentityErrorCode> {
  constructor({ code, message, cause }: { code: IdentityErrorCode; message: string; cause?: unknown }) {
    super({ code, message, cause });
    this.name = 'IdentityError';
  }
}

const marker = Symbol.for('growthnav.error');

/**
 * Error codes of @growthnav/conversions. Every package documents its own codes
 * next to its errors; all of them travel on `GrowthNavError.code`, so callers
 * (the MCP server, the CLI) branch on codes, never on message text.
 */
export const conversionsErrorCodes = [
  /** A money value could not be read: unknown format, currency or precision. */
  'INVALID_MONEY',
  /** A timestamp could not be read, or named a zone or a wall time that does not exist. */
  'INVALID_TIMESTAMP',
  /** A FieldMapping is malformed; raised by compileMapping before any record is read. */
  'INVALID_MAPPING',
  /** `normalize` was asked for a system id that is not registered. */
  'UNKNOWN_SYSTEM',
  /** A CSV input cannot be read at all (binary, empty, no header). */
  'INVALID_CSV',
  /** Options passed to a function are invalid. */
  'INVALID_OPTIONS',
  /** Conversions or touchpoints given to attribution are malformed (ids, timestamps, values). */
  'INVALID_ATTRIBUTION_INPUT',
] as const;

export type ConversionsErrorCode = (typeof conversionsErrorCodes)[number];

export interface GrowthNavErrorOptions<Code extends string = string> {
  code: Code;
  /** What went wrong and how to fix it. */
  message: string;
  cause?: unknown;
}

/**
 * The one base class of every error GrowthNav throws. `isInstance` checks a
 * global symbol rather than the prototype chain, so it holds across duplicate
 * installs of the package.
 */
export class GrowthNavError<Code extends string = string> extends Error {
  readonly [marker] = true;
  readonly code: Code;

  constructor({ code, message, cause }: GrowthNavErrorOptions<Code>) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'GrowthNavError';
    this.code = code;
  }

  static isInstance(error: unknown): error is GrowthNavError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }
}

/** Thrown by parseMoney. */
export class MoneyParseError extends GrowthNavError<'INVALID_MONEY'> {
  readonly input: unknown;
  constructor({ input, message, cause }: { input: unknown; message: string; cause?: unknown }) {
    super({ code: 'INVALID_MONEY', message, cause });
    this.name = 'MoneyParseError';
    this.input = input;
  }
}

/** Thrown by parseTimestamp. */
export class TimestampParseError extends GrowthNavError<'INVALID_TIMESTAMP'> {
  readonly input: unknown;
  constructor({ input, message, cause }: { input: unknown; message: string; cause?: unknown }) {
    super({ code: 'INVALID_TIMESTAMP', message, cause });
    this.name = 'TimestampParseError';
    this.input = input;
  }
}

/** Thrown by compileMapping when a FieldMapping cannot be executed. */
export class MappingError extends GrowthNavError<'INVALID_MAPPING'> {
  /** Where in the mapping the problem is, e.g. `fields[3].transform.currency`. */
  readonly path: string;
  constructor({ path, message, cause }: { path: string; message: string; cause?: unknown }) {
    super({ code: 'INVALID_MAPPING', message: `Invalid field mapping at ${path}: ${message}`, cause });
    this.name = 'MappingError';
    this.path = path;
  }
}

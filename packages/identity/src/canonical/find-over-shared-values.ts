import { IdentityError } from '../errors.js';

export interface FindOverSharedValuesOptions {
  /**
   * The most records one person's value can plausibly appear on. A value seen
   * on more records than this (a store's own phone number typed for every
   * walk-in, `info@` of a company) is shared, not personal.
   */
  maxRecordsPerValue: number;
}

/**
 * The values that appear more than `maxRecordsPerValue` times: pass one value
 * per record (for example every record's canonical email) and never use the
 * returned values as link keys. Empty strings are ignored.
 *
 * @example findOverSharedValues(['a', 'b', 'a', 'a'], { maxRecordsPerValue: 2 }) // Set { 'a' }
 */
export function findOverSharedValues(
  values: Iterable<string>,
  options: FindOverSharedValuesOptions,
): Set<string> {
  const max = options.maxRecordsPerValue;
  if (!Number.isInteger(max) || max < 1) {
    throw new IdentityError({
      code: 'INVALID_IDENTITY_OPTIONS',
      message: `findOverSharedValues: maxRecordsPerValue must be a whole number of at least 1, got ${String(max)}; pass the most records one person's value may appear on (e.g. 50).`,
    });
  }
  const counts = new Map<string, number>();
  const shared = new Set<string>();
  for (const value of values) {
    if (value === '') continue;
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > max) shared.add(value);
  }
  return shared;
}

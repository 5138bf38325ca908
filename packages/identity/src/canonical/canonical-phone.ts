import { type CountryCode, isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { parseNanpPhone } from './parse-nanp-phone.js';

export type { CountryCode } from 'libphonenumber-js/max';

export interface CanonicalPhoneOptions {
  /**
   * The region a number written without a country code belongs to, as an
   * ISO 3166-1 alpha-2 code. Defaults to `'US'`.
   */
  defaultRegion?: CountryCode;
}

/** A phone number in E.164 form. */
export interface CanonicalPhone {
  /** `+` then country code and national number, digits only: `+16505551212`. */
  e164: string;
  /** The region the number belongs to, when libphonenumber-js can tell. */
  country?: CountryCode;
}

/** Inputs longer than this are free text, not a phone number. */
const MAX_PHONE_INPUT_LENGTH = 64;

/** The region `canonicalPhone` assumes for numbers without a country code. */
export const DEFAULT_PHONE_REGION: CountryCode = 'US';

function parseValid(text: string, region: CountryCode | undefined): CanonicalPhone | null {
  const parsed =
    region === undefined ? parsePhoneNumberFromString(text) : parsePhoneNumberFromString(text, region);
  if (!parsed?.isValid()) return null;
  return parsed.country === undefined
    ? { e164: parsed.number }
    : { e164: parsed.number, country: parsed.country };
}

/**
 * Parsing with libphonenumber-js's full metadata costs tens of microseconds,
 * and one customer's phone repeats on every record of theirs, so results are
 * memoised; the memo is emptied when it reaches this many entries.
 */
const PHONE_MEMO_SIZE = 100_000;
const memo = new Map<string, CanonicalPhone | null>();

/**
 * Parses a phone number with an explicit region, or none: with `region`
 * undefined only numbers written in international form (`+…`, `00…`) parse.
 * Shared by `canonicalPhone` and the audience exporters, which must not assume
 * a country for a person whose country is unknown.
 */
export function parsePhone(raw: string, region: string | undefined): CanonicalPhone | null {
  return parse(raw, region, true);
}

/** `parsePhone` without the North American fast path: every number through libphonenumber-js (tests compare the two). */
export function parsePhoneWithLibphonenumber(raw: string, region: string | undefined): CanonicalPhone | null {
  return parse(raw, region, false);
}

function parse(raw: string, region: string | undefined, fast: boolean): CanonicalPhone | null {
  if (typeof raw !== 'string') return null;
  const text = raw.normalize('NFKC').trim();
  if (text.length === 0 || text.length > MAX_PHONE_INPUT_LENGTH || !/\d/.test(text)) return null;
  const upper = region?.toUpperCase();
  const country = upper !== undefined && isSupportedCountry(upper) ? upper : undefined;
  if (fast) {
    // Everyday North American spellings are decided from the metadata directly (about 30x faster).
    const nanp = parseNanpPhone(text, country);
    if (nanp !== undefined) return nanp;
  }
  const key = `${country ?? ''}|${text}`;
  const known = memo.get(key);
  if (known !== undefined) return known === null ? null : { ...known };
  const result = parseUncached(text, country);
  if (memo.size >= PHONE_MEMO_SIZE) memo.clear();
  memo.set(key, result);
  return result === null ? null : { ...result };
}

// `00` is the international call prefix of most of the world; it is not the
// US one (011), so libphonenumber-js reads `0044…` as a US national number.
const IDD_00 = /^\(?00\)?[\s.-]*([1-9][\d\s().-]*)$/;

function parseUncached(text: string, country: CountryCode | undefined): CanonicalPhone | null {
  const idd = IDD_00.exec(text);
  // Without a region only numbers written with a `+` (or `00`) can be read.
  if (country === undefined && !text.includes('+') && !idd) return null;
  const direct = parseValid(text, country);
  if (direct) return direct;
  return idd ? parseValid(`+${idd[1]}`, undefined) : null;
}

/**
 * A phone number in E.164 (`+16505551212`), parsed and validated with
 * libphonenumber-js's full metadata. Numbers without a country code are read
 * as numbers of `defaultRegion` (default `'US'`); `00` international prefixes
 * are understood; extensions are dropped. Returns null for anything that is
 * not a valid number of a known region.
 *
 * @example canonicalPhone('(650) 555-1212') // { e164: '+16505551212', country: 'US' }
 */
export function canonicalPhone(raw: string, options?: CanonicalPhoneOptions): CanonicalPhone | null {
  return parsePhone(raw, options?.defaultRegion ?? DEFAULT_PHONE_REGION);
}

import { MoneyParseError } from '../errors.js';
import { currencyExponent, isCurrencyCode } from './currency-exponents.js';
import { CURRENCY_SYMBOLS } from './currency-symbols.js';

/** An exact amount: an integer count of the currency's minor units. */
export interface Money {
  /** Integer amount in minor units (cents for USD): exact, sums without drift. */
  minor: number;
  /** ISO 4217 code, or null when neither the value nor the options name one. */
  currency: string | null;
  /** Minor-unit digits of the currency (2 when the currency is unknown). */
  exponent: number;
  /** `minor / 10^exponent` as a number, for display and arithmetic that tolerates floats. */
  value: number;
}

export interface ParseMoneyOptions {
  /** Currency to assume when the text has none; also resolves `$` (CAD, AUD …). */
  currency?: string | undefined;
  /** The input is an integer count of minor units (Square, Clover cents). */
  minorUnits?: boolean | undefined;
  /** Decimal separator when the export's locale is known; otherwise inferred per value. */
  decimalSeparator?: '.' | ',' | undefined;
  /** What to do with more fractional digits than the currency has (default: half away from zero). */
  rounding?: 'half-away-from-zero' | 'half-even' | 'reject' | undefined;
}

const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];
const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;
const GENERAL =
  /^([-−+]?)\s*([^\d\s.,()\-−+]*?)\s*([-−+]?)\s*([.,]?\d[\d.,'’\s\u00a0\u202f]*)\s*([^\d\s.,()\-−+]*?)\s*(-?)$/u;

function fail(input: unknown, reason: string): never {
  throw new MoneyParseError({
    input,
    message: `Cannot read ${JSON.stringify(input)} as money: ${reason}.`,
  });
}

function resolveCurrency(input: unknown, marker: string, fallback: string | undefined): string | null {
  if (marker === '') return fallback ?? null;
  const upper = marker.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) {
    if (!isCurrencyCode(upper)) fail(input, `"${marker}" is not an ISO 4217 currency code`);
    return upper;
  }
  const symbolCurrency = CURRENCY_SYMBOLS[marker] ?? CURRENCY_SYMBOLS[upper];
  if (!symbolCurrency) fail(input, `unknown currency marker "${marker}"; pass options.currency`);
  // `$` is shared by many dollars: trust the caller's currency when it gave one.
  if (marker === '$' && fallback) return fallback;
  return symbolCurrency;
}

/** Splits the digits-and-separators part into integer and fraction digit strings. */
function splitNumber(
  input: unknown,
  text: string,
  exponent: number,
  decimalSeparator: '.' | ',' | undefined,
): [string, string] {
  const compact = text.replace(/['’\s\u00a0\u202f]/gu, '');
  let decimal: string | null = null;
  if (decimalSeparator) {
    decimal = compact.includes(decimalSeparator) ? decimalSeparator : null;
  } else {
    const lastDot = compact.lastIndexOf('.');
    const lastComma = compact.lastIndexOf(',');
    if (lastDot >= 0 && lastComma >= 0) {
      decimal = lastDot > lastComma ? '.' : ',';
    } else if (lastDot >= 0 || lastComma >= 0) {
      const sep = lastDot >= 0 ? '.' : ',';
      const at = Math.max(lastDot, lastComma);
      const occurrences = compact.split(sep).length - 1;
      const digitsAfter = compact.length - at - 1;
      const integerPart = compact.slice(0, at);
      // One separator followed by exactly three digits reads as thousands ("1,234",
      // "1.234"), unless the currency has three decimals or the integer part is 0.
      const looksLikeThousands = digitsAfter === 3 && exponent !== 3 && integerPart !== '0';
      decimal = occurrences === 1 && !looksLikeThousands ? sep : null;
    }
  }
  let integer = compact;
  let fraction = '';
  if (decimal) {
    const at = compact.lastIndexOf(decimal);
    integer = compact.slice(0, at);
    fraction = compact.slice(at + 1);
    if (!/^\d*$/.test(fraction)) fail(input, 'separators after the decimal point');
  }
  const grouping = decimal === ',' ? '.' : decimal === '.' ? ',' : null;
  if (grouping === null) {
    integer = integer.replace(/[.,]/g, '');
  } else {
    if (integer.includes(decimal!)) fail(input, `"${decimal}" appears more than once`);
    integer = integer.split(grouping).join('');
  }
  if (!/^\d+$/.test(integer) && !(integer === '' && fraction !== '')) fail(input, 'no digits');
  return [integer === '' ? '0' : integer, fraction];
}

function toMinor(
  input: unknown,
  integer: string,
  fraction: string,
  exponent: number,
  rounding: ParseMoneyOptions['rounding'],
): number {
  const kept = fraction.slice(0, exponent).padEnd(exponent, '0');
  const dropped = fraction.slice(exponent);
  let minor = Number(integer.replace(/^0+(?=\d)/, '') + kept);
  if (!Number.isSafeInteger(minor)) fail(input, 'the amount is too large to hold exactly');
  if (dropped !== '' && /[1-9]/.test(dropped)) {
    if (rounding === 'reject') fail(input, `more than ${exponent} decimal places`);
    const first = dropped.charCodeAt(0) - 48;
    const rest = /[1-9]/.test(dropped.slice(1));
    const roundUp =
      first > 5 || (first === 5 && (rest || rounding !== 'half-even' || minor % 2 === 1)) ? 1 : 0;
    minor += roundUp;
  }
  return minor;
}

function build(minor: number, currency: string | null, exponent: number, into?: Money): Money {
  const normalized = minor === 0 ? 0 : minor; // no negative zero
  const value = normalized / POW10[exponent]!;
  if (!into) return { minor: normalized, currency, exponent, value };
  into.minor = normalized;
  into.currency = currency;
  into.exponent = exponent;
  into.value = value;
  return into;
}

const FAST_SYMBOLS: Readonly<Record<number, string>> = { 36: 'USD', 8364: 'EUR', 163: 'GBP', 165: 'JPY' };
const MAX_EXACT = Number.MAX_SAFE_INTEGER / 10;

/**
 * Single-pass reader for the shapes exports write most — "1234.56", "-$1,234.56",
 * "$-2.35", "€12.50" — with `,` grouping and `.` decimals. Returns null for
 * anything else (or anything ambiguous), which then takes the general path.
 */
function parseCommonMoney(
  text: string,
  fallback: string | undefined,
  fallbackExponent: number,
  into: Money | undefined,
): Money | null {
  const length = text.length;
  let i = 0;
  let negative = false;
  let currency: string | undefined = fallback;
  let c = text.charCodeAt(0);
  if (c === 45) {
    negative = true;
    c = text.charCodeAt(++i);
  }
  const symbol = FAST_SYMBOLS[c];
  if (symbol !== undefined) {
    // "$" defers to the caller's currency (CAD, AUD … share it).
    if (!(c === 36 && fallback)) currency = symbol;
    c = text.charCodeAt(++i);
    if (c === 45) {
      if (negative) return null;
      negative = true;
      c = text.charCodeAt(++i);
    }
  }
  const exponent = currency ? currencyExponent(currency) : fallbackExponent;
  let integer = 0;
  let digits = 0;
  let groupDigits = -1; // digits since the last ","; -1 before any ","
  for (; i < length; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      integer = integer * 10 + (c - 48);
      digits++;
      if (groupDigits >= 0) groupDigits++;
    } else if (c === 44) {
      if (digits === 0 || (groupDigits >= 0 && groupDigits !== 3) || (groupDigits < 0 && digits > 3))
        return null;
      groupDigits = 0;
    } else break;
  }
  if (digits === 0 || digits > 15 || (groupDigits >= 0 && groupDigits !== 3)) return null;
  let minor = integer;
  let fractionDigits = 0;
  if (i < length) {
    if (c !== 46) return null;
    for (i++; i < length; i++) {
      c = text.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      fractionDigits++;
      if (fractionDigits > exponent) return null; // rounding: general path
      minor = minor * 10 + (c - 48);
    }
    // "1.234" without grouping reads as thousands on the general path; leave it there.
    if (fractionDigits === 0 || (fractionDigits === 3 && groupDigits < 0 && exponent !== 3)) return null;
  } else if (groupDigits >= 0 && exponent === 3) {
    return null; // "1,234" in a three-decimal currency is ambiguous
  }
  if (minor > MAX_EXACT) return null;
  for (let k = fractionDigits; k < exponent; k++) minor *= 10;
  return build(negative ? -minor : minor, currency ?? null, exponent, into);
}

/**
 * Reads a money amount exactly: "$1,234.56", "1.234,56 €", "USD 12", "(12.00)",
 * "-$12.00", "$-2.35", "CHF 1'234.50", numbers, and minor-unit integers
 * (`{ minorUnits: true }` for Square and Clover cents). Amounts are kept as
 * integer minor units, so sums never drift. Throws MoneyParseError (code
 * INVALID_MONEY) naming the input and the reason.
 */
export function parseMoney(input: unknown, options: ParseMoneyOptions = {}): Money {
  const fallback = options.currency?.toUpperCase();
  if (fallback !== undefined && !isCurrencyCode(fallback)) {
    fail(input, `options.currency "${options.currency}" is not an ISO 4217 code`);
  }
  return readMoney(input, fallback, options.minorUnits, options.decimalSeparator, options.rounding);
}

/**
 * parseMoney with positional options, for per-record hot paths that would
 * otherwise build an options object per value. `fallback` must already be an
 * upper-case ISO 4217 code (or undefined). With `into`, the result is written
 * into that object instead of a new one (the caller reads it before reuse).
 */
export function readMoney(
  input: unknown,
  fallback: string | undefined,
  minorUnits: boolean | undefined,
  decimalSeparator: '.' | ',' | undefined,
  rounding: ParseMoneyOptions['rounding'],
  into?: Money,
): Money {
  const fallbackExponent = fallback ? currencyExponent(fallback) : 2;

  if (minorUnits) {
    const n =
      typeof input === 'string' ? Number(input.trim()) : typeof input === 'bigint' ? Number(input) : input;
    if (
      typeof n !== 'number' ||
      !Number.isSafeInteger(n) ||
      (typeof input === 'string' && input.trim() === '')
    ) {
      fail(input, 'minor-unit amounts must be whole numbers');
    }
    return build(n, fallback ?? null, fallbackExponent, into);
  }

  let text: string;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail(input, 'not a finite number');
    text = Math.abs(input) < 1e-6 && input !== 0 ? input.toFixed(20) : String(input);
    if (text.includes('e')) fail(input, 'the amount is too large to hold exactly');
  } else if (typeof input === 'string') {
    text = input.trim();
  } else if (typeof input === 'bigint') {
    text = input.toString();
  } else {
    fail(
      input,
      input === null || input === undefined ? 'no value' : `expected text or a number, got ${typeof input}`,
    );
  }
  if (text === '') fail(input, 'empty text');

  if (decimalSeparator !== ',') {
    const fast = parseCommonMoney(text, fallback, fallbackExponent, into);
    if (fast) return fast;
  }

  // Plain "-1234.5" with the caller's currency.
  if (PLAIN_DECIMAL.test(text) && decimalSeparator !== ',') {
    const negative = text.charCodeAt(0) === 45;
    const body = negative ? text.slice(1) : text;
    const dot = body.indexOf('.');
    const minor = toMinor(
      input,
      dot < 0 ? body : body.slice(0, dot),
      dot < 0 ? '' : body.slice(dot + 1),
      fallbackExponent,
      rounding,
    );
    return build(negative ? -minor : minor, fallback ?? null, fallbackExponent, into);
  }

  let negative = false;
  if (text.startsWith('(') && text.endsWith(')')) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  const match = GENERAL.exec(text);
  if (!match) fail(input, 'unrecognised format');
  const [, sign1, prefix, sign2, digits, suffix, trailingMinus] = match;
  if (prefix && suffix) fail(input, 'currency markers on both sides');
  const signs = [sign1, sign2, trailingMinus].filter((s) => s === '-' || s === '−');
  if (signs.length > 1 || (negative && signs.length > 0)) fail(input, 'more than one minus sign');
  negative ||= signs.length === 1;

  const currency = resolveCurrency(input, (prefix || suffix)!, fallback);
  const exponent = currency ? currencyExponent(currency) : fallbackExponent;
  const [integer, fraction] = splitNumber(input, digits!, exponent, decimalSeparator);
  const minor = toMinor(input, integer, fraction, exponent, rounding);
  return build(negative ? -minor : minor, currency, exponent, into);
}

/** The exact decimal text of an amount: `{ minor: -1234, exponent: 2 }` → "-12.34". */
export function formatMoneyDecimal(money: Pick<Money, 'minor' | 'exponent'>): string {
  const { minor, exponent } = money;
  const digits = Math.abs(minor)
    .toString()
    .padStart(exponent + 1, '0');
  const sign = minor < 0 ? '-' : '';
  if (exponent === 0) return sign + digits;
  return `${sign}${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

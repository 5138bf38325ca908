import { currencyCodes } from '../lexicon/currencies.js';

/**
 * Per-value type classification for the profiler's hot loop: a hand-written
 * scan (no regex, no allocation) for numbers and money, then cheap anchored
 * regexes for dates and times. Internal; the profile reports the results.
 */

export const VALUE_STRING = 0;
export const VALUE_INTEGER = 1;
export const VALUE_DECIMAL = 2;
export const VALUE_MONEY = 3;
export const VALUE_BOOLEAN = 4;
export const VALUE_DATE = 5;
export const VALUE_DATETIME = 6;
export const VALUE_TIME = 7;
export const VALUE_JSON = 8;
export const VALUE_KIND_COUNT = 9;

/** Result of the last successful `scanNumber` (module scratch, to avoid allocation per value). */
export const numberScan = {
  value: 0,
  decimals: 0,
  /** Currency symbol or ISO code written next to the number, '' when none. */
  currency: '',
  grouped: false,
  percent: false,
  /** Which character separated decimals: '.' (46), ',' (44) or 0 when no decimals. */
  decimalSeparator: 0,
};

/** Date style evidence of the last `classifyValue` that returned a date or datetime. */
export const dateScan = {
  /** 'iso' | 'slash' | 'dot' | 'text' */
  style: '' as '' | 'iso' | 'slash' | 'dot' | 'text',
  /** For slash/dot dates: first component > 12 (day first), second > 12 (month first). */
  dayFirst: false,
  monthFirst: false,
  /** The value carries a zone or offset (Z, +02:00, -0500, UTC). */
  zoned: false,
};

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpperLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isCurrencySymbol(c: number): boolean {
  // $ € £ ¥ ₹ ₩ ₱ ₪ ₽ ₺ ¢
  return (
    c === 36 ||
    c === 0x20ac ||
    c === 0xa3 ||
    c === 0xa5 ||
    c === 0x20b9 ||
    c === 0x20a9 ||
    c === 0x20b1 ||
    c === 0x20aa ||
    c === 0x20bd ||
    c === 0x20ba
  );
}

function isSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f;
}

/**
 * Reads numbers as exports write them: `12`, `-3.5`, `1,234.56`, `1.234,56`,
 * `$80.00`, `$-2.35`, `-$2.35`, `(12.00)`, `USD 12.00`, `12.00 EUR`, `€12`,
 * `12%`. Returns false when the value is not a single number.
 */
export function scanNumber(s: string): boolean {
  const n = s.length;
  let i = 0;
  let neg = false;
  let paren = false;
  let currency = '';
  let c = s.charCodeAt(0);
  if (c === 40) {
    paren = true;
    i++;
    c = s.charCodeAt(i);
  }
  if (c === 45 || c === 0x2212) {
    neg = true;
    i++;
  } else if (c === 43) i++;
  // Venmo's "+ $20.62", "- $5.00": a space between the sign and the currency
  if (i > 0) while (i < n && isSpace(s.charCodeAt(i))) i++;
  // currency prefix: "$", "US$", "R$", "USD "
  let j = i;
  while (j < n && j - i < 3 && isUpperLetter(s.charCodeAt(j))) j++;
  if (j > i) {
    if (isCurrencySymbol(s.charCodeAt(j))) {
      currency = s.slice(i, j + 1);
      i = j + 1;
    } else if (
      j - i === 3 &&
      (isSpace(s.charCodeAt(j)) || isDigit(s.charCodeAt(j))) &&
      currencyCodes.has(s.slice(i, j))
    ) {
      currency = s.slice(i, j);
      i = j;
    } else return false;
  } else if (isCurrencySymbol(s.charCodeAt(i))) {
    currency = s[i]!;
    i++;
  }
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  c = s.charCodeAt(i);
  if (c === 45 || c === 0x2212) {
    if (neg) return false;
    neg = true;
    i++;
  } else if (c === 43) i++;

  let mantissa = 0;
  let totalDigits = 0;
  let sinceSep = 0;
  let lastSep = 0;
  let firstSep = 0;
  let firstGroup = -1;
  let separators = 0;
  let mixed = false;
  let badGroup = false;
  while (i < n) {
    c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      totalDigits++;
      sinceSep++;
      i++;
      continue;
    }
    const sep =
      c === 44 ||
      c === 46 ||
      c === 39 ||
      c === 0x2019 ||
      ((isSpace(c) && isDigit(s.charCodeAt(i + 1))) as boolean);
    if (!sep || sinceSep === 0) break;
    if (lastSep !== 0 && sinceSep !== 3) badGroup = true;
    if (lastSep === 0) {
      firstGroup = sinceSep;
      firstSep = c;
    } else if (c !== firstSep) {
      if (mixed) return false;
      mixed = true;
    }
    lastSep = c;
    separators++;
    sinceSep = 0;
    i++;
  }
  if (totalDigits === 0 || (lastSep !== 0 && sinceSep === 0)) return false;

  let decimals = 0;
  let grouped = false;
  let decimalSeparator = 0;
  if (lastSep !== 0) {
    const lastCanBeDecimal = lastSep === 46 || lastSep === 44;
    let lastIsDecimal: boolean;
    if (separators === 1) lastIsDecimal = lastCanBeDecimal && !(lastSep === 44 && sinceSep === 3);
    else lastIsDecimal = mixed && lastCanBeDecimal;
    if (lastIsDecimal) {
      decimals = sinceSep;
      decimalSeparator = lastSep;
      if (separators > 1) {
        if (badGroup || firstGroup > 3) return false;
        grouped = true;
      }
    } else {
      if (mixed || badGroup || firstGroup > 3 || sinceSep !== 3) return false;
      grouped = true;
    }
  }

  while (i < n && isSpace(s.charCodeAt(i))) i++;
  c = s.charCodeAt(i);
  if (i < n && isCurrencySymbol(c)) {
    if (currency !== '') return false;
    currency = s[i]!;
    i++;
  } else if (
    i + 2 < n &&
    isUpperLetter(c) &&
    isUpperLetter(s.charCodeAt(i + 1)) &&
    isUpperLetter(s.charCodeAt(i + 2))
  ) {
    if (currency !== '' || !currencyCodes.has(s.slice(i, i + 3))) return false;
    currency = s.slice(i, i + 3);
    i += 3;
  }
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  let percent = false;
  if (i < n && s.charCodeAt(i) === 37) {
    percent = true;
    i++;
  }
  if (paren) {
    if (s.charCodeAt(i) !== 41) return false;
    neg = true;
    i++;
  }
  if (i !== n) return false;

  let value = mantissa;
  if (decimals > 0) value = mantissa / 10 ** decimals;
  numberScan.value = neg ? -value : value;
  numberScan.decimals = decimals;
  numberScan.currency = currency;
  numberScan.grouped = grouped;
  numberScan.percent = percent;
  numberScan.decimalSeparator = decimalSeparator;
  return true;
}

const ISO_DATE_START = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])/;
const ISO_TIME_PART =
  /^[T ]([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT| ?[A-Z]{3,4})?$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[ ,T]+(.*))?$/;
const CLOCK =
  /^([01]?\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?\s*([AaPp]\.?[Mm]\.?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT|[A-Z]{3,4})?$/;
const DOT_CLOCK = /^(?:klo\s+|kl\.?\s+)?([01]?\d|2[0-3])\.[0-5]\d(\.[0-5]\d)?$/;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const TEXT_DATE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?(?:(?:${MONTHS})[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|(?:${MONTHS})-\\d{1,2}-(?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?[\\s-](?:${MONTHS})[a-z]*\\.?[\\s-],?\\s*\\d{2,4})(?:[ ,T]+(.*))?$`,
  'i',
);
const YMD_SLASH = /^\d{4}[/.](?:0?[1-9]|1[0-2])[/.](?:0?[1-9]|[12]\d|3[01])(?:[ T]+(.*))?$/;
const ZONED = /(Z|[+-]\d{2}:?\d{2}|UTC|GMT)$/;
/** Yes/no words, also in the languages the header lexicon reads (da/sv/no, de, nl, fr, es/it, pt, pl, fi). */
export const YES_NO_WORDS: readonly string[] = [
  'true',
  'false',
  'yes',
  'no',
  'y',
  'n',
  't',
  'f',
  'ja',
  'nej',
  'nei',
  'nein',
  'nee',
  'oui',
  'non',
  'sí',
  'si',
  'sim',
  'não',
  'nao',
  'tak',
  'nie',
  'kyllä',
  'ei',
];
const BOOLEAN_WORDS = new Set(YES_NO_WORDS);

function classifyClock(rest: string | undefined): boolean {
  return rest !== undefined && rest.length > 0 && CLOCK.test(rest);
}

/**
 * Classifies one trimmed, non-empty value. Numbers leave their reading in
 * `numberScan`, dates their style in `dateScan`.
 */
export function classifyValue(s: string): number {
  const c0 = s.charCodeAt(0);
  const n = s.length;
  const digitStart = c0 >= 48 && c0 <= 57;
  if (
    digitStart ||
    c0 === 45 ||
    c0 === 43 ||
    c0 === 40 ||
    c0 === 46 ||
    isCurrencySymbol(c0) ||
    c0 === 0x2212
  ) {
    // fast path: plain non-negative integer
    if (digitStart && n <= 15) {
      let k = 1;
      let v = c0 - 48;
      while (k < n) {
        const c = s.charCodeAt(k);
        if (c < 48 || c > 57) break;
        v = v * 10 + (c - 48);
        k++;
      }
      if (k === n) {
        numberScan.value = v;
        numberScan.decimals = 0;
        numberScan.currency = '';
        numberScan.grouped = false;
        numberScan.percent = false;
        numberScan.decimalSeparator = 0;
        return VALUE_INTEGER;
      }
    }
    if (scanNumber(s)) {
      if (numberScan.currency !== '') return VALUE_MONEY;
      if (numberScan.percent || numberScan.decimals > 0) return VALUE_DECIMAL;
      return VALUE_INTEGER;
    }
    if (digitStart) return classifyDateLike(s);
    return VALUE_STRING;
  }
  if (isUpperLetter(c0) && n >= 4 && scanNumber(s)) return VALUE_MONEY; // "USD 12.00"
  if (n <= 5) {
    const lower = s.toLowerCase();
    if (BOOLEAN_WORDS.has(lower)) return VALUE_BOOLEAN;
  }
  if ((c0 === 123 && s.charCodeAt(n - 1) === 125) || (c0 === 91 && s.charCodeAt(n - 1) === 93))
    return VALUE_JSON;
  return classifyTextDate(s);
}

/** "19 de marzo de 2025 16:03 hs.", "5 de março de 2025 às 14:30": Spanish and Portuguese long dates. */
const ROMANCE_LONG_DATE =
  /^\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro) de \d{4}(?:,?\s+(?:a las\s+|[aà]s\s+)?(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:hs?\.?)?)?$/i;

function classifyTextDate(s: string): number {
  if (s.length < 6 || s.length > 48) return VALUE_STRING;
  const long = ROMANCE_LONG_DATE.exec(s);
  if (long) {
    dateScan.style = 'text';
    dateScan.dayFirst = true;
    dateScan.monthFirst = false;
    dateScan.zoned = false;
    return long[1] === undefined ? VALUE_DATE : VALUE_DATETIME;
  }
  const m = TEXT_DATE.exec(s);
  if (!m) return VALUE_STRING;
  dateScan.style = 'text';
  dateScan.dayFirst = false;
  dateScan.monthFirst = false;
  const rest = m[1];
  dateScan.zoned = rest !== undefined && ZONED.test(rest);
  if (rest === undefined || rest === '') return VALUE_DATE;
  return classifyClock(rest) ? VALUE_DATETIME : VALUE_STRING;
}

function classifyDateLike(s: string): number {
  if (ISO_DATE_START.test(s)) {
    dateScan.style = 'iso';
    dateScan.dayFirst = false;
    dateScan.monthFirst = false;
    if (s.length === 10) {
      dateScan.zoned = false;
      return VALUE_DATE;
    }
    const rest = s.slice(10);
    // "2025-03-04T15:45:00Z", and 12-hour clocks after an ISO date: "2025-03-04 3:45 PM"
    if (ISO_TIME_PART.test(rest) || ((rest[0] === ' ' || rest[0] === 'T') && classifyClock(rest.slice(1)))) {
      dateScan.zoned = ZONED.test(rest);
      return VALUE_DATETIME;
    }
    return VALUE_STRING;
  }
  const m = NUMERIC_DATE.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a < 1 || b < 1 || a > 31 || b > 31 || (a > 12 && b > 12)) return VALUE_STRING;
    dateScan.style = m[2] === '/' ? 'slash' : 'dot';
    dateScan.dayFirst = a > 12;
    dateScan.monthFirst = b > 12;
    const rest = m[5];
    if (rest === undefined || rest === '') {
      dateScan.zoned = false;
      return VALUE_DATE;
    }
    if (classifyClock(rest)) {
      dateScan.zoned = ZONED.test(rest);
      return VALUE_DATETIME;
    }
    // Finnish and Danish write the time with dots too: "8.9.2025 18.51", "8.9.2025 klo 18.51"
    if (m[2] === '.' && DOT_CLOCK.test(rest)) {
      dateScan.zoned = false;
      return VALUE_DATETIME;
    }
    return VALUE_STRING;
  }
  const ymd = YMD_SLASH.exec(s);
  if (ymd) {
    dateScan.style = 'iso';
    dateScan.dayFirst = false;
    dateScan.monthFirst = false;
    const rest = ymd[1];
    if (rest === undefined || rest === '') {
      dateScan.zoned = false;
      return VALUE_DATE;
    }
    dateScan.zoned = ZONED.test(rest);
    return classifyClock(rest) ? VALUE_DATETIME : VALUE_STRING;
  }
  if (s.length <= 22 && s.includes(':') && CLOCK.test(s)) return VALUE_TIME;
  return classifyTextDate(s);
}

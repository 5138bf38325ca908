import { canonicalCountry } from './canonical-country.js';

interface PostalFormat {
  /** Matches the code with spaces and dashes removed, uppercase. */
  pattern: RegExp;
  /** The canonical spelling of a compact code that matched. */
  format: (compact: string) => string;
}

const asIs = (compact: string): string => compact;
const split = (at: number, sep: string) => (compact: string) =>
  `${compact.slice(0, at)}${sep}${compact.slice(at)}`;
const digits = (n: number): PostalFormat => ({ pattern: new RegExp(`^\\d{${n}}$`), format: asIs });

/**
 * Postal code formats of the countries with the most customers in GrowthNav's
 * sources. Other countries get the generic rule (letters and digits, upper
 * case, no separators).
 */
const FORMATS: Readonly<Record<string, PostalFormat>> = {
  // ZIP and ZIP+4: matching uses the 5-digit ZIP (Meta asks for the same).
  US: { pattern: /^\d{5}(?:\d{4})?$/, format: (c) => c.slice(0, 5) },
  CA: { pattern: /^[ABCEGHJ-NPRSTVXY]\d[A-Z]\d[A-Z]\d$/, format: split(3, ' ') },
  GB: { pattern: /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/, format: (c) => split(c.length - 3, ' ')(c) },
  IE: { pattern: /^[AC-FHKNPRTV-Y]\d[\dW][AC-FHKNPRTV-Y\d]{4}$/, format: split(3, ' ') },
  NL: { pattern: /^[1-9]\d{3}[A-Z]{2}$/, format: split(4, ' ') },
  JP: { pattern: /^\d{7}$/, format: split(3, '-') },
  BR: { pattern: /^\d{8}$/, format: split(5, '-') },
  PL: { pattern: /^\d{5}$/, format: split(2, '-') },
  PT: { pattern: /^\d{7}$/, format: split(4, '-') },
  SE: { pattern: /^\d{5}$/, format: split(3, ' ') },
  DE: digits(5),
  FR: digits(5),
  IT: digits(5),
  ES: digits(5),
  FI: digits(5),
  MX: digits(5),
  KR: digits(5),
  AU: digits(4),
  NZ: digits(4),
  AT: digits(4),
  BE: digits(4),
  CH: digits(4),
  DK: digits(4),
  NO: digits(4),
  ZA: digits(4),
  IN: digits(6),
  CN: digits(6),
  SG: digits(6),
  RU: digits(6),
};

// Longest postal code in the world is 10 characters (e.g. Iran, with its dash).
const MAX_POSTAL_LENGTH = 10;
const MIN_POSTAL_LENGTH = 3;

function compactOf(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-–.]+/gu, '');
}

function inCountry(compact: string, country: string): string | null {
  // Spreadsheets drop the leading zero of New England ZIP codes (02134 → 2134).
  const value = country === 'US' && /^\d{4}(?:\d{4})?$/.test(compact) ? `0${compact}` : compact;
  const rule = FORMATS[country];
  if (rule) return rule.pattern.test(value) ? rule.format(value) : null;
  return generic(value);
}

function generic(compact: string): string | null {
  if (compact.length < MIN_POSTAL_LENGTH || compact.length > MAX_POSTAL_LENGTH) return null;
  return /^[A-Z0-9]+$/.test(compact) && /\d/.test(compact) ? compact : null;
}

/**
 * A postal code in one spelling per country: US ZIP and ZIP+4 → the 5-digit
 * ZIP (a 4-digit ZIP that lost its leading zero is padded), Canadian and UK
 * codes upper case with their single space (`K1A 0B1`, `SW1A 1AA`), and the
 * national formats of about thirty countries checked and spelled their usual
 * way. `country` is an ISO alpha-2 or alpha-3 code or an English name; without
 * it a US, Canadian or UK code is recognised by its shape and anything else is
 * kept as upper-case letters and digits. Returns null for values that are not
 * a postal code (too short or long, no digit, wrong shape for the country,
 * all zeros).
 *
 * @example canonicalPostalCode('94107-1234') // '94107'
 */
export function canonicalPostalCode(raw: string, country?: string): string | null {
  if (typeof raw !== 'string') return null;
  const compact = compactOf(raw);
  if (compact.length === 0 || /^0+$/.test(compact)) return null;
  if (typeof country === 'string' && country.trim() !== '') {
    const code = canonicalCountry(country);
    return code === null ? generic(compact) : inCountry(compact, code);
  }
  for (const guess of ['US', 'CA', 'GB'] as const) {
    if (FORMATS[guess]!.pattern.test(compact)) return FORMATS[guess]!.format(compact);
  }
  return generic(compact);
}

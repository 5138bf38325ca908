import { canonicalCountry } from '../canonical/canonical-country.js';
import { canonicalEmail, stripGmailLocalPart } from '../canonical/canonical-email.js';
import { parsePhone } from '../canonical/canonical-phone.js';
import { canonicalPostalCode } from '../canonical/canonical-postal-code.js';
import { stripNameAffixes } from '../canonical/name-affixes.js';

// Field rules: Google Data Manager "Format user data"
// (https://developers.google.com/data-manager/api/devguides/concepts/formatting), Google Ads API
// OfflineUserAddressInfo (https://developers.google.com/google-ads/api/reference/rpc/v23/OfflineUserAddressInfo),
// Meta customer information parameters
// (https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/customer-information-parameters)
// and Meta's Business SDK normalizer (facebook/facebook-python-business-sdk, serverside/normalize.py).

/**
 * Email for Google (Customer Match, Data Manager): trimmed, lowercase, no
 * whitespace; for gmail.com and googlemail.com dots and a `+tag` are removed
 * from the local part. Null when not an email address.
 *
 * @example googleEmail('Cloudy.SanFrancisco+shopping@gmail.com') // 'cloudysanfrancisco@gmail.com'
 */
export function googleEmail(raw: string): string | null {
  const email = canonicalEmail(raw)?.email;
  return email === undefined ? null : stripGmailLocalPart(email);
}

/**
 * Email for Meta (`em`): trimmed and lowercase, as written otherwise (Meta
 * does not drop Gmail dots). Null when not an email address.
 *
 * @example metaEmail('John_Smith@gmail.com') // 'john_smith@gmail.com'
 */
export function metaEmail(raw: string): string | null {
  return canonicalEmail(raw)?.email ?? null;
}

/**
 * Phone for Google: E.164 with `+` (`+18005550100`). A number without a
 * country code is read in `region` (ISO alpha-2); with no region only
 * international numbers parse. Null when not a valid number.
 *
 * @example googlePhone('(800) 555-0100', 'US') // '+18005550100'
 */
export function googlePhone(raw: string, region?: string): string | null {
  return parsePhone(raw, region)?.e164 ?? null;
}

/**
 * Phone for Meta (`ph`): digits only, country code first, no `+`
 * (`16505551212`). Null when not a valid number.
 *
 * @example metaPhone('(650)555-1212', 'US') // '16505551212'
 */
export function metaPhone(raw: string, region?: string): string | null {
  return parsePhone(raw, region)?.e164.slice(1) ?? null;
}

const APOSTROPHES = /['\u2018\u2019\u02BC\u02BB`\u00B4]/gu;
const NOT_NAME = /[^\p{L}\p{M}\p{N}\s]+/gu;

/**
 * A first or last name as both Google and Meta hash it: Unicode NFC,
 * lowercase, punctuation, symbols and emoji removed, whitespace collapsed and
 * trimmed, honorifics and suffixes (Mrs., Dr., Jr., III) dropped. Accents and
 * non-Latin letters are kept as UTF-8, as Meta's examples show (`Valéry` →
 * `valéry`, `정` → `정`). Empty when nothing is left.
 *
 * @example adName('Mrs. Mary-Ann'); // 'maryann'
 */
export function adName(raw: string): string {
  if (typeof raw !== 'string') return '';
  const words = raw
    .normalize('NFC')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NOT_NAME, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  return stripNameAffixes(words).join(' ');
}

/**
 * Country as ISO 3166-1 alpha-2, upper case (`US`), from a code or an English
 * name; Google sends it unhashed, Meta lowercases and hashes it. Null when
 * unknown.
 */
export function adCountry(raw: string): string | null {
  return canonicalCountry(raw);
}

/**
 * Postal code for Google, unhashed: the canonical national spelling
 * (`94107`, `SW1A 1AA`; US ZIP+4 becomes the 5-digit ZIP). Null when it is
 * not a postal code of `country`.
 */
export function googlePostalCode(raw: string, country?: string): string | null {
  return canonicalPostalCode(raw, country);
}

/**
 * Postal code for Meta (`zp`): lowercase, no spaces or dashes, US codes as
 * the 5-digit ZIP (`94107`, `sw1a1aa`). Null when it is not a postal code.
 */
export function metaPostalCode(raw: string, country?: string): string | null {
  return canonicalPostalCode(raw, country)?.toLowerCase().replace(/[\s-]/g, '') ?? null;
}

const NOT_LETTER = /[^\p{L}\p{M}]+/gu;

/**
 * City for Meta (`ct`): lowercase with digits, spaces and punctuation
 * removed (`San Francisco` → `sanfrancisco`), as Meta's SDK does. Empty when
 * nothing is left.
 */
export function metaCity(raw: string): string {
  if (typeof raw !== 'string') return '';
  return raw.normalize('NFC').toLowerCase().replace(NOT_LETTER, '');
}

/** US states, DC and territories: name (letters only, lowercase) → USPS code. */
const US_STATES: Readonly<Record<string, string>> = {
  alabama: 'al',
  alaska: 'ak',
  arizona: 'az',
  arkansas: 'ar',
  california: 'ca',
  colorado: 'co',
  connecticut: 'ct',
  delaware: 'de',
  districtofcolumbia: 'dc',
  florida: 'fl',
  georgia: 'ga',
  hawaii: 'hi',
  idaho: 'id',
  illinois: 'il',
  indiana: 'in',
  iowa: 'ia',
  kansas: 'ks',
  kentucky: 'ky',
  louisiana: 'la',
  maine: 'me',
  maryland: 'md',
  massachusetts: 'ma',
  michigan: 'mi',
  minnesota: 'mn',
  mississippi: 'ms',
  missouri: 'mo',
  montana: 'mt',
  nebraska: 'ne',
  nevada: 'nv',
  newhampshire: 'nh',
  newjersey: 'nj',
  newmexico: 'nm',
  newyork: 'ny',
  northcarolina: 'nc',
  northdakota: 'nd',
  ohio: 'oh',
  oklahoma: 'ok',
  oregon: 'or',
  pennsylvania: 'pa',
  rhodeisland: 'ri',
  southcarolina: 'sc',
  southdakota: 'sd',
  tennessee: 'tn',
  texas: 'tx',
  utah: 'ut',
  vermont: 'vt',
  virginia: 'va',
  washington: 'wa',
  westvirginia: 'wv',
  wisconsin: 'wi',
  wyoming: 'wy',
  puertorico: 'pr',
  guam: 'gu',
  virginislands: 'vi',
  americansamoa: 'as',
  northernmarianaislands: 'mp',
};

/**
 * State or province for Meta (`st`): lowercase, no digits, spaces or
 * punctuation; a US state written out becomes its 2-letter code
 * (`New York` → `ny`) when the country is the US or unknown. Empty when
 * nothing is left.
 */
export function metaRegion(raw: string, country?: string): string {
  const region = metaCity(raw);
  if (country !== undefined && country !== 'US') return region;
  return US_STATES[region] ?? region;
}

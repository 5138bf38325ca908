import { currencyCodes } from '../lexicon/currencies.js';
import {
  countryCodes2,
  countryCodes3,
  countryNames,
  regionCodes,
  regionNames,
} from '../lexicon/geography.js';
import { givenNames, surnames } from '../lexicon/person-names.js';
import { YES_NO_WORDS } from './classify-value.js';

/**
 * Value patterns the profiler looks for. Each is checked on the column's
 * reservoir sample (never on every value), so a pattern may be costly.
 */
export const valuePatternNames = [
  'email',
  'phone',
  'money',
  'iso_date',
  'iso_datetime',
  'us_date',
  'eu_date',
  'compact_date',
  'text_date',
  'month_day',
  'time',
  'time_zone',
  'utc_offset',
  'uuid',
  'postal_code',
  'country_code',
  'country_name',
  'region_code',
  'region_name',
  'currency_code',
  'url',
  'ip_address',
  'card_last4',
  'card_brand',
  'gclid',
  'fbclid',
  'salesforce_id',
  'boolean_word',
  'order_number',
  'person_name',
  'given_name',
  'surname',
  'street_address',
  'percent',
  'coordinate',
  'hex_token',
  'opaque_id',
  'digits',
  'json',
  'status_word',
  'payment_word',
  'conversion_event',
  'daypart',
  'free_text',
] as const;

export type ValuePatternName = (typeof valuePatternNames)[number];

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[A-Za-z]{2,24}$/;
// masked digits ('*', '•') count: marketplaces hide the middle of a buyer's phone, "(+1)415*****45"
const PHONE_CHARS = /^(?:\+|\(\+)?[\d\s().*\u2022-]{7,24}(?:\s*(?:x|ext\.?|#)\s*\d{1,6})?$/i;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
// "2025-03-04 3:45 PM" too: a one-digit hour is how 12-hour clocks are written
const ISO_DATETIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[T ]([01]?\d|2[0-3]):[0-5]\d/;
const US_DATE = /^(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/(\d{4}|\d{2})(?:$|[\sT,])/;
const EU_DATE = /^(0?[1-9]|[12]\d|3[01])[./](0?[1-9]|1[0-2])[./](\d{4}|\d{2})(?:$|[\sT,])/;
const COMPACT_DATE = /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/;
const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec';
const TEXT_DATE = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+)?(?:(?:${MONTHS})[a-z]*\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|(?:${MONTHS})-\\d{1,2}-(?:\\d{4}|\\d{2})|\\d{1,2}(?:st|nd|rd|th)?[\\s-](?:${MONTHS})[a-z]*\\.?[\\s-],?\\d{2,4})`,
  'i',
);
const MONTH_DAY = new RegExp(
  `^(?:(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|[12]\\d|3[01])|(?:${MONTHS})[a-z]*\\.?\\s+\\d{1,2}|\\d{1,2}\\s+(?:${MONTHS})[a-z]*)$`,
  'i',
);
const TIME = /^([01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?\s*(?:[AaPp]\.?[Mm]\.?)?$/;
const IANA_ZONE =
  /^(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc|US|Canada|Brazil|Mexico)\/[A-Za-z0-9_+\-/]+$/;
const ZONE_WORDS =
  /^(?:\(?(?:GMT|UTC)[+-]\d{1,2}(?::?\d{2})?\)?\s*)?[A-Z][A-Za-z.'\- ]*\b(?:Time|Standard Time|Daylight Time)\b/;
const ZONE_ABBREVIATIONS = new Set(
  'UTC GMT Z EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST NDT AEST AEDT ACST ACDT AWST NZST NZDT BST CET CEST EET EEST WET WEST IST JST KST SGT HKT'.split(
    ' ',
  ),
);
const UTC_OFFSET = /^(?:(?:UTC|GMT)\s?)?[+-](?:0?\d|1[0-4])(?::?[0-5]\d)?$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const POSTAL = [
  /^\d{5}(?:-\d{4})?$/, // US ZIP, ZIP+4; also DE, FR, ES, IT
  /^\d{4}$/, // AU, NZ, AT, BE, CH, DK, NO
  /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/, // CA
  /^[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}$/, // UK
  /^\d{4} ?[A-Za-z]{2}$/, // NL
  /^\d{3}-\d{4}$/, // JP
];
const URL_PATTERN = /^(?:https?:\/\/|www\.)[^\s]+$/i;
const IPV4 = /^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6_FULL = /^(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}$/i;
const IPV6_COMPRESSED =
  /^(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?::(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,6})?$/i;
// "1234", "****1234", and masked numbers that keep the BIN: "5454********4340"
const CARD_LAST4 = /^(?:\d{0,6}[*xX•#.\s-]{1,20})?\d{4}$/;
const CARD_BRANDS = new Set([
  'visa',
  'mastercard',
  'master card',
  'mc',
  'amex',
  'american express',
  'discover',
  'discover card',
  'jcb',
  'diners',
  'diners club',
  'unionpay',
  'union pay',
  'china unionpay',
  'maestro',
  'interac',
  'eftpos',
  'visa debit',
  'debit mastercard',
]);
const GCLID = /^(?:Cj0K|CjwK|Cj4K|CjgK|CjkK|Cj8K|EAIaI|Eai)[A-Za-z0-9_-]{16,}$/;
const FBCLID = /^Iw[A-Za-z0-9][A-Za-z0-9_-]{20,}$/;
const SALESFORCE_ID = /^(?:0[0-9A-Za-z]{2}|[a-z]\d[0-9A-Za-z])[0-9A-Za-z]{12}(?:[0-9A-Za-z]{3})?$/;
/** Yes/no words, plus the on/off, 0/1 and consent words a flag column may hold. */
const BOOLEAN_WORDS = new Set([
  ...YES_NO_WORDS,
  'on',
  'off',
  '0',
  '1',
  'subscribed',
  'unsubscribed',
  'opted in',
  'opted out',
  'opt-in',
  'opt-out',
  'granted',
  'revoked',
]);
const ORDER_NUMBER = /^(?:#\s?[A-Za-z]{0,4}[-_]?\d{2,12}|[A-Za-z]{1,6}[-_#]?\d{3,14}(?:[-_]\d{1,6})?)$/;
const STREET_SUFFIX =
  /\b(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|pkwy|parkway|cir|circle|circuit|ter|terrace|hwy|highway|sq|square|cres|crescent|close|grove|row|walk|trail|loop|esplanade|parade|pde)\.?$/i;
const STREET_NUMBERED = /^\d{1,6}[A-Za-z]?\s+[A-Za-z]/;
const PO_BOX = /^p\.?\s?o\.?\s?box\s+\d+/i;
const PERCENT = /^[-+]?\d+(?:[.,]\d+)?\s?%$/;
const COORDINATE = /^[-+]?\d{1,3}\.\d{4,}$/;
const HEX_TOKEN = /^[0-9a-f]{8,}$/i;
const OPAQUE_ID = /^[A-Za-z0-9_:.-]{6,}$/;
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
const HAS_LETTER = /[A-Za-z]/;
const STATUS_WORDS = new Set([
  'paid',
  'unpaid',
  'complete',
  'completed',
  'success',
  'succeeded',
  'successful',
  'settled',
  'captured',
  'closed',
  'open',
  'pending',
  'processing',
  'authorized',
  'refunded',
  'refund',
  'partially refunded',
  'partially_refunded',
  'partial refund',
  'void',
  'voided',
  'cancelled',
  'canceled',
  'failed',
  'declined',
  'expired',
  'active',
  'inactive',
  'no show',
  'no-show',
  'noshow',
  'checked in',
  'checked-in',
  'confirmed',
  'booked',
  'scheduled',
  'arrived',
  'disputed',
  'on hold',
  'pending cancel',
  'draft',
  'fulfilled',
  'shipped',
  'delivered',
  'authorised',
  'approved',
  'denied',
  'rejected',
  'reversed',
  'returned',
  'won',
  'lost',
  // Spanish and Portuguese statuses of a receipt or order
  'pagado',
  'pago',
  'anulado',
  'anulada',
  'cancelado',
  'cancelada',
  'pendiente',
  'pendente',
  'emitido',
  'emitida',
  'reembolsado',
  'completado',
  'concluido',
  // lifecycle stages of a CRM contact (HubSpot, Keap, Copper)
  'lead',
  'prospect',
  'customer',
  'subscriber',
  'opportunity',
  'marketing qualified lead',
  'sales qualified lead',
  'evangelist',
  'potential customer',
  'current customer',
  'former customer',
  'past customer',
  'overdue',
  'past due',
  'past_due',
  'trialing',
  'partially paid',
  'in progress',
  'checked out',
  'checked-out',
  'incomplete',
  'abandoned',
  // German, French, Spanish, Italian, Dutch and Portuguese (accents removed)
  'bezahlt',
  'offen',
  'abgeschlossen',
  'storniert',
  'erstattet',
  'in bearbeitung',
  'versendet',
  'versandt',
  'zugestellt',
  'ausstehend',
  'fehlgeschlagen',
  'abgebrochen',
  'aktiv',
  'inaktiv',
  'bestatigt',
  'paye',
  'payee',
  'reussi',
  'reussie',
  'rembourse',
  'remboursee',
  'echoue',
  'echouee',
  'annule',
  'annulee',
  'en attente',
  'termine',
  'terminee',
  'valide',
  'validee',
  'confirme',
  'confirmee',
  'en cours',
  'livre',
  'livree',
  'expedie',
  'expediee',
  'pagado',
  'cobrado',
  'pendiente',
  'anulado',
  'cancelado',
  'reembolsado',
  'completado',
  'abierto',
  'cerrado',
  'fallido',
  'confirmado',
  'entregado',
  'enviado',
  'activo',
  'inactivo',
  'pagato',
  'annullato',
  'rimborsato',
  'completato',
  'in attesa',
  'betaald',
  'geannuleerd',
  'terugbetaald',
  'voltooid',
  'in behandeling',
  'pago',
  'concluido',
  'pendente',
  'aprovado',
  'aprobado',
  'aprobada',
  'rechazado',
  'rechazada',
  'devuelto',
  'devuelta',
  'contracargo',
  'chargeback',
  'acreditado',
  'autorizado',
  'en proceso',
  'en mediacion',
  // Finnish and Czech
  'toimitettu',
  'palautettu',
  'peruttu',
  'peruutettu',
  'maksettu',
  'kasittelyssa',
  'lahetetty',
  'vahvistettu',
  'avoin',
  'hyvitetty',
  'odottaa maksua',
  'zaplaceno',
  'nezaplaceno',
  'vyrizeno',
  'vyrizuje se',
  'odeslano',
  'doruceno',
  'stornovano',
  'zruseno',
  'vraceno',
  'prijato',
  'ceka na platbu',
]);
/** Words of tenders and payment methods; a value counts when one of its words is here. */
const PAYMENT_WORDS = new Set([
  'cash',
  'card',
  'credit',
  'debit',
  'creditcard',
  'debitcard',
  'visa',
  'mastercard',
  'amex',
  'discover',
  'check',
  'cheque',
  'paypal',
  'venmo',
  'zelle',
  'ach',
  'wire',
  'transfer',
  'gift',
  'giftcard',
  'voucher',
  'wallet',
  'pay',
  'applepay',
  'googlepay',
  'klarna',
  'afterpay',
  'affirm',
  'stripe',
  'eftpos',
  'interac',
  'contactless',
  'bizum',
  'efectivo',
  'tarjeta',
  'transferencia',
  'especes',
  'carte',
  'cb',
  'virement',
  'kreditkarte',
  'vorkasse',
  'lastschrift',
  'uberweisung',
  'sofort',
  'ideal',
  'bancontact',
  'giropay',
  'sepa',
  'twint',
  'mobilepay',
  'swish',
  'alipay',
  'wechat',
  'pix',
  'boleto',
  'contanti',
  'carta',
  'contant',
  'dinheiro',
  'cartao',
]);
/** Standard names of ad-platform conversion events (Meta, Google, TikTok): an event type, not a product. */
const CONVERSION_EVENTS = new Set([
  'purchase',
  'lead',
  'completeregistration',
  'complete registration',
  'addtocart',
  'add to cart',
  'initiatecheckout',
  'initiate checkout',
  'addpaymentinfo',
  'add payment info',
  'subscribe',
  'starttrial',
  'start trial',
  'schedule',
  'contact',
  'submitapplication',
  'submit application',
  'viewcontent',
  'view content',
  'pageview',
  'page view',
  'signup',
  'sign up',
  'offline purchase',
  'donate',
  'findlocation',
  'customizeproduct',
  'search',
]);

/** Meal periods and dayparts of restaurant exports ("Service": Lunch, Dinner): a time of day, not a product. */
const DAYPARTS = new Set([
  'breakfast',
  'brunch',
  'lunch',
  'dinner',
  'supper',
  'late night',
  'happy hour',
  'afternoon tea',
  'all day',
  'morning',
  'afternoon',
  'evening',
]);

/** Lower case without accents (values of European exports), as the lexicons spell them. */
/** Accents removed and `ß` as `ss` (lower-case input), as the word lists spell values. */
export function foldValue(lower: string): string {
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) > 127)
      return lower
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/ß/g, 'ss');
  }
  return lower;
}

function isLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Whether one of the (folded, lower-case) value's words is a tender word; scans without allocating a word list. */
function hasPaymentWord(folded: string): boolean {
  const n = folded.length;
  if (n > 40 || n === 0 || !isLetter(folded.charCodeAt(0))) return false;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const letter = i < n && isLetter(folded.charCodeAt(i));
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (PAYMENT_WORDS.has(folded.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}

/**
 * A status enum with a namespace prefix and separators: "wc-on-hold",
 * "status_paid", "sq-completed" read as "on hold", "paid", "completed".
 */
function isPrefixedStatus(folded: string): boolean {
  if (folded.length > 30) return false;
  const cut = folded.search(/[-_]/);
  if (cut < 2 || (cut > 3 && folded.slice(0, cut) !== 'status')) return false;
  return STATUS_WORDS.has(folded.slice(cut + 1).replace(/[-_]/g, ' '));
}

/** "Mobile: (623) 989-0339", "Tel: …": a phone number behind its kind (QuickBooks' "Phone Numbers"). */
const PHONE_LABEL = /^(?:phone|mobile|cell|tel|telephone|work|home|office|main|fax|other)\s*:\s*/i;

function isPhone(value: string): boolean {
  // Facebook Lead Ads write phones as "p:+15551234567"
  const v = value.startsWith('p:') ? value.slice(2) : value.replace(PHONE_LABEL, '');
  // "8.9.2025 18.51" (a dotted date and time) is not a phone
  if (!PHONE_CHARS.test(v) || IPV4.test(v) || EU_DATE.test(v)) return false;
  let digits = 0;
  let masked = 0;
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    const mask = c === 42 || c === 8226;
    if ((c >= 48 && c <= 57) || mask) {
      digits++;
      if (mask) masked++;
      if (!inGroup) {
        groups++;
        inGroup = true;
      }
    } else if (c === 120 || c === 88 || c === 35) {
      break; // extension
    } else inGroup = false;
  }
  if (digits < 10 || digits > 15) return false;
  // more digits than a national number, with no "+" or "(" and no trunk 0: an order number ("12-13245-67890")
  const c0 = v.charCodeAt(0);
  if (digits >= 12 && c0 !== 43 && c0 !== 40 && c0 !== 48) return false;
  // a masked card number ("4111********1111") has one group; a masked phone keeps its prefix and some digits
  if (masked > 0 && (masked < 3 || digits - masked < 4)) return false;
  if (v.charCodeAt(0) === 43) return true; // +E.164
  if (groups === 1) return digits === 10 || (digits === 11 && v.charCodeAt(0) === 49);
  // national formats with a trunk 0: "06 12345678" (NL), "07700 900123" (UK)
  if (groups === 2 && v.charCodeAt(0) === 48) return digits <= 11;
  return groups >= 3 || v.includes('(');
}

function isPersonName(v: string, lower: string): boolean {
  if (HAS_DIGIT.test(v) || v.length > 60) return false;
  const comma = lower.indexOf(',');
  if (comma > 0) {
    const last = lower.slice(0, comma).trim();
    const first =
      lower
        .slice(comma + 1)
        .trim()
        .split(/\s+/)[0] ?? '';
    return surnames.has(last) || givenNames.has(first);
  }
  const parts = lower.split(/\s+/);
  if (parts.length < 2 || parts.length > 4) return false;
  return givenNames.has(parts[0]!.replace(/\.$/, '')) || surnames.has(parts[parts.length - 1]!);
}

const checks: Record<ValuePatternName, (v: string, lower: string, folded: string) => boolean> = {
  email: (v) => v.includes('@') && EMAIL.test(v),
  phone: (v) => isPhone(v),
  money: () => false, // filled from the numeric scan, see profile-columns
  iso_date: (v) => ISO_DATE.test(v),
  iso_datetime: (v) => ISO_DATETIME.test(v),
  us_date: (v) => US_DATE.test(v),
  eu_date: (v) => EU_DATE.test(v),
  compact_date: (v) => v.length === 8 && COMPACT_DATE.test(v),
  text_date: (v) => HAS_DIGIT.test(v) && TEXT_DATE.test(v),
  month_day: (v) => v.length <= 9 && MONTH_DAY.test(v),
  time: (v) => TIME.test(v),
  time_zone: (v) => IANA_ZONE.test(v) || ZONE_ABBREVIATIONS.has(v) || ZONE_WORDS.test(v),
  utc_offset: (v) => UTC_OFFSET.test(v),
  uuid: (v) => v.length === 36 && UUID.test(v),
  postal_code: (v) => v.length <= 10 && POSTAL.some((p) => p.test(v)),
  country_code: (v) =>
    (v.length === 2 && countryCodes2.has(v.toUpperCase())) ||
    (v.length === 3 && countryCodes3.has(v.toUpperCase())),
  country_name: (_v, _lower, folded) => countryNames.has(folded),
  region_code: (v) => v.length <= 3 && regionCodes.has(v.toUpperCase()),
  region_name: (_v, lower) => regionNames.has(lower),
  currency_code: (v) => v.length === 3 && currencyCodes.has(v.toUpperCase()),
  url: (v) => URL_PATTERN.test(v),
  ip_address: (v) => IPV4.test(v) || (v.includes(':') && (IPV6_FULL.test(v) || IPV6_COMPRESSED.test(v))),
  card_last4: (v) => v.length <= 24 && CARD_LAST4.test(v),
  card_brand: (_v, lower) => CARD_BRANDS.has(lower),
  gclid: (v) => v.length >= 20 && GCLID.test(v),
  fbclid: (v) => v.length >= 22 && FBCLID.test(v),
  salesforce_id: (v) =>
    (v.length === 15 || v.length === 18) && SALESFORCE_ID.test(v) && (v.match(/\d/g)?.length ?? 0) >= 4,
  boolean_word: (_v, lower) => BOOLEAN_WORDS.has(lower),
  order_number: (v) => ORDER_NUMBER.test(v),
  person_name: (v, lower) => isPersonName(v, lower),
  given_name: (_v, lower) => givenNames.has(lower),
  surname: (_v, lower) => surnames.has(lower),
  street_address: (v) =>
    !v.includes('@') &&
    (STREET_NUMBERED.test(v) || STREET_SUFFIX.test(v) || PO_BOX.test(v)) &&
    HAS_LETTER.test(v),
  percent: (v) => PERCENT.test(v),
  coordinate: (v) => COORDINATE.test(v) && Math.abs(Number(v)) <= 180,
  hex_token: (v) => HEX_TOKEN.test(v) && HAS_DIGIT.test(v) && /[a-f]/i.test(v),
  opaque_id: (v) => OPAQUE_ID.test(v) && HAS_DIGIT.test(v),
  digits: (v) => DIGITS.test(v),
  json: (v) => {
    const c = v.charCodeAt(0);
    if (c !== 123 && c !== 91) return false;
    try {
      JSON.parse(v);
      return true;
    } catch {
      return false;
    }
  },
  status_word: (_v, _lower, folded) => STATUS_WORDS.has(folded) || isPrefixedStatus(folded),
  payment_word: (_v, _lower, folded) => hasPaymentWord(folded),
  conversion_event: (_v, lower) => lower.length <= 24 && CONVERSION_EVENTS.has(lower),
  daypart: (_v, lower) => lower.length <= 16 && DAYPARTS.has(lower),
  free_text: (v) => v.length >= 25 && v.includes(' ') && !HAS_DIGIT.test(v.slice(0, 3)),
};

const checkList = valuePatternNames.map((name) => [name, checks[name]] as const);

/** Names of the patterns a value matches (`money` excepted: the numeric scan decides it). */
export function matchValuePatterns(value: string, into: Map<ValuePatternName, number>): void {
  const lower = value.toLowerCase();
  const folded = foldValue(lower);
  for (const [name, check] of checkList) {
    if (check(value, lower, folded)) into.set(name, (into.get(name) ?? 0) + 1);
  }
}

import type { ColumnProfile } from '../profile/column-profile.js';
import { foldValue, type ValuePatternName } from '../profile/value-patterns.js';
import { type TargetField, targetSpecs } from './target-vocabulary.js';

/** File-level facts some value checks need. */
export interface MatchContext {
  recordKind: 'transactions' | 'people';
  /** Some column holds only times of day, so a date-only column is the `date` part of a composite. */
  hasTimeColumn: boolean;
  /** Year the data is read in, to tell birth dates from event dates. */
  currentYear: number;
  /**
   * Some amount column says what is still owed (balance, amount due), so an
   * "amount paid" column is a partial payment, not the value of the record.
   */
  hasOutstandingColumn?: boolean;
  /** Some amount column holds processing fees or commission, so a "net" amount is the payout after them. */
  hasFeeColumn?: boolean;
  /** Some column is named a status, so a yes/no "Voided" flag is not the record's status. */
  hasStatusColumn?: boolean;
}

export interface ValueEvidence {
  /** −1 (values rule the target out) … +1 (values fit it well). */
  fit: number;
  reasons: string[];
}

/** A target proposed from values alone, for columns whose header says nothing. */
export interface ValueProposal {
  target: TargetField;
  score: number;
  reason: string;
  /** Header concepts the proposal relied on, so they do not count against it. */
  relies?: readonly string[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;
/** Share of tender words (cash, card, PayPal …) from which a column reads as a payment method. */
const PAYMENT_WORD_SHARE = 0.6;
/** An empty column can only be matched by its header, and is worth less mapped than a column with data. */
const EMPTY_COLUMN_FIT = -0.5;

/** Share of the rows with a value (neither missing nor blank). */
export function filledShare(p: ColumnProfile): number {
  return p.rowCount === 0 ? 0 : p.nonNullCount / p.rowCount;
}

export function patternShare(profile: ColumnProfile, name: ValuePatternName): number {
  for (const p of profile.patterns) if (p.name === name) return p.share;
  return 0;
}

function typeShare(profile: ColumnProfile, ...types: (keyof ColumnProfile['typeDistribution'])[]): number {
  let sum = 0;
  for (const t of types) sum += profile.typeDistribution[t] ?? 0;
  return sum;
}

function numericShare(p: ColumnProfile): number {
  return typeShare(p, 'integer', 'decimal', 'money');
}

function dateLikeShare(p: ColumnProfile): number {
  return (
    typeShare(p, 'date', 'datetime', 'epoch_seconds', 'epoch_millis') +
    patternShare(p, 'compact_date') * (p.typeDistribution.integer ?? 0)
  );
}

function medianYear(p: ColumnProfile): number | null {
  const years: number[] = [];
  for (const v of [...p.sampleValues, ...p.topValues.map((t) => t.value)]) {
    const m = /(?:^|\D)((?:19|20)\d{2})(?:\D|$|\d{4}$)/.exec(v) ?? /^((?:19|20)\d{2})\d{4}$/.exec(v);
    if (m) years.push(Number(m[1]));
  }
  if (years.length === 0) return null;
  years.sort((a, b) => a - b);
  return years[Math.floor(years.length / 2)]!;
}

/** How well a column's values fit a target, with the reasons. */
export function scoreValues(
  profile: ColumnProfile,
  target: TargetField,
  context: MatchContext,
): ValueEvidence {
  const reasons: string[] = [];
  const p = profile;
  if (p.nonNullCount === 0) return { fit: EMPTY_COLUMN_FIT, reasons: ['the column is empty'] };
  let fit = scoreKind(p, target, context, reasons);
  const fill = filledShare(p);
  // (below 60 %: a payer's "Número de documento" blank on nearly half the rows is no record id either)
  if (target === 'transaction_id' && fill < 0.6 && fit > -1) {
    // every record has its own id; a mostly blank id column belongs to something else (an invoice, a refund)
    fit -= 0.6;
    reasons.push(`only ${pct(fill)} of rows have a value, and every record has an id`);
  } else if (fill < 0.2 && fit > -1) {
    fit -= 0.15 * (1 - fill / 0.2);
    reasons.push(`only ${pct(fill)} of rows have a value`);
  }
  return { fit: Math.max(-1, Math.min(1, fit)), reasons };
}

function scoreKind(p: ColumnProfile, target: TargetField, context: MatchContext, reasons: string[]): number {
  const kind = targetSpecs[target].kind;
  const numeric = numericShare(p);
  const type = p.inferredType;
  switch (kind) {
    case 'money': {
      if (type === 'boolean') {
        reasons.push('values are yes/no flags, not amounts');
        return -1;
      }
      if (numeric < 0.6) {
        reasons.push(`values are not amounts (${pct(numeric)} numeric)`);
        return -1;
      }
      let fit = 0.1;
      const money = patternShare(p, 'money');
      if (money >= 0.6) {
        fit += 0.4;
        reasons.push(`${pct(money)} money amounts`);
      }
      const n = p.numeric;
      if (n) {
        if (n.integerShare === 1 && (p.monotonicShare ?? 0) > 0.9 && p.uniqueness > 0.9) {
          fit -= 0.7;
          reasons.push('values are sequential integers, like ids');
        }
        if (n.maxDecimals > 3) {
          fit -= 0.5;
          reasons.push(`up to ${n.maxDecimals} decimals, more than money has`);
        }
        if (target === 'value' || target === 'subtotal' || target === 'lifetime_value') {
          if (n.zeroShare > 0.5) {
            fit -= 0.3;
            reasons.push(`${pct(n.zeroShare)} zeros`);
          }
          if (n.negativeShare > 0.5) fit -= 0.2;
        }
      }
      if (patternShare(p, 'percent') >= 0.5) fit -= 0.6;
      if (patternShare(p, 'coordinate') >= 0.5) fit -= 0.8;
      return fit;
    }
    case 'count': {
      if (numeric < 0.8) {
        reasons.push('values are not counts');
        return -1;
      }
      const n = p.numeric!;
      let fit = 0.2;
      if (n.integerShare >= 0.95) fit += 0.2;
      else if (patternShare(p, 'money') >= 0.5) {
        reasons.push('values look like amounts, not counts');
        fit -= 0.6;
      }
      if (n.min >= 0 && n.max <= 1000) {
        fit += 0.2;
        reasons.push(`small whole numbers (${n.min}–${n.max})`);
      }
      if ((p.monotonicShare ?? 0) > 0.9 && p.uniqueness > 0.9) {
        reasons.push('values are sequential and unique, like ids, not counts');
        return -1;
      }
      return fit;
    }
    case 'timestamp': {
      if (type === 'datetime') {
        reasons.push('values are date-times');
        return 0.6;
      }
      if (type === 'epoch_seconds' || type === 'epoch_millis') {
        reasons.push(`values are Unix times (${type === 'epoch_seconds' ? 'seconds' : 'milliseconds'})`);
        return 0.5;
      }
      if (type === 'date') {
        reasons.push('values are dates without a time');
        return target === 'timestamp' && context.hasTimeColumn ? -0.1 : 0.35;
      }
      const share = dateLikeShare(p);
      if (share >= 0.5) return 0;
      reasons.push(`values are not dates (${pct(share)})`);
      return -1;
    }
    case 'date': {
      if (type === 'date') {
        reasons.push(context.hasTimeColumn ? 'dates, with the time in another column' : 'values are dates');
        return context.hasTimeColumn ? 0.8 : 0.2;
      }
      if (type === 'datetime' || type === 'epoch_seconds' || type === 'epoch_millis') return -0.3;
      reasons.push('values are not dates');
      return -1;
    }
    case 'time': {
      if (type === 'time') {
        reasons.push('values are times of day');
        return 0.7;
      }
      reasons.push('values are not times of day');
      return -1;
    }
    case 'timezone': {
      // "available_on_utc": a date-time in UTC, not a zone
      if (type === 'datetime' || type === 'date') return -1;
      const zones = patternShare(p, 'time_zone');
      if (zones >= 0.6) {
        reasons.push(`${pct(zones)} time-zone names`);
        return 0.8;
      }
      if (patternShare(p, 'utc_offset') >= 0.6) return 0.1;
      if (numeric >= 0.8) return -0.6;
      // "Zone" of a restaurant floor (Patio, Bar): words, none of them a zone
      if (zones < 0.05 && patternShare(p, 'utc_offset') < 0.05 && p.nonNullCount >= 10) {
        reasons.push('values are not time zones');
        return -1;
      }
      return -0.3;
    }
    case 'currency': {
      const codes = patternShare(p, 'currency_code');
      if (codes >= 0.8) {
        reasons.push(`${pct(codes)} ISO 4217 codes`);
        return 0.8;
      }
      reasons.push('values are not currency codes');
      return -1;
    }
    case 'id':
      return scoreId(p, target, reasons);
    case 'email': {
      const share = patternShare(p, 'email');
      if (share >= 0.8) {
        reasons.push(`${pct(share)} email addresses`);
        return 1;
      }
      if (share >= 0.5) return 0.5;
      reasons.push(`only ${pct(share)} email addresses`);
      return -1;
    }
    case 'phone': {
      const share = patternShare(p, 'phone');
      if (share >= 0.7) {
        reasons.push(`${pct(share)} phone numbers`);
        return 0.8;
      }
      if (share >= 0.4) return 0.3;
      // "60162454604": an international number written without its "+"; only the header can say so
      const len = p.length;
      if (patternShare(p, 'digits') >= 0.9 && len !== null && len.min >= 9 && len.max <= 15) {
        reasons.push('digit runs as long as phone numbers (international, without "+")');
        return 0.1;
      }
      reasons.push(`only ${pct(share)} phone numbers`);
      return -1;
    }
    case 'first_name':
    case 'last_name':
    case 'full_name':
      if (type === 'boolean') {
        reasons.push('values are yes/no flags, not names');
        return -1;
      }
      return scoreName(p, kind, reasons, numeric);
    case 'company':
      if (numeric >= 0.8 || patternShare(p, 'email') >= 0.5) return -1;
      // Adyen's "Company Account", Braintree's "Merchant Account": the seller's own account on every row
      if (context.recordKind === 'transactions' && p.distinct.count === 1 && p.nonNullCount >= 20) {
        reasons.push('one value on every row: the seller itself, not a buyer');
        return -0.6;
      }
      return 0;
    case 'address': {
      const street = patternShare(p, 'street_address');
      if (street >= 0.5) {
        reasons.push(`${pct(street)} street addresses`);
        return 0.5;
      }
      if (numeric >= 0.9)
        return p.numeric && p.numeric.integerShare === 1 && p.numeric.max < 100_000 ? 0 : -0.8;
      // "eth_address": a wallet's hex key, no street
      if (Math.max(patternShare(p, 'hex_token'), patternShare(p, 'opaque_id')) >= 0.6 && street < 0.1) {
        reasons.push('values are opaque keys, not street addresses');
        return -1;
      }
      return 0;
    }
    case 'city': {
      if (numeric >= 0.8) return -1;
      if (patternShare(p, 'street_address') >= 0.5) return -0.6;
      if (
        Math.max(
          patternShare(p, 'region_code'),
          patternShare(p, 'country_code'),
          patternShare(p, 'postal_code'),
        ) >= 0.7
      )
        return -0.5;
      return 0.1;
    }
    case 'region': {
      const regions = Math.max(patternShare(p, 'region_code'), patternShare(p, 'region_name'));
      if (regions >= 0.6) {
        reasons.push(`${pct(regions)} state or province codes`);
        return 0.6;
      }
      if (patternShare(p, 'status_word') >= 0.5) {
        reasons.push('values are status words, not regions');
        return -1;
      }
      if (numeric >= 0.8) return -1;
      if (patternShare(p, 'country_code') >= 0.8) return -0.4;
      return -0.1;
    }
    case 'postal_code': {
      const postal = patternShare(p, 'postal_code');
      if (postal >= 0.7) {
        reasons.push(`${pct(postal)} postal codes`);
        return 0.6;
      }
      if (postal >= 0.4) return 0.2;
      return -0.6;
    }
    case 'country': {
      // "No"/"Yes" flags: NO is Norway's code, but a yes/no column is not a country
      if (type === 'boolean') return -1;
      const countries = Math.max(patternShare(p, 'country_code'), patternShare(p, 'country_name'));
      if (countries >= 0.6) {
        reasons.push(`${pct(countries)} country codes or names`);
        return 0.7;
      }
      if (numeric >= 0.8) return -1;
      return -0.3;
    }
    case 'ip': {
      const ips = patternShare(p, 'ip_address');
      if (ips >= 0.6) {
        reasons.push(`${pct(ips)} IP addresses`);
        return 0.9;
      }
      return -1;
    }
    case 'birth_date': {
      const monthDay = patternShare(p, 'month_day');
      // "07/23" alone or mixed with full dates ("09/08/1992"): birthdays kept with or without the year
      if (monthDay >= 0.6 || (monthDay >= 0.2 && monthDay + dateLikeShare(p) >= 0.6)) {
        reasons.push('month and day without a year, as birthdays are kept');
        return 0.3;
      }
      if (dateLikeShare(p) < 0.6 && type !== 'date' && type !== 'datetime') return -1;
      const year = medianYear(p);
      if (year !== null && year <= context.currentYear - 12) {
        reasons.push(`dates around ${year}, in the past`);
        return 0.5;
      }
      if (year !== null) return -0.5;
      return 0;
    }
    case 'boolean': {
      const words = patternShare(p, 'boolean_word');
      if (type === 'boolean' || words >= 0.7) {
        reasons.push('yes/no values');
        return 0.6;
      }
      if (consentStateShare(p) >= 0.15) {
        reasons.push('subscription states (opted in, unsubscribed …)');
        return 0.4;
      }
      // "wc-active", "on-hold", "expired": a subscription's lifecycle, not consent
      // (two states, "active"/"inactive", may still be a consent flag)
      if (patternShare(p, 'status_word') >= 0.5 && p.distinct.count >= 3) {
        reasons.push('values are statuses, not yes/no');
        return -1;
      }
      if (p.distinct.count > 6) {
        reasons.push(`${p.distinct.count} different values, not yes/no`);
        return -1;
      }
      return -0.4;
    }
    case 'card_last4': {
      const share = patternShare(p, 'card_last4');
      if (share >= 0.8) {
        reasons.push(`${pct(share)} four-digit card suffixes`);
        return 0.7;
      }
      return -1;
    }
    case 'card_brand': {
      const share = patternShare(p, 'card_brand');
      if (share >= 0.6) {
        reasons.push(`${pct(share)} card brands`);
        return 0.8;
      }
      if (numeric >= 0.8) return -1;
      // a product's brand (Nike, Levi's) is not a card network: card brands are a handful of names
      if (share < 0.2 && p.distinct.count > 8) return -0.7;
      return -0.3;
    }
    case 'click_id': {
      const pattern = target === 'gclid' ? 'gclid' : target === 'fbclid' ? 'fbclid' : null;
      const share = pattern ? patternShare(p, pattern) : 0;
      if (share >= 0.5) {
        reasons.push(`${pct(share)} ${target} values`);
        return 1;
      }
      if ((p.length?.mean ?? 0) > 20 && patternShare(p, 'opaque_id') >= 0.5) return 0.2;
      return -0.8;
    }
    case 'status': {
      if (type === 'money' || type === 'decimal' || type === 'date' || type === 'datetime') return -1;
      let fit = 0;
      const words = patternShare(p, 'status_word');
      if (words >= 0.5) {
        fit += 0.5;
        reasons.push(`${pct(words)} status words`);
      }
      if (p.distinct.count <= 20) fit += 0.2;
      else if (p.uniqueness > 0.5) fit -= 0.6;
      if (Math.max(patternShare(p, 'region_code'), patternShare(p, 'region_name')) >= 0.6) fit -= 0.7;
      return fit;
    }
    case 'category': {
      if (
        type === 'money' ||
        type === 'decimal' ||
        type === 'date' ||
        type === 'datetime' ||
        type === 'boolean'
      ) {
        reasons.push(`values are ${type}, not categories`);
        return -1;
      }
      if (patternShare(p, 'email') >= 0.5) return -1;
      let fit = 0;
      if (patternShare(p, 'free_text') >= 0.5) fit -= 0.4;
      if (target === 'payment_method') {
        const tenders = patternShare(p, 'payment_word');
        if (tenders >= PAYMENT_WORD_SHARE) {
          fit += 0.3;
          reasons.push(`${pct(tenders)} tender words (cash, card, gift card …)`);
        }
      }
      if (p.distinct.count <= 50 || p.uniqueness <= 0.3) fit += 0.2;
      else if (p.uniqueness > 0.9 && p.nonNullCount > 20 && target !== 'staff') fit -= 0.3;
      return fit;
    }
    case 'text': {
      if (type === 'money' || type === 'decimal' || type === 'date' || type === 'datetime') return -1;
      if (numeric >= 0.8) return -0.8;
      if (patternShare(p, 'email') >= 0.5) return -1;
      if (patternShare(p, 'person_name') >= 0.5) return -0.5;
      if (patternShare(p, 'conversion_event') >= 0.6) {
        reasons.push('values are conversion event names (Purchase, Lead), not products');
        return -1;
      }
      if (patternShare(p, 'daypart') >= 0.6) {
        reasons.push('values are meal periods (Lunch, Dinner), not products');
        return -1;
      }
      return 0.1;
    }
    case 'notes': {
      if (type === 'date' || type === 'datetime' || type === 'money') return -1;
      if (numeric >= 0.8) return -0.6;
      return patternShare(p, 'free_text') >= 0.3 ? 0.3 : 0.1;
    }
  }
}

function scoreId(p: ColumnProfile, target: TargetField, reasons: string[]): number {
  const type = p.inferredType;
  if (type === 'money' || type === 'decimal') {
    reasons.push('values are amounts, not ids');
    return -1;
  }
  if (type === 'date' || type === 'datetime' || type === 'time' || type === 'boolean') {
    reasons.push(`values are ${type}s, not ids`);
    return -1;
  }
  if (
    patternShare(p, 'email') >= 0.5 ||
    patternShare(p, 'person_name') >= 0.5 ||
    patternShare(p, 'free_text') >= 0.3
  ) {
    reasons.push('values are text, not ids');
    return -0.7;
  }
  let fit = 0.15;
  if ((p.length?.mean ?? 0) > 40) fit -= 0.4;
  if (patternShare(p, 'opaque_id') + patternShare(p, 'digits') >= 0.7) fit += 0.1;
  if (target === 'transaction_id' || target === 'payment_id') {
    if (p.uniqueness >= 0.98) {
      fit += 0.35;
      reasons.push('every value is unique');
    } else if (p.uniqueness >= 0.9) fit += 0.2;
    else if (p.uniqueness < 0.5) fit -= 0.3;
  }
  if (target === 'order_number') {
    const shape = patternShare(p, 'order_number');
    if (shape >= 0.7) {
      fit += 0.3;
      reasons.push(`${pct(shape)} order-number shapes (#1001, INV-0001)`);
    }
    if (p.uniqueness >= 0.9) fit += 0.1;
  }
  if (target === 'product_sku' && patternShare(p, 'free_text') >= 0.2) fit -= 0.4;
  if (p.distinct.count <= 1 && p.nonNullCount > 5) fit -= 0.3;
  return fit;
}

function scoreName(p: ColumnProfile, kind: string, reasons: string[], numeric: number): number {
  if (numeric >= 0.5 || patternShare(p, 'email') >= 0.5) return -1;
  if (patternShare(p, 'order_number') >= 0.5) return -1;
  const ids = Math.max(
    patternShare(p, 'opaque_id'),
    patternShare(p, 'uuid'),
    patternShare(p, 'hex_token'),
    patternShare(p, 'salesforce_id'),
  );
  if (ids >= 0.6) {
    reasons.push(`${pct(ids)} identifiers, not names`);
    return -1;
  }
  if (dateLikeShare(p) >= 0.5) {
    reasons.push('values are dates, not names');
    return -1;
  }
  if (patternShare(p, 'conversion_event') >= 0.6) {
    reasons.push('values are conversion event names (Purchase, Lead), not people');
    return -1;
  }
  const full = patternShare(p, 'person_name');
  const given = patternShare(p, 'given_name');
  const family = patternShare(p, 'surname');
  if (kind === 'full_name') {
    if (full >= 0.5) {
      reasons.push(`${pct(full)} look like people's names`);
      return 0.7;
    }
    if (full >= 0.25) return 0.3;
    if (given >= 0.5 || family >= 0.5) return -0.3;
    return -0.2;
  }
  if (full >= 0.5) return -0.4;
  if (kind === 'first_name') {
    if (given >= 0.4) {
      reasons.push(`${pct(given)} common given names`);
      return 0.6;
    }
    return family >= 0.4 ? -0.3 : 0;
  }
  if (family >= 0.3) {
    reasons.push(`${pct(family)} common surnames`);
    return 0.5;
  }
  return given >= 0.5 ? -0.4 : 0;
}

const TRANSACTION_KIND_QUALIFIERS = ['order', 'payment', 'event'];
/** Header words a consent column may carry without contradicting it. */
const CONSENT_QUALIFIERS = ['email', 'sms', 'phone', 'status', 'marketing', 'subscription'];
/** Header concepts of a flag that reverses a sale: void, cancelled (other_event), refunded. */
const REVERSAL_FLAG_CONCEPTS = ['other_event', 'refund'];

/** Values that state marketing consent: "Single Opt-in", "Unsubscribed", "Non-marketable". */
const CONSENT_STATE =
  /\b(?:opt(?:ed)?[- ]?(?:in|out)|(?:un)?subscribed|(?:non[- ]?|un)?marketable|transactional only)\b/i;

/** Share of the non-blank values (as far as the top values tell) that state consent. */
export function consentStateShare(p: ColumnProfile): number {
  if (p.nonNullCount === 0 || p.distinct.count > 12) return 0;
  let n = 0;
  for (const { value, count } of p.topValues) if (CONSENT_STATE.test(value)) n += count;
  return n / p.nonNullCount;
}

/** Whole values that reverse a sale; "Refund Receipt" (a document type) is not one. */
const REVERSAL_VALUES = new Set([
  'refund',
  'refunded',
  'return',
  'returned',
  'void',
  'voided',
  'cancellation',
  'cancelled',
  'canceled',
  'chargeback',
  'reversal',
  // the same in the languages the header lexicon reads
  'retur',
  'annullert',
  'refusjon',
  'devolucion',
  'anulacion',
  'reembolso',
  'storno',
  'ruckgabe',
  'erstattung',
  'remboursement',
  'annulation',
  'reso',
  'rimborso',
  'terugbetaling',
  'devolucao',
  'estorno',
]);

/** The first top value that is a reversal ("Refund", "Void", "Payment Refund"), if any. */
function reversalValue(top: readonly { value: string }[]): string | undefined {
  for (const { value } of top) {
    const words = foldValue(value.trim().toLowerCase()).split(/\s+/);
    if (words.length <= 4 && REVERSAL_VALUES.has(words[words.length - 1]!)) return value;
  }
  return undefined;
}

function mostlyPlusPrefixed(samples: readonly string[]): boolean {
  if (samples.length === 0) return false;
  let plus = 0;
  for (const v of samples) if (v.trimStart().startsWith('+')) plus++;
  return plus / samples.length >= 0.8;
}

/** Targets the values alone suggest (email addresses, click ids, currency codes …). */
export function proposeFromValues(
  p: ColumnProfile,
  context: MatchContext,
  headerConcepts: ReadonlySet<string> = new Set(),
  /** The header is one word ("Type"), not one known word among unknown ones ("Line Type"). */
  oneWordHeader = false,
): ValueProposal[] {
  const out: ValueProposal[] = [];
  if (p.nonNullCount === 0) return out;
  const add = (target: TargetField, score: number, reason: string, relies?: readonly string[]) =>
    out.push(relies ? { target, score, reason, relies } : { target, score, reason });
  const share = (n: ValuePatternName) => patternShare(p, n);
  if (share('email') >= 0.5)
    add('email', 0.5 + 0.4 * share('email'), `${pct(share('email'))} email addresses`);
  // Bare digit runs may be ids; "+14155550123" (E.164) reads as an integer too but is a phone.
  if (share('phone') >= 0.6 && (p.inferredType !== 'integer' || mostlyPlusPrefixed(p.sampleValues)))
    add('phone', 0.45 + 0.3 * share('phone'), `${pct(share('phone'))} phone numbers`);
  if (share('ip_address') >= 0.6) add('ip_address', 0.8, `${pct(share('ip_address'))} IP addresses`);
  if (share('gclid') >= 0.5) add('gclid', 0.9, `${pct(share('gclid'))} Google click ids`);
  if (share('fbclid') >= 0.5) add('fbclid', 0.9, `${pct(share('fbclid'))} Meta click ids`);
  if (share('currency_code') >= 0.9 && p.distinct.count <= 10)
    add('currency', 0.72, `${pct(share('currency_code'))} ISO 4217 codes`);
  if (share('time_zone') >= 0.8) add('timezone', 0.72, `${pct(share('time_zone'))} time-zone names`);
  if (share('card_brand') >= 0.7) add('card_brand', 0.72, `${pct(share('card_brand'))} card brands`);
  if (share('person_name') >= 0.6) add('full_name', 0.58, `${pct(share('person_name'))} people's names`);
  if (share('given_name') >= 0.6 && share('person_name') < 0.3)
    add('first_name', 0.5, `${pct(share('given_name'))} given names`);
  if (share('surname') >= 0.5 && share('given_name') < 0.3 && share('person_name') < 0.3)
    add('last_name', 0.48, `${pct(share('surname'))} surnames`);
  if (
    context.recordKind === 'transactions' &&
    share('order_number') >= 0.8 &&
    p.uniqueness >= 0.9 &&
    share('digits') < 0.5
  )
    add('order_number', 0.55, `${pct(share('order_number'))} order-number shapes, all unique`);
  if (share('street_address') >= 0.6)
    add('address_line', 0.5, `${pct(share('street_address'))} street addresses`);
  const countries = Math.max(share('country_code'), share('country_name'));
  if (countries >= 0.8 && share('region_code') < 0.5 && p.distinct.count <= 60)
    add('country', 0.55, `${pct(countries)} country codes or names`);
  if (share('status_word') >= 0.6 && p.distinct.count <= 20)
    add('status', 0.52, `${pct(share('status_word'))} status words`);
  // "Email Status" of a CRM or email tool: Single Opt-in / Unsubscribed / Non-marketable
  if (consentStateShare(p) >= 0.15)
    add('marketing_opt_in', 0.58, 'subscription states (opted in, unsubscribed …)', CONSENT_QUALIFIERS);
  // A yes/no "Void", "Canceled" or "Refunded?" flag is the only status a file without a status column has.
  const flag = REVERSAL_FLAG_CONCEPTS.find((c) => headerConcepts.has(c));
  if (p.inferredType === 'boolean' && flag !== undefined && context.hasStatusColumn === false)
    add('status', 0.55, 'a yes/no reversal flag, and no column names a status', [flag]);
  // "Event Type", "Trans Type", a bare "Type": the kind of a transaction, when one kind reverses
  // the sale. A line's type is left alone ("Line Type": Sale / Return lines).
  const reversal =
    p.distinct.count <= 12 &&
    headerConcepts.has('type') &&
    (oneWordHeader || TRANSACTION_KIND_QUALIFIERS.some((c) => headerConcepts.has(c)))
      ? reversalValue(p.topValues)
      : undefined;
  if (reversal !== undefined && share('status_word') < 0.6)
    add('status', 0.5, `a few kinds of event, one of them "${reversal}": a payment-or-refund type`, [
      'type',
      ...TRANSACTION_KIND_QUALIFIERS,
    ]);
  if (share('payment_word') >= 0.7 && share('card_brand') < 0.7 && p.distinct.count <= 20)
    add('payment_method', 0.55, `${pct(share('payment_word'))} tender words (cash, card, gift card …)`);
  return out;
}

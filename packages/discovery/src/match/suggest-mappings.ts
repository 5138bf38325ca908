import { DiscoveryError } from '../errors.js';
import type { ColumnProfile } from '../profile/column-profile.js';
import { assignTargets } from './assign-targets.js';
import { calibrateConfidence, calibrateNullConfidence } from './calibrate-confidence.js';
import type { RecordKind } from './header-rules.js';
import {
  type Industry,
  industries,
  type MappingAlternative,
  type MappingSuggestion,
  type SuggestOptions,
  type ValueHints,
} from './mapping-suggestion.js';
import { type HeaderMatch, headerConflict, scoreHeader } from './score-header.js';
import {
  filledShare,
  type MatchContext,
  patternShare,
  proposeFromValues,
  scoreValues,
} from './score-values.js';
import { isTargetField, type TargetField, targetSpecs } from './target-vocabulary.js';
import { type HeaderAnalysis, tokenizeHeader } from './tokenize-header.js';

/** A column gets a target only when its score reaches this; below it, mapping nothing is the better bet. */
export const ASSIGN_THRESHOLD = 0.5;
/** How much the value evidence (−1…+1) moves a header score. */
const VALUE_WEIGHT = 0.2;
/** Values that rule a target out leave this share of the header score. */
const KILL_FACTOR = 0.25;
/** Header and values agreeing on a target adds this. */
const AGREEMENT_BONUS = 0.04;
/**
 * In a file of people (no per-row amounts), per-order money targets are
 * unlikely (a customer's spend is lifetime_value); in a file of orders,
 * per-customer totals (order_count, lifetime_value) are.
 */
const RECORD_KIND_PENALTY = 0.15;
/**
 * A file of people has no line items: its "Membership", "Plan" or "Tier"
 * columns describe the person, and mapping them to a product would invent a sale.
 */
const PEOPLE_PRODUCT_PENALTY = 0.45;
/** An order number becomes the transaction id when no id column exists, if its values are (nearly) unique. */
const PROMOTE_UNIQUENESS = 0.9;
/** A column without values is matched on its header alone, which the calibration data rarely had: keep it in Review. */
const EMPTY_COLUMN_MAX_CONFIDENCE = 0.8;
/** Beside a fee or commission column, a "net" amount is the payout after fees: its value score loses this. */
const NET_OF_FEES_PENALTY = 0.35;
/** "Amount Paid" beside "Amount Due" or "Balance" is a partial payment: its value and subtotal scores lose this. */
const PARTIAL_PAYMENT_PENALTY = 0.3;
/**
 * A file of orders needs a timestamp: when no column got one (nor date,
 * created_at, paid_at), the date-valued column whose header came closest
 * takes it, if it scored at least this.
 */
const TIMESTAMP_FALLBACK_MIN = 0.3;
/** Lowest value score for an unclaimed amount column to stand in as the value of an orders file. */
const VALUE_FALLBACK_MIN = 0.12;
const DATE_TYPES = new Set(['datetime', 'epoch_seconds', 'epoch_millis', 'date']);

/** Whether every word of a header is in the dictionary. */
const allKnown = (a: HeaderAnalysis) => a.terms.length > 0 && a.terms.every((t) => t.concept !== null);

/**
 * Tokenizes every header, reading through a prefix glued to the field names of a whole table
 * (3dcart's "odate", "ocity", "ozip": o for order) when at least three headers read fully
 * without it and not with it.
 */
function readHeaders(headers: readonly string[]): HeaderAnalysis[] {
  const analyses = headers.map((h) => tokenizeHeader(h));
  // two tokenizations per header at most (one- and two-letter prefixes), so 5,000 columns stay fast
  const hits = new Map<string, { i: number; inner: HeaderAnalysis }[]>();
  headers.forEach((h, i) => {
    if (!/^[a-z]{4,}$/.test(h) || allKnown(analyses[i]!)) return;
    for (const length of [1, 2]) {
      const inner = tokenizeHeader(h.slice(length));
      if (!allKnown(inner)) continue;
      const prefix = h.slice(0, length);
      const list = hits.get(prefix);
      if (list) list.push({ i, inner });
      else hits.set(prefix, [{ i, inner }]);
    }
  });
  const best = [...hits.values()].reduce<{ i: number; inner: HeaderAnalysis }[]>(
    (a, b) => (b.length > a.length ? b : a),
    [],
  );
  if (best.length >= 3) for (const { i, inner } of best) analyses[i] = { ...inner, header: headers[i]! };
  return analyses;
}

/** Values that can be a record's own id: on every row, all different, and shaped like ids. */
function looksLikeRecordId(p: ColumnProfile): boolean {
  if (p.rowCount < 10 || p.nonNullCount < p.rowCount || p.uniqueness < 0.999) return false;
  if (p.inferredType !== 'string' && p.inferredType !== 'integer') return false;
  const idShaped = Math.max(
    patternShare(p, 'uuid'),
    patternShare(p, 'order_number'),
    patternShare(p, 'opaque_id'),
    patternShare(p, 'digits'),
  );
  return idShaped >= 0.9 && patternShare(p, 'phone') < 0.5 && patternShare(p, 'email') < 0.1;
}
/**
 * An unmapped column none of whose header words the dictionary knows (a
 * language or code it does not read) may well mean something: on blind
 * exports in other languages, such "maps to nothing" answers were right only
 * about 60% of the time, so they stay below Accept.
 */
const UNREAD_HEADER_NULL_CONFIDENCE = 0.7;
/** Candidates below this score are not even listed as alternatives. */
const ALTERNATIVE_MIN = 0.3;
const MAX_ALTERNATIVES = 3;
/** Earlier columns win exact ties (exports put the main fields first). */
const POSITION_TIE_BREAK = 1e-6;

/** Industry → small boosts of targets whose vocabulary the industry uses (golf "Course", clinic "Provider"). */
const industryBoosts: Readonly<Record<Industry, Partial<Record<TargetField, number>>>> = {
  golf: { location: 0.05, quantity: 0.05, loyalty_id: 0.05, timestamp: 0.02 },
  restaurant: { staff: 0.05, quantity: 0.05, tip: 0.03, transaction_id: 0.02 },
  clinic: { customer_id: 0.03, timestamp: 0.03, staff: 0.05, product_sku: 0.05, birth_date: 0.03 },
  spa: { product_name: 0.05, staff: 0.05, tip: 0.03 },
  fitness: { loyalty_id: 0.05, product_name: 0.03, staff: 0.03 },
  retail: { product_sku: 0.05, staff: 0.03, quantity: 0.03 },
  ecommerce: { shipping: 0.03, product_sku: 0.03, order_number: 0.05, address_line: 0.02 },
  hospitality: { quantity: 0.05, transaction_id: 0.02, location: 0.03 },
  services: { product_name: 0.03, staff: 0.03 },
};

/** Header words naming another person: their identity columns yield to the buyer's. */
const OTHER_PERSON_CONCEPTS = new Set(['shipping', 'recipient', 'to', 'emergency', 'referrer']);
const MONEY_CONCEPTS = new Set([
  'spend',
  'amount',
  'total',
  'price',
  'paid',
  'collected',
  'subtotal',
  'tax',
  'tip',
  'sales',
  'gross',
  'net',
  'revenue',
  'charge',
  'cost',
  'fee',
  'commission',
  'discount',
]);
const NOT_TRANSACTION_CONCEPTS = new Set([
  'lifetime_value',
  'lifetime',
  'stat',
  'balance',
  'company_stat',
  'loyalty',
]);
const TXN_CONCEPTS = new Set([
  'order',
  'invoice',
  'booking',
  'appointment',
  'visit',
  'deal',
  'conversion',
  'payment',
  'ticket',
]);

/** Header words of what is still owed. */
const OUTSTANDING_CONCEPTS = new Set(['due', 'balance']);
/** Header words of what was paid so far. */
const PAID_CONCEPTS = new Set(['paid', 'collected']);
const TIME_TARGETS = new Set<TargetField>(['timestamp', 'date', 'created_at', 'paid_at']);
const PRODUCT_TARGETS = new Set<TargetField>(['product_name', 'product_sku', 'product_category']);

interface Candidate {
  target: TargetField;
  score: number;
  reasons: string[];
}

/** Whether the file holds transactions (amounts per row) or people (contacts, members, subscribers). */
function detectRecordKind(
  analyses: readonly HeaderAnalysis[],
  profiles: readonly ColumnProfile[],
): RecordKind {
  // "Lifetime Value", or "Total Appointments" with no order id beside it: aggregates per person,
  // so rows are people (Toast's "Checks" beside its "Order Id" counts the checks of one order)
  const has = (test: (concepts: readonly (string | null)[]) => boolean) =>
    analyses.some((a) => test(a.terms.map((t) => t.concept)));
  const hasOrderId = has(
    (cs) => cs.some((c) => c !== null && TXN_CONCEPTS.has(c)) && cs.some((c) => c === 'id' || c === 'number'),
  );
  // ... as is a bare "Spent" beside no order id (what a contact has spent in all; a visit's "Spend" is not)
  const spentInAll = analyses.some((a) => a.terms.length === 1 && a.terms[0]!.word === 'spent');
  if (
    has((cs) => cs.includes('lifetime_value')) ||
    ((has((cs) => cs.includes('order_count')) || spentInAll) && !hasOrderId)
  )
    return 'people';
  for (let i = 0; i < profiles.length; i++) {
    const concepts = analyses[i]!.terms.map((t) => t.concept);
    if (concepts.some((c) => c !== null && NOT_TRANSACTION_CONCEPTS.has(c))) continue;
    const p = profiles[i]!;
    const numeric =
      (p.typeDistribution.integer ?? 0) + (p.typeDistribution.decimal ?? 0) + (p.typeDistribution.money ?? 0);
    if (
      numeric >= 0.8 &&
      patternShare(p, 'money') >= 0.5 &&
      concepts.some((c) => c !== null && MONEY_CONCEPTS.has(c))
    )
      return 'transactions';
    if (
      concepts.some((c) => c !== null && TXN_CONCEPTS.has(c)) &&
      concepts.some((c) => c === 'id' || c === 'number') &&
      p.uniqueness >= 0.9
    )
      return 'transactions';
  }
  return 'people';
}

function valueHints(p: ColumnProfile): ValueHints {
  return {
    inferredType: p.inferredType,
    dateFormat: p.dateFormat,
    currencyMarks: p.currencyMarks,
    decimalSeparator: p.numeric?.decimalSeparator ?? null,
    negativeShare: p.numeric?.negativeShare ?? 0,
    topValues: p.topValues.map((t) => t.value),
    uniqueness: p.uniqueness,
  };
}

function validate(profiles: readonly ColumnProfile[], options: SuggestOptions): void {
  if (!Array.isArray(profiles)) {
    throw new DiscoveryError({
      code: 'INVALID_INPUT',
      message: 'suggestMappings needs the array of column profiles that profileColumns returns.',
    });
  }
  if (options.industry !== undefined && !industries.includes(options.industry)) {
    throw new DiscoveryError({
      code: 'INVALID_OPTIONS',
      message: `Unknown industry "${String(options.industry)}"; use one of ${industries.join(', ')} or leave it out.`,
    });
  }
  const names = new Set(profiles.map((p) => p.name));
  for (const [column, target] of Object.entries(options.overrides ?? {})) {
    if (!names.has(column)) {
      throw new DiscoveryError({
        code: 'INVALID_OPTIONS',
        message: `Override names column "${column}", which is not in the profiles; columns are: ${[...names].slice(0, 20).join(', ')}.`,
      });
    }
    if (target !== null && !isTargetField(target)) {
      throw new DiscoveryError({
        code: 'INVALID_OPTIONS',
        message: `Override for "${column}" names unknown target "${String(target)}"; use a target of targetFields or null.`,
      });
    }
  }
}

/** Qualifiers of a status that is not the record's own: "Fulfillment Status", "Order Substatus", "Detalle del estado". */
const SECONDARY_STATUS_WORDS = new Set([
  'fulfillment',
  'fulfilment',
  'shipment',
  'dispute',
  'sub',
  'substatus',
  'detail',
  'details',
  'detalle',
  'descripcion',
  'description',
]);
const SECONDARY_STATUS_CONCEPTS = new Set(['shipping', 'address', 'last', 'description']);
function isSecondaryStatus(analysis: HeaderAnalysis): boolean {
  return analysis.terms.some(
    (t) =>
      SECONDARY_STATUS_WORDS.has(t.word) || (t.concept !== null && SECONDARY_STATUS_CONCEPTS.has(t.concept)),
  );
}

/** Share of the sampled values that are one word ("Müller", "Dupont", "O'Neil"). */
function singleWordShare(p: ColumnProfile): number {
  const values = p.sampleValues;
  if (values.length === 0) return 0;
  return values.filter((v) => !/\s/.test(v.trim())).length / values.length;
}

/** Words of a seller's take after fees: "Net", "Earnings", "Proceeds", "Amount you received". */
const NET_WORDS = new Set(['earnings', 'proceeds', 'received', 'payout', 'recibido', 'recebido']);
function isNetAmount(analysis: HeaderAnalysis): boolean {
  if (analysis.terms.some((t) => t.concept === 'gross')) return false;
  return analysis.terms.some((t) => t.concept === 'net' || NET_WORDS.has(t.word));
}

function scoreColumn(
  profile: ColumnProfile,
  analysis: HeaderAnalysis,
  context: MatchContext,
  industry: Industry | undefined,
): Candidate[] {
  const header = scoreHeader(analysis, context.recordKind);
  const byTarget = new Map<TargetField, HeaderMatch>();
  for (const m of header) byTarget.set(m.target, m);
  const concepts = new Set(analysis.terms.flatMap((t) => (t.concept === null ? [] : [t.concept])));
  const proposals = new Map(
    proposeFromValues(profile, context, concepts, analysis.terms.length === 1).map((p) => [p.target, p]),
  );
  const targets = new Set<TargetField>([...byTarget.keys(), ...proposals.keys()]);
  const out: Candidate[] = [];
  const boosts = industry ? industryBoosts[industry] : undefined;
  for (const target of targets) {
    const h = byTarget.get(target);
    const proposal = proposals.get(target);
    const values = scoreValues(profile, target, context);
    const reasons: string[] = [];
    let score = 0;
    if (h) {
      const words = analysis.terms
        .map((t) =>
          t.concept && t.concept !== t.word && t.concept !== 'digit' && t.concept !== 'filler'
            ? `${t.word} (${t.concept})`
            : t.word,
        )
        .join(' + ');
      reasons.push(
        `header "${profile.name}" reads as ${words}; matches "${h.rule}" (${h.score.toFixed(2)}${h.penalties.length ? `, ${h.penalties.join(', ')}` : ''})`,
      );
      score = values.fit <= -1 ? h.score * KILL_FACTOR : h.score + VALUE_WEIGHT * values.fit;
      if (
        context.recordKind === 'people' &&
        targetSpecs[target].kind === 'money' &&
        target !== 'lifetime_value'
      ) {
        score -= RECORD_KIND_PENALTY;
        reasons.push(`a file of people, not orders: −${RECORD_KIND_PENALTY}`);
      }
      if (context.recordKind === 'people' && PRODUCT_TARGETS.has(target)) {
        score -= PEOPLE_PRODUCT_PENALTY;
        reasons.push(
          `a file of people, whose plans and tiers are not products sold: −${PEOPLE_PRODUCT_PENALTY}`,
        );
      }
      if (target === 'value' && context.hasFeeColumn && isNetAmount(analysis)) {
        score -= NET_OF_FEES_PENALTY;
        reasons.push(`beside a fee column, a net amount is the payout after fees: −${NET_OF_FEES_PENALTY}`);
      }
      if (
        context.recordKind === 'transactions' &&
        (target === 'order_count' || target === 'lifetime_value')
      ) {
        score -= RECORD_KIND_PENALTY;
        reasons.push(`a file of orders, not people: −${RECORD_KIND_PENALTY}`);
      }
      if (
        (target === 'value' || target === 'subtotal') &&
        context.hasOutstandingColumn &&
        analysis.terms.some((t) => t.concept !== null && PAID_CONCEPTS.has(t.concept))
      ) {
        score -= PARTIAL_PAYMENT_PENALTY;
        reasons.push(
          `another column says what is still owed, so this is what was paid so far: −${PARTIAL_PAYMENT_PENALTY}`,
        );
      }
      const boost = boosts?.[target];
      if (boost) {
        score += boost;
        reasons.push(`industry ${industry} +${boost.toFixed(2)}`);
      }
    }
    if (proposal && values.fit > -1) {
      const fromValues = proposal.score + 0.1 * Math.max(0, values.fit);
      const conflict = headerConflict(analysis, target, proposal.relies);
      // the values' proposal still answers to what the header's other words say ("Card Tokenization Method")
      if (h) score = Math.max(score, fromValues + conflict) + AGREEMENT_BONUS;
      else {
        score = fromValues + conflict;
        reasons.push(
          conflict < 0
            ? `values suggest ${target}, but the header names something else (${conflict.toFixed(2)})`
            : `header says nothing about ${target}; values do`,
        );
      }
    }
    reasons.push(...values.reasons.map((r) => `values: ${r}`));
    if (proposal && !reasons.includes(`values: ${proposal.reason}`))
      reasons.push(`values: ${proposal.reason}`);
    score = Math.max(0, Math.min(1, score)) - POSITION_TIE_BREAK * profile.index;
    out.push({ target, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score);
}

function isOtherPerson(analysis: HeaderAnalysis, target: TargetField): boolean {
  if (targetSpecs[target].group !== 'identity') return false;
  return analysis.terms.some((t) => t.concept !== null && OTHER_PERSON_CONCEPTS.has(t.concept));
}

/**
 * Suggests a target for every profiled column: header words and abbreviations,
 * edit distance to the dictionary, value types and patterns, and value
 * distributions give each (column, target) a score; an optimal assignment
 * then gives every single-valued target at most one column; scores become
 * calibrated confidences. One suggestion per column, in column order.
 */
export function suggestMappings(
  profiles: readonly ColumnProfile[],
  options: SuggestOptions = {},
): MappingSuggestion[] {
  validate(profiles, options);
  const analyses = readHeaders(profiles.map((p) => p.name));
  const context: MatchContext = {
    recordKind: detectRecordKind(analyses, profiles),
    hasTimeColumn: profiles.some((p) => p.inferredType === 'time'),
    currentYear: (options.referenceDate ?? new Date()).getUTCFullYear(),
    hasFeeColumn: profiles.some(
      (p, i) =>
        (p.numeric?.count ?? 0) > 0 &&
        analyses[i]!.terms.some((t) => t.concept === 'fee' || t.concept === 'commission'),
    ),
    hasStatusColumn: analyses.some((a) => a.terms.some((t) => t.concept === 'status')),
    hasOutstandingColumn: profiles.some(
      (p, i) =>
        (p.numeric?.count ?? 0) > 0 &&
        analyses[i]!.terms.some((t) => t.concept !== null && OUTSTANDING_CONCEPTS.has(t.concept)),
    ),
  };
  const candidates = profiles.map((p, i) => scoreColumn(p, analyses[i]!, context, options.industry));
  const overrides = options.overrides ?? {};
  const chosen: (TargetField | null)[] = profiles.map(() => null);
  const notes: string[][] = profiles.map(() => []);
  const pinned = new Set<number>();
  const taken = new Set<TargetField>();
  profiles.forEach((p, i) => {
    if (Object.hasOwn(overrides, p.name)) {
      pinned.add(i);
      const target = overrides[p.name] ?? null;
      chosen[i] = target;
      if (target && targetSpecs[target].cardinality === 'one') taken.add(target);
    }
  });

  // multi-valued targets: each column's best one above the threshold
  const bestMany: (Candidate | null)[] = candidates.map((list, i) => {
    if (pinned.has(i)) return null;
    return (
      list.find((c) => targetSpecs[c.target].cardinality === 'many' && c.score >= ASSIGN_THRESHOLD) ?? null
    );
  });
  // single-valued targets: optimal assignment over the gain each target brings to each column
  const oneTargets = [
    ...new Set(
      candidates.flatMap((list, i) =>
        pinned.has(i)
          ? []
          : list
              .filter(
                (c) =>
                  targetSpecs[c.target].cardinality === 'one' &&
                  c.score >= ASSIGN_THRESHOLD &&
                  !taken.has(c.target),
              )
              .map((c) => c.target),
      ),
    ),
  ];
  const gains = oneTargets.map((target) =>
    candidates.map((list, i) => {
      if (pinned.has(i)) return 0;
      const c = list.find((x) => x.target === target);
      if (!c || c.score < ASSIGN_THRESHOLD) return 0;
      const baseline = Math.max(ASSIGN_THRESHOLD, bestMany[i]?.score ?? 0);
      return Math.max(0, c.score - baseline + 1e-9);
    }),
  );
  const assignment = assignTargets(gains, profiles.length);
  assignment.forEach((column, row) => {
    if (column >= 0) chosen[column] = oneTargets[row]!;
  });
  profiles.forEach((_p, i) => {
    if (!pinned.has(i) && chosen[i] === null && bestMany[i]) chosen[i] = bestMany[i]!.target;
  });

  // another person's identity columns (shipping name, recipient email) yield to the buyer's
  for (const [i, target] of chosen.entries()) {
    if (!target || pinned.has(i) || !isOtherPerson(analyses[i]!, target)) continue;
    const primary = chosen.some((t, j) => t === target && j !== i && !isOtherPerson(analyses[j]!, target));
    if (primary) {
      chosen[i] = null;
      notes[i]!.push(
        `${target} is already taken by the buyer's own column; this one describes another person`,
      );
    }
  }
  // beside the record's own status, a fulfilment, shipment, dispute or sub-status says something else
  {
    const statuses = chosen.flatMap((t, i) => (t === 'status' && !pinned.has(i) ? [i] : []));
    const secondary = statuses.filter((i) => isSecondaryStatus(analyses[i]!));
    if (statuses.length > 1 && secondary.length > 0 && secondary.length < statuses.length)
      for (const i of secondary) {
        chosen[i] = null;
        notes[i]!.push("another column holds the record's own status; this one tracks a part of it");
      }
  }
  // "Vorname" + "Name", "Prénom" + "Nom": beside a first name, a bare name of single words is the surname
  if (chosen.includes('first_name') && !chosen.includes('last_name')) {
    const at = chosen.indexOf('full_name');
    if (
      at >= 0 &&
      !pinned.has(at) &&
      analyses[at]!.terms.length === 1 &&
      analyses[at]!.terms[0]!.concept === 'name' &&
      singleWordShare(profiles[at]!) >= 0.8
    ) {
      chosen[at] = 'last_name';
      notes[at]!.push('beside a first-name column, a name of one word is the surname');
    }
  }
  // Date + Time (+ Time Zone): a date is the date part only when a time column exists
  const hasTime = chosen.includes('time');
  const dateAt = chosen.indexOf('date');
  const timestampAt = chosen.indexOf('timestamp');
  if (dateAt >= 0 && !pinned.has(dateAt) && !hasTime && timestampAt < 0) {
    chosen[dateAt] = 'timestamp';
    notes[dateAt]!.push('no time column to pair with, so the date is the timestamp');
  } else if (hasTime && dateAt < 0 && timestampAt < 0) {
    // "Date created" + "Time": the date-only event column is the date part of the timestamp
    const at = chosen.findIndex(
      (t, i) =>
        (t === 'created_at' || t === 'paid_at') && !pinned.has(i) && profiles[i]!.inferredType === 'date',
    );
    if (at >= 0) {
      notes[at]!.push(`date-only ${chosen[at]} paired with the time column into the timestamp`);
      chosen[at] = 'date';
    }
  } else if (
    timestampAt >= 0 &&
    !pinned.has(timestampAt) &&
    hasTime &&
    dateAt < 0 &&
    profiles[timestampAt]!.inferredType === 'date'
  ) {
    chosen[timestampAt] = 'date';
    notes[timestampAt]!.push('date-only values paired with the time column into one timestamp');
  }

  // an order (booking, invoice) number is the record id when no other column is
  if (context.recordKind === 'transactions' && !chosen.includes('transaction_id')) {
    const i = chosen.indexOf('order_number');
    if (i >= 0 && !pinned.has(i) && profiles[i]!.uniqueness >= PROMOTE_UNIQUENESS) {
      chosen[i] = 'transaction_id';
      notes[i]!.push('the only unique order/booking number, so it is the record id (transaction_id)');
    }
  }
  // a file of payments: an order id filled on few rows (orders paid through an API) is not the
  // record id when a payment id is on every row
  {
    const tx = chosen.indexOf('transaction_id');
    const pay = chosen.indexOf('payment_id');
    if (
      tx >= 0 &&
      pay >= 0 &&
      !pinned.has(tx) &&
      !pinned.has(pay) &&
      filledShare(profiles[tx]!) < 0.5 &&
      filledShare(profiles[pay]!) >= 0.95 &&
      profiles[pay]!.uniqueness >= PROMOTE_UNIQUENESS
    ) {
      const asNumber = candidates[tx]!.find((c) => c.target === 'order_number');
      chosen[tx] = asNumber && asNumber.score >= ASSIGN_THRESHOLD ? 'order_number' : null;
      notes[tx]!.push('filled on few rows, so the payment id on every row is the record id');
      chosen[pay] = 'transaction_id';
      notes[pay]!.push('on every row, all different, where the order id is mostly blank: the record id');
    }
  }
  // a file of payments: each row's payment id is the record id when no other column is
  if (context.recordKind === 'transactions' && !chosen.includes('transaction_id')) {
    const i = chosen.indexOf('payment_id');
    if (i >= 0 && !pinned.has(i) && profiles[i]!.uniqueness >= PROMOTE_UNIQUENESS) {
      chosen[i] = 'transaction_id';
      notes[i]!.push('the only unique payment id, so it is the record id (transaction_id)');
    }
  }

  /** Gives `target` to the unclaimed column (passing `fits`) that scored best for it, if any scored `min`. */
  const fillFromClosest = (target: TargetField, min: number, fits: (i: number) => boolean, note: string) => {
    let best = -1;
    let bestScore = min;
    candidates.forEach((list, i) => {
      if (pinned.has(i) || chosen[i] !== null || !fits(i)) return;
      const c = list.find((x) => x.target === target);
      if (c && c.score >= bestScore) {
        best = i;
        bestScore = c.score;
      }
    });
    if (best >= 0) {
      chosen[best] = target;
      notes[best]!.push(note);
    }
  };
  if (context.recordKind === 'transactions') {
    // a file of orders needs a record id: when no header named one, the first unclaimed column whose
    // values are id-shaped, on every row and all different ("Beleg", "Documento", a private code)
    if (!chosen.includes('transaction_id')) {
      const at = profiles.findIndex((p, i) => !pinned.has(i) && chosen[i] === null && looksLikeRecordId(p));
      if (at >= 0) {
        chosen[at] = 'transaction_id';
        notes[at]!.push(
          'no column is named as the record id; this one is an id on every row, all different (check it)',
        );
      }
    }
    // a file of orders without any time column read as one: the closest date-valued column
    if (!chosen.some((t) => t !== null && TIME_TARGETS.has(t)))
      fillFromClosest(
        'timestamp',
        TIMESTAMP_FALLBACK_MIN,
        (i) => DATE_TYPES.has(profiles[i]!.inferredType),
        'no other column holds the time of the records, so this date column is the timestamp',
      );
    // a file with a subtotal but no total ("gross", "fee", "net"): its subtotal, when it is on
    // (nearly) every row, is the value
    if (!chosen.includes('value')) {
      const at = chosen.indexOf('subtotal');
      const own = at >= 0 ? candidates[at]!.find((c) => c.target === 'value') : undefined;
      if (
        at >= 0 &&
        !pinned.has(at) &&
        own &&
        own.score >= VALUE_FALLBACK_MIN &&
        filledShare(profiles[at]!) >= 0.8
      ) {
        chosen[at] = 'value';
        notes[at]!.push('no column holds a total, so this amount is the value of the records');
      }
    }
    // every conversion needs a value: the closest unclaimed amount column (its confidence stays
    // low, so the review asks about it)
    if (!chosen.includes('value'))
      fillFromClosest(
        'value',
        VALUE_FALLBACK_MIN,
        (i) => (profiles[i]!.numeric?.count ?? 0) > 0,
        'no other column holds the amount of the records, so this is the closest (check it)',
      );
    // ... and when no header fits at all ("Payout" of a class booking), the file's only money column
    if (!chosen.includes('value')) {
      const money = profiles.flatMap((p, i) =>
        !pinned.has(i) &&
        chosen[i] === null &&
        // a header the dictionary cannot read at all stays a question for the reviewer
        analyses[i]!.terms.some((t) => t.concept !== null) &&
        (p.inferredType === 'money' || p.inferredType === 'decimal') &&
        patternShare(p, 'money') >= 0.9
          ? [i]
          : [],
      );
      if (money.length === 1) {
        chosen[money[0]!] = 'value';
        notes[money[0]!]!.push(
          'the only unclaimed money column of a file of orders, so it is their value (check it)',
        );
      }
    }
  }

  // explain lost contests
  const holder = new Map<TargetField, number>();
  chosen.forEach((t, i) => {
    if (t) holder.set(t, i);
  });

  return profiles.map((profile, i) => {
    const list = candidates[i]!;
    const target = chosen[i] ?? null;
    const own = target ? list.find((c) => c.target === target) : undefined;
    const reasons: string[] = [];
    let score: number;
    let confidence: number;
    let origin: MappingSuggestion['origin'] = 'heuristic';
    if (pinned.has(i)) {
      origin = 'override';
      score = 1;
      confidence = 1;
      reasons.push(target ? `set to ${target} by an override` : 'set to nothing by an override');
    } else if (target) {
      score = Math.max(0, own?.score ?? ASSIGN_THRESHOLD);
      confidence = calibrateConfidence(score);
      reasons.push(...(own?.reasons ?? []));
      if (profile.nonNullCount === 0 && confidence > EMPTY_COLUMN_MAX_CONFIDENCE) {
        confidence = EMPTY_COLUMN_MAX_CONFIDENCE;
        reasons.push(`no values to confirm the header: confidence capped at ${EMPTY_COLUMN_MAX_CONFIDENCE}`);
      }
    } else {
      const best = list[0];
      score = Math.max(0, best?.score ?? 0);
      confidence = calibrateNullConfidence(score);
      const terms = analyses[i]!.terms;
      const unread =
        profile.nonNullCount > 0 && terms.every((t) => t.concept === null || t.concept === 'digit');
      if (unread && confidence > UNREAD_HEADER_NULL_CONFIDENCE) {
        confidence = UNREAD_HEADER_NULL_CONFIDENCE;
        reasons.push(
          `no word of the header is in the dictionary (another language, a private code?): "maps to nothing" is a guess, confidence capped at ${UNREAD_HEADER_NULL_CONFIDENCE}`,
        );
      }
      if (terms.some((t) => t.concept === 'government_id')) {
        reasons.push(
          'the header names a government identifier (social security, passport, tax id); not mapped on purpose',
        );
      } else if (!best) reasons.push('no target matches the header or the values');
      else if (best.score < ASSIGN_THRESHOLD)
        reasons.push(
          `best candidate ${best.target} scored ${best.score.toFixed(2)}, below ${ASSIGN_THRESHOLD}`,
        );
      else {
        const other = holder.get(best.target);
        if (other !== undefined)
          reasons.push(
            `${best.target} (${best.score.toFixed(2)}) went to "${profiles[other]!.name}", which fits it better`,
          );
      }
    }
    reasons.push(...notes[i]!);
    if (target && own) {
      const rival = list.find((c) => c.target !== target && c.score >= ASSIGN_THRESHOLD);
      if (rival && holder.has(rival.target) && holder.get(rival.target) !== i)
        reasons.push(
          `also fits ${rival.target}, which went to "${profiles[holder.get(rival.target)!]!.name}"`,
        );
    }
    const alternatives: MappingAlternative[] = list
      .filter((c) => c.target !== target && c.score >= ALTERNATIVE_MIN)
      .slice(0, MAX_ALTERNATIVES)
      .map((c) => ({ targetField: c.target, confidence: calibrateConfidence(c.score) }));
    return {
      sourceField: profile.name,
      targetField: target,
      confidence,
      reasons,
      alternatives,
      sampleValues: profile.sampleValues,
      score: Math.round(score * 1000) / 1000,
      origin,
      valueHints: valueHints(profile),
    };
  });
}

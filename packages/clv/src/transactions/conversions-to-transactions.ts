import type { Conversion } from '@growthnav/conversions';
import { ClvError } from '../errors.js';
import type { Transaction } from './purchase-periods.js';

/**
 * The fields of a GrowthNav `Conversion` that customer value reads: `customerId`
 * (tenant), `transactionId` (refunds carry the id of the purchase they refund),
 * `userId` (resolved person, null until identity resolution ran), `timestamp`
 * (UTC ISO 8601), `value` (major units, negative for refunds), `currency`,
 * `conversionType`, `status.unified` and optionally `amounts.refunded`. A full
 * Conversion fits; so does any object with these fields.
 */
export type ConversionLike = Pick<
  Conversion,
  'customerId' | 'transactionId' | 'userId' | 'timestamp' | 'value' | 'currency' | 'conversionType'
> & {
  status: Pick<Conversion['status'], 'unified'>;
  amounts?: Pick<Conversion['amounts'], 'refunded'> | null;
};

export interface ConversionsToTransactionsOptions<C extends ConversionLike> {
  /**
   * The person of a conversion whose `userId` is still null, e.g. a loyalty id
   * or an email fragment. Return null/undefined to leave it out (counted as
   * `noIdentity`). Without it, such conversions are left out.
   */
  identity?: (conversion: C) => string | null | undefined;
  /**
   * 'net' (default): a purchase counts at its value minus its refunds — the
   * larger of `amounts.refunded` and the refund conversions pointing at its
   * transactionId — and drops out when nothing is left.
   * 'exclude': a purchase with any refund is left out; the rest count at full value.
   */
  refunds?: 'net' | 'exclude';
  /** Keep only conversions in this ISO 4217 currency; required when purchases come in several. */
  currency?: string;
}

/** Every input conversion lands in exactly one of these: `input` = transactions + refunds.applied + refunds.unmatched + Σ excluded. */
export interface ConversionCounts {
  input: number;
  /** Purchases turned into transactions. */
  transactions: number;
  refunds: {
    /** Refund conversions matched to a purchase (netted, or the reason it was excluded). */
    applied: number;
    /** Refund conversions whose purchase is not among the conversions (or not counted); ignored. */
    unmatched: number;
  };
  excluded: {
    /** Not a purchase or refund (lead, signup, booking …). */
    notPurchase: number;
    /** Status pending, open, voided, cancelled, failed or unknown. */
    notCompleted: number;
    /** No userId and no identity from the `identity` option. */
    noIdentity: number;
    /** In another currency than the chosen one. */
    otherCurrency: number;
    /** A purchase with a negative value (bad data). */
    negativeValue: number;
    /** Fully refunded ('net') or refunded at all ('exclude'). */
    refunded: number;
  };
}

export interface ConversionsToTransactionsResult {
  transactions: Transaction[];
  /** The one currency of the transactions (null when there are none). */
  currency: string | null;
  counts: ConversionCounts;
  warnings: string[];
}

/** Purchase statuses that mean the sale happened (perhaps refunded since). */
const SOLD = new Set(['completed', 'partially_refunded', 'refunded']);
/** Refund statuses that mean money went back. */
const REFUNDED = new Set(['completed', 'refunded']);

/**
 * Turns one tenant's conversions into transactions for summarizeRfm: the
 * person is `userId` (or the `identity` option's answer), only sales count
 * (status completed, or refunded since), and refunds are netted or excluded
 * per `refunds`. Nothing disappears silently: `counts` accounts for every
 * conversion. Throws MIXED_TENANTS for conversions of several tenants and
 * MIXED_CURRENCIES when purchases come in several currencies and no
 * `currency` was chosen.
 */
export function conversionsToTransactions<C extends ConversionLike>(
  conversions: readonly C[],
  options: ConversionsToTransactionsOptions<C> = {},
): ConversionsToTransactionsResult {
  const mode = options.refunds ?? 'net';
  if (mode !== 'net' && mode !== 'exclude') {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'refunds',
      message: `refunds = ${JSON.stringify(mode)}; use 'net' or 'exclude'.`,
    });
  }
  const tenants = new Set(conversions.map((c) => c.customerId));
  if (tenants.size > 1) {
    throw new ClvError({
      code: 'MIXED_TENANTS',
      field: 'customerId',
      message: `Conversions of ${tenants.size} tenants (${[...tenants].slice(0, 3).join(', ')}…) were given; customer value is computed per tenant, so filter by customerId first.`,
    });
  }
  const counts: ConversionCounts = {
    input: conversions.length,
    transactions: 0,
    refunds: { applied: 0, unmatched: 0 },
    excluded: {
      notPurchase: 0,
      notCompleted: 0,
      noIdentity: 0,
      otherCurrency: 0,
      negativeValue: 0,
      refunded: 0,
    },
  };
  let currency = options.currency ?? null;
  if (currency === null) {
    const seen = new Set<string>();
    for (const c of conversions)
      if (c.conversionType === 'purchase' && SOLD.has(c.status.unified)) seen.add(c.currency);
    if (seen.size > 1) {
      throw new ClvError({
        code: 'MIXED_CURRENCIES',
        field: 'currency',
        message: `Purchases come in ${[...seen].sort().join(', ')}; pass { currency } to value one of them (the others are counted as otherCurrency) or convert them first.`,
      });
    }
    currency = seen.size === 1 ? [...seen][0]! : null;
  }
  // Purchases that count, then refunds against them.
  interface Sale {
    person: string;
    timestamp: string;
    value: number;
    refundedAmount: number;
    refundConversions: number;
  }
  const sales: Sale[] = [];
  const salesByTransaction = new Map<string, Sale[]>();
  const refunds: C[] = [];
  for (const c of conversions) {
    if (c.conversionType === 'refund') {
      refunds.push(c);
      continue;
    }
    if (c.conversionType !== 'purchase') {
      counts.excluded.notPurchase++;
      continue;
    }
    if (!SOLD.has(c.status.unified)) {
      counts.excluded.notCompleted++;
      continue;
    }
    if (c.currency !== currency) {
      counts.excluded.otherCurrency++;
      continue;
    }
    const person = c.userId ?? options.identity?.(c) ?? null;
    if (person === null || person === '') {
      counts.excluded.noIdentity++;
      continue;
    }
    if (!(c.value >= 0)) {
      counts.excluded.negativeValue++;
      continue;
    }
    const refundedAmount = c.amounts?.refunded ?? 0;
    const sale: Sale = {
      person,
      timestamp: c.timestamp,
      value: c.value,
      // A purchase marked fully refunded without an amount: all of it went back.
      refundedAmount:
        c.status.unified === 'refunded' && !(refundedAmount > 0) ? c.value : Math.max(0, refundedAmount),
      refundConversions: 0,
    };
    sales.push(sale);
    const list = salesByTransaction.get(c.transactionId);
    if (list) list.push(sale);
    else salesByTransaction.set(c.transactionId, [sale]);
  }
  // Refund conversions: spread each over the purchases of its transaction, in order.
  const refundTotals = new Map<Sale, number>();
  for (const c of refunds) {
    if (!REFUNDED.has(c.status.unified)) {
      counts.excluded.notCompleted++;
      continue;
    }
    if (c.currency !== currency) {
      counts.excluded.otherCurrency++;
      continue;
    }
    const targets = salesByTransaction.get(c.transactionId);
    if (!targets) {
      counts.refunds.unmatched++;
      continue;
    }
    counts.refunds.applied++;
    let amount = Math.abs(c.value);
    for (const sale of targets) {
      sale.refundConversions++;
      const room = sale.value - (refundTotals.get(sale) ?? 0);
      const take = Math.min(room, amount);
      refundTotals.set(sale, (refundTotals.get(sale) ?? 0) + take);
      amount -= take;
      if (amount <= 0) break;
    }
  }
  const transactions: Transaction[] = [];
  for (const sale of sales) {
    // amounts.refunded and refund conversions describe the same money: take the larger, not the sum.
    const refunded = Math.max(sale.refundedAmount, refundTotals.get(sale) ?? 0);
    const touched = refunded > 0 || sale.refundConversions > 0;
    if (mode === 'exclude' ? touched : sale.value - refunded <= 0 && touched) {
      counts.excluded.refunded++;
      continue;
    }
    transactions.push({
      personId: sale.person,
      date: sale.timestamp,
      value: mode === 'net' ? sale.value - refunded : sale.value,
    });
  }
  counts.transactions = transactions.length;
  const warnings: string[] = [];
  const { excluded } = counts;
  if (excluded.noIdentity > 0) {
    warnings.push(
      `${excluded.noIdentity} purchase(s) have no person (userId is null): run identity resolution or pass an identity option.`,
    );
  }
  if (excluded.otherCurrency > 0)
    warnings.push(
      `${excluded.otherCurrency} conversion(s) in other currencies than ${currency} were left out.`,
    );
  if (counts.refunds.unmatched > 0) {
    warnings.push(
      `${counts.refunds.unmatched} refund(s) point at purchases that are not among the conversions and were ignored.`,
    );
  }
  if (excluded.negativeValue > 0)
    warnings.push(`${excluded.negativeValue} purchase(s) with a negative value were left out.`);
  return { transactions, currency, counts, warnings };
}

import { ClvError } from '../errors.js';

export interface ValueTier {
  name: string;
  /** Share of customers in the tier, highest-value tier first; shares add up to 1. */
  share: number;
}

/** Top 10 %, next 20 %, next 30 %, bottom 40 %. */
export const defaultValueTiers: readonly ValueTier[] = [
  { name: 'top', share: 0.1 },
  { name: 'high', share: 0.2 },
  { name: 'medium', share: 0.3 },
  { name: 'low', share: 0.4 },
];

export interface ValueTierRow {
  personId: string;
  value: number;
  tier: string;
  /** 1 = most valuable. */
  rank: number;
  /**
   * The value as Meta's value-based custom audiences want it (schema key
   * LOOKALIKE_VALUE: a non-negative number): negatives become 0, rounded to cents.
   */
  lookalikeValue: number;
}

export interface ValueTierSummary {
  name: string;
  customers: number;
  totalValue: number;
  minValue: number;
  maxValue: number;
}

export interface ValueTierResult {
  /** In the input order. */
  customers: ValueTierRow[];
  tiers: ValueTierSummary[];
  warnings: string[];
}

/** Shares must add up to 1 within this (they are usually written as decimals). */
const SHARE_SUM_TOLERANCE = 1e-9;

/**
 * Splits customers into value tiers by rank (e.g. by CLV) for value-based
 * audiences: the top `share` of customers go to the first tier, and so on.
 * Customers with equal values always share a tier (a tie is never split, so a
 * tier can run slightly over its share). Each row also carries
 * `lookalikeValue`, ready for Meta's LOOKALIKE_VALUE column.
 */
export function assignValueTiers(
  customers: readonly { personId: string; value: number }[],
  tiers: readonly ValueTier[] = defaultValueTiers,
): ValueTierResult {
  if (tiers.length === 0) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'tiers',
      message: 'Give at least one tier, e.g. [{ name: "all", share: 1 }].',
    });
  }
  let shareSum = 0;
  const names = new Set<string>();
  for (const [i, tier] of tiers.entries()) {
    if (
      !(Number.isFinite(tier.share) && tier.share > 0) ||
      typeof tier.name !== 'string' ||
      tier.name === '' ||
      names.has(tier.name)
    ) {
      throw new ClvError({
        code: 'INVALID_OPTIONS',
        field: `tiers[${i}]`,
        message: `Tier ${i} (${JSON.stringify(tier)}) needs a unique non-empty name and a share > 0.`,
      });
    }
    names.add(tier.name);
    shareSum += tier.share;
  }
  if (Math.abs(shareSum - 1) > SHARE_SUM_TOLERANCE) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'tiers',
      message: `Tier shares add up to ${shareSum}; make them add up to 1.`,
    });
  }
  const n = customers.length;
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    if (!Number.isFinite(c.value)) {
      throw new ClvError({
        code: 'INVALID_CUSTOMER_DATA',
        index: i,
        field: 'value',
        message: `Customer row ${i} (${c.personId}): value = ${String(c.value)} must be a finite number.`,
      });
    }
  }
  const order = Array.from({ length: n }, (_, i) => i).sort(
    (a, b) => customers[b]!.value - customers[a]!.value || a - b,
  );
  // Cumulative rank boundaries: tier k takes ranks below round(n · Σ shares up to k).
  const bounds: number[] = [];
  let cumulative = 0;
  for (const tier of tiers) {
    cumulative += tier.share;
    bounds.push(Math.round(n * cumulative));
  }
  const rows: ValueTierRow[] = new Array(n);
  const summaries: ValueTierSummary[] = tiers.map((t) => ({
    name: t.name,
    customers: 0,
    totalValue: 0,
    minValue: Number.NaN,
    maxValue: Number.NaN,
  }));
  let negatives = 0;
  let tierIndex = 0;
  for (let rank = 0; rank < n; rank++) {
    const i = order[rank]!;
    const { personId, value } = customers[i]!;
    const tiedWithPrevious = rank > 0 && customers[order[rank - 1]!]!.value === value;
    if (!tiedWithPrevious) while (tierIndex < tiers.length - 1 && rank >= bounds[tierIndex]!) tierIndex++;
    if (value < 0) negatives++;
    const summary = summaries[tierIndex]!;
    summary.customers++;
    summary.totalValue += value;
    summary.minValue = Number.isNaN(summary.minValue) ? value : Math.min(summary.minValue, value);
    summary.maxValue = Number.isNaN(summary.maxValue) ? value : Math.max(summary.maxValue, value);
    rows[i] = {
      personId,
      value,
      tier: tiers[tierIndex]!.name,
      rank: rank + 1,
      lookalikeValue: Math.max(0, Math.round(value * 100) / 100),
    };
  }
  const warnings: string[] = [];
  if (negatives > 0)
    warnings.push(`${negatives} customer(s) have a negative value; their lookalikeValue is 0.`);
  return { customers: rows, tiers: summaries, warnings };
}

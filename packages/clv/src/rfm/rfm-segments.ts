import { ClvError } from '../errors.js';

/** What segmentRfm needs per customer; RfmSummaryRow has all of it. */
export interface RfmSegmentInput {
  personId: string;
  frequency: number;
  /** First to last purchase (lifetimes convention); days since the last purchase is T − recency. */
  recency: number;
  T: number;
  /** Spend used for the M score: total value of all purchases. */
  totalValue: number;
}

/** Named RFM segments, from the best customers to the ones slipping away. */
export const rfmSegmentNames = [
  'champions',
  'loyal',
  'potential_loyalist',
  'new',
  'promising',
  'need_attention',
  'about_to_sleep',
  'at_risk',
  'cannot_lose',
  'hibernating',
] as const;
export type RfmSegmentName = (typeof rfmSegmentNames)[number];

export interface RfmSegmentRule {
  segment: RfmSegmentName;
  recencyScores: readonly number[];
  frequencyScores: readonly number[];
  description: string;
}

/**
 * The widely used recency × frequency segment grid: every (R, F) pair of
 * quintile scores belongs to exactly one segment (the monetary score is
 * reported but does not move the segment).
 */
export const rfmSegmentRules: readonly RfmSegmentRule[] = [
  {
    segment: 'champions',
    recencyScores: [5],
    frequencyScores: [4, 5],
    description: 'bought recently and often',
  },
  {
    segment: 'loyal',
    recencyScores: [3, 4],
    frequencyScores: [4, 5],
    description: 'buy often, fairly recently',
  },
  {
    segment: 'potential_loyalist',
    recencyScores: [4, 5],
    frequencyScores: [2, 3],
    description: 'recent, with a few purchases',
  },
  { segment: 'new', recencyScores: [5], frequencyScores: [1], description: 'first purchase very recently' },
  { segment: 'promising', recencyScores: [4], frequencyScores: [1], description: 'recent single purchase' },
  {
    segment: 'need_attention',
    recencyScores: [3],
    frequencyScores: [3],
    description: 'middling recency and frequency',
  },
  {
    segment: 'about_to_sleep',
    recencyScores: [3],
    frequencyScores: [1, 2],
    description: 'few purchases, fading',
  },
  {
    segment: 'at_risk',
    recencyScores: [1, 2],
    frequencyScores: [3, 4],
    description: 'bought often, long ago',
  },
  {
    segment: 'cannot_lose',
    recencyScores: [1, 2],
    frequencyScores: [5],
    description: 'best customers of the past, gone quiet',
  },
  {
    segment: 'hibernating',
    recencyScores: [1, 2],
    frequencyScores: [1, 2],
    description: 'few purchases, long ago',
  },
];

export interface RfmSegmentRow {
  personId: string;
  /** 1–5, 5 = most recent purchase. */
  recencyScore: number;
  /** 1–5, 5 = most repeat purchases. */
  frequencyScore: number;
  /** 1–5, 5 = highest total spend. */
  monetaryScore: number;
  /** The three scores as a code, e.g. "545". */
  rfm: string;
  segment: RfmSegmentName;
  /** Why: the scores and the rule that matched. */
  reason: string;
}

export interface RfmSegmentation {
  customers: RfmSegmentRow[];
  /** Customers per segment (every segment listed, 0 when empty). */
  segmentCounts: Record<RfmSegmentName, number>;
}

const SCORES = 5;

/**
 * Quintile RFM scores and named segments. Each score is the customer's
 * mid-rank percentile among all customers cut into fifths: ties get the same
 * score (so when most customers never bought twice, they share one frequency
 * score rather than being split arbitrarily). Recency is scored on days since
 * the last purchase (T − recency): more recent scores higher.
 */
export function segmentRfm(customers: readonly RfmSegmentInput[]): RfmSegmentation {
  const n = customers.length;
  const sinceLast = new Float64Array(n);
  const frequency = new Float64Array(n);
  const monetary = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const c = customers[i]!;
    for (const field of ['frequency', 'recency', 'T', 'totalValue'] as const) {
      if (!Number.isFinite(c[field])) {
        throw new ClvError({
          code: 'INVALID_CUSTOMER_DATA',
          index: i,
          field,
          message: `Customer row ${i}: ${field} = ${String(c[field])} must be a finite number; build the rows with summarizeRfm.`,
        });
      }
    }
    sinceLast[i] = -(c.T - c.recency);
    frequency[i] = c.frequency;
    monetary[i] = c.totalValue;
  }
  const r = quintileScores(sinceLast);
  const f = quintileScores(frequency);
  const m = quintileScores(monetary);
  const rule = new Map<string, RfmSegmentRule>();
  for (const candidate of rfmSegmentRules) {
    for (const rs of candidate.recencyScores)
      for (const fs of candidate.frequencyScores) rule.set(`${rs}${fs}`, candidate);
  }
  const segmentCounts = Object.fromEntries(rfmSegmentNames.map((name) => [name, 0])) as Record<
    RfmSegmentName,
    number
  >;
  const rows: RfmSegmentRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const matched = rule.get(`${r[i]}${f[i]}`)!;
    segmentCounts[matched.segment]++;
    rows[i] = {
      personId: customers[i]!.personId,
      recencyScore: r[i]!,
      frequencyScore: f[i]!,
      monetaryScore: m[i]!,
      rfm: `${r[i]}${f[i]}${m[i]}`,
      segment: matched.segment,
      reason: `R=${r[i]}, F=${f[i]} → ${matched.segment} (R ${range(matched.recencyScores)}, F ${range(matched.frequencyScores)}: ${matched.description})`,
    };
  }
  return { customers: rows, segmentCounts };
}

/** Score 1–5 from the mid-rank percentile (less + equal/2)/n, so ties share a score. */
function quintileScores(values: Float64Array): Uint8Array {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const scores = new Uint8Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]!] === values[order[start]!]) end++;
    const percentile = (start + (end - start) / 2) / n;
    const score = Math.min(SCORES, 1 + Math.floor(SCORES * percentile));
    for (let k = start; k < end; k++) scores[order[k]!] = score;
    start = end;
  }
  return scores;
}

function range(scores: readonly number[]): string {
  return scores.length === 1 ? `${scores[0]}` : `${scores[0]}–${scores[scores.length - 1]}`;
}

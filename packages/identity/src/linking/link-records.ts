import { IdentityError } from '../errors.js';
import {
  type BlockingIndex,
  type BlockingRule,
  blockRecords,
  buildBlockingIndex,
  type CandidatePairs,
  type LinkType,
} from '../model/block-records.js';
import { comparePairs } from '../model/compare-pairs.js';
import { type ComparisonSpec, compileComparison } from '../model/comparison.js';
import { defaultBlockingRules, defaultComparisons, NAME_CLOSE_JW } from '../model/default-settings.js';
import {
  type CompiledModel,
  comparisonSpecOf,
  compileModel,
  type FellegiSunterModel,
} from '../model/fellegi-sunter-model.js';
import {
  pairWeights,
  probabilityToWeight,
  scorePair,
  termFrequencyTable,
  weightToProbability,
} from '../model/score-pairs.js';
import { type TrainingSession, trainOnCandidates } from '../model/train-model.js';
import type { IdentityColumn, PreparedRecords } from '../records/prepare-records.js';
import { NumberTable } from '../tables/number-table.js';
import { CompareHelper, MIN_RECORDS_FOR_HELPER } from './compare-in-parallel.js';
import { DEFAULT_MERGE_LIMITS, MergeGuard, type MergeLimit } from './merge-protection.js';
import { UnionFind } from './union-find.js';

/**
 * Records equal on every column of a rule are linked outright (no model), in
 * rule order, subject to merge limits and the rule's own `guards`.
 */
export interface DeterministicRule {
  name: string;
  columns: readonly IdentityColumn[];
  guards?: readonly MergeLimit[];
}

/**
 * Strong identifiers, strongest first. An email alone links unless the first
 * names clearly differ (a household's shared address); a phone links only
 * with the same first name (after nicknames), so a family phone does not weld
 * the family into one person.
 */
export const DEFAULT_DETERMINISTIC_RULES: readonly DeterministicRule[] = [
  { name: 'same system customer id', columns: ['account'] },
  { name: 'same email', columns: ['email'], guards: [{ column: 'first_name', max: 1, match: 'name' }] },
  { name: 'same phone and first name', columns: ['phone', 'first_name_formal'] },
];

/**
 * Match probability at which a candidate pair becomes a link. 0.9: a link
 * must be nine times likelier a match than not; the FEBRL and fake_1000
 * benchmarks have their best F1 between 0.8 and 0.95.
 */
export const MATCH_THRESHOLD = 0.9;

/**
 * Chain guard: before two clusters merge (three or more records in all), up
 * to `sample` members of each side are scored against each other and the
 * merge goes ahead only if their mean match probability reaches
 * `minAverageProbability`. A chain A–B–C whose ends are strangers fails it
 * (A–C scores near 0), a real cluster of variants passes.
 */
export const CHAIN_GUARD = { sample: 5, minAverageProbability: 0.5 } as const;

/**
 * Household guard: when two records' first names do not clearly agree
 * (different names, an initial, a far spelling), the
 * evidence that family members share (surname, address, postal code, city,
 * phone, a family mailbox, an employer) does not count towards linking them;
 * the rest (birth date, a member number …) must reach the threshold alone.
 * Without it, a household's shared phone, address and surname outweigh any
 * first-name difference, since Fellegi–Sunter treats them as independent.
 */
export const HOUSEHOLD_GUARD: { comparison: string; sharedColumns: readonly IdentityColumn[] } = {
  comparison: 'first_name',
  sharedColumns: [
    'last_name',
    'address_line',
    'postal_code',
    'city',
    'region',
    'country',
    'phone',
    'email',
    'email_local',
    'company',
  ],
};

/** A deterministic rule with no more than this many anchors per key value: a busy key costs linear time. */
const MAX_ANCHORS_PER_KEY = 4;

export interface LinkRecordsOptions {
  linkType?: LinkType;
  comparisons?: readonly ComparisonSpec[];
  blockingRules?: readonly BlockingRule[];
  /** Default {@link DEFAULT_DETERMINISTIC_RULES}; `[]` for probabilistic linking only. */
  deterministicRules?: readonly DeterministicRule[];
  /** Default {@link DEFAULT_MERGE_LIMITS}. */
  mergeLimits?: readonly MergeLimit[];
  /** Link threshold on match probability. Default {@link MATCH_THRESHOLD}. */
  threshold?: number;
  /** A trained model to use as is; otherwise one is trained on these records. */
  model?: FellegiSunterModel;
  /** Chain guard settings, or false to cluster by plain connected components. */
  chainGuard?: { sample: number; minAverageProbability: number } | false;
  /** Household guard settings, or false to turn it off. Default {@link HOUSEHOLD_GUARD}. */
  householdGuard?: { comparison: string; sharedColumns: readonly IdentityColumn[] } | false;
  /**
   * Compare candidate pairs on a helper thread too, when the package is built,
   * the machine has two or more cores and there are at least
   * {@link MIN_RECORDS_FOR_HELPER} records. Default true; the results are the
   * same either way.
   */
  parallel?: boolean;
  /** At most this many records of one source per person (1 = one-to-one A×B linking). */
  maxRecordsPerSource?: number;
  /** Cannot-link pins: record index → tokens `pin * 2 + side`; records on two sides of a pin never merge. */
  pins?: ReadonlyMap<number, readonly number[]>;
  /** Random pairs for u estimation. */
  uSamplePairs?: number;
  seed?: number;
  maxBlockSize?: number;
}

/** One link that joined two clusters, with its evidence. */
export interface LinkEvidence {
  left: number;
  right: number;
  /** Deterministic rule name, or null for a probabilistic link. */
  rule: string | null;
  /** Match weight in bits (probabilistic links). */
  weight: number | null;
  probability: number | null;
}

export interface LinkResult {
  /** Cluster label per record: the smallest record index of its cluster. */
  clusters: Int32Array;
  /** The links that formed the clusters (a spanning forest), in the order they were made. */
  links: LinkEvidence[];
  model: FellegiSunterModel;
  /** Compiled model, for scoring and explaining further pairs. */
  compiled: CompiledModel;
  candidates: CandidatePairs;
  /** Match weight of every candidate pair. */
  weights: Float32Array;
  training: TrainingSession[];
  /** Merges refused, by reason (limit, guard, pin, chain guard). */
  blockedMerges: Record<string, number>;
  deterministicLinks: number;
  probabilisticLinks: number;
  /**
   * Milliseconds per phase, in the order they run: blocking, deterministic rules
   * (a helper thread compares meanwhile), comparing (what is left of it), training,
   * scoring, clustering.
   */
  timings: Record<'blocking' | 'comparing' | 'training' | 'scoring' | 'deterministic' | 'clustering', number>;
}

/**
 * Links prepared records into clusters of one person each: deterministic
 * rules first, then a Fellegi–Sunter model (trained here unless given) over
 * blocked candidate pairs, clustered greedily from the strongest link down
 * under merge protection and the chain guard.
 */
export function linkRecords(prepared: PreparedRecords, options: LinkRecordsOptions = {}): LinkResult {
  const threshold = options.threshold ?? MATCH_THRESHOLD;
  if (!(threshold > 0 && threshold < 1)) {
    throw new IdentityError({
      code: 'INVALID_IDENTITY_OPTIONS',
      message: `threshold must be a probability strictly between 0 and 1, got ${threshold}. Use e.g. 0.9.`,
    });
  }
  const n = prepared.size;
  const linkType = options.linkType ?? 'dedupe';
  const specs = options.model
    ? options.model.comparisons.map(comparisonSpecOf)
    : (options.comparisons ?? defaultComparisons(prepared));
  const rules = options.blockingRules ?? defaultBlockingRules(prepared);
  const clock = { at: performance.now() };
  const lap = () => {
    const now = performance.now();
    const ms = now - clock.at;
    clock.at = now;
    return Math.round(ms);
  };
  const timings = { blocking: 0, comparing: 0, training: 0, scoring: 0, deterministic: 0, clustering: 0 };
  // A helper thread loads the compared columns while this one blocks, then compares half the pairs.
  const helper = options.parallel === false ? null : CompareHelper.start(prepared, specs);
  let index: BlockingIndex;
  let candidates: CandidatePairs;
  let gammas: Uint8Array;
  const uf = new UnionFind(n);
  const guard = new MergeGuard(
    prepared,
    options.mergeLimits ?? DEFAULT_MERGE_LIMITS,
    options.pins,
    options.maxRecordsPerSource ?? Number.POSITIVE_INFINITY,
  );
  const links: LinkEvidence[] = [];
  const crossOnly = linkType === 'link';
  let deterministicLinks = 0;
  // A given model is compared as it is; otherwise its comparisons are compared, then trained.
  const given = options.model ? compileModel(options.model, prepared) : null;
  try {
    index = buildBlockingIndex(prepared, rules);
    candidates = blockRecords(prepared, index, { linkType, maxBlockSize: options.maxBlockSize });
    timings.blocking = lap();
    const compared = given ? given.comparisons : specs.map((s) => compileComparison(s, prepared));
    // With a helper thread, it compares while this thread applies the deterministic rules
    // (they need no comparison levels), then both finish the comparing.
    const pending = helper?.begin(candidates, compared) ?? null;
    // 1. Deterministic rules.
    for (const rule of options.deterministicRules ?? DEFAULT_DETERMINISTIC_RULES) {
      const { start, members } = groupByColumns(prepared, rule.columns);
      const anchors: number[] = [];
      for (let g = 0; g + 1 < start.length; g++) {
        anchors.length = 0;
        for (let m = start[g]!; m < start[g + 1]!; m++) {
          const r = members[m]!;
          let joined = false;
          for (const anchor of anchors) {
            if (crossOnly && prepared.sources[anchor] === prepared.sources[r]) continue;
            const ra = uf.find(anchor);
            const rb = uf.find(r);
            if (ra === rb) {
              joined = true;
              break;
            }
            if (!guard.canMerge(ra, rb, uf, rule.guards)) continue;
            guard.merge(ra, rb, uf);
            links.push({ left: anchor, right: r, rule: rule.name, weight: null, probability: null });
            deterministicLinks++;
            joined = true;
            break;
          }
          if (!joined && anchors.length < MAX_ANCHORS_PER_KEY) anchors.push(r);
        }
      }
    }
    timings.deterministic = lap();
    gammas = pending ? pending.finish() : comparePairs(candidates, compared);
    timings.comparing = lap();
  } finally {
    helper?.close();
  }
  let model: FellegiSunterModel;
  let training: TrainingSession[] = [];
  let compiled: CompiledModel;
  if (given) {
    model = given.model;
    compiled = given;
  } else {
    const trained = trainOnCandidates(prepared, specs, index, candidates, gammas, {
      linkType,
      uSamplePairs: options.uSamplePairs,
      seed: options.seed,
    });
    model = trained.model;
    training = trained.sessions;
    compiled = compileModel(model, prepared);
    timings.training = lap();
  }
  const C = compiled.comparisons.length;
  const weights = pairWeights(compiled, gammas, candidates.left, candidates.right, candidates.length);
  timings.scoring = lap();
  // 2. Probabilistic links, strongest first.
  const minWeight = probabilityToWeight(threshold);
  const order = strongestFirst(weights, minWeight);
  const chain = options.chainGuard === undefined ? CHAIN_GUARD : options.chainGuard;
  const household = options.householdGuard === undefined ? HOUSEHOLD_GUARD : options.householdGuard;
  const nameIndex = household
    ? compiled.comparisons.findIndex((c) => c.spec.name === household.comparison)
    : -1;
  // Levels where first names clearly agree: exact, same after nicknames, swapped with the surname, one typo apart.
  const nameAgrees = new Set<number>();
  if (nameIndex >= 0) {
    compiled.comparisons[nameIndex]!.spec.levels.forEach((l, k) => {
      if (
        l.kind === 'exact' ||
        l.kind === 'swapped' ||
        (l.kind === 'jaroWinkler' && l.min >= NAME_CLOSE_JW)
      ) {
        nameAgrees.add(k + 1);
      }
    });
  }
  const shared: readonly IdentityColumn[] = household ? household.sharedColumns : [];
  const personal = compiled.comparisons.map((c) => !shared.includes(c.spec.column));
  const tfTables = termFrequencyTable(compiled);
  /** Weight of a pair after the household guard: shared-household evidence dropped when first names differ. */
  const guardedWeight = (
    i: number,
    j: number,
    full: number,
    levels?: ArrayLike<number>,
    offset = 0,
  ): number => {
    if (nameIndex < 0) return full;
    const g = levels ? levels[offset + nameIndex]! : compiled.comparisons[nameIndex]!.compare(i, j);
    if (g === 0 || nameAgrees.has(g)) return full;
    let w = compiled.priorBits;
    for (let c = 0; c < C; c++) {
      if (!personal[c]) continue;
      const level = levels ? levels[offset + c]! : compiled.comparisons[c]!.compare(i, j);
      if (level === 0) continue;
      w += compiled.bits[c]![level]!;
      if (level === compiled.comparisons[c]!.termFrequencyLevel) {
        const code = compiled.comparisons[c]!.sharedCode(i, j);
        if (code >= 0) w += tfTables[c]![code]!;
      }
    }
    return w;
  };
  let householdBlocked = 0;
  let probabilisticLinks = 0;
  let chainBlocked = 0;
  for (const p of order) {
    const i = candidates.left[p]!;
    const j = candidates.right[p]!;
    const ri = uf.find(i);
    const rj = uf.find(j);
    if (ri === rj) continue;
    if (guardedWeight(i, j, weights[p]!, gammas, p * C) < minWeight) {
      householdBlocked++;
      continue;
    }
    if (!guard.canMerge(ri, rj, uf)) continue;
    if (chain && uf.size[ri]! + uf.size[rj]! >= 3) {
      const a = uf.members(i, chain.sample);
      const b = uf.members(j, chain.sample);
      let sum = 0;
      let count = 0;
      for (const x of a) {
        for (const y of b) {
          if (crossOnly && prepared.sources[x] === prepared.sources[y]) continue;
          sum +=
            x === i && y === j
              ? weightToProbability(weights[p]!)
              : weightToProbability(guardedWeight(x, y, scorePair(compiled, x, y)));
          count++;
        }
      }
      if (count > 0 && sum / count < chain.minAverageProbability) {
        chainBlocked++;
        continue;
      }
    }
    guard.merge(ri, rj, uf);
    links.push({
      left: i,
      right: j,
      rule: null,
      weight: weights[p]!,
      probability: weightToProbability(weights[p]!),
    });
    probabilisticLinks++;
  }
  const blockedMerges: Record<string, number> = Object.fromEntries(guard.blocked);
  if (chainBlocked > 0) blockedMerges['chain guard'] = chainBlocked;
  if (householdBlocked > 0) blockedMerges['household guard'] = householdBlocked;
  const clusters = uf.labels();
  timings.clustering = lap();
  return {
    timings,
    clusters,
    links,
    model,
    compiled,
    candidates,
    weights,
    training,
    blockedMerges,
    deterministicLinks,
    probabilisticLinks,
  };
}

/**
 * Records in descending weight (ties in pair order) among those with weight
 * at least `minWeight`: a stable radix sort on the float32 bits.
 */
function strongestFirst(weights: Float32Array, minWeight: number): Int32Array {
  let count = 0;
  for (let p = 0; p < weights.length; p++) if (weights[p]! >= minWeight) count++;
  let order = new Int32Array(count);
  let keys = new Uint32Array(count);
  const bits = new Uint32Array(weights.buffer, weights.byteOffset, weights.length);
  let q = 0;
  for (let p = 0; p < weights.length; p++) {
    if (!(weights[p]! >= minWeight)) continue;
    let b = bits[p]!;
    if (b === 0x80000000) b = 0; // -0 ties with +0
    // Ascending unsigned order of `sortable` is ascending float order; complemented for descending.
    const sortable = b & 0x80000000 ? ~b >>> 0 : (b | 0x80000000) >>> 0;
    keys[q] = ~sortable >>> 0;
    order[q++] = p;
  }
  let nextOrder = new Int32Array(count);
  let nextKeys = new Uint32Array(count);
  const counts = new Int32Array(256);
  for (let shift = 0; shift < 32; shift += 8) {
    counts.fill(0);
    for (let k = 0; k < count; k++) counts[(keys[k]! >>> shift) & 255]!++;
    let sum = 0;
    for (let d = 0; d < 256; d++) {
      const c = counts[d]!;
      counts[d] = sum;
      sum += c;
    }
    for (let k = 0; k < count; k++) {
      const at = counts[(keys[k]! >>> shift) & 255]!++;
      nextKeys[at] = keys[k]!;
      nextOrder[at] = order[k]!;
    }
    [keys, nextKeys] = [nextKeys, keys];
    [order, nextOrder] = [nextOrder, order];
  }
  return order;
}

/**
 * Record indices grouped by equal values on all `columns` (any value of a
 * multi-valued first column): groups of two or more, in order of their first
 * record, members in record order (`members[start[g]] … members[start[g + 1] - 1]`).
 */
function groupByColumns(
  prepared: PreparedRecords,
  columns: readonly IdentityColumn[],
): { start: Int32Array; members: Int32Array } {
  const cols = columns.map((c) => prepared.columns[c]);
  // Keys are exact integers (mixed radix over value codes) while the radix product stays below 2^52.
  const radix = cols.map((c) => c.values.length + 1);
  const numeric = radix.reduce((a, b) => a * b, 1) < 2 ** 52;
  const scale = numeric ? radix.slice(1).reduce((a, b) => a * b, 1) : 0;
  const numbers = new NumberTable();
  const texts = new Map<string, number>();
  // One column: its value codes index the group ids directly.
  const direct = cols.length === 1 ? new Int32Array(cols[0]!.values.length).fill(-1) : null;
  let directGroups = 0;
  const idOf = (key: number | string): number => {
    if (direct !== null) {
      const code = key as number;
      if (direct[code] === -1) direct[code] = directGroups++;
      return direct[code]!;
    }
    if (typeof key === 'number') return numbers.intern(key);
    let id = texts.get(key);
    if (id === undefined) {
      id = texts.size;
      texts.set(key, id);
    }
    return id;
  };
  // (record, group) memberships in record order, and group sizes.
  const recordOf: number[] = [];
  const groupOf: number[] = [];
  const sizes: number[] = [];
  const n = prepared.size;
  const first = cols[0]!;
  for (let r = 0; r < n; r++) {
    let tail = 0;
    let tailText = '';
    let ok = true;
    for (let k = 1; k < cols.length; k++) {
      const c = cols[k]!.codes[r]!;
      if (c < 0) {
        ok = false;
        break;
      }
      if (numeric) tail = tail * radix[k]! + c;
      else tailText += `|${c}`;
    }
    const c0 = first.codes[r]!;
    if (!ok || c0 < 0) continue;
    const more = first.more.get(r);
    const count = more ? 1 + more.length : 1;
    for (let v = 0; v < count; v++) {
      const c = v === 0 ? c0 : more![v - 1]!;
      const g = idOf(numeric ? c * scale + tail : `${c}${tailText}`);
      if (g === sizes.length) sizes.push(0);
      sizes[g]!++;
      recordOf.push(r);
      groupOf.push(g);
    }
  }
  // Groups of one are dropped; the rest keep their order.
  const slot = new Int32Array(sizes.length).fill(-1);
  let kept = 0;
  for (let g = 0; g < sizes.length; g++) if (sizes[g]! > 1) slot[g] = kept++;
  const start = new Int32Array(kept + 1);
  for (let g = 0; g < sizes.length; g++) if (slot[g]! >= 0) start[slot[g]! + 1] = sizes[g]!;
  for (let g = 0; g < kept; g++) start[g + 1]! += start[g]!;
  const members = new Int32Array(start[kept]!);
  const fill = start.slice(0, kept);
  for (let m = 0; m < recordOf.length; m++) {
    const g = slot[groupOf[m]!]!;
    if (g >= 0) members[fill[g]!++] = recordOf[m]!;
  }
  return { start, members };
}

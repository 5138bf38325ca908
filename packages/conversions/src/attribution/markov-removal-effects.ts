import { AttributionError } from './attribution-error.js';

/**
 * Most channels a Markov chain may have. The solve is a dense matrix inverse,
 * O(k³) in the number of channels k: a few hundred milliseconds at this size
 * (see `bench/src/attribution.ts`), seconds at 1000. Beyond it, group channels
 * coarser (by platform instead of platform and campaign).
 */
export const MAX_MARKOV_CHANNELS = 500;

/**
 * Transition counts of a first-order Markov chain over journeys. State 0 is
 * the start, states 1..k are channels; each row also counts the two absorbing
 * ends, conversion (column k + 1) and null (column k + 2).
 */
export interface TransitionCounts {
  readonly channelCount: number;
  readonly counts: Float64Array;
  convertingPaths: number;
  nonConvertingPaths: number;
}

export function createTransitionCounts(channelCount: number): TransitionCounts {
  if (channelCount > MAX_MARKOV_CHANNELS) {
    throw new AttributionError({
      code: 'INVALID_OPTIONS',
      field: 'options.markovChannel',
      message: `The Markov chain would have ${channelCount} channels, more than ${MAX_MARKOV_CHANNELS}; group channels by platform (markovChannel: 'platform') or fold rare campaigns together.`,
    });
  }
  const n = channelCount + 1;
  return { channelCount, counts: new Float64Array(n * (n + 2)), convertingPaths: 0, nonConvertingPaths: 0 };
}

/** Adds one journey (channel states 1..k, oldest first); empty journeys are not part of the chain. */
export function addJourney(chain: TransitionCounts, states: readonly number[], converted: boolean): void {
  if (states.length === 0) return;
  const width = chain.channelCount + 3;
  let from = 0;
  for (const to of states) {
    chain.counts[from * width + to]! += 1;
    from = to;
  }
  chain.counts[from * width + chain.channelCount + (converted ? 1 : 2)]! += 1;
  if (converted) chain.convertingPaths++;
  else chain.nonConvertingPaths++;
}

export interface SolvedRemovalEffects {
  /** Probability that a journey from the start ends in a conversion. */
  conversionProbability: number;
  /** Index c (1..k): relative drop of the conversion probability when channel c is removed; index 0 unused. */
  removalEffects: Float64Array;
}

/**
 * Removal effects of every channel of the chain.
 *
 * With Q the transitions among transient states (start and channels), r the
 * one-step conversion probabilities, N = (I − Q)⁻¹ and x = N r (x_s: the
 * probability of converting from state s), removing channel c (sending every
 * visit to it to null) leaves the conversion probability x_0 − h_c·x_c, where
 * h_c = N[0][c] / N[c][c] is the probability of ever reaching c from the start.
 * So the removal effect is h_c·x_c / x_0 — one inverse for all channels
 * instead of one solve per removed channel.
 */
export function solveRemovalEffects(chain: TransitionCounts): SolvedRemovalEffects {
  const k = chain.channelCount;
  const n = k + 1;
  const width = k + 3;
  const { counts } = chain;
  // a = I − Q (row-major n × n), r = one-step conversion probabilities.
  const a = new Float64Array(n * n);
  const r = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let total = 0;
    for (let j = 0; j < width; j++) total += counts[i * width + j]!;
    a[i * n + i] = 1;
    if (total === 0) continue;
    for (let j = 0; j < n; j++) a[i * n + j]! -= counts[i * width + j]! / total;
    r[i] = counts[i * width + k + 1]! / total;
  }
  const inverse = invert(a, n);
  const x = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += inverse[i * n + j]! * r[j]!;
    x[i] = sum;
  }
  const conversionProbability = x[0]!;
  const removalEffects = new Float64Array(n);
  if (conversionProbability > 0) {
    for (let c = 1; c < n; c++) {
      const reach = inverse[c]! / inverse[c * n + c]!;
      removalEffects[c] = Math.min(1, Math.max(0, (reach * x[c]!) / conversionProbability));
    }
  }
  return { conversionProbability: Math.min(1, Math.max(0, conversionProbability)), removalEffects };
}

/**
 * Gauss–Jordan inverse with partial pivoting. I − Q of an absorbing chain is
 * weakly diagonally dominant and non-singular (every visited state reaches an
 * end), so this is stable.
 */
function invert(matrix: Float64Array, n: number): Float64Array {
  const a = Float64Array.from(matrix);
  const inv = new Float64Array(n * n);
  for (let i = 0; i < n; i++) inv[i * n + i] = 1;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let row = col + 1; row < n; row++) {
      if (Math.abs(a[row * n + col]!) > Math.abs(a[pivot * n + col]!)) pivot = row;
    }
    if (pivot !== col) {
      swapRows(a, n, pivot, col);
      swapRows(inv, n, pivot, col);
    }
    // Columns left of `col` are already zero in every row but their own pivot row.
    const p = a[col * n + col]!;
    for (let j = col; j < n; j++) a[col * n + j]! /= p;
    for (let j = 0; j < n; j++) inv[col * n + j]! /= p;
    for (let row = 0; row < n; row++) {
      const f = a[row * n + col]!;
      if (row === col || f === 0) continue;
      for (let j = col; j < n; j++) a[row * n + j]! -= f * a[col * n + j]!;
      for (let j = 0; j < n; j++) inv[row * n + j]! -= f * inv[col * n + j]!;
    }
  }
  return inv;
}

function swapRows(m: Float64Array, n: number, i: number, j: number): void {
  for (let c = 0; c < n; c++) {
    const t = m[i * n + c]!;
    m[i * n + c] = m[j * n + c]!;
    m[j * n + c] = t;
  }
}

/** Removal effects normalised to shares that sum to 1 (all 0 when no channel has an effect). */
export function sharesOf(removalEffects: Float64Array): Float64Array {
  let total = 0;
  for (let c = 1; c < removalEffects.length; c++) total += removalEffects[c]!;
  const shares = new Float64Array(removalEffects.length);
  if (total > 0) for (let c = 1; c < shares.length; c++) shares[c] = removalEffects[c]! / total;
  return shares;
}

export interface MarkovChannelEffect {
  channel: string;
  /** Relative drop of the conversion probability when the channel is removed, 0..1. */
  removalEffect: number;
  /** removalEffect divided by the sum over all channels. */
  share: number;
}

export interface MarkovRemovalEffects {
  /** Probability that a journey converts, from the fitted chain. */
  conversionProbability: number;
  convertingPaths: number;
  nonConvertingPaths: number;
  /** Sorted by channel name. */
  channels: MarkovChannelEffect[];
}

/**
 * Fits a first-order Markov chain (start → channels → conversion | null) to
 * journeys given as channel names, oldest first, and returns each channel's
 * removal effect and share. Empty journeys are ignored.
 */
export function markovRemovalEffects(journeys: {
  converting: readonly (readonly string[])[];
  nonConverting: readonly (readonly string[])[];
}): MarkovRemovalEffects {
  const names = new Set<string>();
  for (const group of [journeys.converting, journeys.nonConverting]) {
    for (const journey of group) {
      for (const channel of journey) {
        if (typeof channel !== 'string') {
          throw new AttributionError({
            code: 'INVALID_ATTRIBUTION_INPUT',
            field: 'journeys',
            message: `A journey holds ${JSON.stringify(channel)} where a channel name was expected; give journeys as arrays of channel names.`,
          });
        }
        names.add(channel);
      }
    }
  }
  const channels = [...names].sort();
  const index = new Map(channels.map((name, i) => [name, i + 1]));
  const chain = createTransitionCounts(channels.length);
  for (const journey of journeys.converting)
    addJourney(
      chain,
      journey.map((c) => index.get(c)!),
      true,
    );
  for (const journey of journeys.nonConverting)
    addJourney(
      chain,
      journey.map((c) => index.get(c)!),
      false,
    );
  const { conversionProbability, removalEffects } = solveRemovalEffects(chain);
  const shares = sharesOf(removalEffects);
  return {
    conversionProbability,
    convertingPaths: chain.convertingPaths,
    nonConvertingPaths: chain.nonConvertingPaths,
    channels: channels.map((channel, i) => ({
      channel,
      removalEffect: removalEffects[i + 1]!,
      share: shares[i + 1]!,
    })),
  };
}

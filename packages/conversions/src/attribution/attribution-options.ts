import { AttributionError } from './attribution-error.js';

/** Attribution models `attribute` runs; the value lands in `AttributionResult.model`. */
export const attributionModels = [
  'last_click',
  'first_click',
  'linear',
  'time_decay',
  'position_based',
  'markov',
] as const;
export type AttributionModel = (typeof attributionModels)[number];

/**
 * What a "channel" (a state of the Markov chain) is: the platform alone, or the
 * platform and campaign together. Campaign-level chains need more data per
 * state to be stable; platform-level is the default.
 */
export const markovChannelGroupings = ['platform', 'platform_campaign'] as const;
export type MarkovChannelGrouping = (typeof markovChannelGroupings)[number];

/**
 * Default lookback: 30 days, the default click-through conversion window of
 * Google Ads, so results line up with what the client sees in the platform.
 */
export const DEFAULT_LOOKBACK_DAYS = 30;

/** Default half-life of the time-decay model: 7 days, as in Google Ads' time-decay model. */
export const DEFAULT_HALF_LIFE_DAYS = 7;

/**
 * Default position-based split: 40 % to the first touch, 40 % to the last, the
 * remaining 20 % spread evenly over the touches in between (the usual
 * "U-shaped" model of Google Analytics and Google Ads).
 */
export const DEFAULT_POSITION_WEIGHTS: Readonly<{ first: number; last: number }> = Object.freeze({
  first: 0.4,
  last: 0.4,
});

export const MS_PER_DAY = 86_400_000;

/** Floating-point slack when checking that `first + last` does not exceed 1. */
const WEIGHT_SUM_TOLERANCE = 1e-12;

function invalid(field: string, message: string): AttributionError {
  return new AttributionError({ code: 'INVALID_OPTIONS', field, message });
}

/** Lookback in milliseconds; throws INVALID_OPTIONS when it is not a finite number ≥ 0. */
export function resolveLookbackMs(lookbackDays: number | undefined): number {
  const days = lookbackDays ?? DEFAULT_LOOKBACK_DAYS;
  if (typeof days !== 'number' || !Number.isFinite(days) || days < 0) {
    throw invalid(
      'options.lookbackDays',
      `lookbackDays must be a finite number of days ≥ 0 (got ${String(days)}); leave it out for the default of ${DEFAULT_LOOKBACK_DAYS}.`,
    );
  }
  return days * MS_PER_DAY;
}

export function resolveModel(model: unknown): AttributionModel {
  if (!attributionModels.includes(model as AttributionModel)) {
    throw invalid(
      'options.model',
      `Unknown attribution model ${JSON.stringify(model)}; use one of ${attributionModels.join(', ')}.`,
    );
  }
  return model as AttributionModel;
}

export function resolveHalfLifeMs(halfLifeDays: number | undefined): number {
  const days = halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (typeof days !== 'number' || !Number.isFinite(days) || days <= 0) {
    throw invalid(
      'options.halfLifeDays',
      `halfLifeDays must be a finite number of days > 0 (got ${String(days)}); leave it out for the default of ${DEFAULT_HALF_LIFE_DAYS}.`,
    );
  }
  return days * MS_PER_DAY;
}

export function resolvePositionWeights(
  weights: { first: number; last: number } | undefined,
): Readonly<{ first: number; last: number }> {
  const resolved = weights ?? DEFAULT_POSITION_WEIGHTS;
  const { first, last } = resolved;
  const inUnit = (x: unknown) => typeof x === 'number' && Number.isFinite(x) && x >= 0 && x <= 1;
  if (!inUnit(first) || !inUnit(last) || first + last > 1 + WEIGHT_SUM_TOLERANCE) {
    throw invalid(
      'options.positionWeights',
      `positionWeights needs first and last between 0 and 1 with first + last ≤ 1 (got first ${String(first)}, last ${String(last)}); the middle touches share 1 − first − last. Example: { first: 0.4, last: 0.4 }.`,
    );
  }
  return resolved;
}

export function resolveChannelGrouping(grouping: unknown): MarkovChannelGrouping {
  const value = grouping ?? 'platform';
  if (!markovChannelGroupings.includes(value as MarkovChannelGrouping)) {
    throw invalid(
      'options.markovChannel',
      `Unknown markovChannel ${JSON.stringify(value)}; use one of ${markovChannelGroupings.join(', ')}.`,
    );
  }
  return value as MarkovChannelGrouping;
}

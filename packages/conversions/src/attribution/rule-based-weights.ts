import type { AttributionModel } from './attribution-options.js';

export type RuleBasedModel = Exclude<AttributionModel, 'markov'>;

export interface RuleBasedSettings {
  halfLifeMs: number;
  positionWeights: Readonly<{ first: number; last: number }>;
}

/**
 * Weights of the touches of one path (times oldest first, ties already
 * ordered) under a rule-based model; they sum to 1 for a non-empty path.
 *
 * - last_click / first_click: everything to the last / first touch.
 * - linear: 1/n each.
 * - time_decay: proportional to 2^(−age / half-life), age measured back from
 *   the conversion (computed from the newest touch, which gives the same ratios
 *   and cannot underflow to all zeros).
 * - position_based: `first` to the first touch, `last` to the last, the rest
 *   spread evenly over the middle. With two touches, first and last split the
 *   whole in the ratio first : last (even when both are 0); one touch gets 1.
 */
export function ruleBasedWeights(
  model: RuleBasedModel,
  times: readonly number[],
  settings: RuleBasedSettings,
): number[] {
  const n = times.length;
  const weights = new Array<number>(n).fill(0);
  if (n === 0) return weights;
  switch (model) {
    case 'last_click':
      weights[n - 1] = 1;
      return weights;
    case 'first_click':
      weights[0] = 1;
      return weights;
    case 'linear':
      return weights.fill(1 / n);
    case 'time_decay': {
      const newest = times[n - 1]!;
      let sum = 0;
      for (let i = 0; i < n; i++) {
        const w = 2 ** (-(newest - times[i]!) / settings.halfLifeMs);
        weights[i] = w;
        sum += w;
      }
      for (let i = 0; i < n; i++) weights[i]! /= sum;
      return weights;
    }
    case 'position_based': {
      const { first, last } = settings.positionWeights;
      if (n === 1) {
        weights[0] = 1;
      } else if (n === 2) {
        const ends = first + last;
        weights[0] = ends > 0 ? first / ends : 0.5;
        weights[1] = ends > 0 ? last / ends : 0.5;
      } else {
        const middle = Math.max(0, 1 - first - last) / (n - 2);
        weights.fill(middle);
        weights[0] = first;
        weights[n - 1] = last;
      }
      return weights;
    }
  }
}

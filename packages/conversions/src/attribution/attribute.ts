import type { AttributionResult } from '../schema/conversion-schema.js';
import {
  type AttributionModel,
  type MarkovChannelGrouping,
  resolveChannelGrouping,
  resolveHalfLifeMs,
  resolveLookbackMs,
  resolveModel,
  resolvePositionWeights,
} from './attribution-options.js';
import { type ChannelTouch, fitMarkovWeights, type MarkovEvidence } from './markov-path-weights.js';
import { type MatchedBy, matchPreparedPaths, type PreparedStep } from './match-touchpoints.js';
import { type AttributableConversion, type AttributableTouchpoint, prepareInputs } from './prepare-inputs.js';
import { ruleBasedWeights } from './rule-based-weights.js';

export interface AttributeOptions {
  model: AttributionModel;
  /** Days before a conversion in which the person's touchpoints count; default 30. */
  lookbackDays?: number;
  /** time_decay: days after which a touch's weight halves; default 7. */
  halfLifeDays?: number;
  /** position_based: shares of the first and last touch; the middle gets the rest. Default 0.4 / 0.4. */
  positionWeights?: { first: number; last: number };
  /** markov: what a channel (chain state) is; default 'platform'. */
  markovChannel?: MarkovChannelGrouping;
  /**
   * markov: journeys that did not convert. Left out, they are derived from the
   * touchpoints: those in no conversion's path and not followed by a conversion
   * of the same person within the lookback, one journey per person until a gap
   * longer than the lookback (a touchpoint without a person is its own journey).
   */
  nonConvertingPaths?: readonly (readonly ChannelTouch[])[];
}

export interface AttributedConversion {
  conversionId: string;
  value: number;
  /** One result per credited touchpoint, oldest first; the weights sum to 1. Fits `Conversion.attribution`. */
  attribution: AttributionResult[];
  /** Every touchpoint of the path, oldest first, and how it was matched, credited or not. */
  path: { touchpointId: string; matchedBy: MatchedBy }[];
}

/**
 * Why a conversion got no credit: it carries neither a click id nor a person
 * id, or it carries one but no touchpoint matched.
 */
export type UnattributedReason = 'no_click_id_or_person' | 'no_matching_touchpoint';

export interface UnattributedConversion {
  conversionId: string;
  value: number;
  reason: UnattributedReason;
  /** Always empty, so unattributed conversions can go to attributionReport alongside attributed ones. */
  attribution: AttributionResult[];
}

export interface AttributionOutcome {
  model: AttributionModel;
  /** Conversions with credit, in input order. */
  conversions: AttributedConversion[];
  /** Conversions without any matching touchpoint, in input order. */
  unattributed: UnattributedConversion[];
  /** markov only: removal effects and shares per channel, path counts. */
  markov: MarkovEvidence | null;
}

/**
 * Credits each conversion to the touchpoints of its path (see
 * matchTouchpoints) under one model. Every attributed conversion's weights sum
 * to 1; touchpoints at the same instant are ordered by touchpointId, so the
 * result does not depend on input order. Conversions with no touchpoint are
 * listed in `unattributed` with the reason.
 */
export function attribute(
  conversions: readonly AttributableConversion[],
  touchpoints: readonly AttributableTouchpoint[],
  options: AttributeOptions,
): AttributionOutcome {
  // Every option is checked before any work is done.
  const model = resolveModel(options.model);
  const lookbackMs = resolveLookbackMs(options.lookbackDays);
  const grouping = model === 'markov' ? resolveChannelGrouping(options.markovChannel) : null;
  const settings = {
    halfLifeMs: resolveHalfLifeMs(options.halfLifeDays),
    positionWeights: resolvePositionWeights(options.positionWeights),
  };
  const inputs = prepareInputs(conversions, touchpoints);
  const paths = matchPreparedPaths(inputs, lookbackMs);

  let weightsOf: (steps: readonly PreparedStep<AttributableTouchpoint>[]) => number[];
  let markov: MarkovEvidence | null = null;
  if (model === 'markov') {
    const fitted = fitMarkovWeights(inputs, paths, lookbackMs, grouping!, options.nonConvertingPaths);
    markov = fitted.evidence;
    weightsOf = fitted.weightsOf;
  } else {
    weightsOf = (steps) =>
      ruleBasedWeights(
        model,
        steps.map((step) => step.touchpoint.time),
        settings,
      );
  }

  const attributed: AttributedConversion[] = [];
  const unattributed: UnattributedConversion[] = [];
  inputs.conversions.forEach((conversion, i) => {
    const steps = paths[i]!;
    if (steps.length === 0) {
      unattributed.push({
        conversionId: conversion.id,
        value: conversion.value,
        reason:
          conversion.userId === null && conversion.clickKeys.length === 0
            ? 'no_click_id_or_person'
            : 'no_matching_touchpoint',
        attribution: [],
      });
      return;
    }
    const weights = weightsOf(steps);
    const results: AttributionResult[] = [];
    steps.forEach(({ touchpoint }, j) => {
      const weight = weights[j]!;
      if (weight > 0) {
        results.push({
          platform: touchpoint.platform,
          campaign: touchpoint.campaign,
          model,
          weight,
          touchpointId: touchpoint.id,
        });
      }
    });
    attributed.push({
      conversionId: conversion.id,
      value: conversion.value,
      attribution: results,
      path: steps.map((step) => ({ touchpointId: step.touchpoint.id, matchedBy: step.matchedBy })),
    });
  });
  return { model, conversions: attributed, unattributed, markov };
}

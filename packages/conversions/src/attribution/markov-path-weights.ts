import { AttributionError } from './attribution-error.js';
import type { MarkovChannelGrouping } from './attribution-options.js';
import {
  addJourney,
  createTransitionCounts,
  sharesOf,
  solveRemovalEffects,
} from './markov-removal-effects.js';
import type { PreparedStep } from './match-touchpoints.js';
import { deriveNonConvertingJourneys } from './non-converting-journeys.js';
import type { PreparedInputs, PreparedTouchpoint } from './prepare-inputs.js';

/** A touch of a journey that did not convert, for `nonConvertingPaths`. */
export interface ChannelTouch {
  platform: string;
  campaign?: string | null;
}

/** What the Markov model fitted: the evidence behind its weights. */
export interface MarkovEvidence {
  channelGrouping: MarkovChannelGrouping;
  /** `given`: from `nonConvertingPaths`; `derived`: from touchpoints no conversion followed. */
  nonConvertingSource: 'given' | 'derived';
  convertingPaths: number;
  nonConvertingPaths: number;
  /** Probability that a journey converts, from the fitted chain. */
  conversionProbability: number;
  /** Sorted by platform, then campaign; `campaign` is null when grouping by platform. */
  channels: { platform: string; campaign: string | null; removalEffect: number; share: number }[];
}

export interface MarkovWeights<T> {
  evidence: MarkovEvidence;
  /** Weights of one converting path's steps; they sum to 1. */
  weightsOf(steps: readonly PreparedStep<T>[]): number[];
}

function channelKey(grouping: MarkovChannelGrouping, platform: string, campaign: string | null): string {
  return grouping === 'platform' ? platform : `${platform}\u0000${campaign ?? ''}`;
}

/**
 * Fits the Markov chain to the converting paths (every non-empty path) and
 * the non-converting journeys, and returns how to split a conversion over its
 * path: each distinct channel of the path gets its removal-effect share,
 * renormalised over the channels present in that path, and a channel's part is
 * split evenly over its touches in the path. When a path holds every channel
 * the chain knows, the weights are the shares themselves.
 */
export function fitMarkovWeights<C, T>(
  inputs: PreparedInputs<C, T>,
  paths: readonly (readonly PreparedStep<T>[])[],
  lookbackMs: number,
  grouping: MarkovChannelGrouping,
  nonConvertingPaths: readonly (readonly ChannelTouch[])[] | undefined,
): MarkovWeights<T> {
  const channels = new Map<string, { platform: string; campaign: string | null }>();
  const keyOf = (platform: string, campaign: string | null) => {
    const key = channelKey(grouping, platform, campaign);
    if (!channels.has(key))
      channels.set(key, { platform, campaign: grouping === 'platform' ? null : campaign });
    return key;
  };
  // Each touchpoint's channel key is worked out once.
  const keyOfIndex = new Array<string | undefined>(inputs.touchpoints.length);
  const touchpointKey = (t: PreparedTouchpoint<T>) => {
    keyOfIndex[t.index] ??= keyOf(t.platform, t.campaign);
    return keyOfIndex[t.index]!;
  };

  const converting = paths.map((path) => path.map((step) => touchpointKey(step.touchpoint)));
  let nonConverting: string[][];
  if (nonConvertingPaths === undefined) {
    const used = new Uint8Array(inputs.touchpoints.length);
    for (const path of paths) for (const step of path) used[step.touchpoint.index] = 1;
    nonConverting = deriveNonConvertingJourneys(inputs, used, lookbackMs).map((journey) =>
      journey.map(touchpointKey),
    );
  } else {
    nonConverting = nonConvertingPaths.map((journey, i) =>
      journey.map((touch, j) => {
        if (typeof touch?.platform !== 'string' || touch.platform.length === 0) {
          throw new AttributionError({
            code: 'INVALID_OPTIONS',
            field: `options.nonConvertingPaths[${i}][${j}].platform`,
            message: `Non-converting path ${i}, touch ${j} has no platform; give each touch as { platform, campaign }.`,
          });
        }
        const campaign =
          typeof touch.campaign === 'string' && touch.campaign.length > 0 ? touch.campaign : null;
        return keyOf(touch.platform, campaign);
      }),
    );
  }

  // Sorted keys give the chain a canonical state order, so the floating-point
  // work, and with it every weight, is the same whatever the input order.
  const keys = [...channels.keys()].sort();
  const stateOf = new Map(keys.map((key, i) => [key, i + 1]));
  const statesOf = (journey: readonly string[]) => journey.map((key) => stateOf.get(key)!);
  const chain = createTransitionCounts(keys.length);
  for (const journey of converting) addJourney(chain, statesOf(journey), true);
  for (const journey of nonConverting) addJourney(chain, statesOf(journey), false);
  const { conversionProbability, removalEffects } = solveRemovalEffects(chain);
  const shares = sharesOf(removalEffects);
  const stateOfIndex = new Int32Array(inputs.touchpoints.length);
  keyOfIndex.forEach((key, index) => {
    stateOfIndex[index] = stateOf.get(key!)!;
  });
  /** Touches per state in the path being weighed; reset after each path. */
  const touches = new Uint32Array(keys.length + 1);

  return {
    evidence: {
      channelGrouping: grouping,
      nonConvertingSource: nonConvertingPaths === undefined ? 'derived' : 'given',
      convertingPaths: chain.convertingPaths,
      nonConvertingPaths: chain.nonConvertingPaths,
      conversionProbability,
      channels: keys.map((key, i) => ({
        ...channels.get(key)!,
        removalEffect: removalEffects[i + 1]!,
        share: shares[i + 1]!,
      })),
    },
    weightsOf(steps) {
      const states = steps.map((step) => stateOfIndex[step.touchpoint.index]!);
      let present = 0;
      for (const state of states) {
        if (touches[state] === 0) present += shares[state]!;
        touches[state]! += 1;
      }
      // In exact arithmetic every channel of a converting path has a positive
      // removal effect; an even split only guards against underflow.
      const weights =
        present > 0
          ? states.map((state) => shares[state]! / present / touches[state]!)
          : states.map(() => 1 / states.length);
      for (const state of states) touches[state] = 0;
      return weights;
    },
  };
}

import { resolveLookbackMs } from './attribution-options.js';
import { lowerBound } from './lower-bound.js';
import {
  type AttributableConversion,
  type AttributableTouchpoint,
  compareTouchpoints,
  type PreparedInputs,
  type PreparedTouchpoint,
  prepareInputs,
} from './prepare-inputs.js';

/** How a touchpoint joined a conversion's path. */
export type MatchedBy = 'click_id' | 'person';

export interface PathTouchpoint<T> {
  touchpoint: T;
  matchedBy: MatchedBy;
}

export interface ConversionPath<C, T> {
  conversion: C;
  /** Oldest first (ties by touchpointId); empty when nothing matched. */
  touchpoints: PathTouchpoint<T>[];
}

export interface MatchOptions {
  /** Days before a conversion in which the person's touchpoints count; default DEFAULT_LOOKBACK_DAYS (30). */
  lookbackDays?: number;
}

export interface PreparedStep<T> {
  readonly touchpoint: PreparedTouchpoint<T>;
  readonly matchedBy: MatchedBy;
}

/**
 * The path of every prepared conversion (same order), as steps in touch order.
 *
 * 1. Click id: touchpoints carrying one of the conversion's click ids (same
 *    kind, same value) at or before the conversion. They join whatever their
 *    age and whether or not they carry a person id: the conversion record
 *    itself names the click. The latest of them ends the path.
 * 2. Person: touchpoints with the conversion's `userId`, at most `lookbackMs`
 *    before the conversion and not after it, and, when there is a click-id
 *    anchor, not after the anchor (the click the conversion names is taken as
 *    the last touch before it).
 *
 * A touchpoint later than the conversion never joins.
 */
export function matchPreparedPaths<C, T>(
  inputs: PreparedInputs<C, T>,
  lookbackMs: number,
): PreparedStep<T>[][] {
  const { byClickId, byPerson } = inputs;
  return inputs.conversions.map((conversion) => {
    const steps: PreparedStep<T>[] = [];
    let anchor: PreparedTouchpoint<T> | undefined; // the latest click-id match
    for (const key of conversion.clickKeys) {
      for (const touchpoint of byClickId.get(key) ?? []) {
        if (touchpoint.time > conversion.time) break; // lists are in touch order
        if (isAnchor(steps, steps.length, touchpoint)) continue; // carries two of the conversion's click ids
        steps.push({ touchpoint, matchedBy: 'click_id' });
        if (anchor === undefined || compareTouchpoints(touchpoint, anchor) > 0) anchor = touchpoint;
      }
    }
    const anchors = steps.length;

    const own = conversion.userId === null ? undefined : byPerson.get(conversion.userId);
    if (own !== undefined) {
      const from = conversion.time - lookbackMs;
      for (let i = lowerBound(own.length, (j) => own[j]!.time < from); i < own.length; i++) {
        const touchpoint = own[i]!;
        if (touchpoint.time > conversion.time) break;
        if (anchor !== undefined && compareTouchpoints(touchpoint, anchor) > 0) break;
        if (!isAnchor(steps, anchors, touchpoint)) steps.push({ touchpoint, matchedBy: 'person' });
      }
    }
    if (anchors > 0) steps.sort((a, b) => compareTouchpoints(a.touchpoint, b.touchpoint));
    return steps;
  });
}

/** Whether one of the first `anchors` steps is this touchpoint. */
function isAnchor<T>(
  steps: readonly PreparedStep<T>[],
  anchors: number,
  touchpoint: PreparedTouchpoint<T>,
): boolean {
  for (let i = 0; i < anchors; i++) if (steps[i]!.touchpoint === touchpoint) return true;
  return false;
}

/**
 * Matches touchpoints to conversions and returns each conversion's path, in
 * the order the conversions were given (an empty path when nothing matched).
 *
 * A touchpoint carrying one of the conversion's click ids (same kind and value)
 * anchors the path: it joins whatever its age or person, and the latest such
 * touchpoint ends the path. Then the touchpoints of the conversion's person
 * (`userId`) within `lookbackDays` before the conversion join, up to the
 * anchor. Touchpoints after the conversion never join; touchpoints at the
 * same instant do. Throws AttributionError (INVALID_ATTRIBUTION_INPUT) on
 * duplicate ids or timestamps without a zone, INVALID_OPTIONS on a bad lookback.
 */
export function matchTouchpoints<C extends AttributableConversion, T extends AttributableTouchpoint>(
  conversions: readonly C[],
  touchpoints: readonly T[],
  options: MatchOptions = {},
): ConversionPath<C, T>[] {
  const lookbackMs = resolveLookbackMs(options.lookbackDays);
  const inputs = prepareInputs(conversions, touchpoints);
  const paths = matchPreparedPaths(inputs, lookbackMs);
  return inputs.conversions.map((conversion, i) => ({
    conversion: conversion.source,
    touchpoints: paths[i]!.map((step) => ({ touchpoint: step.touchpoint.source, matchedBy: step.matchedBy })),
  }));
}

import { lowerBound } from './lower-bound.js';
import type { PreparedInputs, PreparedTouchpoint } from './prepare-inputs.js';

/**
 * Journeys that did not convert, derived from the touchpoints themselves (used
 * by the Markov model when no `nonConvertingPaths` are given).
 *
 * A touchpoint is non-converting when it is in no conversion's path and no
 * conversion of the same person follows it within the lookback (at the same
 * instant or later). Such touchpoints of one person, in time order, form one
 * journey until a gap longer than the lookback starts the next; a touchpoint
 * without a person is a journey of its own. Touchpoints excluded from a path
 * only because they fell between a click-id anchor and the conversion are
 * followed by that conversion, so they are in neither kind of journey.
 */
export function deriveNonConvertingJourneys<C, T>(
  inputs: PreparedInputs<C, T>,
  /** 1 at the input index of every touchpoint on a converting path. */
  used: Uint8Array,
  lookbackMs: number,
): PreparedTouchpoint<T>[][] {
  const conversionTimes = new Map<string, number[]>();
  for (const conversion of inputs.conversions) {
    if (conversion.userId === null) continue;
    const times = conversionTimes.get(conversion.userId);
    if (times) times.push(conversion.time);
    else conversionTimes.set(conversion.userId, [conversion.time]);
  }
  for (const times of conversionTimes.values()) times.sort((a, b) => a - b);

  // Journeys only feed transition counts, so their order does not matter.
  const journeys: PreparedTouchpoint<T>[][] = [];
  for (const touchpoint of inputs.touchpoints) {
    if (touchpoint.userId === null && used[touchpoint.index] !== 1) journeys.push([touchpoint]);
  }
  for (const [person, touchpoints] of inputs.byPerson) {
    const times = conversionTimes.get(person);
    let journey: PreparedTouchpoint<T>[] | undefined;
    for (const touchpoint of touchpoints) {
      if (used[touchpoint.index] === 1) continue;
      if (times !== undefined && convertsWithin(times, touchpoint.time, lookbackMs)) continue;
      if (journey !== undefined && touchpoint.time - journey[journey.length - 1]!.time <= lookbackMs) {
        journey.push(touchpoint);
      } else {
        journey = [touchpoint];
        journeys.push(journey);
      }
    }
  }
  return journeys;
}

/** Whether a conversion time lies in [time, time + lookbackMs] (times sorted ascending). */
function convertsWithin(times: readonly number[], time: number, lookbackMs: number): boolean {
  const next = lowerBound(times.length, (i) => times[i]! < time);
  return next < times.length && times[next]! <= time + lookbackMs;
}

import { describe, expect, test } from 'vitest';
import { DEFAULT_POSITION_WEIGHTS, MS_PER_DAY } from './attribution-options.js';
import { type RuleBasedModel, ruleBasedWeights } from './rule-based-weights.js';

const day = (d: number) => Date.UTC(2025, 2, 1) + d * MS_PER_DAY;
const fourTouches = [day(0), day(1), day(2), day(3)];
const defaults = { halfLifeMs: 7 * MS_PER_DAY, positionWeights: DEFAULT_POSITION_WEIGHTS };

describe('ruleBasedWeights', () => {
  test.each<[string, RuleBasedModel, number[], Partial<typeof defaults>, number[]]>([
    ['last click', 'last_click', fourTouches, {}, [0, 0, 0, 1]],
    ['first click', 'first_click', fourTouches, {}, [1, 0, 0, 0]],
    ['linear', 'linear', fourTouches, {}, [0.25, 0.25, 0.25, 0.25]],
    // Ages 3, 2, 1, 0 days with a 1-day half-life: 1/8 : 1/4 : 1/2 : 1.
    ['time decay', 'time_decay', fourTouches, { halfLifeMs: MS_PER_DAY }, [1 / 15, 2 / 15, 4 / 15, 8 / 15]],
    // 7 days apart with a 7-day half-life: the older touch weighs half the newer.
    ['time decay, one half-life apart', 'time_decay', [day(0), day(7)], {}, [1 / 3, 2 / 3]],
    ['position based 40/20/40', 'position_based', fourTouches, {}, [0.4, 0.1, 0.1, 0.4]],
    [
      'position based 30/50',
      'position_based',
      fourTouches,
      { positionWeights: { first: 0.3, last: 0.5 } },
      [0.3, 0.1, 0.1, 0.5],
    ],
    ['position based, two touches split evenly', 'position_based', [day(0), day(1)], {}, [0.5, 0.5]],
    [
      'position based, two touches keep the first : last ratio',
      'position_based',
      [day(0), day(1)],
      { positionWeights: { first: 0.3, last: 0.5 } },
      [0.375, 0.625],
    ],
    [
      'position based, two touches with first = last = 0',
      'position_based',
      [day(0), day(1)],
      { positionWeights: { first: 0, last: 0 } },
      [0.5, 0.5],
    ],
    ['position based, one touch', 'position_based', [day(0)], {}, [1]],
    ['time decay, one touch', 'time_decay', [day(0)], {}, [1]],
  ])('%s', (_name, model, times, settings, expected) => {
    const weights = ruleBasedWeights(model, times, { ...defaults, ...settings });
    expect(weights).toHaveLength(expected.length);
    weights.forEach((w, i) => {
      expect(w).toBeCloseTo(expected[i]!, 12);
    });
  });

  test('time decay does not underflow when every touch is years old', () => {
    const weights = ruleBasedWeights('time_decay', [day(0), day(1)], { ...defaults, halfLifeMs: 1000 });
    expect(weights[1]).toBe(1);
    expect(weights[0]).toBe(0);
  });

  test('an empty path has no weights', () => {
    expect(ruleBasedWeights('linear', [], defaults)).toEqual([]);
  });
});

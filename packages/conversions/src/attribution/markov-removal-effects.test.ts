import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { AttributionError } from './attribution-error.js';
import {
  createTransitionCounts,
  MAX_MARKOV_CHANNELS,
  markovRemovalEffects,
} from './markov-removal-effects.js';

/**
 * Independent check: fit the chain with plain maps and get the conversion
 * probability by value iteration, removing a channel by sending it to null.
 */
function bruteForceRemovalEffects(converting: string[][], nonConverting: string[][]): Map<string, number> {
  const counts = new Map<string, Map<string, number>>();
  const add = (from: string, to: string) => {
    const row = counts.get(from) ?? new Map<string, number>();
    row.set(to, (row.get(to) ?? 0) + 1);
    counts.set(from, row);
  };
  for (const [journeys, end] of [
    [converting, '(conversion)'],
    [nonConverting, '(null)'],
  ] as const) {
    for (const journey of journeys) {
      if (journey.length === 0) continue;
      const states = ['(start)', ...journey, end];
      for (let i = 1; i < states.length; i++) add(states[i - 1]!, states[i]!);
    }
  }
  const conversionProbability = (removed: string | null) => {
    let p = new Map<string, number>();
    for (let iteration = 0; iteration < 1_000_000; iteration++) {
      const next = new Map<string, number>();
      let change = 0;
      for (const [from, row] of counts) {
        if (from === removed) continue;
        let total = 0;
        let sum = 0;
        for (const [to, n] of row) {
          total += n;
          if (to === '(conversion)') sum += n;
          else if (to !== '(null)' && to !== removed) sum += n * (p.get(to) ?? 0);
        }
        next.set(from, sum / total);
        change = Math.max(change, Math.abs(sum / total - (p.get(from) ?? 0)));
      }
      p = next;
      if (change < 1e-15) break;
    }
    return p.get('(start)') ?? 0;
  };
  const base = conversionProbability(null);
  const channels = new Set([...converting.flat(), ...nonConverting.flat()]);
  return new Map([...channels].map((c) => [c, base > 0 ? 1 - conversionProbability(c) / base : 0]));
}

describe('markovRemovalEffects', () => {
  test('the published three-path example gives shares C1 0.2, C2 0.4, C3 0.4', () => {
    const effects = markovRemovalEffects({
      converting: [['C1', 'C2', 'C3']],
      nonConverting: [['C1'], ['C2', 'C3']],
    });
    // P(conversion) = 2/3·1/2·1·1/2 + 1/3·1·1/2 = 1/3; removing C1 halves it, removing C2 or C3 stops it.
    expect(effects.conversionProbability).toBeCloseTo(1 / 3, 12);
    expect(effects.convertingPaths).toBe(1);
    expect(effects.nonConvertingPaths).toBe(2);
    expect(effects.channels.map((c) => c.channel)).toEqual(['C1', 'C2', 'C3']);
    const expected = [
      { removalEffect: 0.5, share: 0.2 },
      { removalEffect: 1, share: 0.4 },
      { removalEffect: 1, share: 0.4 },
    ];
    effects.channels.forEach((c, i) => {
      expect(c.removalEffect).toBeCloseTo(expected[i]!.removalEffect, 12);
      expect(c.share).toBeCloseTo(expected[i]!.share, 12);
    });
  });

  test('a channel seen only in journeys that did not convert has no effect', () => {
    const effects = markovRemovalEffects({
      converting: [['search']],
      nonConverting: [['display'], ['search']],
    });
    const display = effects.channels.find((c) => c.channel === 'display');
    const search = effects.channels.find((c) => c.channel === 'search');
    expect(display).toMatchObject({ removalEffect: 0, share: 0 });
    expect(search?.removalEffect).toBeCloseTo(1, 12);
    expect(search?.share).toBeCloseTo(1, 12);
  });

  test('with no converting journey every effect is 0', () => {
    const effects = markovRemovalEffects({ converting: [], nonConverting: [['a', 'b']] });
    expect(effects.conversionProbability).toBe(0);
    expect(effects.channels.map((c) => [c.removalEffect, c.share])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  test('empty journeys are ignored', () => {
    const effects = markovRemovalEffects({ converting: [[], ['a']], nonConverting: [[]] });
    expect(effects.convertingPaths).toBe(1);
    expect(effects.nonConvertingPaths).toBe(0);
    expect(effects.conversionProbability).toBe(1);
  });

  test('removal effects match a brute-force re-solve with each channel removed (cycles included)', () => {
    const journey = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(journey, { minLength: 1, maxLength: 12 }),
        fc.array(journey, { maxLength: 12 }),
        (converting, nonConverting) => {
          const effects = markovRemovalEffects({ converting, nonConverting });
          const expected = bruteForceRemovalEffects(converting, nonConverting);
          expect(effects.channels.map((c) => c.channel)).toEqual([...expected.keys()].sort());
          let shareSum = 0;
          for (const c of effects.channels) {
            expect(Math.abs(c.removalEffect - expected.get(c.channel)!)).toBeLessThan(1e-9);
            shareSum += c.share;
          }
          expect(Math.abs(shareSum - 1)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });

  test('refuses chains larger than MAX_MARKOV_CHANNELS with a fix-it message', () => {
    const error = (() => {
      try {
        createTransitionCounts(MAX_MARKOV_CHANNELS + 1);
      } catch (e) {
        return e;
      }
    })();
    expect(AttributionError.isInstance(error)).toBe(true);
    expect((error as AttributionError).code).toBe('INVALID_OPTIONS');
    expect((error as AttributionError).message).toMatch(/markovChannel: 'platform'/);
  });

  test('rejects a journey that holds something other than channel names', () => {
    expect(() =>
      markovRemovalEffects({ converting: [[{ platform: 'a' } as unknown as string]], nonConverting: [] }),
    ).toThrow(/channel name/);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cdnowSampleTransactions } from '../__fixtures__/cdnow.js';
import { summarizeRfm } from '../transactions/summarize-rfm.js';
import { rfmSegmentNames, rfmSegmentRules, segmentRfm } from './rfm-segments.js';

describe('rfmSegmentRules', () => {
  test('give every (R, F) pair of scores exactly one segment', () => {
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) {
        const matching = rfmSegmentRules.filter(
          (rule) => rule.recencyScores.includes(r) && rule.frequencyScores.includes(f),
        );
        expect(matching, `R=${r} F=${f}`).toHaveLength(1);
      }
    }
    expect(new Set(rfmSegmentRules.map((r) => r.segment))).toEqual(new Set(rfmSegmentNames));
  });
});

describe('segmentRfm', () => {
  const row = (personId: string, frequency: number, daysSinceLast: number, totalValue: number) => ({
    personId,
    frequency,
    recency: 100 - daysSinceLast,
    T: 100,
    totalValue,
  });

  test('scores quintiles: recent, frequent, big spenders get 5s and are champions', () => {
    const rows = [
      row('a', 9, 1, 900),
      row('b', 7, 5, 700),
      row('c', 5, 30, 500),
      row('d', 3, 60, 300),
      row('e', 1, 90, 100),
    ];
    const result = segmentRfm(rows);
    expect(result.customers[0]).toEqual({
      personId: 'a',
      recencyScore: 5,
      frequencyScore: 5,
      monetaryScore: 5,
      rfm: '555',
      segment: 'champions',
      reason: 'R=5, F=5 → champions (R 5, F 4–5: bought recently and often)',
    });
    expect(result.customers.map((c) => c.segment)).toEqual([
      'champions',
      'loyal',
      'need_attention',
      'hibernating',
      'hibernating',
    ]);
    expect(result.segmentCounts.champions).toBe(1);
    expect(Object.values(result.segmentCounts).reduce((a, b) => a + b, 0)).toBe(5);
  });

  test('gives tied customers the same score', () => {
    const rows = [row('a', 0, 10, 50), row('b', 0, 20, 50), row('c', 0, 30, 50), row('d', 4, 40, 50)];
    const result = segmentRfm(rows);
    const f = result.customers.map((c) => c.frequencyScore);
    expect(new Set(f.slice(0, 3)).size).toBe(1);
    expect(f[3]).toBeGreaterThan(f[0]!);
    expect(new Set(result.customers.map((c) => c.monetaryScore)).size).toBe(1);
  });

  test('scores rise with the underlying value, within 1–5', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            f: fc.integer({ min: 0, max: 20 }),
            gap: fc.integer({ min: 0, max: 100 }),
            m: fc.integer({ min: 0, max: 1000 }),
          }),
          {
            minLength: 1,
            maxLength: 80,
          },
        ),
        (items) => {
          const rows = items.map((it, i) => row(`c${i}`, it.f, it.gap, it.m));
          const { customers } = segmentRfm(rows);
          customers.forEach((a, i) => {
            expect(a.recencyScore).toBeGreaterThanOrEqual(1);
            expect(a.recencyScore).toBeLessThanOrEqual(5);
            customers.forEach((b, j) => {
              if (items[i]!.f > items[j]!.f)
                expect(a.frequencyScore).toBeGreaterThanOrEqual(b.frequencyScore);
              if (items[i]!.gap < items[j]!.gap)
                expect(a.recencyScore).toBeGreaterThanOrEqual(b.recencyScore);
              if (items[i]!.m > items[j]!.m) expect(a.monetaryScore).toBeGreaterThanOrEqual(b.monetaryScore);
            });
          });
        },
      ),
      { numRuns: 50 },
    );
  });

  test('segments the CDNOW customers from their summary', () => {
    const summary = summarizeRfm(cdnowSampleTransactions(), { observationEnd: '1997-09-30', unit: 'weeks' });
    const result = segmentRfm(summary.customers);
    expect(result.customers).toHaveLength(2357);
    // 1,411 of 2,357 (60 %) never bought again: they share one frequency score, the one of the middle of their ranks.
    const oneTimers = result.customers.filter((_, i) => summary.customers[i]!.frequency === 0);
    expect(new Set(oneTimers.map((c) => c.frequencyScore))).toEqual(new Set([2]));
  });

  test('names the row with a non-finite field', () => {
    expect(() => segmentRfm([row('a', 1, 1, Number.NaN)])).toThrow(
      expect.objectContaining({ code: 'INVALID_CUSTOMER_DATA', field: 'totalValue' }),
    );
  });
});

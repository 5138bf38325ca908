import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DistinctCounter } from './distinct-counter.js';

function countAll(values: readonly string[], limit: number): DistinctCounter {
  const counter = new DistinctCounter(limit);
  for (const v of values) {
    const slot = counter.find(v);
    if (slot >= 0) counter.counts[slot]!++;
    else counter.insert(v, 0, 0, 0, '');
  }
  return counter;
}

describe('DistinctCounter', () => {
  test('counts exactly up to its bound', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), (values) => {
        const counter = countAll(values, 1000);
        expect(counter.exact).toBe(true);
        expect(counter.count()).toBe(new Set(values).size);
        const counts = Object.fromEntries(counter.entries());
        for (const v of new Set(values)) expect(counts[v]).toBe(values.filter((x) => x === v).length);
      }),
    );
  });

  test.each([5_000, 20_000, 100_000])('estimates %i distinct values within 5%% past the bound', (n) => {
    const values = Array.from({ length: n }, (_, i) => `id-${i * 7919}`);
    const counter = countAll(values, 1024);
    expect(counter.exact).toBe(false);
    expect(Math.abs(counter.count() - n) / n).toBeLessThan(0.05);
  });

  test('keeps memory bounded: no more exact entries than the bound', () => {
    const counter = countAll(
      Array.from({ length: 50_000 }, (_, i) => String(i)),
      512,
    );
    expect([...counter.entries()].length).toBe(512);
  });
});

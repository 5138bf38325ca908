import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { jaroWinkler } from './jaro-winkler.js';
import { levenshtein } from './levenshtein.js';
import { soundex } from './soundex.js';

/** Textbook dynamic-programming edit distance, for checking the fast one. */
function referenceLevenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return d[a.length]![b.length]!;
}

describe('jaroWinkler', () => {
  // Published examples (Winkler 1990; Wikipedia "Jaro–Winkler distance").
  test.each([
    ['martha', 'marhta', 0.961],
    ['dwayne', 'duane', 0.84],
    ['dixon', 'dicksonx', 0.813],
    ['jellyfish', 'smellyfish', 0.896],
  ])('%s / %s ≈ %f', (a, b, expected) => {
    expect(jaroWinkler(a, b)).toBeCloseTo(expected, 3);
  });

  test('is symmetric, in [0, 1], and 1 exactly for equal non-empty strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeCloseTo(jaroWinkler(b, a), 12);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        if (a === b && a.length > 0) expect(s).toBe(1);
        if (a !== b) expect(s).toBeLessThan(1);
      }),
    );
  });
});

describe('levenshtein', () => {
  test.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['flaw', 'lawn', 2],
    ['same', 'same', 0],
  ])('%s / %s = %i', (a, b, expected) => {
    expect(levenshtein(a, b)).toBe(expected);
  });

  test('agrees with the textbook algorithm, capped at max + 1', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 14 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 14 }),
        fc.integer({ min: 0, max: 4 }),
        (a, b, max) => {
          expect(levenshtein(a, b, max)).toBe(Math.min(referenceLevenshtein(a, b), max + 1));
          expect(levenshtein(a, b)).toBe(referenceLevenshtein(a, b));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('soundex', () => {
  // Examples from the US National Archives' Soundex rules.
  test.each([
    ['robert', 'r163'],
    ['rupert', 'r163'],
    ['ashcraft', 'a261'],
    ['tymczak', 't522'],
    ['pfister', 'p236'],
    ['lee', 'l000'],
    ['', ''],
    ['123', ''],
  ])('%s → %s', (name, code) => {
    expect(soundex(name)).toBe(code);
  });
});

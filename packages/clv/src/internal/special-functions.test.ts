import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { digamma } from './digamma.js';
import { logAddExp, logisticOfNegative } from './log-add-exp.js';
import { logGamma } from './log-gamma.js';

describe('logGamma', () => {
  test.each([
    // Exact values: Γ(1) = Γ(2) = 1, Γ(1/2) = √π, Γ(n) = (n−1)!
    [1, 0],
    [2, 0],
    [0.5, 0.5 * Math.log(Math.PI)],
    [10, Math.log(362880)],
    [1.5, Math.log(Math.sqrt(Math.PI) / 2)],
    [0.25, Math.log(3.625609908221908)],
    // ln Γ(171) = ln 170! as a plain sum of logarithms.
    [171, Array.from({ length: 170 }, (_, k) => Math.log(k + 1)).reduce((a, b) => a + b, 0)],
  ])('ln Γ(%d)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 11);
  });

  test('ln Γ(x+1) − ln Γ(x) = ln x', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (x) => {
        expect(logGamma(x + 1) - logGamma(x)).toBeCloseTo(Math.log(x), 8);
      }),
    );
  });

  test('is +∞ at 0 and NaN below', () => {
    expect(logGamma(0)).toBe(Number.POSITIVE_INFINITY);
    expect(logGamma(-1)).toBeNaN();
  });
});

describe('digamma', () => {
  test('ψ(1) = −γ (Euler–Mascheroni) and ψ(1/2) = −γ − 2 ln 2', () => {
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 13);
    expect(digamma(0.5)).toBeCloseTo(-0.5772156649015329 - 2 * Math.LN2, 13);
  });

  test('ψ(x+1) − ψ(x) = 1/x and ψ is the derivative of ln Γ', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 1e4, noNaN: true }), (x) => {
        expect(digamma(x + 1) - digamma(x)).toBeCloseTo(1 / x, 9);
        const h = 1e-5 * Math.max(1, x);
        const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
        expect(Math.abs(numeric - digamma(x))).toBeLessThan(1e-5 * Math.max(1, Math.abs(digamma(x))));
      }),
    );
  });
});

describe('logAddExp and logisticOfNegative', () => {
  test('match the naive formulas where those do not overflow', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -300, max: 300, noNaN: true }),
        fc.double({ min: -300, max: 300, noNaN: true }),
        (a, b) => {
          expect(logAddExp(a, b)).toBeCloseTo(Math.log(Math.exp(a) + Math.exp(b)), 9);
          expect(logisticOfNegative(a)).toBeCloseTo(1 / (1 + Math.exp(a)), 12);
        },
      ),
    );
  });

  test('stay finite far beyond overflow', () => {
    expect(logAddExp(1e6, 1e6)).toBeCloseTo(1e6 + Math.LN2, 6);
    expect(logAddExp(Number.NEGATIVE_INFINITY, 3)).toBe(3);
    expect(logisticOfNegative(1e6)).toBe(0);
    expect(logisticOfNegative(-1e6)).toBe(1);
  });
});

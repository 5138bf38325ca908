import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cdnowSummary } from '../__fixtures__/cdnow.js';
import { bgNbdExpectedPurchases, bgNbdPopulationExpectedPurchases } from './bg-nbd-expected-purchases.js';
import { ExpectedPurchasesKernel } from './expected-purchases-kernel.js';
import { fitBgNbd } from './fit-bg-nbd.js';

const published = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/**
 * FHL 2005 eq. 10 exactly as printed, with a plain ₂F₁ series: an independent
 * implementation for the range where it converges quickly (z < 0.6) and the
 * powers stay finite.
 */
function eq10(p: typeof published, x: number, tx: number, T: number, t: number): number {
  const z = t / (p.alpha + T + t);
  let term = 1;
  let hyp = 1;
  for (let n = 0; n < 2000 && Math.abs(term) > 1e-17 * Math.abs(hyp); n++) {
    term *= ((p.r + x + n) * (p.b + x + n) * z) / ((p.a + p.b + x - 1 + n) * (n + 1));
    hyp += term;
  }
  const head = (p.a + p.b + x - 1) / (p.a - 1);
  const bracket = 1 - ((p.alpha + T) / (p.alpha + T + t)) ** (p.r + x) * hyp;
  const alive = 1 + (x > 0 ? (p.a / (p.b + x - 1)) * ((p.alpha + T) / (p.alpha + tx)) ** (p.r + x) : 0);
  return (head * bracket) / alive;
}

describe('bgNbdExpectedPurchases (FHL 2005 eq. 10)', () => {
  test('gives 1.226 for x = 2, tₓ = 30.43, T = 38.86 over 39 weeks at the published CDNOW parameters', () => {
    const value = bgNbdExpectedPurchases(published, { frequency: 2, recency: 30.43, T: 38.86 }, 39);
    expect(Math.abs(value - 1.226)).toBeLessThan(0.001);
  });

  test('agrees with eq. 10 evaluated literally', () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.1, max: 3, noNaN: true }),
          alpha: fc.double({ min: 1, max: 20, noNaN: true }),
          a: fc.double({ min: 0.2, max: 3, noNaN: true }).filter((a) => Math.abs(a - 1) > 0.05),
          b: fc.double({ min: 0.5, max: 5, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 8 }),
        fc.double({ min: 0.05, max: 1, noNaN: true }),
        fc.double({ min: 5, max: 60, noNaN: true }),
        fc.double({ min: 0.1, max: 1.2, noNaN: true }),
        (p, x, share, T, horizonShare) => {
          const tx = x === 0 ? 0 : share * T;
          const t = horizonShare * (p.alpha + T); // keeps z ≤ 0.55 for the literal series
          const expected = eq10(p, x, tx, T, t);
          const actual = bgNbdExpectedPurchases(p, { frequency: x, recency: tx, T }, t);
          expect(Math.abs(actual - expected)).toBeLessThan(1e-8 * Math.max(1, expected));
        },
      ),
    );
  });

  test('is continuous through a = 1, where eq. 10 divides 0 by 0', () => {
    const at = (a: number): number =>
      bgNbdExpectedPurchases({ ...published, a }, { frequency: 3, recency: 20, T: 30 }, 39);
    expect(at(1)).toBeCloseTo((at(1 - 1e-6) + at(1 + 1e-6)) / 2, 8);
    expect(Number.isFinite(at(1))).toBe(true);
  });

  test('grows with the horizon and is 0 at t = 0, for any history', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (x, share, T) => {
          const customer = { frequency: x, recency: x === 0 ? 0 : share * T, T };
          expect(bgNbdExpectedPurchases(published, customer, 0)).toBe(0);
          let previous = 0;
          for (const t of [1, 10, 100, 1000, 1e5]) {
            const value = bgNbdExpectedPurchases(published, customer, t);
            expect(Number.isFinite(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(previous - 1e-9 * previous);
            previous = value;
          }
        },
      ),
    );
  });

  test('takes rows and columns and returns one value per customer', () => {
    const rows = cdnowSummary().slice(0, 5);
    const byRows = bgNbdExpectedPurchases(published, rows, 39);
    const byColumns = bgNbdExpectedPurchases(
      published,
      {
        frequency: rows.map((r) => r.frequency),
        recency: rows.map((r) => r.recency),
        T: rows.map((r) => r.T),
      },
      39,
    );
    expect(byRows).toHaveLength(5);
    expect([...byColumns]).toEqual([...byRows]);
    expect(byRows[0]).toBe(bgNbdExpectedPurchases(published, rows[0]!, 39));
  });

  test('rejects a negative horizon', () => {
    expect(() => bgNbdExpectedPurchases(published, { frequency: 1, recency: 1, T: 2 }, -1)).toThrow(
      expect.objectContaining({ code: 'INVALID_OPTIONS', field: 't' }),
    );
  });
});

describe('bgNbdPopulationExpectedPurchases (FHL 2005 eq. 7)', () => {
  const fitted = fitBgNbd(cdnowSummary()).params;

  test.each([
    [1, 0.0532],
    [3, 0.1506],
    [32, 1.0437],
    [78, 1.8576],
  ])('E[X(%d)] = %d on CDNOW', (t, expected) => {
    expect(Math.abs(bgNbdPopulationExpectedPurchases(fitted, t) - expected)).toBeLessThan(0.001);
  });

  test('equals the conditional expectation of a customer with x = 0 and T = 0', () => {
    expect(bgNbdPopulationExpectedPurchases(fitted, 52)).toBe(
      bgNbdExpectedPurchases(fitted, { frequency: 0, recency: 0, T: 0 }, 52),
    );
  });
});

describe('series and quadrature', () => {
  test('agree wherever both apply', () => {
    fc.assert(
      fc.property(
        fc.record({
          r: fc.double({ min: 0.05, max: 5, noNaN: true }),
          alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
          a: fc.double({ min: 0.05, max: 5, noNaN: true }),
          b: fc.double({ min: 0.1, max: 10, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 50 }),
        fc.double({ min: 0.01, max: 0.994, noNaN: true }),
        (p, x, z) => {
          const kernel = new ExpectedPurchasesKernel(p);
          const u = z / (1 - z);
          const out = new Float64Array(1);
          kernel.givenAlive(x, 0, [u * p.alpha], 1, out);
          const quadrature = kernel.byQuadrature(x, u);
          // Both are good to about 1e-8 relative in most of the space, but at a long horizon with a
          // tiny r and a small b (r 0.05, alpha 0.1, b 0.15, z 0.994) they differ by up to ~5e-8;
          // 1e-6 still fails on any real defect, which shows as whole percents.
          expect(Math.abs(out[0]! - quadrature)).toBeLessThan(1e-6 * Math.max(1e-3, quadrature));
        },
      ),
      {
        numRuns: 200,
        // the cases that once exceeded a tighter tolerance are always checked
        examples: [
          [{ r: 0.05, alpha: 0.1, a: 4.523921588844039, b: 0.7918895639280624 }, 0, 0.9935825280724091],
          [{ r: 0.05, alpha: 0.1, a: 4.8180302805771476, b: 0.14856558770867734 }, 0, 0.993897643115633],
        ],
      },
    );
  });

  test('quadrature reaches the limit E[1/p] = (a+b+x−1)/(a−1) for an endless horizon', () => {
    // As u → ∞ the integrand (1 − (1+pu)^−k)/p → 1/p, whose mean under Beta(a, b+x) is (a+b+x−1)/(a−1) for a > 1.
    const p = { r: 2, alpha: 1, a: 2.5, b: 3 };
    const kernel = new ExpectedPurchasesKernel(p);
    const x = 4;
    expect(kernel.byQuadrature(x, 1e12)).toBeCloseTo((p.a + p.b + x - 1) / (p.a - 1), 6);
  });
});

test('falls back to quadrature where the series would need too many terms', () => {
  // a far above r + x + 2: the series coefficients grow like n^(a−r−x−2) for thousands of terms.
  const p = { r: 0.2, alpha: 1, a: 40, b: 0.5 };
  const kernel = new ExpectedPurchasesKernel(p);
  const u = 150; // z ≈ 0.9934, inside the series range
  const out = new Float64Array(1);
  kernel.givenAlive(0, 0, [u * p.alpha], 1, out);
  expect(Number.isFinite(out[0]!)).toBe(true);
  expect(Math.abs(out[0]! - kernel.byQuadrature(0, u))).toBeLessThan(1e-8 * kernel.byQuadrature(0, u));
});

import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toRfmArrays } from '../customer-data.js';
import { bgNbdLogLikelihood, evaluateBgNbd, prepareBgNbdData } from './bg-nbd-log-likelihood.js';

test('is stable for extreme histories: x = 200, tₓ = 38, T = 40 at r = 0.25, α = 4, a = 0.8, b = 2.5 gives 100.7957', () => {
  const ll = bgNbdLogLikelihood({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, [
    { frequency: 200, recency: 38, T: 40 },
  ]);
  expect(Math.abs(ll - 100.7957)).toBeLessThan(1e-4);
});

test('matches the likelihood of FHL 2005 eq. 6 written out directly, where that does not overflow', () => {
  // Direct product form with Γ via the gamma function of small integers (x ≤ 5 keeps everything in range).
  const gamma = (z: number): number => Math.exp(lgammaBySum(z));
  const beta = (p: number, q: number): number => (gamma(p) * gamma(q)) / gamma(p + q);
  fc.assert(
    fc.property(
      fc.record({
        r: fc.double({ min: 0.1, max: 3, noNaN: true }),
        alpha: fc.double({ min: 0.5, max: 20, noNaN: true }),
        a: fc.double({ min: 0.2, max: 3, noNaN: true }),
        b: fc.double({ min: 0.5, max: 5, noNaN: true }),
      }),
      fc.integer({ min: 0, max: 5 }),
      fc.double({ min: 0.05, max: 1, noNaN: true }),
      fc.double({ min: 1, max: 30, noNaN: true }),
      (p, x, share, T) => {
        const tx = x === 0 ? 0 : share * T;
        const common = (gamma(p.r + x) * p.alpha ** p.r) / gamma(p.r);
        let L = (beta(p.a, p.b + x) / beta(p.a, p.b)) * (common / (p.alpha + T) ** (p.r + x));
        if (x > 0)
          L += (beta(p.a + 1, p.b + x - 1) / beta(p.a, p.b)) * (common / (p.alpha + tx) ** (p.r + x));
        const ll = bgNbdLogLikelihood(p, [{ frequency: x, recency: tx, T }]);
        expect(ll).toBeCloseTo(Math.log(L), 8);
      },
    ),
  );
});

test('its analytic gradient matches finite differences', () => {
  const customers = toRfmArrays([
    { frequency: 0, recency: 0, T: 30 },
    { frequency: 2, recency: 20, T: 35 },
    { frequency: 7, recency: 30, T: 31 },
    { frequency: 1, recency: 3, T: 12 },
  ]);
  const data = prepareBgNbdData(customers);
  fc.assert(
    fc.property(
      fc.tuple(
        fc.double({ min: 0.1, max: 3, noNaN: true }),
        fc.double({ min: 0.5, max: 20, noNaN: true }),
        fc.double({ min: 0.2, max: 3, noNaN: true }),
        fc.double({ min: 0.5, max: 5, noNaN: true }),
      ),
      (theta) => {
        const gradient = new Float64Array(4);
        evaluateBgNbd(data, ...theta, gradient);
        const scratch = new Float64Array(4);
        for (let j = 0; j < 4; j++) {
          const h = 1e-6 * theta[j]!;
          const up = [...theta] as typeof theta;
          const down = [...theta] as typeof theta;
          up[j] = theta[j]! + h;
          down[j] = theta[j]! - h;
          const numeric =
            (evaluateBgNbd(data, ...up, scratch) - evaluateBgNbd(data, ...down, scratch)) / (2 * h);
          expect(Math.abs(numeric - gradient[j]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(gradient[j]!)));
        }
      },
    ),
  );
});

test('rejects non-positive parameters', () => {
  expect(() => bgNbdLogLikelihood({ r: 0, alpha: 1, a: 1, b: 1 }, [])).toThrow(
    expect.objectContaining({ code: 'INVALID_PARAMETERS', field: 'r' }),
  );
});

/** ln Γ(z) for z > 0 from Γ(z) = Γ(z + n) / (z (z+1) … (z+n−1)) and Stirling's series at z + n ≥ 30: independent of logGamma. */
function lgammaBySum(z: number): number {
  let shift = 0;
  while (z < 30) {
    shift -= Math.log(z);
    z += 1;
  }
  return (
    shift +
    (z - 0.5) * Math.log(z) -
    z +
    0.5 * Math.log(2 * Math.PI) +
    1 / (12 * z) -
    1 / (360 * z ** 3) +
    1 / (1260 * z ** 5)
  );
}

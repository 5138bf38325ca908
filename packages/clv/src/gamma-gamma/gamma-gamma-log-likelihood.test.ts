import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { logGamma } from '../internal/log-gamma.js';
import {
  evaluateGammaGamma,
  gammaGammaLogLikelihood,
  prepareGammaGammaData,
} from './gamma-gamma-log-likelihood.js';

const params = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('gammaGammaLogLikelihood', () => {
  test('is the log of the density in Fader & Hardie (2013), eq. 5', () => {
    const { p, q, gamma } = params;
    const x = 3;
    const z = 27.5;
    const density =
      (Math.exp(logGamma(p * x + q) - logGamma(p * x) - logGamma(q)) *
        (gamma ** q * x ** (p * x) * z ** (p * x - 1))) /
      (gamma + x * z) ** (p * x + q);
    expect(gammaGammaLogLikelihood(params, [{ frequency: x, monetaryValue: z }])).toBeCloseTo(
      Math.log(density),
      10,
    );
  });

  test('skips customers without spend information', () => {
    const one = gammaGammaLogLikelihood(params, [{ frequency: 2, monetaryValue: 20 }]);
    const withSkipped = gammaGammaLogLikelihood(params, [
      { frequency: 2, monetaryValue: 20 },
      { frequency: 0, monetaryValue: 0 },
      { frequency: 3, monetaryValue: 0 },
    ]);
    expect(withSkipped).toBe(one);
  });

  test('its analytic gradient matches finite differences', () => {
    const data = prepareGammaGammaData({
      length: 4,
      frequency: Float64Array.of(1, 2, 5, 2),
      monetaryValue: Float64Array.of(10, 35.5, 18, 90),
    });
    fc.assert(
      fc.property(
        fc.tuple(
          fc.double({ min: 0.5, max: 20, noNaN: true }),
          fc.double({ min: 0.5, max: 20, noNaN: true }),
          fc.double({ min: 1, max: 100, noNaN: true }),
        ),
        (theta) => {
          const gradient = new Float64Array(3);
          const scratch = new Float64Array(3);
          evaluateGammaGamma(data, ...theta, gradient);
          for (let j = 0; j < 3; j++) {
            const h = 1e-6 * theta[j]!;
            const up = [...theta] as typeof theta;
            const down = [...theta] as typeof theta;
            up[j] = theta[j]! + h;
            down[j] = theta[j]! - h;
            const numeric =
              (evaluateGammaGamma(data, ...up, scratch) - evaluateGammaGamma(data, ...down, scratch)) /
              (2 * h);
            expect(Math.abs(numeric - gradient[j]!)).toBeLessThan(1e-5 * Math.max(1, Math.abs(gradient[j]!)));
          }
        },
      ),
    );
  });
});

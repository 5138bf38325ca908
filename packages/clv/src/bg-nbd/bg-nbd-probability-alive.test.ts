import fc from 'fast-check';
import { expect, test } from 'vitest';
import { simulateCustomers } from '../simulate/simulate-customers.js';
import { bgNbdProbabilityAlive } from './bg-nbd-probability-alive.js';

const params = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

test('matches the closed form 1 / (1 + a/(b+x−1) ((α+T)/(α+tₓ))^(r+x)) for moderate inputs', () => {
  const x = 2;
  const tx = 30.43;
  const T = 38.86;
  const expected =
    1 / (1 + (params.a / (params.b + x - 1)) * ((params.alpha + T) / (params.alpha + tx)) ** (params.r + x));
  expect(bgNbdProbabilityAlive(params, { frequency: x, recency: tx, T })).toBeCloseTo(expected, 14);
});

test('is 1 without repeat purchases and falls the longer a repeat buyer has been silent', () => {
  expect(bgNbdProbabilityAlive(params, { frequency: 0, recency: 0, T: 50 })).toBe(1);
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 500 }),
      fc.double({ min: 0.1, max: 100, noNaN: true }),
      fc.double({ min: 0, max: 1e4, noNaN: true }),
      (x, tx, gap) => {
        const recent = bgNbdProbabilityAlive(params, { frequency: x, recency: tx, T: tx });
        const silent = bgNbdProbabilityAlive(params, { frequency: x, recency: tx, T: tx + gap });
        expect(silent).toBeGreaterThanOrEqual(0);
        expect(recent).toBeLessThanOrEqual(1);
        expect(silent).toBeLessThanOrEqual(recent);
      },
    ),
  );
});

test('never overflows: 500 purchases then years of silence is 0, not NaN', () => {
  expect(bgNbdProbabilityAlive(params, { frequency: 500, recency: 1, T: 1e4 })).toBe(0);
});

test('is calibrated: on simulated customers its mean matches the share truly alive', () => {
  const truth = { r: 0.5, alpha: 6, a: 1.2, b: 4 };
  const customers = simulateCustomers({ bgNbd: truth, customers: 40_000, T: { min: 10, max: 60 }, seed: 5 });
  const alive = bgNbdProbabilityAlive(truth, customers);
  let predicted = 0;
  let actual = 0;
  for (let i = 0; i < alive.length; i++) {
    predicted += alive[i]!;
    actual += customers.alive[i]!;
  }
  // Binomial noise on 40,000 customers is under 0.3 percentage points.
  expect(Math.abs(predicted - actual) / alive.length).toBeLessThan(0.01);
});

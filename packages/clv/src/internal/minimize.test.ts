import { expect, test } from 'vitest';
import { minimizeBfgs } from './minimize-bfgs.js';
import { minimizeNelderMead } from './minimize-nelder-mead.js';

// Rosenbrock's banana valley: minimum 0 at (1, 1), a classic hard case for line searches.
const rosenbrock = (x: Float64Array, g?: Float64Array): number => {
  const [a, b] = [x[0]!, x[1]!];
  if (g) {
    g[0] = -2 * (1 - a) - 400 * a * (b - a * a);
    g[1] = 200 * (b - a * a);
  }
  return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

test('BFGS finds the Rosenbrock minimum from the usual start', () => {
  const result = minimizeBfgs(rosenbrock, Float64Array.of(-1.2, 1), {
    maxIterations: 200,
    gradientTolerance: 1e-10,
    valueTolerance: 0,
  });
  expect(result.converged).toBe(true);
  expect(result.x[0]).toBeCloseTo(1, 6);
  expect(result.x[1]).toBeCloseTo(1, 6);
});

test('BFGS reports a failure instead of throwing when the start is outside the domain', () => {
  const result = minimizeBfgs(() => Number.NaN, Float64Array.of(0), {
    maxIterations: 10,
    gradientTolerance: 1e-8,
    valueTolerance: 0,
  });
  expect(result.converged).toBe(false);
  expect(result.reason).toMatch(/not finite/);
});

test('BFGS steps back from points where the objective is undefined', () => {
  // ln-barrier: defined only for x < 2, minimum at x = 1.
  const f = (x: Float64Array, g: Float64Array): number => {
    const v = x[0]!;
    if (v >= 2) return Number.NaN;
    g[0] = 2 * (v - 1) + 1 / (2 - v) - 1;
    return (v - 1) ** 2 - Math.log(2 - v) - v;
  };
  const result = minimizeBfgs(f, Float64Array.of(-5), {
    maxIterations: 100,
    gradientTolerance: 1e-10,
    valueTolerance: 0,
  });
  expect(result.converged).toBe(true);
  expect(Number.isFinite(result.value)).toBe(true);
  expect(result.x[0]!).toBeLessThan(2);
});

test('Nelder–Mead finds the Rosenbrock minimum without gradients', () => {
  const result = minimizeNelderMead((x) => rosenbrock(x), Float64Array.of(-1.2, 1), {
    maxIterations: 5000,
    initialStep: 0.5,
    tolerance: 1e-16,
  });
  expect(result.x[0]).toBeCloseTo(1, 4);
  expect(result.x[1]).toBeCloseTo(1, 4);
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  type ComparisonPatterns,
  expectationMaximisation,
  patternMatchProbability,
} from './expectation-maximisation.js';

// Splink's known-parameter fixture: 4,000 comparison vectors drawn from known m, u and λ = 0.5.
const csv = readFileSync(
  join(
    import.meta.dirname,
    '../../../../../shared/data/splink_known_params/known_params_comparison_vectors.csv',
  ),
  'utf8',
);
const lines = csv.trim().split('\n');
const header = lines[0]!.split(',');
const rows = lines.slice(1).map((l) => l.split(','));
const col = (name: string) => header.indexOf(name);

// Level 1 = agree (gamma 1), level 2 = disagree (gamma 0); index 0 is the unused null level.
const gammas = new Uint8Array(rows.length * 3);
rows.forEach((r, p) => {
  for (let c = 0; c < 3; c++) gammas[p * 3 + c] = r[col(`gamma_col_${c + 1}`)] === '1' ? 1 : 2;
});
const patterns: ComparisonPatterns = {
  comparisons: 3,
  levelCounts: [3, 3, 3],
  gammas,
  counts: new Float64Array(rows.length).fill(1),
  length: rows.length,
};
// Generating parameters from the fixture's SOURCE.md, as [null, agree, disagree].
const trueM = [
  [0, 0.7, 0.3],
  [0, 0.9, 0.1],
  [0, 0.95, 0.05],
];
const trueU = [
  [0, 0.1, 0.9],
  [0, 0.025, 0.975],
  [0, 0.2, 0.8],
];

describe('expectationMaximisation on Splink known parameters', () => {
  const start = {
    lambda: 0.3,
    m: [0, 1, 2].map(() => [0, 0.8, 0.2]),
    u: [0, 1, 2].map(() => [0, 0.2, 0.8]),
  };
  const { parameters, converged } = expectationMaximisation(patterns, start);

  test('converges and recovers λ within ±0.005', () => {
    expect(converged).toBe(true);
    expect(Math.abs(parameters.lambda - 0.5)).toBeLessThanOrEqual(0.005);
  });

  test('recovers every m and u within ±0.01', () => {
    for (let c = 0; c < 3; c++) {
      for (let l = 1; l <= 2; l++) {
        expect(Math.abs(parameters.m[c]![l]! - trueM[c]![l]!), `m[${c}][${l}]`).toBeLessThanOrEqual(0.01);
        expect(Math.abs(parameters.u[c]![l]! - trueU[c]![l]!), `u[${c}][${l}]`).toBeLessThanOrEqual(0.01);
      }
    }
  });

  test('posteriors are within 1% relative of true_match_probability', () => {
    let worst = 0;
    rows.forEach((r, p) => {
      const truth = Number(r[col('true_match_probability_l')]);
      const got = patternMatchProbability(parameters, gammas, p * 3, 3);
      worst = Math.max(worst, Math.abs(got - truth) / truth);
    });
    expect(worst).toBeLessThanOrEqual(0.01);
  });

  test('held parameters stay put', () => {
    const held = expectationMaximisation(patterns, start, {
      fixU: true,
      fixM: [true, false, false],
      fixLambda: true,
    });
    expect(held.parameters.u).toEqual(start.u);
    expect(held.parameters.m[0]).toEqual(start.m[0]);
    expect(held.parameters.lambda).toBe(start.lambda);
    expect(held.parameters.m[1]).not.toEqual(start.m[1]);
  });
});

import {
  type ComparisonPatterns,
  expectationMaximisation,
  patternMatchProbability,
} from '@growthnav/identity';
import { readCsvFile } from './csv.ts';

/** Generating parameters of Splink's known-parameter fixture (its SOURCE.md), [null, agree, disagree]. */
const TRUE_M = [
  [0, 0.7, 0.3],
  [0, 0.9, 0.1],
  [0, 0.95, 0.05],
];
const TRUE_U = [
  [0, 0.1, 0.9],
  [0, 0.025, 0.975],
  [0, 0.2, 0.8],
];

/** Runs EM on the fixture from neutral starting values and prints recovered vs true parameters. */
export function emCheck(path: string): void {
  const { header, rows } = readCsvFile(path);
  const col = (name: string) => header.indexOf(name);
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
  const start = { lambda: 0.3, m: [0, 1, 2].map(() => [0, 0.8, 0.2]), u: [0, 1, 2].map(() => [0, 0.2, 0.8]) };
  const { parameters, iterations, converged } = expectationMaximisation(patterns, start);
  console.log(`EM on ${rows.length} comparison vectors: ${iterations} iterations, converged ${converged}`);
  console.log(
    `λ = ${parameters.lambda.toFixed(4)} (true 0.5, error ${Math.abs(parameters.lambda - 0.5).toFixed(4)})`,
  );
  let worstParam = 0;
  for (let c = 0; c < 3; c++) {
    const m = parameters.m[c]!;
    const u = parameters.u[c]!;
    worstParam = Math.max(
      worstParam,
      Math.abs(m[1]! - TRUE_M[c]![1]!),
      Math.abs(m[2]! - TRUE_M[c]![2]!),
      Math.abs(u[1]! - TRUE_U[c]![1]!),
      Math.abs(u[2]! - TRUE_U[c]![2]!),
    );
    console.log(
      `col_${c + 1}: m(agree) ${m[1]!.toFixed(4)} (true ${TRUE_M[c]![1]}), u(agree) ${u[1]!.toFixed(4)} (true ${TRUE_U[c]![1]})`,
    );
  }
  let worst = 0;
  rows.forEach((r, p) => {
    const truth = Number(r[col('true_match_probability_l')]);
    worst = Math.max(worst, Math.abs(patternMatchProbability(parameters, gammas, p * 3, 3) - truth) / truth);
  });
  console.log(
    `largest m/u error ${worstParam.toFixed(4)}; largest posterior error ${(worst * 100).toFixed(3)}% relative`,
  );
}

import { ClvError } from '../errors.js';

/** Iteration cap of the optimisers when the caller sets none. */
export const DEFAULT_MAX_ITERATIONS = 500;

/** Validates the options both model fits share. */
export function readFitOptions(options: {
  penalty?: number | undefined;
  maxIterations?: number | undefined;
}): {
  penalty: number;
  maxIterations: number;
} {
  const penalty = options.penalty ?? 0;
  if (!(Number.isFinite(penalty) && penalty >= 0)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'penalty',
      message: `penalty = ${penalty} must be a number ≥ 0 (0 = no penalty).`,
    });
  }
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  if (!(Number.isInteger(maxIterations) && maxIterations > 0)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'maxIterations',
      message: `maxIterations = ${maxIterations} must be a whole number > 0.`,
    });
  }
  return { penalty, maxIterations };
}

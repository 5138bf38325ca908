/**
 * Derivative-free Nelder–Mead simplex minimisation (Nelder & Mead 1965, with
 * the standard coefficients of Lagarias et al. 1998). Used as a fallback when
 * the quasi-Newton line search stalls, e.g. on a flat or kinked surface.
 */
export interface NelderMeadResult {
  x: Float64Array;
  value: number;
  iterations: number;
  evaluations: number;
}

const REFLECT = 1;
const EXPAND = 2;
const CONTRACT = 0.5;
const SHRINK = 0.5;

export function minimizeNelderMead(
  f: (x: Float64Array) => number,
  x0: Float64Array,
  {
    maxIterations,
    initialStep,
    tolerance,
  }: { maxIterations: number; initialStep: number; tolerance: number },
): NelderMeadResult {
  const n = x0.length;
  let evaluations = 0;
  const value = (x: Float64Array): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Number.POSITIVE_INFINITY;
  };
  const points: Float64Array[] = [];
  const values: number[] = [];
  for (let i = 0; i <= n; i++) {
    const p = Float64Array.from(x0);
    if (i > 0) p[i - 1] = p[i - 1]! + initialStep;
    points.push(p);
    values.push(value(p));
  }
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const centroid = new Float64Array(n);
  const trial = new Float64Array(n);
  const trial2 = new Float64Array(n);
  const along = (coefficient: number, out: Float64Array, worst: Float64Array): void => {
    for (let j = 0; j < n; j++) out[j] = centroid[j]! + coefficient * (centroid[j]! - worst[j]!);
  };
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    order.sort((a, b) => values[a]! - values[b]!);
    const best = order[0]!;
    const worst = order[n]!;
    const secondWorst = order[n - 1]!;
    if (Math.abs(values[worst]! - values[best]!) <= tolerance * (Math.abs(values[best]!) + tolerance)) break;
    centroid.fill(0);
    for (const i of order.slice(0, n))
      for (let j = 0; j < n; j++) centroid[j] = centroid[j]! + points[i]![j]! / n;
    along(REFLECT, trial, points[worst]!);
    const fr = value(trial);
    if (fr < values[best]!) {
      along(EXPAND, trial2, points[worst]!);
      const fe = value(trial2);
      if (fe < fr) accept(worst, trial2, fe);
      else accept(worst, trial, fr);
    } else if (fr < values[secondWorst]!) {
      accept(worst, trial, fr);
    } else {
      const outside = fr < values[worst]!;
      along(outside ? CONTRACT : -CONTRACT, trial2, points[worst]!);
      const fc = value(trial2);
      if (fc < (outside ? fr : values[worst]!)) {
        accept(worst, trial2, fc);
      } else {
        for (const i of order.slice(1)) {
          for (let j = 0; j < n; j++)
            points[i]![j] = points[best]![j]! + SHRINK * (points[i]![j]! - points[best]![j]!);
          values[i] = value(points[i]!);
        }
      }
    }
  }
  let best = 0;
  for (let i = 1; i <= n; i++) if (values[i]! < values[best]!) best = i;
  return { x: points[best]!, value: values[best]!, iterations, evaluations };

  function accept(index: number, point: Float64Array, v: number): void {
    points[index]!.set(point);
    values[index] = v;
  }
}

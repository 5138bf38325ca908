/**
 * Maximum-weight assignment of single-valued targets to columns (Hungarian
 * method, O(targets² × columns)): no two columns get the same single-valued
 * target, and the total score is the highest possible, unlike a greedy pass
 * that lets the first column take a target a later one fits better.
 *
 * @param gains gains[t][c] ≥ 0: what giving target t to column c adds over the
 *   column's best alternative (0 = not worth it).
 * @returns for each target row, the column index it gets, or -1.
 */
export function assignTargets(gains: readonly (readonly number[])[], columnCount: number): number[] {
  const n = gains.length;
  if (n === 0) return [];
  // rows = targets (1..n), columns = real columns (1..columnCount) + one dummy per target (cost 0)
  const m = columnCount + n;
  const INF = Number.POSITIVE_INFINITY;
  const cost = (row: number, col: number) => (col < columnCount ? -(gains[row]![col] ?? 0) : 0);
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j] = row matched to column j (1-based), 0 = none
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          const row = p[j]!;
          u[row] = u[row]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= columnCount; j++) {
    const row = p[j]!;
    if (row > 0 && (gains[row - 1]![j - 1] ?? 0) > 0) result[row - 1] = j - 1;
  }
  return result;
}

let row = new Int32Array(64);
let band = new Int32Array(16);
let prevBand = new Int32Array(16);

/**
 * Levenshtein edit distance (insert, delete, substitute) between two strings,
 * stopping early once it exceeds `max`: the result is then `max + 1`. With a
 * small `max` only the diagonal band |i − j| ≤ max is computed (O(n·max)).
 */
export function levenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  let la = a.length;
  let lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la > lb) {
    const t = a;
    a = b;
    b = t;
    la = a.length;
    lb = b.length;
  }
  if (la === 0) return Math.min(lb, max + 1);
  if (max < 8 && la > 2 * max + 1) return banded(a, b, max);
  if (la + 1 > row.length) row = new Int32Array((la + 1) * 2);
  for (let i = 0; i <= la; i++) row[i] = i;
  for (let j = 1; j <= lb; j++) {
    let diagonal = row[0]!;
    row[0] = j;
    let rowMin = j;
    const cb = b.charCodeAt(j - 1);
    for (let i = 1; i <= la; i++) {
      const above = row[i]!;
      const cost = a.charCodeAt(i - 1) === cb ? 0 : 1;
      const value = Math.min(above + 1, row[i - 1]! + 1, diagonal + cost);
      row[i] = value;
      diagonal = above;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
  }
  const d = row[la]!;
  return d > max ? max + 1 : d;
}

/** Ukkonen's band: cells (i, j) with |i − j| ≤ max only; `a` is the shorter string. */
function banded(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  const width = 2 * max + 1;
  if (width > band.length) {
    band = new Int32Array(width * 2);
    prevBand = new Int32Array(width * 2);
  }
  const big = max + 1;
  // Row j of the DP over a (index i), stored at offset i - j + max.
  let prev = prevBand;
  let cur = band;
  for (let k = 0; k < width; k++) {
    const i = k - max;
    prev[k] = i >= 0 && i <= max ? i : big;
  }
  for (let j = 1; j <= lb; j++) {
    const cb = b.charCodeAt(j - 1);
    let rowMin = big;
    for (let k = 0; k < width; k++) {
      const i = j + k - max;
      if (i < 0 || i > la) {
        cur[k] = big;
        continue;
      }
      let v: number;
      if (i === 0) v = j;
      else {
        // diagonal (i-1, j-1) is prev[k]; above (i, j-1) is prev[k+1]; left (i-1, j) is cur[k-1].
        const diagonal = prev[k]! + (a.charCodeAt(i - 1) === cb ? 0 : 1);
        const above = (k + 1 < width ? prev[k + 1]! : big) + 1;
        const left = (k > 0 ? cur[k - 1]! : big) + 1;
        v = Math.min(diagonal, above, left);
      }
      if (v > big) v = big;
      cur[k] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return big;
    const t = prev;
    prev = cur;
    cur = t;
  }
  const d = prev[la - lb + max]!;
  return d > max ? big : d;
}

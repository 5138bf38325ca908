import type { ExpectedPurchasesKernel } from '../bg-nbd/expected-purchases-kernel.js';

/**
 * For customers with the same frequency x, the discounted sum
 * D(T) = Σⱼ wⱼ E[Y(tⱼ) | alive, x, T] and the total E[Y(H) | alive, x, T]
 * depend on nothing but T, smoothly. This table interpolates both in
 * v = ln(α+T) with piecewise Chebyshev polynomials (Trefethen, Approximation
 * Theory and Approximation Practice, ch. 3–8): E[Y] is analytic in v within a
 * strip |Im v| < π around the real line (its only singularities sit where
 * 1 + t·e^(−v) = 0), so a few nodes per unit of v reach machine precision.
 *
 * Every piece is checked against the exact kernel between its nodes and at
 * its ends; if any check misses, the pieces are halved and rebuilt, and after
 * MAX_REFINEMENTS the table refuses (build returns null) so the caller
 * computes those customers exactly. Scoring a customer then costs one
 * logarithm and one Clenshaw recurrence instead of a series per horizon.
 */
export class ValueTable {
  private readonly vStart: number;
  private readonly pieceWidth: number;
  private readonly pieces: number;
  /** Per piece: NODES pairs (discounted, total) of Chebyshev coefficients, interleaved. */
  private readonly coefficients: Float64Array;
  private readonly alpha: number;
  /** Results of the last `evaluate`. */
  discounted = 0;
  total = 0;

  private constructor(
    alpha: number,
    vStart: number,
    pieceWidth: number,
    pieces: number,
    coefficients: Float64Array,
  ) {
    this.alpha = alpha;
    this.vStart = vStart;
    this.pieceWidth = pieceWidth;
    this.pieces = pieces;
    this.coefficients = coefficients;
  }

  static build(
    kernel: ExpectedPurchasesKernel,
    alpha: number,
    x: number,
    horizons: Float64Array,
    weights: Float64Array,
    minT: number,
    maxT: number,
  ): ValueTable | null {
    const vStart = Math.log(alpha + minT);
    const vEnd = Math.log(alpha + maxT);
    const span = vEnd - vStart;
    const expected = new Float64Array(horizons.length);
    const exact = (v: number): [number, number] => {
      const T = Math.max(0, Math.min(maxT, Math.exp(v) - alpha));
      kernel.givenAlive(x, T, horizons, horizons.length, expected);
      let discounted = 0;
      for (let j = 0; j < horizons.length; j++) discounted += weights[j]! * expected[j]!;
      return [discounted, expected[horizons.length - 1]!];
    };
    let pieces = Math.max(1, Math.ceil(span / INITIAL_PIECE_WIDTH));
    for (let refinement = 0; refinement <= MAX_REFINEMENTS; refinement++, pieces *= 2) {
      const width = span / pieces;
      const coefficients = new Float64Array(pieces * NODES * 2);
      const values = new Float64Array(NODES * 2);
      let ok = true;
      for (let piece = 0; piece < pieces && ok; piece++) {
        const mid = vStart + (piece + 0.5) * width;
        const half = 0.5 * width;
        let scale = 0;
        for (let i = 0; i < NODES; i++) {
          const [d, t] = exact(mid + half * NODE_COS[i]!);
          values[2 * i] = d;
          values[2 * i + 1] = t;
          scale = Math.max(scale, Math.abs(d), Math.abs(t));
        }
        const base = piece * NODES * 2;
        for (let k = 0; k < NODES; k++) {
          let cd = 0;
          let ct = 0;
          for (let i = 0; i < NODES; i++) {
            const basis = Math.cos((Math.PI * k * (i + 0.5)) / NODES);
            cd += values[2 * i]! * basis;
            ct += values[2 * i + 1]! * basis;
          }
          coefficients[base + 2 * k] = (2 / NODES) * cd * (k === 0 ? 0.5 : 1);
          coefficients[base + 2 * k + 1] = (2 / NODES) * ct * (k === 0 ? 0.5 : 1);
        }
        const table = new ValueTable(alpha, vStart, width, pieces, coefficients);
        for (const y of CHECK_POINTS) {
          const v = mid + half * y;
          const [d, t] = exact(v);
          table.evaluateAt(piece, half > 0 ? y : 0);
          const tolerance = TABLE_TOLERANCE * Math.max(scale, Number.MIN_VALUE);
          if (!(Math.abs(table.discounted - d) <= tolerance && Math.abs(table.total - t) <= tolerance)) {
            ok = false;
            break;
          }
        }
      }
      if (ok) return new ValueTable(alpha, vStart, width, pieces, coefficients);
      if (span === 0) break;
    }
    return null;
  }

  /** Sets `discounted` and `total` for a customer of age T (within the range the table was built for). */
  evaluate(T: number): void {
    const v = Math.log(this.alpha + T);
    if (this.pieceWidth === 0) {
      this.evaluateAt(0, 0);
      return;
    }
    const position = (v - this.vStart) / this.pieceWidth;
    const piece = Math.min(this.pieces - 1, Math.max(0, Math.floor(position)));
    const y = 2 * (position - piece) - 1;
    this.evaluateAt(piece, Math.min(1, Math.max(-1, y)));
  }

  /** Clenshaw's recurrence for both series of one piece at y ∈ [−1, 1]. */
  private evaluateAt(piece: number, y: number): void {
    const c = this.coefficients;
    const base = piece * NODES * 2;
    const y2 = 2 * y;
    let d1 = 0;
    let d2 = 0;
    let t1 = 0;
    let t2 = 0;
    for (let k = NODES - 1; k >= 1; k--) {
      const d0 = y2 * d1 - d2 + c[base + 2 * k]!;
      const t0 = y2 * t1 - t2 + c[base + 2 * k + 1]!;
      d2 = d1;
      d1 = d0;
      t2 = t1;
      t1 = t0;
    }
    this.discounted = y * d1 - d2 + c[base]!;
    this.total = y * t1 - t2 + c[base + 1]!;
  }
}

/** Chebyshev points of the first kind per piece; with pieces ≤ 1 wide in v this reaches ~1e-13. */
const NODES = 14;
const NODE_COS = Float64Array.from({ length: NODES }, (_, i) => Math.cos((Math.PI * (i + 0.5)) / NODES));
/** Piece ends and points between nodes, where interpolation error peaks. */
const CHECK_POINTS = [-1, 1, 0.5 * (NODE_COS[0]! + NODE_COS[1]!), 0.5 * (NODE_COS[6]! + NODE_COS[7]!)];
const INITIAL_PIECE_WIDTH = 1;
const MAX_REFINEMENTS = 6;
/** Interpolation error allowed, relative to the largest value on the piece. */
const TABLE_TOLERANCE = 1e-11;

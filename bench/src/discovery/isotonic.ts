/**
 * Pool-adjacent-violators isotonic regression: the non-decreasing step
 * function of score that best fits 0/1 outcomes, with blocks of at least
 * `minBlock` points so a handful of columns cannot make a step. Each block's
 * rate is shrunk towards `prior` with `priorWeight` pseudo-observations: the
 * fit is made on data the matcher was tuned on, so its raw rates are
 * optimistic. The bench prints the knots; they are the confidence tables of
 * @growthnav/discovery (calibrate-confidence.ts).
 */
export function isotonicKnots(
  points: readonly { score: number; correct: boolean }[],
  options: { minBlock?: number; prior?: number; priorWeight?: number; decreasing?: boolean } = {},
): [score: number, probability: number][] {
  const { minBlock = 10, prior = 0.5, priorWeight = 8, decreasing = false } = options;
  const sign = decreasing ? -1 : 1;
  const sorted = points.map((p) => ({ x: sign * p.score, y: p.correct ? 1 : 0 })).sort((a, b) => a.x - b.x);
  type Block = { sum: number; count: number; lo: number; hi: number };
  const mean = (b: Block) => b.sum / b.count;
  const blocks: Block[] = [];
  for (const p of sorted) {
    blocks.push({ sum: p.y, count: 1, lo: p.x, hi: p.x });
    while (blocks.length > 1) {
      const b = blocks[blocks.length - 1]!;
      const a = blocks[blocks.length - 2]!;
      if (mean(a) < mean(b) && a.count >= minBlock) break;
      blocks.pop();
      blocks[blocks.length - 1] = { sum: a.sum + b.sum, count: a.count + b.count, lo: a.lo, hi: b.hi };
    }
  }
  while (blocks.length > 1 && blocks[blocks.length - 1]!.count < minBlock) {
    const b = blocks.pop()!;
    const a = blocks.pop()!;
    blocks.push({ sum: a.sum + b.sum, count: a.count + b.count, lo: a.lo, hi: b.hi });
  }
  let floor = 0;
  const knots = blocks.map((b): [number, number] => {
    const shrunk = Math.max(floor, (b.sum + prior * priorWeight) / (b.count + priorWeight));
    floor = shrunk;
    const x = decreasing ? -b.hi : b.lo;
    return [Math.round(x * 1000) / 1000, Math.round(shrunk * 1000) / 1000];
  });
  return decreasing ? knots.reverse() : knots;
}

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignTargets } from './assign-targets.js';

/** Best total by trying every assignment (small inputs only). */
function bruteForce(gains: number[][], columns: number): number {
  let best = 0;
  const used = new Array<boolean>(columns).fill(false);
  const go = (row: number, total: number) => {
    if (row === gains.length) {
      best = Math.max(best, total);
      return;
    }
    go(row + 1, total);
    for (let c = 0; c < columns; c++) {
      if (used[c] || gains[row]![c]! <= 0) continue;
      used[c] = true;
      go(row + 1, total + gains[row]![c]!);
      used[c] = false;
    }
  };
  go(0, 0);
  return best;
}

describe('assignTargets', () => {
  test('gives each target at most one column and each column at most one target, with the best total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((rows) =>
          fc.integer({ min: 1, max: 6 }).chain((cols) =>
            fc.tuple(
              fc.constant(cols),
              fc.array(
                fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1, noNaN: true })), {
                  minLength: cols,
                  maxLength: cols,
                }),
                {
                  minLength: rows,
                  maxLength: rows,
                },
              ),
            ),
          ),
        ),
        ([cols, gains]) => {
          const result = assignTargets(gains, cols);
          const columns = result.filter((c) => c >= 0);
          expect(new Set(columns).size).toBe(columns.length);
          let total = 0;
          result.forEach((c, row) => {
            if (c >= 0) {
              expect(gains[row]![c]!).toBeGreaterThan(0);
              total += gains[row]![c]!;
            }
          });
          expect(total).toBeCloseTo(bruteForce(gains, cols), 9);
        },
      ),
    );
  });

  test('beats greedy: the first pick is not always kept', () => {
    // greedy would give target 0 column 0 (0.9) and leave target 1 with nothing
    expect(
      assignTargets(
        [
          [0.9, 0.8],
          [0.85, 0],
        ],
        2,
      ),
    ).toEqual([1, 0]);
  });
});

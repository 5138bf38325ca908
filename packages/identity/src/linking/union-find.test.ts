import fc from 'fast-check';
import { expect, test } from 'vitest';
import { UnionFind } from './union-find.js';

/** Components by breadth-first search, labelled by their smallest node. */
function referenceLabels(n: number, edges: [number, number][]): number[] {
  const adjacency = Array.from({ length: n }, () => [] as number[]);
  for (const [a, b] of edges) {
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  const label = new Array<number>(n).fill(-1);
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const queue = [s];
    label[s] = s;
    while (queue.length > 0) {
      const x = queue.pop()!;
      for (const y of adjacency[x]!) {
        if (label[y] === -1) {
          label[y] = s;
          queue.push(y);
        }
      }
    }
  }
  return label;
}

test('labels equal connected components, and member lists hold exactly each set', () => {
  fc.assert(
    fc.property(
      fc
        .integer({ min: 1, max: 40 })
        .chain((n) =>
          fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 60 })),
        ),
      ([n, edges]) => {
        const uf = new UnionFind(n);
        for (const [a, b] of edges) uf.unionRoots(uf.find(a), uf.find(b));
        const labels = [...uf.labels()];
        expect(labels).toEqual(referenceLabels(n, edges));
        for (let x = 0; x < n; x++) {
          const members = uf.members(x).sort((a, b) => a - b);
          expect(members).toEqual(labels.flatMap((l, i) => (l === labels[x] ? [i] : [])));
          expect(uf.size[uf.find(x)]).toBe(members.length);
        }
      },
    ),
  );
});

/**
 * Disjoint sets over record indices with union by size and path halving, and
 * a member list per set (so a set's records can be walked without a scan).
 */
export class UnionFind {
  readonly parent: Int32Array;
  readonly size: Int32Array;
  /** Next member in the set's circular list. */
  readonly next: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.size = new Int32Array(n).fill(1);
    this.next = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      this.next[i] = i;
    }
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]!]!;
      x = p[x]!;
    }
    return x;
  }

  /** Joins the sets of roots `a` and `b`; returns the new root. */
  unionRoots(a: number, b: number): number {
    if (a === b) return a;
    if (this.size[a]! < this.size[b]!) {
      const t = a;
      a = b;
      b = t;
    }
    this.parent[b] = a;
    this.size[a]! += this.size[b]!;
    const na = this.next[a]!;
    this.next[a] = this.next[b]!;
    this.next[b] = na;
    return a;
  }

  /** Up to `limit` members of the set containing `x`, starting at `x`. */
  members(x: number, limit = Number.POSITIVE_INFINITY): number[] {
    const out = [x];
    let m = this.next[x]!;
    while (m !== x && out.length < limit) {
      out.push(m);
      m = this.next[m]!;
    }
    return out;
  }

  /** Set label per element: the smallest element index of its set. */
  labels(): Int32Array {
    const n = this.parent.length;
    const minOfRoot = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const r = this.find(i);
      if (minOfRoot[r] === -1) minOfRoot[r] = i;
    }
    const out = new Int32Array(n);
    for (let i = 0; i < n; i++) out[i] = minOfRoot[this.find(i)]!;
    return out;
  }
}

import { canonicalFirstName } from '../canonical/index.js';
import type { IdentityColumn, PreparedRecords } from '../records/prepare-records.js';
import { jaroWinkler } from '../similarity/jaro-winkler.js';
import { levenshtein } from '../similarity/levenshtein.js';
import type { UnionFind } from './union-find.js';

/**
 * How two values of a limited column are told apart: `exact` (different
 * values are different), `name` (spelling variants, nicknames and initials
 * are one name), `date` (dates two digits apart or with day and month swapped
 * are one date, since typos are more likely than a second birthday).
 */
export type LimitMatch = 'exact' | 'name' | 'date';

/**
 * Merge protection: a person may hold at most `max` different values of
 * `column`. A merge that would exceed it is refused. With `perSystem`, the
 * limit counts per source system (for `account` values `type|system|id`).
 */
export interface MergeLimit {
  column: IdentityColumn;
  max: number;
  match?: LimitMatch;
  perSystem?: boolean;
}

/**
 * Default limits. A person may have a second account in one system (a guest
 * checkout, a new card profile) but rarely more than three; more than five
 * different emails or phones is the signature of a blob welded by a shared
 * value, not of one person. Birth dates are left to the model: typed dates
 * differ by more than a digit or two too often (FEBRL refuses 400 true merges
 * under a one-date limit).
 */
export const DEFAULT_MERGE_LIMITS: readonly MergeLimit[] = [
  { column: 'account', max: 3, perSystem: true },
  { column: 'email', max: 5 },
  { column: 'phone', max: 5 },
];

/** Jaro–Winkler at or above which two first names count as one name for limits and guards. */
export const SAME_NAME_JW = 0.85;

/** Why a merge was refused. */
export interface BlockedMerge {
  reason: string;
  count: number;
}

/**
 * Per-cluster value profiles that decide whether two clusters may merge:
 * merge limits, cannot-link pins from `unmerge`, and a maximum of records per
 * source (one-to-one linking).
 */
export class MergeGuard {
  // Per root record (arrays indexed by record: a million-entry Map costs far more per lookup).
  private readonly profiles: (number[][] | undefined)[];
  private readonly pinProfiles: (number[] | undefined)[];
  private readonly sourceCounts: (Map<number, number> | undefined)[];
  private readonly formal = new Map<number, string>();
  readonly blocked = new Map<string, number>();

  constructor(
    private readonly prepared: PreparedRecords,
    private readonly limits: readonly MergeLimit[],
    /** Record index → pin tokens (pin * 2 + side). */
    private readonly pins: ReadonlyMap<number, readonly number[]> = new Map(),
    private readonly maxPerSource = Number.POSITIVE_INFINITY,
  ) {
    this.profiles = new Array(prepared.size);
    this.pinProfiles = new Array(prepared.size);
    this.sourceCounts = new Array(prepared.size);
  }

  private recordValues(r: number, limit: MergeLimit): number[] {
    const col = this.prepared.columns[limit.column];
    const c = col.codes[r]!;
    if (c < 0) return [];
    const more = col.more.get(r);
    return more ? [c, ...more] : [c];
  }

  private profile(root: number, uf: UnionFind): number[][] {
    if (uf.size[root] === 1) return this.limits.map((l) => this.recordValues(root, l));
    return this.profiles[root] ?? this.limits.map(() => []);
  }

  /** Per per-system limit column: the scope id of each value code (-1 = not yet), and the ids by scope. */
  private readonly scopes = new Map<IdentityColumn, { ids: Int32Array; byName: Map<string, number> }>();

  /** The system a per-system limit counts in, as an id: `type|system` of an `account` value (cached per value). */
  private scope(limit: MergeLimit, code: number): number {
    if (!limit.perSystem) return 0;
    let cache = this.scopes.get(limit.column);
    if (cache === undefined) {
      const size = this.prepared.columns[limit.column].values.length;
      cache = { ids: new Int32Array(size).fill(-1), byName: new Map() };
      this.scopes.set(limit.column, cache);
    }
    let id = cache.ids[code]!;
    if (id < 0) {
      const v = this.prepared.columns[limit.column].values[code]!;
      const second = v.indexOf('|', v.indexOf('|') + 1);
      const name = second < 0 ? v : v.slice(0, second);
      id = cache.byName.get(name) ?? cache.byName.size;
      cache.byName.set(name, id);
      cache.ids[code] = id;
    }
    return id;
  }

  private same(limit: MergeLimit, a: number, b: number): boolean {
    if (a === b) return true;
    const match = limit.match ?? 'exact';
    if (match === 'exact') return false;
    const values = this.prepared.columns[limit.column].values;
    return match === 'name' ? this.sameName(values[a]!, values[b]!, a, b) : sameDate(values[a]!, values[b]!);
  }

  /** Whether two canonical first names can be one person's. */
  sameName(x: string, y: string, cx = -1, cy = -1): boolean {
    if (x === y) return true;
    if ((x.length === 1 || y.length === 1) && x.charAt(0) === y.charAt(0)) return true;
    if (this.formalOf(x, cx) === this.formalOf(y, cy)) return true;
    return jaroWinkler(x, y) >= SAME_NAME_JW;
  }

  private formalOf(v: string, code: number): string {
    if (code < 0) return canonicalFirstName(v);
    let f = this.formal.get(code);
    if (f === undefined) {
      f = canonicalFirstName(v);
      this.formal.set(code, f);
    }
    return f;
  }

  /** Merged representatives of one limit, or null if the merge would exceed it (`max` overrides the limit's). */
  private mergeValues(limit: MergeLimit, a: number[], b: number[], max = limit.max): number[] | null {
    const out = a.slice();
    for (const v of b) {
      const scope = this.scope(limit, v);
      let known = false;
      for (const x of out) {
        if (this.same(limit, x, v) && this.scope(limit, x) === scope) {
          known = true;
          break;
        }
      }
      if (known) continue;
      out.push(v);
      let inScope = 0;
      for (const x of out) if (this.scope(limit, x) === scope) inScope++;
      if (inScope > max) return null;
    }
    return out;
  }

  private note(reason: string): false {
    this.blocked.set(reason, (this.blocked.get(reason) ?? 0) + 1);
    return false;
  }

  /** Whether the clusters of roots `a` and `b` may merge; extra `guards` apply to this merge only. */
  canMerge(a: number, b: number, uf: UnionFind, guards: readonly MergeLimit[] = []): boolean {
    const pa = this.pinsOf(a, uf);
    if (pa.length > 0) {
      const pb = this.pinsOf(b, uf);
      for (const t of pa) if (pb.includes(t ^ 1)) return this.note('unmerge pin');
    }
    if (this.maxPerSource !== Number.POSITIVE_INFINITY) {
      const sa = this.sourcesOf(a, uf);
      const sb = this.sourcesOf(b, uf);
      for (const [s, n] of sb)
        if ((sa.get(s) ?? 0) + n > this.maxPerSource) return this.note('records per source');
    }
    const fa = this.profile(a, uf);
    const fb = this.profile(b, uf);
    for (let l = 0; l < this.limits.length; l++) {
      if (this.mergeValues(this.limits[l]!, fa[l]!, fb[l]!) === null)
        return this.note(`limit ${this.limits[l]!.column}`);
    }
    for (const g of guards) {
      const va = this.clusterValues(a, g, uf);
      const vb = this.clusterValues(b, g, uf);
      if (this.mergeValues(g, va, vb) === null) return this.note(`guard ${g.column}`);
    }
    return true;
  }

  /** Values of `limit.column` in a cluster (at most 16 members read). */
  private clusterValues(root: number, limit: MergeLimit, uf: UnionFind): number[] {
    const out: number[] = [];
    for (const m of uf.members(root, 16))
      for (const v of this.recordValues(m, limit)) if (!out.includes(v)) out.push(v);
    return out;
  }

  private pinsOf(root: number, uf: UnionFind): readonly number[] {
    if (this.pins.size === 0) return [];
    if (uf.size[root] === 1) return this.pins.get(root) ?? [];
    return this.pinProfiles[root] ?? [];
  }

  private sourcesOf(root: number, uf: UnionFind): Map<number, number> {
    if (uf.size[root] === 1) return new Map([[this.prepared.sources[root]!, 1]]);
    return this.sourceCounts[root] ?? new Map();
  }

  /** Joins two roots that `canMerge` allowed, updating the profiles; returns the new root. */
  merge(a: number, b: number, uf: UnionFind): number {
    const fa = this.profile(a, uf);
    const fb = this.profile(b, uf);
    const merged = this.limits.map((l, i) => this.mergeValues(l, fa[i]!, fb[i]!, Number.POSITIVE_INFINITY)!);
    const pins = this.pins.size === 0 ? [] : [...new Set([...this.pinsOf(a, uf), ...this.pinsOf(b, uf)])];
    const sources =
      this.maxPerSource === Number.POSITIVE_INFINITY ? undefined : new Map(this.sourcesOf(a, uf));
    if (sources) for (const [s, n] of this.sourcesOf(b, uf)) sources.set(s, (sources.get(s) ?? 0) + n);
    this.profiles[a] = undefined;
    this.profiles[b] = undefined;
    this.pinProfiles[a] = undefined;
    this.pinProfiles[b] = undefined;
    this.sourceCounts[a] = undefined;
    this.sourceCounts[b] = undefined;
    const root = uf.unionRoots(a, b);
    if (merged.some((v) => v.length > 0)) this.profiles[root] = merged;
    if (pins.length > 0) this.pinProfiles[root] = pins;
    if (sources) this.sourceCounts[root] = sources;
    return root;
  }
}

/** Whether two YYYY-MM-DD dates are plausibly one date typed twice. */
export function sameDate(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === 10 && b.length === 10 && a.slice(0, 4) === b.slice(0, 4)) {
    if (a.slice(5, 7) === b.slice(8, 10) && a.slice(8, 10) === b.slice(5, 7)) return true;
  }
  return levenshtein(a, b, 2) <= 2;
}

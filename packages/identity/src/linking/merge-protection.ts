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
  private readonly profiles = new Map<number, number[][]>();
  private readonly pinProfiles = new Map<number, number[]>();
  private readonly sourceCounts = new Map<number, Map<number, number>>();
  private readonly formal = new Map<number, string>();
  readonly blocked = new Map<string, number>();

  constructor(
    private readonly prepared: PreparedRecords,
    private readonly limits: readonly MergeLimit[],
    /** Record index → pin tokens (pin * 2 + side). */
    private readonly pins: ReadonlyMap<number, readonly number[]> = new Map(),
    private readonly maxPerSource = Number.POSITIVE_INFINITY,
  ) {}

  private recordValues(r: number, limit: MergeLimit): number[] {
    const col = this.prepared.columns[limit.column];
    const c = col.codes[r]!;
    if (c < 0) return [];
    const more = col.more.get(r);
    return more ? [c, ...more] : [c];
  }

  private profile(root: number, uf: UnionFind): number[][] {
    if (uf.size[root] === 1) return this.limits.map((l) => this.recordValues(root, l));
    return this.profiles.get(root) ?? this.limits.map(() => []);
  }

  private readonly scopes = new Map<IdentityColumn, string[]>();

  /** The system a per-system limit counts in: `type|system` of an `account` value (cached per value). */
  private scope(limit: MergeLimit, code: number): string {
    if (!limit.perSystem) return '';
    let cache = this.scopes.get(limit.column);
    if (cache === undefined) {
      cache = [];
      this.scopes.set(limit.column, cache);
    }
    let scope = cache[code];
    if (scope === undefined) {
      const v = this.prepared.columns[limit.column].values[code]!;
      const second = v.indexOf('|', v.indexOf('|') + 1);
      scope = second < 0 ? v : v.slice(0, second);
      cache[code] = scope;
    }
    return scope;
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

  /** Merged representatives of one limit, or null if the merge would exceed it. */
  private mergeValues(limit: MergeLimit, a: number[], b: number[]): number[] | null {
    const out = [...a];
    for (const v of b) {
      if (out.some((x) => this.same(limit, x, v) && this.scope(limit, x) === this.scope(limit, v))) continue;
      out.push(v);
      const scope = this.scope(limit, v);
      let inScope = 0;
      for (const x of out) if (this.scope(limit, x) === scope) inScope++;
      if (inScope > limit.max) return null;
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
    return this.pinProfiles.get(root) ?? [];
  }

  private sourcesOf(root: number, uf: UnionFind): Map<number, number> {
    if (uf.size[root] === 1) return new Map([[this.prepared.sources[root]!, 1]]);
    return this.sourceCounts.get(root) ?? new Map();
  }

  /** Joins two roots that `canMerge` allowed, updating the profiles; returns the new root. */
  merge(a: number, b: number, uf: UnionFind): number {
    const fa = this.profile(a, uf);
    const fb = this.profile(b, uf);
    const merged = this.limits.map(
      (l, i) => this.mergeValues({ ...l, max: Number.POSITIVE_INFINITY }, fa[i]!, fb[i]!)!,
    );
    const pins = this.pins.size === 0 ? [] : [...new Set([...this.pinsOf(a, uf), ...this.pinsOf(b, uf)])];
    const sources =
      this.maxPerSource === Number.POSITIVE_INFINITY ? undefined : new Map(this.sourcesOf(a, uf));
    if (sources) for (const [s, n] of this.sourcesOf(b, uf)) sources.set(s, (sources.get(s) ?? 0) + n);
    this.profiles.delete(a);
    this.profiles.delete(b);
    this.pinProfiles.delete(a);
    this.pinProfiles.delete(b);
    this.sourceCounts.delete(a);
    this.sourceCounts.delete(b);
    const root = uf.unionRoots(a, b);
    if (merged.some((v) => v.length > 0)) this.profiles.set(root, merged);
    if (pins.length > 0) this.pinProfiles.set(root, pins);
    if (sources) this.sourceCounts.set(root, sources);
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

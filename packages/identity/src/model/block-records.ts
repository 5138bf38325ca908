import { IdentityError } from '../errors.js';
import type { IdentityColumn, PreparedRecords } from '../records/prepare-records.js';
import { soundex } from '../similarity/soundex.js';
import { NumberTable } from '../tables/number-table.js';

/** How a blocking key derives from a column value. */
export type BlockingTransform = 'value' | 'soundex' | 'initial' | 'prefix3' | 'year';

export interface BlockingKey {
  column: IdentityColumn;
  transform?: BlockingTransform;
}

/** Records agreeing on every key of a rule become candidate pairs. */
export interface BlockingRule {
  name: string;
  keys: readonly BlockingKey[];
  /**
   * A broad rule (one common column) used only while the candidate pairs stay
   * within the pair budget: on a small file it recovers matches the narrow
   * rules miss, on a large one it would cost quadratic time.
   */
  optional?: boolean;
}

/** Which pairs to consider: within one source (dedupe), across sources only (link), or both. */
export type LinkType = 'dedupe' | 'link' | 'linkAndDedupe';

export interface BlockRecordsOptions {
  linkType?: LinkType;
  /**
   * Blocks larger than this are not compared all-pairs: members are sorted by
   * name and birth date and each is compared with its next `window` neighbours
   * (sorted neighbourhood), so one placeholder or one giant true cluster costs
   * linear, not quadratic, time. Default {@link MAX_BLOCK_SIZE}.
   */
  maxBlockSize?: number;
  /** Neighbours compared in an oversized block. Default {@link OVERSIZED_BLOCK_WINDOW}. */
  window?: number;
  /** Optional rules are skipped once candidate pairs would exceed this. Default {@link pairBudget}. */
  pairBudget?: number;
}

/**
 * Candidate pairs optional (broad) rules may bring the total to: 5 per
 * record, at least 250k. Scoring a pair costs about a microsecond, so the
 * budget keeps scoring within seconds at any size while a small file (FEBRL,
 * 5,000 records) still gets every broad rule.
 */
export function pairBudget(records: number): number {
  return Math.max(250_000, 5 * records);
}

/**
 * 30 records in one block is 435 pairs, 15 per record; past that a key is
 * too common to be informative on its own (a common full name in a big
 * city), and all-pairs grows quadratically.
 */
export const MAX_BLOCK_SIZE = 30;
/**
 * Eight neighbours in the sorted order (surname, first name, birth date,
 * postal code) keep the variants of one person connected inside a big block
 * (a person rarely has more than eight records under one key).
 */
export const OVERSIZED_BLOCK_WINDOW = 8;

/**
 * Candidate pairs, column-wise, sorted by (left, right); `rule` is the first
 * rule that produced each pair, `rules` a bit mask of all that did.
 */
export interface CandidatePairs {
  left: Int32Array;
  right: Int32Array;
  rule: Uint8Array;
  rules: Uint32Array;
  length: number;
  /** Per rule: pairs produced, blocks, oversized blocks. */
  stats: { rule: string; pairs: number; blocks: number; oversizedBlocks: number; skipped: boolean }[];
}

/** Per-rule blocking keys of every record, for "do these two share rule k" tests. */
export interface BlockingIndex {
  readonly rules: readonly BlockingRule[];
  /** Per rule: primary key per record (NaN = no key). */
  readonly keys: Float64Array[];
  /** Per rule: further keys of records with several values. */
  readonly moreKeys: Map<number, number[]>[];
  /** Per rule: keys whose block was oversized (its pairs were windowed, not complete). */
  readonly oversized: Set<number>[];
  /** Per rule: skipped for the pair budget (its pairs were not generated). */
  readonly skipped: boolean[];
}

function transformCodes(prepared: PreparedRecords, key: BlockingKey): { codes: Int32Array; radix: number } {
  const col = prepared.columns[key.column];
  const t = key.transform ?? 'value';
  if (t === 'value') return { codes: col.codes, radix: col.values.length + 1 };
  const dict = new Map<string, number>();
  const map = new Int32Array(col.values.length);
  for (let c = 0; c < col.values.length; c++) {
    const v = col.values[c]!;
    let k: string;
    if (t === 'soundex') k = soundex(v);
    else if (t === 'initial') k = v.charAt(0);
    else if (t === 'prefix3') k = v.slice(0, 3);
    else k = v.slice(0, 4);
    if (k === '') {
      map[c] = -1;
      continue;
    }
    let code = dict.get(k);
    if (code === undefined) {
      code = dict.size;
      dict.set(k, code);
    }
    map[c] = code;
  }
  const codes = new Int32Array(col.codes.length);
  for (let r = 0; r < codes.length; r++) {
    const c = col.codes[r]!;
    codes[r] = c < 0 ? -1 : map[c]!;
  }
  return { codes, radix: dict.size + 1 };
}

/** Computes every record's key under every rule. */
export function buildBlockingIndex(prepared: PreparedRecords, rules: readonly BlockingRule[]): BlockingIndex {
  const keys: Float64Array[] = [];
  const moreKeys: Map<number, number[]>[] = [];
  for (const rule of rules) {
    const parts = rule.keys.map((k) => transformCodes(prepared, k));
    const n = prepared.size;
    const out = new Float64Array(n);
    const extra = new Map<number, number[]>();
    // Only the first key of a rule may be multi-valued (a second email or phone).
    const firstCol = prepared.columns[rule.keys[0]!.column];
    const multi = (rule.keys[0]!.transform ?? 'value') === 'value' && firstCol.more.size > 0;
    const scale = parts.slice(1).reduce((s, p) => s * p.radix, 1);
    // Keys are exact integers while the radix product stays below 2^53.
    const exact = scale * parts[0]!.radix < 2 ** 52;
    const wide = new Map<string, number>();
    for (let r = 0; r < n; r++) {
      let key = 0;
      let ok = true;
      for (let p = 1; p < parts.length; p++) {
        const c = parts[p]!.codes[r]!;
        if (c < 0) {
          ok = false;
          break;
        }
        key = key * parts[p]!.radix + c;
      }
      const first = parts[0]!;
      const c0 = first.codes[r]!;
      if (!ok || c0 < 0) {
        out[r] = Number.NaN;
        continue;
      }
      if (!exact) {
        const tailText = parts
          .slice(1)
          .map((p) => p.codes[r])
          .join(',');
        const code = (c: number) => {
          const text = `${c}|${tailText}`;
          let v = wide.get(text);
          if (v === undefined) {
            v = wide.size;
            wide.set(text, v);
          }
          return v;
        };
        out[r] = code(c0);
        const m = multi ? firstCol.more.get(r) : undefined;
        if (m) extra.set(r, m.map(code));
        continue;
      }
      const tail = key;
      out[r] = c0 * scale + tail;
      if (multi) {
        const m = firstCol.more.get(r);
        if (m)
          extra.set(
            r,
            m.map((c) => c * scale + tail),
          );
      }
    }
    keys.push(out);
    moreKeys.push(extra);
  }
  return {
    rules,
    keys,
    moreKeys,
    oversized: rules.map(() => new Set<number>()),
    skipped: rules.map(() => false),
  };
}

/** Whether records i and j share a (complete, not windowed) block of rule k. */
export function shareBlock(index: BlockingIndex, k: number, i: number, j: number): boolean {
  if (index.skipped[k]) return false;
  const keys = index.keys[k]!;
  const a = keys[i]!;
  if (Number.isNaN(a)) return false;
  const over = index.oversized[k]!;
  const b = keys[j]!;
  if (a === b) return !over.has(a);
  const more = index.moreKeys[k]!;
  const ma = more.get(i);
  const mb = more.get(j);
  if (ma === undefined && mb === undefined) return false;
  const la = ma ? [a, ...ma] : [a];
  const lb = mb ? [b, ...mb] : [b];
  for (const x of la) if (lb.includes(x) && !over.has(x)) return true;
  return false;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(a.length * 2);
  grown.set(a);
  return grown;
}

/** Growable list of raw pairs: left record, and right record * MAX_RULES + rule. */
class PairBuffer {
  left = new Int32Array(1 << 16);
  tail = new Int32Array(1 << 16);
  length = 0;
  push(a: number, b: number, k: number): void {
    if (this.length === this.left.length) {
      const left = new Int32Array(this.length * 2);
      left.set(this.left);
      this.left = left;
      const tail = new Int32Array(this.length * 2);
      tail.set(this.tail);
      this.tail = tail;
    }
    this.left[this.length] = a;
    this.tail[this.length++] = b * MAX_RULES + k;
  }
}

/** Rules a pair key can name (5 bits). */
const MAX_RULES = 32;

/**
 * Generates candidate pairs: records sharing a key of any rule, each pair once
 * with `left < right`, the first rule that produced it in `rule` and every
 * rule that did in `rules` (a bit mask). Pairs are collected as numbers and
 * deduplicated by one sort, so no rule re-checks the others.
 */
export function blockRecords(
  prepared: PreparedRecords,
  index: BlockingIndex,
  options: BlockRecordsOptions = {},
): CandidatePairs {
  if (index.rules.length > MAX_RULES) {
    throw new IdentityError({
      code: 'INVALID_IDENTITY_OPTIONS',
      message: `At most ${MAX_RULES} blocking rules are supported, got ${index.rules.length}. Merge or drop some rules.`,
    });
  }
  const linkType = options.linkType ?? 'dedupe';
  const maxBlock = options.maxBlockSize ?? MAX_BLOCK_SIZE;
  const window = options.window ?? OVERSIZED_BLOCK_WINDOW;
  const budget = options.pairBudget ?? pairBudget(prepared.size);
  const sources = prepared.sources;
  const n = prepared.size;
  if (n * MAX_RULES >= 2 ** 31) {
    throw new IdentityError({
      code: 'INVALID_IDENTITY_OPTIONS',
      message: `At most ${Math.floor(2 ** 31 / MAX_RULES).toLocaleString('en-US')} records can be blocked in one run, got ${n}. Split the records (e.g. by country) and link each part.`,
    });
  }
  const buffer = new PairBuffer();
  const blockStats: { blocks: number; oversized: number; skipped: boolean }[] = [];
  let sortKey: string[] | undefined;
  const crossOnly = linkType === 'link';
  const firstGroup = new Int32Array(n);
  for (let k = 0; k < index.rules.length; k++) {
    const keys = index.keys[k]!;
    const more = index.moreKeys[k]!;
    // Group id of each record's first key and of its further keys. Keys that are small
    // integers (one column's value codes) are their own group ids; others are interned.
    let maxKey = -1;
    for (let r = 0; r < n; r++) {
      const key = keys[r]!;
      if (key > maxKey) maxKey = key;
    }
    for (const m of more.values()) for (const x of m) if (x > maxKey) maxKey = x;
    const direct = maxKey < Math.max(4 * n, 1024);
    const table = direct ? null : new NumberTable();
    let sizes = new Int32Array(direct ? maxKey + 1 : 1024);
    const extraRecords: number[] = [];
    const extraGroups: number[] = [];
    const hasMore = more.size > 0;
    for (let r = 0; r < n; r++) {
      const key = keys[r]!;
      if (Number.isNaN(key)) {
        firstGroup[r] = -1;
        continue;
      }
      const g = table === null ? key : table.intern(key);
      if (g === sizes.length) sizes = grow(sizes);
      sizes[g]!++;
      firstGroup[r] = g;
      if (!hasMore) continue;
      const m = more.get(r);
      if (m === undefined) continue;
      for (const x of m) {
        if (x === key) continue;
        const g2 = table === null ? x : table.intern(x);
        if (g2 === sizes.length) sizes = grow(sizes);
        sizes[g2]!++;
        extraRecords.push(r);
        extraGroups.push(g2);
      }
    }
    const groups = table === null ? maxKey + 1 : table.size;
    if (index.rules[k]!.optional) {
      let estimate = 0;
      for (let g = 0; g < groups; g++) {
        const size = sizes[g]!;
        if (size < 2) continue;
        estimate += size <= maxBlock ? (size * (size - 1)) / 2 : size * window;
      }
      if (buffer.length + estimate > budget) {
        index.skipped[k] = true;
        blockStats.push({ blocks: 0, oversized: 0, skipped: true });
        continue;
      }
    }
    // Members of every group with two or more records, contiguous and in record order.
    const start = new Int32Array(groups + 1);
    for (let g = 0; g < groups; g++) start[g + 1] = start[g]! + (sizes[g]! >= 2 ? sizes[g]! : 0);
    const members = new Int32Array(start[groups]!);
    const fill = start.slice(0, groups);
    let e = 0;
    for (let r = 0; r < n; r++) {
      const g = firstGroup[r]!;
      if (g >= 0 && sizes[g]! >= 2) members[fill[g]!++] = r;
      while (e < extraRecords.length && extraRecords[e] === r) {
        const g2 = extraGroups[e++]!;
        if (sizes[g2]! >= 2) members[fill[g2]!++] = r;
      }
    }
    let blocks = 0;
    let oversized = 0;
    for (let g = 0; g < groups; g++) {
      const from = start[g]!;
      const to = start[g + 1]!;
      const size = to - from;
      if (size < 2) continue;
      blocks++;
      if (size <= maxBlock) {
        // Members ascend, so each pair is (smaller, larger).
        for (let x = from; x < to; x++) {
          const a = members[x]!;
          for (let y = x + 1; y < to; y++) {
            const b = members[y]!;
            if (crossOnly && sources[a] === sources[b]) continue;
            buffer.push(a, b, k);
          }
        }
      } else {
        oversized++;
        index.oversized[k]!.add(table === null ? g : table.keys[g]!);
        sortKey ??= new Array<string>(n);
        const sk = sortKey;
        const block = Array.from(members.subarray(from, to));
        for (const m of block) sk[m] ??= sortKeyOf(prepared, m);
        block.sort((a, b) => (sk[a]! < sk[b]! ? -1 : sk[a]! > sk[b]! ? 1 : a - b));
        for (let x = 0; x < size; x++) {
          const end = Math.min(size, x + 1 + window);
          const a = block[x]!;
          for (let y = x + 1; y < end; y++) {
            const b = block[y]!;
            if (crossOnly && sources[a] === sources[b]) continue;
            if (a < b) buffer.push(a, b, k);
            else buffer.push(b, a, k);
          }
        }
      }
    }
    blockStats.push({ blocks, oversized, skipped: false });
  }
  // Deduplicate by a counting sort on the left record, then a sort of each record's (right, rule) list.
  const raw = buffer.length;
  const start = new Int32Array(n + 1);
  for (let p = 0; p < raw; p++) start[buffer.left[p]! + 1]!++;
  for (let a = 0; a < n; a++) start[a + 1]! += start[a]!;
  const tails = new Int32Array(raw);
  const fill = start.slice(0, n);
  for (let p = 0; p < raw; p++) tails[fill[buffer.left[p]!]!++] = buffer.tail[p]!;
  let unique = 0;
  for (let a = 0; a < n; a++) {
    const from = start[a]!;
    const to = start[a + 1]!;
    if (to - from > 1) sortSegment(tails, from, to);
    for (let p = from; p < to; p++) {
      if (p === from || Math.floor(tails[p]! / MAX_RULES) !== Math.floor(tails[p - 1]! / MAX_RULES)) unique++;
    }
  }
  const left = new Int32Array(unique);
  const right = new Int32Array(unique);
  const rule = new Uint8Array(unique);
  const rules = new Uint32Array(unique);
  const perRule = index.rules.map(() => 0);
  let q = -1;
  for (let a = 0; a < n; a++) {
    let previous = -1;
    for (let p = start[a]!; p < start[a + 1]!; p++) {
      const t = tails[p]!;
      const b = Math.floor(t / MAX_RULES);
      const k = t - b * MAX_RULES;
      if (b !== previous) {
        q++;
        previous = b;
        left[q] = a;
        right[q] = b;
        rule[q] = k;
        perRule[k]!++;
      }
      rules[q]! |= 1 << k;
    }
  }
  const stats = index.rules.map((r, k) => ({
    rule: r.name,
    pairs: perRule[k]!,
    blocks: blockStats[k]!.blocks,
    oversizedBlocks: blockStats[k]!.oversized,
    skipped: blockStats[k]!.skipped,
  }));
  return { left, right, rule, rules, length: unique, stats };
}

/** Sorts `a[from..to)` ascending (insertion sort for the short lists most records have). */
function sortSegment(a: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= from && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/** Sort order inside oversized blocks: surname, first name, birth date, postal code. */
function sortKeyOf(prepared: PreparedRecords, r: number): string {
  const c = prepared.columns;
  const get = (col: IdentityColumn) => {
    const code = c[col].codes[r]!;
    return code < 0 ? '~' : c[col].values[code]!;
  };
  return `${get('last_name')}|${get('first_name_formal')}|${get('birth_date')}|${get('postal_code')}`;
}

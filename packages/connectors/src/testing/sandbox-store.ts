/** A sort key: compared element by element (numbers numerically, strings by code unit). */
export type SortKey = readonly (string | number)[];

export function compareKeys(a: SortKey, b: SortKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

export interface SandboxStoreOptions<T> {
  /** The record's primary key. */
  key: (record: T) => string;
  /** The field the vendor bumps on every change (`updated_at`, `modifiedTime`, `version`). */
  cursorField: string;
  /** How that field is written: RFC 3339 string (default), epoch ms number, or a global version counter. */
  cursorKind?: 'iso' | 'epoch-ms' | 'sequence' | undefined;
  /** Clock of changes (default real time); stamps are strictly increasing whatever it says. */
  now?: (() => number) | undefined;
}

/**
 * The data of one sandbox stream: records by key, changed the way the
 * vendor changes them (`touch` bumps the cursor field past every earlier
 * stamp), with cached sorted views and cached JSON so large pages are cheap.
 */
export class SandboxStore<T extends Record<string, unknown>> {
  readonly #options: SandboxStoreOptions<T>;
  readonly #records = new Map<string, T>();
  readonly #json = new Map<string, string>();
  readonly #bytes = new Map<string, Buffer>();
  readonly #sorted = new Map<string, T[]>();
  #lastStamp = 0;
  /** Increases on every change. */
  version = 0;

  constructor(records: Iterable<T>, options: SandboxStoreOptions<T>) {
    this.#options = options;
    for (const r of records) this.insert(r);
  }

  get size(): number {
    return this.#records.size;
  }

  get(id: string): T | undefined {
    return this.#records.get(id);
  }

  ids(): string[] {
    return [...this.#records.keys()];
  }

  all(): T[] {
    return [...this.#records.values()];
  }

  #stampOf(record: T): number {
    const value = record[this.#options.cursorField];
    if (typeof value === 'number') return value;
    if (typeof value === 'string') {
      const ms = Date.parse(value);
      return Number.isNaN(ms) ? 0 : ms;
    }
    return 0;
  }

  #changed(id: string): void {
    this.#json.delete(id);
    this.#bytes.delete(id);
    this.#sorted.clear();
    this.version++;
  }

  /** Adds or replaces a record as given (no stamp bump). */
  insert(record: T): void {
    const id = this.#options.key(record);
    this.#records.set(id, record);
    this.#lastStamp = Math.max(this.#lastStamp, this.#stampOf(record));
    this.#changed(id);
  }

  remove(id: string): void {
    this.#records.delete(id);
    this.#changed(id);
  }

  /** The next cursor value, strictly after every value in the store. */
  nextStamp(): string | number {
    const kind = this.#options.cursorKind ?? 'iso';
    const now = kind === 'sequence' ? 0 : (this.#options.now ?? Date.now)();
    this.#lastStamp = Math.max(now, this.#lastStamp + 1);
    return kind === 'iso' ? new Date(this.#lastStamp).toISOString() : this.#lastStamp;
  }

  /** Changes a record as the vendor would: applies `patch` and bumps the cursor field. Returns the new version. */
  touch(id: string, patch: Partial<T> = {}): T {
    const current = this.#records.get(id);
    if (!current) throw new Error(`no record ${id}`);
    const next = { ...current, ...patch, [this.#options.cursorField]: this.nextStamp() } as T;
    this.#records.set(id, next);
    this.#changed(id);
    return next;
  }

  /** Overwrites fields without bumping the cursor: a malformed record the vendor might send. */
  corrupt(id: string, patch: Record<string, unknown>): T {
    const current = this.#records.get(id);
    if (!current) throw new Error(`no record ${id}`);
    const next = { ...current, ...patch } as T;
    this.#records.set(id, next);
    this.#changed(id);
    return next;
  }

  /** JSON of a record, cached until it changes. */
  json(record: T): string {
    const id = this.#options.key(record);
    let text = this.#json.get(id);
    if (text === undefined || this.#records.get(id) !== record) {
      text = JSON.stringify(record);
      if (this.#records.get(id) === record) this.#json.set(id, text);
    }
    return text;
  }

  /** UTF-8 JSON of a record, cached until it changes: pages are built by concatenating these. */
  bytes(record: T): Buffer {
    const id = this.#options.key(record);
    let bytes = this.#bytes.get(id);
    if (bytes === undefined || this.#records.get(id) !== record) {
      const text = this.#json.get(id);
      bytes = Buffer.from(
        text !== undefined && this.#records.get(id) === record ? text : JSON.stringify(record),
      );
      if (this.#records.get(id) === record) this.#bytes.set(id, bytes);
    }
    return bytes;
  }

  /** Records sorted ascending by `keyOf` (cached per `name` until the next change). */
  sorted(name: string, keyOf: (record: T) => SortKey): readonly T[] {
    let view = this.#sorted.get(name);
    if (!view) {
      const keyed = [...this.#records.values()].map((r) => ({ r, k: keyOf(r) }));
      keyed.sort((a, b) => compareKeys(a.k, b.k));
      view = keyed.map((x) => x.r);
      this.#sorted.set(name, view);
    }
    return view;
  }
}

export interface KeysetPage<T> {
  items: T[];
  /** Key of the last item, for the next cursor; null when the page is empty. */
  last: SortKey | null;
  /** More matching items follow. */
  more: boolean;
}

export interface KeysetOptions<T> {
  keyOf: (record: T) => SortKey;
  /** Continue after this key (exclusive). */
  after?: SortKey | null | undefined;
  /** Start at the first key ≥ this (ascending) — an index seek for a lower-bound filter. */
  from?: SortKey | null | undefined;
  descending?: boolean | undefined;
  limit: number;
  filter?: ((record: T) => boolean) | undefined;
}

function firstIndexAbove<T>(
  sorted: readonly T[],
  keyOf: (r: T) => SortKey,
  key: SortKey,
  inclusive: boolean,
): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareKeys(keyOf(sorted[mid]!), key);
    if (c < 0 || (!inclusive && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * One page of a keyset (seek) cursor over an ascending view: the next
 * `limit` matching items after `after`. Records changed between pages move
 * in the order but never shift the page boundary, so nothing is skipped: the
 * behaviour of a cursor that encodes the last sort key, as opposed to an offset.
 */
export function keysetPage<T>(sorted: readonly T[], options: KeysetOptions<T>): KeysetPage<T> {
  const { keyOf, limit, filter } = options;
  const items: T[] = [];
  let more = false;
  if (!options.descending) {
    let i = 0;
    if (options.after) i = firstIndexAbove(sorted, keyOf, options.after, false);
    if (options.from) i = Math.max(i, firstIndexAbove(sorted, keyOf, options.from, true));
    for (; i < sorted.length; i++) {
      const r = sorted[i]!;
      if (filter && !filter(r)) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(r);
    }
  } else {
    let i = sorted.length - 1;
    if (options.after) i = firstIndexAbove(sorted, keyOf, options.after, true) - 1;
    for (; i >= 0; i--) {
      const r = sorted[i]!;
      if (filter && !filter(r)) continue;
      if (items.length === limit) {
        more = true;
        break;
      }
      items.push(r);
    }
  }
  const lastItem = items[items.length - 1];
  return { items, last: lastItem === undefined ? null : keyOf(lastItem), more };
}

const COMMA = Buffer.from(',');

/**
 * The parts of a JSON page `{"<key>":[…records…]<tail>}` from cached record
 * bytes, written to the socket one by one (no re-serialising, no copying into
 * one buffer); `tail` is raw JSON text such as `,"cursor":"abc"`.
 */
export function jsonPage(key: string, records: readonly Buffer[], tail = ''): Buffer[] {
  const parts: Buffer[] = [Buffer.from(`{${JSON.stringify(key)}:[`)];
  records.forEach((r, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(r);
  });
  parts.push(Buffer.from(`]${tail}}`));
  return parts;
}

/** An opaque cursor string (base64url JSON), as vendors hand out. */
export function encodeCursor(payload: unknown): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The payload of `encodeCursor`, or null when the token is not one. */
export function decodeCursor(token: string): unknown {
  try {
    return JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}

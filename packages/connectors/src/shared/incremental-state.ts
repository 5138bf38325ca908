import { z } from 'zod';
import { ConnectorError } from './errors.js';
import type { PageToken } from './paginate.js';

/** A cursor value as the vendor writes it: an RFC 3339 string, epoch ms, a version number. */
export type CursorValue = string | number;

/** How to order and rebuild a vendor's cursor values. */
export interface CursorCodec {
  /** A comparable number (epoch ms, version), or null when the value cannot be read. */
  toOrdinal(value: unknown): number | null;
  /** The value to store for an ordinal the connector made up (the run start of an unsorted stream). */
  fromOrdinal(ordinal: number): CursorValue;
}

/** RFC 3339 / ISO 8601 timestamps (Square, Shopify, HubSpot, Salesforce's `+0000` too). Ordinal: epoch ms. */
export const isoTimestampCursor: CursorCodec = {
  toOrdinal(value) {
    if (typeof value !== 'string') return null;
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  },
  fromOrdinal: (ms) => new Date(ms).toISOString(),
};

/** Epoch milliseconds as numbers or digit strings (Clover `modifiedTime`). */
export const epochMillisCursor: CursorCodec = {
  toOrdinal(value) {
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
    return null;
  },
  fromOrdinal: (ms) => ms,
};

/** A vendor's change counter (Lightspeed `version`). Same reading as epoch ms; ordinals are versions. */
export const sequenceCursor: CursorCodec = epochMillisCursor;

/**
 * Sync state of one partition (a location, a restaurant, or `*`).
 *
 * - `hwm`: the high-water mark, the highest cursor value committed.
 * - `seen`: primary key → cursor value of records delivered at or below the
 *   hwm, within the overlap window. The next run asks again from
 *   `hwm - overlap` (inclusive) and skips a record whose key is here with
 *   the same or an older cursor value, so nothing in the window is doubled
 *   and nothing that committed late is missed.
 * - `run`: only between pages of a stream whose pages are not sorted by the
 *   cursor: the query's lower bound and the vendor's page token to continue
 *   from, because the hwm may not move until the whole query has been read.
 */
export interface PartitionState {
  hwm: CursorValue | null;
  seen: Record<string, CursorValue>;
  /** Versions quarantined inside the window (key → cursor value), so a re-read does not quarantine them twice. */
  quarantined?: Record<string, CursorValue> | undefined;
  run?: RunState | undefined;
}

export interface RunState {
  /** Inclusive lower bound (ordinal) the run's query was built with; the resumed query must match. */
  lowerBound: number | null;
  /** Where the next page starts. */
  page: PageToken;
  /** Highest cursor value delivered so far in the run. */
  max: CursorValue | null;
  /** When the run started (ISO); an unsorted stream never commits an hwm past it. */
  startedAt: string;
}

/** The JSON-serialisable state of one stream, carried by `{ type: 'state' }` messages. */
export interface StreamState {
  v: 1;
  stream: string;
  cursorField: string;
  partitions: Record<string, PartitionState>;
}

const cursorValueSchema = z.union([z.string(), z.number()]);
const pageTokenSchema = z.union([
  z.object({ cursor: z.string() }),
  z.object({ url: z.string() }),
  z.object({ offset: z.number() }),
  z.object({ page: z.number() }),
  z.object({ seek: z.number(), offset: z.number() }),
]);

export const streamStateSchema = z.object({
  v: z.literal(1),
  stream: z.string(),
  cursorField: z.string(),
  partitions: z.record(
    z.string(),
    z.object({
      hwm: cursorValueSchema.nullable(),
      seen: z.record(z.string(), cursorValueSchema),
      quarantined: z.record(z.string(), cursorValueSchema).optional(),
      run: z
        .object({
          lowerBound: z.number().nullable(),
          page: pageTokenSchema,
          max: cursorValueSchema.nullable(),
          startedAt: z.string(),
        })
        .optional(),
    }),
  ),
});

/** Checks a saved state before a run; `null`/`undefined` mean a first (full) sync. */
export function parseStreamState(state: unknown, stream: string, cursorField: string): StreamState {
  if (state === undefined || state === null) return { v: 1, stream, cursorField, partitions: {} };
  const parsed = streamStateSchema.safeParse(state);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ConnectorError({
      code: 'INVALID_STATE',
      message: `The state passed to read("${stream}") is not one this connector wrote (${issue?.path.join('.') || '(root)'}: ${issue?.message}). Pass the \`state\` of the last state message for this stream, or none for a full sync.`,
    });
  }
  if (parsed.data.stream !== stream || parsed.data.cursorField !== cursorField) {
    throw new ConnectorError({
      code: 'INVALID_STATE',
      message: `The state belongs to stream "${parsed.data.stream}" (cursor ${parsed.data.cursorField}), not "${stream}" (cursor ${cursorField}). Keep one state per stream.`,
    });
  }
  return parsed.data as StreamState;
}

export interface TrackerOptions {
  /** How far below the hwm a new run starts, in ordinal units (ms for timestamps). */
  overlap: number;
  cursor: CursorCodec;
  /** Pages arrive in ascending cursor order, so the hwm may move after every page. */
  sortedByCursor: boolean;
  /**
   * Most keys kept in `seen`. Past it the oldest are dropped; a record in the
   * overlap window whose key was dropped would be delivered again, which the
   * warehouse's upsert by conversion_id absorbs.
   */
  maxSeen?: number | undefined;
  now?: (() => number) | undefined;
}

// Window bookkeeping ceiling: far above what an overlap window holds for one
// merchant (a busy store writes a few hundred records a minute), small enough
// that a state stays a few MB at worst.
export const DEFAULT_MAX_SEEN = 50_000;

interface Mark {
  raw: CursorValue;
  ord: number;
}

/**
 * Decides, record by record, whether a record is new, and writes the
 * checkpoint after each page. One tracker per partition per run.
 *
 * A record is delivered when its cursor is at or above the run's lower
 * bound and its key was not already delivered with the same or a newer
 * cursor value. The lower bound is inclusive and moved back by the overlap,
 * so a record that committed late, or that shares the boundary timestamp,
 * is still read; the `seen` keys drop the copies that were delivered before.
 */
export class IncrementalTracker {
  /** Inclusive lower bound (ordinal) for this run's query, or null for a full sync. */
  readonly lowerBound: number | null;
  /** Page token to continue an interrupted run of an unsorted stream from. */
  readonly resumeFrom: PageToken | null;
  readonly stats = { delivered: 0, duplicates: 0, belowWindow: 0 };
  readonly #options: TrackerOptions;
  readonly #seen = new Map<string, Mark>();
  readonly #quarantined = new Map<string, Mark>();
  /** Keys that were in `seen` when the run started: an unsorted query can return them on any page. */
  readonly #prior = new Set<string>();
  readonly #startedAt: number;
  #hwm: Mark | null;
  #max: Mark | null;

  constructor(state: PartitionState | undefined, options: TrackerOptions) {
    this.#options = options;
    const mark = (raw: CursorValue | null | undefined): Mark | null => {
      if (raw === null || raw === undefined) return null;
      const ord = options.cursor.toOrdinal(raw);
      return ord === null ? null : { raw, ord };
    };
    this.#hwm = mark(state?.hwm);
    for (const [key, raw] of Object.entries(state?.quarantined ?? {})) {
      const m = mark(raw);
      if (m) this.#quarantined.set(key, m);
    }
    for (const [key, raw] of Object.entries(state?.seen ?? {})) {
      const m = mark(raw);
      if (m) {
        this.#seen.set(key, m);
        this.#prior.add(key);
      }
    }
    const run = options.sortedByCursor ? undefined : state?.run;
    if (run) {
      this.lowerBound = run.lowerBound;
      this.resumeFrom = run.page;
      this.#max = mark(run.max);
      const started = Date.parse(run.startedAt);
      this.#startedAt = Number.isNaN(started) ? (options.now ?? Date.now)() : started;
    } else {
      this.lowerBound = this.#hwm === null ? null : this.#hwm.ord - options.overlap;
      this.resumeFrom = null;
      this.#max = null;
      this.#startedAt = (options.now ?? Date.now)();
    }
  }

  /** True when the record should be delivered; records it as delivered. */
  accept(key: string, raw: CursorValue, ord: number): boolean {
    if (this.lowerBound !== null && ord < this.lowerBound) {
      // Below what was asked for: delivered by an earlier run (the vendor ignored the filter).
      this.stats.belowWindow++;
      return false;
    }
    const previous = this.#seen.get(key);
    if (previous !== undefined) {
      if (ord <= previous.ord) {
        this.stats.duplicates++;
        return false;
      }
    }
    this.#seen.set(key, { raw, ord });
    if (this.#max === null || ord > this.#max.ord) this.#max = { raw, ord };
    this.stats.delivered++;
    return true;
  }

  /**
   * For a record that failed its wire schema but whose key and cursor can be
   * read: true the first time (quarantine it), false when the same version was
   * already quarantined or delivered (a re-read at a seek boundary or inside
   * the overlap). It never moves the hwm: a broken record's cursor is not trusted.
   */
  acceptQuarantined(key: string, raw: CursorValue, ord: number): boolean {
    // Exactly this version: a later broken version is quarantined again, and valid versions
    // are judged by `seen` alone (a broken record's cursor may be nonsense).
    if (this.#quarantined.get(key)?.ord === ord) {
      this.stats.duplicates++;
      return false;
    }
    this.#quarantined.set(key, { raw, ord });
    return true;
  }

  /** The hwm this run would commit if it ended now. */
  #committable(): Mark | null {
    let candidate = this.#max;
    if (candidate !== null && !this.#options.sortedByCursor && candidate.ord > this.#startedAt) {
      // Unsorted pages: a record changed during the run may sit on a page already read,
      // so the hwm stops at the run's start; the overlap covers clock skew.
      candidate = { raw: this.#options.cursor.fromOrdinal(this.#startedAt), ord: this.#startedAt };
    }
    if (candidate === null) return this.#hwm;
    if (this.#hwm !== null && this.#hwm.ord >= candidate.ord) return this.#hwm;
    return candidate;
  }

  /**
   * Drops keys below `hwm - overlap`: the next run starts there, so they cannot come back.
   * `keepPrior` (an unsorted run between pages) keeps the keys the run started with, since
   * later pages of the same query can still return them.
   */
  #prunedSeen(hwm: Mark | null, keepPrior = false): Record<string, CursorValue> {
    if (hwm !== null) {
      const floor = hwm.ord - this.#options.overlap;
      for (const [key, m] of this.#seen) {
        if (m.ord < floor && !(keepPrior && this.#prior.has(key))) this.#seen.delete(key);
      }
      if (!keepPrior)
        for (const [key, m] of this.#quarantined) if (m.ord < floor) this.#quarantined.delete(key);
    }
    const max = this.#options.maxSeen ?? DEFAULT_MAX_SEEN;
    if (this.#seen.size > max) {
      const oldest = [...this.#seen].sort((a, b) => a[1].ord - b[1].ord);
      for (let i = 0; i < oldest.length - max; i++) this.#seen.delete(oldest[i]![0]);
    }
    const out: Record<string, CursorValue> = {};
    for (const [key, m] of this.#seen) out[key] = m.raw;
    return out;
  }

  #quarantinedOut(): { quarantined?: Record<string, CursorValue> } {
    if (this.#quarantined.size === 0) return {};
    const out: Record<string, CursorValue> = {};
    for (const [key, m] of this.#quarantined) out[key] = m.raw;
    return { quarantined: out };
  }

  /**
   * The partition state after the page just delivered. `next` is the page
   * token of the following page, or null when the query is exhausted.
   */
  checkpoint(next: PageToken | null): PartitionState {
    const committable = this.#committable();
    if (this.#options.sortedByCursor || next === null) {
      this.#hwm = committable;
      return { hwm: this.#hwm?.raw ?? null, seen: this.#prunedSeen(this.#hwm), ...this.#quarantinedOut() };
    }
    return {
      hwm: this.#hwm?.raw ?? null,
      seen: this.#prunedSeen(committable, true),
      ...this.#quarantinedOut(),
      run: {
        lowerBound: this.lowerBound,
        page: next,
        max: this.#max?.raw ?? null,
        startedAt: new Date(this.#startedAt).toISOString(),
      },
    };
  }
}

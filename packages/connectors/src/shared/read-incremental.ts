import type { z } from 'zod';
import type { ConnectorMessage } from '../protocol.js';
import { ConnectorError } from './errors.js';
import { FlattenedPages } from './flatten-pages.js';
import type { HttpClient, HttpRequest } from './http-client.js';
import {
  type CursorCodec,
  IncrementalTracker,
  type PartitionState,
  parseStreamState,
  type StreamState,
} from './incremental-state.js';
import { type Pagination, paginate } from './paginate.js';
import { compileRecordCheck } from './record-check.js';

/** Partition key of a stream that is not split (by location, restaurant, …). */
export const WHOLE_STREAM = '*';

/** An incremental API stream, declared as data. */
export interface IncrementalStream {
  name: string;
  /**
   * Wire schema of one record (`.nullish()` fields); a record that fails is
   * quarantined. It only checks: the record is delivered as the vendor sent it,
   * so a plain `z.object` (faster than `looseObject`) loses nothing.
   */
  schema: z.ZodType;
  /** Top-level field holding the record's unique id. */
  primaryKey: string;
  /** Top-level field the vendor filters on (updated_at, modifiedTime, version). */
  cursorField: string;
  cursor: CursorCodec;
  /**
   * True when the query returns records in ascending cursor order (Square
   * payments with sort_field=UPDATED_AT&sort_order=ASC). The high-water mark
   * then moves after every page and a crash resumes with a fresh query. When
   * false (Square customers sort by created_at at best), the hwm moves only
   * when the query is exhausted, and a crash resumes from the vendor's page token.
   */
  sortedByCursor: boolean;
  /** Dotted path of the records array in a page (`payments`; `''` for a bare array). */
  records: string;
  pagination: Pagination;
  /**
   * Request the next page while the caller handles this one (default true;
   * still one request at a time). Set false when handling a record makes
   * requests of its own on the same connection (WooCommerce refunds are
   * fetched per order), so the stream never has two requests in flight.
   */
  prefetch?: boolean | undefined;
  /**
   * Check that every page is in ascending cursor order before delivering any
   * of it (for `sortedByCursor` streams whose vendor does not document the
   * order, e.g. Toast ordersBulk). A page out of order fails the read with
   * MALFORMED_RESPONSE before its records or state are emitted, so the last
   * state stays a valid resume point.
   */
  verifySorted?: boolean | undefined;
  /**
   * The first request of a run over one partition. `lowerBound` is the
   * inclusive lower bound as an ordinal (epoch ms for timestamps), already
   * moved back by the overlap, or null for a first, full sync.
   */
  request(args: { lowerBound: number | null; partition: string }): HttpRequest;
}

export interface ReadIncrementalOptions {
  state?: unknown;
  /** Partition keys in the order to read them, or a function that finds them (default: one, WHOLE_STREAM). */
  partitions?: readonly string[] | (() => Promise<readonly string[]>) | undefined;
  /** In ordinal units (ms for timestamps). */
  overlap: number;
  maxSeen?: number | undefined;
  now?: (() => number) | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * Throws when the readable cursor values of a page go back in time: paging by
 * the cursor (seek, or a mark moved after every page) would skip records then.
 * Unreadable values are left to the quarantine.
 */
function assertSorted(
  records: readonly unknown[],
  stream: IncrementalStream,
  vendor: string,
  partition: string,
) {
  let last: { ordinal: number; value: unknown } | null = null;
  for (const raw of records) {
    const value = (raw as Record<string, unknown> | null)?.[stream.cursorField];
    const ordinal = stream.cursor.toOrdinal(value);
    if (ordinal === null) continue;
    if (last !== null && ordinal < last.ordinal) {
      const where = partition === WHOLE_STREAM ? '' : ` (partition ${partition})`;
      throw new ConnectorError({
        code: 'MALFORMED_RESPONSE',
        message: `${vendor} returned a page of "${stream.name}"${where} not sorted by ${stream.cursorField} (${JSON.stringify(value)} after ${JSON.stringify(last.value)}). The connector pages by ${stream.cursorField} and would skip records in this order, so it stopped before delivering the page; the last state is still a valid resume point. Report this to the GrowthNav maintainers with the account id.`,
      });
    }
    last = { ordinal, value };
  }
}

function issueOf(error: z.ZodError): { field: string; reason: string } {
  const issue = error.issues[0];
  return { field: issue?.path.join('.') || '(record)', reason: issue?.message ?? 'failed the wire schema' };
}

/**
 * Reads one stream incrementally: for each partition, pages from the saved
 * high-water mark (minus the overlap, inclusive), each record checked against
 * the wire schema (failures become quarantine messages, the rest continue),
 * deduplicated by primary key against the window's `seen` keys, and a state
 * message after every page. The state always covers exactly the records and
 * quarantines before it.
 */
export function readIncremental(
  client: HttpClient,
  stream: IncrementalStream,
  options: ReadIncrementalOptions,
): AsyncGenerator<ConnectorMessage, void, undefined> {
  return new FlattenedPages(readPages(client, stream, options));
}

/** The messages of each page (its records and quarantines, then its state), one array per page. */
async function* readPages(
  client: HttpClient,
  stream: IncrementalStream,
  options: ReadIncrementalOptions,
): AsyncGenerator<ConnectorMessage[], void, undefined> {
  if (stream.pagination.style === 'seek' && !stream.sortedByCursor) {
    throw new ConnectorError({
      code: 'INVALID_CONFIG',
      message: `Stream "${stream.name}" pages by seek, which needs a query sorted by ${stream.cursorField}: set sortedByCursor.`,
    });
  }
  const state: StreamState = parseStreamState(options.state, stream.name, stream.cursorField);
  const partitions =
    typeof options.partitions === 'function'
      ? await options.partitions()
      : (options.partitions ?? [WHOLE_STREAM]);
  // Records that pass the fast check skip zod; zod runs on the rest to name the problem.
  const fastCheck = compileRecordCheck(stream.schema);
  let current: Record<string, PartitionState> = state.partitions;
  const { schema, primaryKey, cursorField, cursor, name } = stream;

  for (const partition of partitions) {
    const tracker = new IncrementalTracker(current[partition], {
      overlap: options.overlap,
      cursor,
      sortedByCursor: stream.sortedByCursor,
      maxSeen: options.maxSeen,
      now: options.now,
    });
    const first = stream.request({ lowerBound: tracker.lowerBound, partition });
    const pages = paginate(client, first, stream.pagination, {
      records: stream.records,
      start: tracker.resumeFrom,
      prefetch: stream.prefetch,
      signal: options.signal,
      seek: {
        request: (lowerBound) => stream.request({ lowerBound, partition }),
        ordinal: (r) => cursor.toOrdinal((r as Record<string, unknown> | null)?.[cursorField]),
      },
    });
    for await (const page of pages) {
      if (stream.verifySorted) assertSorted(page.records, stream, client.vendor, partition);
      const messages: ConnectorMessage[] = [];
      for (const raw of page.records) {
        if (fastCheck === null || !fastCheck(raw)) {
          const checked = schema.safeParse(raw);
          if (!checked.success) {
            // Quarantine each broken version once, even when a seek boundary or the overlap reads it again.
            const r = raw as Record<string, unknown> | null;
            const key = r?.[primaryKey];
            const value = r?.[cursorField];
            const ordinal = cursor.toOrdinal(value);
            const readable = (typeof key === 'string' || typeof key === 'number') && ordinal !== null;
            if (!readable || tracker.acceptQuarantined(String(key), value as string | number, ordinal)) {
              messages.push({ type: 'quarantine', stream: name, ...issueOf(checked.error), record: raw });
            }
            continue;
          }
        }
        const record = raw as Record<string, unknown>;
        const value = record[cursorField];
        const ordinal = cursor.toOrdinal(value);
        if (ordinal === null) {
          messages.push({
            type: 'quarantine',
            stream: name,
            field: cursorField,
            reason: `cursor value ${JSON.stringify(value)} cannot be read`,
            record: raw,
          });
          continue;
        }
        if (tracker.accept(String(record[primaryKey]), value as string | number, ordinal)) {
          messages.push({ type: 'record', stream: name, data: record });
        }
      }
      current = { ...current, [partition]: tracker.checkpoint(page.next) };
      messages.push({
        type: 'state',
        stream: name,
        state: { v: 1, stream: name, cursorField, partitions: current },
      });
      yield messages;
    }
  }
}

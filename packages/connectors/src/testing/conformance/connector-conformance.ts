/**
 * The behaviour every API connector must show against its sandbox, as one
 * vitest suite. Test-only: it imports vitest and fast-check and is not
 * exported from the package. A vendor test calls
 * `describeConnectorConformance({...})` once per stream it wants covered,
 * plus its own request assertions (see square-connector.test.ts).
 */
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Connector, ConnectorInfo, ConnectorMessage, ConnectorState } from '../../protocol.js';
import { createConnector } from '../../registry.js';
import { ApiCallError } from '../../shared/errors.js';
import { type CursorCodec, epochMillisCursor, isoTimestampCursor } from '../../shared/incremental-state.js';
import type { SandboxRequest } from '../sandbox-server.js';
import type { VendorSandbox } from '../vendor-sandbox.js';

type Json = Record<string, unknown>;

export interface ConformanceOptions {
  /** Connector id: builds the connector through the registry (`createConnector`) unless `create` is given. */
  connector: string;
  /** Builds the connector from a config instead of the registry (a connector not registered, a wrapper). */
  create?: ((config: Json) => Connector) | undefined;
  /** The stream under test. */
  stream: string;
  /** Starts the vendor sandbox with about `records` records in the stream. */
  startSandbox(options: { records: number; seed: number }): Promise<VendorSandbox>;
  /** A connector config pointing at the sandbox, with `extra` merged in. */
  config(sandbox: VendorSandbox, extra?: Json): Json;
  /** Page size the config sets; sandboxes get enough records for at least three pages. */
  pageSize: number;
  /** Path of the stream's list/search endpoint (to aim faults at it). */
  path: string;
  /** Record key (default `id`). */
  key?: ((record: Json) => string) | undefined;
  /** Record version (default the `updated_at` field). */
  version?: ((record: Json) => string) | undefined;
  /** Field names of the primary key and the cursor (default `id`, `updated_at`). */
  fields?: { key: string; cursor: string } | undefined;
  /**
   * How the stream's cursor values read as ordinals and are written back (the
   * stream's own codec). Default: numbers as epoch ms, strings as ISO 8601
   * with an offset. Pass it when the values are not that (WooCommerce's
   * offset-less GMT times, BigCommerce's RFC 2822): `Date.parse` would read
   * them in the machine's time zone or not at all.
   */
  cursor?: CursorCodec | undefined;
  /**
   * Retry-After the 429 test sends, in seconds (default 0.25; decimals are
   * read as vendors send them, e.g. "2.0"). The test checks that the retry
   * waits at least this long, far beyond the suite's 5 ms backoff ceiling.
   */
  retryAfterSeconds?: number | undefined;
  /** A patch that breaks the wire schema, and the field path the quarantine must name. */
  corrupt: { patch: Json; field: string };
  /** Ids the stream should deliver from this sandbox (default: every record of the stream's store). */
  expectedIds?: ((sandbox: VendorSandbox) => string[]) | undefined;
  /** Assertions on the requests of a full sync and of the incremental run after it. */
  assertRequests?:
    | ((full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) => void)
    | undefined;
}

interface Delivered {
  key: string;
  version: string;
}

const FAST_RETRY = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
// Long enough to tell from FAST_RETRY's backoff (at most 5 ms) by a wide margin, short enough
// that the suite, run for every stream of every vendor, does not spend its time sleeping.
const DEFAULT_RETRY_AFTER_S = 0.25;
// setTimeout may fire a little early and `at` is a whole-ms clock.
const TIMER_SLACK_MS = 10;

/** Streams that ran the suite in this test file, by connector id (see describeConformanceCoverage). */
const declared = new Map<string, Set<string>>();

/**
 * Runs a read, committing records and quarantines only when the state that
 * covers them arrives (as a warehouse would in one transaction). Stops
 * after `crashAfterStates` states, having read (and lost) part of the next
 * page, or when the read throws.
 */
async function syncOnce(
  messages: AsyncIterable<ConnectorMessage>,
  crashAfterStates = Number.POSITIVE_INFINITY,
  onState?: (n: number, committed: readonly ConnectorMessage[]) => void,
): Promise<{
  committed: ConnectorMessage[];
  state: ConnectorState | null;
  crashed: boolean;
  error: unknown;
}> {
  const committed: ConnectorMessage[] = [];
  let pending: ConnectorMessage[] = [];
  let state: ConnectorState | null = null;
  let states = 0;
  try {
    for await (const m of messages) {
      if (m.type === 'state') {
        committed.push(...pending, m);
        pending = [];
        state = m.state;
        states++;
        onState?.(states, committed);
        continue;
      }
      pending.push(m);
      if (states >= crashAfterStates) return { committed, state, crashed: true, error: null };
    }
  } catch (error) {
    return { committed, state, crashed: true, error };
  }
  expect(pending, 'records after the last state message').toEqual([]);
  return { committed, state, crashed: false, error: null };
}

export function describeConnectorConformance(o: ConformanceOptions): void {
  const streams = declared.get(o.connector) ?? new Set<string>();
  declared.set(o.connector, streams.add(o.stream));
  const keyOf = o.key ?? ((r: Json) => String(r.id));
  const versionOf = o.version ?? ((r: Json) => String(r.updated_at));
  const delivered = (messages: ConnectorMessage[]): Delivered[] =>
    messages.flatMap((m) =>
      m.type === 'record' ? [{ key: keyOf(m.data), version: versionOf(m.data) }] : [],
    );
  const expected = (sandbox: VendorSandbox) => (o.expectedIds ?? ((s) => s.store(o.stream).ids()))(sandbox);
  const current = (sandbox: VendorSandbox, id: string) => versionOf(sandbox.store(o.stream).get(id) as Json);
  const records = o.pageSize * 3 + Math.ceil(o.pageSize / 2);

  async function withSandbox<T>(seed: number, n: number, run: (s: VendorSandbox) => Promise<T>): Promise<T> {
    const sandbox = await o.startSandbox({ records: n, seed });
    try {
      return await run(sandbox);
    } finally {
      await sandbox.close();
    }
  }
  const build = (config: Json): Connector =>
    o.create ? o.create(config) : createConnector(o.connector, config);
  const connectorFor = (sandbox: VendorSandbox, extra?: Json) =>
    build(o.config(sandbox, { ...FAST_RETRY, ...extra }));
  const codecFor = (value: unknown): CursorCodec =>
    o.cursor ?? (typeof value === 'number' ? epochMillisCursor : isoTimestampCursor);

  describe(`${o.connector} ${o.stream}: sync conformance`, () => {
    test('reads three or more pages, every record exactly once, each page followed by its state', async () => {
      await withSandbox(11, records, async (sandbox) => {
        const run = await syncOnce(connectorFor(sandbox).read(o.stream));
        const got = delivered(run.committed);
        const states = run.committed.filter((m) => m.type === 'state').length;
        expect(states).toBeGreaterThanOrEqual(3);
        expect(got.map((d) => d.key).sort()).toEqual(expected(sandbox).sort());
        expect(new Set(got.map((d) => d.key)).size).toBe(got.length);
        expect(run.committed.at(-1)?.type).toBe('state');
      });
    });

    test('an incremental run returns only the records changed since', async () => {
      await withSandbox(12, records, async (sandbox) => {
        const connector = connectorFor(sandbox);
        const first = await syncOnce(connector.read(o.stream));
        const unchanged = await syncOnce(connector.read(o.stream, { state: first.state }));
        expect(delivered(unchanged.committed)).toEqual([]);
        const ids = expected(sandbox);
        const changed = [ids[0]!, ids[Math.floor(ids.length / 2)]!, ids[ids.length - 1]!];
        for (const id of changed) sandbox.store(o.stream).touch(id);
        sandbox.clearRequests();
        const second = await syncOnce(connector.read(o.stream, { state: first.state }));
        const got = delivered(second.committed);
        expect(got.map((d) => d.key).sort()).toEqual([...changed].sort());
        for (const d of got) expect(d.version).toBe(current(sandbox, d.key));
      });
    });

    test('a record that shows up late, stamped inside the overlap window, is still delivered once', async () => {
      await withSandbox(20, records, async (sandbox) => {
        const connector = connectorFor(sandbox);
        const first = await syncOnce(connector.read(o.stream));
        // Eventual consistency: a change committed with a timestamp just below the high-water mark.
        const { key, cursor } = o.fields ?? { key: 'id', cursor: 'updated_at' };
        const store = sandbox.store(o.stream);
        const stamp = (r: Json) => codecFor(r[cursor]).toOrdinal(r[cursor]) ?? Number.NEGATIVE_INFINITY;
        const newest = store.all().reduce((a, b) => (stamp(b) > stamp(a) ? b : a));
        const late = {
          ...newest,
          [key]: `late-${String(newest[key])}`,
          [cursor]: codecFor(newest[cursor]).fromOrdinal(stamp(newest) - 30_000),
        };
        store.insert(late);
        const second = await syncOnce(connector.read(o.stream, { state: first.state }));
        expect(delivered(second.committed).map((d) => d.key)).toEqual([keyOf(late)]);
        const third = await syncOnce(connector.read(o.stream, { state: second.state }));
        expect(delivered(third.committed)).toEqual([]);
      });
    });

    test('a record updated between pages is neither skipped nor doubled', async () => {
      await withSandbox(13, records, async (sandbox) => {
        const connector = connectorFor(sandbox);
        const all: Delivered[] = [];
        let touchedBefore = '';
        let touchedAfter = '';
        const run = await syncOnce(connector.read(o.stream), Number.POSITIVE_INFINITY, (n, committed) => {
          if (n !== 1) return;
          // After the first page: change one record already delivered and one not yet read.
          const seen = new Set(delivered([...committed]).map((d) => d.key));
          touchedBefore = [...seen][0]!;
          touchedAfter = expected(sandbox).find((id) => !seen.has(id))!;
          sandbox.store(o.stream).touch(touchedBefore);
          sandbox.store(o.stream).touch(touchedAfter);
        });
        expect(touchedBefore).not.toBe('');
        all.push(...delivered(run.committed));
        const next = await syncOnce(connector.read(o.stream, { state: run.state }));
        all.push(...delivered(next.committed));
        const pairs = all.map((d) => `${d.key}@${d.version}`);
        expect(new Set(pairs).size, 'no (key, version) delivered twice').toBe(pairs.length);
        const keys = new Set(all.map((d) => d.key));
        for (const id of expected(sandbox)) expect(keys.has(id), `record ${id} delivered`).toBe(true);
        for (const id of [touchedBefore, touchedAfter]) {
          expect(pairs).toContain(`${id}@${current(sandbox, id)}`);
        }
        // The record read before its change: old version and new version, once each.
        expect(all.filter((d) => d.key === touchedBefore)).toHaveLength(2);
        // The record not yet read: its new version once; its old version too only if its page was
        // already in flight (prefetched) when it changed. Never the same version twice (checked above).
        expect(all.filter((d) => d.key === touchedAfter).length).toBeLessThanOrEqual(2);
      });
    });

    test('429 with Retry-After is honoured, then the sync succeeds', async () => {
      const retryAfter = o.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_S;
      await withSandbox(14, o.pageSize * 2, async (sandbox) => {
        sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfter }, path: o.path, after: 1 });
        const run = await syncOnce(connectorFor(sandbox).read(o.stream));
        expect(run.error).toBeNull();
        expect(
          delivered(run.committed)
            .map((d) => d.key)
            .sort(),
        ).toEqual(expected(sandbox).sort());
        const calls = sandbox.requests.filter((r) => r.path === o.path);
        const [limited, retried] = [calls[1]!, calls[2]!];
        expect(retried.query).toEqual(limited.query);
        expect(retried.body).toEqual(limited.body);
        // The backoff alone would wait at most 5 ms: a gap this long is the Retry-After wait.
        expect(retried.at - limited.at).toBeGreaterThanOrEqual(retryAfter * 1000 - TIMER_SLACK_MS);
      });
    });

    test('429 without Retry-After backs off and succeeds', async () => {
      await withSandbox(15, o.pageSize * 2, async (sandbox) => {
        sandbox.faults.add({ fault: { kind: 'rate-limit' }, path: o.path, times: 2 });
        const run = await syncOnce(connectorFor(sandbox).read(o.stream));
        expect(run.error).toBeNull();
        expect(delivered(run.committed)).toHaveLength(expected(sandbox).length);
        const calls = sandbox.requests.filter((r) => r.path === o.path);
        expect(calls[0]!.query).toEqual(calls[2]!.query);
      });
    });

    test('401 is an AUTH_FAILED error that names the fix, after one request, with no secret in it', async () => {
      await withSandbox(16, o.pageSize, async (sandbox) => {
        const secret = 'wrong-token-0123456789';
        const config = o.config(sandbox, { ...FAST_RETRY, credentials: { type: 'bearer', token: secret } });
        const connector = build(config);
        const run = await syncOnce(connector.read(o.stream));
        const error = run.error as ApiCallError;
        expect(ApiCallError.isInstance(error)).toBe(true);
        expect(error.code).toBe('AUTH_FAILED');
        expect(error.isRetryable).toBe(false);
        expect(error.message).toMatch(/reconnect|token/i);
        expect(sandbox.requests).toHaveLength(1);
        for (const text of [error.message, inspect(error, { depth: 10 }), JSON.stringify(error)]) {
          expect(text).not.toContain(secret);
        }
        const check = await connector.check();
        expect(check).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      });
    });

    test('flaky 5xx, truncated and malformed pages, dropped connections and slow answers are retried', async () => {
      await withSandbox(17, records, async (sandbox) => {
        sandbox.faults
          .add({ fault: { kind: 'truncated' }, path: o.path, after: 1 })
          .add({ fault: { kind: 'malformed' }, path: o.path, after: 2 })
          .add({ fault: { kind: 'disconnect' }, path: o.path, after: 3 })
          .add({ fault: { kind: 'slow', delayMs: 300 }, path: o.path, after: 4 })
          .add({ fault: { kind: 'server-error', status: 503 }, path: o.path, probability: 0.25 });
        const run = await syncOnce(
          connectorFor(sandbox, {
            timeoutMs: 150,
            retry: { maxAttempts: 8, baseDelayMs: 1, maxDelayMs: 5 },
          }).read(o.stream),
        );
        expect(run.error).toBeNull();
        const got = delivered(run.committed);
        expect(got.map((d) => d.key).sort()).toEqual(expected(sandbox).sort());
      });
    });

    test('a malformed record is quarantined once with its field, even on a page boundary, and the rest continue', async () => {
      await withSandbox(18, records, async (sandbox) => {
        // The last record of the first page: a seek query (or an inclusive bound) reads it again.
        const clean = await syncOnce(connectorFor(sandbox).read(o.stream));
        let boundary: string | undefined;
        let last: string | undefined;
        for (const m of clean.committed) {
          if (m.type === 'record') last = keyOf(m.data);
          if (m.type === 'state' && last !== undefined) {
            boundary = last;
            break;
          }
        }
        expect(boundary).toBeDefined();
        const ids = expected(sandbox);
        const middle = ids.filter((id) => id !== boundary)[Math.floor(ids.length / 3)]!;
        const bad = [boundary!, middle].sort();
        for (const id of bad) sandbox.store(o.stream).corrupt(id, o.corrupt.patch);
        const run = await syncOnce(connectorFor(sandbox).read(o.stream));
        const quarantined = run.committed.filter((m) => m.type === 'quarantine');
        expect(quarantined.map((q) => keyOf(q.record as Json)).sort()).toEqual(bad);
        for (const q of quarantined) expect(q).toMatchObject({ field: o.corrupt.field, stream: o.stream });
        expect(
          delivered(run.committed)
            .map((d) => d.key)
            .sort(),
        ).toEqual(ids.filter((id) => !bad.includes(id)).sort());
      });
    });

    test('the requests sent are the documented ones', async () => {
      await withSandbox(19, records, async (sandbox) => {
        const connector = connectorFor(sandbox);
        const first = await syncOnce(connector.read(o.stream));
        const full = [...sandbox.requests];
        sandbox.clearRequests();
        await syncOnce(connector.read(o.stream, { state: first.state }));
        expect(full.length).toBeGreaterThan(0);
        o.assertRequests?.(full, [...sandbox.requests], sandbox);
      });
    });

    test('property: a crash after any page, then resumes from the last state, delivers every record exactly once', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: o.pageSize * 4 }),
          fc.array(fc.record({ after: fc.nat({ max: 6 }), mode: fc.constantFrom('consumer', 'vendor') }), {
            minLength: 1,
            maxLength: 3,
          }),
          fc.nat({ max: o.pageSize * 2 }),
          fc.nat({ max: 1_000 }),
          async (n, crashes, mutations, seed) =>
            withSandbox(seed, n, async (sandbox) => {
              const all: Delivered[] = [];
              let state: ConnectorState | null = null;
              for (const crash of crashes) {
                const connector = connectorFor(sandbox, { retry: { maxAttempts: 1 } });
                if (crash.mode === 'vendor') {
                  sandbox.faults.add({
                    fault: { kind: 'server-error' },
                    after: crash.after,
                    times: Number.POSITIVE_INFINITY,
                  });
                }
                const run = await syncOnce(
                  connector.read(o.stream, { state }),
                  crash.mode === 'consumer' ? crash.after : Number.POSITIVE_INFINITY,
                );
                sandbox.faults.clear();
                all.push(...delivered(run.committed));
                state = run.state ?? state;
                // Changes between the crash and the resume.
                const ids = expected(sandbox);
                for (let m = 0; m < Math.min(mutations, ids.length); m++) {
                  sandbox.store(o.stream).touch(ids[(seed + all.length + m * 7) % ids.length]!);
                }
              }
              // Finish the interrupted run, then one more: a change made while a run was in
              // progress is guaranteed by the next run that starts after it (unsorted streams
              // cannot move their mark past a run's start).
              for (let i = 0; i < 2; i++) {
                const final = await syncOnce(connectorFor(sandbox).read(o.stream, { state }));
                expect(final.error).toBeNull();
                all.push(...delivered(final.committed));
                state = final.state;
              }
              const pairs = all.map((d) => `${d.key}@${d.version}`);
              expect(new Set(pairs).size).toBe(pairs.length);
              for (const id of expected(sandbox)) expect(pairs).toContain(`${id}@${current(sandbox, id)}`);
            }),
        ),
        { numRuns: 15 },
      );
    });
  });
}

/**
 * One test that fails unless every stream of `info` ran describeConnectorConformance
 * in this test file, except the `derived` ones, each with the reason and where it
 * is tested instead (a stream built from another stream's records, such as refunds
 * flattened from orders, has no store of its own to change or break).
 */
export function describeConformanceCoverage(
  info: ConnectorInfo,
  derived: Readonly<Record<string, string>> = {},
): void {
  describe(`${info.id}: conformance coverage`, () => {
    test('every stream runs the sync conformance suite, or says why not', () => {
      for (const [stream, why] of Object.entries(derived)) {
        expect(info.streams, `derived stream ${stream}`).toContain(stream);
        expect(why.length, `reason for ${stream}`).toBeGreaterThan(10);
      }
      const covered = [...(declared.get(info.id) ?? [])].sort();
      expect(covered).toEqual(info.streams.filter((s) => !(s in derived)).sort());
    });
  });
}

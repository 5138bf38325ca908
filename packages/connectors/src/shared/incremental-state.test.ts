import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  IncrementalTracker,
  isoTimestampCursor,
  type PartitionState,
  parseStreamState,
  sequenceCursor,
  type TrackerOptions,
} from './incremental-state.js';

const MIN = 60_000;
const t = (minutes: number) => new Date(Date.UTC(2025, 0, 1) + minutes * MIN).toISOString();
const ord = (iso: string) => Date.parse(iso);
const sorted: TrackerOptions = { overlap: 2 * MIN, cursor: isoTimestampCursor, sortedByCursor: true };

function deliver(tracker: IncrementalTracker, records: [string, string][]): string[] {
  return records.filter(([id, at]) => tracker.accept(id, at, ord(at))).map(([id]) => id);
}

describe('IncrementalTracker (sorted pages)', () => {
  test('a first run has no lower bound; the hwm is the newest record and seen keeps the overlap window', () => {
    const tracker = new IncrementalTracker(undefined, sorted);
    expect(tracker.lowerBound).toBeNull();
    expect(
      deliver(tracker, [
        ['a', t(0)],
        ['b', t(5)],
        ['c', t(9)],
        ['d', t(10)],
      ]),
    ).toEqual(['a', 'b', 'c', 'd']);
    expect(tracker.checkpoint(null)).toEqual({ hwm: t(10), seen: { c: t(9), d: t(10) } });
  });

  test('the next run starts overlap before the hwm, inclusive, and skips what it already delivered', () => {
    const state: PartitionState = { hwm: t(10), seen: { c: t(9), d: t(10) } };
    const tracker = new IncrementalTracker(state, sorted);
    expect(tracker.lowerBound).toBe(ord(t(8)));
    const got = deliver(tracker, [
      ['c', t(9)], // same version: already delivered
      ['late', t(9)], // committed late, inside the window: new
      ['d', t(10)], // same version
      ['e', t(10)], // shares the boundary timestamp: new
      ['c', t(12)], // a newer version of c: an update
    ]);
    expect(got).toEqual(['late', 'e', 'c']);
    expect(tracker.stats).toEqual({ delivered: 3, duplicates: 2, belowWindow: 0 });
    // The window moves to [t(10), t(12)]: `late` (t(9)) can no longer come back.
    expect(tracker.checkpoint(null)).toEqual({ hwm: t(12), seen: { c: t(12), d: t(10), e: t(10) } });
  });

  test('records below the window (a vendor ignoring the filter) and stale versions are not delivered again', () => {
    const tracker = new IncrementalTracker({ hwm: t(10), seen: { x: t(10) } }, sorted);
    expect(
      deliver(tracker, [
        ['old', t(1)],
        ['x', t(9)],
      ]),
    ).toEqual([]);
    expect(tracker.stats.belowWindow).toBe(1);
    expect(tracker.stats.duplicates).toBe(1);
  });

  test('a quarantined version is quarantined once, never moves the hwm, never hides a valid version', () => {
    const tracker = new IncrementalTracker({ hwm: t(10), seen: {} }, sorted);
    expect(tracker.acceptQuarantined('bad', t(9_999), ord(t(9_999)))).toBe(true);
    expect(tracker.acceptQuarantined('bad', t(9_999), ord(t(9_999)))).toBe(false);
    expect(tracker.acceptQuarantined('bad', t(11), ord(t(11)))).toBe(true);
    expect(tracker.accept('bad', t(12), ord(t(12)))).toBe(true);
    const state = tracker.checkpoint(null);
    expect(state.hwm).toBe(t(12));
    // The next run reads the window again: the broken version there is not quarantined twice.
    const next = new IncrementalTracker(state, sorted);
    expect(next.acceptQuarantined('bad', t(11), ord(t(11)))).toBe(false);
  });

  test('the hwm never moves back', () => {
    const tracker = new IncrementalTracker({ hwm: t(10), seen: {} }, sorted);
    deliver(tracker, [['late', t(9)]]);
    expect(tracker.checkpoint(null).hwm).toBe(t(10));
  });

  test('maxSeen keeps the newest keys', () => {
    const tracker = new IncrementalTracker(undefined, { ...sorted, maxSeen: 2 });
    deliver(tracker, [
      ['a', t(10)],
      ['b', t(10)],
      ['c', t(11)],
    ]);
    expect(tracker.checkpoint(null).seen).toEqual({ b: t(10), c: t(11) });
  });

  test('version cursors (Lightspeed) compare as numbers with no overlap', () => {
    const tracker = new IncrementalTracker(
      { hwm: 100, seen: { s1: 100 } },
      { overlap: 0, cursor: sequenceCursor, sortedByCursor: true },
    );
    expect(tracker.lowerBound).toBe(100);
    expect(
      [
        ['s1', 100],
        ['s2', 101],
      ].filter(([id, v]) => tracker.accept(id as string, v as number, v as number)),
    ).toEqual([['s2', 101]]);
  });
});

describe('IncrementalTracker (unsorted pages)', () => {
  const unsorted: TrackerOptions = { ...sorted, sortedByCursor: false, now: () => ord(t(60)) };

  test('between pages the hwm stays put and the run (bound, page token, max) is saved', () => {
    const tracker = new IncrementalTracker({ hwm: t(10), seen: { p: t(9) } }, unsorted);
    deliver(tracker, [
      ['a', t(30)],
      ['p', t(9)],
    ]);
    expect(tracker.checkpoint({ cursor: 'next' })).toEqual({
      hwm: t(10),
      seen: { p: t(9), a: t(30) },
      run: { lowerBound: ord(t(8)), page: { cursor: 'next' }, max: t(30), startedAt: t(60) },
    });
  });

  test('a resumed run keeps its bound and page, and commits at most its start time', () => {
    const saved: PartitionState = {
      hwm: t(10),
      seen: { p: t(9), a: t(30) },
      run: { lowerBound: ord(t(8)), page: { cursor: 'next' }, max: t(30), startedAt: t(60) },
    };
    const tracker = new IncrementalTracker(saved, { ...unsorted, now: () => ord(t(999)) });
    expect(tracker.lowerBound).toBe(ord(t(8)));
    expect(tracker.resumeFrom).toEqual({ cursor: 'next' });
    // A record changed during the run, after it started.
    expect(
      deliver(tracker, [
        ['p', t(9)],
        ['b', t(75)],
      ]),
    ).toEqual(['b']);
    const done = tracker.checkpoint(null);
    expect(done.run).toBeUndefined();
    expect(done.hwm).toBe(t(60));
    expect(done.seen).toEqual({ b: t(75) });
  });

  test('keys the run started with survive mid-run pruning, since later pages may return them', () => {
    const tracker = new IncrementalTracker({ hwm: t(10), seen: { p: t(9) } }, unsorted);
    deliver(tracker, [['new', t(50)]]);
    expect(tracker.checkpoint({ cursor: 'c2' }).seen).toHaveProperty('p');
    expect(deliver(tracker, [['p', t(9)]])).toEqual([]);
  });
});

describe('property: exactly once across runs', () => {
  test('any sequence of runs over a sorted changing source delivers each version once and the latest of each key', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.tuple(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 40 })), {
            maxLength: 8,
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        (batches) => {
          // The source: key → minute of its latest version. Each batch of changes lands, then a run reads.
          const source = new Map<string, number>();
          let clock = 0;
          let state: PartitionState | undefined;
          const delivered: string[] = [];
          for (const batch of batches) {
            for (const [key, bump] of batch) {
              clock += 1 + (bump % 3);
              source.set(`k${key}`, clock);
            }
            const tracker = new IncrementalTracker(state, sorted);
            const rows = [...source]
              .filter(([, m]) => tracker.lowerBound === null || ord(t(m)) >= tracker.lowerBound)
              .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
            for (const [key, m] of rows)
              if (tracker.accept(key, t(m), ord(t(m)))) delivered.push(`${key}@${m}`);
            state = tracker.checkpoint(null);
          }
          expect(new Set(delivered).size).toBe(delivered.length);
          for (const [key, m] of source) expect(delivered).toContain(`${key}@${m}`);
        },
      ),
    );
  });
});

describe('parseStreamState', () => {
  test('no state is a first sync', () => {
    expect(parseStreamState(undefined, 'payments', 'updated_at')).toEqual({
      v: 1,
      stream: 'payments',
      cursorField: 'updated_at',
      partitions: {},
    });
  });

  test('a foreign or broken state is refused with how to fix it', () => {
    expect(() => parseStreamState({ v: 2 }, 'payments', 'updated_at')).toThrow(
      /not one this connector wrote/,
    );
    const other = { v: 1, stream: 'orders', cursorField: 'updated_at', partitions: {} };
    expect(() => parseStreamState(other, 'payments', 'updated_at')).toThrow(/belongs to stream "orders"/);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cdnowSampleTransactions, cdnowSummary, cdnowSummaryWithSpend } from '../__fixtures__/cdnow.js';
import { summarizeRfm } from './summarize-rfm.js';

describe('summarizeRfm on CDNOW_sample.txt', () => {
  const summary = summarizeRfm(cdnowSampleTransactions(), { observationEnd: '1997-09-30', unit: 'weeks' });
  const byId = new Map(summary.customers.map((c) => [c.personId, c]));

  test('reproduces cdnow_customers_summary.csv exactly: all 2,357 rows', () => {
    const reference = cdnowSummary();
    expect(reference).toHaveLength(2357);
    expect(summary.customers).toHaveLength(2357);
    const mismatches = reference.filter((row) => {
      const ours = byId.get(String(row.ID));
      return (
        ours === undefined ||
        ours.frequency !== row.frequency ||
        ours.recency.toFixed(2) !== row.recency.toFixed(2) ||
        ours.T.toFixed(2) !== row.T.toFixed(2)
      );
    });
    expect(mismatches).toEqual([]);
  });

  test('mean repeat spend matches zbar of cdnow_customers_summary_with_transactions.csv (to its rounding)', () => {
    for (const row of cdnowSummaryWithSpend()) {
      // The file rounds to cents; halves (x.xx5) may round either way.
      expect(Math.abs(byId.get(String(row.ID))!.monetaryValue - row.zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
    }
  });

  test('accounts for every transaction', () => {
    const { counts } = summary;
    expect(counts.input).toBe(6919);
    expect(counts.used + counts.excluded.negativeValue + counts.excluded.afterObservationEnd).toBe(
      counts.input,
    );
    // Used transactions = first purchases + repeat purchase days + same-day merges.
    const periods = summary.customers.reduce((sum, c) => sum + c.frequency + 1, 0);
    expect(periods + counts.mergedSameDay).toBe(counts.used);
    expect(summary.observationEnd).toBe('1997-09-30');
    expect(summary.unitDays).toBe(7);
  });
});

describe('summarizeRfm conventions', () => {
  const transactions = [
    { personId: 'ann', date: '2025-01-01', value: 10 },
    { personId: 'ann', date: '2025-01-01', value: 5 }, // same day: merged into one purchase of 15
    { personId: 'ann', date: '2025-01-08', value: 20 },
    { personId: 'ann', date: '2025-01-15', value: -20 }, // a refund: excluded, counted
    { personId: 'ann', date: '2025-01-22', value: 40 },
    { personId: 'bob', date: '2025-01-10T09:00:00.000Z', value: 30 },
    { personId: 'bob', date: '2025-03-01', value: 99 }, // after the observation end
  ];

  test('merges same-day purchases, counts repeat days, measures from the first purchase', () => {
    const { customers, counts, warnings } = summarizeRfm(transactions, {
      observationEnd: '2025-01-31',
      unit: 'days',
    });
    expect(customers).toEqual([
      {
        personId: 'ann',
        frequency: 2,
        recency: 21,
        T: 30,
        monetaryValue: 30,
        totalValue: 75,
        firstPurchase: '2025-01-01',
        lastPurchase: '2025-01-22',
      },
      {
        personId: 'bob',
        frequency: 0,
        recency: 0,
        T: 21,
        monetaryValue: 0,
        totalValue: 30,
        firstPurchase: '2025-01-10',
        lastPurchase: '2025-01-10',
      },
    ]);
    expect(counts).toEqual({
      input: 7,
      used: 5,
      excluded: { negativeValue: 1, afterObservationEnd: 1 },
      mergedSameDay: 1,
      zeroValue: 0,
    });
    expect(warnings).toHaveLength(2);
  });

  test('measures in weeks or any number of days', () => {
    const weeks = summarizeRfm(transactions, { observationEnd: '2025-01-31', unit: 'weeks' }).customers[0]!;
    expect(weeks.recency).toBe(3);
    expect(weeks.T).toBeCloseTo(30 / 7, 14);
    const months = summarizeRfm(transactions, { observationEnd: '2025-01-31', unit: { days: 30 } })
      .customers[0]!;
    expect(months.T).toBe(1);
  });

  test('ends the observation at the latest purchase day by default', () => {
    expect(summarizeRfm(transactions).observationEnd).toBe('2025-03-01');
  });

  test('takes calendar days in the tenant’s time zone when asked', () => {
    // 18:00 and 23:30 in Chicago on 1 March are 00:00 and 05:30 UTC on 2 March: one local day, two UTC instants.
    const evening = [
      { personId: 'cy', date: '2025-03-01T12:00:00-06:00', value: 5 },
      { personId: 'cy', date: '2025-03-02T00:00:00.000Z', value: 5 },
      { personId: 'cy', date: '2025-03-02T05:30:00.000Z', value: 5 },
    ];
    const utc = summarizeRfm(evening, { observationEnd: '2025-03-05' }).customers[0]!;
    const chicago = summarizeRfm(evening, { observationEnd: '2025-03-05', timeZone: 'America/Chicago' })
      .customers[0]!;
    expect(utc.frequency).toBe(1);
    expect(chicago.frequency).toBe(0);
    expect(chicago.firstPurchase).toBe('2025-03-01');
  });

  test('follows daylight saving time: 23:30 local is the same day in winter and in summer', () => {
    const rows = [
      { personId: 'dee', date: '2025-01-15T05:30:00.000Z', value: 1 }, // 23:30 CST on 14 January
      { personId: 'dee', date: '2025-07-15T04:30:00.000Z', value: 1 }, // 23:30 CDT on 14 July
    ];
    const row = summarizeRfm(rows, { observationEnd: '2025-07-31', timeZone: 'America/Chicago' })
      .customers[0]!;
    expect(row.firstPurchase).toBe('2025-01-14');
    expect(row.lastPurchase).toBe('2025-07-14');
  });

  test('names the transaction and field of unreadable input', () => {
    expect(() => summarizeRfm([{ personId: 'x', date: '2025-02-30', value: 1 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSACTION', index: 0, field: 'date' }),
    );
    expect(() => summarizeRfm([{ personId: 'x', date: '2025-02-03T10:00:00', value: 1 }])).toThrow(
      /Z or an offset/,
    );
    expect(() =>
      summarizeRfm([
        { personId: 'x', date: '2025-02-03', value: 1 },
        { personId: 'x', date: '2025-02-03', value: Number.NaN },
      ]),
    ).toThrow(expect.objectContaining({ index: 1, field: 'value' }));
    expect(() => summarizeRfm([{ personId: '', date: '2025-02-03', value: 1 }])).toThrow(
      expect.objectContaining({ field: 'personId' }),
    );
  });

  test('rejects bad options with the option’s name', () => {
    expect(() => summarizeRfm(transactions, { unit: 'months' as never })).toThrow(
      expect.objectContaining({ field: 'unit' }),
    );
    expect(() => summarizeRfm(transactions, { observationEnd: 'soon' })).toThrow(
      expect.objectContaining({ field: 'observationEnd' }),
    );
    expect(() => summarizeRfm(transactions, { timeZone: 'Mars/Olympus' })).toThrow(
      expect.objectContaining({ field: 'timeZone' }),
    );
  });

  test('invariants hold for any transactions', () => {
    const transaction = fc.record({
      personId: fc.constantFrom('a', 'b', 'c', 'd'),
      date: fc
        .integer({ min: 0, max: 60 })
        .map((d) => new Date(Date.UTC(2025, 0, 1 + d, d % 24)).toISOString()),
      value: fc.double({ min: -50, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(transaction, { maxLength: 60 }), (rows) => {
        const summary = summarizeRfm(rows, { observationEnd: '2025-02-15', unit: 'weeks' });
        const { counts } = summary;
        expect(counts.used + counts.excluded.negativeValue + counts.excluded.afterObservationEnd).toBe(
          rows.length,
        );
        for (const c of summary.customers) {
          expect(Number.isInteger(c.frequency) && c.frequency >= 0).toBe(true);
          expect(c.recency).toBeLessThanOrEqual(c.T);
          if (c.frequency === 0) expect(c.recency).toBe(0);
          expect(c.totalValue).toBeGreaterThanOrEqual(0);
        }
        const used = rows.filter((r) => r.value >= 0 && r.date.slice(0, 10) <= '2025-02-15');
        const distinctDays = new Set(used.map((r) => `${r.personId} ${r.date.slice(0, 10)}`)).size;
        expect(summary.customers.reduce((s, c) => s + c.frequency + 1, 0)).toBe(distinctDays);
      }),
    );
  });
});

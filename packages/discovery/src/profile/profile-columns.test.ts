import { describe, expect, test } from 'vitest';
import { DiscoveryError } from '../errors.js';
import { profileColumns } from './profile-columns.js';

const byName = async (rows: Record<string, unknown>[], options = {}) =>
  Object.fromEntries((await profileColumns(rows, options)).map((p) => [p.name, p]));

describe('profileColumns', () => {
  test('shares, distinct counts, uniqueness, lengths and numbers', async () => {
    const rows = [
      { id: '1', total: '$10.00', note: '', status: 'paid' },
      { id: '2', total: '$20.50', note: '  ', status: 'paid' },
      { id: '3', total: '-$5.00', note: 'N/A', status: 'refunded' },
      { id: '4', total: '0.00', note: 'call me', status: 'paid' },
    ];
    const p = await byName(rows);
    expect(p.id).toMatchObject({
      inferredType: 'integer',
      uniqueness: 1,
      distinct: { count: 4, exact: true },
    });
    expect(p.id!.monotonicShare).toBe(1);
    expect(p.total!.inferredType).toBe('money');
    expect(p.total!.numeric).toMatchObject({
      min: -5,
      max: 20.5,
      count: 4,
      negativeShare: 0.25,
      zeroShare: 0.25,
    });
    expect(p.total!.currencyMarks).toEqual(['$']);
    expect(p.total!.patterns.find((x) => x.name === 'money')?.share).toBe(1);
    expect(p.note).toMatchObject({
      nullCount: 1,
      blankCount: 2,
      nonNullCount: 1,
      nullShare: 0.25,
      blankShare: 0.5,
    });
    expect(p.status!.topValues).toEqual([
      { value: 'paid', count: 3 },
      { value: 'refunded', count: 1 },
    ]);
    expect(p.status!.length).toEqual({ min: 4, max: 8, mean: 5 });
  });

  test('type distribution: a type needs 90% of the values', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => ({
      mostly: i < 19 ? String(i) : 'x',
      mixed: i < 15 ? String(i) : 'x',
    }));
    const p = await byName(rows);
    expect(p.mostly!.inferredType).toBe('integer');
    expect(p.mostly!.typeDistribution).toEqual({ integer: 0.95, string: 0.05 });
    expect(p.mixed!.inferredType).toBe('string');
  });

  test.each([
    [['05/06/2025', '12/25/2025', '01/02/2025'], 'date', 'us'],
    [['05/06/2025', '25/12/2025', '01/02/2025'], 'date', 'eu'],
    [['2025-01-02T10:00:00Z', '2025-03-04T11:00:00Z'], 'datetime', 'iso'],
    [['1735689600', '1738368000', '1740787200'], 'epoch_seconds', 'epoch_seconds'],
    [['1735689600000', '1738368000000'], 'epoch_millis', 'epoch_millis'],
    [['19990219', '20010101', '19600210'], 'date', 'compact'],
  ])('dates %j are %s written %s', async (values, type, format) => {
    const p = await byName(values.map((v) => ({ d: v })));
    expect(p.d!.inferredType).toBe(type);
    expect(p.d!.dateFormat).toBe(format);
  });

  test('reads async iterables and stops after maxRows', async () => {
    let produced = 0;
    async function* endless() {
      for (;;) {
        produced++;
        yield { n: String(produced) };
      }
    }
    const [p] = await profileColumns(endless(), { maxRows: 500 });
    expect(p!.rowCount).toBe(500);
    expect(produced).toBeLessThan(600);
  });

  test('a key first met in a later row counts the earlier rows as missing', async () => {
    const p = await byName([{ a: '1' }, { a: '2' }, { a: '3', b: 'x' }]);
    expect(p.b).toMatchObject({ rowCount: 3, nullCount: 2, nonNullCount: 1 });
  });

  test('non-string values: numbers, booleans, dates and objects', async () => {
    const p = await byName([
      { n: 12.5, b: true, d: new Date('2025-01-02T03:04:05Z'), o: { x: 1 } },
      { n: 7, b: false, d: new Date('2025-02-02T03:04:05Z'), o: [1, 2] },
    ]);
    expect(p.n!.inferredType).toBe('decimal');
    expect(p.b!.inferredType).toBe('boolean');
    expect(p.d!.inferredType).toBe('datetime');
    expect(p.o!.inferredType).toBe('json');
  });

  test('is reproducible: the same seed gives the same sample', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ v: `v${i}` }));
    const a = await profileColumns(rows, { seed: 7 });
    const b = await profileColumns(rows, { seed: 7 });
    expect(a[0]!.sampleValues).toEqual(b[0]!.sampleValues);
  });

  test('bad input and options throw DiscoveryError with a code', async () => {
    await expect(profileColumns([{ a: 1 }, 'oops' as never])).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(profileColumns(42 as never)).rejects.toSatisfy((e) => DiscoveryError.isInstance(e));
    await expect(profileColumns([], { maxRows: 0 })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    await expect(profileColumns([], { sampleSize: 1.5 })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  test('no rows and only the column names: empty profiles', async () => {
    const profiles = await profileColumns([], { columns: ['a', 'b'] });
    expect(profiles.map((p) => [p.name, p.inferredType, p.rowCount])).toEqual([
      ['a', 'empty', 0],
      ['b', 'empty', 0],
    ]);
  });
});

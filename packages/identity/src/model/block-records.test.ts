import { describe, expect, test } from 'vitest';
import { makeRecord } from '../__fixtures__/make-record.js';
import { prepareRecords } from '../records/prepare-records.js';
import { type BlockingRule, blockRecords, buildBlockingIndex } from './block-records.js';

const pairsOf = (c: ReturnType<typeof blockRecords>) =>
  Array.from({ length: c.length }, (_, p) => `${c.left[p]}-${c.right[p]}`).sort();

describe('blockRecords', () => {
  const records = [
    makeRecord('0', { first_name: 'Ann', last_name: 'Lee', birth_date: '1990-01-01' }, 'a'),
    makeRecord('1', { first_name: 'Ann', last_name: 'Lee', birth_date: '1990-01-01' }, 'b'),
    makeRecord('2', { first_name: 'Anne', last_name: 'Lee', birth_date: '1990-01-01' }, 'a'),
    makeRecord('3', { first_name: 'Bo', last_name: 'Kim' }, 'b'),
    makeRecord('4', { first_name: 'Bo', last_name: 'Kim', birth_date: '1990-01-01' }, 'a'),
  ];
  const prepared = prepareRecords(records);
  const rules: BlockingRule[] = [
    { name: 'names', keys: [{ column: 'first_name' }, { column: 'last_name' }] },
    { name: 'dob', keys: [{ column: 'birth_date' }] },
  ];

  test('produces each pair once (first rule wins), left < right', () => {
    const c = blockRecords(prepared, buildBlockingIndex(prepared, rules));
    expect(pairsOf(c)).toEqual(['0-1', '0-2', '0-4', '1-2', '1-4', '2-4', '3-4']);
    for (let p = 0; p < c.length; p++) expect(c.left[p]!).toBeLessThan(c.right[p]!);
    expect(c.stats.map((s) => s.pairs)).toEqual([2, 5]);
  });

  test('link mode keeps only pairs across sources', () => {
    const c = blockRecords(prepared, buildBlockingIndex(prepared, rules), { linkType: 'link' });
    expect(pairsOf(c)).toEqual(['0-1', '1-2', '1-4', '3-4']);
  });

  test('an oversized block is compared by a window, not all pairs', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      makeRecord(`${i}`, { first_name: 'Al', last_name: `X${i}` }),
    );
    const p = prepareRecords(many);
    const c = blockRecords(p, buildBlockingIndex(p, [{ name: 'first', keys: [{ column: 'first_name' }] }]), {
      maxBlockSize: 100,
      window: 3,
    });
    expect(c.length).toBe(997 * 3 + 2 + 1);
    expect(c.stats[0]!.oversizedBlocks).toBe(1);
  });

  test('optional rules are skipped beyond the pair budget', () => {
    const index = buildBlockingIndex(prepared, [
      ...rules,
      { name: 'last', keys: [{ column: 'last_name' }], optional: true },
    ]);
    const c = blockRecords(prepared, index, { pairBudget: 7 });
    expect(c.stats[2]).toMatchObject({ skipped: true, pairs: 0 });
    const wide = blockRecords(
      prepared,
      buildBlockingIndex(prepared, [
        ...rules,
        { name: 'last', keys: [{ column: 'last_name' }], optional: true },
      ]),
      {
        pairBudget: 100,
      },
    );
    expect(wide.stats[2]).toMatchObject({ skipped: false });
  });
});

import { describe, expect, test } from 'vitest';
import { makeRecord } from '../__fixtures__/make-record.js';
import { blockRecords, buildBlockingIndex } from '../model/block-records.js';
import { comparePairs } from '../model/compare-pairs.js';
import { compileComparison } from '../model/comparison.js';
import { defaultBlockingRules, defaultComparisons } from '../model/default-settings.js';
import { prepareRecords } from '../records/prepare-records.js';
import { CompareHelper } from './compare-in-parallel.js';

const FIRST = ['Ann', 'Anne', 'Bob', 'Robert', 'Liz', 'Elizabeth', 'José', 'Jose', 'Mia', 'Kai'];
const LAST = ['Lee', 'Li', 'Smith', 'Smyth', 'García', 'Garcia', 'Nguyen', 'Kim'];

/** Records with shared names, emails, phones and zips, so blocking yields many pairs of every level. */
function records(n: number) {
  let seed = 11;
  const next = (k: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % k;
  };
  return Array.from({ length: n }, (_, i) => {
    const first = FIRST[next(FIRST.length)]!;
    const last = LAST[next(LAST.length)]!;
    return makeRecord(
      `r${i}`,
      {
        first_name: first,
        last_name: last,
        email: `${first.toLowerCase()}.${last.toLowerCase()}${next(40)}@example.org`,
        phone: `(415) 555-${String(1000 + next(300)).padStart(4, '0')}`,
        postal_code: String(94100 + next(20)),
        birth_date: `19${70 + next(20)}-0${1 + next(9)}-1${next(10)}`,
      },
      next(2) === 0 ? 'pos' : 'crm',
    );
  });
}

describe('CompareHelper', () => {
  test('comparing on a helper thread gives exactly the levels of comparing on one thread', () => {
    const prepared = prepareRecords(records(3000));
    const specs = defaultComparisons(prepared);
    const pairs = blockRecords(prepared, buildBlockingIndex(prepared, defaultBlockingRules(prepared)));
    expect(pairs.length).toBeGreaterThan(70_000); // several 32,768-pair chunks to share
    const compared = specs.map((s) => compileComparison(s, prepared));
    const single = comparePairs(pairs, compared);

    const helper = CompareHelper.start(prepared, specs, { minRecords: 0, minPairs: 0 });
    // The helper needs the built worker script and two cores; CI has both.
    expect(helper).not.toBeNull();
    try {
      const pending = helper!.begin(pairs, compared);
      expect(pending).not.toBeNull();
      const both = pending!.finish();
      expect(both.length).toBe(single.length);
      expect(Buffer.from(both).equals(Buffer.from(single))).toBe(true);
    } finally {
      helper!.close();
    }
  });

  test('is not started for small inputs under the default thresholds', () => {
    const prepared = prepareRecords(records(50));
    expect(CompareHelper.start(prepared, defaultComparisons(prepared))).toBeNull();
  });
});

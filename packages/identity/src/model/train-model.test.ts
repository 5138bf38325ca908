import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { makeRecord } from '../__fixtures__/make-record.js';
import { prepareRecords } from '../records/prepare-records.js';
import { closerNeverWeaker, possiblePairs, trainModel } from './train-model.js';

describe('closerNeverWeaker', () => {
  test('keeps probabilities summing to 1 and no closer level below "else" in weight', () => {
    const probabilities = fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), {
      minLength: 2,
      maxLength: 6,
    });
    fc.assert(
      fc.property(probabilities, probabilities, (mRaw, uRaw) => {
        const n = Math.min(mRaw.length, uRaw.length);
        const norm = (xs: number[]) => {
          const s = xs.slice(0, n).reduce((a, b) => a + b, 0);
          return [0, ...xs.slice(0, n).map((x) => x / s)];
        };
        const m = norm(mRaw);
        const u = norm(uRaw);
        const out = closerNeverWeaker(m, u);
        expect(out.slice(1).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
        const last = out.length - 1;
        for (let l = 1; l < last; l++)
          expect(out[l]! / u[l]!).toBeGreaterThanOrEqual((out[last]! / u[last]!) * (1 - 1e-9));
      }),
    );
  });
});

describe('trainModel', () => {
  test('learns that agreeing on a name is evidence of a match and disagreeing is evidence against', () => {
    const records = Array.from({ length: 300 }, (_, i) => {
      const person = i % 150;
      return makeRecord(`r${i}`, {
        first_name: ['Ada', 'Ben', 'Cy', 'Di', 'Ed', 'Flo'][person % 6]!,
        last_name: `Lastname${person}`,
        birth_date: `19${50 + (person % 40)}-0${1 + (person % 9)}-1${person % 10}`,
        email: `p${person}@mail.com`,
      });
    });
    const prepared = prepareRecords(records);
    const { model, sessions } = trainModel(prepared, { uSamplePairs: 20_000 });
    expect(sessions.length).toBeGreaterThan(0);
    const last = model.comparisons.find((c) => c.name === 'last_name')!;
    const exact = last.levels[0]!;
    const otherwise = last.levels[last.levels.length - 1]!;
    expect(Math.log2(exact.m / exact.u)).toBeGreaterThan(3);
    expect(Math.log2(otherwise.m / otherwise.u)).toBeLessThan(0);
    // λ is the prior for two random records: 150 matching pairs among all pairs.
    expect(model.lambda).toBeCloseTo(150 / possiblePairs(prepared), 3);
  });
});

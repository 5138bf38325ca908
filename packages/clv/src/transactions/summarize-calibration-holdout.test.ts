import { describe, expect, test } from 'vitest';
import { cdnowCalibrationHoldout, cdnowSampleTransactions } from '../__fixtures__/cdnow.js';
import { summarizeCalibrationHoldout } from './summarize-calibration-holdout.js';
import { summarizeRfm } from './summarize-rfm.js';

describe('summarizeCalibrationHoldout on CDNOW', () => {
  const transactions = cdnowSampleTransactions();
  const split = summarizeCalibrationHoldout(transactions, {
    calibrationEnd: '1997-09-30',
    observationEnd: '1998-06-30',
    unit: 'weeks',
  });

  test('reproduces derived_cdnow_calibration_holdout.csv for every customer', () => {
    const byId = new Map(split.customers.map((c) => [c.personId, c]));
    const reference = cdnowCalibrationHoldout();
    expect(split.customers).toHaveLength(reference.length);
    const mismatches = reference.filter((row) => {
      const ours = byId.get(String(row.ID))!;
      return (
        ours.frequency !== row.frequency_cal ||
        ours.recency.toFixed(2) !== row.recency_cal.toFixed(2) ||
        ours.T.toFixed(2) !== row.T_cal.toFixed(2) ||
        ours.frequencyHoldout !== row.frequency_holdout ||
        ours.durationHoldout !== row.duration_holdout_weeks ||
        Math.abs(ours.valueHoldout - row.holdout_value) > 1e-6
      );
    });
    expect(mismatches).toEqual([]);
    expect(split.customers.reduce((s, c) => s + c.frequencyHoldout, 0)).toBe(1882);
  });

  test('its calibration columns are exactly summarizeRfm up to the calibration end', () => {
    const calibration = summarizeRfm(transactions, { observationEnd: '1997-09-30', unit: 'weeks' }).customers;
    split.customers.forEach((row, i) => {
      const { frequencyHoldout, valueHoldout, monetaryValueHoldout, durationHoldout, ...calibrationPart } =
        row;
      expect(calibrationPart).toEqual(calibration[i]);
    });
  });
});

describe('summarizeCalibrationHoldout edge cases', () => {
  test('leaves out customers first seen in the holdout, with a count', () => {
    const split = summarizeCalibrationHoldout(
      [
        { personId: 'old', date: '2025-01-02', value: 10 },
        { personId: 'old', date: '2025-02-10', value: 12 },
        { personId: 'old', date: '2025-02-11', value: 8 },
        { personId: 'new', date: '2025-02-05', value: 50 },
      ],
      { calibrationEnd: '2025-01-31', observationEnd: '2025-02-28' },
    );
    expect(split.customers.map((c) => c.personId)).toEqual(['old']);
    expect(split.customers[0]).toMatchObject({
      frequency: 0,
      frequencyHoldout: 2,
      valueHoldout: 20,
      monetaryValueHoldout: 10,
      durationHoldout: 28,
    });
    expect(split.counts.customersFirstSeenInHoldout).toBe(1);
    expect(split.warnings.join(' ')).toMatch(/first bought in the holdout/);
  });

  test('needs a holdout period after the calibration end', () => {
    expect(() =>
      summarizeCalibrationHoldout([], { calibrationEnd: '2025-02-01', observationEnd: '2025-02-01' }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_OPTIONS', field: 'observationEnd' }));
  });
});

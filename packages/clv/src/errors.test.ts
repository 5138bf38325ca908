import { GrowthNavError } from '@growthnav/conversions';
import { expect, test } from 'vitest';
import { fitBgNbd } from './bg-nbd/fit-bg-nbd.js';
import { ClvError, clvErrorCodes, ModelFitError } from './errors.js';
import { summarizeRfm } from './transactions/summarize-rfm.js';

test('errors are GrowthNavErrors with a documented code', () => {
  const caught: unknown[] = [];
  try {
    summarizeRfm([{ personId: 'a', date: 'yesterday', value: 1 }]);
  } catch (error) {
    caught.push(error);
  }
  try {
    fitBgNbd([]);
  } catch (error) {
    caught.push(error);
  }
  expect(caught).toHaveLength(2);
  for (const error of caught) {
    expect(GrowthNavError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(GrowthNavError);
    expect(clvErrorCodes).toContain((error as GrowthNavError).code);
  }
  expect(caught[0]).toBeInstanceOf(ClvError);
  expect(caught[1]).toBeInstanceOf(ModelFitError);
  expect((caught[1] as ModelFitError).model).toBe('bg-nbd');
});

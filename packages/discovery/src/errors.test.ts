import { GrowthNavError } from '@growthnav/conversions';
import { describe, expect, test } from 'vitest';
import { DiscoveryError, discoveryErrorCodes } from './errors.js';

describe('DiscoveryError', () => {
  test.each(discoveryErrorCodes)('%s is a GrowthNavError with its code, message and cause', (code) => {
    const cause = new Error('inner');
    const error = new DiscoveryError({ code, message: 'what to do', cause });
    expect(GrowthNavError.isInstance(error)).toBe(true);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code, message: 'what to do', cause, name: 'DiscoveryError' });
  });
});

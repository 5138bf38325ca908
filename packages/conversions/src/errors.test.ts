import { describe, expect, test } from 'vitest';
import { GrowthNavError, MappingError, MoneyParseError } from './errors.js';

describe('GrowthNavError', () => {
  test('carries a code, message and cause', () => {
    const cause = new Error('low level');
    const error = new GrowthNavError({ code: 'INVALID_OPTIONS', message: 'Set x to y.', cause });
    expect(error.code).toBe('INVALID_OPTIONS');
    expect(error.message).toBe('Set x to y.');
    expect(error.cause).toBe(cause);
    expect(error).toBeInstanceOf(Error);
  });

  test('isInstance survives a duplicate copy of the class (symbol marker, not prototype)', () => {
    const foreign = Object.assign(new Error('from another install'), {
      [Symbol.for('growthnav.error')]: true,
    });
    expect(GrowthNavError.isInstance(foreign)).toBe(true);
    expect(GrowthNavError.isInstance(new Error('plain'))).toBe(false);
    expect(GrowthNavError.isInstance(null)).toBe(false);
    expect(GrowthNavError.isInstance('INVALID_MONEY')).toBe(false);
  });

  test('subclasses keep their code and context', () => {
    const money = new MoneyParseError({ input: '12,3,4', message: 'bad' });
    expect(money.code).toBe('INVALID_MONEY');
    expect(money.input).toBe('12,3,4');
    expect(GrowthNavError.isInstance(money)).toBe(true);
    const mapping = new MappingError({ path: 'fields[2].transform', message: 'unknown transform "mony"' });
    expect(mapping.message).toBe('Invalid field mapping at fields[2].transform: unknown transform "mony"');
    expect(mapping.path).toBe('fields[2].transform');
  });
});

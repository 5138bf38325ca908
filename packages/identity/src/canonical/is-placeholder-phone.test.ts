import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isPlaceholderPhone } from './is-placeholder-phone.js';

describe('isPlaceholderPhone', () => {
  test.each([
    '0000000000',
    '1111111111',
    '5555555555',
    '+15555555555',
    '9999999999',
    '1234567890',
    '0123456789',
    '9876543210',
    '+11234567890',
    '1212121212',
    '123123123',
    '(212) 555-0100',
    '+12125550199',
    '12125550142',
    '650-555-1212',
    '212-000-0000',
    '212-555-5555',
    '212-123-4567',
    '+447700900123',
    '+442079460018',
    '+441632960001',
    '+61255501234',
    '+61491570156',
    '+44 7777 777777',
    '+33 6 66 66 66 66',
    '123',
    '',
    'none',
    '555-1234',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholderPhone(value)).toBe(true);
  });

  test.each([
    '+16502531234',
    '(650) 253-1234',
    '6502531234',
    '+12125550200',
    '+12125551213',
    '+447911123456',
    '+442071838750',
    '+33612345678',
    '+33612121212',
    '+61412345678',
    '+8613800138000',
  ])('%j is not a placeholder', (value) => {
    expect(isPlaceholderPhone(value)).toBe(false);
  });

  test('a NANP number gets one verdict in every spelling', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (d) => {
        const verdict = isPlaceholderPhone(d);
        const formatted = `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`;
        expect(isPlaceholderPhone(`+1${d}`)).toBe(verdict);
        expect(isPlaceholderPhone(`1${d}`)).toBe(verdict);
        expect(isPlaceholderPhone(formatted)).toBe(verdict);
      }),
    );
  });
});

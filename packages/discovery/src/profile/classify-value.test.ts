import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  classifyValue,
  dateScan,
  numberScan,
  scanNumber,
  VALUE_BOOLEAN,
  VALUE_DATE,
  VALUE_DATETIME,
  VALUE_DECIMAL,
  VALUE_INTEGER,
  VALUE_JSON,
  VALUE_MONEY,
  VALUE_STRING,
  VALUE_TIME,
} from './classify-value.js';

describe('scanNumber', () => {
  test.each([
    ['12', 12, 0, ''],
    ['-3.5', -3.5, 1, ''],
    ['1,234.56', 1234.56, 2, ''],
    ['1.234,56', 1234.56, 2, ''],
    ['1,234', 1234, 0, ''],
    ['$80.00', 80, 2, '$'],
    ['$-2.35', -2.35, 2, '$'],
    ['-$2.35', -2.35, 2, '$'],
    ['(12.00)', -12, 2, ''],
    ['USD 12.00', 12, 2, 'USD'],
    ['12.00 EUR', 12, 2, 'EUR'],
    ['€1.250,00', 1250, 2, '€'],
    ['12%', 12, 0, ''],
    ["1'234.50", 1234.5, 2, ''],
    ['+ $20.62', 20.62, 2, '$'],
    ['- $1,333.94', -1333.94, 2, '$'],
  ])('%s reads as %d', (text, value, decimals, currency) => {
    expect(scanNumber(text)).toBe(true);
    expect(numberScan.value).toBeCloseTo(value, 9);
    expect(numberScan.decimals).toBe(decimals);
    expect(numberScan.currency).toBe(currency);
  });

  test.each(['ITM123', 'abc', '1.2.3', '12-34', '$', '--5', '- -5', '1,23,4', '12 apples', 'ABC 12'])(
    '%s is not a number',
    (text) => {
      expect(scanNumber(text)).toBe(false);
    },
  );

  test('any decimal written with grouping and a currency symbol reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.boolean(), (cents, negative) => {
        const value = (negative ? -cents : cents) / 100;
        const text = `${negative ? '-' : ''}$${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
        expect(scanNumber(text)).toBe(true);
        expect(numberScan.value).toBeCloseTo(value, 6);
        expect(numberScan.currency).toBe('$');
      }),
    );
  });
});

describe('classifyValue', () => {
  test.each([
    ['42', VALUE_INTEGER],
    ['42.5', VALUE_DECIMAL],
    ['$42.50', VALUE_MONEY],
    ['true', VALUE_BOOLEAN],
    ['N', VALUE_BOOLEAN],
    ['2025-02-01', VALUE_DATE],
    ['2025-02-01T18:12:00Z', VALUE_DATETIME],
    ['2025-10-03 17:55:00 -0500', VALUE_DATETIME],
    ['2025-03-04 3:45 PM', VALUE_DATETIME],
    ['2025-03-04T9:05', VALUE_DATETIME],
    ['05/06/2025 04:15 AM', VALUE_DATETIME],
    ['05/06/2025', VALUE_DATE],
    ['31.12.2024', VALUE_DATE],
    ['8.9.2025 18.51', VALUE_DATETIME],
    ['19 de marzo de 2025 16:03 hs.', VALUE_DATETIME],
    ['5 de março de 2025', VALUE_DATE],
    ['8.9.2025 klo 18.51.07', VALUE_DATETIME],
    ['8.9.2025 18.61', VALUE_STRING],
    ['2025/02/01', VALUE_DATE],
    ['Feb 1, 2025', VALUE_DATE],
    ['1 February 2025', VALUE_DATE],
    ['March 3, 2025 2:30 pm', VALUE_DATETIME],
    ['12:12:00', VALUE_TIME],
    ['9:05 PM', VALUE_TIME],
    ['{"a":1}', VALUE_JSON],
    ['hello world', VALUE_STRING],
    ['13/13/2025', VALUE_STRING],
    ['ORD-1001', VALUE_STRING],
  ])('%s', (text, kind) => {
    expect(classifyValue(text)).toBe(kind);
  });

  test('records which part of a slash date is the day', () => {
    classifyValue('25/12/2025');
    expect(dateScan).toMatchObject({ style: 'slash', dayFirst: true, monthFirst: false });
    classifyValue('12/25/2025');
    expect(dateScan).toMatchObject({ style: 'slash', dayFirst: false, monthFirst: true });
  });
});

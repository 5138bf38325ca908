import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GrowthNavError } from '../errors.js';
import { formatMoneyDecimal, parseMoney } from './parse-money.js';

describe('parseMoney', () => {
  test.each([
    ['$1,234.56', {}, 123456, 'USD'],
    ['1.234,56 €', {}, 123456, 'EUR'],
    ['€1.234,56', {}, 123456, 'EUR'],
    ['USD 12', {}, 1200, 'USD'],
    ['12 usd', {}, 1200, 'USD'],
    ['(12.00)', { currency: 'USD' }, -1200, 'USD'],
    ['($12.00)', {}, -1200, 'USD'],
    ['-$12.00', {}, -1200, 'USD'],
    ['$-2.35', {}, -235, 'USD'],
    ['12.00-', { currency: 'USD' }, -1200, 'USD'],
    ['−5.10', { currency: 'GBP' }, -510, 'GBP'],
    ['£0.99', {}, 99, 'GBP'],
    ['¥1,234', {}, 1234, 'JPY'],
    ['JPY 1234', {}, 1234, 'JPY'],
    ['KWD 1.234', {}, 1234, 'KWD'],
    ['KWD 12.5', {}, 12500, 'KWD'],
    ["CHF 1'234.50", {}, 123450, 'CHF'],
    ['1 234,56', { currency: 'EUR' }, 123456, 'EUR'],
    ['1\u202f234,56 €', {}, 123456, 'EUR'],
    ['1,234', { currency: 'USD' }, 123400, 'USD'],
    ['0,5', { currency: 'EUR' }, 50, 'EUR'],
    ['12,5', { currency: 'EUR' }, 1250, 'EUR'],
    ['1,234,567.89', {}, 123456789, null],
    ['1.234.567,89', {}, 123456789, null],
    ['1,23,456.00', { currency: 'INR' }, 12345600, 'INR'],
    ['$80.00', { currency: 'CAD' }, 8000, 'CAD'],
    ['CA$ 10.00', {}, 1000, 'CAD'],
    ['.99', { currency: 'USD' }, 99, 'USD'],
    ['+7', { currency: 'USD' }, 700, 'USD'],
    ['0', {}, 0, null],
    ['-0.00', { currency: 'USD' }, 0, 'USD'],
  ] as const)('%s → %s minor %s', (input, options, minor, currency) => {
    const money = parseMoney(input, options);
    expect(money.minor).toBe(minor);
    expect(money.currency).toBe(currency);
    expect(Object.is(money.minor, -0)).toBe(false);
  });

  test('numbers convert through their shortest decimal text, not float multiplication', () => {
    expect(parseMoney(1.005, { currency: 'USD' }).minor).toBe(101); // 1.005 * 100 = 100.49999…
    expect(parseMoney(23.33, { currency: 'USD' }).minor).toBe(2333);
    expect(parseMoney(0.1 + 0.2, { currency: 'USD' }).minor).toBe(30);
    expect(parseMoney(1000, { currency: 'JPY' }).value).toBe(1000);
  });

  test('minor units: Square/Clover cents with ISO exponents', () => {
    expect(parseMoney(555, { minorUnits: true, currency: 'USD' })).toEqual({
      minor: 555,
      currency: 'USD',
      exponent: 2,
      value: 5.55,
    });
    expect(parseMoney('1358', { minorUnits: true, currency: 'JPY' }).value).toBe(1358);
    expect(parseMoney(-1234, { minorUnits: true, currency: 'KWD' }).value).toBe(-1.234);
    expect(() => parseMoney(5.5, { minorUnits: true })).toThrow(/whole numbers/);
  });

  test('rounding beyond the currency exponent', () => {
    expect(parseMoney('1.005', { currency: 'USD' }).minor).toBe(101);
    expect(parseMoney('-1.005', { currency: 'USD' }).minor).toBe(-101);
    expect(parseMoney('1.005', { currency: 'USD', rounding: 'half-even' }).minor).toBe(100);
    expect(parseMoney('1.015', { currency: 'USD', rounding: 'half-even' }).minor).toBe(102);
    expect(parseMoney('1.0051', { currency: 'USD', rounding: 'half-even' }).minor).toBe(101);
    expect(() => parseMoney('1.005', { currency: 'USD', rounding: 'reject' })).toThrow(/decimal places/);
    expect(parseMoney('12.6', { currency: 'JPY' }).minor).toBe(13);
  });

  test.each([
    ['', /empty/],
    ['abc', /unrecognised|no digits|currency/],
    ['$12.00 USD', /both sides/],
    ['--5', /minus|unrecognised/],
    ['XYZ 12', /ISO 4217/],
    ['12,3,4.5.6', /more than once|separators/],
    [null, /no value/],
    [{}, /expected text or a number/],
    [Number.NaN, /finite/],
    ['99999999999999999999', /too large/],
  ])('rejects %j with a reason', (input, reason) => {
    let error: unknown;
    try {
      parseMoney(input);
    } catch (e) {
      error = e;
    }
    expect(GrowthNavError.isInstance(error)).toBe(true);
    expect((error as GrowthNavError).code).toBe('INVALID_MONEY');
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).toContain(JSON.stringify(input) ?? 'undefined');
  });

  test('rejects an unknown default currency', () => {
    expect(() => parseMoney('1', { currency: 'DOLLARS' })).toThrow(/ISO 4217/);
  });
});

const currencies = ['USD', 'EUR', 'JPY', 'KWD', 'GBP'] as const;
const symbols: Record<(typeof currencies)[number], string> = {
  USD: '$',
  EUR: '€',
  JPY: '¥',
  KWD: 'KWD ',
  GBP: '£',
};
const exponents = { USD: 2, EUR: 2, JPY: 0, KWD: 3, GBP: 2 } as const;

function group(digits: string, sep: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** Writes an amount the way exports do, in several styles. */
function render(minor: number, currency: (typeof currencies)[number], style: number): string {
  const exponent = exponents[currency];
  const decimal = formatMoneyDecimal({ minor: Math.abs(minor), exponent });
  const [int, frac] = decimal.split('.') as [string, string | undefined];
  const negative = minor < 0;
  switch (style) {
    case 0: // $1,234.56 / -$1,234.56
      return `${negative ? '-' : ''}${symbols[currency]}${group(int, ',')}${frac ? `.${frac}` : ''}`;
    case 1: // 1.234,56 € / -1.234,56 €
      return `${negative ? '-' : ''}${group(int, '.')}${frac ? `,${frac}` : ''} ${currency}`;
    case 2: // (1,234.56)
      return `${negative ? '(' : ''}${currency} ${group(int, ',')}${frac ? `.${frac}` : ''}${negative ? ')' : ''}`;
    default: // plain
      return `${negative ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  }
}

describe('parseMoney properties', () => {
  test('rendering then parsing returns the exact minor amount', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.constantFrom(...currencies),
        fc.integer({ min: 0, max: 3 }),
        (minor, currency, style) => {
          const text = render(minor, currency, style);
          const parsed = parseMoney(text, { currency, decimalSeparator: style === 1 ? ',' : '.' });
          expect(parsed.minor).toBe(minor);
          expect(formatMoneyDecimal(parsed)).toBe(
            formatMoneyDecimal({ minor, exponent: exponents[currency] }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('value equals the decimal text read as a double', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), (minor) => {
        const money = parseMoney(formatMoneyDecimal({ minor, exponent: 2 }), { currency: 'USD' });
        expect(money.value).toBe(Number.parseFloat(formatMoneyDecimal({ minor, exponent: 2 })));
      }),
    );
  });

  test('a million parsed values sum to the exact decimal total', { timeout: 120_000 }, () => {
    // A seeded generator (mulberry32): fast enough for a million values, same run every time.
    let seed = 42;
    const next = () => {
      seed = (seed + 0x6d2b79f5) >>> 0;
      let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    let expected = 0n;
    let parsedSum = 0;
    const misread: string[] = [];
    for (let i = 0; i < 1_000_000; i++) {
      const minor = Math.floor(next() * 550_000_01) - 50_000_00;
      expected += BigInt(minor);
      const money = parseMoney(render(minor, 'USD', i % 4), {
        currency: 'USD',
        decimalSeparator: i % 4 === 1 ? ',' : '.',
      });
      if (money.minor !== minor) misread.push(`${i}: ${minor} read as ${money.minor}`);
      parsedSum += money.minor;
    }
    expect(misread).toEqual([]);
    expect(BigInt(parsedSum)).toBe(expected);
    expect(formatMoneyDecimal({ minor: parsedSum, exponent: 2 })).toBe(
      formatMoneyDecimal({ minor: Number(expected), exponent: 2 }),
    );
  });
});

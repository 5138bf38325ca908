import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  squareCustomerSchema,
  squareOrderSchema,
  squarePaymentSchema,
  squareRefundSchema,
} from '../square/square-api.js';
import { generateSquareData } from '../square/square-sandbox-data.js';
import { seededRandom } from '../testing/seeded-random.js';
import { compileRecordCheck } from './record-check.js';

const data = generateSquareData(seededRandom(3), {
  payments: 60,
  orders: 60,
  customers: 20,
  locations: 2,
  end: Date.UTC(2025, 0, 1),
  spanDays: 400,
});
const cases = [
  ['payment', squarePaymentSchema, data.payments],
  ['refund', squareRefundSchema, data.refunds],
  ['order', squareOrderSchema, data.orders],
  ['customer', squareCustomerSchema, data.customers],
] as const;

/** Sets `value` at a random path of a deep copy (possibly deleting the key). */
function mutate(record: Record<string, unknown>, path: number[], value: unknown, remove: boolean): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  let at: unknown = copy;
  for (let depth = 0; depth < path.length; depth++) {
    if (at === null || typeof at !== 'object') break;
    const keys = Object.keys(at);
    if (keys.length === 0) break;
    const key = keys[path[depth]! % keys.length]!;
    const child = (at as Record<string, unknown>)[key];
    if (depth === path.length - 1 || child === null || typeof child !== 'object') {
      if (remove) delete (at as Record<string, unknown>)[key];
      else (at as Record<string, unknown>)[key] = value;
      break;
    }
    at = child;
  }
  return copy;
}

const odd = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    'USD',
    'US',
    '2024-01-01',
    '2024-13-01T00:00:00Z',
    '2024-01-01T00:00:00+0100',
    1.5,
    -0,
    2 ** 60,
    [],
    {},
  ),
);

describe('compileRecordCheck', () => {
  test.each(cases)(
    '%s: the fast check agrees with zod on real and mutated records',
    (_name, schema, records) => {
      const check = compileRecordCheck(schema);
      expect(check).not.toBeNull();
      for (const r of records) expect(check!(r)).toBe(true);
      fc.assert(
        fc.property(
          fc.nat({ max: records.length - 1 }),
          fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
          odd,
          fc.boolean(),
          (i, path, value, remove) => {
            const candidate = mutate(records[i] as Record<string, unknown>, path, value, remove);
            expect(check!(candidate)).toBe(schema.safeParse(candidate).success);
          },
        ),
        { numRuns: 400 },
      );
    },
  );

  test('non-objects fail; unsupported schemas fall back to zod (null)', () => {
    const check = compileRecordCheck(squarePaymentSchema)!;
    for (const v of [null, [], 'x', 1, undefined]) expect(check(v)).toBe(false);
    expect(compileRecordCheck(z.object({ a: z.string().regex(/x/) }))).toBeNull();
    expect(compileRecordCheck(z.strictObject({ a: z.string() }))).toBeNull();
    expect(compileRecordCheck(z.object({ a: z.string().transform((s) => s.length) }))).toBeNull();
  });
});

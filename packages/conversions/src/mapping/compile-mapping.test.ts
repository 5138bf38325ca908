import { describe, expect, test } from 'vitest';
import { GrowthNavError } from '../errors.js';
import { conversionSchema } from '../schema/conversion-schema.js';
import { compileMapping } from './compile-mapping.js';
import { columnPath, type FieldMapping, type FieldRule } from './field-mapping.js';

const base = (fields: FieldRule[], extra: Partial<FieldMapping> = {}): FieldMapping => ({
  version: 1,
  system: 'test.orders',
  source: 'ecommerce',
  defaultCurrency: 'USD',
  fields: [{ target: 'sourceRecordId', source: 'id' }, { target: 'timestamp', source: 'at' }, ...fields],
  ...extra,
});

function run(mapping: FieldMapping, record: unknown) {
  return compileMapping(mapping).apply(record, 'tenant-1');
}

function ok(mapping: FieldMapping, record: unknown) {
  const outcome = run(mapping, record);
  if (!outcome.ok) throw new Error(`expected a conversion, got ${JSON.stringify(outcome.problem)}`);
  expect(conversionSchema.safeParse(outcome.conversion).success).toBe(true);
  return outcome;
}

describe('compileMapping: bad mappings fail at compile time with where and why', () => {
  test.each([
    [{ ...base([]), version: 2 }, /version/],
    [
      base([{ target: 'vlaue', source: 'x' }]),
      /fields\[2\]\.target: unknown target "vlaue"; valid targets: sourceRecordId/,
    ],
    [base([{ target: 'identity.shoe_size', source: 'x' }]), /unknown target "identity.shoe_size"/],
    [
      base([{ target: 'value', source: 'x', transform: { type: 'timestamp' } }]),
      /fields\[2\]\.transform\.type: transform "timestamp" cannot fill this target/,
    ],
    [base([{ target: 'value', source: 'a..b' }]), /fields\[2\]\.source/],
    [base([{ target: 'value', source: 'a[x]' }]), /must be an index, \*, key=value or a quoted key/],
    [base([{ target: 'value', source: 'a', transform: { type: 'money', currency: 'DOLLAR' } }]), /currency/],
    [
      base([{ target: 'extras.x', source: 'a', transform: { type: 'regex', pattern: '(' } }]),
      /invalid regular expression/,
    ],
    [base([{ target: 'timestamp', source: 'b' }]), /already filled by fields\[1\]/],
    [base([{ target: 'conversionType', source: 'kind' }]), /needs an "enum" or "constant" transform/],
    [base([{ target: 'extras.y' }]), /needs a source, a constant transform or a default/],
    [
      base([{ target: 'extras.z', source: 'a', transform: { type: 'timestamp', timeZone: 'Mars/Base' } }]),
      /Unknown time zone "Mars\/Base"/,
    ],
    [
      {
        version: 1,
        system: 's',
        source: 'pos',
        fields: [{ target: 'timestamp', source: 'at' }],
      } as FieldMapping,
      /record id/,
    ],
    [
      {
        version: 1,
        system: 's',
        source: 'pos',
        fields: [{ target: 'sourceRecordId', source: 'id' }],
      } as FieldMapping,
      /needs a time/,
    ],
    [
      base([
        {
          target: 'items',
          source: 'lines',
          transform: { type: 'items', fields: [{ target: 'colour', source: 'c' }] },
        },
      ]),
      /unknown item target "colour"/,
    ],
  ] as const)('%#', (mapping, message) => {
    let error: unknown;
    try {
      compileMapping(mapping as FieldMapping);
    } catch (e) {
      error = e;
    }
    expect(GrowthNavError.isInstance(error)).toBe(true);
    expect((error as GrowthNavError).code).toBe('INVALID_MAPPING');
    expect((error as Error).message).toMatch(message);
  });
});

describe('compileMapping: executing rules', () => {
  test('coalesce over several sources takes the first non-blank value, looking inside arrays', () => {
    const mapping = base([
      {
        target: 'identity.email',
        source: ['primary', 'others[*]', 'fallback'],
        transform: { type: 'coalesce' },
      },
      { target: 'extras.pick', source: ['a', 'b'], transform: { type: 'coalesce' }, default: 'none' },
    ]);
    const row = (fields: object) => ({ id: 1, at: '2025-02-07T08:00:00Z', ...fields });
    const emails = (fields: object) =>
      ok(mapping, row(fields)).conversion.identityFragments.map((f) => f.value);
    expect(emails({ primary: ' ', others: ['', '  ', 'b@example.com'], fallback: 'c@example.com' })).toEqual([
      'b@example.com',
    ]);
    expect(emails({ primary: 'a@example.com', others: ['b@example.com'] })).toEqual(['a@example.com']);
    expect(emails({ others: [], fallback: 'c@example.com' })).toEqual(['c@example.com']);
    expect(ok(mapping, row({ a: '', b: null })).conversion.extras.pick).toBe('none');
    expect(ok(mapping, row({ a: '', b: 7 })).conversion.extras.pick).toBe(7);
  });

  test('nested paths, arrays, quoted keys and composite timestamps', () => {
    const mapping = base(
      [
        {
          target: 'value',
          source: 'totals.gross',
          transform: { type: 'money', minorUnits: true, currencySource: 'totals.ccy' },
        },
        { target: 'quantity', source: 'lines[*].qty', transform: { type: 'sum' } },
        { target: 'product.name', source: 'lines[0].name' },
        { target: 'extras.order_no', source: columnPath('Order No.') },
        { target: 'identity.email', source: 'buyer.emails[*]', transform: { type: 'coalesce' } },
        { target: 'identity.first_name', source: 'buyer.first' },
        { target: 'identity.last_name', source: 'buyer.last' },
        {
          target: 'extras.local',
          source: 'd',
          transform: { type: 'timestamp', timeSource: 't', timeZoneSource: 'z' },
        },
      ],
      { defaultCurrency: undefined },
    );
    const { conversion, warnings } = ok(mapping, {
      id: 42,
      at: '2025-02-07T08:00:00.000-0800',
      totals: { gross: 1358, ccy: 'JPY' },
      lines: [
        { name: 'Burger', qty: 2 },
        { name: 'Fries', qty: '1' },
      ],
      'Order No.': '#1001',
      buyer: { emails: ['', 'ada@example.com'], first: ' Ada ', last: 'Lovelace' },
      d: '2025-02-01',
      t: '12:12:00',
      z: 'Central Time (US & Canada)',
    });
    expect(warnings).toEqual([]);
    expect(conversion.sourceRecordId).toBe('42');
    expect(conversion.transactionId).toBe('42');
    expect(conversion.timestamp).toBe('2025-02-07T16:00:00.000Z');
    expect(conversion.value).toBe(1358);
    expect(conversion.currency).toBe('JPY');
    expect(conversion.quantity).toBe(3);
    expect(conversion.product.name).toBe('Burger');
    expect(conversion.extras).toEqual({ order_no: '#1001', local: '2025-02-01T18:12:00.000Z' });
    expect(conversion.identityFragments).toEqual([
      { type: 'email', value: 'ada@example.com', sourceSystem: 'test.orders' },
      { type: 'first_name', value: 'Ada', sourceSystem: 'test.orders' },
      { type: 'last_name', value: 'Lovelace', sourceSystem: 'test.orders' },
    ]);
    expect(conversion.conversionId).toMatch(/^cv_[0-9a-f]{32}$/);
  });

  test('status keeps raw next to unified; default vocabulary and enum maps', () => {
    const withDefault = base([{ target: 'status', source: 's' }]);
    const a = ok(withDefault, { id: 1, at: '2025-01-01', s: 'PARTIALLY_REFUNDED' });
    expect(a.conversion.status).toEqual({ unified: 'partially_refunded', raw: 'PARTIALLY_REFUNDED' });
    const b = ok(withDefault, { id: 1, at: '2025-01-01', s: 'Weird State' });
    expect(b.conversion.status).toEqual({ unified: 'unknown', raw: 'Weird State' });
    const withEnum = base([
      { target: 'status', source: 's', transform: { type: 'enum', map: { 'closed won': 'completed' } } },
    ]);
    expect(ok(withEnum, { id: 1, at: '2025-01-01', s: 'Closed Won' }).conversion.status).toEqual({
      unified: 'completed',
      raw: 'Closed Won',
    });
    const warned = ok(withEnum, { id: 1, at: '2025-01-01', s: 'Prospecting' });
    expect(warned.conversion.status.unified).toBe('unknown');
    expect(warned.warnings[0]).toMatchObject({ field: 's', target: 'status', value: 'Prospecting' });
  });

  test('items with per-line money in the conversion currency', () => {
    const mapping = base([
      { target: 'value', source: 'total' },
      {
        target: 'items',
        source: 'line_items',
        transform: {
          type: 'items',
          fields: [
            { target: 'name', source: 'title' },
            { target: 'quantity', source: 'quantity' },
            { target: 'unitPrice', source: 'price' },
            { target: 'sku', source: 'sku' },
          ],
        },
      },
    ]);
    const { conversion } = ok(mapping, {
      id: 'o1',
      at: '2025-01-01T00:00:00Z',
      total: '€12,50',
      line_items: [
        { title: 'Tee', quantity: 2, price: '5.00', sku: 'T-1' },
        { title: 'Cap', quantity: 1, price: 'n/a' },
      ],
    });
    expect(conversion.currency).toBe('EUR');
    expect(conversion.value).toBe(12.5);
    expect(conversion.items).toEqual([
      { id: null, sku: 'T-1', name: 'Tee', category: null, quantity: 2, unitPrice: 5, total: null },
      { id: null, sku: null, name: 'Cap', category: null, quantity: 1, unitPrice: null, total: null },
    ]);
    expect(conversion.quantity).toBe(3);
    expect(conversion.product).toEqual({ id: null, sku: 'T-1', name: 'Tee', category: null });
  });

  test('required fields quarantine with field, value and reason; optional ones warn', () => {
    const mapping = base([
      { target: 'value', source: 'amount' },
      { target: 'amounts.tax', source: 'tax' },
      { target: 'utm.source', source: 'utm', required: true },
    ]);
    const missingTime = run(mapping, { id: 1, amount: '1', utm: 'g' });
    expect(missingTime).toMatchObject({
      ok: false,
      problem: { field: 'at', target: 'timestamp', reason: 'missing or blank' },
    });
    const badValue = run(mapping, { id: 1, at: '2025-01-01', amount: 'twelve', utm: 'g' });
    expect(badValue).toMatchObject({
      ok: false,
      problem: { field: 'amount', target: 'value', value: 'twelve' },
    });
    const badTime = run(mapping, { id: 1, at: '2025-02-30', amount: '1', utm: 'g' });
    expect(badTime).toMatchObject({
      ok: false,
      problem: { field: 'at', value: '2025-02-30', reason: expect.stringMatching(/no day 30/) },
    });
    const missingRequiredOptional = run(mapping, { id: 1, at: '2025-01-01', amount: '1' });
    expect(missingRequiredOptional).toMatchObject({ ok: false, problem: { target: 'utm.source' } });
    const badTax = run(mapping, { id: 1, at: '2025-01-01', amount: '1', tax: '??', utm: 'g' });
    expect(badTax.ok).toBe(true);
    expect(badTax.warnings).toEqual([
      { field: 'tax', target: 'amounts.tax', value: '??', reason: expect.any(String) },
    ]);
    expect(run(mapping, 'not a record')).toMatchObject({ ok: false, problem: { field: '(record)' } });
    expect(run(mapping, null)).toMatchObject({ ok: false });
  });

  test('currency: record beats default; no currency at all quarantines a priced record', () => {
    const noDefault = base([{ target: 'value', source: 'amount' }], { defaultCurrency: undefined });
    expect(run(noDefault, { id: 1, at: '2025-01-01', amount: '12.00' })).toMatchObject({
      ok: false,
      problem: { target: 'currency', reason: expect.stringMatching(/defaultCurrency/) },
    });
    expect(ok(noDefault, { id: 1, at: '2025-01-01', amount: '£12.00' }).conversion.currency).toBe('GBP');
    const mixed = base([
      { target: 'value', source: 'amount' },
      { target: 'amounts.tax', source: 'tax' },
    ]);
    const outcome = ok(mixed, { id: 1, at: '2025-01-01', amount: '€10', tax: '£1' });
    expect(outcome.conversion.currency).toBe('EUR');
    expect(outcome.warnings[0]?.reason).toMatch(/GBP but the conversion is in EUR/);
  });

  test('conversion ids are deterministic per tenant, system and record', () => {
    const mapping = base([]);
    const compiled = compileMapping(mapping);
    const a = compiled.apply({ id: 7, at: '2025-01-01' }, 't1');
    const b = compiled.apply({ id: 7, at: '2025-06-01' }, 't1');
    const c = compiled.apply({ id: 7, at: '2025-01-01' }, 't2');
    const d = compiled.apply({ id: 8, at: '2025-01-01' }, 't1');
    if (!a.ok || !b.ok || !c.ok || !d.ok) throw new Error('expected conversions');
    expect(a.conversion.conversionId).toBe(b.conversion.conversionId);
    expect(a.conversion.conversionId).not.toBe(c.conversion.conversionId);
    expect(a.conversion.conversionId).not.toBe(d.conversion.conversionId);
  });

  test('defaults, constants, concat, regex, boolean and json transforms', () => {
    const mapping = base([
      { target: 'conversionType', transform: { type: 'constant', value: 'booking' } },
      { target: 'location.name', source: 'loc', default: 'Main' },
      { target: 'identity.full_name', source: ['first', 'last'], transform: { type: 'concat' } },
      { target: 'extras.order_number', source: 'ref', transform: { type: 'regex', pattern: '#?(\\d+)' } },
      { target: 'extras.opt_in', source: 'opt', transform: { type: 'boolean' } },
      { target: 'extras.meta', source: 'meta', transform: { type: 'json' } },
    ]);
    const { conversion } = ok(mapping, {
      id: 1,
      at: '2025-01-01',
      first: 'Ada',
      last: 'Lovelace',
      ref: '#1001',
      opt: 'Yes',
      meta: '{"a":1}',
    });
    expect(conversion.conversionType).toBe('booking');
    expect(conversion.location.name).toBe('Main');
    expect(conversion.identityFragments).toEqual([
      { type: 'full_name', value: 'Ada Lovelace', sourceSystem: 'test.orders' },
    ]);
    expect(conversion.extras).toEqual({ order_number: '1001', opt_in: true, meta: { a: 1 } });
  });
});

describe('compileMapping: fallback chains, filters and optional extraction', () => {
  test('several sources on a single-value transform read the first non-blank; all blank uses the default', () => {
    const mapping = base([
      { target: 'location.name', source: ['store', 'site', 'region'], default: 'Unknown' },
      { target: 'extras.first_seen', source: ['closed', 'created'], transform: { type: 'timestamp' } },
    ]);
    const a = ok(mapping, { id: 1, at: '2025-01-01', store: ' ', site: 'North', created: '2024-12-01' });
    expect(a.conversion.location.name).toBe('North');
    expect(a.conversion.extras.first_seen).toBe('2024-12-01T00:00:00.000Z');
    const b = ok(mapping, { id: 1, at: '2025-01-01', store: '', site: null });
    expect(b.conversion.location.name).toBe('Unknown');
    expect(b.warnings).toEqual([]);
    expect(b.conversion.extras.first_seen).toBeUndefined();
  });

  test('concat over several sources that are all blank counts as missing', () => {
    const mapping = base([
      {
        target: 'identity.full_name',
        source: ['first', 'last'],
        transform: { type: 'concat' },
        required: true,
      },
    ]);
    expect(run(mapping, { id: 1, at: '2025-01-01', first: '', last: null })).toMatchObject({
      ok: false,
      problem: { field: 'first + last', reason: 'missing or blank' },
    });
  });

  test('a constant status has no raw value', () => {
    const mapping = base([{ target: 'status', transform: { type: 'constant', value: 'completed' } }]);
    expect(ok(mapping, { id: 1, at: '2025-01-01' }).conversion.status).toEqual({
      unified: 'completed',
      raw: null,
    });
  });

  test('sum can negate and take absolute values', () => {
    const mapping = base([
      { target: 'value', source: 'tx[*].amount', transform: { type: 'sum', negate: true } },
      { target: 'amounts.refunded', source: 'refunds[*].total', transform: { type: 'sum', absolute: true } },
    ]);
    const { conversion } = ok(mapping, {
      id: 1,
      at: '2025-01-01',
      tx: [{ amount: '10.00' }, { amount: '5.25' }],
      refunds: [{ total: '-5.00' }, { total: '-9.00' }],
    });
    expect(conversion.value).toBe(-15.25);
    expect(conversion.amounts.refunded).toBe(14);
  });

  test('regex with onNoMatch "blank" skips quietly and decodes query parameters', () => {
    const mapping = base([
      {
        target: 'utm.campaign',
        source: 'landing',
        transform: {
          type: 'regex',
          pattern: '[?&]utm_campaign=([^&#]*)',
          onNoMatch: 'blank',
          decodeUri: true,
        },
      },
      {
        target: 'clickIds.gclid',
        source: 'landing',
        transform: { type: 'regex', pattern: '[?&]gclid=([^&#]*)', onNoMatch: 'blank' },
      },
    ]);
    const a = ok(mapping, { id: 1, at: '2025-01-01', landing: '/p?utm_campaign=spring%20sale+2025&x=1' });
    expect(a.conversion.utm.campaign).toBe('spring sale 2025');
    expect(a.conversion.clickIds.gclid).toBeNull();
    expect(a.warnings).toEqual([]);
  });

  test('[key=value] picks an element of a key/value list', () => {
    const mapping = base([
      { target: 'utm.source', source: 'meta[key=_utm_source].value' },
      { target: 'utm.medium', source: 'meta[key=_utm_medium].value' },
    ]);
    const { conversion } = ok(mapping, {
      id: 1,
      at: '2025-01-01',
      meta: [
        { key: '_utm_source', value: 'newsletter' },
        { key: 'other', value: 'x' },
      ],
    });
    expect(conversion.utm).toMatchObject({ source: 'newsletter', medium: null });
  });

  test('timestamps outside years 0000–9999 are rejected, not loaded', () => {
    const mapping: FieldMapping = {
      ...base([]),
      fields: [
        { target: 'sourceRecordId', source: 'id' },
        { target: 'timestamp', source: 'at', transform: { type: 'timestamp', format: 'epoch_millis' } },
      ],
    };
    expect(run(mapping, { id: 1, at: 253402300800000 })).toMatchObject({
      ok: false,
      problem: { target: 'timestamp', reason: expect.stringMatching(/outside years/) },
    });
  });
});

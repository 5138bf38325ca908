import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { startSquareSandbox } from './square-sandbox.js';

type Json = Record<string, unknown>;

describe('Square sandbox follows the documented contract', () => {
  let sandbox: VendorSandbox;
  beforeAll(async () => {
    // One payment created recently, the rest more than a year ago.
    sandbox = await startSquareSandbox({ records: { payments: 150, customers: 30 }, locations: 1 });
    const recent = sandbox.store('payments').all()[0]!;
    sandbox
      .store('payments')
      .insert({ ...recent, id: 'recent', created_at: new Date(Date.now() - 86_400_000).toISOString() });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, token = 'sq-sandbox-token') => {
    const res = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer sq-sandbox-token', 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };

  test('ListPayments defaults begin_time to a year ago and limit above 100 to 100', async () => {
    const recentOnly = await get('/v2/payments');
    expect((recentOnly.body.payments as Json[]).map((p) => p.id)).toEqual(['recent']);
    const all = await get('/v2/payments?begin_time=2000-01-01T00:00:00Z&limit=500');
    expect(all.body.payments as Json[]).toHaveLength(100);
    expect(typeof all.body.cursor).toBe('string');
  });

  test('default order is newest created first; ASC by UPDATED_AT is oldest change first', async () => {
    const desc = (await get('/v2/payments?begin_time=2000-01-01T00:00:00Z&limit=5')).body.payments as Json[];
    const created = desc.map((p) => Date.parse(p.created_at as string));
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    const asc = (
      await get('/v2/payments?begin_time=2000-01-01T00:00:00Z&sort_field=UPDATED_AT&sort_order=ASC&limit=5')
    ).body.payments as Json[];
    const updated = asc.map((p) => Date.parse(p.updated_at as string));
    expect([...updated].sort((a, b) => a - b)).toEqual(updated);
  });

  test('a cursor only continues its own query', async () => {
    const first = await get('/v2/payments?begin_time=2000-01-01T00:00:00Z&limit=10');
    const cursor = first.body.cursor as string;
    expect((await get(`/v2/payments?begin_time=2000-01-01T00:00:00Z&limit=10&cursor=${cursor}`)).status).toBe(
      200,
    );
    const other = await get(`/v2/payments?begin_time=2001-01-01T00:00:00Z&limit=10&cursor=${cursor}`);
    expect(other.status).toBe(400);
    expect(other.body).toMatchObject({ errors: [{ code: 'INVALID_CURSOR' }] });
  });

  test('an empty page is {} and a bad time is 400 INVALID_TIME', async () => {
    expect(
      (await get('/v2/payments?begin_time=2000-01-01T00:00:00Z&updated_at_begin_time=2100-01-01T00:00:00Z'))
        .body,
    ).toEqual({});
    expect((await get('/v2/payments?begin_time=yesterday')).body).toMatchObject({
      errors: [{ code: 'INVALID_TIME' }],
    });
  });

  test('SearchOrders needs location_ids and a sort field matching the date filter', async () => {
    expect((await post('/v2/orders/search', {})).body).toMatchObject({
      errors: [{ code: 'MISSING_REQUIRED_PARAMETER' }],
    });
    const location = sandbox.store('orders').all()[0]!.location_id;
    const mismatch = await post('/v2/orders/search', {
      location_ids: [location],
      query: {
        filter: { date_time_filter: { updated_at: { start_at: '2000-01-01T00:00:00Z' } } },
        sort: { sort_field: 'CREATED_AT' },
      },
    });
    expect(mismatch.status).toBe(400);
    expect((await post('/v2/orders/search', { location_ids: [location], limit: 1001 })).body).toMatchObject({
      errors: [{ code: 'VALUE_TOO_HIGH' }],
    });
  });

  test('SearchCustomers limits are 1–100', async () => {
    expect((await post('/v2/customers/search', { limit: 101 })).body).toMatchObject({
      errors: [{ code: 'VALUE_TOO_HIGH' }],
    });
    expect((await post('/v2/customers/search', { limit: 0 })).body).toMatchObject({
      errors: [{ code: 'VALUE_TOO_LOW' }],
    });
    expect(((await post('/v2/customers/search', { limit: 100 })).body.customers as Json[]).length).toBe(30);
  });

  test('401 bodies use Square’s error envelope', async () => {
    expect(await get('/v2/locations', 'nope')).toEqual({
      status: 401,
      body: {
        errors: [
          {
            category: 'AUTHENTICATION_ERROR',
            code: 'UNAUTHORIZED',
            detail: 'This request could not be authorized.',
          },
        ],
      },
    });
  });
});

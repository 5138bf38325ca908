import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { parseBigCommerceTime } from './bigcommerce-date-cursor.js';
import { startBigCommerceSandbox } from './bigcommerce-sandbox.js';

type Json = Record<string, unknown>;
const TOKEN = 'bc_sandbox_token';

describe('BigCommerce sandbox follows the (partly confirmed) contract', () => {
  let sandbox: VendorSandbox;
  beforeAll(async () => {
    sandbox = await startBigCommerceSandbox({
      records: { orders: 70, customers: 30 },
      quota: { requests: 1_000, windowMs: 30_000 },
    });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, token = TOKEN) => {
    const res = await fetch(`${sandbox.url}${path}`, { headers: { 'x-auth-token': token } });
    const text = await res.text();
    return {
      status: res.status,
      headers: res.headers,
      body: text === '' ? undefined : (JSON.parse(text) as unknown),
    };
  };
  const modified = (r: Json) => parseBigCommerceTime(r.date_modified) as number;

  test('V2 orders: a bare array, 50 by default sorted by id, RFC 2822 times, limit above 250 is a 400', async () => {
    const first = await get('/stores/abc123/v2/orders');
    const ids = (first.body as Json[]).map((o) => o.id as number);
    expect(ids).toHaveLength(50);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect((first.body as Json[])[0]!.date_modified).toMatch(
      /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/,
    );
    expect(await get('/stores/abc123/v2/orders?limit=251')).toMatchObject({
      status: 400,
      body: [{ status: 400, message: "The field 'limit' is invalid." }],
    });
  });

  test('min_date_modified is inclusive, in RFC 2822 or ISO 8601; nothing left is 204 with no body', async () => {
    const pivot = sandbox.store('orders').all()[3]!;
    const expected = sandbox
      .store('orders')
      .all()
      .filter((o) => modified(o) >= modified(pivot)).length;
    for (const value of [pivot.date_modified as string, new Date(modified(pivot)).toISOString()]) {
      const res = await get(
        `/stores/abc123/v2/orders?limit=250&min_date_modified=${encodeURIComponent(value)}`,
      );
      expect((res.body as Json[]).length).toBe(expected);
    }
    const empty = await get('/stores/abc123/v2/orders?page=99');
    expect(empty).toMatchObject({ status: 204, body: undefined });
    expect((await get('/stores/abc123/v2/orders?min_date_modified=yesterday')).status).toBe(400);
  });

  test('V3 customers: data + meta.pagination, addresses only with include, 422 for a bad sort', async () => {
    const res = await get('/stores/abc123/v3/customers?limit=20&sort=date_modified:asc');
    const body = res.body as { data: Json[]; meta: { pagination: Json } };
    expect(body.meta.pagination).toMatchObject({
      total: 30,
      count: 20,
      per_page: 20,
      current_page: 1,
      total_pages: 2,
    });
    expect(body.data.every((c) => !('addresses' in c))).toBe(true);
    const stamps = body.data.map(modified);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    const withAddresses = (await get('/stores/abc123/v3/customers?include=addresses')).body as {
      data: Json[];
    };
    expect(withAddresses.data.every((c) => Array.isArray(c.addresses))).toBe(true);
    expect(await get('/stores/abc123/v3/customers?sort=email:asc')).toMatchObject({
      status: 422,
      body: { status: 422, title: expect.any(String) },
    });
  });

  test('every answer carries the window-quota headers; a bad token is 401; an unknown store is 404', async () => {
    const ok = await get('/stores/abc123/v2/store');
    expect(ok.body).toMatchObject({ name: 'GrowthNav Pro Shop' });
    expect(ok.headers.get('x-rate-limit-requests-quota')).toBe('1000');
    expect(Number(ok.headers.get('x-rate-limit-requests-left'))).toBeLessThan(1000);
    expect(Number(ok.headers.get('x-rate-limit-time-reset-ms'))).toBeLessThanOrEqual(30_000);
    expect(ok.headers.get('x-rate-limit-time-window-ms')).toBe('30000');
    expect((await get('/stores/abc123/v2/orders', 'nope')).status).toBe(401);
    expect((await get('/stores/nope/v2/orders')).status).toBe(404);
  });
});

test('over the window quota the sandbox answers 429 until the window resets', async () => {
  const small = await startBigCommerceSandbox({ records: 5, quota: { requests: 2, windowMs: 200 } });
  try {
    const call = () => fetch(`${small.url}/stores/abc123/v2/store`, { headers: { 'x-auth-token': TOKEN } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await call();
      statuses.push(res.status);
      await res.arrayBuffer();
    }
    expect(statuses).toEqual([200, 200, 429]);
    await new Promise((r) => setTimeout(r, 220));
    expect((await call()).status).toBe(200);
  } finally {
    await small.close();
  }
});

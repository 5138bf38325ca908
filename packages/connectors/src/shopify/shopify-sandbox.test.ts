import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseLinkHeader } from '../shared/paginate.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { startShopifySandbox } from './shopify-sandbox.js';

type Json = Record<string, unknown>;
const TOKEN = 'shpat_sandbox_token';

describe('Shopify sandbox follows the documented contract', () => {
  let sandbox: VendorSandbox;
  beforeAll(async () => {
    sandbox = await startShopifySandbox({
      records: { orders: 120, customers: 30 },
      callLimit: { capacity: 1_000, leakPerSecond: 1_000 },
    });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, token = TOKEN) => {
    const res = await fetch(path.startsWith('http') ? path : `${sandbox.url}${path}`, {
      headers: { 'x-shopify-access-token': token },
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  };
  const orders = () => sandbox.store('orders').all();

  test('orders default to status=open; status=any includes closed and cancelled ones', async () => {
    const open = orders().filter((o) => o.closed_at == null && o.cancelled_at == null);
    expect(open.length).toBeLessThan(120);
    const byDefault = await get('/admin/api/2024-01/orders.json?limit=250');
    expect((byDefault.body.orders as Json[]).map((o) => o.id).sort()).toEqual(open.map((o) => o.id).sort());
    const any = await get('/admin/api/2024-01/orders.json?limit=250&status=any');
    expect(any.body.orders as Json[]).toHaveLength(120);
  });

  test('the Link header pages with page_info, oldest change first, and a filter next to page_info is a 400', async () => {
    const first = await get('/admin/api/2024-01/orders.json?status=any&order=updated_at%20asc&limit=50');
    const next = parseLinkHeader(first.headers.get('link'), 'next')!;
    expect(new URL(next).searchParams.get('limit')).toBe('50');
    expect(parseLinkHeader(first.headers.get('link'), 'previous')).toBeUndefined();
    const second = await get(next);
    const seen = [...(first.body.orders as Json[]), ...(second.body.orders as Json[])];
    const stamps = seen.map((o) => Date.parse(o.updated_at as string));
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    expect(parseLinkHeader(second.headers.get('link'), 'previous')).toBeDefined();
    const mixed = await get(`${next}&status=any`);
    expect(mixed.status).toBe(400);
    expect(mixed.body).toEqual({ errors: { page_info: ['cannot be combined with status'] } });
    const last = await get(parseLinkHeader(second.headers.get('link'), 'next')!);
    expect(last.headers.get('link')).not.toMatch(/rel="next"/);
    expect(seen.length + (last.body.orders as Json[]).length).toBe(120);
  });

  test('updated_at_min is inclusive; fields projects; limit over 250 and a bad time are 400', async () => {
    const pivot = orders()[7]!;
    const since = await get(
      `/admin/api/2024-01/orders.json?status=any&limit=250&fields=id,updated_at&updated_at_min=${encodeURIComponent(pivot.updated_at as string)}`,
    );
    const got = since.body.orders as Json[];
    expect(got.map((o) => o.id)).toContain(pivot.id);
    expect(got.every((o) => Object.keys(o).sort().join() === 'id,updated_at')).toBe(true);
    expect(got).toHaveLength(
      orders().filter((o) => Date.parse(o.updated_at as string) >= Date.parse(pivot.updated_at as string))
        .length,
    );
    expect((await get('/admin/api/2024-01/orders.json?limit=251')).status).toBe(400);
    expect((await get('/admin/api/2024-01/customers.json?updated_at_min=yesterday')).body).toMatchObject({
      errors: { updated_at_min: [expect.stringMatching(/ISO 8601/)] },
    });
  });

  test('touch bumps updated_at to a later whole second in the shop’s zone', async () => {
    const store = sandbox.store('customers');
    const id = store.ids()[0]!;
    const before = Math.max(...store.all().map((c) => Date.parse(c.updated_at as string)));
    const after = store.touch(id).updated_at as string;
    expect(after).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-05:00$/);
    expect(Date.parse(after)).toBeGreaterThan(before);
  });

  test('every answer carries the call-limit header; a bad token is a 401 with Shopify’s body', async () => {
    const ok = await get('/admin/api/2024-01/shop.json');
    expect(ok.headers.get('x-shopify-shop-api-call-limit')).toMatch(/^\d+\/1000$/);
    expect(await get('/admin/api/2024-01/shop.json', 'nope')).toMatchObject({
      status: 401,
      body: { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' },
    });
  });
});

test('a full bucket answers 429 with Retry-After and Shopify’s throttle body', async () => {
  const small = await startShopifySandbox({ records: 5, callLimit: { capacity: 2, leakPerSecond: 1 } });
  try {
    const call = () =>
      fetch(`${small.url}/admin/api/2024-01/shop.json`, { headers: { 'x-shopify-access-token': TOKEN } });
    const a = await call();
    expect(a.headers.get('x-shopify-shop-api-call-limit')).toBe('1/2');
    await a.arrayBuffer();
    await (await call()).arrayBuffer();
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(await limited.json()).toEqual({
      errors:
        'Exceeded 1 calls per second for api client. Reduce request rates to resume unthrottled access.',
    });
  } finally {
    await small.close();
  }
});

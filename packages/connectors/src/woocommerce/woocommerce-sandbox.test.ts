import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseLinkHeader } from '../shared/paginate.js';
import { formatWooGmt, parseWooGmt } from './woocommerce-gmt-cursor.js';
import { startWooCommerceSandbox, type WooCommerceSandbox } from './woocommerce-sandbox.js';

type Json = Record<string, unknown>;
const BASIC = `Basic ${Buffer.from('ck_sandbox_key:cs_sandbox_secret').toString('base64')}`;

describe('WooCommerce sandbox follows the documented contract', () => {
  let sandbox: WooCommerceSandbox;
  beforeAll(async () => {
    sandbox = await startWooCommerceSandbox({ records: { orders: 80, customers: 25 } });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, authorization: string | null = BASIC) => {
    const res = await fetch(path.startsWith('http') ? path : `${sandbox.url}${path}`, {
      headers: authorization === null ? {} : { authorization },
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as unknown };
  };
  const orders = () => sandbox.store('orders').all();

  test('collections are bare arrays with X-WP-Total, X-WP-TotalPages and Link (default 10 per page)', async () => {
    const first = await get('/wp-json/wc/v3/orders');
    expect(first.body as Json[]).toHaveLength(10);
    expect(first.headers.get('x-wp-total')).toBe('80');
    expect(first.headers.get('x-wp-totalpages')).toBe('8');
    const link = first.headers.get('link');
    expect(new URL(parseLinkHeader(link, 'next')!).searchParams.get('page')).toBe('2');
    expect(new URL(parseLinkHeader(link, 'last')!).searchParams.get('page')).toBe('8');
    expect(parseLinkHeader(link, 'prev')).toBeUndefined();
    expect((await get('/wp-json/wc/v3/orders?page=9')).body).toEqual([]);
  });

  test('per_page above 100 and an unknown orderby are 400 rest_invalid_param', async () => {
    expect(await get('/wp-json/wc/v3/orders?per_page=101')).toMatchObject({
      status: 400,
      body: { code: 'rest_invalid_param', data: { status: 400, params: { per_page: expect.any(String) } } },
    });
    expect((await get('/wp-json/wc/v3/customers?orderby=modified')).status).toBe(400);
  });

  test('modified_after is exclusive and reads site-local times unless dates_are_gmt=true', async () => {
    const pivot = orders()[5]!;
    const at = pivot.date_modified_gmt as string;
    const newer = orders().filter(
      (o) => (parseWooGmt(o.date_modified_gmt) as number) > (parseWooGmt(at) as number),
    );
    const gmt = await get(`/wp-json/wc/v3/orders?per_page=100&dates_are_gmt=true&modified_after=${at}`);
    expect((gmt.body as Json[]).map((o) => o.id).sort()).toEqual(newer.map((o) => o.id).sort());
    // The same string read as site time (+01:00) is an hour earlier in GMT: more orders match.
    const local = await get(`/wp-json/wc/v3/orders?per_page=100&modified_after=${at}`);
    const hourEarlier = orders().filter(
      (o) => (parseWooGmt(o.date_modified_gmt) as number) > (parseWooGmt(at) as number) - 3_600_000,
    );
    expect((local.body as Json[]).length).toBe(hourEarlier.length);
    expect(hourEarlier.length).toBeGreaterThan(newer.length);
  });

  test('orderby=modified&order=asc sorts oldest change first; touch moves date_modified and its GMT twin', async () => {
    const asc = (await get('/wp-json/wc/v3/orders?per_page=100&orderby=modified&order=asc')).body as Json[];
    const stamps = asc.map((o) => parseWooGmt(o.date_modified_gmt) as number);
    expect([...stamps].sort((a, b) => a - b)).toEqual(stamps);
    const id = String(asc[0]!.id);
    const touched = sandbox.store('orders').touch(id);
    expect(touched.date_modified_gmt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(parseWooGmt(touched.date_modified_gmt)).toBeGreaterThan(Math.max(...stamps));
    expect(touched.date_modified).toBe(
      formatWooGmt((parseWooGmt(touched.date_modified_gmt) as number) + 3_600_000),
    );
  });

  test('refunds are listed per order with _links.up; an unknown order is 404', async () => {
    const order = orders().find((o) => (o.refunds as Json[]).length > 0)!;
    expect(order).toBeDefined();
    const list = (await get(`/wp-json/wc/v3/orders/${order.id}/refunds`)).body as Json[];
    expect(list.map((r) => r.id).sort()).toEqual((order.refunds as Json[]).map((r) => r.id).sort());
    expect((list[0]!._links as { up: { href: string }[] }).up[0]!.href).toBe(
      `${sandbox.url}/wp-json/wc/v3/orders/${order.id}`,
    );
    expect(await get('/wp-json/wc/v3/orders/1/refunds')).toMatchObject({
      status: 404,
      body: { code: 'woocommerce_rest_shop_order_invalid_id' },
    });
  });

  test('401s use WooCommerce’s envelope', async () => {
    expect(await get('/wp-json/wc/v3/orders', null)).toMatchObject({
      status: 401,
      body: { code: 'woocommerce_rest_cannot_view', data: { status: 401 } },
    });
    const wrongKey = `Basic ${Buffer.from('ck_nope:cs_sandbox_secret').toString('base64')}`;
    expect((await get('/wp-json/wc/v3/orders', wrongKey)).body).toMatchObject({
      message: 'Consumer key is invalid.',
    });
  });
});

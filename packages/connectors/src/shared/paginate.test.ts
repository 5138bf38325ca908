import { describe, expect, test } from 'vitest';
import { fakeClock, json, type Step, scriptedFetch } from '../testing/conformance/fake-fetch.js';
import { createAuth } from './auth.js';
import { createHttpClient, type HttpRequest } from './http-client.js';
import { type PageToken, type Pagination, paginate, parseLinkHeader } from './paginate.js';

const BASE = 'https://api.vendor.test';

async function run(
  steps: Step[],
  first: HttpRequest,
  pagination: Pagination,
  records: string,
  start?: PageToken,
) {
  const { fetch, seen } = scriptedFetch(steps);
  const auth = createAuth({ type: 'bearer', token: 't0ken' }, { vendor: 'V', baseUrl: BASE, fetch });
  const http = createHttpClient({ vendor: 'V', baseUrl: BASE, auth, fetch, clock: fakeClock() });
  const pages = [];
  for await (const page of paginate(http, first, pagination, { records, start })) pages.push(page);
  return { pages, seen, ids: pages.flatMap((p) => p.records.map((r) => (r as { id: unknown }).id)) };
}

const query = (u: URL) => Object.fromEntries(u.searchParams);

describe('paginate', () => {
  test('cursor in the query (Square list endpoints): resent with the original query, ends without a cursor', async () => {
    const { ids, seen, pages } = await run(
      [
        json({ payments: [{ id: 1 }], cursor: 'c1' }),
        json({ payments: [{ id: 2 }], cursor: 'c2' }),
        json({}),
      ],
      { path: '/v2/payments', query: { sort_order: 'ASC', limit: 1 } },
      { style: 'cursor', in: 'query', param: 'cursor', next: 'cursor' },
      'payments',
    );
    expect(ids).toEqual([1, 2]);
    expect(seen.map((r) => query(r.url))).toEqual([
      { sort_order: 'ASC', limit: '1' },
      { sort_order: 'ASC', limit: '1', cursor: 'c1' },
      { sort_order: 'ASC', limit: '1', cursor: 'c2' },
    ]);
    expect(pages.map((p) => p.next)).toEqual([{ cursor: 'c1' }, { cursor: 'c2' }, null]);
  });

  test('cursor in the body (Square search endpoints), resumed from a saved token', async () => {
    const { ids, seen } = await run(
      [json({ orders: [{ id: 3 }] })],
      { method: 'POST', path: '/v2/orders/search', json: { location_ids: ['L1'], limit: 1 } },
      { style: 'cursor', in: 'body', param: 'cursor', next: 'cursor' },
      'orders',
      { cursor: 'saved' },
    );
    expect(ids).toEqual([3]);
    expect(JSON.parse(seen[0]!.body)).toEqual({ location_ids: ['L1'], limit: 1, cursor: 'saved' });
  });

  test('HubSpot paging.next.after and Zoho page_token with more_records', async () => {
    const hubspot = await run(
      [
        json({ results: [{ id: 'a' }], paging: { next: { after: 'NTI1' } } }),
        json({ results: [{ id: 'b' }] }),
      ],
      { path: '/crm/v3/objects/contacts', query: { limit: 100 } },
      { style: 'cursor', in: 'query', param: 'after', next: 'paging.next.after' },
      'results',
    );
    expect(hubspot.ids).toEqual(['a', 'b']);
    expect(query(hubspot.seen[1]!.url)).toEqual({ limit: '100', after: 'NTI1' });
    const zoho = await run(
      [
        json({ data: [{ id: 1 }], info: { more_records: true, next_page_token: 'tk1' } }),
        json({ data: [{ id: 2 }], info: { more_records: false, next_page_token: 'tk2' } }),
      ],
      { path: '/crm/v7/Contacts' },
      {
        style: 'cursor',
        in: 'query',
        param: 'page_token',
        next: 'info.next_page_token',
        more: 'info.more_records',
      },
      'data',
    );
    expect(zoho.ids).toEqual([1, 2]);
    expect(zoho.seen).toHaveLength(2);
  });

  test('Lightspeed version feed: after = version.max until an empty page', async () => {
    const { ids, seen } = await run(
      [
        json({ data: [{ id: 's1' }], version: { min: 10, max: 11 } }),
        json({ data: [{ id: 's2' }], version: { min: 12, max: 15 } }),
        json({ data: [], version: { min: null, max: null } }),
      ],
      { path: '/api/2.0/sales', query: { after: 0 } },
      { style: 'cursor', in: 'query', param: 'after', next: 'version.max', stopOnEmptyPage: true },
      'data',
    );
    expect(ids).toEqual(['s1', 's2']);
    expect(seen.map((r) => r.url.searchParams.getAll('after'))).toEqual(
      [['0'], ['0', '11'], ['0', '15']].map((a) => [a.at(-1)!]),
    );
  });

  test('Link rel=next is followed exactly as given (Shopify page_info rejects other filters)', async () => {
    const next = `${BASE}/admin/api/2024-01/orders.json?page_info=abc&limit=2`;
    const { ids, seen } = await run(
      [
        json({ orders: [{ id: 1 }, { id: 2 }] }, { headers: { link: `<${next}>; rel="next"` } }),
        json({ orders: [{ id: 3 }] }),
      ],
      {
        path: '/admin/api/2024-01/orders.json',
        query: { updated_at_min: '2024-01-01T00:00:00Z', limit: 2, status: 'any' },
      },
      { style: 'link-header' },
      'orders',
    );
    expect(ids).toEqual([1, 2, 3]);
    expect(seen[1]!.url.href).toBe(next);
  });

  test('offset/limit stops on a short page (Clover); page/per_page stops at X-WP-TotalPages (WooCommerce)', async () => {
    const clover = await run(
      [json({ elements: [{ id: 1 }, { id: 2 }] }), json({ elements: [{ id: 3 }] })],
      { path: '/v3/merchants/M1/orders' },
      { style: 'offset', limit: 2 },
      'elements',
    );
    expect(clover.ids).toEqual([1, 2, 3]);
    expect(clover.seen.map((r) => query(r.url))).toEqual([
      { offset: '0', limit: '2' },
      { offset: '2', limit: '2' },
    ]);
    const woo = await run(
      [
        json([{ id: 1 }, { id: 2 }], { headers: { 'x-wp-totalpages': '2' } }),
        json([{ id: 3 }, { id: 4 }], { headers: { 'x-wp-totalpages': '2' } }),
      ],
      { path: '/wp-json/wc/v3/orders' },
      { style: 'page', size: 2, totalPagesHeader: 'x-wp-totalpages' },
      '',
    );
    expect(woo.ids).toEqual([1, 2, 3, 4]);
    expect(woo.seen.map((r) => query(r.url))).toEqual([
      { page: '1', per_page: '2' },
      { page: '2', per_page: '2' },
    ]);
  });

  test('Salesforce nextRecordsUrl until done', async () => {
    const { ids, seen } = await run(
      [
        json({ done: false, nextRecordsUrl: '/services/data/v66.0/query/01g-2000', records: [{ id: 'o1' }] }),
        json({ done: true, records: [{ id: 'o2' }] }),
      ],
      { path: '/services/data/v66.0/query', query: { q: 'SELECT Id FROM Opportunity' } },
      { style: 'next-url', next: 'nextRecordsUrl', done: 'done' },
      'records',
    );
    expect(ids).toEqual(['o1', 'o2']);
    expect(seen[1]!.url.href).toBe(`${BASE}/services/data/v66.0/query/01g-2000`);
  });

  test('a vendor repeating the same token is stopped instead of looping', async () => {
    await expect(
      run(
        [json({ items: [{ id: 1 }], cursor: 'same' })],
        { path: '/x' },
        { style: 'cursor', in: 'query', param: 'cursor', next: 'cursor' },
        'items',
      ),
    ).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE', message: /same page token twice/ });
  });
});

describe('parseLinkHeader', () => {
  test.each([
    ['<https://x/a?page_info=1>; rel="next"', 'https://x/a?page_info=1'],
    ['<https://x/p>; rel="previous", <https://x/n>; rel="next"', 'https://x/n'],
    ['<https://x/a,b>; rel=next', 'https://x/a,b'],
    ['<https://x/f>; rel="first"', undefined],
    [null, undefined],
  ])('%s → %s', (value, url) => {
    expect(parseLinkHeader(value)).toBe(url);
  });
});

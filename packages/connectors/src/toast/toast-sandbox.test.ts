import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseLinkHeader } from '../shared/paginate.js';
import { startToastSandbox, type ToastSandbox } from './toast-sandbox.js';

type Json = Record<string, unknown>;

describe('Toast sandbox follows the documented ordersBulk contract', () => {
  let sandbox: ToastSandbox;
  let restaurant: string;
  beforeAll(async () => {
    sandbox = await startToastSandbox({ records: 80, restaurants: 2 });
    restaurant = sandbox.restaurantGuids[0]!;
  });
  afterAll(() => sandbox.close());

  const WINDOW = 'startDate=2016-01-01T00:00:00.000%2B0000&endDate=2030-01-01T00:00:00.000%2B0000';
  const get = async (query: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${sandbox.url}/orders/v2/ordersBulk?${query}`, {
      headers: {
        authorization: 'Bearer toast-sandbox-token',
        'toast-restaurant-external-id': restaurant,
        ...headers,
      },
    });
    return { status: res.status, link: res.headers.get('link'), body: (await res.json()) as unknown };
  };
  const mine = () =>
    sandbox
      .store('orders')
      .all()
      .filter((o) => sandbox.restaurantOf(String(o.guid)) === restaurant);

  test('a bare JSON array of one restaurant’s orders, sorted by modifiedDate, with Link pages', async () => {
    const first = await get(`${WINDOW}&pageSize=5`);
    expect(first.status).toBe(200);
    const page = first.body as Json[];
    expect(Array.isArray(page)).toBe(true);
    expect(page).toHaveLength(5);
    const times = page.map((o) => Date.parse(o.modifiedDate as string));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    const next = parseLinkHeader(first.link, 'next');
    expect(new URL(next!).searchParams.get('page')).toBe('2');
    expect(new URL(next!).searchParams.get('startDate')).toBe('2016-01-01T00:00:00.000+0000');
    expect(parseLinkHeader(first.link, 'prev')).toBeUndefined();
    // Following the links reads the restaurant's orders exactly once, and the last page has no next.
    const seen = [...page];
    let url = next;
    while (url) {
      const res = await fetch(url, {
        headers: { authorization: 'Bearer toast-sandbox-token', 'toast-restaurant-external-id': restaurant },
      });
      seen.push(...((await res.json()) as Json[]));
      url = parseLinkHeader(res.headers.get('link'), 'next');
    }
    expect(seen.map((o) => o.guid).sort()).toEqual(
      mine()
        .map((o) => o.guid)
        .sort(),
    );
  });

  test('startDate is inclusive and endDate exclusive on modifiedDate; an empty result is []', async () => {
    const target = mine()[3]!;
    const at = new Date(Date.parse(target.modifiedDate as string)).toISOString().replace('Z', '+0000');
    const from = (await get(`startDate=${encodeURIComponent(at)}&endDate=2030-01-01T00:00:00.000%2B0000`))
      .body as Json[];
    expect(from.map((o) => o.guid)).toContain(target.guid);
    const until = (await get(`startDate=2016-01-01T00:00:00.000%2B0000&endDate=${encodeURIComponent(at)}`))
      .body as Json[];
    expect(until.map((o) => o.guid)).not.toContain(target.guid);
    expect(
      (await get('startDate=2029-01-01T00:00:00.000%2B0000&endDate=2030-01-01T00:00:00.000%2B0000')).body,
    ).toEqual([]);
  });

  test('page numbers slice the live query: a change between pages shifts the rest', async () => {
    const before = (await get(`${WINDOW}&pageSize=5&page=2`)).body as Json[];
    const firstOfPage1 = ((await get(`${WINDOW}&pageSize=5`)).body as Json[])[0]!;
    sandbox.store('orders').touch(String(firstOfPage1.guid));
    const after = (await get(`${WINDOW}&pageSize=5&page=2`)).body as Json[];
    // The first row of the old page 2 moved up to page 1: following page=2 would skip it.
    expect(after[0]!.guid).toBe(before[1]!.guid);
  });

  test('parameter and header checks answer 400/403/401 with Toast’s error body', async () => {
    expect(await get('pageSize=5')).toMatchObject({
      status: 400,
      body: { status: 400, message: 'Specify both startDate and endDate, or businessDate.' },
    });
    expect((await get('startDate=2016-01-01&endDate=2030-01-01T00:00:00.000%2B0000')).status).toBe(400);
    expect(
      (await get('startDate=2015-12-01T00:00:00.000%2B0000&endDate=2030-01-01T00:00:00.000%2B0000')).body,
    ).toMatchObject({ message: /after 2015-12-01/ });
    expect((await get(`${WINDOW}&pageSize=101`)).body).toMatchObject({
      message: 'pageSize must be at most 100.',
    });
    expect(
      (await get('startDate=2020-01-01T00:00:00.000%2B0000&endDate=2019-01-01T00:00:00.000%2B0000')).status,
    ).toBe(400);
    expect((await get(WINDOW, { 'toast-restaurant-external-id': '' })).status).toBe(400);
    expect((await get(WINDOW, { 'toast-restaurant-external-id': 'someone-else' })).status).toBe(403);
    const denied = await get(WINDOW, { authorization: 'Bearer nope' });
    expect(denied).toMatchObject({ status: 401, body: { status: 401, message: 'Authentication failed.' } });
    expect((denied.body as Json).requestId).toEqual(expect.any(String));
  });

  test('businessDate selects the orders of one business day', async () => {
    const order = mine()[0]!;
    const day = (await get(`businessDate=${order.businessDate}`)).body as Json[];
    expect(day.length).toBeGreaterThan(0);
    expect(day.every((o) => o.businessDate === order.businessDate)).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type CloverSandbox, startCloverSandbox } from './clover-sandbox.js';

type Json = Record<string, unknown>;

describe('Clover sandbox follows the documented Platform API contract', () => {
  let sandbox: CloverSandbox;
  let base: string;
  beforeAll(async () => {
    sandbox = await startCloverSandbox({ records: { orders: 60, payments: 30, customers: 20 } });
    base = `/v3/merchants/${sandbox.merchantId}`;
    // One payment created recently, the rest more than 90 days ago.
    const recent = sandbox.store('payments').all()[0]!;
    sandbox
      .store('payments')
      .insert({ ...recent, id: 'RECENTPAYMNT1', createdTime: Date.now() - 86_400_000 });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, token = 'clover-sandbox-token') => {
    const res = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: res.status,
      allowed: res.headers.get('x-clover-allowed-filter-fields'),
      body: (await res.json()) as Json,
    };
  };
  const elements = (body: Json) => body.elements as Json[];

  test('pages are {"elements":[...]} by offset/limit over the live query; a short page is the last', async () => {
    const all: Json[] = [];
    for (let offset = 0; ; offset += 25) {
      const page = elements(
        (await get(`${base}/orders?orderBy=modifiedTime%20ASC&offset=${offset}&limit=25`)).body,
      );
      all.push(...page);
      if (page.length < 25) break;
    }
    expect(all.map((o) => o.id).sort()).toEqual(sandbox.store('orders').ids().sort());
    const times = all.map((o) => o.modifiedTime as number);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    // A change between pages shifts the offsets: the first row of page 2 moves to page 1.
    const page2 = elements((await get(`${base}/orders?orderBy=modifiedTime%20ASC&offset=5&limit=5`)).body);
    const page1 = elements((await get(`${base}/orders?orderBy=modifiedTime%20ASC&offset=0&limit=5`)).body);
    sandbox.store('orders').touch(String(page1[0]!.id));
    const shifted = elements((await get(`${base}/orders?orderBy=modifiedTime%20ASC&offset=5&limit=5`)).body);
    expect(shifted[0]!.id).toBe(page2[1]!.id);
  });

  test('the default order is newest created first; limit defaults to 100 and is capped at 1000', async () => {
    const page = elements((await get(`${base}/orders`)).body);
    expect(page).toHaveLength(60);
    const created = page.map((o) => o.createdTime as number);
    expect([...created].sort((a, b) => b - a)).toEqual(created);
    const big = await startCloverSandbox({ records: { orders: 1_100 }, seed: 2 });
    try {
      const path = `/v3/merchants/${big.merchantId}/orders`;
      const res = await fetch(`${big.url}${path}`, {
        headers: { authorization: 'Bearer clover-sandbox-token' },
      });
      expect(elements((await res.json()) as Json)).toHaveLength(100);
      const capped = await fetch(`${big.url}${path}?limit=5000`, {
        headers: { authorization: 'Bearer clover-sandbox-token' },
      });
      expect(elements((await capped.json()) as Json)).toHaveLength(1000);
    } finally {
      await big.close();
    }
  });

  test('repeatable filters on allowed fields only, times in epoch ms', async () => {
    const all = sandbox.store('orders').all();
    const times = all.map((o) => o.modifiedTime as number).sort((a, b) => a - b);
    const [lo, hi] = [times[10]!, times[20]!];
    const res = await get(
      `${base}/orders?filter=modifiedTime%3E%3D${lo}&filter=modifiedTime%3C${hi}&limit=1000`,
    );
    expect(
      elements(res.body)
        .map((o) => o.id)
        .sort(),
    ).toEqual(
      all
        .filter((o) => (o.modifiedTime as number) >= lo && (o.modifiedTime as number) < hi)
        .map((o) => o.id)
        .sort(),
    );
    expect(res.allowed?.split(',')).toContain('modifiedTime');
    const bad = await get(`${base}/orders?filter=color%3Dred`);
    expect(bad).toMatchObject({ status: 400, body: { message: 'Invalid filter field: color' } });
    expect((await get(`${base}/orders?filter=modifiedTime%3E%3D2024-01-01`)).status).toBe(400);
  });

  test('payments without a time filter are the last 90 days only', async () => {
    expect(elements((await get(`${base}/payments`)).body).map((p) => p.id)).toEqual(['RECENTPAYMNT1']);
    expect(elements((await get(`${base}/payments?filter=modifiedTime%3E%3D0&limit=1000`)).body)).toHaveLength(
      31,
    );
  });

  test('expand adds nested collections; without it they are left out and references keep their id', async () => {
    const plain = elements((await get(`${base}/payments?filter=modifiedTime%3E%3D0&limit=1`)).body)[0]!;
    expect(plain.refunds).toBeUndefined();
    expect(Object.keys(plain.tender as Json)).toEqual(['id']);
    const expanded = elements(
      (await get(`${base}/payments?filter=modifiedTime%3E%3D0&limit=1&expand=tender,refunds`)).body,
    )[0]!;
    expect((expanded.tender as Json).label).toEqual(expect.any(String));
    expect(Array.isArray((expanded.refunds as Json).elements)).toBe(true);
    const customer = elements((await get(`${base}/customers?expand=emailAddresses&limit=1`)).body)[0]!;
    expect(customer.emailAddresses).toBeDefined();
    expect(customer.phoneNumbers).toBeUndefined();
  });

  test('401 and another merchant’s path answer with Clover’s {"message"} body', async () => {
    expect(await get(`${base}/orders`, 'nope')).toMatchObject({
      status: 401,
      body: { message: '401 Unauthorized' },
    });
    expect((await get('/v3/merchants/SOMEONEELSE01/orders')).status).toBe(403);
    expect((await get(base)).body).toMatchObject({ id: sandbox.merchantId, name: 'Sandbox Cafe' });
  });
});

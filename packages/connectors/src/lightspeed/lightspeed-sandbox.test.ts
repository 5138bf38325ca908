import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { startLightspeedSandbox } from './lightspeed-sandbox.js';

type Json = Record<string, unknown>;
interface Page {
  data: Json[];
  version?: { min: number; max: number };
}

describe('Lightspeed sandbox follows the documented 2.0 change feed', () => {
  let sandbox: VendorSandbox;
  beforeAll(async () => {
    sandbox = await startLightspeedSandbox({ records: { sales: 45, customers: 12 } });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, token = 'ls-sandbox-token') => {
    const res = await fetch(`${sandbox.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.status, body: (await res.json()) as Json };
  };

  test('after/page_size pages in version order; version.max is the next after; empty data ends it', async () => {
    const seen: Json[] = [];
    let after = 0;
    for (;;) {
      const page = (await get(`/api/2.0/sales?after=${after}&page_size=20`)).body as unknown as Page;
      if (page.data.length === 0) {
        expect(page).toEqual({ data: [] });
        break;
      }
      const versions = page.data.map((r) => r.version as number);
      expect([...versions].sort((a, b) => a - b)).toEqual(versions);
      expect(page.version).toEqual({ min: versions[0], max: versions.at(-1) });
      expect(versions[0]).toBeGreaterThan(after);
      seen.push(...page.data);
      after = page.version!.max;
    }
    expect(seen.map((r) => r.id).sort()).toEqual(sandbox.store('sales').ids().sort());
  });

  test('a change gives the record a new version at the end of the feed', async () => {
    const store = sandbox.store('sales');
    const newest = Math.max(...store.all().map((r) => r.version as number));
    const id = store.ids()[0]!;
    store.touch(id);
    const page = (await get(`/api/2.0/sales?after=${newest}`)).body as unknown as Page;
    expect(page.data.map((r) => r.id)).toEqual([id]);
    expect(page.data[0]!.version).toBe(newest + 1);
  });

  test('versions jump like a global counter; date_from/date_to are ignored on /sales', async () => {
    const versions = sandbox
      .store('customers')
      .all()
      .map((r) => r.version as number)
      .sort((a, b) => a - b);
    expect(versions[0]).toBeGreaterThan(5_000_000);
    expect(versions.some((v, i) => i > 0 && v - versions[i - 1]! > 1)).toBe(true);
    const filtered = (await get('/api/2.0/sales?date_from=2030-01-01&date_to=2031-01-01&page_size=1000'))
      .body;
    expect((filtered.data as Json[]).length).toBe(45);
  });

  test('bad parameters are 400; a bad token is 401 invalid_token', async () => {
    expect((await get('/api/2.0/sales?after=abc')).status).toBe(400);
    expect((await get('/api/2.0/sales?page_size=0')).status).toBe(400);
    expect(await get('/api/2.0/sales', 'nope')).toEqual({
      status: 401,
      body: { error: 'invalid_token', error_description: 'The access token provided is invalid.' },
    });
  });

  test('the token endpoint refuses a wrong refresh token', async () => {
    const res = await fetch(`${sandbox.url}/api/1.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: 'x',
        client_id: 'y',
        client_secret: 'z',
      }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });
});

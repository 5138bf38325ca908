import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { startZohoSandbox } from './zoho-sandbox.js';

type Json = Record<string, unknown>;

describe('Zoho sandbox follows the documented Get Records contract', () => {
  let sandbox: VendorSandbox;
  beforeAll(async () => {
    sandbox = await startZohoSandbox({ records: { contacts: 2_100, deals: 20 } });
  });
  afterAll(() => sandbox.close());

  const get = async (query: string, headers: Record<string, string> = {}, module = 'Contacts') => {
    const res = await fetch(`${sandbox.url}/crm/v7/${module}?${query}`, {
      headers: { authorization: 'Zoho-oauthtoken zoho-sandbox-token', ...headers },
    });
    const text = await res.text();
    return { status: res.status, body: (text === '' ? null : JSON.parse(text)) as Json };
  };
  const base = 'fields=Last_Name,Modified_Time&sort_by=Modified_Time&sort_order=asc';

  test('fields is mandatory, and only the asked fields come back with id', async () => {
    expect(await get('per_page=5')).toMatchObject({
      status: 400,
      body: { code: 'REQUIRED_PARAM_MISSING', status: 'error' },
    });
    const page = await get(`${base}&per_page=5`);
    expect(Object.keys((page.body.data as Json[])[0]!).sort()).toEqual(['Last_Name', 'Modified_Time', 'id']);
    expect(page.body.info).toMatchObject({
      per_page: 5,
      count: 5,
      page: 1,
      sort_by: 'Modified_Time',
      more_records: true,
    });
  });

  test('page reaches 2,000 records; past that page_token, bound to the parameters, never with page', async () => {
    expect((await get(`${base}&per_page=200&page=11`)).body).toMatchObject({
      code: 'DISCRETE_PAGINATION_LIMIT_EXCEEDED',
    });
    const tenth = await get(`${base}&per_page=200&page=10`);
    const token = (tenth.body.info as Json).next_page_token as string;
    const eleventh = await get(`${base}&per_page=200&page_token=${token}`);
    expect(eleventh.body.data).toHaveLength(100);
    expect((await get(`fields=Last_Name&per_page=200&page_token=${token}`)).body).toMatchObject({
      code: 'TOKEN_BOUND_DATA_MISMATCH',
    });
    expect((await get(`${base}&per_page=200&page=2&page_token=${token}`)).body).toMatchObject({
      code: 'AMBIGUITY_DURING_PROCESSING',
    });
  });

  test('If-Modified-Since returns records modified after it, and 204 when none', async () => {
    const all = (await get(`${base}&per_page=200`)).body.data as Json[];
    const pivot = all[150]!.Modified_Time as string;
    const after = (await get(`${base}&per_page=200`, { 'If-Modified-Since': pivot })).body.data as Json[];
    expect(after.every((r) => Date.parse(r.Modified_Time as string) > Date.parse(pivot))).toBe(true);
    expect(await get(base, { 'If-Modified-Since': '2100-01-01T00:00:00+05:30' })).toEqual({
      status: 204,
      body: null,
    });
  });

  test('a bad token is 401 INVALID_TOKEN; deals carry $currency_symbol with Amount', async () => {
    const res = await fetch(`${sandbox.url}/crm/v7/Contacts?${base}`, {
      headers: { authorization: 'Bearer zoho-sandbox-token' },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({
      code: 'INVALID_TOKEN',
      details: {},
      message: 'invalid oauth token',
      status: 'error',
    });
    const deals = (await get('fields=Amount,Stage&per_page=3', {}, 'Deals')).body.data as Json[];
    expect(deals[0]).toHaveProperty('$currency_symbol');
  });
});

import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type HubspotSandbox, startHubspotSandbox } from './hubspot-sandbox.js';

type Json = Record<string, unknown>;

describe('HubSpot sandbox follows the documented CRM contract', () => {
  let sandbox: HubspotSandbox;
  beforeAll(async () => {
    sandbox = await startHubspotSandbox({ records: { contacts: 60, deals: 30 }, searchCeiling: 40 });
  });
  afterAll(() => sandbox.close());

  const call = async (method: 'GET' | 'POST', path: string, body?: unknown, token = 'hs-sandbox-token') => {
    const res = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json };
  };
  const search = (body: Json) => call('POST', '/crm/v3/objects/contacts/search', body);
  const ids = (page: { body: Json }) => (page.body.results as Json[]).map((r) => r.id);

  test('search sorts by the last-modified property, filters GTE inclusively, and pages with after', async () => {
    const sorts = [{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }];
    const first = await search({ sorts, limit: 10, properties: ['email'] });
    const rows = first.body.results as Json[];
    const times = rows.map((r) => Date.parse((r.properties as Json).lastmodifieddate as string));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(rows.every((r) => (r.properties as Json).lastmodifieddate === r.updatedAt)).toBe(true);
    expect(first.body.paging).toEqual({ next: { after: '10' } });
    const from = times[4]!;
    const filtered = await search({
      filterGroups: [
        { filters: [{ propertyName: 'lastmodifieddate', operator: 'GTE', value: String(from) }] },
      ],
      sorts,
      limit: 3,
    });
    expect(ids(filtered)).toEqual(rows.slice(4, 7).map((r) => r.id));
  });

  test('after is an offset into the live result: a change between pages shifts it (why the connector re-anchors)', async () => {
    const sorts = [{ propertyName: 'lastmodifieddate', direction: 'ASCENDING' }];
    const page1 = ids(await search({ sorts, limit: 10 }));
    const before = ids(await search({ sorts, limit: 10, after: '10' }));
    sandbox.store('contacts').touch(page1[0] as string);
    const after = ids(await search({ sorts, limit: 10, after: '10' }));
    expect(after[0]).toBe(before[1]);
    expect(after).not.toContain(before[0]);
  });

  test('paging past the search ceiling is a 400; filter and limit bounds are checked', async () => {
    expect(await search({ limit: 10, after: '35' })).toMatchObject({
      status: 400,
      body: { category: 'VALIDATION_ERROR' },
    });
    expect((await search({ limit: 201 })).status).toBe(400);
    const filters = Array.from({ length: 11 }, () => ({
      propertyName: 'lastmodifieddate',
      operator: 'GTE',
      value: '0',
    }));
    expect((await search({ filterGroups: [{ filters }] })).status).toBe(400);
  });

  test('the v4 associations batch read answers toObjectId per deal', async () => {
    const deal = sandbox
      .store('deals')
      .all()
      .find((d) => sandbox.associatedContacts(String(d.id)).length > 0)!;
    const res = await call('POST', '/crm/v4/associations/deals/contacts/batch/read', {
      inputs: [{ id: deal.id }],
    });
    expect(res.body).toMatchObject({
      status: 'COMPLETE',
      results: [
        {
          from: { id: deal.id },
          to: sandbox.associatedContacts(String(deal.id)).map((id) => ({ toObjectId: Number(id) })),
        },
      ],
    });
  });

  test('responses carry the rate-limit headers; a bad token is 401 INVALID_AUTHENTICATION', async () => {
    const ok = await call('GET', '/crm/v3/objects/contacts?limit=2');
    expect(ok.headers.get('x-hubspot-ratelimit-interval-milliseconds')).toBe('10000');
    expect(Number(ok.headers.get('x-hubspot-ratelimit-remaining'))).toBeLessThan(100);
    expect((ok.body.paging as { next: { after: string } }).next.after).toMatch(/^[\w-]+$/);
    expect(await call('GET', '/crm/v3/objects/contacts', undefined, 'nope')).toMatchObject({
      status: 401,
      body: { status: 'error', category: 'INVALID_AUTHENTICATION' },
    });
  });
});

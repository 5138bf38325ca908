import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { startSalesforceSandbox } from './salesforce-sandbox.js';

type Json = Record<string, unknown>;

describe('Salesforce sandbox follows the documented query contract', () => {
  let sandbox: VendorSandbox;
  let clock = Date.UTC(2025, 5, 1);
  beforeAll(async () => {
    sandbox = await startSalesforceSandbox({ records: 450, apiLimit: 1_000, now: () => clock });
  });
  afterAll(() => sandbox.close());

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${sandbox.url}${path}`, {
      headers: { authorization: 'Bearer sf-sandbox-token', ...headers },
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as Json & Json[] };
  };
  const query = (soql: string, headers?: Record<string, string>) =>
    get(`/services/data/v66.0/query?q=${encodeURIComponent(soql)}`, headers);

  test('a query answers in batches of 2,000 by default; batchSize is clamped to 200–2,000', async () => {
    const all = await query('SELECT Id FROM Opportunity');
    expect(all.body).toMatchObject({ totalSize: 450, done: true });
    expect(all.body.records).toHaveLength(450);
    expect((all.body.records as unknown as Json[])[0]).toEqual({
      attributes: {
        type: 'Opportunity',
        url: expect.stringMatching(/^\/services\/data\/v66\.0\/sobjects\/Opportunity\/006/),
      },
      Id: expect.any(String),
    });
    const small = await query('SELECT Id FROM Opportunity', { 'sforce-query-options': 'batchSize=50' });
    expect(small.body.records).toHaveLength(200);
    expect(small.body).toMatchObject({
      done: false,
      nextRecordsUrl: expect.stringMatching(/^\/services\/data\/v66\.0\/query\/01g\w+-200$/),
    });
  });

  test('nextRecordsUrl serves the ids fixed at query time with their current values, once, and expires when idle', async () => {
    const first = await query(
      'SELECT Id, SystemModstamp FROM Opportunity ORDER BY SystemModstamp ASC, Id ASC',
      {
        'sforce-query-options': 'batchSize=200',
      },
    );
    const next = first.body.nextRecordsUrl as string;
    const ids = sandbox.store('opportunities').ids();
    const later = (await query('SELECT Id FROM Opportunity ORDER BY SystemModstamp ASC, Id ASC')).body
      .records as unknown as Json[];
    const target = later[300]!.Id as string;
    const touched = sandbox.store('opportunities').touch(target);
    const batch = { 'sforce-query-options': 'batchSize=200' };
    const second = await get(next, batch);
    const row = (second.body.records as unknown as Json[]).find((r) => r.Id === target);
    expect(row?.SystemModstamp).toBe(touched.SystemModstamp);
    expect(second.body.records).toHaveLength(200);
    expect((await get(next)).body).toEqual([
      { errorCode: 'INVALID_QUERY_LOCATOR', message: 'invalid query locator' },
    ]);
    const third = second.body.nextRecordsUrl as string;
    clock += 16 * 60_000;
    expect((await get(third)).status).toBe(400);
    expect(ids.length).toBe(450);
  });

  test('SOQL is checked: unknown fields, quoted datetimes and OFFSET over 2,000 are errors', async () => {
    expect((await query('SELECT Id, CurrencyIsoCode FROM Opportunity')).body).toEqual([
      {
        message: "No such column 'CurrencyIsoCode' on entity 'Opportunity'.",
        errorCode: 'INVALID_FIELD',
        fields: ['CurrencyIsoCode'],
      },
    ]);
    const quoted = await query("SELECT Id FROM Contact WHERE SystemModstamp >= '2024-01-01T00:00:00Z'");
    expect(quoted).toMatchObject({ status: 400, body: [{ errorCode: 'INVALID_FIELD' }] });
    const offset = await query('SELECT Id FROM Lead ORDER BY Id ASC LIMIT 10 OFFSET 2001');
    expect(offset.body).toEqual([
      { message: 'Maximum SOQL offset allowed is 2000', errorCode: 'NUMBER_OUTSIDE_VALID_RANGE' },
    ]);
    expect((await query('SELEC Id FROM Lead')).body).toMatchObject([{ errorCode: 'MALFORMED_QUERY' }]);
  });

  test('WHERE SystemModstamp >= is inclusive, to the millisecond, and LIMIT/OFFSET page the ordered rows', async () => {
    const rows = (await query('SELECT Id, SystemModstamp FROM Contact ORDER BY SystemModstamp ASC, Id ASC'))
      .body.records as unknown as Json[];
    const pivot = rows[100]!;
    const from = new Date(Date.parse(pivot.SystemModstamp as string)).toISOString();
    const page = await query(
      `SELECT Id, SystemModstamp FROM Contact WHERE SystemModstamp >= ${from} ORDER BY SystemModstamp ASC, Id ASC LIMIT 5 OFFSET 1`,
    );
    const expected = rows
      .filter((r) => Date.parse(r.SystemModstamp as string) >= Date.parse(from))
      .slice(1, 6);
    expect((page.body.records as unknown as Json[]).map((r) => r.Id)).toEqual(expected.map((r) => r.Id));
  });

  test('every response reports API usage; a bad session is 401 INVALID_SESSION_ID as a JSON array', async () => {
    const ok = await get('/services/data/v66.0/');
    expect(ok.headers.get('sforce-limit-info')).toMatch(/^api-usage=\d+\/1000$/);
    expect(await get('/services/data/v66.0/', { authorization: 'Bearer nope' })).toMatchObject({
      status: 401,
      body: [{ message: 'Session expired or invalid', errorCode: 'INVALID_SESSION_ID' }],
    });
    expect((await get('/services/data/v99.0/')).status).toBe(404);
  });
});

import { inspect } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import type { ConnectorState } from '../protocol.js';
import { createAuth } from '../shared/auth.js';
import { ConnectorError } from '../shared/errors.js';
import { createHttpClient } from '../shared/http-client.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { createZohoConnector, zohoInfo, zohoTokenUrl } from './zoho-connector.js';
import { zohoRecordsClient } from './zoho-records-client.js';
import { startZohoSandbox } from './zoho-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
const FIELDS: Record<string, string> = {
  Contacts:
    'First_Name,Last_Name,Email,Phone,Mobile,Mailing_Street,Mailing_City,Mailing_State,Mailing_Zip,Mailing_Country,Account_Name,Lead_Source,Created_Time,Modified_Time',
  Deals:
    'Deal_Name,Amount,Stage,Closing_Date,Contact_Name,Account_Name,Lead_Source,Created_Time,Modified_Time',
};

const configFor = (sandbox: VendorSandbox, extra: Json = {}): Json => ({
  baseUrl: sandbox.url,
  credentials: sandbox.credentials,
  pageSize: PAGE,
  ...FAST,
  ...extra,
});

const modified = (r: Json) => Date.parse(r.Modified_Time as string);
/** If-Modified-Since for a bound: one whole second below it, UTC, written with +00:00. */
const sinceHeader = (bound: number) =>
  new Date(Math.floor(bound / 1000) * 1000 - 1000).toISOString().replace('.000Z', '+00:00');

/** The If-Modified-Since of each page of a full sync, from the sandbox data (undefined for the first). */
function expectedHeaders(records: Json[]): (string | undefined)[] {
  const sorted = [...records].sort((a, b) => modified(a) - modified(b));
  const headers: (string | undefined)[] = [];
  let since: number | null = null;
  for (;;) {
    headers.push(since === null ? undefined : sinceHeader(since));
    const floor = since === null ? Number.NEGATIVE_INFINITY : Math.floor(since / 1000) * 1000 - 1000;
    const rows = sorted.filter((r) => modified(r) > floor).slice(0, PAGE);
    if (rows.length < PAGE) return headers;
    since = Math.max(...rows.map(modified));
  }
}

function assertRecordsRequests(module: 'Contacts' | 'Deals', stream: string) {
  return (full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) => {
    for (const r of [...full, ...incremental]) {
      expect(r).toMatchObject({ method: 'GET', path: `/crm/v7/${module}` });
      expect(r.query).toEqual({
        fields: FIELDS[module],
        sort_by: 'Modified_Time',
        sort_order: 'asc',
        page: '1',
        per_page: String(PAGE),
      });
      expect(r.headers.authorization).toBe('Zoho-oauthtoken zoho-sandbox-token');
    }
    const records = sandbox.store(stream).all();
    expect(full.map((r) => r.headers['if-modified-since'])).toEqual(expectedHeaders(records));
    const newest = Math.max(...records.map(modified));
    expect(incremental.map((r) => r.headers['if-modified-since'])).toEqual([
      sinceHeader(newest - TWO_MINUTES),
    ]);
  };
}

describeConnectorConformance({
  connector: 'zoho',
  stream: 'contacts',
  path: '/crm/v7/Contacts',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) => startZohoSandbox({ records: { contacts: records, deals: 5 }, seed }),
  config: configFor,
  version: (r) => String(r.Modified_Time),
  fields: { key: 'id', cursor: 'Modified_Time' },
  corrupt: { patch: { Email: 42 }, field: 'Email' },
  assertRequests: assertRecordsRequests('Contacts', 'contacts'),
});

describeConnectorConformance({
  connector: 'zoho',
  stream: 'deals',
  path: '/crm/v7/Deals',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) => startZohoSandbox({ records: { contacts: 10, deals: records }, seed }),
  config: configFor,
  version: (r) => String(r.Modified_Time),
  fields: { key: 'id', cursor: 'Modified_Time' },
  corrupt: { patch: { Amount: '12.50' }, field: 'Amount' },
  assertRequests: assertRecordsRequests('Deals', 'deals'),
});

describeConformanceCoverage(zohoInfo);

describe('Zoho CRM connector', () => {
  test('discover lists contacts and deals with their systems', async () => {
    const connector = createZohoConnector({ credentials: { type: 'bearer', token: 't' } });
    expect(connector.info).toMatchObject({ id: 'zoho', category: 'crm', authKind: 'oauth2' });
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['contacts', ['id'], ['Modified_Time'], 'zoho.contacts'],
      ['deals', ['id'], ['Modified_Time'], 'zoho.deals'],
    ]);
  });

  test('past 2,000 records sharing one second, pages continue with page_token, and a resumed run walks to its page', async () => {
    const sandbox = await startZohoSandbox({ records: { contacts: 5, deals: 5 } });
    try {
      const store = sandbox.store('contacts');
      const base = store.all()[0]!;
      for (let i = 0; i < 2_450; i++) {
        store.insert({
          ...base,
          id: String(4_000_000_000_000_000_000n + BigInt(i)),
          Modified_Time: '2030-01-01T00:00:00+05:30',
        });
      }
      const config = configFor(sandbox, { pageSize: 200 }) as never;
      // 13 pages of tied records; crash after the 11th (past the first 2,000), then resume with a new connector.
      const before: Json[] = [];
      let state: ConnectorState | null = null;
      let states = 0;
      for await (const m of createZohoConnector(config).read('contacts')) {
        if (m.type === 'record') before.push(m.data);
        if (m.type === 'state') {
          state = m.state;
          if (++states === 12) break;
        }
      }
      const tokenCalls = sandbox.requests.filter((r) => r.query.page_token !== undefined);
      expect(tokenCalls.length).toBeGreaterThanOrEqual(1);
      for (const r of tokenCalls) expect(r.query.page).toBeUndefined();
      expect(
        sandbox.requests.filter((r) => r.query.page !== undefined).every((r) => Number(r.query.page) <= 10),
      ).toBe(true);
      sandbox.clearRequests();
      // A sorted stream resumes with a fresh query from its mark: numbered pages again, then tokens.
      const rest = await collectMessages(createZohoConnector(config).read('contacts', { state }));
      expect(sandbox.requests[0]!.query).toMatchObject({ page: '1', per_page: '200' });
      expect(sandbox.requests.some((r) => r.query.page_token !== undefined)).toBe(true);
      const ids = [...before, ...rest.records].map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(store.ids().sort());
    } finally {
      await sandbox.close();
    }
  });

  test('a page past 2,000 records with no token known yet is reached from page 10 through the tokens', async () => {
    const sandbox = await startZohoSandbox({ records: { contacts: 2_650, deals: 5 } });
    try {
      const client = zohoRecordsClient(
        createHttpClient({
          vendor: 'Zoho CRM',
          baseUrl: sandbox.url,
          auth: createAuth(sandbox.credentials, {
            vendor: 'Zoho CRM',
            baseUrl: sandbox.url,
            placement: { scheme: 'Zoho-oauthtoken' },
          }),
        }),
      );
      const query = {
        fields: 'Last_Name,Modified_Time',
        sort_by: 'Modified_Time',
        sort_order: 'asc',
        per_page: 200,
      };
      const page = await client.request({ path: '/crm/v7/Contacts', query: { ...query, page: 13 } });
      expect(sandbox.requests.map((r) => r.query.page ?? 'token')).toEqual(['10', 'token', 'token', 'token']);
      const sorted = sandbox
        .store('contacts')
        .all()
        .sort(
          (a, b) =>
            modified(a) - modified(b) ||
            (String(a.id).padStart(24, '0') < String(b.id).padStart(24, '0') ? -1 : 1),
        );
      expect((page.body as { data: Json[] }).data.map((r) => r.id)).toEqual(
        sorted.slice(2_400, 2_600).map((r) => r.id),
      );
      // The token walk is remembered: the next page costs one call.
      sandbox.clearRequests();
      await client.request({ path: '/crm/v7/Contacts', query: { ...query, page: 14 } });
      expect(sandbox.requests).toHaveLength(1);
      expect(sandbox.requests[0]!.query.page_token).toBeDefined();
    } finally {
      await sandbox.close();
    }
  });

  test('"not modified" (304 or 204) ends an incremental run with no records and no error', async () => {
    for (const status of [304, 204] as const) {
      const sandbox = await startZohoSandbox({ records: 15, notModifiedStatus: status });
      try {
        const connector = createZohoConnector(configFor(sandbox) as never);
        const first = await collectMessages(connector.read('contacts'));
        const newest = Math.max(...sandbox.store('contacts').all().map(modified));
        // Nothing changed since the bound: move every record below the overlap window.
        for (const r of sandbox.store('contacts').all()) {
          if (modified(r) > newest - TWO_MINUTES - 2_000) sandbox.store('contacts').remove(r.id as string);
        }
        sandbox.clearRequests();
        const second = await collectMessages(connector.read('contacts', { state: first.last }));
        expect(second.records).toEqual([]);
        expect(second.states).toHaveLength(1);
        expect(sandbox.requests).toHaveLength(1);
      } finally {
        await sandbox.close();
      }
    }
  });

  test('normalize applies the zoho.* mappings to what the sandbox serves', async () => {
    const sandbox = await startZohoSandbox({ records: { contacts: 25, deals: 25 } });
    const multi = await startZohoSandbox({ records: { contacts: 5, deals: 25 }, multiCurrency: true });
    try {
      const connector = createZohoConnector(configFor(sandbox) as never);
      const contacts = (await collectMessages(connector.read('contacts'))).records;
      const c = connector.normalize('contacts', contacts, { customerId: 'golf-group', validate: true });
      expect(c.quarantined).toEqual([]);
      expect(c.conversions).toHaveLength(25);
      const deals = (await collectMessages(connector.read('deals'))).records;
      const d = connector.normalize('deals', deals, {
        customerId: 'golf-group',
        overrides: { defaultCurrency: 'USD' },
        validate: true,
      });
      expect(d.quarantined).toEqual([]);
      const won = deals.find((r) => r.Stage === 'Closed Won' && typeof r.Amount === 'number');
      if (won) {
        expect(d.conversions.find((x) => x.sourceRecordId === won.id)).toMatchObject({
          conversionType: 'purchase',
          value: won.Amount,
          currency: 'USD',
          timestamp: `${won.Closing_Date}T00:00:00.000Z`,
        });
      }
      const multiDeals = (
        await collectMessages(
          createZohoConnector(configFor(multi, { multiCurrency: true }) as never).read('deals'),
        )
      ).records;
      expect(multi.requests[0]!.query.fields).toBe(`${FIELDS.Deals},Currency`);
      const m = createZohoConnector(configFor(multi) as never).normalize('deals', multiDeals, {
        customerId: 'g',
        validate: true,
      });
      expect(m.quarantined).toEqual([]);
      expect(m.conversions.map((x) => x.currency).sort()).toEqual(multiDeals.map((r) => r.Currency).sort());
    } finally {
      await sandbox.close();
      await multi.close();
    }
  });

  test('check() connects, or fails with an actionable AUTH_FAILED that hides the token', async () => {
    const sandbox = await startZohoSandbox({ records: 5 });
    try {
      expect(await createZohoConnector(configFor(sandbox) as never).check()).toEqual({
        ok: true,
        message: 'Connected to Zoho CRM (API v7).',
      });
      expect(sandbox.requests[0]).toMatchObject({
        path: '/crm/v7/Contacts',
        query: { fields: 'Last_Name', per_page: '1', page: '1' },
        headers: { authorization: 'Zoho-oauthtoken zoho-sandbox-token' },
      });
      const secret = '1000.wrong-token-0123456789';
      const check = await createZohoConnector(
        configFor(sandbox, { credentials: { type: 'bearer', token: secret } }) as never,
      ).check();
      expect(check).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      expect(check.ok ? '' : check.message).toMatch(/invalid oauth token.*reconnect the Zoho CRM account/);
      expect(JSON.stringify(check)).not.toContain(secret);
    } finally {
      await sandbox.close();
    }
  });

  test('OAuth2: refreshed at the data centre accounts server; the rest of the token flow hides secrets', async () => {
    expect(zohoTokenUrl('https://www.zohoapis.eu')).toBe('https://accounts.zoho.eu/oauth/v2/token');
    expect(zohoTokenUrl('https://www.zohoapis.com.au')).toBe('https://accounts.zoho.com.au/oauth/v2/token');
    expect(zohoTokenUrl('https://www.zohoapis.com')).toBe('https://accounts.zoho.com/oauth/v2/token');
    const oauth = {
      clientId: '1000.CLIENT',
      clientSecret: 'zoho-secret-abcdef',
      refreshToken: '1000.refresh-abcdef',
    };
    const sandbox = await startZohoSandbox({ records: 12, oauth });
    try {
      const onTokens = vi.fn();
      const credentials = { type: 'oauth2', accessToken: '1000.expired-abcdef', ...oauth };
      const { records } = await collectMessages(
        createZohoConnector(configFor(sandbox, { credentials, onTokens }) as never).read('contacts'),
      );
      expect(records).toHaveLength(12);
      expect(onTokens).toHaveBeenCalledTimes(1);
      const [expired, refresh, retried] = sandbox.requests;
      expect(expired!.headers.authorization).toBe('Zoho-oauthtoken 1000.expired-abcdef');
      expect(refresh).toMatchObject({ method: 'POST', path: '/oauth/v2/token' });
      expect(retried!.headers.authorization).toMatch(/^Zoho-oauthtoken 1000\.zoho-access-1\./);
      const revoked = createZohoConnector(
        configFor(sandbox, { credentials: { ...credentials, refreshToken: '1000.revoked-xyz' } }) as never,
      );
      const error = await collectMessages(revoked.read('contacts')).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'AUTH_FAILED' });
      for (const text of [(error as Error).message, inspect(error, { depth: 10 }), JSON.stringify(error)]) {
        for (const secret of [oauth.clientSecret, '1000.revoked-xyz', '1000.expired-abcdef'])
          expect(text).not.toContain(secret);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field and never echo secrets', () => {
    const bad = () =>
      createZohoConnector({
        credentials: { type: 'basic', username: 'u', password: 'hunter2-pw' },
        pageSize: 201,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      expect((error as Error).message).toMatch(/credentials.type must be one of: oauth2, bearer/);
      expect((error as Error).message).toMatch(/pageSize/);
      expect((error as Error).message).not.toContain('hunter2-pw');
    }
  });
});

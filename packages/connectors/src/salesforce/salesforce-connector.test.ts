import { inspect } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import { ApiCallError, ConnectorError } from '../shared/errors.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { createSalesforceConnector, salesforceInfo } from './salesforce-connector.js';
import { startSalesforceSandbox } from './salesforce-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const QUERY_PATH = '/services/data/v66.0/query';
const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };

/** Field lists as the Salesforce mappings in @growthnav/conversions read them (written out, not imported). */
const FIELDS: Record<string, string> = {
  Opportunity:
    'Id, AccountId, ContactId, Name, StageName, IsClosed, IsWon, Amount, CloseDate, LeadSource, Type, CreatedDate, LastModifiedDate, SystemModstamp',
  Contact:
    'Id, AccountId, FirstName, LastName, Email, Phone, MobilePhone, MailingStreet, MailingCity, MailingState, MailingPostalCode, MailingCountry, LeadSource, CreatedDate, LastModifiedDate, SystemModstamp',
  Lead: 'Id, FirstName, LastName, Email, Phone, MobilePhone, Company, Street, City, State, PostalCode, Country, Status, LeadSource, IsConverted, ConvertedContactId, CreatedDate, LastModifiedDate, SystemModstamp',
};

const configFor = (sandbox: VendorSandbox, extra: Json = {}): Json => ({
  baseUrl: sandbox.url,
  credentials: sandbox.credentials,
  pageSize: PAGE,
  rateLimit: false,
  ...FAST,
  ...extra,
});

const stamp = (r: Json) => Date.parse(r.SystemModstamp as string);
const soql = (object: string, bound: number | null) =>
  `SELECT ${FIELDS[object]} FROM ${object}${bound === null ? '' : ` WHERE SystemModstamp >= ${new Date(bound).toISOString()}`} ORDER BY SystemModstamp ASC, Id ASC LIMIT ${PAGE}`;

/**
 * The queries a full sync must send, computed from the sandbox data: each page a
 * fresh query from the newest SystemModstamp of the page before (inclusive).
 */
function expectedPages(records: Json[], object: string): { q: string; rows: number }[] {
  const sorted = [...records].sort((a, b) => stamp(a) - stamp(b) || String(a.Id).localeCompare(String(b.Id)));
  const pages: { q: string; rows: number }[] = [];
  let bound: number | null = null;
  for (;;) {
    const rows = sorted.filter((r) => bound === null || stamp(r) >= bound).slice(0, PAGE);
    pages.push({ q: soql(object, bound), rows: rows.length });
    if (rows.length < PAGE) return pages;
    bound = Math.max(...rows.map(stamp));
  }
}
const expectedFullQueries = (records: Json[], object: string) =>
  expectedPages(records, object).map((p) => p.q);

function assertQueries(object: string, stream: string) {
  return (full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) => {
    for (const r of [...full, ...incremental]) {
      expect(r).toMatchObject({ method: 'GET', path: QUERY_PATH, body: undefined });
      expect(Object.keys(r.query)).toEqual(['q']);
      expect(r.headers.authorization).toBe('Bearer sf-sandbox-token');
      expect(r.headers['sforce-query-options']).toBe('batchSize=200');
      expect(r.headers.accept).toBe('application/json');
    }
    const records = sandbox.store(stream).all();
    expect(full.map((r) => r.query.q)).toEqual(expectedFullQueries(records, object));
    const newest = Math.max(...records.map(stamp));
    expect(incremental.map((r) => r.query.q)).toEqual([soql(object, newest - TWO_MINUTES)]);
  };
}

describeConnectorConformance({
  connector: 'salesforce',
  stream: 'opportunities',
  path: QUERY_PATH,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startSalesforceSandbox({ records: { opportunities: records, contacts: 5, leads: 5 }, seed }),
  config: configFor,
  key: (r) => String(r.Id),
  version: (r) => String(r.SystemModstamp),
  fields: { key: 'Id', cursor: 'SystemModstamp' },
  corrupt: { patch: { Amount: '12.50' }, field: 'Amount' },
  assertRequests: assertQueries('Opportunity', 'opportunities'),
});

describeConnectorConformance({
  connector: 'salesforce',
  stream: 'contacts',
  path: QUERY_PATH,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startSalesforceSandbox({ records: { opportunities: 5, contacts: records, leads: 5 }, seed }),
  config: configFor,
  key: (r) => String(r.Id),
  version: (r) => String(r.SystemModstamp),
  fields: { key: 'Id', cursor: 'SystemModstamp' },
  corrupt: { patch: { Email: 42 }, field: 'Email' },
  assertRequests: assertQueries('Contact', 'contacts'),
});

describeConnectorConformance({
  connector: 'salesforce',
  stream: 'leads',
  path: QUERY_PATH,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startSalesforceSandbox({ records: { opportunities: 5, contacts: 5, leads: records }, seed }),
  config: configFor,
  key: (r) => String(r.Id),
  version: (r) => String(r.SystemModstamp),
  fields: { key: 'Id', cursor: 'SystemModstamp' },
  corrupt: { patch: { IsConverted: 'yes' }, field: 'IsConverted' },
  assertRequests: assertQueries('Lead', 'leads'),
});

describeConformanceCoverage(salesforceInfo);

describe('Salesforce connector', () => {
  test('discover lists the three SOQL streams with their systems', async () => {
    const connector = createSalesforceConnector({
      baseUrl: 'https://acme.my.salesforce.com',
      credentials: { type: 'bearer', token: 't' },
    });
    expect(connector.info).toMatchObject({ id: 'salesforce', category: 'crm', authKind: 'oauth2' });
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['opportunities', ['Id'], ['SystemModstamp'], 'salesforce.opportunities'],
      ['contacts', ['Id'], ['SystemModstamp'], 'salesforce.contacts'],
      ['leads', ['Id'], ['SystemModstamp'], 'salesforce.leads'],
    ]);
    expect(streams[0]!.fields).toContainEqual({ name: 'Amount', type: 'number', nullable: true });
  });

  test('a batch smaller than the LIMIT is completed through nextRecordsUrl, sent as given', async () => {
    const sandbox = await startSalesforceSandbox({ records: 35, maxBatchSize: 4 });
    try {
      const connector = createSalesforceConnector(configFor(sandbox) as never);
      const { records } = await collectMessages(connector.read('opportunities'));
      const ids = records.map((r) => r.Id);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...ids].sort()).toEqual(sandbox.store('opportunities').ids().sort());
      const more = sandbox.requests.filter((r) => r.path.startsWith(`${QUERY_PATH}/01g`));
      expect(more.length).toBeGreaterThan(0);
      for (const r of more) {
        expect(r.query).toEqual({});
        expect(r.headers.authorization).toBe('Bearer sf-sandbox-token');
      }
      // Each LIMIT page of n records comes in batches of 4: ceil(n / 4) - 1 nextRecordsUrl calls.
      const pages = expectedPages(sandbox.store('opportunities').all(), 'Opportunity');
      expect(sandbox.requests.filter((r) => r.path === QUERY_PATH).map((r) => r.query.q)).toEqual(
        pages.map((p) => p.q),
      );
      expect(more).toHaveLength(pages.reduce((n, p) => n + Math.max(0, Math.ceil(p.rows / 4) - 1), 0));
    } finally {
      await sandbox.close();
    }
  });

  test('more records than a page sharing one SystemModstamp are read with OFFSET, each once', async () => {
    const sandbox = await startSalesforceSandbox({ records: 12 });
    try {
      const store = sandbox.store('opportunities');
      const base = store.all()[0]!;
      for (let i = 0; i < 25; i++) {
        store.insert({
          ...base,
          Id: `006TIE${String(i).padStart(12, '0')}`,
          SystemModstamp: '2030-01-01T00:00:00.000+0000',
        });
      }
      const { records } = await collectMessages(
        createSalesforceConnector(configFor(sandbox) as never).read('opportunities'),
      );
      expect(records.map((r) => r.Id).sort()).toEqual(store.ids().sort());
      const offsets = sandbox.requests.map((r) => /OFFSET (\d+)$/.exec(String(r.query.q))?.[1] ?? '0');
      expect(offsets.filter((o) => o !== '0')).toEqual(['10', '20']);
    } finally {
      await sandbox.close();
    }
  });

  test('the org daily limit (403 REQUEST_LIMIT_EXCEEDED TotalRequests) is final, not a permission error', async () => {
    const sandbox = await startSalesforceSandbox({ records: 40, apiLimit: 2 });
    try {
      const connector = createSalesforceConnector(configFor(sandbox) as never);
      const error = await collectMessages(connector.read('contacts')).catch((e: unknown) => e);
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 403, isRetryable: false });
      expect((error as Error).message).toMatch(/api-usage=3\/2.*rolling 24 h/);
      expect(sandbox.requests).toHaveLength(3);
    } finally {
      await sandbox.close();
    }
  });

  test('a concurrency 403 REQUEST_LIMIT_EXCEEDED is retried', async () => {
    const sandbox = await startSalesforceSandbox({ records: 15 });
    try {
      sandbox.faults.add({
        path: QUERY_PATH,
        fault: {
          kind: 'status',
          status: 403,
          json: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message: 'ConcurrentPerOrgLongTxn Limit exceeded.' }],
        },
      });
      const { records } = await collectMessages(
        createSalesforceConnector(configFor(sandbox) as never).read('opportunities'),
      );
      expect(records).toHaveLength(15);
      expect(sandbox.requests[0]!.query).toEqual(sandbox.requests[1]!.query);
    } finally {
      await sandbox.close();
    }
  });

  test('multiCurrency selects CurrencyIsoCode; in a single-currency org that is an INVALID_FIELD error', async () => {
    const multi = await startSalesforceSandbox({ records: 12, multiCurrency: true });
    const single = await startSalesforceSandbox({ records: 12 });
    try {
      const { records } = await collectMessages(
        createSalesforceConnector(configFor(multi, { multiCurrency: true }) as never).read('opportunities'),
      );
      expect(records.every((r) => typeof r.CurrencyIsoCode === 'string')).toBe(true);
      expect(String(multi.requests[0]!.query.q)).toContain(
        ', LastModifiedDate, CurrencyIsoCode, SystemModstamp FROM',
      );
      const error = await collectMessages(
        createSalesforceConnector(configFor(single, { multiCurrency: true }) as never).read('opportunities'),
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'BAD_REQUEST', status: 400 });
      expect((error as Error).message).toContain("INVALID_FIELD: No such column 'CurrencyIsoCode'");
    } finally {
      await multi.close();
      await single.close();
    }
  });

  test('check() names the API version and usage, or fails with an actionable AUTH_FAILED', async () => {
    const sandbox = await startSalesforceSandbox({ records: 5 });
    try {
      expect(await createSalesforceConnector(configFor(sandbox) as never).check()).toEqual({
        ok: true,
        message: 'Connected to Salesforce (API v66.0; api-usage=1/15000).',
      });
      const secret = 'wrong-session-0123456789';
      const bad = createSalesforceConnector(
        configFor(sandbox, { credentials: { type: 'bearer', token: secret } }) as never,
      );
      const check = await bad.check();
      expect(check).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      expect(check.ok ? '' : check.message).toMatch(/INVALID_SESSION_ID.*reconnect the Salesforce account/);
      expect(JSON.stringify(check)).not.toContain(secret);
      const old = createSalesforceConnector(configFor(sandbox, { apiVersion: 'v99.0' }) as never);
      expect(await old.check()).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    } finally {
      await sandbox.close();
    }
  });

  test('OAuth2: an invalid session is refreshed once on the org host, and no secret leaks', async () => {
    const oauth = {
      clientId: '3MVG9-client',
      clientSecret: 'sf-secret-abcdef',
      refreshToken: '5Aep-refresh-abcdef',
    };
    const sandbox = await startSalesforceSandbox({
      records: 12,
      oauth,
      expiredTokens: ['expired-session-abc'],
    });
    try {
      const onTokens = vi.fn();
      const credentials = { type: 'oauth2', accessToken: 'expired-session-abc', ...oauth };
      const connector = createSalesforceConnector(configFor(sandbox, { credentials, onTokens }) as never);
      const { records } = await collectMessages(connector.read('opportunities'));
      expect(records).toHaveLength(12);
      expect(onTokens).toHaveBeenCalledTimes(1);
      expect(onTokens.mock.calls[0]![0]).toMatchObject({ refreshToken: oauth.refreshToken });
      const [first, refresh, retried] = sandbox.requests;
      expect(first!.headers.authorization).toBe('Bearer expired-session-abc');
      expect(refresh).toMatchObject({ method: 'POST', path: '/services/oauth2/token' });
      expect(Object.fromEntries(new URLSearchParams(refresh!.body as string))).toEqual({
        grant_type: 'refresh_token',
        refresh_token: oauth.refreshToken,
        client_id: oauth.clientId,
        client_secret: oauth.clientSecret,
      });
      expect(retried!.headers.authorization).toMatch(/^Bearer 00Dsandbox!sf-access-1-/);

      const revoked = createSalesforceConnector(
        configFor(sandbox, { credentials: { ...credentials, refreshToken: 'revoked-refresh-xyz' } }) as never,
      );
      const error = await collectMessages(revoked.read('opportunities')).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'AUTH_FAILED' });
      expect((error as Error).message).toMatch(/invalid_grant.*reconnect the Salesforce account/);
      for (const text of [(error as Error).message, inspect(error, { depth: 10 }), JSON.stringify(error)]) {
        for (const secret of [oauth.clientSecret, 'revoked-refresh-xyz', 'expired-session-abc']) {
          expect(text).not.toContain(secret);
        }
      }
    } finally {
      await sandbox.close();
    }
  });

  test('normalize applies the salesforce.* mappings to what the sandbox serves', async () => {
    const sandbox = await startSalesforceSandbox({ records: { opportunities: 30, contacts: 20, leads: 20 } });
    try {
      const connector = createSalesforceConnector(configFor(sandbox) as never);
      const opportunities = (await collectMessages(connector.read('opportunities'))).records;
      const result = connector.normalize('opportunities', opportunities, {
        customerId: 'golf-group',
        overrides: { defaultCurrency: 'USD' },
        validate: true,
      });
      expect(result.quarantined).toEqual([]);
      expect(result.conversions).toHaveLength(opportunities.length);
      const won = opportunities.find((o) => o.IsWon === true && typeof o.Amount === 'number')!;
      const conversion = result.conversions.find((c) => c.sourceRecordId === won.Id)!;
      expect(conversion).toMatchObject({
        conversionType: 'purchase',
        sourceSystem: 'salesforce.opportunities',
        value: won.Amount,
        currency: 'USD',
        customerId: 'golf-group',
        timestamp: `${won.CloseDate}T00:00:00.000Z`,
      });
      for (const stream of ['contacts', 'leads']) {
        const records = (await collectMessages(connector.read(stream))).records;
        const normalized = connector.normalize(stream, records, { customerId: 'golf-group', validate: true });
        expect(normalized.quarantined).toEqual([]);
        expect(normalized.conversions.map((c) => c.sourceRecordId).sort()).toEqual(
          records.map((r) => r.Id).sort(),
        );
        expect(normalized.conversions.every((c) => c.conversionType === 'lead')).toBe(true);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field: baseUrl is required, page size capped at 2,000', () => {
    const attempt = (config: Json) => () => createSalesforceConnector(config as never);
    expect(attempt({ credentials: { type: 'bearer', token: 'hunter2-token' } })).toThrow(
      /baseUrl: baseUrl is required: set it to the org's My Domain URL/,
    );
    expect(
      attempt({
        baseUrl: 'https://a.my.salesforce.com',
        credentials: { type: 'bearer', token: 't' },
        pageSize: 2001,
      }),
    ).toThrow(ConnectorError);
    try {
      attempt({
        baseUrl: 'https://a.my.salesforce.com',
        credentials: { type: 'basic', username: 'u', password: 'hunter2-pw' },
      })();
    } catch (error) {
      expect((error as ConnectorError).code).toBe('INVALID_CONFIG');
      expect((error as Error).message).toMatch(/credentials.type must be one of: oauth2, bearer/);
      expect((error as Error).message).not.toContain('hunter2-pw');
    }
  });
});

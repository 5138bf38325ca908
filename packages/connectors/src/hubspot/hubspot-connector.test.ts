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
import { createHubspotConnector, hubspotInfo } from './hubspot-connector.js';
import { startHubspotSandbox } from './hubspot-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const FAST = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
// A short window so the rate-limit headers never pause the suite for 10 s.
const QUICK_WINDOW = { max: 10_000, intervalMs: 20 };

const CONTACT_PROPERTIES = [
  'email',
  'firstname',
  'lastname',
  'phone',
  'mobilephone',
  'company',
  'address',
  'city',
  'state',
  'zip',
  'country',
  'lifecyclestage',
  'hs_analytics_source',
  'createdate',
  'lastmodifieddate',
];
const DEAL_PROPERTIES = [
  'amount',
  'deal_currency_code',
  'closedate',
  'createdate',
  'dealname',
  'dealstage',
  'pipeline',
  'hs_lastmodifieddate',
];

const configFor = (sandbox: VendorSandbox, extra: Json = {}): Json => ({
  baseUrl: sandbox.url,
  credentials: sandbox.credentials,
  pageSize: PAGE,
  rateLimit: false,
  ...FAST,
  ...extra,
});

const modifiedAt = (r: Json) => Date.parse(r.updatedAt as string);
const searchBody = (property: string, properties: string[], bound: number | null) => ({
  filterGroups:
    bound === null ? [] : [{ filters: [{ propertyName: property, operator: 'GTE', value: String(bound) }] }],
  sorts: [{ propertyName: property, direction: 'ASCENDING' }],
  properties,
  limit: PAGE,
});

/** The search pages a full sync must send, from the sandbox data: each a fresh search from the newest time read. */
function expectedPages(records: Json[]): { bound: number | null; ids: string[] }[] {
  const sorted = [...records].sort(
    (a, b) => modifiedAt(a) - modifiedAt(b) || (String(a.id) < String(b.id) ? -1 : 1),
  );
  const pages: { bound: number | null; ids: string[] }[] = [];
  let bound: number | null = null;
  for (;;) {
    const rows = sorted.filter((r) => bound === null || modifiedAt(r) >= bound).slice(0, PAGE);
    pages.push({ bound, ids: rows.map((r) => String(r.id)) });
    if (rows.length < PAGE) return pages;
    bound = Math.max(...rows.map(modifiedAt));
  }
}

function assertSearches(type: 'contacts' | 'deals', property: string, properties: string[]) {
  const path = `/crm/v3/objects/${type}/search`;
  return (full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) => {
    for (const r of [...full, ...incremental]) {
      expect(r.method).toBe('POST');
      expect(r.query).toEqual({});
      expect(r.headers.authorization).toBe('Bearer hs-sandbox-token');
      expect(r.headers['content-type']).toMatch(/^application\/json/);
    }
    const pages = expectedPages(sandbox.store(type).all());
    const searches = full.filter((r) => r.path === path);
    expect(searches.map((r) => r.body)).toEqual(pages.map((p) => searchBody(property, properties, p.bound)));
    if (type === 'deals') {
      // Each page's deals, then their contacts: one associations batch per non-empty page.
      const batches = full.filter((r) => r.path === '/crm/v4/associations/deals/contacts/batch/read');
      expect(batches.map((r) => r.body)).toEqual(
        pages.filter((p) => p.ids.length > 0).map((p) => ({ inputs: p.ids.map((id) => ({ id })) })),
      );
      expect(full.map((r) => r.path)).toEqual(
        pages.flatMap((p) =>
          p.ids.length > 0 ? [path, '/crm/v4/associations/deals/contacts/batch/read'] : [path],
        ),
      );
    } else {
      expect(full).toHaveLength(pages.length);
    }
    const newest = Math.max(...sandbox.store(type).all().map(modifiedAt));
    expect(incremental.filter((r) => r.path === path).map((r) => r.body)).toEqual([
      searchBody(property, properties, newest - TWO_MINUTES),
    ]);
  };
}

describeConnectorConformance({
  connector: 'hubspot',
  stream: 'contacts',
  path: '/crm/v3/objects/contacts/search',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startHubspotSandbox({ records: { contacts: records, deals: 5 }, seed, rateLimit: QUICK_WINDOW }),
  config: configFor,
  version: (r) => String(r.updatedAt),
  fields: { key: 'id', cursor: 'updatedAt' },
  corrupt: { patch: { archived: 'no' }, field: 'archived' },
  assertRequests: assertSearches('contacts', 'lastmodifieddate', CONTACT_PROPERTIES),
});

describeConnectorConformance({
  connector: 'hubspot',
  stream: 'deals',
  path: '/crm/v3/objects/deals/search',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startHubspotSandbox({ records: { contacts: 20, deals: records }, seed, rateLimit: QUICK_WINDOW }),
  config: configFor,
  version: (r) => String(r.updatedAt),
  fields: { key: 'id', cursor: 'updatedAt' },
  corrupt: { patch: { properties: { amount: 5000 } }, field: 'properties.amount' },
  assertRequests: assertSearches('deals', 'hs_lastmodifieddate', DEAL_PROPERTIES),
});

describeConformanceCoverage(hubspotInfo);

describe('HubSpot connector', () => {
  test('discover lists contacts and deals with their systems', async () => {
    const connector = createHubspotConnector({ credentials: { type: 'bearer', token: 't' } });
    expect(connector.info).toMatchObject({ id: 'hubspot', category: 'crm', authKind: 'oauth2' });
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['contacts', ['id'], ['updatedAt'], 'hubspot.contacts'],
      ['deals', ['id'], ['updatedAt'], 'hubspot.deals'],
    ]);
  });

  test('deals carry their contacts from the associations API, and normalize links the first one', async () => {
    const sandbox = await startHubspotSandbox({
      records: { contacts: 20, deals: 35 },
      rateLimit: QUICK_WINDOW,
    });
    try {
      const connector = createHubspotConnector(configFor(sandbox) as never);
      const { records } = await collectMessages(connector.read('deals'));
      expect(records).toHaveLength(35);
      for (const deal of records) {
        const expected = sandbox.associatedContacts(String(deal.id));
        const got = (
          deal.associations as { contacts?: { results: { id: string; type: string }[] } } | undefined
        )?.contacts?.results;
        expect(got ?? []).toEqual(expected.map((id) => ({ id, type: 'deal_to_contact' })));
      }
      const result = connector.normalize('deals', records, {
        customerId: 'golf-group',
        overrides: { defaultCurrency: 'USD' },
        validate: true,
      });
      expect(result.quarantined).toEqual([]);
      expect(result.conversions).toHaveLength(35);
      const linked = records.find((d) => sandbox.associatedContacts(String(d.id)).length > 0)!;
      const conversion = result.conversions.find((c) => c.sourceRecordId === linked.id)!;
      expect(conversion.identityFragments).toContainEqual(
        expect.objectContaining({
          type: 'contact_id',
          value: sandbox.associatedContacts(String(linked.id))[0],
        }),
      );
      const won = records.find(
        (d) => (d.properties as Json).dealstage === 'closedwon' && (d.properties as Json).amount,
      )!;
      expect(result.conversions.find((c) => c.sourceRecordId === won.id)).toMatchObject({
        conversionType: 'purchase',
        value: Number((won.properties as Json).amount),
        currency: ((won.properties as Json).deal_currency_code as string | undefined) ?? 'USD',
      });
    } finally {
      await sandbox.close();
    }
  });

  test('normalize turns contacts into lead conversions', async () => {
    const sandbox = await startHubspotSandbox({ records: 25, rateLimit: QUICK_WINDOW });
    try {
      const connector = createHubspotConnector(configFor(sandbox) as never);
      const { records } = await collectMessages(connector.read('contacts'));
      const result = connector.normalize('contacts', records, { customerId: 'golf-group', validate: true });
      expect(result.quarantined).toEqual([]);
      expect(result.conversions.map((c) => c.sourceRecordId).sort()).toEqual(records.map((r) => r.id).sort());
      const withEmail = records.find((r) => (r.properties as Json).email)!;
      expect(
        result.conversions.find((c) => c.sourceRecordId === withEmail.id)?.identityFragments,
      ).toContainEqual(
        expect.objectContaining({ type: 'email', value: (withEmail.properties as Json).email }),
      );
    } finally {
      await sandbox.close();
    }
  });

  test('re-anchoring on the last modified time reads past the search ceiling', async () => {
    const sandbox = await startHubspotSandbox({ records: 60, searchCeiling: 25, rateLimit: QUICK_WINDOW });
    try {
      const { records } = await collectMessages(
        createHubspotConnector(configFor(sandbox) as never).read('contacts'),
      );
      expect(records.map((r) => r.id).sort()).toEqual(sandbox.store('contacts').ids().sort());
      expect(sandbox.requests.every((r) => (r.body as Json).after === undefined)).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  test('more records than a page sharing one last-modified time are paged with after, each once', async () => {
    const sandbox = await startHubspotSandbox({ records: 8, rateLimit: QUICK_WINDOW });
    try {
      const store = sandbox.store('contacts');
      const base = store.all()[0]!;
      for (let i = 0; i < 25; i++)
        store.insert({ ...base, id: String(9_000_000 + i), updatedAt: '2030-01-01T00:00:00.000Z' });
      const { records } = await collectMessages(
        createHubspotConnector(configFor(sandbox) as never).read('contacts'),
      );
      expect(records.map((r) => r.id).sort()).toEqual(store.ids().sort());
      expect(sandbox.requests.map((r) => (r.body as Json).after).filter((a) => a !== undefined)).toEqual([
        '10',
        '20',
      ]);
    } finally {
      await sandbox.close();
    }
  });

  test('X-HubSpot-RateLimit-Remaining 0 pauses the connection for the interval instead of drawing 429s', async () => {
    const sandbox = await startHubspotSandbox({ records: 45, rateLimit: { max: 2, intervalMs: 60 } });
    try {
      const { records } = await collectMessages(
        createHubspotConnector(configFor(sandbox) as never).read('contacts'),
      );
      expect(records).toHaveLength(45);
      // 45 records in pages of 10, each re-anchored: 5 searches, none repeated after a 429.
      expect(sandbox.requests).toHaveLength(5);
      const gaps = sandbox.requests.slice(1).map((r, i) => r.at - sandbox.requests[i]!.at);
      expect(gaps.filter((g) => g >= 50).length).toBeGreaterThanOrEqual(2);
    } finally {
      await sandbox.close();
    }
  });

  test('the DAILY limit is final: one request, RATE_LIMITED, not retried', async () => {
    const sandbox = await startHubspotSandbox({ records: 20, dailyLimit: 0, rateLimit: QUICK_WINDOW });
    try {
      const error = await collectMessages(
        createHubspotConnector(configFor(sandbox) as never).read('contacts'),
      ).catch((e: unknown) => e);
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429, isRetryable: false });
      expect((error as Error).message).toMatch(/daily API limit.*resume the sync then/);
      expect(sandbox.requests).toHaveLength(1);
    } finally {
      await sandbox.close();
    }
  });

  test('check() reports the calls left today, or an actionable AUTH_FAILED without the token', async () => {
    const sandbox = await startHubspotSandbox({ records: 5, rateLimit: QUICK_WINDOW });
    try {
      expect(await createHubspotConnector(configFor(sandbox) as never).check()).toEqual({
        ok: true,
        message: 'Connected to HubSpot (249999 API calls left today).',
      });
      expect(sandbox.requests[0]).toMatchObject({
        method: 'GET',
        path: '/crm/v3/objects/contacts',
        query: { limit: '1' },
      });
      const secret = 'pat-na1-wrong-0123456789';
      const check = await createHubspotConnector(
        configFor(sandbox, { credentials: { type: 'bearer', token: secret } }) as never,
      ).check();
      expect(check).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      expect(check.ok ? '' : check.message).toMatch(
        /Authentication credentials not found.*reconnect the HubSpot account/,
      );
      expect(JSON.stringify(check)).not.toContain(secret);
    } finally {
      await sandbox.close();
    }
  });

  test('OAuth2: an expired token is refreshed once at /oauth/v1/token, and no secret leaks', async () => {
    const oauth = {
      clientId: 'hs-client',
      clientSecret: 'hs-secret-abcdef',
      refreshToken: 'hs-refresh-abcdef',
    };
    const sandbox = await startHubspotSandbox({
      records: 12,
      oauth,
      expiredTokens: ['hs-expired-abcdef'],
      rateLimit: QUICK_WINDOW,
    });
    try {
      const onTokens = vi.fn();
      const credentials = { type: 'oauth2', accessToken: 'hs-expired-abcdef', ...oauth };
      const { records } = await collectMessages(
        createHubspotConnector(configFor(sandbox, { credentials, onTokens }) as never).read('contacts'),
      );
      expect(records).toHaveLength(12);
      expect(onTokens).toHaveBeenCalledTimes(1);
      const [expired, refresh, retried] = sandbox.requests;
      expect(expired!.headers.authorization).toBe('Bearer hs-expired-abcdef');
      expect(refresh).toMatchObject({ method: 'POST', path: '/oauth/v1/token' });
      expect(Object.fromEntries(new URLSearchParams(refresh!.body as string))).toMatchObject({
        grant_type: 'refresh_token',
        refresh_token: oauth.refreshToken,
      });
      expect(retried!.headers.authorization).toMatch(/^Bearer hs-access-1-/);
      const revoked = createHubspotConnector(
        configFor(sandbox, { credentials: { ...credentials, refreshToken: 'hs-revoked-xyz' } }) as never,
      );
      const error = await collectMessages(revoked.read('contacts')).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'AUTH_FAILED' });
      for (const text of [(error as Error).message, inspect(error, { depth: 10 }), JSON.stringify(error)]) {
        for (const secret of [oauth.clientSecret, 'hs-revoked-xyz', 'hs-expired-abcdef'])
          expect(text).not.toContain(secret);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field and never echo secrets', () => {
    const bad = () =>
      createHubspotConnector({
        credentials: { type: 'api-key', key: 'hunter2-key' },
        pageSize: 101,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      expect((error as ConnectorError).code).toBe('INVALID_CONFIG');
      expect((error as Error).message).toMatch(/credentials.type must be one of: oauth2, bearer/);
      expect((error as Error).message).toMatch(/pageSize/);
      expect((error as Error).message).not.toContain('hunter2-key');
    }
  });
});

import { inspect } from 'node:util';
import { describe, expect, test, vi } from 'vitest';
import type { ConnectorState } from '../protocol.js';
import { createConnector } from '../registry.js';
import { ApiCallError, ConnectorError } from '../shared/errors.js';
import type { StreamState } from '../shared/incremental-state.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { squareInfo } from './square-connector.js';
import { startSquareSandbox } from './square-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;

const configFor = (sandbox: VendorSandbox, extra: Json = {}): Json => ({
  baseUrl: sandbox.url,
  credentials: sandbox.credentials,
  pageSize: PAGE,
  ...extra,
});

/** What the requests of one stream must look like, computed from the sandbox data, not the connector. */
function listRequests(path: string, store: 'payments' | 'refunds', pageSize = PAGE) {
  return (full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) => {
    const first = full[0]!;
    expect(first).toMatchObject({ method: 'GET', path: '/v2/locations' });
    for (const r of [...full, ...incremental]) {
      expect(r.headers.authorization).toBe('Bearer sq-sandbox-token');
      expect(r.headers['square-version']).toBe('2025-08-20');
      expect(r.headers.accept).toBe('application/json');
    }
    const locations = [
      ...new Set(
        sandbox
          .store(store)
          .all()
          .map((p) => p.location_id as string),
      ),
    ].sort();
    const pages = full.filter((r) => r.path === path);
    // One query per location, ascending by updated_at, with begin_time sent (Square defaults it to a year ago).
    const firstPages = pages.filter((r) => r.query.cursor === undefined);
    expect(firstPages.map((r) => r.query)).toEqual(
      locations.map((location_id) => ({
        begin_time: '2009-01-01T00:00:00Z',
        sort_field: 'UPDATED_AT',
        sort_order: 'ASC',
        location_id,
        limit: String(pageSize),
      })),
    );
    for (const r of pages.filter((p) => p.query.cursor !== undefined)) {
      const { cursor: _c, ...rest } = r.query;
      expect(firstPages.map((p) => p.query)).toContainEqual(rest);
    }
    const incrementalPages = incremental.filter((r) => r.path === path && r.query.cursor === undefined);
    expect(incrementalPages.map((r) => r.query.updated_at_begin_time)).toEqual(
      locations.map((location) => {
        const newest = Math.max(
          ...sandbox
            .store(store)
            .all()
            .filter((p) => p.location_id === location)
            .map((p) => Date.parse(p.updated_at as string)),
        );
        return new Date(newest - TWO_MINUTES).toISOString();
      }),
    );
  };
}

describeConnectorConformance({
  connector: 'square',
  stream: 'payments',
  path: '/v2/payments',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) => startSquareSandbox({ records: { payments: records }, seed }),
  config: configFor,
  corrupt: { patch: { total_money: { amount: '12.50', currency: 'USD' } }, field: 'total_money.amount' },
  assertRequests: listRequests('/v2/payments', 'payments'),
});

// About one payment in 22 is refunded: the sandbox gets that many payments per refund wanted.
const PAYMENTS_PER_REFUND = 22;
const REFUND_PAGE = 5;

describeConnectorConformance({
  connector: 'square',
  stream: 'refunds',
  path: '/v2/refunds',
  pageSize: REFUND_PAGE,
  startSandbox: ({ records, seed }) =>
    startSquareSandbox({
      records: { payments: records * PAYMENTS_PER_REFUND, orders: 5, customers: 5 },
      seed,
    }),
  config: (sandbox, extra) => configFor(sandbox, { pageSize: REFUND_PAGE, ...extra }),
  corrupt: { patch: { amount_money: { amount: '5.55', currency: 'USD' } }, field: 'amount_money.amount' },
  assertRequests: listRequests('/v2/refunds', 'refunds', REFUND_PAGE),
});

describeConnectorConformance({
  connector: 'square',
  stream: 'orders',
  path: '/v2/orders/search',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startSquareSandbox({ records: { payments: records, orders: records }, seed }),
  config: configFor,
  corrupt: { patch: { line_items: [{ name: 'Lesson', quantity: 2 }] }, field: 'line_items.0.quantity' },
  assertRequests(full, incremental, sandbox) {
    const searches = full.filter((r) => r.path === '/v2/orders/search');
    const locations = [
      ...new Set(
        sandbox
          .store('orders')
          .all()
          .map((o) => o.location_id as string),
      ),
    ].sort();
    const firstPages = searches.filter((r) => (r.body as Json).cursor === undefined);
    expect(firstPages.map((r) => [r.method, r.body])).toEqual(
      locations.map((id) => [
        'POST',
        {
          location_ids: [id],
          limit: PAGE,
          return_entries: false,
          query: {
            filter: { date_time_filter: { updated_at: { start_at: '2009-01-01T00:00:00Z' } } },
            sort: { sort_field: 'UPDATED_AT', sort_order: 'ASC' },
          },
        },
      ]),
    );
    // Search pages resend the original query with the cursor in the body.
    for (const r of searches.filter((s) => (s.body as Json).cursor !== undefined)) {
      const { cursor: _c, ...rest } = r.body as Json;
      expect(firstPages.map((p) => p.body)).toContainEqual(rest);
    }
    const next = incremental.filter((r) => r.path === '/v2/orders/search');
    for (const r of next) {
      const start = (
        r.body as { query: { filter: { date_time_filter: { updated_at: { start_at: string } } } } }
      ).query.filter.date_time_filter.updated_at.start_at;
      const location = (r.body as { location_ids: string[] }).location_ids[0];
      const newest = Math.max(
        ...sandbox
          .store('orders')
          .all()
          .filter((o) => o.location_id === location)
          .map((o) => Date.parse(o.updated_at as string)),
      );
      expect(start).toBe(new Date(newest - TWO_MINUTES).toISOString());
    }
  },
});

describeConnectorConformance({
  connector: 'square',
  stream: 'customers',
  path: '/v2/customers/search',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startSquareSandbox({ records: { payments: 5, customers: records }, seed }),
  config: configFor,
  corrupt: { patch: { email_address: 42 }, field: 'email_address' },
  assertRequests(full, incremental) {
    expect(full.some((r) => r.path === '/v2/locations')).toBe(false);
    const first = full[0]!;
    expect(first).toMatchObject({
      method: 'POST',
      path: '/v2/customers/search',
      body: { limit: PAGE, query: { sort: { field: 'CREATED_AT', order: 'ASC' } } },
    });
    expect((first.body as { query: Json }).query.filter).toBeUndefined();
    const filter = (incremental[0]!.body as { query: { filter: { updated_at: { start_at: string } } } }).query
      .filter;
    expect(Date.parse(filter.updated_at.start_at)).toBeGreaterThan(0);
  },
});

describeConformanceCoverage(squareInfo);

describe('Square connector', () => {
  test('spec, discover and listConnectors describe the four streams', async () => {
    const sandbox = await startSquareSandbox({ records: 5 });
    try {
      const connector = createConnector('square', {
        baseUrl: sandbox.url,
        credentials: { type: 'bearer', token: 'x' },
      });
      expect(connector.info).toMatchObject({ id: 'square', category: 'pos', authKind: 'oauth2' });
      const { streams } = await connector.discover();
      expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
        ['payments', ['id'], ['updated_at'], 'square.payments'],
        ['refunds', ['id'], ['updated_at'], 'square.refunds'],
        ['orders', ['id'], ['updated_at'], 'square.orders'],
        ['customers', ['id'], ['updated_at'], 'square.customers'],
      ]);
      const payments = streams[0]!;
      expect(payments.fields).toContainEqual({ name: 'total_money', type: 'object', nullable: true });
      expect(payments.fields).toContainEqual({ name: 'id', type: 'string', nullable: false });
    } finally {
      await sandbox.close();
    }
  });

  test('check() reports the locations, or a config error for a location the account lacks', async () => {
    const sandbox = await startSquareSandbox({ records: 5, locations: 3 });
    try {
      expect(await createConnector('square', configFor(sandbox) as never).check()).toEqual({
        ok: true,
        message: 'Connected to Square (3 locations).',
      });
      const wrong = createConnector('square', configFor(sandbox, { locationIds: ['LNOPE'] }) as never);
      expect(await wrong.check()).toMatchObject({ ok: false, code: 'INVALID_CONFIG', message: /LNOPE/ });
    } finally {
      await sandbox.close();
    }
  });

  test('locationIds limits the partitions read; pageSize is capped per endpoint', async () => {
    const sandbox = await startSquareSandbox({ records: 120, locations: 3 });
    try {
      const chosen = sandbox.store('payments').all()[0]!.location_id as string;
      const connector = createConnector(
        'square',
        configFor(sandbox, { locationIds: [chosen], pageSize: 500 }) as never,
      );
      const { records, last } = await collectMessages(connector.read('payments'));
      const expected = sandbox
        .store('payments')
        .all()
        .filter((p) => p.location_id === chosen);
      expect(records.map((r) => r.id).sort()).toEqual(expected.map((p) => p.id).sort());
      expect(Object.keys((last as StreamState).partitions)).toEqual([chosen]);
      expect(sandbox.requests.some((r) => r.path === '/v2/locations')).toBe(false);
      expect(sandbox.requests.every((r) => r.query.limit === '100')).toBe(true);
      await collectMessages(connector.read('orders'));
      expect(sandbox.requests.find((r) => r.path === '/v2/orders/search')?.body).toMatchObject({
        limit: 500,
      });
    } finally {
      await sandbox.close();
    }
  });

  test('startTime bounds the history read', async () => {
    const sandbox = await startSquareSandbox({ records: 60 });
    try {
      const startTime = '2024-06-01T00:00:00Z';
      const connector = createConnector('square', configFor(sandbox, { startTime }) as never);
      const { records } = await collectMessages(connector.read('payments'));
      const expected = sandbox
        .store('payments')
        .all()
        .filter((p) => Date.parse(p.created_at as string) >= Date.parse(startTime));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(60);
      expect(records.map((r) => r.id).sort()).toEqual(expected.map((p) => p.id).sort());
      expect(
        sandbox.requests
          .filter((r) => r.path === '/v2/payments')
          .every((r) => r.query.begin_time === startTime),
      ).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  test('customers resume from Square’s cursor with the original query after a crash mid-run', async () => {
    const sandbox = await startSquareSandbox({ records: { payments: 5, customers: 45 } });
    try {
      const connector = createConnector('square', configFor(sandbox) as never);
      const first = await collectMessages(connector.read('customers'));
      for (const id of sandbox.store('customers').ids().slice(0, 25)) sandbox.store('customers').touch(id);
      let state: ConnectorState | null = null;
      const before: Json[] = [];
      for await (const m of connector.read('customers', { state: first.last })) {
        if (m.type === 'record') before.push(m.data);
        if (m.type === 'state') {
          state = m.state;
          break; // crash after the first page of the incremental run
        }
      }
      const partition = (state as StreamState).partitions['*']!;
      expect(partition.run?.page).toHaveProperty('cursor');
      const firstQuery = sandbox.requests.at(-1)!.body as Json;
      sandbox.clearRequests();
      const rest = await collectMessages(connector.read('customers', { state }));
      const resumed = sandbox.requests[0]!.body as Json;
      expect(resumed).toEqual({ ...firstQuery, cursor: (partition.run!.page as { cursor: string }).cursor });
      const ids = [...before, ...rest.records].map((r) => r.id);
      expect(ids.sort()).toEqual(sandbox.store('customers').ids().slice(0, 25).sort());
      expect((rest.last as StreamState).partitions['*']!.run).toBeUndefined();
    } finally {
      await sandbox.close();
    }
  });

  test('OAuth2: an expired token is refreshed once, the rotated tokens go to onTokens, no secret leaks', async () => {
    const oauth = {
      clientId: 'sq0idp-client',
      clientSecret: 'sq0csp-secret-abcdef',
      refreshToken: 'refresh-0-abcdef',
    };
    const sandbox = await startSquareSandbox({
      records: 30,
      oauth,
      expiredTokens: ['expired-access-abcdef'],
    });
    try {
      const onTokens = vi.fn();
      const credentials = { type: 'oauth2', accessToken: 'expired-access-abcdef', ...oauth };
      const connector = createConnector('square', configFor(sandbox, { credentials, onTokens }) as never);
      const { records } = await collectMessages(connector.read('payments'));
      expect(records).toHaveLength(30);
      expect(onTokens).toHaveBeenCalledTimes(1);
      const tokens = onTokens.mock.calls[0]![0] as {
        accessToken: string;
        refreshToken: string;
        expiresAt: string;
      };
      expect(tokens.accessToken).toMatch(/^sq-access-1-/);
      expect(tokens.refreshToken).toMatch(/^sq-refresh-1-/);
      expect(Date.parse(tokens.expiresAt)).toBeGreaterThan(Date.now());
      const [expired, refresh, retried] = sandbox.requests;
      expect(expired).toMatchObject({
        path: '/v2/locations',
        headers: { authorization: 'Bearer expired-access-abcdef' },
      });
      expect(refresh).toMatchObject({
        method: 'POST',
        path: '/oauth2/token',
        body: {
          grant_type: 'refresh_token',
          refresh_token: oauth.refreshToken,
          client_id: oauth.clientId,
          client_secret: oauth.clientSecret,
        },
      });
      expect(retried).toMatchObject({
        path: '/v2/locations',
        headers: { authorization: `Bearer ${tokens.accessToken}` },
      });
      expect(sandbox.requests.filter((r) => r.path === '/oauth2/token')).toHaveLength(1);

      // The old refresh token was rotated away: using it again fails with a fix-it message and no secrets.
      const stale = createConnector(
        'square',
        configFor(sandbox, { credentials: { ...credentials, accessToken: undefined } }) as never,
      );
      const error = await collectMessages(stale.read('payments')).catch((e: unknown) => e);
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect((error as ApiCallError).code).toBe('AUTH_FAILED');
      expect((error as ApiCallError).message).toMatch(/reconnect the Square account/);
      for (const text of [(error as Error).message, inspect(error, { depth: 10 }), JSON.stringify(error)]) {
        for (const secret of [
          oauth.clientSecret,
          oauth.refreshToken,
          'expired-access-abcdef',
          tokens.accessToken,
        ]) {
          expect(text).not.toContain(secret);
        }
      }
    } finally {
      await sandbox.close();
    }
  });

  test('normalize uses the square.payments mapping from @growthnav/conversions', async () => {
    const sandbox = await startSquareSandbox({ records: 20 });
    try {
      const connector = createConnector('square', configFor(sandbox) as never);
      const { records } = await collectMessages(connector.read('payments'));
      const result = connector.normalize('payments', records, { customerId: 'golf-club' });
      expect(result.conversions.length + result.quarantined.length).toBe(records.length);
      const payment = records.find((r) => r.status === 'COMPLETED')!;
      const conversion = result.conversions.find((c) => c.sourceRecordId === payment.id)!;
      const total = payment.total_money as { amount: number; currency: string };
      expect(conversion.value).toBeCloseTo(total.amount / 100, 10);
      expect(conversion.currency).toBe(total.currency);
      expect(conversion.customerId).toBe('golf-club');
      expect(conversion.transactionId).toBe(payment.order_id);
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field and never echo secrets', () => {
    const bad = () =>
      createConnector('square', {
        credentials: { type: 'basic', username: 'u', password: 'hunter2-password' },
        pageSze: 10,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      expect((error as ConnectorError).code).toBe('INVALID_CONFIG');
      expect((error as Error).message).toMatch(/credentials.type must be one of: oauth2, bearer/);
      expect((error as Error).message).toMatch(/pageSze/);
      expect((error as Error).message).not.toContain('hunter2-password');
    }
  });

  test('an unknown stream names the streams there are', async () => {
    const connector = createConnector('square', { credentials: { type: 'bearer', token: 't' } });
    await expect(collectMessages(connector.read('invoices'))).rejects.toThrow(
      'Square has no stream "invoices". Available: payments, refunds, orders, customers.',
    );
  });
});

import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ConnectorState } from '../protocol.js';
import { ApiCallError, ConnectorError } from '../shared/errors.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { createWooCommerceConnector, wooCommerceInfo } from './woocommerce-connector.js';
import { formatWooGmt, parseWooGmt, wooGmtCursor } from './woocommerce-gmt-cursor.js';
import type { WooCommerceConfigInput } from './woocommerce-options.js';
import { startWooCommerceSandbox, type WooCommerceSandbox } from './woocommerce-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const ORDERS = '/wp-json/wc/v3/orders';
const CUSTOMERS = '/wp-json/wc/v3/customers';
const BASIC = `Basic ${Buffer.from('ck_sandbox_key:cs_sandbox_secret').toString('base64')}`;
const FAST_RETRY = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };

/**
 * A config for the sandbox. WooCommerce takes Basic auth only, so the
 * conformance suite's wrong bearer token becomes a wrong consumer secret.
 */
const configFor = (sandbox: VendorSandbox, extra: Json = {}): WooCommerceConfigInput => {
  const { credentials, ...rest } = extra as { credentials?: { type: string; token?: string } };
  const wrong =
    credentials?.type === 'bearer'
      ? { type: 'basic', username: 'ck_sandbox_key', password: credentials.token }
      : credentials;
  return {
    storeUrl: sandbox.url,
    credentials: wrong ?? sandbox.credentials,
    pageSize: PAGE,
    ...FAST_RETRY,
    ...rest,
  } as WooCommerceConfigInput;
};

const gmt = (r: Json) => parseWooGmt(r.date_modified_gmt) as number;

function commonHeaders(requests: SandboxRequest[], path: string) {
  for (const r of requests) {
    expect(r).toMatchObject({ method: 'GET', path, body: undefined });
    expect(r.headers.authorization).toBe(BASIC);
    expect(r.headers.accept).toBe('application/json');
  }
}

/**
 * The orders queries a seek sync must send, replayed from the sandbox data:
 * each page is a fresh `modified_after` query from the newest time read so far
 * (one second back, the filter being exclusive), sorted by modified time.
 */
function assertOrderRequests(full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) {
  commonHeaders([...full, ...incremental], ORDERS);
  const rows = sandbox
    .store('orders')
    .all()
    .sort((a, b) => gmt(a) - gmt(b) || Number(a.id) - Number(b.id));
  const fixed = { dates_are_gmt: 'true', orderby: 'modified', order: 'asc', per_page: String(PAGE) };
  let after: number | null = null;
  let page = 1;
  for (const request of full) {
    const { modified_after, ...rest } = request.query;
    expect(rest).toEqual({ ...fixed, page: String(page) });
    expect(modified_after).toBe(after === null ? undefined : formatWooGmt(after));
    const answered = rows
      .filter((r) => after === null || gmt(r) > after)
      .slice((page - 1) * PAGE, page * PAGE);
    const newest = Math.max(...answered.map(gmt));
    if (after !== null && newest - 1000 <= after) page++;
    else {
      after = newest - 1000;
      page = 1;
    }
  }
  expect(full.length).toBeGreaterThanOrEqual(Math.ceil(rows.length / PAGE));
  const newest = Math.max(...rows.map(gmt));
  expect(incremental[0]!.query).toEqual({
    ...fixed,
    page: '1',
    modified_after: formatWooGmt(newest - TWO_MINUTES - 1000),
  });
}

describeConnectorConformance({
  connector: 'woocommerce',
  stream: 'orders',
  path: ORDERS,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startWooCommerceSandbox({ records: { orders: records, customers: 5 }, seed }),
  config: configFor,
  fields: { key: 'id', cursor: 'date_modified_gmt' },
  // Offset-less GMT times: read as UTC whatever the machine's time zone.
  cursor: wooGmtCursor,
  version: (r) => String(r.date_modified_gmt),
  corrupt: { patch: { total: 29.35 }, field: 'total' },
  assertRequests: assertOrderRequests,
});

describeConnectorConformance({
  connector: 'woocommerce',
  stream: 'customers',
  path: CUSTOMERS,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startWooCommerceSandbox({ records: { orders: 5, customers: records }, seed }),
  config: configFor,
  fields: { key: 'id', cursor: 'date_modified_gmt' },
  // Offset-less GMT times: read as UTC whatever the machine's time zone.
  cursor: wooGmtCursor,
  // A customer never edited has no date_modified_gmt: its creation time stands in.
  version: (r) => String(r.date_modified_gmt ?? r.date_created_gmt),
  corrupt: { patch: { email: 42 }, field: 'email' },
  assertRequests(full, incremental, sandbox) {
    commonHeaders([...full, ...incremental], CUSTOMERS);
    // No date filter exists for customers: every run scans them by id, page by page.
    const pages = Math.ceil(sandbox.store('customers').size / PAGE);
    for (const run of [full, incremental]) {
      expect(run.map((r) => r.query)).toEqual(
        Array.from({ length: pages }, (_, i) => ({
          orderby: 'id',
          order: 'asc',
          page: String(i + 1),
          per_page: String(PAGE),
        })),
      );
    }
  },
});

describeConformanceCoverage(wooCommerceInfo, {
  refunds:
    'fetched per order from /orders/{id}/refunds (no store of its own); see the WooCommerce refunds tests below',
});

const refundIds = (sandbox: WooCommerceSandbox) =>
  sandbox
    .refunds()
    .map((r) => String(r.id))
    .sort();

describe('WooCommerce refunds (per order)', () => {
  test('every refund once, fetched only for the orders that list refunds, with _links.up', async () => {
    const sandbox = await startWooCommerceSandbox({ records: 150 });
    try {
      const connector = createWooCommerceConnector(configFor(sandbox, { pageSize: 50 }));
      const { records, out } = await collectMessages(connector.read('refunds'));
      expect(refundIds(sandbox).length).toBeGreaterThan(3);
      expect(records.map((r) => String(r.id)).sort()).toEqual(refundIds(sandbox));
      expect(out.at(-1)?.type).toBe('state');
      const withRefunds = sandbox
        .store('orders')
        .all()
        .filter((o) => (o.refunds as Json[]).length > 0)
        .map((o) => `${ORDERS}/${o.id}/refunds`)
        .sort();
      const refundCalls = sandbox.requests.filter((r) => r.path.endsWith('/refunds'));
      expect(refundCalls.map((r) => r.path).sort()).toEqual(withRefunds);
      for (const r of refundCalls) {
        expect(r.query).toEqual({ page: '1', per_page: '100' });
        expect(r.headers.authorization).toBe(BASIC);
      }
      for (const refund of records) {
        const up = (refund._links as { up: { href: string }[] }).up[0]!.href;
        const orderId = up.split('/').at(-1)!;
        const order = sandbox.store('orders').get(orderId)!;
        expect((order.refunds as Json[]).map((s) => s.id)).toContain(refund.id);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('one request in flight: no orders page is fetched while an order’s refunds are', async () => {
    const sandbox = await startWooCommerceSandbox({ records: 150, latencyMs: 2 });
    try {
      let inFlight = 0;
      let most = 0;
      const counting = async (input: Request | URL | string, init?: RequestInit) => {
        most = Math.max(most, ++inFlight);
        try {
          const response = await fetch(input, init);
          await response.clone().arrayBuffer(); // in flight until the whole body is in
          return response;
        } finally {
          inFlight--;
        }
      };
      const connector = createWooCommerceConnector(configFor(sandbox, { pageSize: 20, fetch: counting }));
      const { records } = await collectMessages(connector.read('refunds'));
      expect(records.map((r) => String(r.id)).sort()).toEqual(refundIds(sandbox));
      const paths = sandbox.requests.map((r) => r.path);
      expect(paths.filter((p) => p === ORDERS).length).toBeGreaterThan(3);
      expect(paths.filter((p) => p.endsWith('/refunds')).length).toBeGreaterThan(3);
      expect(most).toBe(1);
    } finally {
      await sandbox.close();
    }
  });

  test('a new refund moves its order, and the next run delivers it', async () => {
    const sandbox = await startWooCommerceSandbox({ records: 60 });
    try {
      const connector = createWooCommerceConnector(configFor(sandbox));
      const first = await collectMessages(connector.read('refunds'));
      expect((await collectMessages(connector.read('refunds', { state: first.last }))).records).toEqual([]);
      const order = sandbox
        .store('orders')
        .all()
        .find((o) => (o.refunds as Json[]).length === 0)!;
      const refund = sandbox.addRefund(String(order.id), '4.50');
      sandbox.clearRequests();
      const second = await collectMessages(connector.read('refunds', { state: first.last }));
      expect(second.records.map((r) => r.id)).toEqual([refund.id]);
      expect(second.records[0]).toMatchObject({
        amount: '4.50',
        _links: { up: [{ href: expect.stringMatching(new RegExp(`/orders/${order.id}$`)) }] },
      });
      expect(sandbox.requests.filter((r) => r.path.endsWith('/refunds')).map((r) => r.path)).toEqual([
        `${ORDERS}/${order.id}/refunds`,
      ]);
    } finally {
      await sandbox.close();
    }
  });

  test('a malformed refund is quarantined with its field; the rest continue', async () => {
    const sandbox = await startWooCommerceSandbox({ records: 150 });
    try {
      const bad = sandbox.refunds()[0]!;
      bad.amount = 9;
      const { out, records } = await collectMessages(
        createWooCommerceConnector(configFor(sandbox)).read('refunds'),
      );
      const quarantined = out.filter((m) => m.type === 'quarantine');
      expect(quarantined).toHaveLength(1);
      expect(quarantined[0]).toMatchObject({ stream: 'refunds', field: 'amount', record: { id: bad.id } });
      expect(records.map((r) => String(r.id)).sort()).toEqual(
        refundIds(sandbox).filter((id) => id !== String(bad.id)),
      );
    } finally {
      await sandbox.close();
    }
  });

  test('property: a crash after any page, then a resume from the last state, yields every refund once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 10 }), fc.nat({ max: 500 }), async (crashAfter, seed) => {
        const sandbox = await startWooCommerceSandbox({ records: 90, seed });
        try {
          const connector = createWooCommerceConnector(configFor(sandbox));
          const committed: string[] = [];
          let pending: string[] = [];
          let state: ConnectorState | null = null;
          let states = 0;
          for await (const m of connector.read('refunds')) {
            if (m.type === 'record') pending.push(String(m.data.id));
            if (m.type === 'state') {
              committed.push(...pending);
              pending = [];
              state = m.state;
              if (++states > crashAfter) break;
            }
          }
          const rest = await collectMessages(connector.read('refunds', { state }));
          const all = [...committed, ...rest.records.map((r) => String(r.id))];
          expect(new Set(all).size).toBe(all.length);
          expect([...all].sort()).toEqual(refundIds(sandbox));
        } finally {
          await sandbox.close();
        }
      }),
      { numRuns: 12 },
    );
  });
});

describe('WooCommerce connector', () => {
  test('discover describes orders, refunds and customers with their systems', async () => {
    const connector = createWooCommerceConnector({
      storeUrl: 'https://shop.example.com',
      credentials: { type: 'basic', username: 'ck', password: 'cs' },
    });
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['orders', ['id'], ['date_modified_gmt'], 'woocommerce.orders'],
      ['refunds', ['id'], ['date_modified_gmt'], 'woocommerce.refunds'],
      ['customers', ['id'], ['date_modified_gmt'], 'woocommerce.customers'],
    ]);
    expect(streams[1]!.fields.map((f) => f.name)).toEqual(expect.arrayContaining(['amount', '_links']));
  });

  test('check() reports the store; a wrong secret is AUTH_FAILED with WooCommerce’s reason and no secret', async () => {
    const sandbox = await startWooCommerceSandbox({ records: 12 });
    try {
      const { host } = new URL(sandbox.url);
      expect(await createWooCommerceConnector(configFor(sandbox)).check()).toEqual({
        ok: true,
        message: `Connected to WooCommerce at ${host} (12 orders).`,
      });
      expect(sandbox.requests[0]).toMatchObject({ path: ORDERS, query: { per_page: '1' } });
      const secret = 'cs_wrong_secret_0123456789';
      const bad = createWooCommerceConnector(
        configFor(sandbox, { credentials: { type: 'basic', username: 'ck_sandbox_key', password: secret } }),
      );
      const result = await bad.check();
      expect(result).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      expect(result.ok === false && result.message).toMatch(/Consumer secret is invalid.*reconnect/);
      const error = await collectMessages(bad.read('orders')).catch((e: unknown) => e);
      expect(ApiCallError.isInstance(error)).toBe(true);
      const encoded = Buffer.from(`ck_sandbox_key:${secret}`).toString('base64');
      for (const text of [JSON.stringify(result), inspect(error, { depth: 10 }), JSON.stringify(error)]) {
        expect(text).not.toContain(secret);
        expect(text).not.toContain(encoded);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('customers never edited are synced with their creation time as the change time', async () => {
    const sandbox = await startWooCommerceSandbox({ records: { orders: 5, customers: 60 } });
    try {
      const unedited = sandbox
        .store('customers')
        .all()
        .filter((c) => c.date_modified_gmt === null);
      expect(unedited.length).toBeGreaterThan(0);
      const { records, out } = await collectMessages(
        createWooCommerceConnector(configFor(sandbox)).read('customers'),
      );
      expect(out.filter((m) => m.type === 'quarantine')).toEqual([]);
      expect(records).toHaveLength(60);
      for (const c of unedited) {
        expect(records.find((r) => r.id === c.id)?.date_modified_gmt).toBe(c.date_created_gmt);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('startTime bounds a first sync of orders through modified_after', async () => {
    const sandbox = await startWooCommerceSandbox({ records: 40 });
    try {
      const startTime = '2024-06-01T00:00:00Z';
      const { records } = await collectMessages(
        createWooCommerceConnector(configFor(sandbox, { startTime })).read('orders'),
      );
      const expected = sandbox
        .store('orders')
        .all()
        .filter((o) => gmt(o) >= Date.parse(startTime));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(40);
      expect(records.map((r) => r.id).sort()).toEqual(expected.map((o) => o.id).sort());
      expect(sandbox.requests[0]!.query.modified_after).toBe('2024-05-31T23:59:59');
    } finally {
      await sandbox.close();
    }
  });

  test('normalize turns sandbox orders, refunds and customers into valid conversions', async () => {
    const sandbox = await startWooCommerceSandbox({ records: 150 });
    try {
      const connector = createWooCommerceConnector(configFor(sandbox, { pageSize: 100 }));
      for (const stream of ['orders', 'refunds', 'customers'] as const) {
        const { records } = await collectMessages(connector.read(stream));
        // Refunds carry no currency: the store currency is set, as the mapping asks.
        const overrides = stream === 'refunds' ? { defaultCurrency: 'USD' } : undefined;
        const result = connector.normalize(stream, records, {
          customerId: 'pro-shop',
          overrides,
          validate: true,
        });
        expect(result.quarantined).toEqual([]);
        expect(result.conversions).toHaveLength(records.length);
      }
      const { records: refunds } = await collectMessages(connector.read('refunds'));
      const refund = refunds[0]!;
      const [conversion] = connector.normalize('refunds', [refund], {
        customerId: 'pro-shop',
        overrides: { defaultCurrency: 'USD' },
      }).conversions;
      const orderId = (refund._links as { up: { href: string }[] }).up[0]!.href.split('/').at(-1);
      expect(conversion?.transactionId).toBe(orderId);
      expect(conversion?.value).toBeCloseTo(-Number(refund.amount), 10);
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field and never echo secrets', () => {
    const bad = () =>
      createWooCommerceConnector({
        storeUrl: 'shop.example.com',
        credentials: { type: 'bearer', token: 'hunter2-token' },
        pageSize: 101,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      expect((error as ConnectorError).code).toBe('INVALID_CONFIG');
      expect((error as Error).message).toMatch(/credentials.type must be one of: basic/);
      expect((error as Error).message).toMatch(/storeUrl/);
      expect((error as Error).message).toMatch(/pageSize/);
      expect((error as Error).message).not.toContain('hunter2-token');
    }
  });
});

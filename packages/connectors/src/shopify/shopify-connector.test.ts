import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ConnectorState } from '../protocol.js';
import { ApiCallError, ConnectorError } from '../shared/errors.js';
import type { RetryEvent } from '../shared/http-client.js';
import type { StreamState } from '../shared/incremental-state.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { createShopifyConnector, shopifyInfo } from './shopify-connector.js';
import type { ShopifyConfigInput } from './shopify-options.js';
import { startShopifySandbox } from './shopify-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const TOKEN = 'shpat_sandbox_token';
const ORDERS_PATH = '/admin/api/2024-01/orders.json';
const CUSTOMERS_PATH = '/admin/api/2024-01/customers.json';
// A bucket the conformance runs never fill; the leaky bucket has its own test below.
const ROOMY = { capacity: 10_000, leakPerSecond: 1_000 };
const FAST_RETRY = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };

const configFor = (sandbox: VendorSandbox, extra: Json = {}): ShopifyConfigInput =>
  ({
    baseUrl: sandbox.url,
    shop: 'growthnav-pro-shop',
    credentials: sandbox.credentials,
    pageSize: PAGE,
    ...FAST_RETRY,
    ...extra,
  }) as ShopifyConfigInput;

// Conformance runs as a Plus shop (20 calls/s): a 429 without Retry-After then waits one
// leak interval of 50 ms instead of the standard plan's 500 ms.
const conformanceConfig = (sandbox: VendorSandbox, extra: Json = {}) =>
  configFor(sandbox, { leakPerSecond: 20, ...extra }) as unknown as Json;

const newestMinusOverlap = (records: Json[]) =>
  new Date(Math.max(...records.map((r) => Date.parse(r.updated_at as string))) - TWO_MINUTES).toISOString();

/** Request assertions shared by orders and customers, computed from the sandbox data. */
function listRequests(path: string, stream: 'orders' | 'customers', filters: Json) {
  return (full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) => {
    for (const r of [...full, ...incremental]) {
      expect(r.method).toBe('GET');
      expect(r.path).toBe(path);
      expect(r.headers['x-shopify-access-token']).toBe(TOKEN);
      expect(r.headers.authorization).toBeUndefined();
      expect(r.headers.accept).toBe('application/json');
      expect(r.body).toBeUndefined();
    }
    // First page: the filters, oldest change first; no lower bound on a first sync.
    expect(full[0]!.query).toEqual({ ...filters, order: 'updated_at asc', limit: String(PAGE) });
    // Later pages follow the Link header as given: only limit and page_info (Shopify rejects filters there).
    const size = sandbox.store(stream).size;
    expect(full).toHaveLength(Math.ceil(size / PAGE));
    for (const r of full.slice(1)) {
      expect(Object.keys(r.query).sort()).toEqual(['limit', 'page_info']);
      expect(r.query.limit).toBe(String(PAGE));
    }
    expect(incremental[0]!.query).toEqual({
      ...filters,
      updated_at_min: newestMinusOverlap(sandbox.store(stream).all()),
      order: 'updated_at asc',
      limit: String(PAGE),
    });
  };
}

describeConnectorConformance({
  connector: 'shopify',
  stream: 'orders',
  path: ORDERS_PATH,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startShopifySandbox({ records: { orders: records, customers: 5 }, seed, callLimit: ROOMY }),
  config: conformanceConfig,
  corrupt: { patch: { total_price: 598.94 }, field: 'total_price' },
  assertRequests: listRequests(ORDERS_PATH, 'orders', { status: 'any' }),
});

describeConnectorConformance({
  connector: 'shopify',
  stream: 'customers',
  path: CUSTOMERS_PATH,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startShopifySandbox({ records: { orders: 5, customers: records }, seed, callLimit: ROOMY }),
  config: conformanceConfig,
  corrupt: { patch: { email: ['bob@example.com'] }, field: 'email' },
  assertRequests: listRequests(CUSTOMERS_PATH, 'customers', {}),
});

/** Refund ids inside the sandbox's orders, the truth the refunds stream is checked against. */
describeConformanceCoverage(shopifyInfo, {
  refunds: 'flattened from order.refunds[] (no store of its own); see the Shopify refunds tests below',
});

const refundIds = (sandbox: VendorSandbox, orderIds?: readonly string[]) =>
  sandbox
    .store('orders')
    .all()
    .filter((o) => orderIds === undefined || orderIds.includes(String(o.id)))
    .flatMap((o) => (o.refunds as Json[]).map((r) => String(r.id)))
    .sort();

describe('Shopify refunds (flattened from order.refunds[])', () => {
  test('every refund of every order once, from a fields=id,updated_at,refunds query', async () => {
    const sandbox = await startShopifySandbox({ records: 120, callLimit: ROOMY });
    try {
      const connector = createShopifyConnector(configFor(sandbox, { pageSize: 25 }));
      const { records, out } = await collectMessages(connector.read('refunds'));
      const expected = refundIds(sandbox);
      expect(expected.length).toBeGreaterThan(5);
      expect(records.map((r) => String(r.id)).sort()).toEqual(expected);
      expect(out.at(-1)?.type).toBe('state');
      expect(out.every((m) => m.stream === 'refunds')).toBe(true);
      const first = sandbox.requests[0]!;
      expect(first.query).toEqual({
        status: 'any',
        order: 'updated_at asc',
        limit: '25',
        fields: 'id,updated_at,refunds',
      });
      // The page links keep the projection.
      expect(sandbox.requests.slice(1).every((r) => r.query.fields === 'id,updated_at,refunds')).toBe(true);
      // Refund records are Shopify's refund objects, untouched.
      const sample = records[0]!;
      const order = sandbox
        .store('orders')
        .all()
        .find((o) => o.id === sample.order_id)!;
      expect((order.refunds as Json[]).find((r) => r.id === sample.id)).toEqual(sample);
    } finally {
      await sandbox.close();
    }
  });

  test('a new refund is read on the next run through its order’s updated_at', async () => {
    const sandbox = await startShopifySandbox({ records: 60, callLimit: ROOMY });
    try {
      const connector = createShopifyConnector(configFor(sandbox));
      const first = await collectMessages(connector.read('refunds'));
      const unchanged = await collectMessages(connector.read('refunds', { state: first.last }));
      expect(unchanged.records).toEqual([]);
      const orders = sandbox.store('orders');
      const lowerBound = newestMinusOverlap(orders.all());
      const target = orders.all().find((o) => (o.refunds as Json[]).length === 0)!;
      const refund = {
        id: 999_000_001,
        order_id: target.id,
        created_at: '2025-06-07T09:00:00-05:00',
        note: 'late return',
        refund_line_items: [],
        transactions: [
          { id: 999_100_001, amount: '7.00', currency: 'USD', kind: 'refund', status: 'success' },
        ],
      };
      orders.touch(String(target.id), { refunds: [refund], financial_status: 'partially_refunded' });
      // An order changed without a refund yields nothing on the refunds stream.
      const plain = orders.all().find((o) => o.id !== target.id && (o.refunds as Json[]).length === 0)!;
      orders.touch(String(plain.id), { tags: 'vip' });
      sandbox.clearRequests();
      const second = await collectMessages(connector.read('refunds', { state: first.last }));
      expect(second.records).toEqual([refund]);
      expect(sandbox.requests[0]!.query.updated_at_min).toBe(lowerBound);
    } finally {
      await sandbox.close();
    }
  });

  test('a malformed refund is quarantined with its field; the order’s other refunds continue', async () => {
    const sandbox = await startShopifySandbox({ records: 80, callLimit: ROOMY });
    try {
      const orders = sandbox.store('orders');
      const target = orders.all().find((o) => (o.refunds as Json[]).length > 0)!;
      const good = (target.refunds as Json[])[0]!;
      const bad = { ...good, id: 888_000_001, transactions: [{ amount: 7, currency: 'USD' }] };
      orders.corrupt(String(target.id), { refunds: [bad, ...(target.refunds as Json[])] });
      const { out, records } = await collectMessages(
        createShopifyConnector(configFor(sandbox)).read('refunds'),
      );
      const quarantined = out.filter((m) => m.type === 'quarantine');
      expect(quarantined).toEqual([
        {
          type: 'quarantine',
          stream: 'refunds',
          field: 'transactions.0.amount',
          reason: expect.any(String),
          record: bad,
        },
      ]);
      expect(records.map((r) => String(r.id)).sort()).toEqual(
        refundIds(sandbox).filter((id) => id !== String(bad.id)),
      );
    } finally {
      await sandbox.close();
    }
  });

  test('property: a crash after any page, then a resume from the last state, yields every refund once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 8 }), fc.nat({ max: 500 }), async (crashAfter, seed) => {
        const sandbox = await startShopifySandbox({ records: 70, seed, callLimit: ROOMY });
        try {
          const connector = createShopifyConnector(configFor(sandbox));
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
              if (++states > crashAfter) break; // crash: what follows the state is lost
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

describe('Shopify connector', () => {
  test('discover describes the three streams; refunds describe the refund objects', async () => {
    const connector = createShopifyConnector({ shop: 'x', credentials: { type: 'bearer', token: 't' } });
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['orders', ['id'], ['updated_at'], 'shopify.orders'],
      ['refunds', ['id'], ['updated_at'], 'shopify.refunds'],
      ['customers', ['id'], ['updated_at'], 'shopify.customers'],
    ]);
    const refunds = streams[1]!;
    expect(refunds.fields.map((f) => f.name)).toContain('transactions');
    expect(refunds.fields.map((f) => f.name)).not.toContain('updated_at');
    expect(connector.info).toMatchObject({ id: 'shopify', category: 'ecommerce', authKind: 'bearer' });
  });

  test('check() names the shop; a bad token is an AUTH_FAILED that says what to fix, without the token', async () => {
    const sandbox = await startShopifySandbox({ records: 5, callLimit: ROOMY });
    try {
      expect(await createShopifyConnector(configFor(sandbox)).check()).toEqual({
        ok: true,
        message: 'Connected to Shopify shop "GrowthNav Pro Shop" (USD), API 2024-01.',
      });
      expect(sandbox.requests[0]).toMatchObject({ path: '/admin/api/2024-01/shop.json' });
      const secret = 'shpat_wrong_0123456789';
      const bad = createShopifyConnector(
        configFor(sandbox, { credentials: { type: 'api-key', key: secret } }),
      );
      const result = await bad.check();
      expect(result).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      expect(result.ok === false && result.message).toMatch(/Invalid API key or access token.*reconnect/);
      expect(JSON.stringify(result)).not.toContain(secret);
      expect(sandbox.requests.at(-1)!.headers['x-shopify-access-token']).toBe(secret);
    } finally {
      await sandbox.close();
    }
  });

  test('the leaky bucket: the call-limit header pauses the sync before Shopify has to say 429', async () => {
    const callLimit = { capacity: 6, leakPerSecond: 20 };
    const sandbox = await startShopifySandbox({ records: 60, callLimit });
    try {
      // Control: hammering the sandbox overflows its bucket.
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const res = await fetch(`${sandbox.url}/admin/api/2024-01/shop.json`, {
          headers: { 'x-shopify-access-token': TOKEN },
        });
        statuses.push(res.status);
        await res.arrayBuffer();
      }
      expect(statuses).toContain(429);
      await new Promise((r) => setTimeout(r, 400)); // let it drain
      const retries: RetryEvent[] = [];
      const connector = createShopifyConnector(
        configFor(sandbox, { pageSize: 5, leakPerSecond: 20, onRetry: (e: RetryEvent) => retries.push(e) }),
      );
      const started = Date.now();
      const { records } = await collectMessages(connector.read('orders'));
      expect(records).toHaveLength(60);
      expect(retries).toEqual([]);
      expect(connector.client.stats.retries).toBe(0);
      // 12 pages through a 6-call bucket leaking 20/s cannot all go at once: the signal waited.
      expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    } finally {
      await sandbox.close();
    }
  });

  test('a throttled 429 is retried after Retry-After; retry events and errors never carry the token', async () => {
    const sandbox = await startShopifySandbox({ records: 25, callLimit: ROOMY });
    try {
      sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfter: 0 }, path: ORDERS_PATH, times: 2 });
      const events: RetryEvent[] = [];
      const connector = createShopifyConnector(
        configFor(sandbox, { onRetry: (e: RetryEvent) => events.push(e) }),
      );
      const { records } = await collectMessages(connector.read('orders'));
      expect(records).toHaveLength(25);
      expect(events.map((e) => [e.code, e.status])).toEqual([
        ['RATE_LIMITED', 429],
        ['RATE_LIMITED', 429],
      ]);
      expect(JSON.stringify(events)).not.toContain(TOKEN);
      // Exhausted retries: the error names the limit and holds no secret.
      sandbox.faults.add({ fault: { kind: 'rate-limit', retryAfter: 0 }, path: ORDERS_PATH, times: 5 });
      const error = await collectMessages(
        createShopifyConnector(configFor(sandbox, { retry: { maxAttempts: 2, baseDelayMs: 1 } })).read(
          'orders',
        ),
      ).catch((e: unknown) => e);
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect((error as ApiCallError).message).toMatch(/Exceeded 2 calls per second/);
      for (const text of [inspect(error, { depth: 10 }), JSON.stringify(error)])
        expect(text).not.toContain(TOKEN);
    } finally {
      await sandbox.close();
    }
  });

  test('startTime bounds a first sync; apiVersion and shop shape the request', async () => {
    const sandbox = await startShopifySandbox({ records: 40, callLimit: ROOMY });
    try {
      const startTime = '2024-06-01T00:00:00-05:00';
      const connector = createShopifyConnector(configFor(sandbox, { startTime, apiVersion: '2024-04' }));
      const { records } = await collectMessages(connector.read('orders'));
      const expected = sandbox
        .store('orders')
        .all()
        .filter((o) => Date.parse(o.updated_at as string) >= Date.parse(startTime));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(40);
      expect(records.map((r) => r.id).sort()).toEqual(expected.map((o) => o.id).sort());
      expect(sandbox.requests[0]).toMatchObject({
        path: '/admin/api/2024-04/orders.json',
        query: { updated_at_min: startTime },
      });
    } finally {
      await sandbox.close();
    }
  });

  test('normalize turns sandbox orders, refunds and customers into valid conversions', async () => {
    const sandbox = await startShopifySandbox({ records: 80, callLimit: ROOMY });
    try {
      const connector = createShopifyConnector(configFor(sandbox, { pageSize: 50 }));
      for (const stream of ['orders', 'refunds', 'customers'] as const) {
        const { records } = await collectMessages(connector.read(stream));
        const result = connector.normalize(stream, records, { customerId: 'pro-shop', validate: true });
        expect(result.quarantined).toEqual([]);
        expect(result.conversions).toHaveLength(records.length);
        for (const c of result.conversions) expect(c.customerId).toBe('pro-shop');
      }
      const { records: orders } = await collectMessages(connector.read('orders'));
      const order = orders.find((o) => (o.refunds as Json[]).length > 0)!;
      const conversion = connector
        .normalize('orders', [order], { customerId: 'pro-shop' })
        .conversions.find((c) => c.sourceRecordId === String(order.id))!;
      expect(conversion.value).toBeCloseTo(Number(order.total_price), 10);
      expect(conversion.currency).toBe(order.currency);
      const refund = (order.refunds as Json[])[0]!;
      const [refundConversion] = connector.normalize('refunds', [refund], {
        customerId: 'pro-shop',
      }).conversions;
      expect(refundConversion?.transactionId).toBe(String(order.id));
      expect(refundConversion?.value).toBeCloseTo(-Number((refund.transactions as Json[])[0]!.amount), 10);
    } finally {
      await sandbox.close();
    }
  });

  test('state from another stream is refused with a fix-it message', async () => {
    const sandbox = await startShopifySandbox({ records: 5, callLimit: ROOMY });
    try {
      const connector = createShopifyConnector(configFor(sandbox));
      const { last } = await collectMessages(connector.read('customers'));
      expect((last as StreamState).stream).toBe('customers');
      await expect(collectMessages(connector.read('orders', { state: last }))).rejects.toThrow(
        /Keep one state per stream/,
      );
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field and never echo secrets', () => {
    const bad = () =>
      createShopifyConnector({
        shop: 'https://golf-pro.myshopify.com',
        credentials: { type: 'basic', username: 'u', password: 'hunter2-password' },
        pageSize: 500,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      expect((error as ConnectorError).code).toBe('INVALID_CONFIG');
      expect((error as Error).message).toMatch(/shop: must be the shop name/);
      expect((error as Error).message).toMatch(/credentials.type must be one of: bearer, api-key/);
      expect((error as Error).message).toMatch(/pageSize/);
      expect((error as Error).message).not.toContain('hunter2-password');
    }
  });
});

import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import { ApiCallError, ConnectorError } from '../shared/errors.js';
import type { RetryEvent } from '../shared/http-client.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { bigCommerceInfo, createBigCommerceConnector } from './bigcommerce-connector.js';
import {
  bigCommerceTimeCursor,
  formatIsoSeconds,
  formatRfc2822,
  parseBigCommerceTime,
} from './bigcommerce-date-cursor.js';
import type { BigCommerceConfigInput } from './bigcommerce-options.js';
import { startBigCommerceSandbox } from './bigcommerce-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const TOKEN = 'bc_sandbox_token';
const ORDERS = '/stores/abc123/v2/orders';
const CUSTOMERS = '/stores/abc123/v3/customers';
const FAST_RETRY = { retry: { baseDelayMs: 1, maxDelayMs: 5 } };
// A quota the conformance runs never use up; the window quota has its own test below.
const ROOMY = { requests: 100_000, windowMs: 30_000 };

const configFor = (sandbox: VendorSandbox, extra: Json = {}): BigCommerceConfigInput =>
  ({
    baseUrl: sandbox.url,
    storeHash: 'abc123',
    credentials: sandbox.credentials,
    pageSize: PAGE,
    ...FAST_RETRY,
    ...extra,
  }) as BigCommerceConfigInput;

const modified = (r: Json) => parseBigCommerceTime(r.date_modified) as number;

/**
 * The queries a seek sync must send, replayed from the sandbox data: each
 * page is a fresh inclusive `min` query from the newest time read so far,
 * sorted by date_modified; the page number only grows when a whole page
 * shares one time.
 */
function seekRequests(options: {
  path: string;
  stream: 'orders' | 'customers';
  minParam: string;
  format: (ms: number) => string;
  fixed: Json;
}) {
  return (full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) => {
    for (const r of [...full, ...incremental]) {
      expect(r).toMatchObject({ method: 'GET', path: options.path, body: undefined });
      expect(r.headers['x-auth-token']).toBe(TOKEN);
      expect(r.headers.authorization).toBeUndefined();
      expect(r.headers.accept).toBe('application/json');
    }
    const rows = sandbox
      .store(options.stream)
      .all()
      .sort((a, b) => modified(a) - modified(b) || Number(a.id) - Number(b.id));
    let from: number | null = null;
    let page = 1;
    for (const request of full) {
      const { [options.minParam]: min, ...rest } = request.query;
      expect(rest).toEqual({ ...options.fixed, page: String(page), limit: String(PAGE) });
      expect(min).toBe(from === null ? undefined : options.format(from));
      const answered = rows
        .filter((r) => from === null || modified(r) >= from)
        .slice((page - 1) * PAGE, page * PAGE);
      const newest = Math.max(...answered.map(modified));
      if (from !== null && newest <= from) page++;
      else {
        from = newest;
        page = 1;
      }
    }
    expect(full.length).toBeGreaterThanOrEqual(Math.ceil(rows.length / PAGE));
    expect(incremental[0]!.query).toEqual({
      ...options.fixed,
      page: '1',
      limit: String(PAGE),
      [options.minParam]: options.format(Math.max(...rows.map(modified)) - TWO_MINUTES),
    });
  };
}

describeConnectorConformance({
  connector: 'bigcommerce',
  stream: 'orders',
  path: ORDERS,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startBigCommerceSandbox({ records: { orders: records, customers: 5 }, seed, quota: ROOMY }),
  config: configFor,
  fields: { key: 'id', cursor: 'date_modified' },
  // V2 orders write RFC 2822 times; a late order is written the same way.
  cursor: bigCommerceTimeCursor,
  version: (r) => String(r.date_modified),
  corrupt: { patch: { total_inc_tax: 66 }, field: 'total_inc_tax' },
  assertRequests: seekRequests({
    path: ORDERS,
    stream: 'orders',
    minParam: 'min_date_modified',
    format: formatRfc2822,
    fixed: { sort: 'date_modified:asc' },
  }),
});

describeConnectorConformance({
  connector: 'bigcommerce',
  stream: 'customers',
  path: CUSTOMERS,
  pageSize: PAGE,
  startSandbox: ({ records, seed }) =>
    startBigCommerceSandbox({ records: { orders: 5, customers: records }, seed, quota: ROOMY }),
  config: configFor,
  fields: { key: 'id', cursor: 'date_modified' },
  version: (r) => String(r.date_modified),
  corrupt: { patch: { email: 42 }, field: 'email' },
  assertRequests: seekRequests({
    path: CUSTOMERS,
    stream: 'customers',
    minParam: 'date_modified:min',
    format: formatIsoSeconds,
    fixed: { sort: 'date_modified:asc', include: 'addresses' },
  }),
});

describeConformanceCoverage(bigCommerceInfo);

describe('BigCommerce connector', () => {
  test('discover describes orders and customers with their systems', async () => {
    const connector = createBigCommerceConnector({
      storeHash: 'abc123',
      credentials: { type: 'api-key', key: 'k' },
    });
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['orders', ['id'], ['date_modified'], 'bigcommerce.orders'],
      ['customers', ['id'], ['date_modified'], 'bigcommerce.customers'],
    ]);
    expect(connector.info).toMatchObject({ id: 'bigcommerce', category: 'ecommerce', authKind: 'api-key' });
  });

  test('check() names the store; a bad token is AUTH_FAILED with a fix and without the token', async () => {
    const sandbox = await startBigCommerceSandbox({ records: 5, quota: ROOMY });
    try {
      expect(await createBigCommerceConnector(configFor(sandbox, { clientId: 'client-1' })).check()).toEqual({
        ok: true,
        message: 'Connected to BigCommerce store "GrowthNav Pro Shop" (USD).',
      });
      expect(sandbox.requests[0]).toMatchObject({
        path: '/stores/abc123/v2/store',
        headers: { 'x-auth-token': TOKEN, 'x-auth-client': 'client-1' },
      });
      const secret = 'bc_wrong_0123456789';
      const bad = createBigCommerceConnector(
        configFor(sandbox, { credentials: { type: 'api-key', key: secret } }),
      );
      const result = await bad.check();
      expect(result).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      expect(result.ok === false && result.message).toMatch(/reconnect the BigCommerce account/);
      expect(JSON.stringify(result)).not.toContain(secret);
      const wrongStore = createBigCommerceConnector(configFor(sandbox, { storeHash: 'zzz999' }));
      expect(await wrongStore.check()).toMatchObject({ ok: false, code: 'NOT_FOUND', message: /zzz999/ });
    } finally {
      await sandbox.close();
    }
  });

  test('the window quota: the connection waits for the reset when the quota runs out, instead of a 429 storm', async () => {
    const sandbox = await startBigCommerceSandbox({ records: 60, quota: { requests: 5, windowMs: 400 } });
    try {
      const retries: RetryEvent[] = [];
      const connector = createBigCommerceConnector(
        configFor(sandbox, { onRetry: (e: RetryEvent) => retries.push(e) }),
      );
      const started = Date.now();
      const { records } = await collectMessages(connector.read('orders'));
      expect(records).toHaveLength(60);
      // Seven pages through a 5-request window: the signal paused at least once for the reset.
      expect(Date.now() - started).toBeGreaterThanOrEqual(300);
      expect(retries.filter((e) => e.status === 429)).toEqual([]);
    } finally {
      await sandbox.close();
    }
  });

  test('a 429 from the quota waits X-Rate-Limit-Time-Reset-Ms, then succeeds', async () => {
    const sandbox = await startBigCommerceSandbox({ records: 15, quota: { requests: 1, windowMs: 300 } });
    try {
      // Use the window up from outside, as another app of the store would.
      await fetch(`${sandbox.url}${ORDERS}`, { headers: { 'x-auth-token': TOKEN } });
      const retries: RetryEvent[] = [];
      const connector = createBigCommerceConnector(
        configFor(sandbox, { pageSize: 50, onRetry: (e: RetryEvent) => retries.push(e) }),
      );
      const { records } = await collectMessages(connector.read('orders'));
      expect(records).toHaveLength(15);
      expect(retries[0]).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(retries[0]!.delayMs).toBeGreaterThan(100);
      expect(retries[0]!.delayMs).toBeLessThanOrEqual(300);
      expect(JSON.stringify(retries)).not.toContain(TOKEN);
    } finally {
      await sandbox.close();
    }
  });

  test('an empty result is 204 No Content: the run ends with a state and no records', async () => {
    const sandbox = await startBigCommerceSandbox({ records: 20, quota: ROOMY });
    try {
      const connector = createBigCommerceConnector(configFor(sandbox, { startTime: '2030-01-01T00:00:00Z' }));
      const { records, out } = await collectMessages(connector.read('orders'));
      expect(records).toEqual([]);
      expect(out.map((m) => m.type)).toEqual(['state']);
      expect(sandbox.requests[0]!.query.min_date_modified).toBe('Tue, 01 Jan 2030 00:00:00 +0000');
    } finally {
      await sandbox.close();
    }
  });

  test('normalize turns sandbox orders and customers into valid conversions', async () => {
    const sandbox = await startBigCommerceSandbox({ records: 60, quota: ROOMY });
    try {
      const connector = createBigCommerceConnector(configFor(sandbox, { pageSize: 100 }));
      for (const stream of ['orders', 'customers'] as const) {
        const { records } = await collectMessages(connector.read(stream));
        const result = connector.normalize(stream, records, { customerId: 'pro-shop', validate: true });
        expect(result.quarantined).toEqual([]);
        expect(result.conversions).toHaveLength(records.length);
      }
      const { records } = await collectMessages(connector.read('orders'));
      const order = records[0]!;
      const [conversion] = connector.normalize('orders', [order], { customerId: 'pro-shop' }).conversions;
      expect(conversion?.value).toBeCloseTo(Number(order.total_inc_tax), 10);
      expect(conversion?.timestamp).toBe(
        new Date(parseBigCommerceTime(order.date_created) as number).toISOString(),
      );
    } finally {
      await sandbox.close();
    }
  });

  test('errors carry neither the token nor the client id header value', async () => {
    const sandbox = await startBigCommerceSandbox({ records: 12, quota: ROOMY });
    try {
      sandbox.faults.add({
        fault: { kind: 'server-error', status: 503 },
        path: ORDERS,
        times: Number.POSITIVE_INFINITY,
      });
      const error = await collectMessages(
        createBigCommerceConnector(configFor(sandbox, { retry: { maxAttempts: 2, baseDelayMs: 1 } })).read(
          'orders',
        ),
      ).catch((e: unknown) => e);
      expect(ApiCallError.isInstance(error)).toBe(true);
      expect((error as ApiCallError).code).toBe('SERVER_ERROR');
      for (const text of [(error as Error).message, inspect(error, { depth: 10 }), JSON.stringify(error)]) {
        expect(text).not.toContain(TOKEN);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field and never echo secrets', () => {
    const bad = () =>
      createBigCommerceConnector({
        storeHash: 'stores/abc123',
        credentials: { type: 'basic', username: 'u', password: 'hunter2-password' },
        pageSize: 251,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      expect((error as ConnectorError).code).toBe('INVALID_CONFIG');
      expect((error as Error).message).toMatch(/storeHash: must be the store hash/);
      expect((error as Error).message).toMatch(/credentials.type must be one of: api-key, bearer/);
      expect((error as Error).message).toMatch(/pageSize/);
      expect((error as Error).message).not.toContain('hunter2-password');
    }
  });
});

describe('BigCommerce times', () => {
  test.each([
    ['Mon, 23 Sep 2024 14:21:24 +0000', '2024-09-23T14:21:24.000Z'],
    ['Tue, 01 Oct 2024 09:00:00 +1000', '2024-09-30T23:00:00.000Z'],
    ['Wed, 02 Oct 2024 18:30:00 -0500', '2024-10-02T23:30:00.000Z'],
    ['2024-09-01T12:00:00Z', '2024-09-01T12:00:00.000Z'],
  ])('%s is %s', (text, iso) => {
    expect(new Date(parseBigCommerceTime(text) as number).toISOString()).toBe(iso);
  });

  test.each([
    'Mon, 31 Sep 2024 10:00:00 +0000',
    'yesterday',
    '2024-09-01 12:00',
    'Mon, 23 Foo 2024 14:21:24 +0000',
  ])('%s is not a time', (text) => {
    expect(parseBigCommerceTime(text)).toBeNull();
  });

  test('formatRfc2822 round-trips through the parser', () => {
    const ms = Date.UTC(2017, 3, 20, 15, 32, 0);
    expect(formatRfc2822(ms)).toBe('Thu, 20 Apr 2017 15:32:00 +0000');
    expect(parseBigCommerceTime(formatRfc2822(ms))).toBe(ms);
  });
});

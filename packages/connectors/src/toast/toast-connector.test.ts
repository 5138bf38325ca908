import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { ConnectorMessage } from '../protocol.js';
import { ConnectorError } from '../shared/errors.js';
import type { StreamState } from '../shared/incremental-state.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { createToastConnector, toastInfo } from './toast-connector.js';
import { startToastSandbox, type ToastSandbox } from './toast-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const TOKEN = 'toast-sandbox-token';
// Toast's oldest accepted startDate is "after 2015-12-01T00:00:00.000+0000".
const OLDEST = Date.UTC(2015, 11, 1) + 1;

const configFor = (sandbox: VendorSandbox, extra: Json = {}): Json => ({
  baseUrl: sandbox.url,
  credentials: sandbox.credentials,
  restaurantGuids: (sandbox as ToastSandbox).restaurantGuids,
  pageSize: PAGE,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  ...extra,
});

// Resume tests look at what was delivered before a failure.
const collect = (messages: AsyncIterable<ConnectorMessage>) =>
  collectMessages(messages, { catchError: true });

const toastTimeOf = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');
const modified = (r: Json) => Date.parse(r.modifiedDate as string);

/**
 * The startDate of every query a seek sync sends for one restaurant, worked out from the
 * sandbox's data alone: each page starts at the newest modifiedDate of the page before.
 */
function expectedStarts(orders: Json[], from: number, pageSize: number): string[] {
  const sorted = [...orders].sort(
    (a, b) => modified(a) - modified(b) || String(a.guid).localeCompare(String(b.guid)),
  );
  const starts: string[] = [];
  let at = from;
  for (;;) {
    starts.push(toastTimeOf(at));
    const page = sorted.filter((r) => modified(r) >= at).slice(0, pageSize);
    if (page.length < pageSize) return starts;
    at = Math.max(...page.map(modified));
  }
}

const forRestaurant = (requests: SandboxRequest[], restaurant: string) =>
  requests.filter((r) => r.headers['toast-restaurant-external-id'] === restaurant);

describeConnectorConformance({
  connector: 'toast',
  stream: 'orders',
  path: '/orders/v2/ordersBulk',
  pageSize: PAGE,
  startSandbox: ({ records, seed }) => startToastSandbox({ records, seed }),
  config: configFor,
  fields: { key: 'guid', cursor: 'modifiedDate' },
  key: (r) => String(r.guid),
  version: (r) => String(r.modifiedDate),
  corrupt: { patch: { checks: [{ guid: 'c-bad', totalAmount: '23.33' }] }, field: 'checks.0.totalAmount' },
  assertRequests(full, incremental, sandbox) {
    const toast = sandbox as ToastSandbox;
    for (const r of [...full, ...incremental]) {
      expect(r.method).toBe('GET');
      expect(r.path).toBe('/orders/v2/ordersBulk');
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.headers.accept).toBe('application/json');
      expect(toast.restaurantGuids).toContain(r.headers['toast-restaurant-external-id']);
      expect(r.body).toBeUndefined();
      // Page 1 every time (no whole page shares one modifiedDate here): Link's page=n is not followed.
      expect(r.query).toMatchObject({ page: '1', pageSize: String(PAGE) });
      expect(Object.keys(r.query).sort()).toEqual(['endDate', 'page', 'pageSize', 'startDate']);
      // endDate (exclusive) is an hour past the request, so clock skew cannot cut off a fresh change.
      expect(Date.parse(r.query.endDate as string)).toBeGreaterThanOrEqual(r.at + 3_590_000);
      expect(Date.parse(r.query.endDate as string)).toBeLessThanOrEqual(r.at + 3_610_000);
    }
    // Restaurants are read one after the other, in a stable (sorted) order.
    const order = full.map((r) => r.headers['toast-restaurant-external-id']);
    expect(order).toEqual([...order].sort());
    const all = sandbox.store('orders').all();
    for (const restaurant of toast.restaurantGuids) {
      const mine = all.filter((o) => toast.restaurantOf(String(o.guid)) === restaurant);
      // First sync: from Toast's oldest start, then each page from the newest modifiedDate read.
      const starts = forRestaurant(full, restaurant).map((r) => r.query.startDate);
      expect(starts).toEqual(expectedStarts(mine, OLDEST, PAGE));
      // The incremental run starts the overlap (two minutes) below the newest modifiedDate.
      const next = forRestaurant(incremental, restaurant)[0]!;
      expect(next.query.startDate).toBe(toastTimeOf(Math.max(...mine.map(modified)) - TWO_MINUTES));
    }
  },
});

describeConformanceCoverage(toastInfo);

describe('Toast connector', () => {
  test('info, spec and discover describe the orders stream and its system', async () => {
    const connector = createToastConnector({
      credentials: { type: 'bearer', token: 't' },
      restaurantGuids: ['r1'],
    });
    expect(connector.info).toMatchObject({ id: 'toast', category: 'pos', streams: ['orders'] });
    expect(connector.spec.safeParse({ credentials: { type: 'bearer', token: 't' } }).success).toBe(false);
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['orders', ['guid'], ['modifiedDate'], 'toast.orders'],
    ]);
    expect(streams[0]!.fields).toContainEqual({ name: 'guid', type: 'string', nullable: false });
    expect(streams[0]!.fields).toContainEqual({ name: 'checks', type: 'array', nullable: true });
  });

  test('check() probes each restaurant with a one-order page, and names a restaurant it cannot see', async () => {
    const sandbox = await startToastSandbox({ records: 5, restaurants: 3 });
    try {
      expect(await createToastConnector(configFor(sandbox) as never).check()).toEqual({
        ok: true,
        message: 'Connected to Toast (3 restaurants).',
      });
      expect(sandbox.requests).toHaveLength(3);
      for (const r of sandbox.requests) {
        expect(r.query).toMatchObject({ pageSize: '1', page: '1' });
        expect(Date.parse(r.query.endDate as string) - Date.parse(r.query.startDate as string)).toBe(
          3_600_000,
        );
      }
      const wrong = createToastConnector(
        configFor(sandbox, { restaurantGuids: [sandbox.restaurantGuids[0], 'not-my-restaurant'] }) as never,
      );
      expect(await wrong.check()).toMatchObject({
        ok: false,
        code: 'INVALID_CONFIG',
        message: expect.stringMatching(/not-my-restaurant.*restaurantGuids/),
      });
    } finally {
      await sandbox.close();
    }
  });

  test('normalize turns the orders the sandbox serves into valid toast.orders conversions', async () => {
    const sandbox = await startToastSandbox({ records: 60, seed: 3 });
    try {
      const connector = createToastConnector(configFor(sandbox, { pageSize: 100 }) as never);
      const { records, error } = await collect(connector.read('orders'));
      expect(error).toBeNull();
      expect(records).toHaveLength(60);
      const result = connector.normalize('orders', records, { customerId: 'bistro', validate: true });
      expect(result.quarantined).toEqual([]);
      expect(result.conversions).toHaveLength(60);
      const byId = new Map(records.map((r) => [r.guid, r]));
      for (const c of result.conversions) {
        const raw = byId.get(c.sourceRecordId) as { checks: { totalAmount: number }[]; voided: boolean };
        expect(c).toMatchObject({ sourceSystem: 'toast.orders', currency: 'USD', customerId: 'bistro' });
        expect(c.value).toBeCloseTo(
          raw.checks.reduce((s, k) => s + k.totalAmount, 0),
          6,
        );
        if (raw.voided) expect(c.status.unified).toBe('voided');
      }
      const cad = createToastConnector(configFor(sandbox, { currency: 'CAD' }) as never);
      expect(
        cad.normalize('orders', records.slice(0, 2), { customerId: 'bistro' }).conversions[0]?.currency,
      ).toBe('CAD');
    } finally {
      await sandbox.close();
    }
  });

  test('a page of orders sharing one modifiedDate advances by page number, and nothing is lost', async () => {
    const sandbox = await startToastSandbox({ records: 12, restaurants: 1, seed: 4 });
    try {
      const store = sandbox.store('orders');
      const template = store.all()[0]!;
      const stamp = '2024-03-01T12:00:00.000-0500';
      for (let i = 0; i < 25; i++) store.insert({ ...template, guid: `tie-${i}`, modifiedDate: stamp });
      const connector = createToastConnector(configFor(sandbox) as never);
      const { records, error } = await collect(connector.read('orders'));
      expect(error).toBeNull();
      expect(records.map((r) => r.guid).sort()).toEqual(store.ids().sort());
      const atTie = sandbox.requests.filter((r) => r.query.startDate === toastTimeOf(Date.parse(stamp)));
      expect(atTie.map((r) => r.query.page)).toEqual(['1', '2', '3']);
    } finally {
      await sandbox.close();
    }
  });

  test('pages that are not sorted by modifiedDate stop the sync before their state is committed', async () => {
    const sandbox = await startToastSandbox({ records: 30, restaurants: 1, unsorted: true });
    try {
      const { out, error } = await collect(createToastConnector(configFor(sandbox) as never).read('orders'));
      expect(ConnectorError.isInstance(error)).toBe(true);
      expect((error as ConnectorError).code).toBe('MALFORMED_RESPONSE');
      expect((error as Error).message).toMatch(/not sorted by modifiedDate/);
      expect(out.some((m) => m.type === 'state')).toBe(false);
    } finally {
      await sandbox.close();
    }
  });

  test('each restaurant keeps its own mark in the state', async () => {
    const sandbox = await startToastSandbox({ records: 30, restaurants: 2, seed: 5 });
    try {
      const { last } = await collect(createToastConnector(configFor(sandbox) as never).read('orders'));
      const partitions = (last as StreamState).partitions;
      expect(Object.keys(partitions).sort()).toEqual([...sandbox.restaurantGuids].sort());
      for (const restaurant of sandbox.restaurantGuids) {
        const newest = sandbox
          .store('orders')
          .all()
          .filter((o) => sandbox.restaurantOf(String(o.guid)) === restaurant)
          .reduce((a, b) => (modified(b) > modified(a) ? b : a));
        expect(partitions[restaurant]!.hwm).toBe(newest.modifiedDate);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('retries are reported without the token, and config errors never echo it', async () => {
    const sandbox = await startToastSandbox({ records: 15, restaurants: 1 });
    try {
      sandbox.faults.add({ fault: { kind: 'rate-limit' }, path: '/orders/v2/ordersBulk', times: 2 });
      const events: unknown[] = [];
      const connector = createToastConnector(
        configFor(sandbox, { onRetry: (e: unknown) => events.push(e) }) as never,
      );
      const { records, error } = await collect(connector.read('orders'));
      expect(error).toBeNull();
      expect(records).toHaveLength(15);
      expect(events).toHaveLength(2);
      expect(events[0]).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
      expect(inspect(events, { depth: 5 })).not.toContain(TOKEN);
    } finally {
      await sandbox.close();
    }
    const bad = () =>
      createToastConnector({
        credentials: { type: 'basic', username: 'u', password: 'hunter2-password' },
        restaurantGuids: [],
        pageSize: 500,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      const message = (error as Error).message;
      expect((error as ConnectorError).code).toBe('INVALID_CONFIG');
      expect(message).toMatch(/credentials.type must be one of: bearer/);
      expect(message).toMatch(/restaurantGuids/);
      expect(message).toMatch(/pageSize/);
      expect(message).not.toContain('hunter2-password');
    }
  });
});

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
import { cloverInfo, createCloverConnector } from './clover-connector.js';
import { CLOVER_SANDBOX_MERCHANT_ID, type CloverSandbox, startCloverSandbox } from './clover-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const TWO_MINUTES = 120_000;
const TOKEN = 'clover-sandbox-token';

const configFor = (sandbox: VendorSandbox, extra: Json = {}): Json => ({
  baseUrl: sandbox.url,
  credentials: sandbox.credentials,
  merchantId: (sandbox as CloverSandbox).merchantId,
  pageSize: PAGE,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  ...extra,
});

// Resume tests look at what was delivered before a failure.
const collect = (messages: AsyncIterable<ConnectorMessage>) =>
  collectMessages(messages, { catchError: true });

const modified = (r: Json) => r.modifiedTime as number;

/** The lower bound of every query a seek sync sends, from the sandbox's data alone. */
function expectedBounds(records: Json[], from: number, pageSize: number): string[] {
  const sorted = [...records].sort(
    (a, b) => modified(a) - modified(b) || String(a.id).localeCompare(String(b.id)),
  );
  const bounds: string[] = [];
  let at = from;
  for (;;) {
    bounds.push(`modifiedTime>=${at}`);
    const page = sorted.filter((r) => modified(r) >= at).slice(0, pageSize);
    if (page.length < pageSize) return bounds;
    at = Math.max(...page.map(modified));
  }
}

const STREAMS = [
  {
    stream: 'orders',
    expand: 'lineItems,customers,refunds',
    corrupt: { patch: { total: '13.58' }, field: 'total' },
  },
  { stream: 'payments', expand: 'tender,refunds', corrupt: { patch: { amount: 12.5 }, field: 'amount' } },
  {
    stream: 'customers',
    expand: 'emailAddresses,phoneNumbers,addresses',
    corrupt: { patch: { marketingAllowed: 'yes' }, field: 'marketingAllowed' },
  },
] as const;

for (const { stream, expand, corrupt } of STREAMS) {
  describeConnectorConformance({
    connector: 'clover',
    stream,
    path: `/v3/merchants/${CLOVER_SANDBOX_MERCHANT_ID}/${stream}`,
    pageSize: PAGE,
    startSandbox: ({ records, seed }) => startCloverSandbox({ records: { [stream]: records }, seed }),
    config: configFor,
    fields: { key: 'id', cursor: 'modifiedTime' },
    version: (r) => String(r.modifiedTime),
    corrupt,
    assertRequests(full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) {
      const path = `/v3/merchants/${(sandbox as CloverSandbox).merchantId}/${stream}`;
      for (const r of [...full, ...incremental]) {
        expect(r).toMatchObject({ method: 'GET', path, body: undefined });
        expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
        expect(r.headers.accept).toBe('application/json');
        // Seek: a fresh query every page, offset 0 (no whole page shares one modifiedTime here).
        expect(r.query).toEqual({
          filter: expect.stringMatching(/^modifiedTime>=\d+$/),
          orderBy: 'modifiedTime ASC',
          expand,
          offset: '0',
          limit: String(PAGE),
        });
      }
      const all = sandbox.store(stream).all();
      expect(full.map((r) => r.query.filter)).toEqual(expectedBounds(all, 0, PAGE));
      const newest = Math.max(...all.map(modified));
      expect(incremental[0]!.query.filter).toBe(`modifiedTime>=${newest - TWO_MINUTES}`);
    },
  });
}

describeConformanceCoverage(cloverInfo);

describe('Clover connector', () => {
  test('info and discover describe the three streams and their systems', async () => {
    const connector = createCloverConnector({
      credentials: { type: 'bearer', token: 't' },
      merchantId: 'M1',
    });
    expect(connector.info).toMatchObject({ id: 'clover', category: 'pos', authKind: 'bearer' });
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['orders', ['id'], ['modifiedTime'], 'clover.orders'],
      ['payments', ['id'], ['modifiedTime'], 'clover.payments'],
      ['customers', ['id'], ['modifiedTime'], 'clover.customers'],
    ]);
    expect(streams[0]!.fields).toContainEqual({ name: 'modifiedTime', type: 'integer', nullable: false });
  });

  test('check() names the merchant, and a merchant the token cannot reach is a config error', async () => {
    const sandbox = await startCloverSandbox({ records: 5 });
    try {
      expect(await createCloverConnector(configFor(sandbox) as never).check()).toEqual({
        ok: true,
        message: `Connected to Clover merchant Sandbox Cafe (${sandbox.merchantId}).`,
      });
      expect(sandbox.requests.map((r) => r.path)).toEqual([`/v3/merchants/${sandbox.merchantId}`]);
      const wrong = createCloverConnector(configFor(sandbox, { merchantId: 'OTHERMERCHANT' }) as never);
      expect(await wrong.check()).toMatchObject({
        ok: false,
        code: 'INVALID_CONFIG',
        message: expect.stringMatching(/OTHERMERCHANT.*merchantId/),
      });
      const bad = createCloverConnector(
        configFor(sandbox, { credentials: { type: 'bearer', token: 'expired-token-123' } }) as never,
      );
      const result = await bad.check();
      expect(result).toMatchObject({ ok: false, code: 'AUTH_FAILED' });
      expect(JSON.stringify(result)).not.toContain('expired-token-123');
    } finally {
      await sandbox.close();
    }
  });

  test('normalize turns every stream the sandbox serves into valid conversions', async () => {
    const sandbox = await startCloverSandbox({
      records: { orders: 40, payments: 40, customers: 20 },
      seed: 3,
    });
    try {
      const connector = createCloverConnector(configFor(sandbox, { pageSize: 1000 }) as never);
      for (const stream of ['orders', 'payments', 'customers']) {
        const { records, error } = await collect(connector.read(stream));
        expect(error).toBeNull();
        expect(records.length).toBe(sandbox.store(stream).size);
        const result = connector.normalize(stream, records, { customerId: 'cafe', validate: true });
        const cash = records.filter((r) => stream === 'payments' && r.cardTransaction === undefined);
        // Cash payments carry no currency: quarantined with the fix, unless the config names one.
        expect(result.quarantined.map((q) => q.record)).toEqual(cash);
        expect(result.conversions).toHaveLength(records.length - cash.length);
        for (const c of result.conversions) expect(c.sourceSystem).toBe(`clover.${stream}`);
      }
      const { records: payments } = await collect(connector.read('payments'));
      expect(payments.length).toBeGreaterThan(0);
      const withCurrency = createCloverConnector(configFor(sandbox, { currency: 'USD' }) as never);
      const all = withCurrency.normalize('payments', payments, { customerId: 'cafe', validate: true });
      expect(all.quarantined).toEqual([]);
      const byId = new Map(payments.map((p) => [p.id, p]));
      for (const c of all.conversions) {
        const raw = byId.get(c.sourceRecordId) as { amount: number; order: { id: string } };
        expect(c.value).toBeCloseTo(raw.amount / 100, 6);
        expect(c.transactionId).toBe(raw.order.id);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('the expansions the mappings read arrive: line items, customers, tender labels, emails', async () => {
    const sandbox = await startCloverSandbox({
      records: { orders: 30, payments: 30, customers: 30 },
      seed: 6,
    });
    try {
      const connector = createCloverConnector(configFor(sandbox, { pageSize: 100 }) as never);
      const orders = (await collect(connector.read('orders'))).records;
      expect(orders.every((o) => Array.isArray((o.lineItems as Json).elements))).toBe(true);
      expect(orders.some((o) => ((o.customers as Json).elements as unknown[]).length > 0)).toBe(true);
      const payments = (await collect(connector.read('payments'))).records;
      expect(payments.every((p) => typeof (p.tender as Json).label === 'string')).toBe(true);
      const customers = (await collect(connector.read('customers'))).records;
      expect(customers.some((c) => ((c.emailAddresses as Json).elements as unknown[]).length > 0)).toBe(true);
    } finally {
      await sandbox.close();
    }
  });

  test('a full page of one modifiedTime advances the offset, and nothing is lost', async () => {
    const sandbox = await startCloverSandbox({ records: 12, seed: 4 });
    try {
      const store = sandbox.store('orders');
      const template = store.all()[0]!;
      for (let i = 0; i < 25; i++)
        store.insert({
          ...template,
          id: `TIE${String(i).padStart(10, '0')}`,
          modifiedTime: 1_700_000_000_000,
        });
      const { records, error } = await collect(
        createCloverConnector(configFor(sandbox) as never).read('orders'),
      );
      expect(error).toBeNull();
      expect(records.map((r) => r.id).sort()).toEqual(store.ids().sort());
      const atTie = sandbox.requests.filter((r) => r.query.filter === 'modifiedTime>=1700000000000');
      expect(atTie.map((r) => r.query.offset)).toEqual(['0', '10', '20']);
    } finally {
      await sandbox.close();
    }
  });

  test('startTime bounds a first sync; the state is keyed by the merchant', async () => {
    const sandbox = await startCloverSandbox({ records: 40, seed: 8 });
    try {
      const startTime = '2024-06-01T00:00:00Z';
      const connector = createCloverConnector(configFor(sandbox, { startTime }) as never);
      const { records, last } = await collect(connector.read('orders'));
      const expected = sandbox
        .store('orders')
        .all()
        .filter((o) => modified(o) >= Date.parse(startTime));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.length).toBeLessThan(40);
      expect(records.map((r) => r.id).sort()).toEqual(expected.map((o) => o.id).sort());
      expect(sandbox.requests[0]!.query.filter).toBe(`modifiedTime>=${Date.parse(startTime)}`);
      expect(Object.keys((last as StreamState).partitions)).toEqual([sandbox.merchantId]);
    } finally {
      await sandbox.close();
    }
  });

  test('config errors name the field and never echo secrets', () => {
    const bad = () =>
      createCloverConnector({
        credentials: {
          type: 'oauth2',
          refreshToken: 'r-secret-value',
          clientId: 'c',
          clientSecret: 's-secret',
        },
        pageSize: 5000,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/credentials.type must be one of: bearer/);
      expect(message).toMatch(/merchantId/);
      expect(message).toMatch(/pageSize/);
      expect(message).not.toMatch(/r-secret-value|s-secret/);
    }
  });
});

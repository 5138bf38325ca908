import { inspect } from 'node:util';
import { describe, expect, test } from 'vitest';
import type { ConnectorMessage } from '../protocol.js';
import type { OAuthTokens } from '../shared/auth.js';
import { ConnectorError } from '../shared/errors.js';
import { collectMessages } from '../testing/collect-messages.js';
import {
  describeConformanceCoverage,
  describeConnectorConformance,
} from '../testing/conformance/connector-conformance.js';
import type { SandboxRequest } from '../testing/sandbox-server.js';
import type { VendorSandbox } from '../testing/vendor-sandbox.js';
import { createLightspeedConnector, lightspeedInfo } from './lightspeed-connector.js';
import { startLightspeedSandbox } from './lightspeed-sandbox.js';

type Json = Record<string, unknown>;
const PAGE = 10;
const OVERLAP = 100_000;
const TOKEN = 'ls-sandbox-token';

const configFor = (sandbox: VendorSandbox, extra: Json = {}): Json => ({
  baseUrl: sandbox.url,
  credentials: sandbox.credentials,
  pageSize: PAGE,
  retry: { baseDelayMs: 1, maxDelayMs: 5 },
  ...extra,
});

// Resume tests look at what was delivered before a failure.
const collect = (messages: AsyncIterable<ConnectorMessage>) =>
  collectMessages(messages, { catchError: true });

/** The `after` of every page of a full feed read, from the sandbox's versions alone. */
function expectedAfters(versions: number[], pageSize: number): string[] {
  const sorted = [...versions].sort((a, b) => a - b);
  const afters = ['0'];
  // Each page's version.max is the next after; the page after the last record comes back empty.
  for (let read = pageSize; ; read += pageSize) {
    afters.push(String(sorted[Math.min(read, sorted.length) - 1]));
    if (read >= sorted.length) return afters;
  }
}

const STREAMS = [
  { stream: 'sales', corrupt: { patch: { total_price: 'twenty' }, field: 'total_price' } },
  { stream: 'customers', corrupt: { patch: { email: 42 }, field: 'email' } },
] as const;

for (const { stream, corrupt } of STREAMS) {
  describeConnectorConformance({
    connector: 'lightspeed',
    stream,
    path: `/api/2.0/${stream}`,
    pageSize: PAGE,
    startSandbox: ({ records, seed }) => startLightspeedSandbox({ records: { [stream]: records }, seed }),
    config: configFor,
    fields: { key: 'id', cursor: 'version' },
    version: (r) => String(r.version),
    corrupt,
    assertRequests(full: SandboxRequest[], incremental: SandboxRequest[], sandbox: VendorSandbox) {
      for (const r of [...full, ...incremental]) {
        expect(r).toMatchObject({ method: 'GET', path: `/api/2.0/${stream}`, body: undefined });
        expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
        expect(r.headers.accept).toBe('application/json');
        expect(Object.keys(r.query).sort()).toEqual(['after', 'page_size']);
        expect(r.query.page_size).toBe(String(PAGE));
      }
      const versions = sandbox
        .store(stream)
        .all()
        .map((r) => r.version as number);
      // after=0, then each page's version.max, until a page comes back empty.
      expect(full.map((r) => r.query.after)).toEqual(expectedAfters(versions, PAGE));
      // The next run starts the version overlap below the newest version read (after is exclusive).
      expect(incremental[0]!.query.after).toBe(String(Math.max(...versions) - OVERLAP - 1));
    },
  });
}

describeConformanceCoverage(lightspeedInfo);

describe('Lightspeed X-Series connector', () => {
  test('info and discover describe the sales and customers feeds and their systems', async () => {
    const connector = createLightspeedConnector({
      credentials: { type: 'bearer', token: 't' },
      domainPrefix: 'mystore',
    });
    expect(connector.info).toMatchObject({ id: 'lightspeed', category: 'pos', authKind: 'oauth2' });
    expect(connector.client.baseUrl).toBe('https://mystore.retail.lightspeed.app');
    const { streams } = await connector.discover();
    expect(streams.map((s) => [s.name, s.primaryKey, s.cursorField, s.systemId])).toEqual([
      ['sales', ['id'], ['version'], 'lightspeed.sales'],
      ['customers', ['id'], ['version'], 'lightspeed.customers'],
    ]);
  });

  test('check() reads one sale; a bad token is an actionable AUTH_FAILED', async () => {
    const sandbox = await startLightspeedSandbox({ records: 5 });
    try {
      const ok = await createLightspeedConnector(configFor(sandbox) as never).check();
      expect(ok).toEqual({
        ok: true,
        message: `Connected to Lightspeed X-Series (${new URL(sandbox.url).host}).`,
      });
      expect(sandbox.requests[0]).toMatchObject({ path: '/api/2.0/sales', query: { page_size: '1' } });
      const bad = await createLightspeedConnector(
        configFor(sandbox, { credentials: { type: 'bearer', token: 'revoked-token-4242' } }) as never,
      ).check();
      expect(bad).toMatchObject({
        ok: false,
        code: 'AUTH_FAILED',
        message: expect.stringMatching(/reconnect/),
      });
      expect(JSON.stringify(bad)).not.toContain('revoked-token-4242');
    } finally {
      await sandbox.close();
    }
  });

  test('an expired OAuth token is refreshed once at /api/1.0/token and the new tokens handed over', async () => {
    const oauth = {
      clientId: 'client-1',
      clientSecret: 'client-secret-xyz',
      refreshToken: 'refresh-abc-123',
    };
    const sandbox = await startLightspeedSandbox({ records: 25, expiredTokens: ['old-access-token'], oauth });
    try {
      const tokens: OAuthTokens[] = [];
      const connector = createLightspeedConnector(
        configFor(sandbox, {
          credentials: { type: 'oauth2', accessToken: 'old-access-token', ...oauth },
          onTokens: (t: OAuthTokens) => tokens.push(t),
        }) as never,
      );
      const { records, error } = await collect(connector.read('sales'));
      expect(error).toBeNull();
      expect(records).toHaveLength(25);
      const refreshes = sandbox.requests.filter((r) => r.path === '/api/1.0/token');
      expect(refreshes).toHaveLength(1);
      expect(Object.fromEntries(new URLSearchParams(refreshes[0]!.body as string))).toEqual({
        grant_type: 'refresh_token',
        refresh_token: oauth.refreshToken,
        client_id: oauth.clientId,
        client_secret: oauth.clientSecret,
      });
      expect(tokens).toHaveLength(1);
      expect(tokens[0]!.accessToken).toMatch(/^ls-access-1-/);
      const feed = sandbox.requests.filter((r) => r.path === '/api/2.0/sales');
      expect(feed[0]!.headers.authorization).toBe('Bearer old-access-token');
      expect(feed.slice(1).every((r) => r.headers.authorization === `Bearer ${tokens[0]!.accessToken}`)).toBe(
        true,
      );
    } finally {
      await sandbox.close();
    }
  });

  test('a refused refresh is AUTH_FAILED without a retry storm or any secret in it', async () => {
    const oauth = {
      clientId: 'client-1',
      clientSecret: 'client-secret-xyz',
      refreshToken: 'refresh-abc-123',
    };
    const sandbox = await startLightspeedSandbox({ records: 5, expiredTokens: ['old-access-token'], oauth });
    try {
      const connector = createLightspeedConnector(
        configFor(sandbox, {
          credentials: {
            type: 'oauth2',
            accessToken: 'old-access-token',
            ...oauth,
            refreshToken: 'revoked-refresh',
          },
        }) as never,
      );
      const { error } = await collect(connector.read('sales'));
      expect(error).toMatchObject({ code: 'AUTH_FAILED' });
      expect((error as Error).message).toMatch(/reconnect/);
      expect(sandbox.requests).toHaveLength(2);
      const text = `${(error as Error).message} ${inspect(error, { depth: 10 })}`;
      for (const secret of ['old-access-token', 'client-secret-xyz', 'revoked-refresh']) {
        expect(text).not.toContain(secret);
      }
    } finally {
      await sandbox.close();
    }
  });

  test('normalize turns the sandbox’s sales and customers into valid conversions with the retailer currency', async () => {
    const sandbox = await startLightspeedSandbox({ records: { sales: 40, customers: 20 }, seed: 3 });
    try {
      const connector = createLightspeedConnector(
        configFor(sandbox, { pageSize: 100, currency: 'NZD' }) as never,
      );
      for (const stream of ['sales', 'customers']) {
        const { records, error } = await collect(connector.read(stream));
        expect(error).toBeNull();
        expect(records).toHaveLength(sandbox.store(stream).size);
        const result = connector.normalize(stream, records, { customerId: 'shop', validate: true });
        expect(result.quarantined).toEqual([]);
        expect(result.conversions).toHaveLength(records.length);
        const byId = new Map(records.map((r) => [r.id, r]));
        for (const c of result.conversions) {
          expect(c.sourceSystem).toBe(`lightspeed.${stream}`);
          if (stream === 'sales') {
            const raw = byId.get(c.sourceRecordId) as { total_price: number; total_tax: number };
            expect(c.currency).toBe('NZD');
            expect(c.value).toBeCloseTo(raw.total_price + raw.total_tax, 6);
          }
        }
      }
      // Without a currency, sales with a total cannot be loaded: the mapping quarantines them.
      const { records: sales } = await collect(connector.read('sales'));
      const bare = createLightspeedConnector(configFor(sandbox) as never);
      expect(bare.normalize('sales', sales, { customerId: 'shop' }).quarantined.length).toBeGreaterThan(0);
    } finally {
      await sandbox.close();
    }
  });

  test('versionOverlap sets how far below the mark a run re-reads', async () => {
    const sandbox = await startLightspeedSandbox({ records: 30, seed: 9 });
    try {
      const connector = createLightspeedConnector(configFor(sandbox, { versionOverlap: 0 }) as never);
      const first = await collect(connector.read('sales'));
      sandbox.clearRequests();
      const second = await collect(connector.read('sales', { state: first.last }));
      expect(second.records).toEqual([]);
      const newest = Math.max(
        ...sandbox
          .store('sales')
          .all()
          .map((r) => r.version as number),
      );
      // Inclusive bound (after = newest - 1) re-reads the newest record, dropped by the dedupe; then empty.
      expect(sandbox.requests.map((r) => r.query.after)).toEqual([String(newest - 1), String(newest)]);
    } finally {
      await sandbox.close();
    }
  });

  test('config needs a domainPrefix or baseUrl, and errors never echo secrets', () => {
    const bad = () =>
      createLightspeedConnector({
        credentials: { type: 'basic', username: 'u', password: 'hunter2-password' },
        pageSize: 0,
      } as never);
    expect(bad).toThrow(ConnectorError);
    try {
      bad();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/credentials.type must be one of: oauth2, bearer/);
      expect(message).toMatch(/pageSize/);
      expect(message).not.toContain('hunter2-password');
    }
    expect(() =>
      createLightspeedConnector({ credentials: { type: 'bearer', token: 'secret-token-1' } } as never),
    ).toThrow(/domainPrefix/);
    expect(() =>
      createLightspeedConnector({ credentials: { type: 'bearer', token: 't' }, domainPrefix: 'my.store/x' }),
    ).toThrow(/store subdomain/);
  });
});

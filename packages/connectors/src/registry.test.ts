import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { connectorCategories } from './protocol.js';
import { createConnector, listConnectors } from './registry.js';
import { ConnectorError, connectorsErrorCodes } from './shared/errors.js';
import { listSandboxes, startSandbox } from './testing/sandboxes.js';
import type { VendorSandbox } from './testing/vendor-sandbox.js';

type Json = Record<string, unknown>;

/** What each vendor needs besides baseUrl and credentials to reach its sandbox. */
const SANDBOX_OPTIONS: Record<string, (sandbox: VendorSandbox) => Json> = {
  square: () => ({}),
  toast: (s) => ({ restaurantGuids: (s as unknown as { restaurantGuids: string[] }).restaurantGuids }),
  clover: (s) => ({ merchantId: (s as unknown as { merchantId: string }).merchantId }),
  lightspeed: () => ({}),
  shopify: () => ({ shop: 'growthnav-pro-shop' }),
  woocommerce: (s) => ({ storeUrl: s.url }),
  bigcommerce: () => ({ storeHash: 'abc123' }),
  salesforce: () => ({}),
  hubspot: () => ({}),
  zoho: () => ({}),
};
const apiConnectors = () => listConnectors().filter((c) => c.category !== 'file');

describe('listConnectors', () => {
  test('every connector has an id, a known category, an auth kind and streams, sorted by id', () => {
    const list = listConnectors();
    expect(list.map((c) => c.id)).toEqual([...list.map((c) => c.id)].sort());
    expect(list.map((c) => [c.id, c.category, c.authKind])).toEqual([
      ['bigcommerce', 'ecommerce', 'api-key'],
      ['clover', 'pos', 'bearer'],
      ['csv', 'file', 'none'],
      ['hubspot', 'crm', 'oauth2'],
      ['json', 'file', 'none'],
      ['lightspeed', 'pos', 'oauth2'],
      ['ndjson', 'file', 'none'],
      ['salesforce', 'crm', 'oauth2'],
      ['shopify', 'ecommerce', 'bearer'],
      ['square', 'pos', 'oauth2'],
      ['toast', 'pos', 'bearer'],
      ['woocommerce', 'ecommerce', 'basic'],
      ['zoho', 'crm', 'oauth2'],
    ]);
    for (const c of list) {
      expect(connectorCategories).toContain(c.category);
      expect(c.credentialTypes).toContain(c.authKind);
      expect(c.streams.length).toBeGreaterThan(0);
      expect(c.docs).toMatch(/^https:\/\//);
    }
  });
});

describe('createConnector', () => {
  test('an unknown type throws UNKNOWN_CONNECTOR listing the available ids', () => {
    let error: unknown;
    try {
      createConnector('sqaure', {});
    } catch (e) {
      error = e;
    }
    expect(ConnectorError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ code: 'UNKNOWN_CONNECTOR' });
    const ids = listConnectors()
      .map((c) => c.id)
      .join(', ');
    expect((error as Error).message).toBe(`Unknown connector "sqaure". Available: ${ids}.`);
  });

  test('a config that is not an object is INVALID_CONFIG', () => {
    expect(() => createConnector('square', null as never)).toThrow(/Invalid config for connector "square"/);
  });

  test('baseUrl is always overridable and must be a URL', () => {
    expect(() =>
      createConnector('square', { baseUrl: 'not a url', credentials: { type: 'bearer', token: 't' } }),
    ).toThrow(/baseUrl/);
  });

  test('error codes are documented once', () => {
    expect(new Set(connectorsErrorCodes).size).toBe(connectorsErrorCodes.length);
    expect(connectorsErrorCodes).toEqual(
      expect.arrayContaining(['AUTH_FAILED', 'RATE_LIMITED', 'UNKNOWN_CONNECTOR']),
    );
  });
});

describe('vendor registration', () => {
  test('every API connector has a sandbox, and nothing else does', () => {
    expect(listSandboxes()).toEqual(apiConnectors().map((c) => c.id));
    expect(Object.keys(SANDBOX_OPTIONS).sort()).toEqual(listSandboxes());
  });

  test.each(apiConnectors().map((c) => [c.id, c] as const))(
    '%s: createConnector builds it, check() passes against its sandbox, discover() lists its streams',
    async (id, info) => {
      const sandbox = await startSandbox(id, { records: 5 });
      try {
        const connector = createConnector(id as never, {
          baseUrl: sandbox.url,
          credentials: sandbox.credentials,
          ...SANDBOX_OPTIONS[id]!(sandbox),
        });
        expect(connector.info).toBe(info);
        expect(await connector.check()).toMatchObject({ ok: true });
        expect(sandbox.requests.length).toBeGreaterThan(0);
        const { streams } = await connector.discover();
        expect(streams.map((s) => s.name)).toEqual(info.streams);
        for (const s of streams) expect(s.systemId).toBe(`${id}.${s.name}`);
      } finally {
        await sandbox.close();
      }
    },
  );

  test('every API connector’s tests check that each stream runs the conformance suite', () => {
    for (const { id } of apiConnectors()) {
      const source = readFileSync(join(import.meta.dirname, id, `${id}-connector.test.ts`), 'utf8');
      expect(source, `${id}-connector.test.ts`).toMatch(/^describeConformanceCoverage\(\w+Info\b/m);
    }
  });
});

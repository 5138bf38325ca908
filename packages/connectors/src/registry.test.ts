import { describe, expect, test } from 'vitest';
import { connectorCategories } from './protocol.js';
import { createConnector, listConnectors } from './registry.js';
import { ConnectorError, connectorsErrorCodes } from './shared/errors.js';

describe('listConnectors', () => {
  test('every connector has an id, a known category, an auth kind and streams, sorted by id', () => {
    const list = listConnectors();
    expect(list.map((c) => c.id)).toEqual([...list.map((c) => c.id)].sort());
    expect(list.map((c) => [c.id, c.category, c.authKind])).toEqual(
      expect.arrayContaining([
        ['square', 'pos', 'oauth2'],
        ['csv', 'file', 'none'],
        ['json', 'file', 'none'],
        ['ndjson', 'file', 'none'],
      ]),
    );
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

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type SandboxServer, startSandboxServer } from './sandbox-server.js';
import {
  compareKeys,
  decodeCursor,
  encodeCursor,
  type KeysetPage,
  keysetPage,
  SandboxStore,
  type SortKey,
} from './sandbox-store.js';
import { listSandboxes, startSandbox } from './sandboxes.js';
import { seededRandom } from './seeded-random.js';

describe('startSandboxServer', () => {
  let server: SandboxServer;
  beforeAll(async () => {
    server = await startSandboxServer({
      vendor: 'acme',
      authorize: (r) =>
        r.headers.authorization === 'Bearer ok' ? null : { status: 401, json: { error: 'who?' } },
      errors: { notFound: (path) => ({ status: 404, json: { code: 'NOT_FOUND', path } }) },
      routes: [
        { method: 'GET', path: '/items/:id', handler: (_r, p) => ({ json: { id: p.id } }) },
        { method: 'POST', path: '/search', handler: (r) => ({ json: { echo: r.body } }) },
        {
          method: 'GET',
          path: '/big',
          handler: () => ({ json: { items: Array.from({ length: 50 }, (_, i) => ({ i })) } }),
        },
        { method: 'POST', path: '/token', auth: false, handler: () => ({ json: { access_token: 'x' } }) },
      ],
    });
  });
  afterAll(() => server.close());
  const call = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, { ...init, headers: { authorization: 'Bearer ok', ...init.headers } });

  test('routes with parameters, records what was asked, checks auth', async () => {
    server.clearRequests();
    expect(await (await call('/items/a%20b?x=1&x=2&y=3')).json()).toEqual({ id: 'a b' });
    await call('/search', {
      method: 'POST',
      body: JSON.stringify({ q: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect((await fetch(`${server.url}/items/1`)).status).toBe(401);
    expect((await fetch(`${server.url}/token`, { method: 'POST' })).status).toBe(200);
    expect((await (await call('/nope')).json()) as unknown).toEqual({ code: 'NOT_FOUND', path: '/nope' });
    const [get, post] = server.requests;
    expect(get).toMatchObject({
      method: 'GET',
      path: '/items/a%20b',
      query: { x: ['1', '2'], y: '3' },
      body: undefined,
    });
    expect(get!.headers.authorization).toBe('Bearer ok');
    expect(post).toMatchObject({ method: 'POST', path: '/search', body: { q: 1 } });
    expect(server.requests).toHaveLength(5);
  });

  test('faults: 429 with and without Retry-After, 401, 5xx, truncated, malformed, disconnect, any status', async () => {
    server.faults
      .add({ fault: { kind: 'rate-limit', retryAfter: 3 }, path: '/big' })
      .add({ fault: { kind: 'rate-limit' }, path: '/big' })
      .add({ fault: { kind: 'unauthorized' }, path: '/big' })
      .add({ fault: { kind: 'server-error', status: 503 }, path: '/big' })
      .add({ fault: { kind: 'truncated' }, path: '/big' })
      .add({ fault: { kind: 'malformed' }, path: '/big' })
      .add({
        fault: { kind: 'status', status: 403, json: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED' }] },
        path: '/big',
      })
      .add({ fault: { kind: 'disconnect' }, path: '/big' });
    const first = await call('/big');
    expect([first.status, first.headers.get('retry-after')]).toEqual([429, '3']);
    const second = await call('/big');
    expect([second.status, second.headers.get('retry-after')]).toEqual([429, null]);
    expect((await call('/big')).status).toBe(401);
    expect((await call('/big')).status).toBe(503);
    const truncated = await call('/big');
    const text = await truncated.text();
    expect(truncated.status).toBe(200);
    expect(text.length).toBe(Number(truncated.headers.get('content-length')));
    expect(() => JSON.parse(text)).toThrow();
    const html = await call('/big');
    expect([html.status, html.headers.get('content-type')]).toEqual([200, 'text/html']);
    expect(await (await call('/big')).json()).toEqual([{ errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
    await expect(call('/big')).rejects.toThrow();
    expect((await call('/big')).status).toBe(200);
    expect(server.faults.pending).toBe(0);
  });

  test('faults: `after` skips, `times` repeats, slow delays, probability is seeded', async () => {
    server.faults.add({ fault: { kind: 'server-error' }, path: '/big', after: 1, times: 2 });
    expect([
      (await call('/big')).status,
      (await call('/big')).status,
      (await call('/big')).status,
      (await call('/big')).status,
    ]).toEqual([200, 500, 500, 200]);
    server.faults.add({ fault: { kind: 'slow', delayMs: 120 }, path: '/big' });
    const started = performance.now();
    expect((await call('/big')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    server.faults.clear();
    const pattern = async (seed: number) => {
      const flaky = await startSandboxServer({
        vendor: 'flaky',
        seed,
        routes: [{ method: 'GET', path: '/x', handler: () => ({ json: {} }) }],
      });
      flaky.faults.add({ fault: { kind: 'server-error' }, probability: 0.5 });
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await fetch(`${flaky.url}/x`)).status);
      await flaky.close();
      return statuses;
    };
    const a = await pattern(7);
    expect(await pattern(7)).toEqual(a);
    expect(a).toContain(500);
    expect(a).toContain(200);
  });
});

describe('SandboxStore', () => {
  const make = (now: () => number) =>
    new SandboxStore(
      [
        { id: 'a', updated_at: '2024-01-01T00:00:00.000Z', n: 1 },
        { id: 'b', updated_at: '2024-06-01T00:00:00.000Z', n: 2 },
      ],
      { key: (r) => r.id, cursorField: 'updated_at', now },
    );

  test('touch stamps strictly after every earlier stamp, even with a frozen clock', () => {
    const store = make(() => Date.parse('2020-01-01T00:00:00Z'));
    const first = store.touch('a', { n: 10 });
    const second = store.touch('b');
    expect(first).toMatchObject({ id: 'a', n: 10, updated_at: '2024-06-01T00:00:00.001Z' });
    expect(second.updated_at).toBe('2024-06-01T00:00:00.002Z');
  });

  test('corrupt keeps the stamp; cached JSON and sorted views follow changes', () => {
    const store = make(Date.now);
    const byStamp = (r: Record<string, unknown>): SortKey => [
      Date.parse(r.updated_at as string),
      r.id as string,
    ];
    expect(store.sorted('s', byStamp).map((r) => r.id)).toEqual(['a', 'b']);
    expect(store.json(store.get('a')!)).toBe('{"id":"a","updated_at":"2024-01-01T00:00:00.000Z","n":1}');
    store.corrupt('a', { n: 'x' });
    expect(store.json(store.get('a')!)).toBe('{"id":"a","updated_at":"2024-01-01T00:00:00.000Z","n":"x"}');
    store.touch('a');
    expect(store.sorted('s', byStamp).map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('keysetPage', () => {
  test('property: records that do not change are each returned once, however others move between pages', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (stamps, limit, moves) => {
          const records = stamps.map((s, i) => ({ id: `r${i}`, at: s }));
          let clock = 2_000;
          const keyOf = (r: { id: string; at: number }): SortKey => [r.at, r.id];
          const moved = new Set<string>();
          const seen: string[] = [];
          let after: SortKey | null = null;
          for (let page = 0; page < 200; page++) {
            const view = [...records].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
            const result: KeysetPage<{ id: string; at: number }> = keysetPage(view, { keyOf, after, limit });
            seen.push(...result.items.map((r) => r.id));
            if (!result.more) break;
            after = result.last;
            const m = moves[page];
            if (m !== undefined) {
              const target = records[m % records.length]!;
              target.at = clock++;
              moved.add(target.id);
            }
          }
          for (const r of records) {
            const count = seen.filter((id) => id === r.id).length;
            if (moved.has(r.id)) expect(count).toBeGreaterThanOrEqual(1);
            else expect(count).toBe(1);
          }
        },
      ),
    );
  });

  test('descending order, a lower-bound seek, and a filter', () => {
    const view = [1, 2, 3, 4, 5, 6].map((n) => ({ n }));
    const keyOf = (r: { n: number }): SortKey => [r.n];
    expect(keysetPage(view, { keyOf, limit: 2, descending: true }).items.map((r) => r.n)).toEqual([6, 5]);
    expect(keysetPage(view, { keyOf, limit: 2, descending: true, after: [5] }).items.map((r) => r.n)).toEqual(
      [4, 3],
    );
    expect(keysetPage(view, { keyOf, limit: 9, from: [3], filter: (r) => r.n % 2 === 0 })).toEqual({
      items: [{ n: 4 }, { n: 6 }],
      last: [6],
      more: false,
    });
  });

  test('cursors round-trip and garbage decodes to null', () => {
    expect(decodeCursor(encodeCursor({ k: [1, 'a'], q: 'h' }))).toEqual({ k: [1, 'a'], q: 'h' });
    expect(decodeCursor('%%%')).toBeNull();
  });
});

describe('seededRandom', () => {
  test('the same seed gives the same sequence; values stay in range', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 100 }, () => a.int(3, 7));
    expect(Array.from({ length: 100 }, () => b.int(3, 7))).toEqual(xs);
    expect(new Set(xs)).toEqual(new Set([3, 4, 5, 6, 7]));
    expect(seededRandom(1).id(12, 'AB')).toMatch(/^[AB]{12}$/);
  });
});

describe('sandbox registry', () => {
  test('lists and starts vendor sandboxes; an unknown vendor names the ones there are', async () => {
    expect(listSandboxes()).toContain('square');
    const sandbox = await startSandbox('square', { records: 3 });
    try {
      expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(sandbox.store('payments').size).toBe(3);
      expect(() => sandbox.store('invoices')).toThrow(/streams: payments, refunds, orders, customers/);
    } finally {
      await sandbox.close();
    }
    expect(() => startSandbox('nope')).toThrow(/No sandbox for "nope". Sandboxes: .*square/);
  });
});

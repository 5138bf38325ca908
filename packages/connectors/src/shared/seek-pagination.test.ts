import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { ConnectorMessage, ConnectorState } from '../protocol.js';
import { type SandboxServer, startSandboxServer } from '../testing/sandbox-server.js';
import { SandboxStore, type SortKey } from '../testing/sandbox-store.js';
import { createAuth } from './auth.js';
import { createHttpClient } from './http-client.js';
import { epochMillisCursor } from './incremental-state.js';
import type { Pagination } from './paginate.js';
import { type IncrementalStream, readIncremental } from './read-incremental.js';

type Item = { id: string; modifiedTime: number; n: number };

/**
 * A Clover-like vendor: `modifiedTime>=` filter, ascending order, offset/limit
 * over the live result (no snapshot), so a record changed mid-sync moves to
 * the end and shifts every later offset by one.
 */
async function offsetVendor(count: number) {
  const store = new SandboxStore<Item>(
    Array.from({ length: count }, (_, i) => ({
      id: `i${String(i).padStart(3, '0')}`,
      modifiedTime: 1_000 + i * 10,
      n: 0,
    })),
    { key: (r) => r.id, cursorField: 'modifiedTime', cursorKind: 'epoch-ms', now: () => 0 },
  );
  const keyOf = (r: Item): SortKey => [r.modifiedTime, r.id];
  const server = await startSandboxServer({
    vendor: 'offset-vendor',
    routes: [
      {
        method: 'GET',
        path: '/items',
        handler: (req) => {
          const from = Number(req.query.modified_from ?? 0);
          const offset = Number(req.query.offset ?? 0);
          const limit = Number(req.query.limit ?? 100);
          const rows = store.sorted('m', keyOf).filter((r) => r.modifiedTime >= from);
          return { json: { elements: rows.slice(offset, offset + limit) } };
        },
      },
    ],
  });
  return { store, server };
}

function streamFor(pagination: Pagination): IncrementalStream {
  return {
    name: 'items',
    schema: z.object({ id: z.string(), modifiedTime: z.number(), n: z.number() }),
    primaryKey: 'id',
    cursorField: 'modifiedTime',
    cursor: epochMillisCursor,
    sortedByCursor: true,
    records: 'elements',
    pagination,
    request: ({ lowerBound }) => ({ path: '/items', query: { modified_from: lowerBound ?? 0 } }),
  };
}

let server: SandboxServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function sync(
  stream: IncrementalStream,
  state: ConnectorState | null,
  onPage?: (page: number) => void,
): Promise<{ got: string[]; state: ConnectorState | null }> {
  const http = createHttpClient({
    vendor: 'V',
    baseUrl: server!.url,
    auth: createAuth(undefined, { vendor: 'V', baseUrl: server!.url }),
  });
  const got: string[] = [];
  let last = state;
  let pages = 0;
  for await (const m of readIncremental(http, stream, {
    state,
    overlap: 0,
  }) as AsyncIterable<ConnectorMessage>) {
    if (m.type === 'record') got.push(`${m.data.id}@${m.data.modifiedTime}`);
    if (m.type === 'state') {
      last = m.state;
      onPage?.(++pages);
    }
  }
  return { got, state: last };
}

describe('seek pagination', () => {
  test('plain offsets skip a record when another changes mid-sync; seek does not', async () => {
    for (const style of ['offset', 'seek'] as const) {
      const vendor = await offsetVendor(30);
      server = vendor.server;
      const stream = streamFor(
        style === 'offset' ? { style: 'offset', limit: 10 } : { style: 'seek', limit: 10 },
      );
      // After page 1, an item already read changes (its modifiedTime jumps to the end).
      const first = await sync(stream, null, (page) => {
        if (page === 1) vendor.store.touch('i003', { n: 1 });
      });
      const second = await sync(stream, first.state);
      const ids = new Set([...first.got, ...second.got].map((g) => g.split('@')[0]));
      const missing = vendor.store.ids().filter((id) => !ids.has(id));
      // Offsets: the shift makes a later page start one record late, and that record is lost for good.
      if (style === 'offset') expect(missing).toHaveLength(1);
      else expect(missing).toEqual([]);
      await server.close();
      server = undefined;
    }
  });

  test('a broken record on a page boundary is quarantined once, though the next query reads it again', async () => {
    const vendor = await offsetVendor(25);
    server = vendor.server;
    vendor.store.corrupt('i009', { n: 'not a number' }); // last of page 1: page 2 starts at its stamp
    const http = createHttpClient({ vendor: 'V', baseUrl: server.url });
    const messages: ConnectorMessage[] = [];
    for await (const m of readIncremental(http, streamFor({ style: 'seek', limit: 10 }), { overlap: 0 })) {
      messages.push(m);
    }
    const quarantined = messages.filter((m) => m.type === 'quarantine');
    expect(quarantined).toHaveLength(1);
    expect(quarantined[0]).toMatchObject({ field: 'n', record: { id: 'i009' } });
    expect(messages.filter((m) => m.type === 'record')).toHaveLength(24);
    expect(server.requests[1]!.query.modified_from).toBe('1090');
  });

  test('verifySorted: a page out of cursor order fails before any of its records or its state', async () => {
    const vendor = await offsetVendor(25);
    server = vendor.server;
    // Page 2 (offset 0 from the newest stamp of page 1) comes back in reverse order.
    const reversed = await startSandboxServer({
      vendor: 'reversed',
      routes: [
        {
          method: 'GET',
          path: '/items',
          handler: async (req) => {
            const res = await fetch(
              `${vendor.server.url}/items?${new URLSearchParams(req.query as Record<string, string>)}`,
            );
            const body = (await res.json()) as { elements: Item[] };
            return {
              json: { elements: req.query.modified_from === '0' ? body.elements : body.elements.reverse() },
            };
          },
        },
      ],
    });
    try {
      const http = createHttpClient({ vendor: 'V', baseUrl: reversed.url });
      const messages: ConnectorMessage[] = [];
      let error: unknown;
      try {
        const stream = { ...streamFor({ style: 'seek', limit: 10 }), verifySorted: true };
        for await (const m of readIncremental(http, stream, { overlap: 0 })) messages.push(m);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'MALFORMED_RESPONSE' });
      expect((error as Error).message).toMatch(/not sorted by modifiedTime \(1170 after 1180\)/);
      // Page 1 and its state only: nothing of page 2.
      expect(messages.filter((m) => m.type === 'record')).toHaveLength(10);
      expect(messages.at(-1)?.type).toBe('state');
      // Without the flag the same pages are read without complaint.
      const unchecked: ConnectorMessage[] = [];
      for await (const m of readIncremental(http, streamFor({ style: 'seek', limit: 10 }), { overlap: 0 })) {
        unchecked.push(m);
      }
      expect(unchecked.filter((m) => m.type === 'record').length).toBeGreaterThan(10);
    } finally {
      await reversed.close();
    }
  });

  test('a page of one cursor value moves the offset instead of stalling', async () => {
    const store = Array.from({ length: 25 }, (_, i) => ({ id: `s${i}`, modifiedTime: 5_000, n: 0 }));
    server = await startSandboxServer({
      vendor: 'ties',
      routes: [
        {
          method: 'GET',
          path: '/items',
          handler: (req) => {
            const from = Number(req.query.modified_from ?? 0);
            const offset = Number(req.query.offset);
            const rows = store.filter((r) => r.modifiedTime >= from);
            return { json: { elements: rows.slice(offset, offset + 10) } };
          },
        },
      ],
    });
    const { got } = await sync(streamFor({ style: 'seek', limit: 10 }), null);
    expect(got).toHaveLength(25);
    expect(server.requests.map((r) => [r.query.modified_from, r.query.offset])).toEqual([
      ['0', '0'],
      ['5000', '0'],
      ['5000', '10'],
      ['5000', '20'],
    ]);
  });

  test('property: changes at random moments never cost a record or deliver a version twice', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 45 }),
        fc.array(fc.tuple(fc.nat({ max: 5 }), fc.nat({ max: 44 })), { maxLength: 8 }),
        async (count, changes) => {
          const vendor = await offsetVendor(count);
          server = vendor.server;
          const stream = streamFor({ style: 'seek', limit: 7 });
          let clock = 10_000;
          const all: string[] = [];
          let state: ConnectorState | null = null;
          for (let run = 0; run < 2; run++) {
            const result = await sync(stream, state, (page) => {
              for (const [atPage, which] of changes) {
                if (atPage === page && run === 0) {
                  const id = vendor.store.ids()[which % count]!;
                  vendor.store.corrupt(id, { modifiedTime: clock++ });
                }
              }
            });
            all.push(...result.got);
            state = result.state;
          }
          expect(new Set(all).size).toBe(all.length);
          for (const item of vendor.store.all()) expect(all).toContain(`${item.id}@${item.modifiedTime}`);
          await server.close();
          server = undefined;
        },
      ),
      { numRuns: 40 },
    );
  });
});

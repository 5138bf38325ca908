import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import type { ConnectorState } from '../protocol.js';
import { createConnector } from '../registry.js';
import { collectMessages } from '../testing/collect-messages.js';

const fixtures = join(import.meta.dirname, '__fixtures__');
const tmp = mkdtempSync(join(tmpdir(), 'gn-files-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('CSV source', () => {
  const path = join(fixtures, 'square-transactions.csv');

  test('sniffs BOM and delimiter, keeps quoted newlines, quarantines the ragged row with its line', async () => {
    const csv = createConnector('csv', { path, system: 'square-csv.transactions' });
    expect(csv.info).toMatchObject({ id: 'csv', category: 'file', authKind: 'none' });
    const { records, quarantined, out } = await collectMessages(csv.read('square-transactions'));
    expect(records.map((r) => r['Transaction ID'])).toEqual(['T-1001', 'T-1002', 'T-1004']);
    expect(records[1]!.Description).toBe('Range balls;\nlarge bucket');
    expect(Object.keys(records[0]!)[0]).toBe('Date');
    expect(quarantined).toEqual([
      {
        type: 'quarantine',
        stream: 'square-transactions',
        line: 5,
        reason: expect.stringMatching(/field/),
        raw: '2024-03-03;14:02:55;Central Time (US & Canada);$25.00;$0.00;$2.06',
      },
    ]);
    expect(out.at(-1)).toMatchObject({ type: 'state', state: { v: 1, kind: 'file', records: 3, issues: 1 } });
  });

  test('check and discover describe the file', async () => {
    const csv = createConnector('csv', { path, primaryKey: 'Payment ID', system: 'square-csv.transactions' });
    expect(await csv.check()).toEqual({
      ok: true,
      message: 'Readable CSV: 17 columns, delimiter ";", utf-8 with BOM.',
    });
    const [stream] = (await csv.discover()).streams;
    expect(stream).toMatchObject({
      name: 'square-transactions',
      primaryKey: ['Payment ID'],
      cursorField: null,
      syncMode: 'full_refresh',
      systemId: 'square-csv.transactions',
    });
    expect(stream!.fields.slice(0, 2)).toEqual([
      { name: 'Date', type: 'string', nullable: true },
      { name: 'Time', type: 'string', nullable: true },
    ]);
  });

  test('normalize applies the configured system from @growthnav/conversions', async () => {
    const csv = createConnector('csv', { path, system: 'square-csv.transactions' });
    const { records } = await collectMessages(csv.read('square-transactions'));
    const { conversions, quarantined } = csv.normalize('square-transactions', records, {
      customerId: 'golf-club',
    });
    expect(quarantined).toEqual([]);
    expect(conversions.map((c) => [c.transactionId, c.value])).toEqual([
      ['T-1001', 48.3],
      ['T-1002', 10.83],
      ['T-1004', 74.95],
    ]);
    const bare = createConnector('csv', { path });
    expect(() => bare.normalize('square-transactions', records, { customerId: 'x' })).toThrow(
      /pass \{ system \}/,
    );
  });

  test('Windows-1252 bytes are decoded', async () => {
    const bytes = Uint8Array.from([
      ...Buffer.from('name,city\nJos'),
      0xe9,
      ...Buffer.from(',Montr'),
      0xe9,
      0x61,
      0x6c,
      0x0a,
    ]);
    const { records } = await collectMessages(createConnector('csv', { data: bytes }).read('records'));
    expect(records).toEqual([{ name: 'José', city: 'Montréal' }]);
  });

  test('a missing file fails check and read with INVALID_FILE', async () => {
    const csv = createConnector('csv', { path: join(tmp, 'nope.csv') });
    expect(await csv.check()).toMatchObject({ ok: false, code: 'INVALID_FILE', message: /nope\.csv/ });
    await expect(collectMessages(csv.read('nope'))).rejects.toMatchObject({ code: 'INVALID_FILE' });
  });

  test('a file changed since the state was saved is refused', async () => {
    const file = join(tmp, 'changing.csv');
    writeFileSync(file, 'a,b\n1,2\n3,4\n');
    const csv = createConnector('csv', { path: file, batchSize: 1 });
    const first = await collectMessages(csv.read('changing'));
    writeFileSync(file, 'a,b\n1,2\n3,4\n5,6\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    await expect(collectMessages(csv.read('changing', { state: first.states[0] }))).rejects.toMatchObject({
      code: 'STATE_MISMATCH',
    });
  });

  test('property: a crash after any batch, resumed from its state, yields every row and issue exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        fc.nat({ max: 20 }),
        async (ragged, batchSize, crashAfter) => {
          const lines = [
            'id,name,amount',
            ...ragged.map((bad, i) => (bad ? `${i},broken` : `${i},"n\n${i}",${i}.5`)),
          ];
          const data = `${lines.join('\n')}\n`;
          const csv = createConnector('csv', { data, batchSize });
          const seen: string[] = [];
          let state: ConnectorState | undefined;
          let pending: string[] = [];
          let states = 0;
          for await (const m of csv.read('records')) {
            if (m.type === 'state') {
              seen.push(...pending);
              pending = [];
              state = m.state;
              if (++states > crashAfter) break;
            } else pending.push(m.type === 'record' ? `r${m.data.id}` : `q${m.line}`);
          }
          for await (const m of csv.read('records', { state })) {
            if (m.type !== 'state') seen.push(m.type === 'record' ? `r${m.data.id}` : `q${m.line}`);
          }
          const expected: string[] = [];
          let line = 2;
          ragged.forEach((bad, i) => {
            expected.push(bad ? `q${line}` : `r${i}`);
            line += bad ? 1 : 2;
          });
          expect([...seen].sort()).toEqual([...expected].sort());
        },
      ),
      { numRuns: 60 },
    );
  });

  test('a large file streams in batches with a checkpoint per batch', async () => {
    const file = join(tmp, 'large.csv');
    const rows = 50_000;
    writeFileSync(
      file,
      `id,email\n${Array.from({ length: rows }, (_, i) => `${i},user${i}@example.com`).join('\n')}\n`,
    );
    let records = 0;
    let states = 0;
    for await (const m of createConnector('csv', { path: file, batchSize: 5_000 }).read('large')) {
      if (m.type === 'record') records++;
      if (m.type === 'state') states++;
    }
    expect(records).toBe(rows);
    expect(states).toBe(rows / 5_000);
  });
});

describe('JSON source', () => {
  test('reads the records array of an object (first array-valued key) with brackets inside strings', async () => {
    const json = createConnector('json', {
      path: join(fixtures, 'list-payments.json'),
      system: 'square.payments',
    });
    const { records, quarantined } = await collectMessages(json.read('list-payments'));
    expect(records.map((r) => r.id)).toEqual(['pay-1', 'pay-2', 'pay-3']);
    expect(records[1]!.note).toBe('bracket ] and brace } in text');
    expect(quarantined).toEqual([]);
    const { conversions } = json.normalize('list-payments', records, { customerId: 't1' });
    expect(conversions.map((c) => c.value)).toEqual([5.55, 12, 3]);
  });

  test('recordsKey picks the array; a missing key is INVALID_FILE that says what to do', async () => {
    const data = '{"meta":{"n":[1,2]},"items":[{"id":1}],"more":[{"id":2}]}';
    expect(
      (await collectMessages(createConnector('json', { data, recordsKey: 'more' }).read('records'))).records,
    ).toEqual([{ id: 2 }]);
    expect((await collectMessages(createConnector('json', { data }).read('records'))).records).toEqual([
      { id: 1 },
    ]);
    await expect(
      collectMessages(createConnector('json', { data, recordsKey: 'rows' }).read('records')),
    ).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: /no "rows" array.*recordsKey/,
    });
    await expect(
      collectMessages(createConnector('json', { data: 'id,name\n1,x' }).read('records')),
    ).rejects.toMatchObject({
      code: 'INVALID_FILE',
    });
  });

  test('a broken or non-object element is quarantined with its line; the rest continue', async () => {
    const data = '[\n{"id":1},\n{"id":2,"x":tru},\n42,\n{"id":4}\n]';
    const { records, quarantined } = await collectMessages(createConnector('json', { data }).read('records'));
    expect(records).toEqual([{ id: 1 }, { id: 4 }]);
    expect(quarantined.map((q) => [q.line, q.raw])).toEqual([
      [3, '{"id":2,"x":tru}'],
      [4, '42'],
    ]);
    expect(quarantined[0]!.reason).toMatch(/^invalid JSON/);
    expect(quarantined[1]!.reason).toBe('a record must be a JSON object, got number');
  });

  test('a truncated file quarantines the cut record', async () => {
    const { records, quarantined } = await collectMessages(
      createConnector('json', { data: '[{"id":1},{"id":2,"name":"Ad' }).read('records'),
    );
    expect(records).toEqual([{ id: 1 }]);
    expect(quarantined).toEqual([
      expect.objectContaining({
        line: 1,
        raw: '{"id":2,"name":"Ad',
        reason: expect.stringMatching(/ends inside this record/),
      }),
    ]);
  });

  test('discover samples field types', async () => {
    const data = JSON.stringify([
      { id: 1, amount: 2.5, tags: [] },
      { id: 2, amount: 3, email: null },
    ]);
    const [stream] = (await createConnector('json', { data }).discover()).streams;
    expect(stream!.fields).toEqual([
      { name: 'id', type: 'integer', nullable: false },
      { name: 'amount', type: 'number', nullable: false },
      { name: 'tags', type: 'array', nullable: true },
      { name: 'email', type: 'null', nullable: true },
    ]);
  });
});

describe('NDJSON source', () => {
  test('one object per line: blank lines skipped, CRLF handled, a bad line quarantined with its number', async () => {
    const data = '{"id":1}\r\n\r\n{"id":2\n["not","an object"]\n{"id":4}';
    const { records, quarantined, states } = await collectMessages(
      createConnector('ndjson', { data }).read('records'),
    );
    expect(records).toEqual([{ id: 1 }, { id: 4 }]);
    expect(quarantined.map((q) => [q.line, q.raw])).toEqual([
      [3, '{"id":2'],
      [4, '["not","an object"]'],
    ]);
    expect(states.at(-1)).toMatchObject({ records: 2, issues: 2 });
  });

  test('resumes after the last state, from a file', async () => {
    const file = join(tmp, 'events.ndjson');
    writeFileSync(file, Array.from({ length: 25 }, (_, i) => JSON.stringify({ id: i })).join('\n'));
    const source = createConnector('ndjson', { path: file, batchSize: 10 });
    let state: ConnectorState | undefined;
    for await (const m of source.read('events')) {
      if (m.type === 'state') {
        state = m.state;
        break;
      }
    }
    const rest = await collectMessages(source.read('events', { state }));
    expect(rest.records.map((r) => r.id)).toEqual(Array.from({ length: 15 }, (_, i) => i + 10));
  });

  test('a state from another kind of source is refused', async () => {
    const bad = { v: 1, stream: 'x', cursorField: 'updated_at', partitions: {} } as unknown as ConnectorState;
    await expect(
      collectMessages(createConnector('ndjson', { data: '{}' }).read('records', { state: bad })),
    ).rejects.toMatchObject({
      code: 'INVALID_STATE',
    });
  });
});

describe('file source config', () => {
  test('exactly one of path or data', () => {
    expect(() => createConnector('json', {})).toThrow(/pass exactly one of path or data/);
    expect(() => createConnector('csv', { path: 'a.csv', data: 'x' })).toThrow(/INVALID|exactly one/);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { GrowthNavError } from '../errors.js';
import { parseCsv } from './parse-csv.js';
import { type CsvBatch, readCsv } from './read-csv.js';

async function collect(batches: AsyncIterable<CsvBatch>) {
  const rows: Record<string, string>[] = [];
  const issues: CsvBatch['issues'] = [];
  let last: CsvBatch | undefined;
  for await (const batch of batches) {
    rows.push(...batch.rows);
    issues.push(...batch.issues);
    last = batch;
  }
  return { rows, issues, columns: last?.columns ?? [], dialect: last?.dialect };
}

function expectCsvError(fn: () => unknown, message: RegExp) {
  let error: unknown;
  try {
    fn();
  } catch (e) {
    error = e;
  }
  expect(GrowthNavError.isInstance(error)).toBe(true);
  expect((error as GrowthNavError).code).toBe('INVALID_CSV');
  expect((error as Error).message).toMatch(message);
}

describe('parseCsv', () => {
  test('quoted delimiters, doubled quotes, newlines inside quotes, CRLF', () => {
    const text = 'id,name,note\r\n1,"Smith, Ada","said ""hi""\r\nthen left"\r\n2,Bob,plain\r\n';
    const parsed = parseCsv(text);
    expect(parsed.columns).toEqual(['id', 'name', 'note']);
    expect(parsed.rows).toEqual([
      { id: '1', name: 'Smith, Ada', note: 'said "hi"\r\nthen left' },
      { id: '2', name: 'Bob', note: 'plain' },
    ]);
    expect(parsed.issues).toEqual([]);
  });

  test('ragged rows become issues with their line and text; blank lines are skipped', () => {
    const parsed = parseCsv('a,b\n1,2\n3\n\n4,5,6\n7,8\n"x\ny",9\n10,"open');
    expect(parsed.rows).toEqual([
      { a: '1', b: '2' },
      { a: '7', b: '8' },
      { a: 'x\ny', b: '9' },
    ]);
    expect(parsed.issues).toEqual([
      { line: 3, reason: 'expected 2 fields, found 1', raw: '3' },
      { line: 5, reason: 'expected 2 fields, found 3', raw: '4,5,6' },
      { line: 9, reason: 'unterminated quoted field', raw: '10,"open' },
    ]);
  });

  test('sniffs semicolons, tabs and pipes', () => {
    expect(parseCsv('a;b\n"1;5";2\n3;4\n').dialect.delimiter).toBe(';');
    expect(parseCsv('a\tb\n1\t2\n').rows).toEqual([{ a: '1', b: '2' }]);
    expect(parseCsv('a|b|c\n1|2|3\n').columns).toEqual(['a', 'b', 'c']);
    expect(parseCsv('Betrag;Datum\n1,50;01.02.2025\n2,00;02.02.2025\n').dialect.delimiter).toBe(';');
  });

  test('BOM, Latin-1 and UTF-8 bytes', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('name\nZoë\n')]);
    expect(parseCsv(bom)).toMatchObject({
      columns: ['name'],
      rows: [{ name: 'Zoë' }],
      dialect: { bom: true, encoding: 'utf-8' },
    });
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode('name,city\nJos'),
      0xe9,
      ...new TextEncoder().encode(',M'),
      0xfc,
      ...new TextEncoder().encode('nchen\n'),
    ]);
    expect(parseCsv(latin1)).toMatchObject({
      rows: [{ name: 'José', city: 'München' }],
      dialect: { encoding: 'windows-1252' },
    });
    expect(parseCsv('\ufeffa,b\n1,2').rows).toEqual([{ a: '1', b: '2' }]);
  });

  test('duplicate and blank headers are made unique', () => {
    const parsed = parseCsv('Name,Name,,Name\n1,2,3,4\n');
    expect(parsed.columns).toEqual(['Name', 'Name (2)', 'column_3', 'Name (3)']);
    expect(parsed.renamedColumns).toHaveLength(3);
  });

  test('header only, one column, many columns', () => {
    expect(parseCsv('a,b,c\n')).toMatchObject({ columns: ['a', 'b', 'c'], rows: [] });
    expect(parseCsv('email\nx@y.z\n').rows).toEqual([{ email: 'x@y.z' }]);
    const header = Array.from({ length: 5000 }, (_, i) => `c${i}`);
    const parsed = parseCsv(`${header.join(',')}\n${header.map((_, i) => i).join(',')}\n`);
    expect(parsed.columns).toHaveLength(5000);
    expect(parsed.rows[0]!.c4999).toBe('4999');
  });

  test('empty and binary input fail clearly', () => {
    expectCsvError(() => parseCsv(''), /empty/);
    expectCsvError(() => parseCsv('  \n \n'), /empty/);
    expectCsvError(() => parseCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08])), /binary/);
    const garbage = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expectCsvError(() => parseCsv(garbage), /binary/);
  });
});

/** Writes rows as RFC 4180 CSV, quoting only when needed. */
function toCsv(rows: string[][], delimiter: string, eol: string): string {
  const quote = (f: string) => (/[",\n\r;\t|]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
  return rows.map((r) => r.map(quote).join(delimiter)).join(eol) + eol;
}

describe('readCsv', () => {
  test('streams a file in batches and agrees with parseCsv', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gn-csv-'));
    const file = join(dir, 'x.csv');
    const lines = [
      'id,name,amount',
      ...Array.from({ length: 25_000 }, (_, i) => `${i},"Name, ${i}",$${i}.00`),
    ];
    writeFileSync(file, `${lines.join('\n')}\n`);
    let batches = 0;
    const all: Record<string, string>[] = [];
    for await (const batch of readCsv(file, { batchSize: 4000, highWaterMark: 8192 })) {
      batches++;
      expect(batch.rows.length).toBeLessThanOrEqual(4000);
      all.push(...batch.rows);
    }
    expect(batches).toBe(7);
    expect(all).toEqual(parseCsv(lines.join('\n')).rows);
  });

  test('maxRows stops early', async () => {
    const text = `a\n${Array.from({ length: 100 }, (_, i) => i).join('\n')}\n`;
    const { rows } = await collect(readCsv(new TextEncoder().encode(text), { maxRows: 10, batchSize: 3 }));
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThanOrEqual(12);
  });

  test('property: any table survives any chunking, delimiter and line ending', async () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'b', ' ', ',', ';', '"', '\n', '\r\n', 'é', '|', '\t'),
      maxLength: 8,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }).chain((width) =>
          fc.tuple(
            fc.array(fc.array(field, { minLength: width, maxLength: width }), {
              minLength: 1,
              maxLength: 20,
            }),
            fc.constant(width),
          ),
        ),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 10 }),
        async ([body, width], delimiter, eol, cuts) => {
          const header = Array.from({ length: width }, (_, i) => `h${i}`);
          // A row of one blank field reads as a blank line; keep such rows out of the model.
          const rows = body.filter((r) => !(r.length === 1 && r[0] === ''));
          const bytes = new TextEncoder().encode(toCsv([header, ...rows], delimiter, eol));
          const chunks: Uint8Array[] = [];
          let at = 0;
          let k = 0;
          while (at < bytes.length) {
            const size = cuts[k++ % cuts.length]!;
            chunks.push(bytes.subarray(at, at + size));
            at += size;
          }
          const { rows: read, issues } = await collect(readCsv(chunks, { delimiter, batchSize: 7 }));
          expect(issues).toEqual([]);
          expect(read).toEqual(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))));
        },
      ),
      { numRuns: 300 },
    );
  });

  test('empty streams fail clearly', async () => {
    await expect(collect(readCsv([]))).rejects.toThrow(/empty/);
  });
});

test('line numbers count newlines inside quoted fields, doubled quotes included', () => {
  const parsed = parseCsv('a,b\n"x ""1""\ny ""2""\nz",1\nbad\n"p\nq","r\ns"\nbad2\n');
  expect(parsed.rows).toHaveLength(2);
  expect(parsed.issues.map((i) => i.line)).toEqual([5, 9]);
});

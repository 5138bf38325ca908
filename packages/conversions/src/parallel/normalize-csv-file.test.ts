import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readCsv } from '../csv/read-csv.js';
import { GrowthNavError } from '../errors.js';
import { type NormalizeResult, normalize } from '../normalize/normalize.js';
import { normalizeCsvFile } from './normalize-csv-file.js';

const sink = join(import.meta.dirname, '__fixtures__', 'checksum-sink.mjs');
const header = [
  'Date',
  'Time',
  'Time Zone',
  'Total Collected',
  'Transaction ID',
  'Payment ID',
  'Description',
  'Transaction Status',
];

/** A Square-layout export with quoted commas, quoted newlines, doubled quotes, bad and ragged rows. */
function writeExport(rows: number): string {
  const lines = [header.join(',')];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    let description = `"${i % 3} x Item, ""large"""`;
    if (i % 97 === 0) description = `"line one\nline two of ${i}"`;
    let total = `$${(i % 500) + 1}.${String(i % 100).padStart(2, '0')}`;
    if (i % 211 === 0) total = 'n/a';
    const date = i % 307 === 0 ? '' : `2025-03-${day}`;
    const row = [
      date,
      '12:30:00',
      'Central Time (US & Canada)',
      `"${total}"`,
      `T${i}`,
      `P${i}`,
      description,
      'Complete',
    ];
    lines.push(i % 401 === 0 ? row.slice(0, 5).join(',') : row.join(','));
  }
  const dir = mkdtempSync(join(tmpdir(), 'gn-parallel-'));
  const file = join(dir, 'export.csv');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('normalizeCsvFile', () => {
  let file: string;
  let single: NormalizeResult;
  let singleIssues: number[];
  let rows: number;

  beforeAll(async () => {
    file = writeExport(6000);
    const all: Record<string, string>[] = [];
    singleIssues = [];
    for await (const batch of readCsv(file)) {
      all.push(...batch.rows);
      singleIssues.push(...batch.issues.map((i) => i.line));
    }
    rows = all.length;
    single = normalize('square-csv.transactions', all, { customerId: 'tenant' });
  });

  test.each([1, 2, 3])('with %i worker(s) and tiny chunks it equals readCsv + normalize', async (workers) => {
    const result = await normalizeCsvFile(file, 'square-csv.transactions', {
      customerId: 'tenant',
      workers,
      chunkBytes: 4096,
      sink,
      sinkOptions: { keepIds: true },
    });
    expect(result.rows).toBe(rows);
    expect(result.loaded).toBe(single.conversions.length);
    expect(result.issues.map((i) => i.line)).toEqual(singleIssues);
    expect(result.quarantined.map((q) => [q.index, q.field, q.reason])).toEqual(
      single.quarantined.map((q) => [q.index, q.field, q.reason]),
    );
    const summaries = result.sinks as { cents: number; count: number; ids: string[] }[];
    expect(summaries).toHaveLength(workers);
    expect(summaries.reduce((n, s) => n + s.count, 0)).toBe(single.conversions.length);
    expect(summaries.reduce((n, s) => n + s.cents, 0)).toBe(
      single.conversions.reduce((n, c) => n + Math.round(c.value * 100), 0),
    );
    expect(summaries.flatMap((s) => s.ids).sort()).toEqual(
      single.conversions.map((c) => c.conversionId).sort(),
    );
  });

  test('reports progress and reconciles every row', async () => {
    const seen: number[] = [];
    const result = await normalizeCsvFile(file, 'square-csv.transactions', {
      customerId: 'tenant',
      workers: 2,
      chunkBytes: 16_384,
      onProgress: (p) => seen.push(p.bytesDone),
    });
    expect(result.loaded + result.quarantined.length).toBe(result.rows);
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.at(-1)).toBeGreaterThan(seen[0]!);
  });

  test('a bad mapping or system fails before any thread starts; a broken sink fails clearly', async () => {
    await expect(normalizeCsvFile(file, 'nope.system', { customerId: 't' })).rejects.toThrow(
      /Unknown system "nope.system"/,
    );
    const broken = join(mkdtempSync(join(tmpdir(), 'gn-sink-')), 'sink.mjs');
    writeFileSync(broken, 'export const nothing = 1;\n');
    let error: unknown;
    try {
      await normalizeCsvFile(file, 'square-csv.transactions', { customerId: 't', workers: 1, sink: broken });
    } catch (e) {
      error = e;
    }
    expect(GrowthNavError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/must export a default function/);
  });
});

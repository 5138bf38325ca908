/**
 * pnpm bench:normalize [--rows 1000000] [--file path] [--regenerate]
 *
 * Generates a Square transactions export (the header layout of
 * ../shared/data/schema-matching/square_transactions.csv), streams it through
 * readCsv + normalize, and prints rows/s and peak RSS; then times DuckDB's own
 * read_csv + casts on the same file as a reference.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { createNormalizer, type NormalizeResult } from '@growthnav/conversions';
import { readCsv } from '@growthnav/conversions/csv';
import { normalizeCsvFile } from '@growthnav/conversions/parallel';
import { generateSquareExport, squareHeader } from './normalize/generate-square-export.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    file: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    workers: { type: 'string', default: '2' },
  },
});
const rows = Number(values.rows);
const outDir = join(repo, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const file = values.file ? resolve(values.file) : join(outDir, `square-transactions-${rows}.csv`);
const sample = join(repo, '..', 'shared', 'data', 'schema-matching', 'square_transactions.csv');

if (values.regenerate || !existsSync(file)) {
  const t0 = performance.now();
  await generateSquareExport(file, squareHeader(sample), rows);
  console.log(
    `generated ${rows.toLocaleString('en-US')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
const bytes = statSync(file).size;
console.log(`file: ${file} (${(bytes / 1e6).toFixed(0)} MB)`);

let peakRss = process.memoryUsage.rss();
const sampleRss = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
};
const timer = setInterval(sampleRss, 50);

const normalizer = createNormalizer('square-csv.transactions', { customerId: 'bench-tenant' });
let loaded = 0;
let quarantined = 0;
let csvIssues = 0;
let total = 0;
let valueMinor = 0;
const t0 = performance.now();
for await (const batch of readCsv(file)) {
  const result: NormalizeResult = { conversions: [], quarantined: [], warnings: [] };
  for (const row of batch.rows) normalizer.normalizeRecord(row, total++, result);
  csvIssues += batch.issues.length;
  loaded += result.conversions.length;
  quarantined += result.quarantined.length;
  for (const c of result.conversions) valueMinor += Math.round(c.value * 100);
  sampleRss();
}
const seconds = (performance.now() - t0) / 1000;
clearInterval(timer);
sampleRss();

const rate = total / seconds;
console.log('\n== GrowthNav: readCsv + normalize (square-csv.transactions) ==');
console.log(
  `rows            ${total.toLocaleString('en-US')}  (loaded ${loaded.toLocaleString('en-US')}, quarantined ${quarantined}, csv issues ${csvIssues})`,
);
console.log(`counts reconcile ${loaded + quarantined + csvIssues === rows ? 'yes' : 'NO'}`);
console.log(`time            ${seconds.toFixed(2)} s`);
console.log(
  `throughput      ${Math.round(rate).toLocaleString('en-US')} rows/s  (${(bytes / 1e6 / seconds).toFixed(0)} MB/s)`,
);
console.log(`peak RSS        ${(peakRss / 1e6).toFixed(0)} MB`);
console.log(`sum of value    ${(valueMinor / 100).toFixed(2)}`);

// The same file on worker threads: each worker parses and normalizes whole-record
// chunks and hands its conversions to its own sink (here a checksum).
const workers = Number(values.workers);
const peakBefore = peakRss;
const timer2 = setInterval(sampleRss, 50);
const t2 = performance.now();
const parallel = await normalizeCsvFile(file, 'square-csv.transactions', {
  customerId: 'bench-tenant',
  workers,
  sink: join(import.meta.dirname, 'normalize', 'checksum-sink.ts'),
});
const parallelSeconds = (performance.now() - t2) / 1000;
clearInterval(timer2);
const sinks = parallel.sinks as { cents: number; count: number }[];
const parallelCents = sinks.reduce((n, s) => n + s.cents, 0);
const parallelRate = (parallel.rows + parallel.issues.length) / parallelSeconds;
console.log(`\n== GrowthNav: normalizeCsvFile, ${workers} worker threads (same file) ==`);
console.log(
  `rows            ${parallel.rows.toLocaleString('en-US')}  (loaded ${parallel.loaded.toLocaleString('en-US')}, quarantined ${parallel.quarantined.length}, csv issues ${parallel.issues.length})`,
);
console.log(
  `same as above   ${parallel.loaded === loaded && parallelCents === valueMinor ? 'yes' : 'NO'} (sum of value ${(parallelCents / 100).toFixed(2)})`,
);
console.log(`time            ${parallelSeconds.toFixed(2)} s`);
console.log(
  `throughput      ${Math.round(parallelRate).toLocaleString('en-US')} rows/s  (${(bytes / 1e6 / parallelSeconds).toFixed(0)} MB/s)`,
);
console.log(`peak RSS        ${(Math.max(peakRss, peakBefore) / 1e6).toFixed(0)} MB (process, all threads)`);

const db = await DuckDBInstance.create(':memory:');
const connection = await db.connect();
const money = (column: string) =>
  `CAST(replace(replace(replace("${column}", '$', ''), ',', ''), '$-', '-') AS DECIMAL(18,2))`;
const t1 = performance.now();
const reader = await connection.runAndReadAll(`
  CREATE TEMP TABLE typed AS
  SELECT "Payment ID" AS id,
         strptime("Date" || ' ' || "Time", '%Y-%m-%d %H:%M:%S') AS local_time,
         "Time Zone" AS zone,
         ${money('Total Collected')} AS value,
         ${money('Gross Sales')} AS gross,
         ${money('Tax')} AS tax,
         ${money('Tip')} AS tip,
         ${money('Fees')} AS fees,
         "Transaction Status" AS status
  FROM read_csv('${file.replace(/'/g, "''")}', header = true, all_varchar = true);
  SELECT count(*) AS n, sum(value) AS total FROM typed;`);
const duckSeconds = (performance.now() - t1) / 1000;
const [n, duckTotal] = reader.getRows()[0]!;
console.log('\n== Reference: DuckDB read_csv + casts (2 threads, no zone conversion) ==');
console.log(`rows            ${Number(n).toLocaleString('en-US')}`);
console.log(`time            ${duckSeconds.toFixed(2)} s`);
console.log(`throughput      ${Math.round(Number(n) / duckSeconds).toLocaleString('en-US')} rows/s`);
console.log(`sum of value    ${String(duckTotal)}`);
const best = Math.max(rate, parallelRate);
console.log(
  `\ntarget: >= 250,000 rows/s and peak RSS < 500 MB → best ${Math.round(best).toLocaleString('en-US')} rows/s: ${best >= 250_000 ? 'met' : 'NOT met'}; single-thread peak RSS ${(peakBefore / 1e6).toFixed(0)} MB: ${peakBefore < 500e6 ? 'met' : 'NOT met'}`,
);

/**
 * pnpm bench:normalize [--rows 1000000] [--file path] [--regenerate] [--workers 2]
 *
 * Generates a Square transactions export (the header layout of
 * ../shared/data/schema-matching/square_transactions.csv), streams it through
 * readCsv + normalize, and prints rows/s and peak RSS; then the same file
 * through normalizeCsvFile on worker threads; then times DuckDB's own
 * read_csv + casts on it as a reference, and DuckDB doing the same work as
 * normalize as a second one. Each run is in its own
 * process, so one run's heap never inflates the next one's peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createNormalizer, type NormalizeResult, resolveTimeZone } from '@growthnav/conversions';
import { readCsv } from '@growthnav/conversions/csv';
import { normalizeCsvFile } from '@growthnav/conversions/parallel';
import { generateSquareExport, squareHeader, ZONES } from './normalize/generate-square-export.ts';

const repo = resolve(import.meta.dirname, '..', '..');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    file: { type: 'string' },
    regenerate: { type: 'boolean', default: false },
    workers: { type: 'string', default: '2' },
    /** Internal: run one mode in this process and write its figures to --report. */
    only: { type: 'string' },
    report: { type: 'string' },
  },
});
const rows = Number(values.rows);
const outDir = join(repo, 'bench', 'out');
mkdirSync(outDir, { recursive: true });
const file = values.file ? resolve(values.file) : join(outDir, `square-transactions-${rows}.csv`);
const sample = join(repo, '..', 'shared', 'data', 'schema-matching', 'square_transactions.csv');

if (values.only === undefined && (values.regenerate || !existsSync(file))) {
  const t0 = performance.now();
  await generateSquareExport(file, squareHeader(sample), rows);
  console.log(
    `generated ${rows.toLocaleString('en-US')} rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
}
const bytes = statSync(file).size;

/** Figures one mode reports back to the parent process. */
interface Figures {
  rows: number;
  loaded: number;
  quarantined: number;
  csvIssues: number;
  seconds: number;
  peakRss: number;
  valueMinor: number;
}

/** Peak RSS of this process (all threads), sampled every 50 ms. */
function trackPeakRss() {
  let peak = process.memoryUsage.rss();
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  const timer = setInterval(sample, 50);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}

async function runSingleThread(): Promise<Figures> {
  const rss = trackPeakRss();
  const normalizer = createNormalizer('square-csv.transactions', { customerId: 'bench-tenant' });
  const f = { rows: 0, loaded: 0, quarantined: 0, csvIssues: 0, valueMinor: 0 };
  const t0 = performance.now();
  for await (const batch of readCsv(file)) {
    const result: NormalizeResult = { conversions: [], quarantined: [], warnings: [] };
    for (const row of batch.rows) normalizer.normalizeRecord(row, f.rows++, result);
    f.csvIssues += batch.issues.length;
    f.loaded += result.conversions.length;
    f.quarantined += result.quarantined.length;
    for (const c of result.conversions) f.valueMinor += Math.round(c.value * 100);
    rss.sample();
  }
  const seconds = (performance.now() - t0) / 1000;
  return { ...f, seconds, peakRss: rss.stop() };
}

// Each worker parses and normalizes whole-record chunks and hands its
// conversions to its own sink (here a checksum).
async function runWorkers(workers: number): Promise<Figures> {
  const rss = trackPeakRss();
  const t0 = performance.now();
  const result = await normalizeCsvFile(file, 'square-csv.transactions', {
    customerId: 'bench-tenant',
    workers,
    sink: join(import.meta.dirname, 'normalize', 'checksum-sink.ts'),
  });
  const seconds = (performance.now() - t0) / 1000;
  const sinks = result.sinks as { cents: number; count: number }[];
  return {
    rows: result.rows + result.issues.length,
    loaded: result.loaded,
    quarantined: result.quarantined.length,
    csvIssues: result.issues.length,
    seconds,
    peakRss: rss.stop(),
    valueMinor: sinks.reduce((n, s) => n + s.cents, 0),
  };
}

/** Figures of a DuckDB run from its `count(*), sum(value)` row. */
function duckDbFigures([n, total]: readonly unknown[], t0: number, peakRss: number): Figures {
  return {
    rows: Number(n),
    loaded: Number(n),
    quarantined: 0,
    csvIssues: 0,
    seconds: (performance.now() - t0) / 1000,
    peakRss,
    valueMinor: Math.round(Number(total) * 100),
  };
}

/** A SQL string literal. */
const sqlString = (text: string) => `'${text.replace(/'/g, "''")}'`;
/** A "$1,234.56" / "$-4.18" column as SQL text without the dollar sign and grouping commas. */
const plainAmount = (column: string) => `replace(replace("${column}", '$', ''), ',', '')`;

/** A DuckDB connection on 2 threads, imported only here so the other modes' RSS leaves the library out. */
async function connectDuckDb() {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:', { threads: '2' });
  return db.connect();
}

async function runDuckDb(): Promise<Figures> {
  const rss = trackPeakRss();
  const connection = await connectDuckDb();
  const money = (column: string) => `CAST(${plainAmount(column)} AS DECIMAL(18,2))`;
  const t0 = performance.now();
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
    FROM read_csv(${sqlString(file)}, header = true, all_varchar = true);
    SELECT count(*) AS n, sum(value) AS total FROM typed;`);
  return duckDbFigures(reader.getRows()[0]!, t0, rss.stop());
}

/**
 * DuckDB doing the work normalize does for this mapping, as near as SQL can:
 * the mapping's fields (id coalesce, event-type enum, nine money columns,
 * status, product, location, three identity roles, six extras), timestamps
 * turned to UTC through each row's named zone (DuckDB's ICU `timezone`), the
 * raw record kept (as JSON) and an id hashed per row (md5, standing in for
 * our 128-bit hash). What it leaves out (quarantine reasons, status
 * unification, money-format checks) would only add to its time.
 */
async function runDuckDbSameWork(): Promise<Figures> {
  const rss = trackPeakRss();
  const connection = await connectDuckDb();
  const money = (column: string) => `TRY_CAST(${plainAmount(column)} AS DECIMAL(18,2))`;
  // The export's Rails zone names, resolved to IANA ids the way parseTimestamp resolves them.
  const zones = ZONES.map((name) => {
    const zone = resolveTimeZone(name);
    if (zone?.kind !== 'iana') throw new Error(`no IANA zone for "${name}"`);
    return `(${sqlString(name)}, ${sqlString(zone.id)})`;
  });
  const t0 = performance.now();
  const reader = await connection.runAndReadAll(`
    CREATE TEMP TABLE zones AS SELECT * FROM (VALUES ${zones.join(', ')}) z(rails, iana);
    CREATE TEMP TABLE conversions AS
    SELECT md5('bench-tenant' || chr(0) || 'square-csv.transactions' || chr(0) ||
               coalesce(nullif("Payment ID", ''), "Transaction ID")) AS conversion_id,
           coalesce(nullif("Payment ID", ''), "Transaction ID") AS source_record_id,
           "Transaction ID" AS transaction_id,
           CASE coalesce(nullif("Event Type", ''), 'Payment') WHEN 'Payment' THEN 'purchase'
             WHEN 'Refund' THEN 'refund' ELSE 'other' END AS conversion_type,
           timezone(z.iana, try_strptime("Date" || ' ' || "Time", '%Y-%m-%d %H:%M:%S')) AS timestamp,
           ${money('Total Collected')} AS value,
           coalesce(nullif("Transaction Status", ''), 'Complete') AS status_raw,
           ${money('Gross Sales')} AS subtotal,
           abs(${money('Discounts')}) AS discount,
           ${money('Tax')} AS tax,
           ${money('Tip')} AS tip,
           abs(${money('Fees')}) AS fee,
           abs(${money('Partial Refunds')}) AS refunded,
           "Description" AS product_name,
           "Location" AS location_name,
           "Customer ID" AS customer_id,
           "Customer Name" AS full_name,
           "Customer Reference ID" AS customer_reference,
           "Card Brand" AS card_brand,
           "PAN Suffix" AS card_last4,
           "Staff Name" AS staff,
           "Channel" AS channel,
           "Source" AS payment_source,
           ${money('Net Total')} AS net_total,
           to_json(t) AS raw
    FROM read_csv(${sqlString(file)}, header = true, all_varchar = true) t
    LEFT JOIN zones z ON z.rails = t."Time Zone";
    SELECT count(*) AS n, sum(value) AS total FROM conversions;`);
  return duckDbFigures(reader.getRows()[0]!, t0, rss.stop());
}

const workers = Number(values.workers);
if (values.only !== undefined) {
  const run = {
    single: runSingleThread,
    workers: () => runWorkers(workers),
    duckdb: runDuckDb,
    'duckdb-same-work': runDuckDbSameWork,
  }[values.only];
  if (!run)
    throw new Error(`--only must be single, workers, duckdb or duckdb-same-work, got "${values.only}"`);
  writeFileSync(values.report!, JSON.stringify(await run()));
  process.exit(0);
}

console.log(`file: ${file} (${(bytes / 1e6).toFixed(0)} MB)`);

/** Runs one mode in a fresh process, so its peak RSS is its own. */
function inChild(mode: string): Figures {
  const report = join(outDir, `normalize-${mode}.json`);
  const args = [
    process.argv[1]!,
    '--file',
    file,
    '--workers',
    String(workers),
    '--only',
    mode,
    '--report',
    report,
  ];
  const child = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`the ${mode} run failed (exit ${child.status})`);
  return JSON.parse(readFileSync(report, 'utf8')) as Figures;
}

const rate = (f: Figures) => f.rows / f.seconds;
function print(title: string, f: Figures, extra: string[] = []) {
  console.log(`\n== ${title} ==`);
  console.log(
    `rows            ${f.rows.toLocaleString('en-US')}  (loaded ${f.loaded.toLocaleString('en-US')}, quarantined ${f.quarantined}, csv issues ${f.csvIssues})`,
  );
  for (const line of extra) console.log(line);
  console.log(`time            ${f.seconds.toFixed(2)} s`);
  console.log(
    `throughput      ${Math.round(rate(f)).toLocaleString('en-US')} rows/s  (${(bytes / 1e6 / f.seconds).toFixed(0)} MB/s)`,
  );
  console.log(`peak RSS        ${(f.peakRss / 1e6).toFixed(0)} MB (whole process)`);
  console.log(`sum of value    ${(f.valueMinor / 100).toFixed(2)}`);
}

const single = inChild('single');
print('GrowthNav: readCsv + normalize (square-csv.transactions), one thread', single, [
  `counts reconcile ${single.loaded + single.quarantined + single.csvIssues === rows ? 'yes' : 'NO'}`,
]);
const parallel = inChild('workers');
print(`GrowthNav: normalizeCsvFile, ${workers} worker threads (same file)`, parallel, [
  `same as above   ${parallel.loaded === single.loaded && parallel.valueMinor === single.valueMinor ? 'yes' : 'NO'}`,
]);
const duck = inChild('duckdb');
print('Reference: DuckDB read_csv + casts (2 threads, no zone conversion)', duck);
const duckSame = inChild('duckdb-same-work');
print(
  "Reference: DuckDB doing normalize's work (2 threads: 23 mapped fields, zone-aware UTC, raw record as JSON, per-row id hash; its RSS includes the result table)",
  duckSame,
  [`same as above   ${duckSame.valueMinor === single.valueMinor ? 'yes' : 'NO'}`],
);

const ok = (f: Figures) => rate(f) >= 250_000 && f.peakRss < 500e6;
const verdict = (f: Figures) =>
  `${Math.round(rate(f)).toLocaleString('en-US')} rows/s, ${(f.peakRss / 1e6).toFixed(0)} MB: ${ok(f) ? 'met' : 'NOT met'}`;
console.log(
  `\ntarget: >= 250,000 rows/s and peak RSS < 500 MB → one thread ${verdict(single)}; ${workers} workers ${verdict(parallel)}`,
);

/**
 * Identity resolution benchmark.
 *
 *   pnpm bench:identity <csv> --id <column> --truth <column> [--truth-regex <re>]
 *        [--columns role=column[+column],…] [--link-to <csv2>] [--out clusters.csv]
 *        [--threshold 0.9] [--one-to-one] [--region US] [--single-thread]
 *   pnpm bench:identity --messy 20000 [--seed 7] [--write messy.csv]   # generated multi-system customers
 *   pnpm bench:identity --generate 1000000 [--seed 7]                  # scale run
 *   pnpm bench:identity --em <known_params_comparison_vectors.csv>     # EM parameter recovery
 *
 * Prints pairwise precision / recall / F1, cluster counts against the truth,
 * time and peak memory; writes `record id,cluster id` rows to --out.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import {
  type IdentityRecord,
  type LinkType,
  linkRecords,
  prepareRecordsInParallel,
} from '@growthnav/identity';
import { csvField, csvRows } from './identity/csv.ts';
import { emCheck } from './identity/em-check.ts';
import { generateMessyCustomers } from './identity/generate-messy-customers.ts';
import { pairwiseMetrics } from './identity/metrics.ts';
import { inferRoles, parseRoles, type RoleMapping, rowsToRecords } from './identity/roles.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    id: { type: 'string' },
    truth: { type: 'string' },
    'truth-regex': { type: 'string' },
    columns: { type: 'string' },
    'link-to': { type: 'string' },
    out: { type: 'string' },
    threshold: { type: 'string' },
    'one-to-one': { type: 'boolean' },
    region: { type: 'string' },
    'single-thread': { type: 'boolean' },
    messy: { type: 'string' },
    generate: { type: 'string' },
    seed: { type: 'string' },
    write: { type: 'string' },
    em: { type: 'string' },
  },
});

if (values.em !== undefined) {
  // pnpm bench:identity --em ../shared/data/splink_known_params/known_params_comparison_vectors.csv
  emCheck(values.em);
  process.exit(0);
}

function fail(message: string): never {
  console.error(`bench:identity: ${message}`);
  process.exit(2);
}

let started = performance.now();
let startedCpu = process.cpuUsage();
/** Garbage-collection pause time since `started`. */
let gcMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (e.startTime >= started) gcMs += e.duration;
}).observe({ entryTypes: ['gc'] });
let peakHeap = 0;
const sampler = setInterval(() => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().rss);
}, 100);

interface Loaded {
  label: string;
  /** Streamed: read from the CSV as preparing consumes them. */
  records: Iterable<IdentityRecord>;
  /** Filled as `records` is consumed. */
  truth: string[];
  /** Side per record (A×B linking), known once `records` is consumed. */
  sides?: () => Int32Array;
  linkType: LinkType;
  roles: RoleMapping;
}

/** Rows for role inference: discovery profiles the first 2,000. */
const ROLE_SAMPLE_ROWS = 2000;

async function loadFile(
  path: string,
  source: string,
  idColumn: string,
  truthColumn: string,
  roles?: RoleMapping,
) {
  const text = readFileSync(path, 'utf8');
  const rows = csvRows(text);
  const header = ((rows.next().value as string[] | undefined) ?? []).map((h) => h.replace(/^\uFEFF/, ''));
  for (const c of [idColumn, truthColumn]) {
    if (!header.includes(c)) fail(`column "${c}" is not in ${path}; columns: ${header.join(', ')}`);
  }
  let mapping = roles;
  if (mapping === undefined) {
    const sample: string[][] = [];
    for (const row of csvRows(text)) {
      if (sample.length > ROLE_SAMPLE_ROWS) break;
      sample.push(row);
    }
    mapping = await inferRoles(header, sample.slice(1), [idColumn, truthColumn]);
  }
  const truthIndex = header.indexOf(truthColumn);
  const re = values['truth-regex'] ? new RegExp(values['truth-regex']) : undefined;
  const truth: string[] = [];
  function* withTruth(): Generator<string[]> {
    for (const row of rows) {
      const v = row[truthIndex] ?? '';
      const m = re?.exec(v);
      truth.push(m ? (m[1] ?? m[0]) : v);
      yield row;
    }
  }
  return { records: rowsToRecords(header, withTruth(), idColumn, mapping, source), truth, mapping };
}

function* prefixed(records: Iterable<IdentityRecord>, prefix: string): Generator<IdentityRecord> {
  for (const r of records) {
    r.id = `${prefix}${r.id}`;
    yield r;
  }
}

async function load(): Promise<Loaded> {
  const seed = Number(values.seed ?? 7);
  if (values.messy || values.generate) {
    const count = Number(values.messy ?? values.generate);
    if (!(count > 0)) fail('--messy / --generate need a record count, e.g. --messy 20000');
    const genStart = performance.now();
    const data = generateMessyCustomers({ records: count, seed });
    const dir = mkdtempSync(join(tmpdir(), 'identity-bench-'));
    const file = values.write ?? join(dir, 'customers.csv');
    writeFileSync(file, data.csv);
    console.log(
      `generated ${count.toLocaleString('en-US')} records (${data.people.toLocaleString('en-US')} people, seed ${seed}) in ${((performance.now() - genStart) / 1000).toFixed(1)} s → ${file}`,
    );
    const t0 = performance.now();
    // The timed pipeline starts at reading the CSV; generating it is not part of it.
    started = t0;
    startedCpu = process.cpuUsage();
    const roles = values.columns ? parseRoles(values.columns) : data.roles;
    const loaded = await loadFile(file, 'generated', 'record_id', 'person_id', roles);
    if (!values.write) rmSync(dir, { recursive: true });
    return { label: values.messy ? 'messy' : 'scale', ...loaded, linkType: 'dedupe', roles: loaded.mapping };
  }
  const path = positionals[0];
  if (!path) fail('give a CSV path, or --messy N / --generate N');
  const idColumn = values.id ?? fail('--id <column> is required');
  const truthColumn = values.truth ?? fail('--truth <column> is required');
  const roles = values.columns ? parseRoles(values.columns) : undefined;
  const a = await loadFile(path, 'A', idColumn, truthColumn, roles);
  if (!values['link-to']) {
    return { label: path, records: a.records, truth: a.truth, linkType: 'dedupe', roles: a.mapping };
  }
  const b = await loadFile(values['link-to'], 'B', idColumn, truthColumn, roles ?? a.mapping);
  const truth: string[] = [];
  function* both(): Generator<IdentityRecord> {
    yield* prefixed(a.records, 'A:');
    yield* prefixed(b.records, 'B:');
    truth.push(...a.truth, ...b.truth);
  }
  return {
    label: `${path} × ${values['link-to']}`,
    records: both(),
    truth,
    sides: () => {
      const sides = new Int32Array(a.truth.length + b.truth.length);
      sides.fill(1, a.truth.length);
      return sides;
    },
    linkType: 'link',
    roles: a.mapping,
  };
}

const input = await load();
console.log(`input: ${input.label}, ${input.linkType}`);
console.log(
  `roles: ${Object.entries(input.roles)
    .map(([role, cols]) => `${role}=${cols.map((c) => c.join('+')).join('|')}`)
    .join(', ')}`,
);
const t1 = performance.now();
// Records stream from the CSV into preparing: none is held once prepared.
const prepared = await prepareRecordsInParallel(input.records, {
  defaultRegion: (values.region ?? 'US') as never,
});
const t2 = performance.now();
console.log(`records: ${prepared.size.toLocaleString('en-US')}`);
const result = linkRecords(prepared, {
  linkType: input.linkType,
  threshold: values.threshold ? Number(values.threshold) : undefined,
  maxRecordsPerSource: values['one-to-one'] ? 1 : undefined,
  parallel: !values['single-thread'],
});
const t3 = performance.now();
clearInterval(sampler);
// Let the GC observer see the pauses of the run.
await new Promise((resolve) => setTimeout(resolve, 20));
const metrics = pairwiseMetrics(result.clusters, input.truth, input.sides?.());
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
for (const w of prepared.warnings)
  console.log(`warning ${w.code} ${w.column}: ${w.count} (e.g. ${w.examples.join(' / ')})`);
console.log(
  `candidate pairs: ${result.candidates.length.toLocaleString('en-US')} (${result.candidates.stats
    .map((s) => `${s.rule} ${s.pairs}${s.oversizedBlocks ? ` [${s.oversizedBlocks} oversized]` : ''}`)
    .join(', ')})`,
);
console.log(
  `model: λ=${result.model.lambda.toPrecision(3)}; ${result.model.comparisons
    .map((c) => `${c.name}[${c.levels.map((l) => `${Math.log2(l.m / l.u).toFixed(1)}`).join(' ')}]`)
    .join(' ')}`,
);
console.log(
  `links: ${result.deterministicLinks} deterministic, ${result.probabilisticLinks} probabilistic; blocked merges: ${JSON.stringify(result.blockedMerges)}`,
);
console.log(`link phases (ms): ${JSON.stringify(result.timings)}`);
const cpu = process.cpuUsage(startedCpu);
console.log(
  `time: read + prepare ${seconds(t2 - t1)}, link ${seconds(t3 - t2)}, end to end ${seconds(t3 - started)} (reading CSV, preparing, linking); CPU ${seconds((cpu.user + cpu.system) / 1000)}, of which GC pauses ${seconds(gcMs)}`,
);
const maxRss = process.resourceUsage().maxRSS * 1024;
console.log(`peak memory: ${(Math.max(maxRss, peakHeap) / 2 ** 30).toFixed(2)} GiB RSS`);
console.log(
  `clusters: predicted ${metrics.predictedClusters.toLocaleString('en-US')}, true ${metrics.trueClusters.toLocaleString('en-US')}`,
);
console.log(
  `pairs: predicted ${metrics.predictedPairs.toLocaleString('en-US')}, true ${metrics.truePairs.toLocaleString('en-US')}, correct ${metrics.truePositives.toLocaleString('en-US')}`,
);
console.log(
  `pairwise precision ${metrics.precision.toFixed(4)}  recall ${metrics.recall.toFixed(4)}  F1 ${metrics.f1.toFixed(4)}`,
);
if (values.out) {
  const lines = ['record id,cluster id'];
  for (let r = 0; r < prepared.size; r++) {
    lines.push(`${csvField(prepared.ids[r]!)},${csvField(prepared.ids[result.clusters[r]!]!)}`);
  }
  writeFileSync(values.out, `${lines.join('\n')}\n`);
  console.log(`wrote ${prepared.size.toLocaleString('en-US')} rows to ${values.out}`);
}

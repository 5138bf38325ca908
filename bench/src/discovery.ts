/**
 * Schema-matching benchmark of @growthnav/discovery.
 *
 *   pnpm bench:discovery <dir> [<dir> …] [--json out.json] [--verbose] [--fit]
 *
 * Each <dir> holds labels.json (see ../shared/data/schema-matching/README.md)
 * and the CSVs it names. Every CSV is profiled and matched exactly as a user
 * would (profileCsv + suggestMappings); labels are read only for scoring.
 * Prints per-case and overall accuracy, precision and recall of non-null
 * suggestions, critical-field accuracy, the calibration table, and the time
 * to profile and match a 60-column × 10,000-row file. --json writes
 * { "<case>": { "<column>": "<target>" | null } }; --fit prints isotonic
 * confidence knots refitted on all given dirs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseCsv } from '@growthnav/conversions/csv';
import { profileColumns, profileCsv, suggestMappings } from '@growthnav/discovery';
import { isotonicKnots } from './discovery/isotonic.ts';
import {
  type BenchCase,
  type CaseScore,
  formatCalibration,
  formatScoreRow,
  isCorrect,
  type Prediction,
  SCORE_HEADER,
  scoreCase,
  sumScores,
} from './discovery/score-cases.ts';
import { wideCsv } from './discovery/wide-file.ts';

const args = process.argv.slice(2);
const dirs: string[] = [];
let jsonOut: string | null = null;
let verbose = false;
let fit = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === '--json') jsonOut = args[++i] ?? null;
  else if (a === '--verbose') verbose = true;
  else if (a === '--fit') fit = true;
  else dirs.push(a);
}
if (dirs.length === 0) {
  console.error('usage: pnpm bench:discovery <dir> [<dir> …] [--json out.json] [--verbose] [--fit]');
  process.exit(2);
}

const fmtLabel = (l: unknown) => (Array.isArray(l) ? l.join('|') : String(l));
const output: Record<string, Record<string, string | null>> = {};
const allItems: { confidence: number; score: number; correct: boolean; nonNull: boolean }[] = [];
const setScores: CaseScore[] = [];

for (const dir of dirs) {
  const root = resolve(dir);
  const cases = JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8')) as BenchCase[];
  const scores: CaseScore[] = [];
  const items: typeof allItems = [];
  let ms = 0;
  for (const bench of cases) {
    const started = performance.now();
    const { columns } = await profileCsv(join(root, bench.file));
    const suggestions = suggestMappings(columns);
    ms += performance.now() - started;
    const predictions: Prediction[] = suggestions.map((s) => ({
      column: s.sourceField,
      target: s.targetField,
      confidence: s.confidence,
      score: s.score,
    }));
    output[bench.name] = Object.fromEntries(predictions.map((p) => [p.column, p.target]));
    const score = scoreCase(bench, predictions);
    scores.push(score);
    for (const p of predictions) {
      if (!Object.hasOwn(bench.labels, p.column)) continue;
      items.push({
        confidence: p.confidence,
        score: p.score,
        correct: isCorrect(p.target, bench.labels[p.column] ?? null),
        nonNull: p.target !== null,
      });
    }
  }
  const total = sumScores(`OVERALL (${cases.length} cases)`, scores);
  setScores.push({ ...total, name: dir });
  allItems.push(...items);
  console.log(`\n== ${dir}  (${cases.length} files, profiled + matched in ${ms.toFixed(0)} ms)`);
  console.log(SCORE_HEADER);
  for (const s of scores) console.log(formatScoreRow(s));
  console.log(formatScoreRow(total));
  const errors = scores.flatMap((s) => s.errors.map((e) => ({ ...e, name: s.name })));
  if (errors.length > 0) {
    console.log(`\nmisses (${errors.length}):`);
    for (const e of verbose ? errors : errors.slice(0, 60)) {
      console.log(
        `  ${e.name.padEnd(22)} ${JSON.stringify(e.column).padEnd(34)} predicted ${String(e.predicted).padEnd(16)} label ${fmtLabel(e.label).padEnd(28)} conf ${e.confidence.toFixed(2)}`,
      );
    }
  }
  console.log(
    `\n${formatCalibration(
      'calibration, non-null suggestions:',
      items.filter((i) => i.nonNull),
    )}`,
  );
  console.log(`${formatCalibration('calibration, all suggestions (null = "maps to nothing"):', items)}`);
}

if (dirs.length > 1) {
  console.log('\n== combined');
  console.log(SCORE_HEADER);
  for (const s of setScores) console.log(formatScoreRow(s));
  console.log(formatScoreRow(sumScores('COMBINED', setScores)));
  console.log(
    `\n${formatCalibration(
      'calibration, non-null suggestions (combined):',
      allItems.filter((i) => i.nonNull),
    )}`,
  );
  console.log(formatCalibration('calibration, all suggestions (combined):', allItems));
}

if (fit) {
  const nonNull = allItems.filter((i) => i.nonNull);
  const nulls = allItems.filter((i) => !i.nonNull);
  console.log(
    `\nisotonic fit on ${allItems.length} columns of ${dirs.length} set(s), shrunk towards 0.5 with 8 pseudo-columns:`,
  );
  console.log('  SUGGESTION_CALIBRATION (score → P(right)):', JSON.stringify(isotonicKnots(nonNull)));
  console.log(
    '  NULL_CALIBRATION (best rejected score → P(nothing is right)):',
    JSON.stringify(isotonicKnots(nulls, { decreasing: true })),
  );
  console.log('  unmapped columns by their best rejected score:');
  for (const [lo, hi] of [
    [0, 0.001],
    [0.001, 0.2],
    [0.2, 0.35],
    [0.35, 0.45],
    [0.45, 0.5],
    [0.5, 1.01],
  ] as const) {
    const bin = nulls.filter((i) => i.score >= lo && i.score < hi);
    console.log(
      `    [${lo.toFixed(2)}, ${Math.min(1, hi).toFixed(2)})  n=${String(bin.length).padStart(4)}  right ${bin.filter((i) => i.correct).length}`,
    );
  }
}

// speed: 60 columns × 10,000 rows
{
  const text = wideCsv(60, 10_000);
  const parsed = parseCsv(text);
  // a fixed reference workload (600,000 Map updates), to tell a slow or busy machine from a slow profiler
  const reference = () => {
    const t = performance.now();
    const m = new Map<string, number>();
    for (let i = 0; i < 600_000; i++) {
      const k = `v${i % 10_000}`;
      m.set(k, (m.get(k) ?? 0) + 1);
    }
    return performance.now() - t;
  };
  const runs: { profile: number; match: number; reference: number }[] = [];
  for (let i = 0; i < 11; i++) {
    const ref = reference();
    const t0 = performance.now();
    const profiles = await profileColumns(parsed.rows, { columns: parsed.columns });
    const t1 = performance.now();
    suggestMappings(profiles);
    const t2 = performance.now();
    runs.push({ profile: t1 - t0, match: t2 - t1, reference: ref });
  }
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const median = (xs: number[]) => sorted(xs)[Math.floor(xs.length / 2)]!;
  const min = (xs: number[]) => sorted(xs)[0]!;
  const totals = runs.map((r) => r.profile + r.match);
  const t3 = performance.now();
  parseCsv(text);
  const parseMs = performance.now() - t3;
  const t4 = performance.now();
  const fromFile = await profileCsv(new TextEncoder().encode(text));
  suggestMappings(fromFile.columns);
  const endToEnd = performance.now() - t4;
  console.log(
    `\nspeed, profile + match of 60 columns × 10,000 rows (${(text.length / 1e6).toFixed(1)} MB, rows already parsed), ${runs.length} runs:` +
      `\n  median ${median(totals).toFixed(0)} ms (profile ${median(runs.map((r) => r.profile)).toFixed(0)} + match ${median(runs.map((r) => r.match)).toFixed(1)}), best ${min(totals).toFixed(0)} ms — target < 300 ms` +
      `\n  reference workload on this machine: median ${median(runs.map((r) => r.reference)).toFixed(0)} ms, best ${min(runs.map((r) => r.reference)).toFixed(0)} ms` +
      `\n  (for comparison: CSV parse alone ${parseMs.toFixed(0)} ms; bytes → profileCsv → suggestMappings ${endToEnd.toFixed(0)} ms)`,
  );
}

if (jsonOut) {
  writeFileSync(jsonOut, `${JSON.stringify(output, null, 1)}\n`);
  console.log(`\nwrote ${jsonOut}`);
}

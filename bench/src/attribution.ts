// Attribution benchmark: matching and every model on 100k conversions with three
// touchpoints each, then with 100k people who did not convert added (the Markov
// model derives its non-converting journeys from them), then the Markov solve
// alone as the number of channels grows.
// Run: pnpm --filter @growthnav/conversions build && node bench/src/attribution.ts
import os from 'node:os';
import {
  type AttributableConversion,
  type AttributableTouchpoint,
  attribute,
  attributionModels,
  attributionReport,
  MAX_MARKOV_CHANNELS,
  markovRemovalEffects,
  matchTouchpoints,
} from '@growthnav/conversions';

const CONVERSIONS = 100_000;
const TOUCHES_PER_CONVERSION = 3;
const NON_CONVERTING_PEOPLE = 100_000;
const RUNS = 3;

/** Small deterministic PRNG (mulberry32) so every run sees the same data. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(42);
const platforms = ['google_ads', 'meta', 'tiktok', 'microsoft_ads', 'email', 'organic'];
const campaigns = Array.from({ length: 20 }, (_, i) => `campaign-${i}`);
const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
const start = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

const conversions: AttributableConversion[] = [];
const converting: AttributableTouchpoint[] = [];
for (let i = 0; i < CONVERSIONS; i++) {
  const person = `p${i}`;
  const time = start + Math.floor(rand() * 180 * DAY);
  // 30 % of conversions carry a gclid that their last touch also carries.
  const gclid = rand() < 0.3 ? `G-${i}` : null;
  conversions.push({
    conversionId: `c${i}`,
    timestamp: iso(time),
    value: Math.round(rand() * 20000) / 100,
    userId: person,
    clickIds: { gclid },
  });
  for (let j = 0; j < TOUCHES_PER_CONVERSION; j++) {
    const last = j === TOUCHES_PER_CONVERSION - 1;
    converting.push({
      touchpointId: `t${i}-${j}`,
      platform: last && gclid ? 'google_ads' : pick(platforms),
      campaign: pick(campaigns),
      // Up to 40 days back with a 30-day lookback: some touches fall outside the window.
      timestamp: iso(time - (last && gclid ? 3_600_000 : Math.floor(rand() * 40 * DAY) + 1)),
      userId: person,
      clickIds: { gclid: last ? gclid : null },
    });
  }
}
const nonConverting: AttributableTouchpoint[] = [];
for (let i = 0; i < NON_CONVERTING_PEOPLE; i++) {
  const time = start + Math.floor(rand() * 180 * DAY);
  for (let j = 0; j < 2; j++) {
    nonConverting.push({
      touchpointId: `n${i}-${j}`,
      platform: pick(platforms),
      campaign: pick(campaigns),
      timestamp: iso(time + j * DAY),
      userId: `q${i}`,
    });
  }
}

/**
 * Median wall time and median CPU time of this process over RUNS runs after a
 * warm-up. On a busy machine wall time includes waiting for a core; CPU time
 * (user + system, all threads, so GC threads too) does not.
 */
function time<T>(fn: () => T): { ms: number; cpuMs: number; result: T } {
  let result = fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { ms: median(wall), cpuMs: median(cpu), result };
}

const fmt = ({ ms, cpuMs }: { ms: number; cpuMs: number }) =>
  `${ms.toFixed(0).padStart(6)} ms wall ${cpuMs.toFixed(0).padStart(6)} ms cpu`;
const n = (x: number) => x.toLocaleString('en-US');

// A fixed reference workload, so figures from a busy or slow machine can be scaled.
const reference = time(() => {
  const seen = new Set<string>();
  for (const t of converting) seen.add(t.touchpointId);
  return seen.size;
});
console.log(
  `Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}; median of ${RUNS} runs after a warm-up`,
);
console.log(`reference: adding ${n(converting.length)} ids to a new Set ${fmt(reference)}\n`);

for (const [label, touchpoints] of [
  [`${n(CONVERSIONS)} conversions × ${TOUCHES_PER_CONVERSION} touchpoints`, converting],
  [
    `… plus ${n(NON_CONVERTING_PEOPLE)} people who did not convert (2 touchpoints each)`,
    [...converting, ...nonConverting],
  ],
] as const) {
  console.log(`${label}: ${n(touchpoints.length)} touchpoints`);
  const matched = time(() => matchTouchpoints(conversions, touchpoints, { lookbackDays: 30 }));
  const onPaths = matched.result.reduce((sum, p) => sum + p.touchpoints.length, 0);
  console.log(`  matchTouchpoints                     ${fmt(matched)}   ${n(onPaths)} touches on paths`);
  for (const model of attributionModels) {
    const run = time(() => attribute(conversions, touchpoints, { model, lookbackDays: 30 }));
    const extra = run.result.markov
      ? `, ${n(run.result.markov.nonConvertingPaths)} non-converting journeys`
      : '';
    console.log(
      `  attribute ${model.padEnd(27)}${fmt(run)}   ${n(run.result.conversions.length)} attributed, ${n(run.result.unattributed.length)} unattributed${extra}`,
    );
  }
  const byCampaign = time(() =>
    attribute(conversions, touchpoints, {
      model: 'markov',
      markovChannel: 'platform_campaign',
      lookbackDays: 30,
    }),
  );
  console.log(
    `  attribute markov (platform_campaign) ${fmt(byCampaign)}   ${byCampaign.result.markov?.channels.length} channels`,
  );
  const report = time(() => attributionReport(byCampaign.result.conversions));
  console.log(`  attributionReport                    ${fmt(report)}   ${report.result.rows.length} rows\n`);
}

console.log('markovRemovalEffects alone, 20,000 random journeys of 1–6 touches:');
for (const k of [10, 100, 300, MAX_MARKOV_CHANNELS]) {
  const names = Array.from({ length: k }, (_, i) => `ch${i}`);
  const journeys = Array.from({ length: 20_000 }, () =>
    Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pick(names)),
  );
  const run = time(() =>
    markovRemovalEffects({ converting: journeys.slice(0, 5_000), nonConverting: journeys.slice(5_000) }),
  );
  console.log(`  ${String(k).padStart(5)} channels ${fmt(run)}`);
}

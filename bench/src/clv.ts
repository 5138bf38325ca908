// CLV benchmark: the CDNOW results of Fader, Hardie & Lee (2005) from the raw
// transactions, timed, then scoring of a large synthetic customer base.
//   1. read CDNOW_sample.txt (the 1/10 sample, 6,919 transactions, 2,357 customers),
//   2. RFM summary with calibration end 1997-09-30 in weeks,
//   3. BG/NBD and Gamma-Gamma maximum-likelihood fits,
//   4. CLV of 1,000,000 customers simulated from the fitted models (first purchase
//      spread over 12 weeks like the CDNOW cohort, so T is 27–39 weeks): P(alive),
//      expected purchases and spend, and 52-week CLV in 12 discounted periods.
// Run: pnpm bench:clv [--json] [--customers N] [--data DIR]
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import {
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  simulateCustomers,
  summarizeRfm,
  type Transaction,
} from '@growthnav/clv';

const args = process.argv.slice(2);
const json = args.includes('--json');
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const customers = Number(option('--customers') ?? 1_000_000);
const dataDir = option('--data') ?? join(import.meta.dirname, '../../../shared/data/cdnow');
/** Warm repetitions after the first (cold) run, to show JIT warm-up separately. */
const WARM_RUNS = 5;
const TARGET_FITS_MS = 100;
const TARGET_SCORING_MS = 2000;
const PUBLISHED = {
  bgnbd: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, logLikelihood: -9582.4 },
  gammaGamma: { p: 6.25, q: 3.74, v: 15.44 },
};

const time = <T>(work: () => T): [T, number] => {
  const start = performance.now();
  const result = work();
  return [result, performance.now() - start];
};
const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

// 1. Parse: sample id is the person; YYYYMMDD becomes a calendar day.
const [transactions, parseMs] = time((): Transaction[] =>
  readFileSync(join(dataDir, 'CDNOW_sample.txt'), 'utf8')
    .trim()
    .split(/\r?\n/)
    .map((line) => {
      const [, id, day, , dollars] = line.trim().split(/\s+/);
      return {
        personId: String(Number(id)),
        date: `${day!.slice(0, 4)}-${day!.slice(4, 6)}-${day!.slice(6, 8)}`,
        value: Number(dollars),
      };
    }),
);

// 2–3. Summary and fits, first run (cold: includes JIT compilation), then warm repeats.
const fitOnce = () => {
  const [summary, summaryMs] = time(() =>
    summarizeRfm(transactions, { observationEnd: '1997-09-30', unit: 'weeks' }),
  );
  const [bgNbd, bgNbdMs] = time(() => fitBgNbd(summary.customers));
  const [gammaGamma, gammaGammaMs] = time(() => fitGammaGamma(summary.customers));
  return {
    summary,
    bgNbd,
    gammaGamma,
    summaryMs,
    bgNbdMs,
    gammaGammaMs,
    totalMs: summaryMs + bgNbdMs + gammaGammaMs,
  };
};
const cold = fitOnce();
const warm = Array.from({ length: WARM_RUNS }, fitOnce);
const { summary, bgNbd, gammaGamma } = cold;

// 4. Scoring: simulate (not timed as scoring), then score; first run builds the tables.
const [population, simulateMs] = time(() =>
  simulateCustomers({
    bgNbd: bgNbd.params,
    gammaGamma: gammaGamma.params,
    customers,
    T: { min: 27, max: 39 },
    seed: 2005,
  }),
);
const scoreOptions = {
  bgNbd: bgNbd.params,
  gammaGamma: gammaGamma.params,
  horizon: 52,
  periods: 12,
  discountRate: 0.01,
  margin: 1,
};
const [scores, scoringMs] = time(() => customerLifetimeValue(population, scoreOptions));
const scoringWarm = Array.from(
  { length: 2 },
  () => time(() => customerLifetimeValue(population, scoreOptions))[1],
);
let totalClv = 0;
let totalPurchases = 0;
let totalAlive = 0;
for (let i = 0; i < customers; i++) {
  totalClv += scores.clv[i]!;
  totalPurchases += scores.expectedPurchases[i]!;
  totalAlive += scores.probabilityAlive[i]!;
}

const round = (v: number, digits = 4) => Number(v.toFixed(digits));
const timingsMs = {
  parse: round(parseMs, 2),
  rfmSummary: round(cold.summaryMs, 2),
  bgnbdFit: round(cold.bgNbdMs, 2),
  gammaGammaFit: round(cold.gammaGammaMs, 2),
  fitsTotal: round(cold.totalMs, 2),
  fitsTotalWarmMedian: round(median(warm.map((w) => w.totalMs)), 2),
  simulate: round(simulateMs, 1),
  scoring: round(scoringMs, 1),
  scoringWarmMedian: round(median(scoringWarm), 1),
};

if (json) {
  console.log(
    JSON.stringify(
      {
        bgnbd: {
          r: round(bgNbd.params.r, 6),
          alpha: round(bgNbd.params.alpha, 6),
          a: round(bgNbd.params.a, 6),
          b: round(bgNbd.params.b, 6),
          logLikelihood: round(bgNbd.logLikelihood, 4),
        },
        gammaGamma: {
          p: round(gammaGamma.params.p, 6),
          q: round(gammaGamma.params.q, 6),
          v: round(gammaGamma.params.gamma, 6),
        },
        timingsMs,
        customers: { cdnow: summary.customers.length, scored: customers },
        targetsMet: {
          fitsUnder100Ms: cold.totalMs < TARGET_FITS_MS,
          scoringUnder2S: scoringMs < TARGET_SCORING_MS,
        },
      },
      null,
      2,
    ),
  );
} else {
  const ms = (v: number) => `${v.toFixed(1).padStart(8)} ms`;
  const p = bgNbd.params;
  const g = gammaGamma.params;
  console.log(
    `CLV benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, load ${os.loadavg()[0]!.toFixed(2)}`,
  );
  console.log('');
  console.log(
    `CDNOW (Fader, Hardie & Lee 2005) from CDNOW_sample.txt: ${transactions.length.toLocaleString('en-US')} transactions`,
  );
  console.log(`  read and parse                                       ${ms(parseMs)}`);
  console.log(
    `  RFM summary to 1997-09-30, weeks: ${summary.customers.length} customers     ${ms(cold.summaryMs)}   (${summary.counts.used} used, ${summary.counts.excluded.afterObservationEnd} after the end, ${summary.counts.mergedSameDay} same-day merged)`,
  );
  console.log(
    `  BG/NBD      r=${p.r.toFixed(4)} α=${p.alpha.toFixed(4)} a=${p.a.toFixed(4)} b=${p.b.toFixed(4)}  ${ms(cold.bgNbdMs)}   LL ${bgNbd.logLikelihood.toFixed(2)}, ${bgNbd.diagnostics.iterations} BFGS iterations`,
  );
  console.log(
    `              published   0.243  4.414  0.793  2.426                        LL ${PUBLISHED.bgnbd.logLikelihood}`,
  );
  console.log(
    `  Gamma-Gamma p=${g.p.toFixed(4)} q=${g.q.toFixed(4)} γ=${g.gamma.toFixed(4)}             ${ms(cold.gammaGammaMs)}   LL ${gammaGamma.logLikelihood.toFixed(2)}, ${gammaGamma.customers} repeat customers, ${gammaGamma.diagnostics.iterations} iterations`,
  );
  console.log(`              published   6.25   3.74   15.44`);
  console.log(
    `  summary + both fits, first run                       ${ms(cold.totalMs)}   target < ${TARGET_FITS_MS} ms: ${cold.totalMs < TARGET_FITS_MS ? 'met' : 'MISSED'} (warm median of ${WARM_RUNS}: ${median(warm.map((w) => w.totalMs)).toFixed(1)} ms)`,
  );
  console.log('');
  console.log(
    `Scoring ${customers.toLocaleString('en-US')} synthetic customers (simulated from the fitted models, T 27–39 weeks)`,
  );
  console.log(`  simulate (setup, not scoring)                        ${ms(simulateMs)}`);
  console.log(
    `  P(alive), E[purchases], E[spend], 52-week CLV       ${ms(scoringMs)}   target < ${TARGET_SCORING_MS} ms: ${scoringMs < TARGET_SCORING_MS ? 'met' : 'MISSED'} (warm: ${scoringWarm.map((v) => v.toFixed(0)).join(', ')} ms)`,
  );
  console.log(
    `  mean P(alive) ${(totalAlive / customers).toFixed(4)}, mean purchases next 52 weeks ${(totalPurchases / customers).toFixed(4)}, mean CLV $${(totalClv / customers).toFixed(2)} (12 periods, 1 % per period)`,
  );
}

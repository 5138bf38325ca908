/**
 * Sync benchmark: a full incremental read of Square payments from the local
 * sandbox (a real HTTP server in a child process, no artificial latency),
 * through the whole connector stack: ky, the retry loop, pagination, the
 * wire schema check, dedupe and a state checkpoint per page.
 *
 *   pnpm bench:sync [--records 100000] [--page-size 100] [--locations 1] [--latency 0] [--seed 1]
 *
 * One page is read first as a warm-up (the sandbox builds its sorted index);
 * the timed run is a separate full sync from no state, in a fresh process
 * whose JIT is still cold. A second full sync then shows the warm rate.
 * Prints records/s, total time, pages, requests, memory after every 20,000
 * records (to show it stays flat) and peak RSS, and checks that every
 * payment arrived exactly once (count and id checksum against the sandbox).
 */
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnector, type SquareConnector } from '@growthnav/connectors';
import { addId, type Checksum } from './sync/checksum.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '100000' },
    'page-size': { type: 'string', default: '100' },
    locations: { type: 'string', default: '1' },
    latency: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
  },
});
const records = Number(values.records);
// A full GC on demand, to measure what the sync retains (not what V8 has yet to collect).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const pageSize = Number(values['page-size']);
const TARGET = 20_000; // records/s, from the issue
const MB = 2 ** 20;

interface Ready {
  url: string;
  checksum: Checksum;
  generatedMs: number;
}

const child = fork(new URL('./sync/sandbox-process.ts', import.meta.url), [
  String(records),
  String(values.seed),
  String(values.locations),
  String(values.latency),
]);
const ready = await new Promise<Ready>((resolve, reject) => {
  child.once('message', (m) => resolve(m as Ready));
  child.once('error', reject);
  child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
});
console.log(
  `sandbox: ${records.toLocaleString('en-US')} Square payments, ${values.locations} location(s), latency ${values.latency} ms, generated in ${(ready.generatedMs / 1000).toFixed(1)} s (separate process)`,
);

const connector = createConnector('square', {
  baseUrl: ready.url,
  credentials: { type: 'bearer', token: 'sq-sandbox-token' },
  pageSize,
}) as SquareConnector;

// Warm-up: one page, so the sandbox has built its sorted index and both sides are past JIT start-up.
for await (const message of connector.read('payments')) if (message.type === 'state') break;

const got: Checksum = { count: 0, sum: 0 };
let pages = 0;
let quarantined = 0;
const marks: { records: number; ms: number; rss: number; heap: number; retained: number }[] = [];
let gcMs = 0;
const every = 20_000;
let nextMark = every;
const started = performance.now();
const cpuStart = process.cpuUsage();
for await (const message of connector.read('payments')) {
  if (message.type === 'record') {
    addId(got, message.data.id as string);
    if (got.count === nextMark) {
      const { rss, heapUsed } = process.memoryUsage();
      const gcStart = performance.now();
      gc();
      const retained = process.memoryUsage().heapUsed;
      gcMs += performance.now() - gcStart; // not counted as sync time
      marks.push({
        records: got.count,
        ms: performance.now() - started - gcMs,
        rss,
        heap: heapUsed,
        retained,
      });
      nextMark += every;
    }
  } else if (message.type === 'state') pages++;
  else quarantined++;
}
const ms = performance.now() - started - gcMs;
const cpu = process.cpuUsage(cpuStart);
const cpuMs = (cpu.user + cpu.system) / 1000;
const rate = got.count / (ms / 1000);
const peakRss = process.resourceUsage().maxRSS * 1024;

console.log('');
console.log('  records   elapsed   records/s   RSS MiB   heap MiB   heap after GC MiB');
for (const m of marks) {
  console.log(
    `${m.records.toLocaleString('en-US').padStart(9)} ${(m.ms / 1000).toFixed(2).padStart(8)} s ${Math.round(
      m.records / (m.ms / 1000),
    )
      .toLocaleString('en-US')
      .padStart(
        11,
      )} ${(m.rss / MB).toFixed(1).padStart(9)} ${(m.heap / MB).toFixed(1).padStart(10)} ${(m.retained / MB).toFixed(1).padStart(19)}`,
  );
}
console.log('');
console.log(`records:      ${got.count.toLocaleString('en-US')} (${quarantined} quarantined)`);
console.log(`pages:        ${pages.toLocaleString('en-US')} of ${pageSize} (state checkpoint after each)`);
console.log(
  `requests:     ${connector.client.stats.requests.toLocaleString('en-US')} (${connector.client.stats.retries} retries)`,
);
console.log(`total time:   ${(ms / 1000).toFixed(2)} s`);
console.log(
  `throughput:   ${Math.round(rate).toLocaleString('en-US')} records/s (first sync in a fresh process; target ≥ ${TARGET.toLocaleString('en-US')})`,
);
console.log(
  `client CPU:   ${(cpuMs / 1000).toFixed(2)} s (${((cpuMs * 1000) / got.count).toFixed(1)} µs per record, all threads; ${Math.round(got.count / (cpuMs / 1000)).toLocaleString('en-US')} records per CPU-second)`,
);
const first = marks[0];
const last = marks.at(-1);
if (first && last) {
  console.log(
    `memory:       heap retained after GC ${(first.retained / MB).toFixed(1)} MiB after ${first.records.toLocaleString('en-US')} records → ${(last.retained / MB).toFixed(1)} MiB after ${last.records.toLocaleString('en-US')}; RSS ${(first.rss / MB).toFixed(1)} → ${(last.rss / MB).toFixed(1)} MiB (V8 and allocator reserves; levels off, try --records 400000)`,
  );
}
console.log(`peak RSS:     ${(peakRss / MB).toFixed(1)} MiB (client process)`);
const exact = got.count === ready.checksum.count && got.sum === ready.checksum.sum;
console.log(
  `exactly once: ${exact ? 'yes' : 'NO'} (count ${got.count} vs ${ready.checksum.count}, id checksum ${got.sum.toString(16)} vs ${ready.checksum.sum.toString(16)})`,
);

// A second full sync from no state in the same process: what a long-running
// service that syncs tenant after tenant sees once the JIT has warmed up.
const warm: Checksum = { count: 0, sum: 0 };
const warmStarted = performance.now();
for await (const message of connector.read('payments')) {
  if (message.type === 'record') addId(warm, message.data.id as string);
}
const warmMs = performance.now() - warmStarted;
const warmRate = warm.count / (warmMs / 1000);
const warmExact = warm.count === ready.checksum.count && warm.sum === ready.checksum.sum;
console.log(
  `warm sync:    ${Math.round(warmRate).toLocaleString('en-US')} records/s (a second full sync from no state in the same process, ${(warmMs / 1000).toFixed(2)} s; exactly once: ${warmExact ? 'yes' : 'NO'})`,
);
const verdict = (r: number) => (r >= TARGET ? 'met' : 'NOT met');
console.log(
  `target:       ≥ ${TARGET.toLocaleString('en-US')} records/s → first sync in a fresh process ${verdict(rate)}, warm sync ${verdict(warmRate)}`,
);

child.send('close');
await new Promise((resolve) => child.once('exit', resolve));
if (!exact || !warmExact) process.exitCode = 1;

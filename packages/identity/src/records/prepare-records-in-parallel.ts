import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountryCode } from '../canonical/index.js';
import { parseNanpPhone } from '../canonical/parse-nanp-phone.js';
import type { IdentityRecord } from './identity-record.js';
import {
  beginPrepareRecords,
  type PreparedRecords,
  type PrepareRecordsOptions,
  prepareRecords,
  resolvePhones,
} from './prepare-records.js';

// Separator of values handed to and from the worker; canonical phones never
// contain it (spellings that do are parsed in this thread).
const SEPARATOR = '\u0001';
const NULL = '';

/**
 * Below this many phone spellings that need libphonenumber-js's parser (not
 * an everyday North American spelling, which the fast path reads in about a
 * microsecond) a worker thread costs more than it saves.
 */
const MIN_PHONES_FOR_WORKER = 20_000;

/** The bundled worker script next to this module, when built; absent when running from source. */
function workerScript(): URL | null {
  const url = new URL('./phone-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * `prepareRecords` with phone parsing split across this thread and a worker
 * thread when many numbers need libphonenumber-js's full parser (numbers
 * outside North America, unusual spellings). Gives exactly what
 * `prepareRecords` gives; runs in one thread when few numbers need the parser
 * or when the worker script is not there (running from source).
 */
export async function prepareRecordsInParallel(
  records: Iterable<IdentityRecord> | readonly IdentityRecord[],
  options: PrepareRecordsOptions = {},
): Promise<PreparedRecords> {
  const region: CountryCode = options.defaultRegion ?? 'US';
  const script = workerScript();
  if (script === null) return prepareRecords(records, options);
  const started = beginPrepareRecords(records, options);
  const spellings = started.phoneSpellings;
  // Spellings the fast path cannot read go through the full parser: half of them on the worker.
  const slow: number[] = [];
  for (let k = 0; k < spellings.length; k++) {
    const raw = spellings[k]!;
    if (raw.includes(SEPARATOR)) continue;
    if (parseNanpPhone(raw.normalize('NFKC').trim(), region) === undefined) slow.push(k);
  }
  if (slow.length < MIN_PHONES_FOR_WORKER) return started.finish(resolvePhones(spellings, region));
  const offloaded = slow.slice(0, slow.length >> 1);
  const parsed = new Promise<string>((resolve, reject) => {
    const raws = offloaded.map((k) => spellings[k]!).join(SEPARATOR);
    const worker = new Worker(script, { workerData: { raws, region } });
    worker.once('message', (text: string) => {
      resolve(text);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  const onWorker = new Uint8Array(spellings.length);
  for (const k of offloaded) onWorker[k] = 1;
  const here = resolvePhones(
    spellings.filter((_, k) => onWorker[k] === 0),
    region,
  );
  const there = (await parsed).split(SEPARATOR);
  const resolved: (string | null)[] = new Array(spellings.length);
  let h = 0;
  let t = 0;
  for (let k = 0; k < spellings.length; k++) {
    if (onWorker[k] === 1) {
      const v = there[t++] ?? NULL;
      resolved[k] = v === NULL ? null : v;
    } else resolved[k] = here[h++]!;
  }
  return started.finish(resolved);
}

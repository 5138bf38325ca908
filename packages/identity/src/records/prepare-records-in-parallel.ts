import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CountryCode } from '../canonical/index.js';
import type { IdentityRecord } from './identity-record.js';
import {
  beginPrepareRecords,
  collectPhoneKeys,
  type PreparedRecords,
  type PrepareRecordsOptions,
  prepareRecords,
  resolvePhones,
} from './prepare-records.js';

// Separator of values handed to and from the worker; canonical phones and
// their memo keys never contain it (values that do are parsed in this thread).
const SEPARATOR = '\u0001';
const NULL = '';

/** Below this many distinct phones a worker thread costs more than it saves. */
const MIN_PHONES_FOR_WORKER = 20_000;

/** The bundled worker script next to this module, when built; absent when running from source. */
function workerScript(): URL | null {
  const url = new URL('./phone-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/**
 * `prepareRecords` with phone parsing (libphonenumber, the costliest step of
 * large runs) on a worker thread while this thread canonicalises everything
 * else. Gives exactly what `prepareRecords` gives; runs in one thread for
 * small inputs or when the worker script is not there (running from source).
 */
export async function prepareRecordsInParallel(
  records: readonly IdentityRecord[],
  options: PrepareRecordsOptions = {},
): Promise<PreparedRecords> {
  const region: CountryCode = options.defaultRegion ?? 'US';
  const script = workerScript();
  if (script === null) return prepareRecords(records, options);
  const phones = collectPhoneKeys(records, region);
  if (phones.size < MIN_PHONES_FOR_WORKER) return prepareRecords(records, options);
  const keys: string[] = [];
  const raws: string[] = [];
  for (const [key, raw] of phones) {
    if (raw.includes(SEPARATOR)) continue;
    keys.push(key);
    raws.push(raw);
  }
  const parsed = new Promise<string>((resolve, reject) => {
    const worker = new Worker(script, { workerData: { raws: raws.join(SEPARATOR), region } });
    worker.once('message', (text: string) => {
      resolve(text);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
  const started = beginPrepareRecords(records, options);
  const results = (await parsed).split(SEPARATOR);
  const resolved = new Map<string, string | null>();
  keys.forEach((k, i) => {
    const v = results[i] ?? NULL;
    resolved.set(k, v === NULL ? null : v);
  });
  // Spellings left out of the worker (none in practice) are parsed here.
  const rest = new Map([...started.pendingPhones].filter(([k]) => !resolved.has(k)));
  if (rest.size > 0) {
    for (const [k, v] of resolvePhones(rest, region)) resolved.set(k, v);
  }
  return started.finish(resolved);
}

import { parentPort, workerData } from 'node:worker_threads';
import type { CountryCode } from '../canonical/index.js';
import { resolvePhones } from './prepare-records.js';

// Worker entry of prepareRecordsInParallel: parses phone spellings, posts canonical results back in order.
const { raws, region } = workerData as { raws: string; region: CountryCode };
const list = raws === '' ? [] : raws.split('\u0001');
parentPort!.postMessage(
  resolvePhones(list, region)
    .map((v) => v ?? '')
    .join('\u0001'),
);

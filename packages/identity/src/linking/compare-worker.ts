import { parentPort, workerData } from 'node:worker_threads';
import { bindKernels, comparisonKernels } from '../model/compare-pairs.js';
import { compileComparison } from '../model/comparison.js';
import type { PreparedRecords } from '../records/prepare-records.js';
import {
  CompareHelper,
  type CompareJob,
  type CompareWorkerData,
  workOnChunks,
} from './compare-in-parallel.js';

// Helper-thread entry of CompareHelper: compiles the comparisons over the columns it was
// given, then claims chunks of each job posted to it alongside the main thread.
const data = workerData as CompareWorkerData;
const columns = Object.fromEntries(
  Object.entries(data.columns).map(([name, c]) => [
    name,
    { name, codes: c!.codes, more: c!.more, values: c!.values, counts: [], nonNull: 0 },
  ]),
);
const prepared = { size: data.size, columns } as unknown as PreparedRecords;
const kernels = comparisonKernels(data.specs.map((spec) => compileComparison(spec, prepared)));

parentPort!.on('message', (job: CompareJob) => {
  try {
    if (kernels === null) throw new Error('comparisons have no batch kernels');
    workOnChunks(bindKernels(kernels, job.layout), job);
  } catch {
    CompareHelper.fail(job);
  }
});

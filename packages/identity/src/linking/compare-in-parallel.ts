import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CandidatePairs } from '../model/block-records.js';
import {
  bindKernels,
  type ComparisonLayout,
  compareRange,
  comparisonKernels,
  comparisonLayout,
  fillComparisonMatrix,
} from '../model/compare-pairs.js';
import type { ComparisonSpec, CompiledComparison } from '../model/comparison.js';
import type { IdentityColumn, PreparedColumn, PreparedRecords } from '../records/prepare-records.js';

/**
 * Below this many records a helper thread is not started: its start-up and
 * copying the compared columns (about a second at a million records, spent
 * while this thread blocks) cost more than half of comparing saves.
 */
export const MIN_RECORDS_FOR_HELPER = 200_000;
/** Below this many candidate pairs the helper thread is not used. */
const MIN_PAIRS_FOR_HELPER = 500_000;
/** Pairs per unit of work the two threads take turns to claim. */
const CHUNK_PAIRS = 32_768;
/**
 * How long this thread waits without progress for chunks the helper claimed
 * before comparing them itself (the result is the same, so a stuck or dead
 * helper costs time, never correctness).
 */
const STALL_MS = 10_000;

// Slots of the shared control words.
const NEXT_CHUNK = 0;
const DONE_CHUNKS = 1;
const FAILED = 2;

/** The columns a helper thread needs to compile the comparisons. */
export interface CompareWorkerData {
  specs: ComparisonSpec[];
  size: number;
  columns: Partial<
    Record<IdentityColumn, { codes: Int32Array; more: Map<number, number[]>; values: string[] }>
  >;
}

/** One comparing job, in shared memory. */
export interface CompareJob {
  rows: Int32Array;
  layout: ComparisonLayout;
  left: Int32Array;
  right: Int32Array;
  length: number;
  out: Uint8Array;
  /** NEXT_CHUNK, DONE_CHUNKS, FAILED. */
  control: Int32Array;
  /** 1 per chunk once its levels are written. */
  chunkDone: Uint8Array;
}

/** Claims chunks of `job` until none is left, writing their levels. Shared by both threads. */
export function workOnChunks(
  levels: ReturnType<typeof bindKernels>,
  job: CompareJob,
  from = Atomics.add(job.control, NEXT_CHUNK, 1),
): void {
  const chunks = Math.ceil(job.length / CHUNK_PAIRS);
  for (let chunk = from; chunk < chunks; chunk = Atomics.add(job.control, NEXT_CHUNK, 1)) {
    const start = chunk * CHUNK_PAIRS;
    const end = Math.min(job.length, start + CHUNK_PAIRS);
    compareRange(levels, job.rows, job.layout.width, job.left, job.right, start, end, job.out);
    Atomics.store(job.chunkDone, chunk, 1);
    Atomics.add(job.control, DONE_CHUNKS, 1);
    Atomics.notify(job.control, DONE_CHUNKS);
  }
}

/**
 * The bundled worker script next to this module; from TypeScript sources
 * (tests) the built one in dist/, when the package has been built.
 */
function workerScript(): URL | null {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(fromSource ? '../../dist/compare-worker.js' : './compare-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

/** When a helper pays; lowered only by tests, to exercise the helper on small inputs. */
export interface HelperThresholds {
  minRecords: number;
  minPairs: number;
}
const DEFAULT_THRESHOLDS: HelperThresholds = {
  minRecords: MIN_RECORDS_FOR_HELPER,
  minPairs: MIN_PAIRS_FOR_HELPER,
};

function shared(codes: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(codes.byteLength));
  copy.set(codes);
  return copy;
}

/**
 * A helper thread that compares candidate pairs alongside this one. Started
 * before blocking, so it loads the compared columns while this thread blocks;
 * `compare` then splits the pairs between both threads and waits (this
 * function stays synchronous: the threads meet through `Atomics`). Gives
 * exactly the levels `comparePairs` gives.
 */
export class CompareHelper {
  private constructor(
    private readonly worker: Worker,
    private readonly thresholds: HelperThresholds,
  ) {}

  /** A helper for comparing with `specs`, or null when one would not pay (small input, one core, running from source). */
  static start(
    prepared: PreparedRecords,
    specs: readonly ComparisonSpec[],
    thresholds: HelperThresholds = DEFAULT_THRESHOLDS,
  ): CompareHelper | null {
    if (prepared.size < thresholds.minRecords || availableParallelism() < 2) return null;
    const script = workerScript();
    if (script === null) return null;
    const needed = new Set<IdentityColumn>();
    for (const spec of specs) {
      needed.add(spec.column);
      for (const level of spec.levels) {
        if (level.kind === 'swapped') needed.add(level.otherColumn);
        else if ('column' in level && level.column !== undefined) needed.add(level.column);
      }
    }
    const columns: CompareWorkerData['columns'] = {};
    for (const name of needed) {
      const c: PreparedColumn = prepared.columns[name];
      columns[name] = { codes: shared(c.codes), more: c.more, values: c.values };
    }
    const data: CompareWorkerData = { specs: [...specs], size: prepared.size, columns };
    try {
      const worker = new Worker(script, { workerData: data });
      worker.unref();
      // A failing helper is not an error of the run: this thread compares whatever it leaves.
      worker.on('error', () => {});
      return new CompareHelper(worker, thresholds);
    } catch {
      return null;
    }
  }

  /**
   * Starts comparing every pair on the helper thread and returns a handle
   * whose `finish` joins in on this thread and returns the levels (as
   * `comparePairs`); null when the pairs are too few to share. Between the
   * two calls this thread is free for work that does not need the levels.
   */
  begin(pairs: CandidatePairs, comparisons: readonly CompiledComparison[]): { finish(): Uint8Array } | null {
    const kernels = comparisonKernels(comparisons);
    if (kernels === null || pairs.length < this.thresholds.minPairs) return null;
    const { layout, columns } = comparisonLayout(kernels);
    const n = columns[0]?.length ?? 0;
    const rows = new Int32Array(new SharedArrayBuffer(n * layout.width * 4));
    fillComparisonMatrix(kernels, layout, columns, rows);
    const C = comparisons.length;
    const left = shared(pairs.left.subarray(0, pairs.length));
    const right = shared(pairs.right.subarray(0, pairs.length));
    const chunks = Math.ceil(pairs.length / CHUNK_PAIRS);
    const job: CompareJob = {
      rows,
      layout,
      left,
      right,
      length: pairs.length,
      out: new Uint8Array(new SharedArrayBuffer(pairs.length * C)),
      control: new Int32Array(new SharedArrayBuffer(3 * 4)),
      chunkDone: new Uint8Array(new SharedArrayBuffer(chunks)),
    };
    this.worker.postMessage(job);
    return {
      finish: () => {
        const levels = bindKernels(kernels, layout);
        workOnChunks(levels, job);
        // Wait for the chunks the helper took; take over if it fails or stalls.
        let done = Atomics.load(job.control, DONE_CHUNKS);
        while (done < chunks && Atomics.load(job.control, FAILED) === 0) {
          if (Atomics.wait(job.control, DONE_CHUNKS, done, STALL_MS) === 'timed-out') break;
          done = Atomics.load(job.control, DONE_CHUNKS);
        }
        for (let chunk = 0; chunk < chunks; chunk++) {
          if (Atomics.load(job.chunkDone, chunk) === 1) continue;
          const start = chunk * CHUNK_PAIRS;
          const end = Math.min(pairs.length, start + CHUNK_PAIRS);
          compareRange(levels, rows, layout.width, left, right, start, end, job.out);
        }
        return job.out;
      },
    };
  }

  close(): void {
    void this.worker.terminate();
  }

  /** Marks a job failed (the helper's side), so this thread stops waiting. */
  static fail(job: CompareJob): void {
    Atomics.store(job.control, FAILED, 1);
    Atomics.notify(job.control, DONE_CHUNKS);
  }
}

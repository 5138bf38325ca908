import { defineConfig } from 'tsup';

export default defineConfig({
  // phone-worker is the worker-thread script of prepareRecordsInParallel, loaded next to index.js.
  entry: { index: 'src/index.ts', 'phone-worker': 'src/records/phone-worker.ts' },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node22',
});

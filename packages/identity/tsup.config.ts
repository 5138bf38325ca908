import { defineConfig } from 'tsup';

export default defineConfig({
  // Worker-thread scripts loaded next to index.js: phone-worker (prepareRecordsInParallel),
  // compare-worker (the helper thread linkRecords compares pairs with).
  entry: {
    index: 'src/index.ts',
    'phone-worker': 'src/records/phone-worker.ts',
    'compare-worker': 'src/linking/compare-worker.ts',
  },
  format: ['esm'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node22',
});

import { defineConfig } from 'tsup';

export default defineConfig({
  // `testing` holds the node:http sandboxes; it is its own entry so the root export stays free of them.
  entry: ['src/index.ts', 'src/square/index.ts', 'src/testing/index.ts'],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node22',
});

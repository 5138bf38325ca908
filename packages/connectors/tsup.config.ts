import { defineConfig } from 'tsup';

export default defineConfig({
  // `testing` holds the node:http sandboxes; it is its own entry so the root export stays free of them.
  // Each vendor is a subpath too (`@growthnav/connectors/toast`), for callers that need one vendor only.
  entry: [
    'src/index.ts',
    ...[
      'square',
      'toast',
      'clover',
      'lightspeed',
      'shopify',
      'woocommerce',
      'bigcommerce',
      'salesforce',
      'hubspot',
      'zoho',
    ].map((vendor) => `src/${vendor}/index.ts`),
    'src/testing/index.ts',
  ],
  format: ['esm'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'node22',
});

import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = import.meta.dirname;
const VENDORS = [
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
];

/** Every module an entry point loads (value imports and re-exports; `import type` is erased), and the bare specifiers among them. */
function closure(entry: string): { files: string[]; bare: string[] } {
  const files = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
      if (m[2]) continue;
      const spec = m[3]!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec.replace(/\.js$/, '.ts')));
      else bare.add(spec);
    }
  };
  visit(join(SRC, entry));
  return { files: [...files].map((f) => relative(SRC, f)).sort(), bare: [...bare].sort() };
}

describe('entry points', () => {
  test.each(['index.ts', ...VENDORS.map((v) => `${v}/index.ts`)])(
    '%s loads no sandbox and no node:http',
    (entry) => {
      const { files, bare } = closure(entry);
      expect(files.length).toBeGreaterThan(1);
      expect(files.filter((f) => f.startsWith('testing/') || f.endsWith('-sandbox.ts'))).toEqual([]);
      expect(bare.filter((s) => /^(node:)?(http|https|net)$/.test(s))).toEqual([]);
    },
  );

  test('the testing entry is where the sandboxes (and node:http) live', () => {
    const { files, bare } = closure('testing/index.ts');
    for (const vendor of VENDORS) expect(files).toContain(`${vendor}/${vendor}-sandbox.ts`);
    expect(bare).toContain('node:http');
  });

  test('package.json exports and tsup entries name every vendor subpath', () => {
    const manifest = JSON.parse(readFileSync(join(SRC, '../package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    for (const vendor of VENDORS) {
      expect(manifest.exports[`./${vendor}`]).toEqual({
        types: `./dist/${vendor}/index.d.ts`,
        default: `./dist/${vendor}/index.js`,
      });
    }
    const tsup = readFileSync(join(SRC, '../tsup.config.ts'), 'utf8');
    for (const vendor of VENDORS) expect(tsup).toContain(`'${vendor}'`);
  });
});

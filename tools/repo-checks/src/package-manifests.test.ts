import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { listPackages } from './workspace.js';

type Manifest = Record<string, unknown>;

describe.each(listPackages())('$manifest.name manifest', ({ dir, folder, manifest }) => {
  const m = manifest as Manifest;

  test('is a public, side-effect-free ESM package on Node 22+', () => {
    expect(m.name).toBe(`@growthnav/${folder}`);
    expect(m.type).toBe('module');
    expect(m.sideEffects).toBe(false);
    expect((m.engines as Manifest | undefined)?.node).toBe('>=22');
    expect((m.publishConfig as Manifest | undefined)?.access).toBe('public');
    expect((m.repository as Manifest | undefined)?.directory).toBe(`packages/${folder}`);
    expect(m.files).toContain('dist');
  });

  test('exports put types first and point into dist', () => {
    const exportsMap = m.exports as Record<string, unknown>;
    expect(exportsMap['.']).toBeDefined();
    for (const [subpath, target] of Object.entries(exportsMap)) {
      if (typeof target === 'string') continue;
      const keys = Object.keys(target as Manifest);
      expect(keys[0], `${subpath} lists types first`).toBe('types');
      for (const value of Object.values(target as Manifest)) expect(String(value)).toMatch(/^\.\/dist\//);
    }
  });

  test('has a README with a usage example that is tested', () => {
    expect(existsSync(join(dir, 'README.md'))).toBe(true);
    expect(existsSync(join(dir, 'README.test.ts'))).toBe(true);
  });
});

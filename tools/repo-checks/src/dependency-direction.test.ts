import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { allowedDependencies } from './allowed-dependencies.js';
import { growthnavImports, listPackages, listSourceFiles, rel } from './workspace.js';

const packages = listPackages();

describe('growthnavImports', () => {
  test('finds static, type-only, dynamic and subpath imports', () => {
    const source = [
      "import { a } from '@growthnav/conversions';",
      "import type { B } from '@growthnav/identity/graph';",
      "const c = await import('@growthnav/connectors/square');",
      "export * from '@growthnav/clv';",
      "// '@growthnav/mcp' in a comment without import is ignored",
    ].join('\n');
    expect(growthnavImports(source).sort()).toEqual(['clv', 'connectors', 'conversions', 'identity']);
  });
});

describe('dependency direction (DESIGN.md)', () => {
  test('every package folder is in the graph', () => {
    for (const pkg of packages) expect(Object.keys(allowedDependencies)).toContain(pkg.folder);
  });

  for (const pkg of packages) {
    const allowed = new Set([pkg.folder, ...(allowedDependencies[pkg.folder] ?? [])]);

    test(`${pkg.manifest.name} imports only what it may`, () => {
      const violations: string[] = [];
      for (const file of listSourceFiles(join(pkg.dir, 'src'))) {
        for (const target of growthnavImports(readFileSync(file, 'utf8'))) {
          if (!allowed.has(target)) violations.push(`${rel(file)} imports @growthnav/${target}`);
        }
      }
      expect(violations).toEqual([]);
    });

    test(`${pkg.manifest.name} declares only allowed siblings`, () => {
      const deps = {
        ...(pkg.manifest.dependencies as Record<string, string> | undefined),
        ...(pkg.manifest.peerDependencies as Record<string, string> | undefined),
        ...(pkg.manifest.optionalDependencies as Record<string, string> | undefined),
      };
      const siblings = Object.keys(deps)
        .filter((name) => name.startsWith('@growthnav/'))
        .map((name) => name.slice('@growthnav/'.length));
      expect(siblings.filter((s) => !allowed.has(s))).toEqual([]);
      for (const s of siblings) expect(deps[`@growthnav/${s}`]).toBe('workspace:*');
    });
  }
});

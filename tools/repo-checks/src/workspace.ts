import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const repoRoot = join(import.meta.dirname, '..', '..', '..');
export const packagesDir = join(repoRoot, 'packages');

export interface PackageInfo {
  folder: string;
  dir: string;
  manifest: Record<string, unknown> & { name: string };
}

export function listPackages(): PackageInfo[] {
  return readdirSync(packagesDir)
    .filter((folder) => statSync(join(packagesDir, folder)).isDirectory())
    .map((folder) => {
      const dir = join(packagesDir, folder);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { folder, dir, manifest };
    });
}

export function listSourceFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx|mts|js|mjs)$/.test(entry.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

/** `@growthnav/<name>` specifiers imported (statically or dynamically) by a source file. */
export function growthnavImports(source: string): string[] {
  const found = new Set<string>();
  const pattern = /(?:from\s+|import\s*\(\s*|import\s+|require\s*\(\s*)['"]@growthnav\/([a-z0-9-]+)/g;
  for (const match of source.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

export function rel(path: string): string {
  return relative(repoRoot, path);
}

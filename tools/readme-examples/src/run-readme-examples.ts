import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { extractExamples, type ReadmeExample } from './extract-examples.js';

export interface RunOptions {
  /** The package folder holding README.md. */
  packageDir: string;
  /**
   * Where `@growthnav/<name>[/sub]` imports point while testing, relative to the
   * repo's packages folder; defaults to `<name>/src/index.ts` and `<name>/src/<sub>/index.ts`,
   * so examples run against source without a build.
   */
  resolve?: (specifier: string) => string;
}

export interface ExampleResult {
  example: ReadmeExample;
  printed: string[];
}

const packagesDir = join(import.meta.dirname, '..', '..', '..', 'packages');

function defaultResolve(specifier: string): string {
  const [, name, sub] = /^@growthnav\/([a-z0-9-]+)(?:\/(.+))?$/.exec(specifier) ?? [];
  if (!name) return specifier;
  return join(packagesDir, name, 'src', sub ?? '', 'index.ts');
}

function format(value: unknown): string {
  return typeof value === 'string'
    ? value
    : inspect(value, { depth: 6, breakLength: Number.POSITIVE_INFINITY });
}

/**
 * Runs each ```ts example of the README in order and returns what each printed.
 * Imports of @growthnav packages are rewritten to their sources.
 */
export async function runReadmeExamples(options: RunOptions): Promise<ExampleResult[]> {
  const resolve = options.resolve ?? defaultResolve;
  const examples = extractExamples(readFileSync(join(options.packageDir, 'README.md'), 'utf8'));
  const workDir = join(options.packageDir, '.readme-examples');
  mkdirSync(workDir, { recursive: true });
  const results: ExampleResult[] = [];
  const originalLog = console.log;
  try {
    for (const example of examples) {
      const code = example.code.replace(
        /(['"])(@growthnav\/[a-z0-9-]+(?:\/[a-z0-9-]+)?)\1/g,
        (_m, q, spec) => {
          return `${q}${resolve(spec)}${q}`;
        },
      );
      const file = join(workDir, `example-line-${example.line}.ts`);
      writeFileSync(file, code);
      const printed: string[] = [];
      console.log = (...args: unknown[]) => {
        printed.push(args.map(format).join(' '));
      };
      try {
        await import(`${file}?t=${Date.now()}`);
      } finally {
        console.log = originalLog;
      }
      results.push({ example, printed });
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return results;
}

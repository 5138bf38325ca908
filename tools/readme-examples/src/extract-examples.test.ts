import { expect, test } from 'vitest';
import { extractExamples } from './extract-examples.js';

test('extracts ts blocks with their expectations and skips other fences', () => {
  const md = [
    '# Title',
    '```ts',
    'const a = 1; console.log(a); // → 1',
    "console.log('x'); // → x",
    '```',
    '```bash',
    'echo no',
    '```',
    '```ts no-run',
    'skipped()',
    '```',
  ].join('\n');
  const examples = extractExamples(md);
  expect(examples).toHaveLength(1);
  expect(examples[0]!.line).toBe(2);
  expect(examples[0]!.expected).toEqual(['1', 'x']);
});

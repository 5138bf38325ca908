import { runReadmeExamples } from '@growthnav/readme-examples';
import { expect, test } from 'vitest';

test('README examples print what their comments say', async () => {
  const results = await runReadmeExamples({ packageDir: import.meta.dirname });
  expect(results.length).toBeGreaterThan(0);
  for (const { example, printed } of results) {
    expect(printed, `README.md example at line ${example.line}`).toEqual(example.expected);
  }
});

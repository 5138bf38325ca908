import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { JsonArraySplitter } from './json-array-splitter.js';

function split(text: string, cuts: number[], recordsKey?: string) {
  const splitter = new JsonArraySplitter(recordsKey);
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const elements = [];
  let from = 0;
  for (const at of [...points, text.length]) {
    elements.push(...splitter.push(text.slice(from, at)));
    from = at;
  }
  return { elements, end: splitter.end(), error: splitter.error };
}

describe('JsonArraySplitter', () => {
  test('property: any chunking of an array yields its elements, in order, with their lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.object(), fc.jsonValue()), { maxLength: 12 }),
        fc.constantFrom(0, 2),
        fc.array(fc.nat(), { maxLength: 8 }),
        (values, indent, cuts) => {
          const text = JSON.stringify(values, null, indent);
          const { elements, end, error } = split(text, cuts);
          expect(error).toBeNull();
          expect(end).toEqual({ truncated: null, complete: true });
          expect(elements.map((e) => JSON.parse(e.text))).toEqual(JSON.parse(text));
          let at = 0;
          for (const e of elements) {
            at = text.indexOf(e.text, at);
            expect(e.line).toBe(text.slice(0, at).split('\n').length);
            at += e.text.length;
          }
        },
      ),
    );
  });

  test('property: the array under a key of an object, whatever comes before it', () => {
    fc.assert(
      fc.property(
        fc.object(),
        fc.array(fc.object(), { maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (meta, rows, cuts) => {
          const text = JSON.stringify({ meta, records: rows, after: [1, 2] });
          const { elements, error } = split(text, cuts, 'records');
          expect(error).toBeNull();
          expect(elements.map((e) => JSON.parse(e.text))).toEqual(JSON.parse(text).records);
        },
      ),
    );
  });

  test('lines count from the element start', () => {
    const { elements } = split('[\n  {"a": 1},\n  {"b":\n 2}\n]', []);
    expect(elements.map((e) => [e.line, e.index])).toEqual([
      [2, 0],
      [3, 1],
    ]);
  });

  test.each([
    ['', 'the input is empty'],
    ['"just a string"', 'expected a JSON array of records, or an object holding one'],
    ['{"a":1}', 'the object holds no array of records'],
  ])('%j is not a records document: %s', (text, message) => {
    const { error } = split(text, []);
    expect(error).toBe(message);
  });
});

import { describe, expect, test } from 'vitest';
import { FlattenedPages } from './flatten-pages.js';

async function* pagesOf(pages: number[][], log: string[], failAfter?: number) {
  try {
    for (const [i, page] of pages.entries()) {
      if (i === failAfter) throw new Error(`page ${i} failed`);
      log.push(`page ${i}`);
      yield page;
    }
  } finally {
    log.push('finally');
  }
}

describe('FlattenedPages', () => {
  test('yields every message in order, skipping empty pages', async () => {
    const log: string[] = [];
    const out: number[] = [];
    for await (const n of new FlattenedPages(pagesOf([[1, 2], [], [3], [4, 5, 6]], log))) out.push(n);
    expect(out).toEqual([1, 2, 3, 4, 5, 6]);
    expect(log).toEqual(['page 0', 'page 1', 'page 2', 'page 3', 'finally']);
  });

  test('a page is read only when its first message is asked for', async () => {
    const log: string[] = [];
    const it = new FlattenedPages(pagesOf([[1, 2], [3]], log));
    expect(log).toEqual([]);
    await it.next();
    await it.next();
    expect(log).toEqual(['page 0']);
    expect(await it.next()).toEqual({ value: 3, done: false });
    expect(log).toEqual(['page 0', 'page 1']);
  });

  test('breaking out early runs the page generator’s finally', async () => {
    const log: string[] = [];
    for await (const n of new FlattenedPages(pagesOf([[1, 2], [3]], log))) if (n === 1) break;
    expect(log).toEqual(['page 0', 'finally']);
  });

  test('an error surfaces after the messages before it, then the iterator is done', async () => {
    const log: string[] = [];
    const it = new FlattenedPages(pagesOf([[1], [2], [3]], log, 2));
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const n of it) seen.push(n);
      })(),
    ).rejects.toThrow('page 2 failed');
    expect(seen).toEqual([1, 2]);
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });

  test('next calls made without waiting are answered in order', async () => {
    const it = new FlattenedPages(pagesOf([[1, 2], [3], [4]], []));
    const results = await Promise.all([it.next(), it.next(), it.next(), it.next(), it.next()]);
    expect(results.map((r) => r.value)).toEqual([1, 2, 3, 4, undefined]);
    expect(results.at(-1)?.done).toBe(true);
  });

  test('throw is passed to the page generator, which finishes', async () => {
    const log: string[] = [];
    const it = new FlattenedPages(pagesOf([[1], [2]], log));
    await it.next();
    await expect(it.throw(new Error('stop'))).rejects.toThrow('stop');
    expect(log).toEqual(['page 0', 'finally']);
    expect(await it.next()).toEqual({ value: undefined, done: true });
  });
});

/**
 * Turns an async generator of pages (arrays of messages) into an async
 * generator of single messages. A message from a page already in hand costs
 * one already-settled promise, where an async generator `yield` per message
 * costs several microtask turns and the generator's request queue: at 100
 * records a page that is about a fifth of a sync's client time.
 *
 * `return` and `throw` reach the page generator, so its `finally` blocks run
 * when a consumer stops early, exactly as with a per-message generator.
 */
export class FlattenedPages<T> implements AsyncGenerator<T, void, undefined> {
  #page: readonly T[] = [];
  #next = 0;
  #done = false;
  /** The page being fetched; a `next` called before it settles waits for it (calls stay in order). */
  #pulling: Promise<IteratorResult<T, void>> | null = null;
  constructor(private readonly pages: AsyncGenerator<readonly T[], void, undefined>) {}

  next(): Promise<IteratorResult<T, void>> {
    if (this.#pulling !== null) {
      const after = () => this.next();
      return this.#pulling.then(after, after);
    }
    if (this.#next < this.#page.length) {
      return Promise.resolve({ value: this.#page[this.#next++] as T, done: false });
    }
    if (this.#done) return Promise.resolve({ value: undefined, done: true });
    const pulling = this.#pull().finally(() => {
      this.#pulling = null;
    });
    this.#pulling = pulling;
    return pulling;
  }

  async #pull(): Promise<IteratorResult<T, void>> {
    for (;;) {
      const result = await this.pages.next();
      if (result.done) {
        this.#done = true;
        this.#page = [];
        return { value: undefined, done: true };
      }
      if (result.value.length > 0) {
        this.#page = result.value;
        this.#next = 1;
        return { value: result.value[0] as T, done: false };
      }
    }
  }

  async return(): Promise<IteratorResult<T, void>> {
    this.#done = true;
    this.#page = [];
    await this.pages.return(undefined);
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<T, void>> {
    this.#done = true;
    this.#page = [];
    await this.pages.throw(error);
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.return();
  }
}

export interface RateLimit {
  /** Sustained requests per second. */
  requestsPerSecond: number;
  /** Requests allowed back to back after an idle period (bucket size); defaults to requestsPerSecond, at least 1. */
  burst?: number | undefined;
}

export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Real time. `sleep` rejects with the signal's reason when aborted. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      if (ms <= 0) {
        resolve();
        return;
      }
      const onAbort = () => {
        clearTimeout(timer);
        reject(signal?.reason);
      };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    }),
};

/**
 * Client-side token bucket, one per connection. `take()` reserves a token and
 * waits until it is due, so concurrent callers queue fairly without a list of
 * waiters. `pause(ms)` holds every request of the connection (used when a
 * vendor says its bucket is full or a 429 names a wait). With a `null` limit
 * the bucket never throttles but still honours pauses.
 */
export class TokenBucket {
  readonly #rate: number;
  readonly #capacity: number;
  readonly #clock: Clock;
  #tokens: number;
  #updatedAt: number;
  #blockedUntil = 0;

  constructor(limit: RateLimit | null, clock: Clock = systemClock) {
    if (limit !== null && !(limit.requestsPerSecond > 0)) {
      throw new RangeError('rateLimit.requestsPerSecond must be > 0');
    }
    this.#rate = limit === null ? 0 : limit.requestsPerSecond / 1000;
    this.#capacity = limit === null ? 0 : Math.max(1, limit.burst ?? limit.requestsPerSecond);
    this.#clock = clock;
    this.#tokens = this.#capacity;
    this.#updatedAt = clock.now();
  }

  /** Milliseconds the next `take()` would wait, without reserving. */
  get waitMs(): number {
    const now = this.#clock.now();
    if (this.#rate === 0) return Math.max(0, this.#blockedUntil - now);
    const tokens = Math.min(this.#capacity, this.#tokens + (now - this.#updatedAt) * this.#rate);
    return Math.max(this.#blockedUntil - now, tokens >= 1 ? 0 : (1 - tokens) / this.#rate);
  }

  /** Reserves one request; resolves when it may be sent. */
  take(signal?: AbortSignal): Promise<void> {
    const now = this.#clock.now();
    if (this.#rate === 0) {
      const blocked = this.#blockedUntil - now;
      return blocked > 0 ? this.#clock.sleep(Math.ceil(blocked), signal) : Promise.resolve();
    }
    this.#tokens = Math.min(this.#capacity, this.#tokens + (now - this.#updatedAt) * this.#rate);
    this.#updatedAt = now;
    this.#tokens -= 1;
    const tokenWait = this.#tokens >= 0 ? 0 : -this.#tokens / this.#rate;
    const wait = Math.max(tokenWait, this.#blockedUntil - now);
    if (wait <= 0) return Promise.resolve();
    return this.#clock.sleep(Math.ceil(wait), signal);
  }

  /** Holds all requests for `ms` from now (a longer pause already in force wins). */
  pause(ms: number): void {
    this.#blockedUntil = Math.max(this.#blockedUntil, this.#clock.now() + ms);
  }
}

import { describe, expect, test } from 'vitest';
import { fakeClock } from '../testing/conformance/fake-fetch.js';
import { TokenBucket } from './rate-limiter.js';

describe('TokenBucket', () => {
  test('a burst goes at once, then requests are spaced at the rate', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ requestsPerSecond: 4, burst: 2 }, clock);
    for (let i = 0; i < 5; i++) await bucket.take();
    expect(clock.sleeps).toEqual([250, 250, 250]);
  });

  test('idle time refills the bucket up to its size, not beyond', async () => {
    const clock = fakeClock();
    const bucket = new TokenBucket({ requestsPerSecond: 10, burst: 3 }, clock);
    for (let i = 0; i < 3; i++) await bucket.take();
    clock.advance(10_000);
    for (let i = 0; i < 4; i++) await bucket.take();
    expect(clock.sleeps).toEqual([100]);
  });

  test('concurrent callers reserve in turn', async () => {
    // Time stands still while the three reserve, as when they call in the same tick.
    const sleeps: number[] = [];
    const clock = { now: () => 0, sleep: async (ms: number) => void sleeps.push(ms) };
    const bucket = new TokenBucket({ requestsPerSecond: 1, burst: 1 }, clock);
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(sleeps).toEqual([1000, 2000]);
  });

  test('pause holds every request, limited or not, and the longer pause wins', async () => {
    const clock = fakeClock();
    const unlimited = new TokenBucket(null, clock);
    unlimited.pause(3_000);
    unlimited.pause(1_000);
    expect(unlimited.waitMs).toBe(3_000);
    await unlimited.take();
    await unlimited.take();
    expect(clock.sleeps).toEqual([3_000]);
  });

  test('a rate of zero is refused', () => {
    expect(() => new TokenBucket({ requestsPerSecond: 0 })).toThrow(/requestsPerSecond must be > 0/);
  });
});

import { type SeededRandom, seededRandom } from './seeded-random.js';

/**
 * What a sandbox does instead of (or before) answering normally.
 *
 * - `rate-limit`: 429 with the vendor's body; `retryAfter` seconds (number)
 *   or a raw header value (an HTTP-date); no header when absent.
 * - `unauthorized`: 401 with the vendor's body.
 * - `server-error`: 500 (or `status`) with the vendor's body.
 * - `slow`: waits `delayMs`, then answers normally.
 * - `truncated`: the real page, cut after `keepBytes` (default half) with a
 *   matching Content-Length: valid HTTP, broken JSON.
 * - `malformed`: 200 with an HTML error page (a proxy in the way).
 * - `disconnect`: the socket is destroyed without a response.
 * - `status`: any status, body and headers (e.g. Salesforce's 403 limit).
 */
export type Fault =
  | { kind: 'rate-limit'; retryAfter?: number | string | undefined }
  | { kind: 'unauthorized' }
  | { kind: 'server-error'; status?: number | undefined }
  | { kind: 'slow'; delayMs: number }
  | { kind: 'truncated'; keepBytes?: number | undefined }
  | { kind: 'malformed' }
  | { kind: 'disconnect' }
  | { kind: 'status'; status: number; json?: unknown; headers?: Record<string, string> | undefined };

/** When a fault fires. Rules are checked in the order added; the first that fires wins. */
export interface FaultRule {
  fault: Fault;
  /** Only requests with this method (GET, POST). */
  method?: string | undefined;
  /** Only requests to this exact path, or matching this pattern. */
  path?: string | RegExp | undefined;
  /** Let this many matching requests through first (after: 2 fails the third page). */
  after?: number | undefined;
  /** How many matching requests fail (default 1; Infinity for every one). */
  times?: number | undefined;
  /** Instead of `times`: fail each matching request with this probability (seeded; a flaky 5xx). */
  probability?: number | undefined;
}

interface ActiveRule extends FaultRule {
  seen: number;
  fired: number;
}

/** The fault plan of one sandbox. */
export class FaultInjector {
  readonly #rules: ActiveRule[] = [];
  readonly #random: SeededRandom;

  constructor(seed = 1) {
    this.#random = seededRandom(seed ^ 0x5eed);
  }

  add(rule: FaultRule): this {
    this.#rules.push({ ...rule, seen: 0, fired: 0 });
    return this;
  }

  clear(): void {
    this.#rules.length = 0;
  }

  /** Faults that can still fire (probabilistic rules count as always pending). */
  get pending(): number {
    return this.#rules.filter((r) => r.probability !== undefined || r.fired < (r.times ?? 1)).length;
  }

  /** The fault for this request, if any; consumes it. */
  take(method: string, path: string): Fault | null {
    for (const rule of this.#rules) {
      if (rule.method !== undefined && rule.method.toUpperCase() !== method) continue;
      if (rule.path !== undefined) {
        if (typeof rule.path === 'string' ? rule.path !== path : !rule.path.test(path)) continue;
      }
      rule.seen++;
      if (rule.seen <= (rule.after ?? 0)) continue;
      if (rule.probability !== undefined) {
        if (this.#random.chance(rule.probability)) {
          rule.fired++;
          return rule.fault;
        }
        continue;
      }
      if (rule.fired >= (rule.times ?? 1)) continue;
      rule.fired++;
      return rule.fault;
    }
    return null;
  }
}

import type { BgNbdParams } from '../bg-nbd/bg-nbd-params.js';
import { checkBgNbdParams } from '../bg-nbd/bg-nbd-params.js';
import { ClvError } from '../errors.js';
import type { GammaGammaParams } from '../gamma-gamma/gamma-gamma-params.js';
import { checkGammaGammaParams } from '../gamma-gamma/gamma-gamma-params.js';
import { createRandom } from '../internal/random.js';

export interface SimulateCustomersOptions {
  bgNbd: BgNbdParams;
  /** Also draw each customer's mean repeat spend from this Gamma-Gamma model. */
  gammaGamma?: GammaGammaParams;
  customers: number;
  /** Each customer's observation length T: a fixed number, or uniform between min and max (staggered first purchases). */
  T: number | { min: number; max: number };
  /** Same seed, same customers. Default 1. */
  seed?: number;
}

/** Simulated customers as columns, plus the truth the models try to infer. */
export interface SimulatedCustomers {
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  /** Mean repeat spend (0 without repeat purchases); all 0 when no gammaGamma params were given. */
  monetaryValue: Float64Array;
  /** 1 if the customer is still active at T. */
  alive: Uint8Array;
}

/**
 * Draws customers from the BG/NBD generative story (Fader, Hardie & Lee 2005,
 * section 2): λ ~ Gamma(r, α), p ~ Beta(a, b); purchases arrive as a Poisson
 * process at rate λ after the first purchase at time 0, and after each repeat
 * purchase the customer drops out with probability p. With Gamma-Gamma
 * params, ν ~ Gamma(q, γ) and the mean of x purchase values, each
 * Gamma(p, ν), is drawn directly as Gamma(px, xν). Used to test fits
 * (parameters are recovered) and to benchmark scoring at scale.
 */
export function simulateCustomers(options: SimulateCustomersOptions): SimulatedCustomers {
  checkBgNbdParams(options.bgNbd);
  if (options.gammaGamma) checkGammaGammaParams(options.gammaGamma);
  const n = options.customers;
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'customers',
      message: `customers = ${n} must be a whole number ≥ 0.`,
    });
  }
  const span = typeof options.T === 'number' ? { min: options.T, max: options.T } : options.T;
  if (!(Number.isFinite(span.min) && Number.isFinite(span.max) && span.min >= 0 && span.max >= span.min)) {
    throw new ClvError({
      code: 'INVALID_OPTIONS',
      field: 'T',
      message: `T = ${JSON.stringify(options.T)} must be a number ≥ 0 or { min, max } with 0 ≤ min ≤ max.`,
    });
  }
  const random = createRandom(options.seed ?? 1);
  const { r, alpha, a, b } = options.bgNbd;
  const out: SimulatedCustomers = {
    frequency: new Float64Array(n),
    recency: new Float64Array(n),
    T: new Float64Array(n),
    monetaryValue: new Float64Array(n),
    alive: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const T = span.min + (span.max - span.min) * random.uniform();
    const lambda = random.gamma(r) / alpha;
    const ga = random.gamma(a);
    const p = ga / (ga + random.gamma(b));
    let t = 0;
    let x = 0;
    let tx = 0;
    let alive = 1;
    for (;;) {
      t += -Math.log(random.uniform()) / lambda;
      if (!(t <= T)) break;
      x++;
      tx = t;
      if (random.uniform() < p) {
        alive = 0;
        break;
      }
    }
    out.frequency[i] = x;
    out.recency[i] = tx;
    out.T[i] = T;
    out.alive[i] = alive;
    if (options.gammaGamma && x > 0) {
      const { p: shape, q, gamma } = options.gammaGamma;
      const nu = random.gamma(q) / gamma;
      out.monetaryValue[i] = random.gamma(shape * x) / (x * nu);
    }
  }
  return out;
}

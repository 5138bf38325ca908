import { ClvError } from '../errors.js';

/**
 * BG/NBD parameters (Fader, Hardie & Lee 2005, "Counting Your Customers the
 * Easy Way: An Alternative to the Pareto/NBD Model", Marketing Science 24(2)).
 * While active, a customer buys at rate λ ~ Gamma(shape r, rate α); after each
 * repeat purchase they drop out with probability p ~ Beta(a, b). α is in the
 * time unit of the data (e.g. weeks).
 */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Throws INVALID_PARAMETERS unless every parameter is a finite positive number. */
export function checkBgNbdParams(params: BgNbdParams): void {
  for (const name of ['r', 'alpha', 'a', 'b'] as const) {
    const v = params[name];
    if (!(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
      throw new ClvError({
        code: 'INVALID_PARAMETERS',
        field: name,
        message: `BG/NBD parameter ${name} = ${String(v)} must be a finite number > 0; use the params of a fitBgNbd result.`,
      });
    }
  }
}

import { ClvError } from '../errors.js';

/**
 * Gamma-Gamma spend parameters (Fader, Hardie & Lee 2005, "RFM and CLV: Using
 * Iso-Value Curves for Customer Base Analysis", J. Marketing Research 42(4);
 * Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"). Each
 * transaction's value ~ Gamma(shape p, rate ν), with ν ~ Gamma(shape q, rate
 * γ) across customers. lifetimes calls γ `v`.
 */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Throws INVALID_PARAMETERS unless every parameter is a finite positive number. */
export function checkGammaGammaParams(params: GammaGammaParams): void {
  for (const name of ['p', 'q', 'gamma'] as const) {
    const v = params[name];
    if (!(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
      throw new ClvError({
        code: 'INVALID_PARAMETERS',
        field: name,
        message: `Gamma-Gamma parameter ${name} = ${String(v)} must be a finite number > 0; use the params of a fitGammaGamma result.`,
      });
    }
  }
}

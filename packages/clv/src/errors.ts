import { GrowthNavError } from '@growthnav/conversions';

/**
 * Error codes of @growthnav/clv, carried on `GrowthNavError.code` so callers
 * branch on codes, never on message text.
 */
export const clvErrorCodes = [
  /** A transaction has no customer id, an unreadable date or a non-finite value; `index` names it. */
  'INVALID_TRANSACTION',
  /** A customer row (frequency, recency, T, monetary value) is impossible, e.g. recency > T; `index` names it. */
  'INVALID_CUSTOMER_DATA',
  /** Options passed to a function are invalid (unit, dates, horizon, tiers …); `field` names the option. */
  'INVALID_OPTIONS',
  /** Model parameters are missing, non-positive or make the asked quantity undefined; `field` names the parameter. */
  'INVALID_PARAMETERS',
  /** Conversions in more than one currency were given without choosing one. */
  'MIXED_CURRENCIES',
  /** Conversions of more than one tenant (`personId`) were given; models are fitted per tenant. */
  'MIXED_TENANTS',
  /** Too few customers (or repeat customers) to fit a model. */
  'INSUFFICIENT_DATA',
  /** The maximum-likelihood search did not converge; `diagnostics` says where it stopped. */
  'NOT_CONVERGED',
] as const;

export type ClvErrorCode = (typeof clvErrorCodes)[number];

/** Thrown for bad input or options; `index` and `field` point at the offending record or option. */
export class ClvError extends GrowthNavError<ClvErrorCode> {
  /** Position of the offending transaction or customer row in the input, when there is one. */
  readonly index: number | undefined;
  /** Name of the offending field, option or parameter, when there is one. */
  readonly field: string | undefined;

  constructor({
    code,
    message,
    index,
    field,
    cause,
  }: { code: ClvErrorCode; message: string; index?: number; field?: string; cause?: unknown }) {
    super({ code, message, cause });
    this.name = 'ClvError';
    this.index = index;
    this.field = field;
  }
}

/** Where a maximum-likelihood search stopped; carried by every fit result and by `ModelFitError`. */
export interface FitDiagnostics {
  /** `bfgs`, or `bfgs+nelder-mead` when the simplex fallback was needed. */
  method: string;
  converged: boolean;
  /** Why the search stopped. */
  reason: string;
  iterations: number;
  /** Objective (log-likelihood and gradient) evaluations. */
  evaluations: number;
  /** Largest absolute gradient component of the per-customer objective in log-parameter space at the end. */
  gradientNorm: number;
  /** Parameters where the search stopped (natural scale). */
  params: Record<string, number>;
  /** Log-likelihood where the search stopped. */
  logLikelihood: number;
  /** The L2 penalty used (0 = plain maximum likelihood). */
  penalty: number;
}

/** Thrown when a model cannot be fitted: too little data, or no convergence. Never returns NaN parameters instead. */
export class ModelFitError extends GrowthNavError<'INSUFFICIENT_DATA' | 'NOT_CONVERGED'> {
  readonly model: 'bg-nbd' | 'gamma-gamma';
  /** Where the search stopped; undefined when it never started (INSUFFICIENT_DATA). */
  readonly diagnostics: FitDiagnostics | undefined;

  constructor({
    code,
    model,
    message,
    diagnostics,
    cause,
  }: {
    code: 'INSUFFICIENT_DATA' | 'NOT_CONVERGED';
    model: 'bg-nbd' | 'gamma-gamma';
    message: string;
    diagnostics?: FitDiagnostics;
    cause?: unknown;
  }) {
    super({ code, message, cause });
    this.name = 'ModelFitError';
    this.model = model;
    this.diagnostics = diagnostics;
  }
}

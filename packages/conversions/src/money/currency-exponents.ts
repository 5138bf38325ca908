/**
 * ISO 4217 minor-unit exponents that differ from 2 (ISO 4217 list one,
 * "Minor unit" column). Every other active code has 2.
 */
const NON_DEFAULT_EXPONENTS: Readonly<Record<string, number>> = {
  BIF: 0,
  CLP: 0,
  DJF: 0,
  GNF: 0,
  ISK: 0,
  JPY: 0,
  KMF: 0,
  KRW: 0,
  PYG: 0,
  RWF: 0,
  UGX: 0,
  UYI: 0,
  VND: 0,
  VUV: 0,
  XAF: 0,
  XOF: 0,
  XPF: 0,
  BHD: 3,
  IQD: 3,
  JOD: 3,
  KWD: 3,
  LYD: 3,
  OMR: 3,
  TND: 3,
  CLF: 4,
  UYW: 4,
};

let knownCodes: Set<string> | undefined;

/** Whether `code` is an ISO 4217 currency code known to this runtime's ICU data. */
export function isCurrencyCode(code: string): boolean {
  knownCodes ??= new Set(Intl.supportedValuesOf('currency'));
  return knownCodes.has(code);
}

/** Digits after the decimal point in the currency's minor unit (USD 2, JPY 0, KWD 3). */
export function currencyExponent(code: string): number {
  return NON_DEFAULT_EXPONENTS[code] ?? 2;
}

export {
  bgNbdExpectedPurchases,
  bgNbdPopulationExpectedPurchases,
} from './bg-nbd/bg-nbd-expected-purchases.js';
export { bgNbdLogLikelihood } from './bg-nbd/bg-nbd-log-likelihood.js';
export type { BgNbdParams } from './bg-nbd/bg-nbd-params.js';
export { bgNbdProbabilityAlive } from './bg-nbd/bg-nbd-probability-alive.js';
export {
  BG_NBD_MIN_CUSTOMERS,
  type BgNbdFit,
  type FitBgNbdOptions,
  fitBgNbd,
} from './bg-nbd/fit-bg-nbd.js';
export {
  type CustomerLifetimeValueOptions,
  type CustomerLifetimeValues,
  customerLifetimeValue,
  type ValueData,
} from './clv/customer-lifetime-value.js';
export {
  type FrequencyGroup,
  type HoldoutCustomer,
  type HoldoutValidation,
  type ValidateHoldoutOptions,
  validateHoldout,
} from './clv/validate-holdout.js';
export {
  assignValueTiers,
  defaultValueTiers,
  type ValueTier,
  type ValueTierResult,
  type ValueTierRow,
  type ValueTierSummary,
} from './clv/value-tiers.js';
export type { RfmColumns, RfmCustomer, RfmData } from './customer-data.js';
export { ClvError, type ClvErrorCode, clvErrorCodes, type FitDiagnostics, ModelFitError } from './errors.js';
export {
  type FitGammaGammaOptions,
  fitGammaGamma,
  GAMMA_GAMMA_MIN_CUSTOMERS,
  type GammaGammaFit,
} from './gamma-gamma/fit-gamma-gamma.js';
export { gammaGammaExpectedAverageValue } from './gamma-gamma/gamma-gamma-expected-value.js';
export { gammaGammaLogLikelihood } from './gamma-gamma/gamma-gamma-log-likelihood.js';
export type { GammaGammaParams } from './gamma-gamma/gamma-gamma-params.js';
export type { SpendColumns, SpendCustomer, SpendData } from './gamma-gamma/spend-data.js';
export {
  type RfmSegmentation,
  type RfmSegmentInput,
  type RfmSegmentName,
  type RfmSegmentRow,
  type RfmSegmentRule,
  rfmSegmentNames,
  rfmSegmentRules,
  segmentRfm,
} from './rfm/rfm-segments.js';
export {
  type SimulateCustomersOptions,
  type SimulatedCustomers,
  simulateCustomers,
} from './simulate/simulate-customers.js';
export {
  type ConversionCounts,
  type ConversionLike,
  type ConversionsToTransactionsOptions,
  type ConversionsToTransactionsResult,
  conversionsToTransactions,
} from './transactions/conversions-to-transactions.js';
export type { TimeUnit, Transaction, TransactionCounts } from './transactions/purchase-periods.js';
export {
  type CalibrationHoldoutRow,
  type CalibrationHoldoutSummary,
  type SummarizeCalibrationHoldoutOptions,
  summarizeCalibrationHoldout,
} from './transactions/summarize-calibration-holdout.js';
export {
  type RfmSummary,
  type RfmSummaryRow,
  type SummarizeRfmOptions,
  summarizeRfm,
} from './transactions/summarize-rfm.js';

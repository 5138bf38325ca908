export type {
  AttributedConversion,
  AttributeOptions,
  AttributionOutcome,
  UnattributedConversion,
  UnattributedReason,
} from './attribute.js';
export { attribute } from './attribute.js';
export type { AttributionErrorCode } from './attribution-error.js';
export { AttributionError, attributionErrorCodes } from './attribution-error.js';
export type { AttributionModel, MarkovChannelGrouping } from './attribution-options.js';
export {
  attributionModels,
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_LOOKBACK_DAYS,
  DEFAULT_POSITION_WEIGHTS,
  markovChannelGroupings,
} from './attribution-options.js';
export type {
  AttributionReport,
  AttributionReportDimension,
  AttributionReportOptions,
  AttributionReportRow,
  ReportableConversion,
} from './attribution-report.js';
export { attributionReport, attributionReportDimensions } from './attribution-report.js';
export type { ChannelTouch, MarkovEvidence } from './markov-path-weights.js';
export type { MarkovChannelEffect, MarkovRemovalEffects } from './markov-removal-effects.js';
export { MAX_MARKOV_CHANNELS, markovRemovalEffects } from './markov-removal-effects.js';
export type { ConversionPath, MatchedBy, MatchOptions, PathTouchpoint } from './match-touchpoints.js';
export { matchTouchpoints } from './match-touchpoints.js';
export type { AttributableConversion, AttributableTouchpoint } from './prepare-inputs.js';
export type { Touchpoint, TouchpointInput } from './touchpoint-schema.js';
export { touchpointSchema } from './touchpoint-schema.js';

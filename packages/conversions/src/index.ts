export {
  type AttributableConversion,
  type AttributableTouchpoint,
  type AttributedConversion,
  type AttributeOptions,
  AttributionError,
  type AttributionErrorCode,
  type AttributionModel,
  type AttributionOutcome,
  type AttributionReport,
  type AttributionReportDimension,
  type AttributionReportOptions,
  type AttributionReportRow,
  attribute,
  attributionErrorCodes,
  attributionModels,
  attributionReport,
  attributionReportDimensions,
  type ChannelTouch,
  type ConversionPath,
  DEFAULT_HALF_LIFE_DAYS,
  DEFAULT_LOOKBACK_DAYS,
  DEFAULT_POSITION_WEIGHTS,
  MAX_MARKOV_CHANNELS,
  type MarkovChannelEffect,
  type MarkovChannelGrouping,
  type MarkovEvidence,
  type MarkovRemovalEffects,
  type MatchedBy,
  type MatchOptions,
  markovChannelGroupings,
  markovRemovalEffects,
  matchTouchpoints,
  type PathTouchpoint,
  type ReportableConversion,
  type Touchpoint,
  type TouchpointInput,
  touchpointSchema,
  type UnattributedConversion,
  type UnattributedReason,
} from './attribution/index.js';
export {
  type ConversionsErrorCode,
  conversionsErrorCodes,
  GrowthNavError,
  type GrowthNavErrorOptions,
  MappingError,
  MoneyParseError,
  TimestampParseError,
} from './errors.js';
export {
  type CompiledMapping,
  compileMapping,
  type MappingOutcome,
  type RuleProblem,
} from './mapping/compile-mapping.js';
export { DEFAULT_STATUS_MAP, unifyStatus } from './mapping/default-statuses.js';
export {
  columnPath,
  type FieldMapping,
  type FieldRule,
  fieldMappingSchema,
  fieldRuleSchema,
  type Transform,
  transformSchema,
} from './mapping/field-mapping.js';
export { type MappingOverrides, mergeMappings } from './mapping/merge-mappings.js';
export { CONVERSION_TARGETS, ITEM_TARGETS, listTargets } from './mapping/targets.js';
export { currencyExponent, isCurrencyCode } from './money/currency-exponents.js';
export { formatMoneyDecimal, type Money, type ParseMoneyOptions, parseMoney } from './money/parse-money.js';
export { conversionIdFor } from './normalize/conversion-id.js';
export {
  createNormalizer,
  type NormalizeOptions,
  type NormalizeResult,
  type Normalizer,
  type NormalizeWarning,
  normalize,
  normalizeStream,
  type QuarantinedRecord,
} from './normalize/normalize.js';
export {
  type AttributionResult,
  attributionResultSchema,
  type ClickIds,
  CONVERSION_SCHEMA_VERSION,
  type Conversion,
  type ConversionAmounts,
  type ConversionItem,
  type ConversionSource,
  type ConversionType,
  conversionItemSchema,
  conversionSchema,
  conversionSources,
  conversionTypes,
  type IdentityFragment,
  type IdentityFragmentType,
  identityFragmentSchema,
  identityFragmentTypes,
  type UnifiedStatus,
  type Utm,
  unifiedStatuses,
} from './schema/conversion-schema.js';
export { listSystems, systems } from './systems/index.js';
export type { SystemDefinition, SystemInfo, SystemRegistry } from './systems/system-registry.js';
export {
  type ParseTimestampOptions,
  parseTimestamp,
  type TimestampFormat,
  type TimestampParts,
} from './time/parse-timestamp.js';
export { type Disambiguation, type ResolvedZone, resolveTimeZone } from './time/time-zone.js';

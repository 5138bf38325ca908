export { DiscoveryError, type DiscoveryErrorCode, discoveryErrorCodes } from './errors.js';
export {
  type AssistOptions,
  assistWithLlm,
  LLM_ADOPT_UNMAPPED,
  LLM_MAX_CONFIDENCE,
} from './llm/assist-with-llm.js';
export type { LlmClient, LlmRequest } from './llm/llm-client.js';
export {
  calibrateConfidence,
  calibrateNullConfidence,
  NULL_CALIBRATION,
  SUGGESTION_CALIBRATION,
} from './match/calibrate-confidence.js';
export {
  type Industry,
  industries,
  type MappingAlternative,
  type MappingSuggestion,
  type SuggestOptions,
  type ValueHints,
} from './match/mapping-suggestion.js';
export { ASSIGN_THRESHOLD, suggestMappings } from './match/suggest-mappings.js';
export {
  isTargetField,
  type TargetField,
  type TargetKind,
  type TargetSpec,
  targetFields,
  targetSpecs,
} from './match/target-vocabulary.js';
export {
  type ColumnProfile,
  type DateFormat,
  type NumericStats,
  type PatternShare,
  type ProfileOptions,
  type ValueType,
  valueTypes,
} from './profile/column-profile.js';
export { profileColumns } from './profile/profile-columns.js';
export { type CsvProfile, type ProfileCsvOptions, profileCsv } from './profile/profile-csv.js';
export { type ValuePatternName, valuePatternNames } from './profile/value-patterns.js';
export { type AcceptEdits, type AcceptReviewOptions, acceptReview } from './review/accept-review.js';
export { ACCEPT_CONFIDENCE, generateReview, MANUAL_CONFIDENCE } from './review/generate-review.js';
export {
  type Review,
  type ReviewAction,
  type ReviewEdit,
  type ReviewRow,
  type ReviewTable,
  reviewActions,
  reviewRowSchema,
  reviewTableSchema,
} from './review/review-table.js';

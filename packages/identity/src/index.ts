export * from './audience/index.js';
export * from './canonical/index.js';
export { IdentityError, type IdentityErrorCode, identityErrorCodes } from './errors.js';
export {
  IdentityGraph,
  type IdentityGraphEdge,
  type IdentityGraphNode,
  type IdentityGraphState,
  identityGraphStateSchema,
  type LedgerEntry,
  type Person,
  type RecordLink,
  type ResolveOptions,
  type ResolveSummary,
  type UnmergePin,
} from './graph/identity-graph.js';
export {
  CHAIN_GUARD,
  DEFAULT_DETERMINISTIC_RULES,
  type DeterministicRule,
  HOUSEHOLD_GUARD,
  type LinkEvidence,
  type LinkRecordsOptions,
  type LinkResult,
  linkRecords,
  MATCH_THRESHOLD,
} from './linking/link-records.js';
export {
  type BlockedMerge,
  DEFAULT_MERGE_LIMITS,
  type LimitMatch,
  type MergeLimit,
  SAME_NAME_JW,
} from './linking/merge-protection.js';
export { UnionFind } from './linking/union-find.js';
export {
  type BlockingIndex,
  type BlockingKey,
  type BlockingRule,
  type BlockingTransform,
  type BlockRecordsOptions,
  blockRecords,
  buildBlockingIndex,
  type CandidatePairs,
  type LinkType,
  MAX_BLOCK_SIZE,
  OVERSIZED_BLOCK_WINDOW,
  pairBudget,
  shareBlock,
} from './model/block-records.js';
export { comparePairs } from './model/compare-pairs.js';
export {
  type ComparisonLevelSpec,
  type ComparisonSpec,
  type CompiledComparison,
  compileComparison,
} from './model/comparison.js';
export {
  defaultBlockingRules,
  defaultComparisons,
  MIN_COLUMN_COVERAGE,
  NAME_CLOSE_JW,
  NAME_FAR_JW,
} from './model/default-settings.js';
export { type EstimateUOptions, estimateU, U_SAMPLE_PAIRS } from './model/estimate-u.js';
export {
  aggregatePatterns,
  type ComparisonPatterns,
  EM_MAX_ITERATIONS,
  EM_TOLERANCE,
  type ExpectationMaximisationOptions,
  type ExpectationMaximisationResult,
  expectationMaximisation,
  type FellegiSunterParameters,
  patternMatchProbability,
} from './model/expectation-maximisation.js';
export { explainPair, type FieldContribution, type PairExplanation } from './model/explain-pair.js';
export {
  type CompiledModel,
  compileModel,
  type FellegiSunterModel,
  fellegiSunterModelSchema,
  type ModelComparison,
  type ModelLevel,
  parseFellegiSunterModel,
} from './model/fellegi-sunter-model.js';
export {
  MIN_TERM_FREQUENCY,
  probabilityToWeight,
  scorePair,
  weightToProbability,
} from './model/score-pairs.js';
export {
  closerNeverWeaker,
  possiblePairs,
  type TrainedModel,
  type TrainingSession,
  type TrainModelOptions,
  trainModel,
} from './model/train-model.js';
export {
  type IdentityRecord,
  type IdentityRecordFragment,
  identityRecordFromConversion,
} from './records/identity-record.js';
export {
  COMMON_VALUE_DISTINCT_NAMES,
  type IdentityColumn,
  identityColumns,
  type PreparedColumn,
  type PreparedRecords,
  type PrepareRecordsOptions,
  type PrepareWarning,
  prepareRecords,
} from './records/prepare-records.js';
export { prepareRecordsInParallel } from './records/prepare-records-in-parallel.js';
export { jaroWinkler } from './similarity/jaro-winkler.js';
export { levenshtein } from './similarity/levenshtein.js';
export { soundex } from './similarity/soundex.js';

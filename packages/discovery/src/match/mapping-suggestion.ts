import type { DateFormat, ValueType } from '../profile/column-profile.js';
import type { TargetField } from './target-vocabulary.js';

/** Industries whose vocabulary the matcher leans towards when told. */
export const industries = [
  'golf',
  'restaurant',
  'clinic',
  'spa',
  'fitness',
  'retail',
  'ecommerce',
  'hospitality',
  'services',
] as const;
export type Industry = (typeof industries)[number];

export interface MappingAlternative {
  targetField: TargetField;
  confidence: number;
}

/** Facts about the values that `acceptReview` needs to write the transform. */
export interface ValueHints {
  inferredType: ValueType | 'empty';
  dateFormat: DateFormat | null;
  /** Currency symbols or codes seen next to amounts. */
  currencyMarks: string[];
  decimalSeparator: '.' | ',' | null;
  /** Share of negative amounts (discounts and fees are often written negative). */
  negativeShare: number;
  /** Most frequent values, for status enum maps. */
  topValues: string[];
  /** Distinct over non-null values; 1 for a key column. */
  uniqueness: number;
}

/** The matcher's answer for one source column. */
export interface MappingSuggestion {
  sourceField: string;
  /** Benchmark-vocabulary target, or null when the column maps to nothing. */
  targetField: TargetField | null;
  /**
   * Calibrated probability that the suggestion is right (for a null suggestion:
   * that the column really maps to nothing).
   */
  confidence: number;
  /** Why: header words and the rule they matched, value evidence, assignment decisions. */
  reasons: string[];
  /** Other targets the column could be, best first. */
  alternatives: MappingAlternative[];
  sampleValues: string[];
  /** Uncalibrated matcher score, 0–1 (kept for tools and calibration). */
  score: number;
  /** Where the suggestion came from: the matcher, an override, or the LLM assist. */
  origin: 'heuristic' | 'override' | 'llm';
  valueHints: ValueHints;
}

export interface SuggestOptions {
  /** Lean towards an industry's vocabulary (golf: course, players; clinic: patient, provider …). */
  industry?: Industry;
  /** Column → target (or null) decided beforehand; other columns are matched around them. */
  overrides?: Readonly<Record<string, TargetField | null>>;
  /** Date the data is read on, for telling birth dates from event dates; default now. */
  referenceDate?: Date;
}

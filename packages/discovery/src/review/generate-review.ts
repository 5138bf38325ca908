import type { MappingSuggestion } from '../match/mapping-suggestion.js';
import type { Review, ReviewAction, ReviewRow } from './review-table.js';

/**
 * Accept without looking at or above this confidence: the calibration
 * guarantees at least 90% of such suggestions are right on the benchmarks.
 */
export const ACCEPT_CONFIDENCE = 0.9;
/** Below this, the suggestion is a guess: the reviewer maps the column by hand. */
export const MANUAL_CONFIDENCE = 0.6;
const SAMPLES_SHOWN = 3;
const SAMPLE_WIDTH = 24;

function actionFor(confidence: number): ReviewAction {
  if (confidence >= ACCEPT_CONFIDENCE) return 'accept';
  if (confidence >= MANUAL_CONFIDENCE) return 'review';
  return 'manual';
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function clip(text: string): string {
  return text.length > SAMPLE_WIDTH ? `${text.slice(0, SAMPLE_WIDTH - 1)}…` : text;
}

const ACTION_LABEL: Record<ReviewAction, string> = { accept: 'Accept', review: 'Review', manual: 'Manual' };

/**
 * The review table of a set of suggestions: one row per column with the
 * suggested target, calibrated confidence, sample values and an action —
 * Accept (confidence ≥ 0.9), Review (≥ 0.6) or Manual — as data (JSON-ready)
 * and as a markdown table.
 */
export function generateReview(suggestions: readonly MappingSuggestion[]): Review {
  const rows: ReviewRow[] = suggestions.map((s) => ({
    sourceField: s.sourceField,
    suggestedTarget: s.targetField,
    confidence: s.confidence,
    sampleValues: s.sampleValues.slice(0, SAMPLES_SHOWN),
    action: s.origin === 'override' ? 'accept' : actionFor(s.confidence),
    reasons: s.reasons,
    alternatives: s.alternatives,
    valueHints: s.valueHints,
  }));
  const summary = { accept: 0, review: 0, manual: 0 };
  for (const row of rows) summary[row.action]++;
  const lines = [
    '| Source Field | Suggested Target | Confidence | Sample Values | Action |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${cell(r.sourceField)} | ${r.suggestedTarget ?? '—'} | ${Math.round(r.confidence * 100)}% | ${cell(
          r.sampleValues.map(clip).join(', '),
        )} | ${ACTION_LABEL[r.action]} |`,
    ),
  ];
  return { version: 1, rows, summary, markdown: lines.join('\n') };
}

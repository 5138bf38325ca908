import { describe, expect, test } from 'vitest';
import type { MappingSuggestion } from '../match/mapping-suggestion.js';
import { ACCEPT_CONFIDENCE, generateReview, MANUAL_CONFIDENCE } from './generate-review.js';
import { reviewTableSchema } from './review-table.js';

function suggestion(
  sourceField: string,
  targetField: MappingSuggestion['targetField'],
  confidence: number,
): MappingSuggestion {
  return {
    sourceField,
    targetField,
    confidence,
    reasons: ['because'],
    alternatives: [],
    sampleValues: ['a|b', 'a very long sample value that will be clipped', 'c', 'd'],
    score: confidence,
    origin: 'heuristic',
    valueHints: {
      inferredType: 'string',
      dateFormat: null,
      currencyMarks: [],
      decimalSeparator: null,
      negativeShare: 0,
      topValues: [],
      uniqueness: 1,
    },
  };
}

describe('generateReview', () => {
  const review = generateReview([
    suggestion('Total', 'value', 0.97),
    suggestion('Rate Type', null, 0.92),
    suggestion('Service', 'product_name', 0.74),
    suggestion('Misc', 'notes', 0.42),
  ]);

  test.each([
    ['Total', 'accept'],
    ['Rate Type', 'accept'],
    ['Service', 'review'],
    ['Misc', 'manual'],
  ])('%s → %s', (column, action) => {
    expect(review.rows.find((r) => r.sourceField === column)!.action).toBe(action);
  });

  test('actions follow the thresholds', () => {
    for (const row of review.rows) {
      const expected =
        row.confidence >= ACCEPT_CONFIDENCE
          ? 'accept'
          : row.confidence >= MANUAL_CONFIDENCE
            ? 'review'
            : 'manual';
      expect(row.action).toBe(expected);
    }
    expect(review.summary).toEqual({ accept: 2, review: 1, manual: 1 });
  });

  test('markdown: the five columns, one line per source column, pipes escaped, samples clipped', () => {
    const lines = review.markdown.split('\n');
    expect(lines[0]).toBe('| Source Field | Suggested Target | Confidence | Sample Values | Action |');
    expect(lines).toHaveLength(2 + 4);
    expect(lines[2]).toBe('| Total | value | 97% | a\\|b, a very long sample valu…, c | Accept |');
    expect(lines[3]).toContain('| Rate Type | — | 92% |');
  });

  test('JSON round trip: the table parses with reviewTableSchema', () => {
    const { markdown: _markdown, ...table } = review;
    const parsed = reviewTableSchema.parse(JSON.parse(JSON.stringify(table)));
    expect(parsed.rows.map((r) => r.suggestedTarget)).toEqual(['value', null, 'product_name', 'notes']);
  });
});

import { z } from 'zod';
import { type TargetField, targetFields } from '../match/target-vocabulary.js';
import { valueTypes } from '../profile/column-profile.js';

/** What the reviewer should do with a row. */
export const reviewActions = ['accept', 'review', 'manual'] as const;
export type ReviewAction = (typeof reviewActions)[number];

const targetSchema = z.enum(targetFields);

export const reviewRowSchema = z.object({
  sourceField: z.string().min(1).describe('Column header in the source file.'),
  suggestedTarget: targetSchema.nullable().describe('Suggested target, or null for "map to nothing".'),
  confidence: z.number().min(0).max(1).describe('Calibrated probability that the suggestion is right.'),
  sampleValues: z.array(z.string()),
  action: z.enum(reviewActions),
  reasons: z.array(z.string()),
  alternatives: z.array(z.object({ targetField: targetSchema, confidence: z.number().min(0).max(1) })),
  valueHints: z.object({
    inferredType: z.enum([...valueTypes, 'empty']),
    dateFormat: z.enum(['iso', 'us', 'eu', 'text', 'compact', 'epoch_seconds', 'epoch_millis']).nullable(),
    currencyMarks: z.array(z.string()),
    decimalSeparator: z.enum(['.', ',']).nullable(),
    negativeShare: z.number(),
    topValues: z.array(z.string()),
    uniqueness: z.number(),
  }),
});
export type ReviewRow = z.infer<typeof reviewRowSchema>;

/** The review table as data: what `generateReview` returns (with markdown) and `acceptReview` reads back. */
export const reviewTableSchema = z.object({
  version: z.literal(1),
  rows: z.array(reviewRowSchema),
  summary: z.object({ accept: z.number(), review: z.number(), manual: z.number() }),
});
export type ReviewTable = z.infer<typeof reviewTableSchema>;

/** A review table plus its markdown rendering. */
export interface Review extends ReviewTable {
  markdown: string;
}

/** One change a reviewer makes: a column to another target, or to nothing. */
export interface ReviewEdit {
  sourceField: string;
  targetField: TargetField | null;
}

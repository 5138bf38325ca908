import { z } from 'zod';
import { DiscoveryError } from '../errors.js';
import type { Industry, MappingSuggestion } from '../match/mapping-suggestion.js';
import { type TargetField, targetFields, targetSpecs } from '../match/target-vocabulary.js';
import type { LlmClient } from './llm-client.js';

export interface AssistOptions {
  client: LlmClient;
  /** Industry of the business, given to the model as context. */
  industry?: Industry;
  /** Ask about suggestions below this confidence (default 0.9, the Accept threshold), and about every unmapped column. */
  threshold?: number;
  /** Most columns put in one prompt (default 40); the least confident go first. */
  maxColumns?: number;
  /** Token budget of the answer (default 2,000). */
  maxTokens?: number;
}

/**
 * A suggestion that only the model makes is capped at this confidence: the
 * model's own number is not calibrated, so such rows stay in Review.
 */
export const LLM_MAX_CONFIDENCE = 0.75;
/** The model's own confidence needed to give a target to a column the heuristic left unmapped. */
export const LLM_ADOPT_UNMAPPED = 0.8;
/** The model agreeing with the heuristic adds this much confidence (capped below Accept). */
const AGREEMENT_BOOST = 0.1;
const AGREEMENT_CAP = 0.89;
const DEFAULT_THRESHOLD = 0.9;
const DEFAULT_MAX_COLUMNS = 40;
const SAMPLES_IN_PROMPT = 5;

const answerSchema = z.object({
  columns: z.array(
    z.object({
      sourceField: z.string(),
      targetField: z.string().nullable(),
      confidence: z.number().min(0).max(1),
      reason: z.string().optional().default(''),
    }),
  ),
});
type Answer = z.infer<typeof answerSchema>['columns'][number];

const SYSTEM = [
  'You map the columns of a business data export (point of sale, e-commerce, CRM, booking, loyalty) to a fixed target schema for conversion tracking and customer analytics.',
  'Answer with one JSON object and nothing else: {"columns":[{"sourceField":"<header>","targetField":"<target or null>","confidence":<0..1>,"reason":"<short>"}]}.',
  'Use only the listed targets; use null when a column maps to nothing the schema needs. A single-valued target (marked "one") fits at most one column of the file.',
].join('\n');

function buildPrompt(
  suggestions: readonly MappingSuggestion[],
  asked: readonly MappingSuggestion[],
  industry?: Industry,
): string {
  const targets = targetFields.map(
    (t) => `- ${t} (${targetSpecs[t].cardinality}): ${targetSpecs[t].description}`,
  );
  const columns = asked.map((s) =>
    JSON.stringify({
      sourceField: s.sourceField,
      type: s.valueHints.inferredType,
      samples: s.sampleValues.slice(0, SAMPLES_IN_PROMPT),
      heuristic: s.targetField,
      heuristicConfidence: s.confidence,
    }),
  );
  const settled = suggestions
    .filter((s) => !asked.includes(s) && s.targetField !== null)
    .map((s) => `${s.sourceField} → ${s.targetField}`);
  return [
    industry ? `Industry: ${industry}.` : 'Industry: unknown.',
    `All columns of the file, in order: ${suggestions.map((s) => JSON.stringify(s.sourceField)).join(', ')}.`,
    settled.length ? `Already mapped with high confidence: ${settled.join('; ')}.` : '',
    'Targets:',
    ...targets,
    'Columns to map (with the heuristic guess):',
    ...columns,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Reads the model's JSON, tolerating code fences or a sentence around it. */
function parseAnswer(text: string): Answer[] {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) {
    throw new DiscoveryError({
      code: 'LLM_FAILED',
      message: `The model did not answer with JSON (got ${JSON.stringify(text.slice(0, 80))}); retry, or use the heuristic suggestions as they are.`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start, end + 1));
  } catch (cause) {
    throw new DiscoveryError({
      code: 'LLM_FAILED',
      message: 'The model answered with malformed JSON; retry, or use the heuristic suggestions as they are.',
      cause,
    });
  }
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success) {
    throw new DiscoveryError({
      code: 'LLM_FAILED',
      message: `The model's JSON does not have the requested shape (${parsed.error.issues[0]?.message ?? 'invalid'}); retry, or use the heuristic suggestions as they are.`,
      cause: parsed.error,
    });
  }
  return parsed.data.columns;
}

const isTarget = (t: string): t is TargetField => (targetFields as readonly string[]).includes(t);

/**
 * Asks a language model about the columns the heuristic is unsure of
 * (confidence below `threshold`) and about the columns it left unmapped:
 * column names, sample values, the target
 * schema and the industry go into one prompt; the JSON answer is validated
 * with zod and merged: agreement raises confidence a little, a different
 * target replaces a weak heuristic one (capped at LLM_MAX_CONFIDENCE, so it
 * stays in Review), and a single-valued target already held by a confident
 * column is never given to a second one. Optional: nothing else needs it.
 * Throws DiscoveryError LLM_FAILED when the client fails or answers nonsense.
 */
export async function assistWithLlm(
  suggestions: readonly MappingSuggestion[],
  options: AssistOptions,
): Promise<MappingSuggestion[]> {
  if (!options || typeof options.client?.complete !== 'function') {
    throw new DiscoveryError({
      code: 'INVALID_OPTIONS',
      message: 'assistWithLlm needs options.client, an object with complete({ system, prompt, maxTokens }).',
    });
  }
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const asked = suggestions
    .filter((s) => s.origin !== 'override' && (s.confidence < threshold || s.targetField === null))
    .sort((a, b) => a.confidence - b.confidence)
    .slice(0, options.maxColumns ?? DEFAULT_MAX_COLUMNS);
  if (asked.length === 0) return suggestions.map((s) => ({ ...s }));

  let text: string;
  try {
    text = await options.client.complete({
      system: SYSTEM,
      prompt: buildPrompt(suggestions, asked, options.industry),
      maxTokens: options.maxTokens ?? 2000,
    });
  } catch (cause) {
    throw new DiscoveryError({
      code: 'LLM_FAILED',
      message: `The LLM client failed (${cause instanceof Error ? cause.message : String(cause)}); check its credentials and network, or use the heuristic suggestions as they are.`,
      cause,
    });
  }
  const answers = new Map(parseAnswer(text).map((a) => [a.sourceField, a]));

  const result = suggestions.map((s) => ({
    ...s,
    reasons: [...s.reasons],
    alternatives: [...s.alternatives],
  }));
  const holder = new Map<TargetField, MappingSuggestion>();
  for (const s of result) if (s.targetField) holder.set(s.targetField, s);
  const askedNames = new Set(asked.map((s) => s.sourceField));

  for (const s of result) {
    if (!askedNames.has(s.sourceField)) continue;
    const answer = answers.get(s.sourceField);
    if (!answer) continue;
    const said = answer.targetField;
    const why = answer.reason ? `: ${answer.reason}` : '';
    if (said !== null && !isTarget(said)) {
      s.reasons.push(`LLM suggested unknown target "${said}"; ignored`);
      continue;
    }
    if (said === s.targetField) {
      s.confidence = Math.max(s.confidence, Math.min(AGREEMENT_CAP, s.confidence + AGREEMENT_BOOST));
      s.reasons.push(`LLM agrees (${answer.confidence.toFixed(2)})${why}`);
      continue;
    }
    const llmConfidence = Math.min(LLM_MAX_CONFIDENCE, answer.confidence);
    // an unmapped column's confidence is about "nothing"; the model may know the header the dictionary lacks
    const unmappedTaken = s.targetField === null && said !== null && answer.confidence >= LLM_ADOPT_UNMAPPED;
    if (!unmappedTaken && llmConfidence <= s.confidence) {
      s.reasons.push(
        `LLM suggested ${said ?? 'nothing'} (${answer.confidence.toFixed(2)})${why}; kept the heuristic`,
      );
      continue;
    }
    if (said !== null && targetSpecs[said].cardinality === 'one') {
      const other = holder.get(said);
      if (other && other !== s && other.confidence >= llmConfidence) {
        s.reasons.push(
          `LLM suggested ${said}${why}, but "${other.sourceField}" holds it with more confidence`,
        );
        continue;
      }
      if (other && other !== s) {
        other.alternatives.unshift({ targetField: said, confidence: other.confidence });
        other.targetField = null;
        other.reasons.push(`${said} given to "${s.sourceField}" on the LLM's advice`);
      }
    }
    if (s.targetField) {
      holder.delete(s.targetField);
      s.alternatives.unshift({ targetField: s.targetField, confidence: s.confidence });
    }
    s.targetField = said;
    s.confidence = Math.round(llmConfidence * 100) / 100;
    s.origin = 'llm';
    s.reasons.push(`LLM: ${said ?? 'maps to nothing'} (${answer.confidence.toFixed(2)})${why}`);
    if (said) holder.set(said, s);
  }
  return result;
}

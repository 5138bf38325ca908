import { describe, expect, test } from 'vitest';
import type { MappingSuggestion } from '../match/mapping-suggestion.js';
import type { TargetField } from '../match/target-vocabulary.js';
import { assistWithLlm, LLM_MAX_CONFIDENCE } from './assist-with-llm.js';
import type { LlmClient, LlmRequest } from './llm-client.js';

function s(sourceField: string, targetField: TargetField | null, confidence: number): MappingSuggestion {
  return {
    sourceField,
    targetField,
    confidence,
    reasons: [],
    alternatives: [],
    sampleValues: [`${sourceField}-sample`],
    score: confidence,
    origin: 'heuristic',
    valueHints: {
      inferredType: 'string',
      dateFormat: null,
      currencyMarks: [],
      decimalSeparator: null,
      negativeShare: 0,
      topValues: [],
      uniqueness: 0.5,
    },
  };
}

/** A fake model: records the request, answers with the given text. */
function fake(answer: string | ((r: LlmRequest) => string)): LlmClient & { requests: LlmRequest[] } {
  const requests: LlmRequest[] = [];
  return {
    requests,
    async complete(request) {
      requests.push(request);
      return typeof answer === 'function' ? answer(request) : answer;
    },
  };
}

const answer = (
  columns: { sourceField: string; targetField: string | null; confidence: number; reason?: string }[],
) => `Here you go:\n\`\`\`json\n${JSON.stringify({ columns })}\n\`\`\``;

const base = [
  s('Order ID', 'transaction_id', 0.98),
  s('Calendar', null, 0.92),
  s('Type', 'notes', 0.55),
  s('Amt', 'value', 0.95),
];

describe('assistWithLlm', () => {
  test('asks only about unsure columns, with names, samples, targets and industry', async () => {
    const client = fake(answer([]));
    await assistWithLlm(base, { client, industry: 'spa' });
    const { prompt, system, maxTokens } = client.requests[0]!;
    expect(system).toMatch(/JSON/);
    expect(maxTokens).toBeGreaterThan(0);
    expect(prompt).toMatch(/Industry: spa/);
    expect(prompt).toMatch(/"sourceField":"Calendar".*"samples":\["Calendar-sample"\]/);
    expect(prompt).toMatch(/"sourceField":"Type"/);
    expect(prompt).not.toMatch(/"sourceField":"Order ID"/);
    expect(prompt).toMatch(/Already mapped with high confidence: Order ID → transaction_id; Amt → value/);
    expect(prompt).toMatch(/- staff \(many\): /);
  });

  test('merges: agreement raises confidence, a new target replaces a weak one at capped confidence', async () => {
    const client = fake(
      answer([
        {
          sourceField: 'Calendar',
          targetField: 'staff',
          confidence: 0.95,
          reason: 'Acuity calendars are staff',
        },
        { sourceField: 'Type', targetField: 'product_name', confidence: 0.9 },
      ]),
    );
    const out = await assistWithLlm(base, { client });
    const by = Object.fromEntries(out.map((x) => [x.sourceField, x]));
    expect(by.Calendar).toMatchObject({
      targetField: 'staff',
      confidence: LLM_MAX_CONFIDENCE,
      origin: 'llm',
    });
    expect(by.Calendar!.reasons.at(-1)).toMatch(/Acuity calendars are staff/);
    expect(by.Type).toMatchObject({ targetField: 'product_name', origin: 'llm' });
    expect(by.Type!.alternatives[0]).toEqual({ targetField: 'notes', confidence: 0.55 });
    expect(by['Order ID']).toEqual(base[0]);
    expect(base[2]!.targetField).toBe('notes'); // input untouched

    const agree = await assistWithLlm(base, {
      client: fake(answer([{ sourceField: 'Type', targetField: 'notes', confidence: 0.8 }])),
    });
    expect(agree.find((x) => x.sourceField === 'Type')!.confidence).toBeCloseTo(0.65, 5);
  });

  test('never gives a single-valued target held with more confidence to a second column', async () => {
    const out = await assistWithLlm(base, {
      client: fake(answer([{ sourceField: 'Type', targetField: 'value', confidence: 0.99 }])),
    });
    expect(out.find((x) => x.sourceField === 'Type')!.targetField).toBe('notes');
    expect(out.find((x) => x.sourceField === 'Amt')!.targetField).toBe('value');
  });

  test('unknown targets in the answer are ignored, with a reason', async () => {
    const out = await assistWithLlm(base, {
      client: fake(answer([{ sourceField: 'Type', targetField: 'appointment_type', confidence: 0.9 }])),
    });
    const type = out.find((x) => x.sourceField === 'Type')!;
    expect(type.targetField).toBe('notes');
    expect(type.reasons.join(' ')).toMatch(/unknown target "appointment_type"/);
  });

  test.each([
    ['prose without JSON', 'I think Calendar is staff.'],
    ['malformed JSON', '{"columns": [ {"sourceField": "Type", }'],
    ['the wrong shape', '{"mappings": []}'],
    ['a confidence out of range', answer([{ sourceField: 'Type', targetField: 'notes', confidence: 7 }])],
  ])('%s → LLM_FAILED', async (_name, text) => {
    await expect(assistWithLlm(base, { client: fake(text) })).rejects.toMatchObject({ code: 'LLM_FAILED' });
  });

  test('a failing client → LLM_FAILED with the cause kept', async () => {
    const boom = new Error('401 invalid x-api-key');
    const error = await assistWithLlm(base, {
      client: {
        complete: async () => {
          throw boom;
        },
      },
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LLM_FAILED', cause: boom });
    expect((error as Error).message).toMatch(/401 invalid x-api-key/);
  });

  test('nothing unsure: the model is not called', async () => {
    const client = fake(() => {
      throw new Error('should not be called');
    });
    const sure = [s('Order ID', 'transaction_id', 0.98)];
    expect(await assistWithLlm(sure, { client })).toEqual(sure);
    expect(client.requests).toHaveLength(0);
  });

  test('a missing client is an INVALID_OPTIONS error', async () => {
    await expect(assistWithLlm(base, {} as never)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});

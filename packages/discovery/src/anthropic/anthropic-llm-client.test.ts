import type Anthropic from '@anthropic-ai/sdk';
import { describe, expect, test } from 'vitest';
import { createAnthropicLlmClient, DEFAULT_ANTHROPIC_MODEL } from './anthropic-llm-client.js';

describe('createAnthropicLlmClient', () => {
  test('sends one messages.create call and joins the text blocks of the answer', async () => {
    const calls: unknown[] = [];
    const client = {
      messages: {
        create: async (params: unknown) => {
          calls.push(params);
          return {
            content: [
              { type: 'text', text: '{"columns":' },
              { type: 'thinking', thinking: 'ignored' },
              { type: 'text', text: '[]}' },
            ],
          };
        },
      },
    } as unknown as Pick<Anthropic, 'messages'>;
    const llm = createAnthropicLlmClient({ client, model: 'claude-haiku-4-5' });
    const text = await llm.complete({ system: 'sys', prompt: 'map these', maxTokens: 321 });
    expect(text).toBe('{"columns":[]}');
    expect(calls).toEqual([
      {
        model: 'claude-haiku-4-5',
        max_tokens: 321,
        system: 'sys',
        messages: [{ role: 'user', content: 'map these' }],
      },
    ]);
  });

  test('defaults to a current model', async () => {
    let model = '';
    const client = {
      messages: {
        create: async (params: { model: string }) => {
          model = params.model;
          return { content: [] };
        },
      },
    } as unknown as Pick<Anthropic, 'messages'>;
    await createAnthropicLlmClient({ client }).complete({ system: '', prompt: '', maxTokens: 1 });
    expect(model).toBe(DEFAULT_ANTHROPIC_MODEL);
  });
});

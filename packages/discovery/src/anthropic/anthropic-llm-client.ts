import type Anthropic from '@anthropic-ai/sdk';
import { DiscoveryError } from '../errors.js';
import type { LlmClient } from '../llm/llm-client.js';

export interface AnthropicLlmClientOptions {
  /** An Anthropic client you created (recommended); its `messages.create` is all that is used. */
  client?: Pick<Anthropic, 'messages'>;
  /** API key when no client is given; else the SDK reads ANTHROPIC_API_KEY. */
  apiKey?: string;
  /** Model id; default `claude-sonnet-4-5`. */
  model?: string;
}

/** Default model: a current general model; pass `model` to choose another. */
export const DEFAULT_ANTHROPIC_MODEL = 'claude-sonnet-4-5';

async function loadClient(apiKey: string | undefined): Promise<Pick<Anthropic, 'messages'>> {
  let sdk: typeof import('@anthropic-ai/sdk');
  try {
    sdk = await import('@anthropic-ai/sdk');
  } catch (cause) {
    throw new DiscoveryError({
      code: 'INVALID_OPTIONS',
      message:
        'The Anthropic adapter needs the optional peer dependency @anthropic-ai/sdk: run `npm i @anthropic-ai/sdk`, or pass your own client.',
      cause,
    });
  }
  return new sdk.default(apiKey === undefined ? {} : { apiKey });
}

/**
 * An LlmClient backed by @anthropic-ai/sdk (an optional peer dependency: it is
 * loaded only here, and only when no client is passed in).
 */
export function createAnthropicLlmClient(options: AnthropicLlmClientOptions = {}): LlmClient {
  let client = options.client;
  const model = options.model ?? DEFAULT_ANTHROPIC_MODEL;
  return {
    async complete({ system, prompt, maxTokens }) {
      client ??= await loadClient(options.apiKey);
      const message = await client.messages.create({
        model,
        max_tokens: maxTokens,
        system,
        messages: [{ role: 'user', content: prompt }],
      });
      return message.content
        .filter((block): block is Extract<typeof block, { type: 'text' }> => block.type === 'text')
        .map((block) => block.text)
        .join('');
    },
  };
}

/** One prompt for a language model. */
export interface LlmRequest {
  /** System instructions. */
  system: string;
  /** The user message. */
  prompt: string;
  /** Upper bound on the answer's length, in tokens. */
  maxTokens: number;
}

/**
 * The only thing discovery needs from a language model: text in, text out.
 * Implement it for any provider; `@growthnav/discovery/anthropic` has one for
 * @anthropic-ai/sdk. Tests pass a fake.
 */
export interface LlmClient {
  complete(request: LlmRequest): Promise<string>;
}

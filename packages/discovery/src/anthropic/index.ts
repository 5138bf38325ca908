export {
  type AnthropicLlmClientOptions,
  createAnthropicLlmClient,
  DEFAULT_ANTHROPIC_MODEL,
} from './anthropic-llm-client.js';

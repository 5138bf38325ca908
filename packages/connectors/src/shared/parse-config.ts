import type { z } from 'zod';
import { ConnectorError } from './errors.js';

/**
 * Checks a connector config against its spec. The error names every bad
 * field and why, never the values (they may be secrets).
 */
export function parseConfig<S extends z.ZodType>(spec: S, config: unknown, type: string): z.output<S> {
  const parsed = spec.safeParse(config);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(config)'}: ${issue.message}`)
    .join('; ');
  throw new ConnectorError({
    code: 'INVALID_CONFIG',
    message: `Invalid config for connector "${type}": ${problems}. See the connector's spec for the expected shape.`,
  });
}

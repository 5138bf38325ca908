import { z } from 'zod';
import type { FieldDescriptor } from '../protocol.js';

interface JsonSchemaNode {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
  properties?: Record<string, JsonSchemaNode>;
  required?: string[];
}

function typesOf(node: JsonSchemaNode): string[] {
  if (node.anyOf) return node.anyOf.flatMap(typesOf);
  if (Array.isArray(node.type)) return node.type;
  return node.type ? [node.type] : ['unknown'];
}

/** JSON Schema and top-level fields of a wire schema, for `discover()`. */
export function describeFields(schema: z.ZodType): {
  jsonSchema: Record<string, unknown>;
  fields: FieldDescriptor[];
} {
  const jsonSchema = z.toJSONSchema(schema, { unrepresentable: 'any' }) as Record<string, unknown> &
    JsonSchemaNode;
  // Wire schemas check a subset of fields; records keep every field the vendor sent.
  jsonSchema.additionalProperties = true;
  const required = new Set(jsonSchema.required ?? []);
  const fields = Object.entries(jsonSchema.properties ?? {}).map(([name, node]) => {
    const types = typesOf(node);
    const nonNull = types.filter((t) => t !== 'null');
    return {
      name,
      type: nonNull.join('|') || 'null',
      nullable: !required.has(name) || types.includes('null'),
    };
  });
  return { jsonSchema, fields };
}

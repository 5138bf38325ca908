import type { FieldDescriptor } from '../protocol.js';

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Top-level fields of sampled JSON records, with every type seen; a field missing in some is nullable. */
export function sampleFields(records: readonly Record<string, unknown>[]): FieldDescriptor[] {
  const types = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record)) {
      let set = types.get(key);
      if (!set) {
        set = new Set();
        types.set(key, set);
      }
      set.add(jsonType(value));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...types].map(([name, set]) => {
    const nonNull = [...set].filter((t) => t !== 'null').sort();
    if (nonNull.includes('integer') && nonNull.includes('number'))
      nonNull.splice(nonNull.indexOf('integer'), 1);
    return {
      name,
      type: nonNull.join('|') || 'null',
      nullable: set.has('null') || (counts.get(name) ?? 0) < records.length,
    };
  });
}

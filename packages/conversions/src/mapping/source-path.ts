import { MappingError } from '../errors.js';

type Segment =
  | { kind: 'key'; key: string }
  | { kind: 'index'; index: number }
  | { kind: 'all' }
  | { kind: 'match'; key: string; value: string };

/** Reads a value (or, with `[*]`, an array of values) from a record. */
export type SourceGetter = (record: unknown) => unknown;

function parseSegments(path: string, where: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  let key = '';
  const flushKey = () => {
    if (key !== '') segments.push({ kind: 'key', key });
    key = '';
  };
  while (i < path.length) {
    const ch = path[i]!;
    if (ch === '.') {
      if (key === '' && path[i - 1] !== ']')
        throw new MappingError({ path: where, message: `empty key in path "${path}"` });
      flushKey();
      i++;
    } else if (ch === '[') {
      flushKey();
      const close = path.indexOf(']', i);
      if (close < 0) throw new MappingError({ path: where, message: `unclosed "[" in path "${path}"` });
      let inner = path.slice(i + 1, close);
      if (inner.startsWith('"')) {
        // Quoted key: find the closing quote, which may be followed by the bracket.
        const end = path.indexOf('"]', i + 2);
        if (end < 0)
          throw new MappingError({ path: where, message: `unclosed quoted key in path "${path}"` });
        inner = path.slice(i + 1, end + 1);
        segments.push({ kind: 'key', key: JSON.parse(inner) as string });
        i = end + 2;
        continue;
      }
      const match = /^([^=]+)=(.*)$/.exec(inner);
      if (inner === '*') segments.push({ kind: 'all' });
      else if (/^\d+$/.test(inner)) segments.push({ kind: 'index', index: Number(inner) });
      else if (match) segments.push({ kind: 'match', key: match[1]!.trim(), value: match[2]!.trim() });
      else
        throw new MappingError({
          path: where,
          message: `"[${inner}]" in path "${path}" must be an index, *, key=value or a quoted key`,
        });
      i = close + 1;
    } else {
      key += ch;
      i++;
    }
  }
  if (key === '' && path.endsWith('.'))
    throw new MappingError({ path: where, message: `path "${path}" ends with "."` });
  flushKey();
  if (segments.length === 0) throw new MappingError({ path: where, message: 'empty source path' });
  return segments;
}

function step(value: unknown, segment: Segment): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  if (segment.kind === 'key') return (value as Record<string, unknown>)[segment.key];
  if (segment.kind === 'index') return Array.isArray(value) ? value[segment.index] : undefined;
  if (segment.kind === 'match') {
    if (!Array.isArray(value)) return undefined;
    return value.find(
      (element) =>
        element !== null &&
        typeof element === 'object' &&
        String((element as Record<string, unknown>)[segment.key]) === segment.value,
    );
  }
  return undefined;
}

/**
 * A getter for one top-level key, generated as its own function with the key
 * as a literal: each getter then has its own monomorphic property lookup,
 * where one shared closure would turn every lookup megamorphic. The key is
 * embedded with JSON.stringify, so no mapping text is ever executed.
 */
function keyGetter(key: string): SourceGetter {
  return new Function(
    'record',
    `return record !== null && typeof record === 'object' ? record[${JSON.stringify(key)}] : undefined;`,
  ) as SourceGetter;
}

/**
 * Compiles a source path once into a getter. Plain keys read directly;
 * `[*]` projects over arrays and flattens, so `line_items[*].quantity` yields
 * one value per line item.
 */
export function compileSourcePath(path: string, where: string): SourceGetter {
  const segments = parseSegments(path, where);
  if (segments.length === 1 && segments[0]!.kind === 'key') {
    return keyGetter(segments[0]!.key);
  }
  if (!segments.some((s) => s.kind === 'all')) {
    return (record) => {
      let value: unknown = record;
      for (const segment of segments) {
        value = step(value, segment);
        if (value === undefined) return undefined;
      }
      return value;
    };
  }
  return (record) => {
    let values: unknown[] = [record];
    for (const segment of segments) {
      const next: unknown[] = [];
      for (const value of values) {
        if (segment.kind === 'all') {
          if (Array.isArray(value)) next.push(...value);
        } else {
          const v = step(value, segment);
          if (v !== undefined) next.push(v);
        }
      }
      values = next;
    }
    return values;
  };
}

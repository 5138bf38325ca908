import type { z } from 'zod';

/** A yes/no check of one value; never allocates for a value that passes. */
export type RecordCheck = (value: unknown) => boolean;

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, { _zod: { def: Def } }>;
  catchall?: { _zod: { def: Def } };
  innerType?: { _zod: { def: Def } };
  element?: { _zod: { def: Def } };
  entries?: Record<string, string | number>;
  values?: unknown[];
  format?: string;
  pattern?: RegExp;
}

/** Thrown inside the compiler for a construct it does not know; the caller then uses zod. */
class Unsupported extends Error {}

function lengthChecks(def: Def, kind: 'string' | 'array'): ((v: { length: number }) => boolean)[] {
  const out: ((v: { length: number }) => boolean)[] = [];
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length') out.push((v) => v.length >= (d.minimum as number));
    else if (d.check === 'max_length') out.push((v) => v.length <= (d.maximum as number));
    else if (d.check === 'length_equals') out.push((v) => v.length === d.length);
    else if (kind === 'string' && d.check === 'string_format' && def.pattern)
      continue; // the format's own pattern
    else throw new Unsupported(`check ${d.check}`);
  }
  return out;
}

function compileDef(def: Def): RecordCheck {
  switch (def.type) {
    case 'string': {
      const checks = lengthChecks(def, 'string');
      const pattern = def.format !== undefined ? def.pattern : undefined;
      if (def.format !== undefined && !pattern) throw new Unsupported(`string format ${def.format}`);
      return (v) => {
        if (typeof v !== 'string') return false;
        for (const c of checks) if (!c(v)) return false;
        if (pattern) {
          pattern.lastIndex = 0;
          return pattern.test(v);
        }
        return true;
      };
    }
    case 'number': {
      let integer = false;
      for (const c of def.checks ?? []) {
        const d = c._zod.def;
        if (d.check === 'number_format' && (d.format === 'safeint' || d.format === 'int32')) integer = true;
        else throw new Unsupported(`number check ${d.check}`);
      }
      return integer
        ? (v) => typeof v === 'number' && Number.isSafeInteger(v)
        : (v) => typeof v === 'number' && Number.isFinite(v);
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (v) => values.has(v as string | number);
    }
    case 'literal': {
      const values = new Set(def.values ?? []);
      return (v) => values.has(v);
    }
    case 'unknown':
    case 'any':
      return () => true;
    case 'optional': {
      const inner = compileDef((def.innerType as { _zod: { def: Def } })._zod.def);
      return (v) => v === undefined || inner(v);
    }
    case 'nullable': {
      const inner = compileDef((def.innerType as { _zod: { def: Def } })._zod.def);
      return (v) => v === null || inner(v);
    }
    case 'array': {
      const element = compileDef((def.element as { _zod: { def: Def } })._zod.def);
      const checks = lengthChecks(def, 'array');
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (const c of checks) if (!c(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case 'object': {
      // Strip and loose objects accept extra keys; a strict (or other) catchall is left to zod.
      const catchall = def.catchall?._zod.def.type;
      if (catchall !== undefined && catchall !== 'unknown' && catchall !== 'any') {
        throw new Unsupported(`object catchall ${catchall}`);
      }
      if ((def.checks ?? []).length > 0) throw new Unsupported('object checks');
      const fields = Object.entries(def.shape ?? {}).map(
        ([key, s]) => [key, compileDef(s._zod.def)] as const,
      );
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const o = v as Record<string, unknown>;
        for (const [key, check] of fields) if (!check(o[key])) return false;
        return true;
      };
    }
    default:
      throw new Unsupported(def.type);
  }
}

const cache = new WeakMap<z.ZodType, RecordCheck | null>();

/**
 * A fast, allocation-free yes/no version of a wire schema, derived from the
 * zod schema itself (objects, strings with length checks and formats,
 * numbers, integers, booleans, enums, literals, arrays, optional, nullable).
 * Returns null when the schema uses anything else; the caller then uses zod.
 * The read loop runs this first and calls zod only for a record that fails,
 * to get the path and message for the quarantine, so zod stays the
 * one definition of the wire format (a property test checks they agree).
 */
export function compileRecordCheck(schema: z.ZodType): RecordCheck | null {
  if (cache.has(schema)) return cache.get(schema) ?? null;
  let check: RecordCheck | null;
  try {
    check = compileDef((schema as unknown as { _zod: { def: Def } })._zod.def);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    check = null;
  }
  cache.set(schema, check);
  return check;
}

import { GrowthNavError, MappingError } from '../errors.js';
import { isCurrencyCode } from '../money/currency-exponents.js';
import { type Money, parseMoney, readMoney } from '../money/parse-money.js';
import { conversionTypes, unifiedStatuses } from '../schema/conversion-schema.js';
import { formatIsoUtc } from '../time/format-iso.js';
import { parseTimestamp } from '../time/parse-timestamp.js';
import { requireTimeZone } from '../time/time-zone.js';
import { unifyStatus } from './default-statuses.js';
import type { Transform } from './field-mapping.js';
import { compileSourcePath, type SourceGetter } from './source-path.js';
import type { TargetKind } from './targets.js';

/** A rule could not produce a value for this record; `reason` says why. */
export class RuleFailure extends Error {
  readonly reason: string;
  constructor(reason: string) {
    super(reason);
    this.reason = reason;
  }
}

/** Per-record state a transform may read: the conversion's currency so far. */
export interface TransformContext {
  currency: string | null;
  defaultCurrency: string | undefined;
}

/** A compiled transform: source value (and the whole record) in, typed value out. */
export type TransformFn = (value: unknown, record: unknown, context: TransformContext) => unknown;

/** Status output: unified value plus the raw text. */
export interface StatusValue {
  unified: (typeof unifiedStatuses)[number];
  raw: string | null;
}

const ALLOWED: Readonly<Record<TargetKind, readonly Transform['type'][]>> = {
  money: ['money', 'number', 'sum', 'constant', 'regex'],
  timestamp: ['timestamp', 'constant'],
  currency: ['currency', 'string', 'constant', 'enum', 'regex'],
  number: ['number', 'sum', 'count', 'constant', 'regex'],
  string: ['string', 'concat', 'coalesce', 'regex', 'enum', 'constant', 'number', 'json'],
  status: ['enum', 'string', 'constant', 'regex', 'coalesce'],
  conversionType: ['enum', 'constant'],
  items: ['items'],
  any: [
    'string',
    'number',
    'boolean',
    'money',
    'currency',
    'timestamp',
    'enum',
    'constant',
    'concat',
    'coalesce',
    'sum',
    'count',
    'regex',
    'json',
  ],
};

const DEFAULT_TRANSFORM: Readonly<Record<TargetKind, Transform | null>> = {
  money: { type: 'money' },
  timestamp: { type: 'timestamp' },
  currency: { type: 'currency' },
  number: { type: 'number' },
  string: { type: 'string' },
  status: { type: 'string' },
  conversionType: null,
  items: null,
  any: { type: 'string' },
};

const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', 't', 'on', 'subscribed', 'opted in', 'opt-in']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', 'f', 'off', 'unsubscribed', 'opted out', 'opt-out']);

export function isBlank(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') {
    const length = value.length;
    // Most values have no surrounding whitespace: decide from the ends before trimming.
    if (length === 0) return true;
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(length - 1);
    if ((first > 32 && first < 127) || (last > 32 && last < 127)) return false;
    return value.trim() === '';
  }
  return Array.isArray(value) && value.length === 0;
}

function describe(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function single(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const present = value.filter((v) => !isBlank(v));
  if (present.length <= 1) return present[0];
  throw new RuleFailure(`expected one value, found ${present.length}`);
}

function toText(value: unknown): string {
  const v = single(value);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  throw new RuleFailure(`expected text, got ${describe(v)}`);
}

function rethrow(error: unknown): never {
  if (GrowthNavError.isInstance(error)) {
    // Keep just the reason: the record, field and value are reported alongside.
    const reason = error.message.replace(/^Cannot read .*? as [a-z ]+: /, '').replace(/\.$/, '');
    throw new RuleFailure(reason);
  }
  throw error;
}

function toNumber(value: unknown): number {
  const v = single(value);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RuleFailure('not a finite number');
    return v;
  }
  if (typeof v === 'string') {
    const cleaned = v.trim().replace(/,(?=\d{3}(\D|$))/g, '');
    const n = Number(cleaned);
    if (cleaned === '' || !Number.isFinite(n)) throw new RuleFailure(`${describe(v)} is not a number`);
    return n;
  }
  throw new RuleFailure(`${describe(v)} is not a number`);
}

function moneyCurrency(
  currencyGetter: SourceGetter | undefined,
  record: unknown,
  fixed: string | undefined,
  context: TransformContext,
): string | undefined {
  if (currencyGetter) {
    const c = currencyGetter(record);
    if (!isBlank(c)) {
      const code = toText(c).trim().toUpperCase();
      if (!isCurrencyCode(code)) throw new RuleFailure(`${describe(c)} is not an ISO 4217 currency code`);
      return code;
    }
  }
  return fixed ?? context.currency ?? context.defaultCurrency;
}

/** Coerces a transform's output into what the target takes. */
function coerce(kind: TargetKind, output: unknown, context: TransformContext): unknown {
  switch (kind) {
    case 'money': {
      if (typeof output === 'object' && output !== null && 'minor' in output) return output;
      try {
        return parseMoney(single(output), { currency: context.currency ?? context.defaultCurrency });
      } catch (error) {
        return rethrow(error);
      }
    }
    case 'number':
      if (typeof output === 'object' && output !== null && 'minor' in output) return (output as Money).value;
      return toNumber(output);
    case 'string': {
      if (typeof output === 'object' && output !== null && !Array.isArray(output)) {
        throw new RuleFailure(`expected text, got an object ${describe(output)}`);
      }
      const text = toText(output).trim();
      if (text === '') throw new RuleFailure('blank');
      return text;
    }
    case 'timestamp':
      if (output instanceof Date) return formatIsoUtc(output.getTime());
      try {
        return parseTimestamp(single(output)).toISOString();
      } catch (error) {
        return rethrow(error);
      }
    case 'currency': {
      const code = toText(output).trim().toUpperCase();
      if (!isCurrencyCode(code))
        throw new RuleFailure(`${describe(output)} is not an ISO 4217 currency code`);
      return code;
    }
    case 'conversionType': {
      const type = toText(output);
      if (!(conversionTypes as readonly string[]).includes(type)) {
        throw new RuleFailure(`${describe(type)} is not a conversion type (${conversionTypes.join(', ')})`);
      }
      return type;
    }
    default:
      return output;
  }
}

/**
 * Compiles one transform for a target kind. Checks at compile time that the
 * transform suits the target and that its options are usable, so bad
 * mappings fail before any record is read.
 */
export function compileTransform(
  transform: Transform | undefined,
  kind: TargetKind,
  where: string,
  compileItems: (rules: Extract<Transform, { type: 'items' }>['fields'], where: string) => TransformFn,
): TransformFn {
  const t = transform ?? DEFAULT_TRANSFORM[kind];
  if (!t) {
    throw new MappingError({
      path: where,
      message:
        kind === 'items'
          ? 'the "items" target needs an items transform'
          : `this target needs an "enum" or "constant" transform`,
    });
  }
  if (!ALLOWED[kind].includes(t.type)) {
    throw new MappingError({
      path: `${where}.type`,
      message: `transform "${t.type}" cannot fill this target; use one of: ${ALLOWED[kind].join(', ')}`,
    });
  }
  const raw = compileRaw(t, kind, where, compileItems);
  if (kind === 'status') {
    // Status words repeat endlessly; remember each word's unified value.
    const seen = new Map<string, StatusValue['unified']>();
    return (value, record, context) => {
      const rawText = t.type === 'constant' || isBlank(value) ? null : toText(value).trim();
      const out = raw(value, record, context);
      if (out === undefined) return undefined;
      const word = toText(out).trim();
      let unified = t.type === 'string' ? seen.get(word) : (word as StatusValue['unified']);
      if (unified === undefined) {
        unified = unifyStatus(word) ?? 'unknown';
        if (seen.size < 10_000) seen.set(word, unified);
      }
      if (!(unifiedStatuses as readonly string[]).includes(unified)) {
        throw new RuleFailure(`${describe(word)} is not a unified status (${unifiedStatuses.join(', ')})`);
      }
      return { unified, raw: rawText } satisfies StatusValue;
    };
  }
  if (kind === 'items' || kind === 'any') return raw;
  // Transforms that already yield the target's type skip the generic coercion.
  if (kind === 'money' && t.type === 'money') return raw;
  if (kind === 'string' && t.type === 'string') {
    return (value, record, context) => {
      const text = raw(value, record, context) as string;
      if (text.trim() === '') throw new RuleFailure('blank');
      return text;
    };
  }
  if (kind === 'timestamp' && t.type === 'timestamp') {
    return (value, record, context) => formatIsoUtc((raw(value, record, context) as Date).getTime());
  }
  return (value, record, context) => {
    const out = raw(value, record, context);
    return out === undefined ? undefined : coerce(kind, out, context);
  };
}

function compileRaw(
  t: Transform,
  kind: TargetKind,
  where: string,
  compileItems: (rules: Extract<Transform, { type: 'items' }>['fields'], where: string) => TransformFn,
): TransformFn {
  switch (t.type) {
    case 'string':
      return (value) => {
        let text = toText(value);
        if (t.trim !== false) text = text.trim();
        if (t.case === 'lower') text = text.toLowerCase();
        else if (t.case === 'upper') text = text.toUpperCase();
        return text;
      };
    case 'number':
      return (value) => {
        const n = toNumber(value);
        if (t.integer && !Number.isInteger(n))
          throw new RuleFailure(`${describe(value)} is not a whole number`);
        return n;
      };
    case 'boolean': {
      const truthy = new Set([...TRUE_WORDS, ...(t.trueValues ?? []).map((w) => w.toLowerCase())]);
      const falsy = new Set([...FALSE_WORDS, ...(t.falseValues ?? []).map((w) => w.toLowerCase())]);
      return (value) => {
        const v = single(value);
        if (typeof v === 'boolean') return v;
        const word = toText(v).trim().toLowerCase();
        if (truthy.has(word)) return true;
        if (falsy.has(word)) return false;
        throw new RuleFailure(`${describe(v)} is not a yes/no value`);
      };
    }
    case 'money': {
      if (t.currency && !isCurrencyCode(t.currency.toUpperCase())) {
        throw new MappingError({
          path: `${where}.currency`,
          message: `"${t.currency}" is not an ISO 4217 code`,
        });
      }
      const fixed = t.currency?.toUpperCase();
      const currencyGetter = t.currencySource
        ? compileSourcePath(t.currencySource, `${where}.currencySource`)
        : undefined;
      // Reused for every record: setters copy the amount out before the next call.
      const scratch: Money = { minor: 0, currency: null, exponent: 2, value: 0 };
      return (value, record, context) => {
        const currency = moneyCurrency(currencyGetter, record, fixed, context);
        let money: Money;
        try {
          money = readMoney(single(value), currency, t.minorUnits, t.decimalSeparator, undefined, scratch);
        } catch (error) {
          return rethrow(error);
        }
        if (t.negate && money.minor !== 0) {
          money.minor = -money.minor;
          money.value = -money.value;
        }
        if (t.absolute && money.minor < 0) {
          money.minor = -money.minor;
          money.value = -money.value;
        }
        return money;
      };
    }
    case 'currency':
      return (value) => toText(value);
    case 'timestamp': {
      if (t.timeZone) {
        try {
          requireTimeZone(t.timeZone);
        } catch (error) {
          throw new MappingError({
            path: `${where}.timeZone`,
            message: (error as Error).message,
            cause: error,
          });
        }
      }
      const timeGetter = t.timeSource ? compileSourcePath(t.timeSource, `${where}.timeSource`) : undefined;
      const zoneGetter = t.timeZoneSource
        ? compileSourcePath(t.timeZoneSource, `${where}.timeZoneSource`)
        : undefined;
      const options = { format: t.format, timeZone: t.timeZone, disambiguation: t.disambiguation };
      return (value, record) => {
        try {
          const v = single(value);
          if (!timeGetter && !zoneGetter) return parseTimestamp(v, options);
          const time = timeGetter?.(record);
          const zone = zoneGetter?.(record);
          return parseTimestamp(
            {
              date: toText(v),
              time: isBlank(time) ? null : toText(time),
              timeZone: isBlank(zone) ? null : toText(zone),
            },
            options,
          );
        } catch (error) {
          return rethrow(error);
        }
      };
    }
    case 'enum': {
      const table = new Map(Object.entries(t.map).map(([k, v]) => [k.trim().toLowerCase(), v]));
      return (value) => {
        const key = toText(value).trim().toLowerCase();
        const mapped = table.get(key) ?? t.fallback;
        if (mapped === undefined) {
          const known = [...table.keys()].slice(0, 12).join(', ');
          throw new RuleFailure(`${describe(value)} is not one of the mapped values (${known})`);
        }
        return mapped;
      };
    }
    case 'constant':
      return () => t.value;
    case 'concat': {
      const separator = t.separator ?? ' ';
      return (value) => {
        const values = Array.isArray(value) ? value : [value];
        return values
          .filter((v) => !isBlank(v))
          .map((v) => toText(v).trim())
          .join(separator);
      };
    }
    case 'coalesce':
      return (value) => {
        const values = Array.isArray(value) ? value : [value];
        return values.find((v) => !isBlank(v));
      };
    case 'sum':
      if (kind === 'money' || (kind === 'any' && t.minorUnits)) {
        return (value, _record, context) => {
          const values = (Array.isArray(value) ? value : [value]).filter((v) => !isBlank(v));
          const currency = context.currency ?? context.defaultCurrency;
          let minor = 0;
          let last: Money | undefined;
          try {
            for (const v of values) {
              last = parseMoney(v, { currency, minorUnits: t.minorUnits });
              minor += t.absolute ? Math.abs(last.minor) : last.minor;
            }
            if (t.negate) minor = -minor;
          } catch (error) {
            return rethrow(error);
          }
          const exponent = last?.exponent ?? 2;
          return {
            minor,
            currency: last?.currency ?? currency ?? null,
            exponent,
            value: minor / 10 ** exponent,
          } satisfies Money;
        };
      }
      return (value) => {
        const values = (Array.isArray(value) ? value : [value]).filter((v) => !isBlank(v));
        let total = 0;
        for (const v of values) total += t.absolute ? Math.abs(toNumber(v)) : toNumber(v);
        return t.negate ? -total : total;
      };
    case 'count':
      return (value) => (Array.isArray(value) ? value.length : isBlank(value) ? 0 : 1);
    case 'regex': {
      let pattern: RegExp;
      try {
        pattern = new RegExp(t.pattern);
      } catch (error) {
        throw new MappingError({
          path: `${where}.pattern`,
          message: `invalid regular expression: ${(error as Error).message}`,
          cause: error,
        });
      }
      return (value) => {
        const text = toText(value);
        const match = pattern.exec(text);
        const group = t.group ?? (match && match.length > 1 ? 1 : 0);
        const out = match?.[group];
        if (out === undefined || out === '') {
          if (t.onNoMatch === 'blank') return undefined;
          throw new RuleFailure(`${describe(text)} does not match /${t.pattern}/`);
        }
        if (!t.decodeUri) return out;
        try {
          return decodeURIComponent(out.replace(/\+/g, ' '));
        } catch {
          return out;
        }
      };
    }
    case 'json':
      return (value) => {
        const text = toText(value);
        try {
          return JSON.parse(text) as unknown;
        } catch {
          throw new RuleFailure(`${describe(text)} is not JSON`);
        }
      };
    case 'items':
      return compileItems(t.fields, `${where}.fields`);
  }
}

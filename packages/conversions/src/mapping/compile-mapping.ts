import { MappingError } from '../errors.js';
import type { Money } from '../money/parse-money.js';
import { conversionIdFor } from '../normalize/conversion-id.js';
import {
  CONVERSION_SCHEMA_VERSION,
  type Conversion,
  type ConversionItem,
  type IdentityFragmentType,
} from '../schema/conversion-schema.js';
import { type FieldMapping, type FieldRule, fieldMappingSchema } from './field-mapping.js';
import { compileSourcePath, type SourceGetter } from './source-path.js';
import { ITEM_TARGETS, listTargets, type TargetKind, targetKind } from './targets.js';
import {
  compileTransform,
  isBlank,
  RuleFailure,
  type StatusValue,
  type TransformContext,
  type TransformFn,
} from './transforms.js';

/** Why a rule could not fill its target for one record. */
export interface RuleProblem {
  /** Source path the rule reads (or `(record)` / `(mapping)`). */
  field: string;
  /** Conversion field the rule fills. */
  target: string;
  /** The offending source value. */
  value: unknown;
  reason: string;
}

export type MappingOutcome =
  | { ok: true; conversion: Conversion; warnings: RuleProblem[] }
  | { ok: false; problem: RuleProblem; warnings: RuleProblem[] };

/** A FieldMapping compiled once into a fast record → Conversion function. */
export interface CompiledMapping {
  readonly mapping: FieldMapping;
  apply(record: unknown, customerId: string): MappingOutcome;
}

/** Targets whose rules send the record to quarantine when they fail or are blank. */
const ALWAYS_REQUIRED = new Set(['sourceRecordId', 'timestamp', 'value', 'currency', 'conversionType']);
/** Rules run in this order first, so money transforms see the conversion's currency. */
const FIRST = ['currency', 'value'];

type Setter = (
  conversion: Conversion,
  value: unknown,
  context: TransformContext,
  warn: (reason: string) => void,
) => void;

interface CompiledRule {
  target: string;
  field: string;
  get: SourceGetter;
  transform: TransformFn;
  set: Setter;
  fallback: FieldRule['default'];
  required: boolean;
}

function moneySetter(assign: (conversion: Conversion, value: number) => void, setsCurrency: boolean): Setter {
  return (conversion, value, context, warn) => {
    const money = value as Money;
    if (money.currency) {
      if (context.currency === null) {
        context.currency = money.currency;
        if (setsCurrency) conversion.currency = money.currency;
      } else if (money.currency !== context.currency) {
        warn(`amount is in ${money.currency} but the conversion is in ${context.currency}`);
      }
    }
    assign(conversion, money.value);
  };
}

function setterFor(target: string, kind: TargetKind): Setter {
  if (target.startsWith('identity.')) {
    const type = target.slice('identity.'.length) as IdentityFragmentType;
    return (conversion, value) => {
      conversion.identityFragments.push({
        type,
        value: value as string,
        sourceSystem: conversion.sourceSystem,
      });
    };
  }
  if (target.startsWith('extras.')) {
    const key = target.slice('extras.'.length);
    return (conversion, value) => {
      const v = value instanceof Date ? value.toISOString() : value;
      conversion.extras[key] =
        typeof v === 'object' && v !== null && 'minor' in v && 'exponent' in v ? (v as Money).value : v;
    };
  }
  switch (target) {
    case 'value':
      return moneySetter((c, v) => {
        c.value = v;
      }, true);
    case 'currency':
      return (conversion, value, context) => {
        conversion.currency = value as string;
        context.currency = value as string;
      };
    case 'status':
      return (conversion, value) => {
        conversion.status = value as StatusValue;
      };
    case 'items':
      return (conversion, value) => {
        conversion.items = value as ConversionItem[];
      };
    default: {
      const dot = target.indexOf('.');
      if (kind === 'money') {
        const group = target.slice(0, dot) as 'amounts';
        const key = target.slice(dot + 1) as keyof Conversion['amounts'];
        return moneySetter((c, v) => {
          c[group][key] = v;
        }, false);
      }
      if (dot < 0) {
        const key = target as 'transactionId';
        return (conversion, value) => {
          (conversion as unknown as Record<string, unknown>)[key] = value;
        };
      }
      const group = target.slice(0, dot);
      const key = target.slice(dot + 1);
      return (conversion, value) => {
        (conversion as unknown as Record<string, Record<string, unknown>>)[group]![key] = value;
      };
    }
  }
}

function sourceLabel(rule: FieldRule): string {
  if (rule.source === undefined) return '(constant)';
  return Array.isArray(rule.source) ? rule.source.join(' + ') : rule.source;
}

/** Transforms that take every value of a multi-source rule; the others read the first non-blank. */
const MULTI_VALUE_TRANSFORMS = new Set(['concat', 'coalesce', 'sum', 'count']);

/** Non-blank stand-in read by constant rules without a source. */
const CONSTANT_INPUT = () => true;

function compileGetter(rule: FieldRule, where: string): SourceGetter {
  if (rule.transform?.type === 'constant') return CONSTANT_INPUT;
  if (rule.source === undefined) return () => undefined;
  if (typeof rule.source === 'string') return compileSourcePath(rule.source, `${where}.source`);
  const getters = rule.source.map((path, i) => compileSourcePath(path, `${where}.source[${i}]`));
  if (!MULTI_VALUE_TRANSFORMS.has(rule.transform?.type ?? '')) {
    // A fallback chain: the first source with a value wins.
    return (record) => {
      for (const g of getters) {
        const value = g(record);
        if (!isBlank(value)) return value;
      }
      return undefined;
    };
  }
  return (record) => {
    const values = getters.flatMap((g) => {
      const value = g(record);
      return Array.isArray(value) ? value : [value];
    });
    return values.every(isBlank) ? undefined : values;
  };
}

function compileItemRules(rules: FieldRule[], where: string): TransformFn {
  const compiled = rules.map((rule, i) => {
    const at = `${where}[${i}]`;
    const kind = targetKind(rule.target, ITEM_TARGETS);
    if (!kind) {
      throw new MappingError({
        path: `${at}.target`,
        message: `unknown item target "${rule.target}"; use one of: ${Object.keys(ITEM_TARGETS).join(', ')}`,
      });
    }
    return {
      target: rule.target as keyof ConversionItem,
      get: compileGetter(rule, at),
      transform: compileTransform(rule.transform, kind, `${at}.transform`, compileItemRules),
      fallback: rule.default,
      kind,
    };
  });
  return (value, _record, context) => {
    const elements = Array.isArray(value) ? value : isBlank(value) ? [] : [value];
    return elements.map((element) => {
      const item: ConversionItem = {
        id: null,
        sku: null,
        name: null,
        category: null,
        quantity: null,
        unitPrice: null,
        total: null,
      };
      for (const rule of compiled) {
        let v = rule.get(element);
        if (isBlank(v) && rule.fallback === undefined) continue;
        if (isBlank(v)) v = rule.fallback;
        try {
          const out = rule.transform(v, element, context);
          (item as Record<string, unknown>)[rule.target] = rule.kind === 'money' ? (out as Money).value : out;
        } catch (error) {
          if (!(error instanceof RuleFailure)) throw error;
          // A bad line-item field leaves that field empty; the conversion still loads.
        }
      }
      return item;
    });
  };
}

function blankConversion(
  mapping: FieldMapping,
  customerId: string,
  record: Record<string, unknown>,
): Conversion {
  return {
    schemaVersion: CONVERSION_SCHEMA_VERSION,
    customerId,
    conversionId: '',
    transactionId: '',
    sourceRecordId: '',
    conversionType: mapping.conversionType ?? 'purchase',
    source: mapping.source,
    sourceSystem: mapping.system,
    timestamp: '',
    value: 0,
    currency: '',
    status: { unified: 'unknown', raw: null },
    quantity: null,
    product: { id: null, sku: null, name: null, category: null },
    items: [],
    location: { id: null, name: null },
    amounts: {
      subtotal: null,
      tax: null,
      tip: null,
      discount: null,
      shipping: null,
      fee: null,
      refunded: null,
    },
    clickIds: { gclid: null, fbclid: null, ttclid: null, msclkid: null },
    utm: { source: null, medium: null, campaign: null, term: null, content: null },
    attribution: [],
    identityFragments: [],
    userId: null,
    extras: {},
    raw: record,
  };
}

/**
 * Validates a FieldMapping and compiles it once into a function from a source
 * record to a Conversion (or the reason it cannot be one). A bad mapping —
 * unknown target, unusable transform, invalid path, regex or zone — throws a
 * MappingError (code INVALID_MAPPING) naming where in the mapping it is.
 */
export function compileMapping(input: FieldMapping): CompiledMapping {
  const parsed = fieldMappingSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new MappingError({
      path:
        issue.path
          .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
          .join('')
          .replace(/^\./, '') || '(root)',
      message: issue.message,
      cause: parsed.error,
    });
  }
  const mapping = parsed.data;
  const seenSingle = new Map<string, number>();
  const recordIdRule = mapping.fields.some((f) => f.target === 'sourceRecordId');
  const rules: CompiledRule[] = mapping.fields.map((rule, i) => {
    const where = `fields[${i}]`;
    const kind = targetKind(rule.target);
    if (!kind) {
      throw new MappingError({
        path: `${where}.target`,
        message: `unknown target "${rule.target}"; valid targets: ${listTargets().join(', ')}`,
      });
    }
    if (!rule.target.startsWith('identity.')) {
      const previous = seenSingle.get(rule.target);
      if (previous !== undefined) {
        throw new MappingError({
          path: `${where}.target`,
          message: `"${rule.target}" is already filled by fields[${previous}]; use one rule (coalesce several sources if needed)`,
        });
      }
      seenSingle.set(rule.target, i);
    }
    if (rule.source === undefined && rule.transform?.type !== 'constant' && rule.default === undefined) {
      throw new MappingError({
        path: where,
        message: 'a rule needs a source, a constant transform or a default',
      });
    }
    return {
      target: rule.target,
      field: sourceLabel(rule),
      get: compileGetter(rule, where),
      transform: compileTransform(rule.transform, kind, `${where}.transform`, compileItemRules),
      set: setterFor(rule.target, kind),
      fallback: rule.default,
      required:
        rule.required ??
        (ALWAYS_REQUIRED.has(rule.target) || (rule.target === 'transactionId' && !recordIdRule)),
    };
  });
  rules.sort((a, b) => {
    const ra = FIRST.indexOf(a.target);
    const rb = FIRST.indexOf(b.target);
    return (ra < 0 ? FIRST.length : ra) - (rb < 0 ? FIRST.length : rb);
  });
  const hasRule = (target: string) => rules.some((r) => r.target === target);
  const hasRecordId = hasRule('sourceRecordId');
  const hasTransactionId = hasRule('transactionId');
  const hasQuantity = hasRule('quantity');
  const hasProduct = rules.some((r) => r.target.startsWith('product.'));
  const timestampField = rules.find((r) => r.target === 'timestamp')?.field ?? '(mapping)';
  if (!hasRecordId && !hasTransactionId) {
    throw new MappingError({
      path: 'fields',
      message: 'no rule fills "sourceRecordId" or "transactionId"; every conversion needs a record id',
    });
  }
  if (!hasRule('timestamp')) {
    throw new MappingError({
      path: 'fields',
      message: 'no rule fills "timestamp"; every conversion needs a time',
    });
  }

  function apply(record: unknown, customerId: string): MappingOutcome {
    const warnings: RuleProblem[] = [];
    if (record === null || typeof record !== 'object' || Array.isArray(record)) {
      return {
        ok: false,
        problem: {
          field: '(record)',
          target: '(record)',
          value: record,
          reason: 'the record is not an object',
        },
        warnings,
      };
    }
    const conversion = blankConversion(mapping, customerId, record as Record<string, unknown>);
    const context: TransformContext = { currency: null, defaultCurrency: mapping.defaultCurrency };
    for (const rule of rules) {
      let value = rule.get(record);
      if (isBlank(value)) {
        if (rule.fallback === undefined) {
          if (rule.required) {
            return {
              ok: false,
              problem: { field: rule.field, target: rule.target, value, reason: 'missing or blank' },
              warnings,
            };
          }
          continue;
        }
        value = rule.fallback;
        if (value === null) continue;
      }
      let out: unknown;
      try {
        out = rule.transform(value, record, context);
      } catch (error) {
        if (!(error instanceof RuleFailure)) throw error;
        const problem = { field: rule.field, target: rule.target, value, reason: error.reason };
        if (rule.required) return { ok: false, problem, warnings };
        warnings.push(problem);
        continue;
      }
      if (out === undefined) {
        // The transform found nothing to use (a regex with onNoMatch: 'blank').
        if (rule.required) {
          return {
            ok: false,
            problem: { field: rule.field, target: rule.target, value, reason: 'no usable value' },
            warnings,
          };
        }
        continue;
      }
      rule.set(conversion, out, context, (reason) => {
        warnings.push({ field: rule.field, target: rule.target, value, reason });
      });
    }

    if (!hasRecordId) conversion.sourceRecordId = conversion.transactionId;
    if (!hasTransactionId || conversion.transactionId === '')
      conversion.transactionId = conversion.sourceRecordId;
    if (conversion.currency === '') {
      const fallback = context.currency ?? mapping.defaultCurrency?.toUpperCase();
      if (fallback) conversion.currency = fallback;
      else if (conversion.value === 0)
        conversion.currency = 'XXX'; // ISO 4217 "no currency": nothing to price
      else {
        return {
          ok: false,
          problem: {
            field: '(mapping)',
            target: 'currency',
            value: conversion.value,
            reason: 'no currency in the record or the mapping; set defaultCurrency',
          },
          warnings,
        };
      }
    }
    if (conversion.timestamp === '') {
      return {
        ok: false,
        problem: { field: timestampField, target: 'timestamp', value: undefined, reason: 'missing' },
        warnings,
      };
    }
    if (conversion.items.length > 0) {
      if (!hasQuantity) {
        let total = 0;
        let any = false;
        for (const item of conversion.items) {
          if (item.quantity !== null) {
            total += item.quantity;
            any = true;
          }
        }
        if (any) conversion.quantity = total;
      }
      if (!hasProduct) {
        const first = conversion.items[0]!;
        conversion.product = { id: first.id, sku: first.sku, name: first.name, category: first.category };
      }
    }
    conversion.conversionId = conversionIdFor(customerId, mapping.system, conversion.sourceRecordId);
    return { ok: true, conversion, warnings };
  }

  return { mapping, apply };
}

import { MappingError } from '../errors.js';
import { isCurrencyCode } from '../money/currency-exponents.js';
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

/** Writes a transformed value into the conversion; returns a warning reason, if any. */
type Setter = (conversion: Conversion, value: unknown, context: TransformContext) => string | undefined;

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
  return (conversion, value, context) => {
    const money = value as Money;
    assign(conversion, money.value);
    if (!money.currency) return undefined;
    if (context.currency === null) {
      context.currency = money.currency;
      if (setsCurrency) conversion.currency = money.currency;
      return undefined;
    }
    return money.currency === context.currency
      ? undefined
      : `amount is in ${money.currency} but the conversion is in ${context.currency}`;
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
      return undefined;
    };
  }
  if (target.startsWith('extras.')) {
    const key = target.slice('extras.'.length);
    return (conversion, value) => {
      const v = value instanceof Date ? value.toISOString() : value;
      conversion.extras[key] =
        typeof v === 'object' && v !== null && 'minor' in v && 'exponent' in v ? (v as Money).value : v;
      return undefined;
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
        return undefined;
      };
    case 'status':
      return (conversion, value) => {
        conversion.status = value as StatusValue;
        return undefined;
      };
    case 'items':
      return (conversion, value) => {
        conversion.items = value as ConversionItem[];
        return undefined;
      };
    default: {
      const dot = target.indexOf('.');
      const assign = assigner(
        dot < 0 ? null : target.slice(0, dot),
        dot < 0 ? target : target.slice(dot + 1),
      );
      if (kind === 'money') return moneySetter(assign, false);
      return (conversion, value) => {
        assign(conversion, value);
        return undefined;
      };
    }
  }
}

type RuleRunner = (
  record: object,
  conversion: Conversion,
  context: TransformContext,
  warnings: RuleProblem[],
) => MappingOutcome | null;

/**
 * Unrolls the rule loop into straight-line code, one block per rule, so every
 * getter, transform and setter is called from its own call site: V8 can then
 * inline each one, where a loop over rules makes every call megamorphic. The
 * generated text contains only rule indexes and fixed code; the rules' own
 * values are passed in as arguments, never embedded.
 */
function generateRuleRunner(rules: readonly CompiledRule[]): RuleRunner {
  const fail = (i: number, value: unknown, reason: string, warnings: RuleProblem[]): MappingOutcome => ({
    ok: false,
    problem: { field: rules[i]!.field, target: rules[i]!.target, value, reason },
    warnings,
  });
  const problem = (i: number, value: unknown, reason: string): RuleProblem => ({
    field: rules[i]!.field,
    target: rules[i]!.target,
    value,
    reason,
  });
  const head: string[] = [];
  const body: string[] = ['let value, out, note;'];
  rules.forEach((rule, i) => {
    head.push(`const g${i} = R[${i}].get, t${i} = R[${i}].transform, s${i} = R[${i}].set;`);
    let onBlank: string;
    if (rule.fallback === undefined)
      onBlank = rule.required ? `return fail(${i}, value, 'missing or blank', warnings);` : `break r${i};`;
    else if (rule.fallback === null) onBlank = `break r${i};`;
    else onBlank = `value = R[${i}].fallback;`;
    const onFailure = rule.required
      ? `return fail(${i}, value, error.reason, warnings);`
      : `warnings.push(problem(${i}, value, error.reason)); break r${i};`;
    const onNothing = rule.required
      ? `return fail(${i}, value, 'no usable value', warnings);`
      : `break r${i};`;
    body.push(
      `r${i}: {`,
      `  value = g${i}(record);`,
      `  if (isBlank(value)) { ${onBlank} }`,
      `  try { out = t${i}(value, record, context); }`,
      `  catch (error) { if (!(error instanceof RuleFailure)) throw error; ${onFailure} }`,
      `  if (out === undefined) { ${onNothing} }`,
      `  note = s${i}(conversion, out, context);`,
      `  if (note !== undefined) warnings.push(problem(${i}, value, note));`,
      '}',
    );
  });
  const source = `${head.join('\n')}\nreturn function runRules(record, conversion, context, warnings) {\n${body.join('\n')}\nreturn null;\n};`;
  return new Function('R', 'isBlank', 'RuleFailure', 'fail', 'problem', source)(
    rules,
    isBlank,
    RuleFailure,
    fail,
    problem,
  ) as RuleRunner;
}

/**
 * `conversion[group][key] = value` generated with literal names, so each
 * target gets its own monomorphic store. Targets come from the fixed table in
 * targets.ts and are embedded with JSON.stringify.
 */
function assigner(group: string | null, key: string): (conversion: Conversion, value: unknown) => void {
  const path =
    group === null ? `[${JSON.stringify(key)}]` : `[${JSON.stringify(group)}][${JSON.stringify(key)}]`;
  return new Function('c', 'v', `c${path} = v;`) as (conversion: Conversion, value: unknown) => void;
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
  if (rule.transform?.type === 'coalesce') {
    // Coalesce keeps only the first non-blank value, so stop there instead of collecting them all.
    return (record) => {
      for (const g of getters) {
        const value = g(record);
        if (Array.isArray(value)) {
          for (const v of value) if (!isBlank(v)) return v;
        } else if (!isBlank(value)) return value;
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

  const runRules = generateRuleRunner(rules);
  const defaultCurrency = mapping.defaultCurrency?.toUpperCase();
  if (defaultCurrency !== undefined && !isCurrencyCode(defaultCurrency)) {
    throw new MappingError({
      path: 'defaultCurrency',
      message: `"${mapping.defaultCurrency}" is not an ISO 4217 code`,
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
    const context: TransformContext = { currency: null, defaultCurrency };
    const failure = runRules(record, conversion, context, warnings);
    if (failure !== null) return failure;

    if (!hasRecordId) conversion.sourceRecordId = conversion.transactionId;
    if (!hasTransactionId || conversion.transactionId === '')
      conversion.transactionId = conversion.sourceRecordId;
    if (conversion.currency === '') {
      const fallback = context.currency ?? defaultCurrency;
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

import {
  columnPath,
  type FieldMapping,
  type FieldRule,
  type Transform,
  unifyStatus,
} from '@growthnav/conversions';
import { DiscoveryError } from '../errors.js';
import { currencyBySymbol, currencyCodes } from '../lexicon/currencies.js';
import { isTargetField, type TargetField, targetSpecs } from '../match/target-vocabulary.js';
import { type ReviewEdit, type ReviewRow, type ReviewTable, reviewTableSchema } from './review-table.js';

export interface AcceptReviewOptions {
  /** System and stream id written to every conversion, e.g. `toast.orders`; default `file.discovered`. */
  system?: string;
  /** Kind of source; default `file`. */
  source?: FieldMapping['source'];
  /** Conversion type; default `purchase` when a value column is mapped, else `lead`. */
  conversionType?: FieldMapping['conversionType'];
  /** Currency when no column names one (plain amounts like `12.50`); else guessed from symbols (`$` → USD). */
  defaultCurrency?: string;
  /** Zone of date-times written without one, when no time-zone column is mapped (IANA name). */
  timeZone?: string;
  /** Also take rows whose action is `manual` (default false: a manual row counts only when edited). */
  includeManual?: boolean;
}

/** Conversion fields a target fills directly; everything else goes to `identity.*` or `extras.*`. */
const CONVERSION_FIELD: Partial<Record<TargetField, string>> = {
  value: 'value',
  subtotal: 'amounts.subtotal',
  tax: 'amounts.tax',
  tip: 'amounts.tip',
  discount: 'amounts.discount',
  shipping: 'amounts.shipping',
  refund_amount: 'amounts.refunded',
  fee: 'amounts.fee',
  currency: 'currency',
  quantity: 'quantity',
  product_name: 'product.name',
  product_sku: 'product.sku',
  product_category: 'product.category',
  status: 'status',
  location: 'location.name',
  gclid: 'clickIds.gclid',
  fbclid: 'clickIds.fbclid',
  msclkid: 'clickIds.msclkid',
  ttclid: 'clickIds.ttclid',
  utm_source: 'utm.source',
  utm_medium: 'utm.medium',
  utm_campaign: 'utm.campaign',
  utm_term: 'utm.term',
  utm_content: 'utm.content',
};
/** Amount components exports write as negatives (Square discounts, fees, refunds) that the schema keeps positive. */
const ABSOLUTE_AMOUNTS = new Set<TargetField>(['discount', 'fee', 'refund_amount']);
const TIMESTAMP_ORDER: TargetField[] = ['timestamp', 'date', 'paid_at', 'created_at', 'updated_at'];
const RECORD_ID_ORDER: TargetField[] = ['transaction_id', 'order_number', 'payment_id'];
const PERSON_ID_ORDER: TargetField[] = [
  'customer_id',
  'contact_id',
  'loyalty_id',
  'customer_reference',
  'email',
];

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') || 'column'
  );
}

function readEdits(review: ReviewTable, edits: AcceptEdits): Map<string, TargetField | null> {
  const list: ReviewEdit[] = Array.isArray(edits)
    ? edits
    : Object.entries(edits).map(([sourceField, targetField]) => ({ sourceField, targetField }));
  const columns = new Set(review.rows.map((r) => r.sourceField));
  const out = new Map<string, TargetField | null>();
  for (const edit of list) {
    if (!columns.has(edit.sourceField)) {
      throw new DiscoveryError({
        code: 'INVALID_REVIEW',
        message: `Edit names column "${edit.sourceField}", which is not in the review; use one of: ${[...columns].slice(0, 20).join(', ')}.`,
      });
    }
    if (edit.targetField !== null && !isTargetField(edit.targetField)) {
      throw new DiscoveryError({
        code: 'INVALID_REVIEW',
        message: `Edit for "${edit.sourceField}" names unknown target "${String(edit.targetField)}"; use a target of targetFields, or null to map the column to nothing.`,
      });
    }
    out.set(edit.sourceField, edit.targetField);
  }
  return out;
}

export type AcceptEdits = Readonly<Record<string, TargetField | null>> | readonly ReviewEdit[];

function guessCurrency(rows: readonly ReviewRow[]): string | undefined {
  for (const row of rows) {
    for (const mark of row.valueHints.currencyMarks) {
      const code =
        (Object.hasOwn(currencyBySymbol, mark) ? currencyBySymbol[mark] : undefined) ??
        (currencyCodes.has(mark.toUpperCase()) ? mark.toUpperCase() : undefined);
      if (code) return code;
    }
  }
  return undefined;
}

function timestampFormat(row: ReviewRow): Extract<Transform, { type: 'timestamp' }>['format'] {
  switch (row.valueHints.dateFormat) {
    case 'us':
      return 'us';
    case 'eu':
      return 'eu';
    case 'epoch_seconds':
      return 'epoch_seconds';
    case 'epoch_millis':
      return 'epoch_millis';
    default:
      return 'auto';
  }
}

function statusTransform(row: ReviewRow): Transform {
  const entries: [string, string][] = [];
  for (const value of row.valueHints.topValues) {
    const unified = unifyStatus(value);
    if (unified) entries.push([value, unified]);
  }
  if (entries.length === 0) return { type: 'string' };
  // fromEntries defines own properties, so a status called "__proto__" stays a key
  return { type: 'enum', map: Object.fromEntries(entries), fallback: 'unknown' };
}

/**
 * Turns a reviewed table into the FieldMapping @growthnav/conversions
 * executes. Rows marked accept or review are taken as suggested unless
 * edited; manual rows only when edited (or with `includeManual`). Date + Time
 * (+ Time Zone) become one timestamp rule; amounts get money transforms with
 * the currency column or symbol; status words get an enum map; identity
 * columns become identity fragments; anything else lands in `extras`.
 * Throws DiscoveryError INVALID_REVIEW for a malformed review or edit, and
 * DUPLICATE_TARGET when two columns fill one Conversion field.
 */
export function acceptReview(
  review: ReviewTable,
  edits: AcceptEdits = {},
  options: AcceptReviewOptions = {},
): FieldMapping {
  const parsed = reviewTableSchema.safeParse(review);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new DiscoveryError({
      code: 'INVALID_REVIEW',
      message: `The review table is malformed at ${issue.path.join('.') || '(root)'}: ${issue.message}. Pass the object generateReview returned (or its JSON), edited only in its rows' targets.`,
      cause: parsed.error,
    });
  }
  const table = parsed.data;
  const changes = readEdits(table, edits);

  // target → rows, in column order
  const byTarget = new Map<TargetField, ReviewRow[]>();
  for (const row of table.rows) {
    const edited = changes.has(row.sourceField);
    const target = edited ? (changes.get(row.sourceField) ?? null) : row.suggestedTarget;
    if (target === null) continue;
    if (!edited && row.action === 'manual' && !options.includeManual) continue;
    const list = byTarget.get(target) ?? [];
    list.push(row);
    byTarget.set(target, list);
  }
  const first = (t: TargetField) => byTarget.get(t)?.[0];
  for (const [target, rows] of byTarget) {
    const single = CONVERSION_FIELD[target] !== undefined && targetSpecs[target].cardinality === 'one';
    if ((single || TIMESTAMP_ORDER.includes(target) || RECORD_ID_ORDER.includes(target)) && rows.length > 1) {
      throw new DiscoveryError({
        code: 'DUPLICATE_TARGET',
        message: `Columns ${rows.map((r) => `"${r.sourceField}"`).join(' and ')} are all mapped to ${target}, which takes one column; edit all but one to another target or to null.`,
      });
    }
  }

  const fields: FieldRule[] = [];
  const used = new Set<ReviewRow>();
  const take = (row: ReviewRow) => used.add(row);

  // record ids
  const idRows = RECORD_ID_ORDER.map(first).filter((r): r is ReviewRow => r !== undefined);
  const personRow = PERSON_ID_ORDER.map(first).find((r) => r !== undefined);
  if (idRows.length > 0) {
    const transaction = idRows[0]!;
    const record = [...idRows].sort((a, b) => b.valueHints.uniqueness - a.valueHints.uniqueness)[0]!;
    fields.push({
      target: 'transactionId',
      source: columnPath(transaction.sourceField),
      transform: { type: 'string' },
    });
    fields.push({
      target: 'sourceRecordId',
      source: columnPath(record.sourceField),
      transform: { type: 'string' },
    });
    take(transaction);
    if (record !== transaction) take(record);
  } else if (personRow) {
    fields.push({
      target: 'sourceRecordId',
      source: columnPath(personRow.sourceField),
      transform: { type: 'string' },
    });
  } else {
    const all = [...byTarget.values()].flat().map((r) => columnPath(r.sourceField));
    if (all.length > 0)
      fields.push({ target: 'sourceRecordId', source: all, transform: { type: 'concat', separator: '|' } });
  }

  // timestamp: Date + Time + Time Zone, or the best date-time column
  const timeRow = first('time');
  const zoneRow = first('timezone');
  const whenTarget = TIMESTAMP_ORDER.find((t) => byTarget.has(t));
  if (whenTarget) {
    const row = first(whenTarget)!;
    const transform: Extract<Transform, { type: 'timestamp' }> = {
      type: 'timestamp',
      format: timestampFormat(row),
    };
    if (timeRow && row.valueHints.inferredType === 'date') {
      transform.timeSource = columnPath(timeRow.sourceField);
      take(timeRow);
    }
    if (zoneRow) {
      transform.timeZoneSource = columnPath(zoneRow.sourceField);
      take(zoneRow);
    } else if (options.timeZone) transform.timeZone = options.timeZone;
    fields.push({ target: 'timestamp', source: columnPath(row.sourceField), transform });
    take(row);
  }

  // currency first, so amounts can point at it
  const currencyRow = first('currency');
  if (currencyRow) {
    fields.push({
      target: 'currency',
      source: columnPath(currencyRow.sourceField),
      transform: { type: 'currency' },
    });
    take(currencyRow);
  }
  // a currency column with one code throughout also covers its blank rows
  const onlyCode =
    currencyRow?.valueHints.topValues.length === 1
      ? currencyRow.valueHints.topValues[0]!.trim().toUpperCase()
      : undefined;
  const defaultCurrency =
    options.defaultCurrency?.toUpperCase() ??
    (currencyRow
      ? onlyCode && currencyCodes.has(onlyCode)
        ? onlyCode
        : undefined
      : guessCurrency(table.rows));

  const extrasKeys = new Set<string>();
  const extrasKey = (target: TargetField, row: ReviewRow) => {
    let key = extrasKeys.has(target) ? slug(row.sourceField) : target;
    while (extrasKeys.has(key)) key = `${key}_2`;
    extrasKeys.add(key);
    return `extras.${key}`;
  };

  // street number + street name → one address line
  const addressRows = byTarget.get('address_line') ?? [];
  if (addressRows.length > 1 && addressRows.some((r) => r.valueHints.inferredType === 'integer')) {
    fields.push({
      target: 'identity.address_line',
      source: addressRows.map((r) => columnPath(r.sourceField)),
      transform: { type: 'concat', separator: ' ' },
    });
    for (const r of addressRows) take(r);
  }

  for (const [target, rows] of byTarget) {
    for (const row of rows) {
      if (used.has(row)) continue;
      take(row);
      const source = columnPath(row.sourceField);
      const spec = targetSpecs[target];
      const field = CONVERSION_FIELD[target];
      if (field && row === rows[0]) {
        if (
          spec.kind === 'money' &&
          rows.length > 1 &&
          rows.every((r) => r.valueHints.decimalSeparator !== ',')
        ) {
          // Several fee columns (commission, processing, marketplace): one amount, their sum.
          fields.push({
            target: field,
            source: rows.map((r) => columnPath(r.sourceField)),
            transform: { type: 'sum', ...(ABSOLUTE_AMOUNTS.has(target) ? { absolute: true } : {}) },
          });
          for (const r of rows) take(r);
        } else if (spec.kind === 'money') {
          const transform: Extract<Transform, { type: 'money' }> = { type: 'money' };
          if (currencyRow) transform.currencySource = columnPath(currencyRow.sourceField);
          if (row.valueHints.decimalSeparator === ',') transform.decimalSeparator = ',';
          if (ABSOLUTE_AMOUNTS.has(target)) transform.absolute = true;
          fields.push({ target: field, source, transform });
        } else if (target === 'status')
          fields.push({ target: field, source, transform: statusTransform(row) });
        else if (target === 'quantity') fields.push({ target: field, source, transform: { type: 'number' } });
        else if (target === 'currency') continue;
        else fields.push({ target: field, source, transform: { type: 'string' } });
      } else if (spec.group === 'identity' && target !== 'marketing_opt_in') {
        fields.push({ target: `identity.${target}`, source, transform: { type: 'string' } });
      } else if (target === 'marketing_opt_in' && row.valueHints.inferredType === 'boolean') {
        fields.push({ target: extrasKey(target, row), source, transform: { type: 'boolean' } });
      } else {
        fields.push({ target: extrasKey(target, row), source, transform: { type: 'string' } });
      }
    }
  }

  const mapping: FieldMapping = {
    version: 1,
    system: options.system ?? 'file.discovered',
    source: options.source ?? 'file',
    conversionType: options.conversionType ?? (byTarget.has('value') ? 'purchase' : 'lead'),
    description: `Suggested by @growthnav/discovery from ${table.rows.length} columns; reviewed ${changes.size} edit(s).`,
    fields,
  };
  if (defaultCurrency) mapping.defaultCurrency = defaultCurrency;
  return mapping;
}

import type { ClickIds, Conversion } from '../schema/conversion-schema.js';
import { AttributionError } from './attribution-error.js';
import { clickIdKinds, type TouchpointInput } from './touchpoint-schema.js';

/**
 * The conversion fields attribution reads. A full `Conversion` fits; so does a
 * minimal `{ conversionId, timestamp, value }` (no person and no click id: it
 * will be reported as unattributed).
 */
export type AttributableConversion = Pick<Conversion, 'conversionId' | 'timestamp' | 'value'> &
  Partial<Pick<Conversion, 'userId'>> & { readonly clickIds?: Partial<ClickIds> | null };

/** The touchpoint fields attribution reads. A parsed `Touchpoint` fits. */
export type AttributableTouchpoint = Pick<
  TouchpointInput,
  'touchpointId' | 'platform' | 'timestamp' | 'campaign' | 'userId' | 'clickIds'
>;

export interface PreparedConversion<C> {
  readonly source: C;
  readonly id: string;
  readonly time: number;
  readonly value: number;
  readonly userId: string | null;
  /** `kind:value` of each click id the conversion carries. */
  readonly clickKeys: readonly string[];
}

export interface PreparedTouchpoint<T> {
  readonly source: T;
  readonly id: string;
  readonly time: number;
  readonly platform: string;
  readonly campaign: string | null;
  readonly userId: string | null;
  /** `kind:value` of each click id the touchpoint carries. */
  readonly clickKeys: readonly string[];
  /** Position in the input, for per-touchpoint flags; never used for ordering. */
  readonly index: number;
}

export interface PreparedInputs<C, T> {
  /** In input order. */
  readonly conversions: readonly PreparedConversion<C>[];
  /** In input order (`touchpoints[i].index === i`). */
  readonly touchpoints: readonly PreparedTouchpoint<T>[];
  /** Touchpoints of each person, in touch order (compareTouchpoints). */
  readonly byPerson: ReadonlyMap<string, readonly PreparedTouchpoint<T>[]>;
  /** Touchpoints carrying each `kind:value` click id, in touch order. */
  readonly byClickId: ReadonlyMap<string, readonly PreparedTouchpoint<T>[]>;
}

/**
 * Touch order: by time, then by touchpointId. Ids are unique, so this is a
 * strict total order and nothing depends on the order of the input.
 */
export function compareTouchpoints<T>(a: PreparedTouchpoint<T>, b: PreparedTouchpoint<T>): number {
  return a.time - b.time || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** ISO 8601 date-time with an explicit zone; Date.parse alone would read zone-less strings as local time. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

function inputError(field: string, message: string): AttributionError {
  return new AttributionError({ code: 'INVALID_ATTRIBUTION_INPUT', field, message });
}

/** Milliseconds since the epoch, or NaN when the value is not an ISO 8601 instant with a zone. */
function parseInstant(value: unknown): number {
  return typeof value === 'string' && ISO_INSTANT.test(value) ? Date.parse(value) : Number.NaN;
}

/** Built only on failure: messages are not assembled for every record. */
function timestampError(field: string, what: string, value: unknown): AttributionError {
  return inputError(
    field,
    `${what} has timestamp ${JSON.stringify(value)}, which is not an ISO 8601 instant with a zone; write it like "2025-03-01T10:00:00.000Z".`,
  );
}

function nonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function personOf(value: unknown): string | null {
  return nonEmptyString(value) ? value : null;
}

const NO_KEYS: readonly string[] = [];

function clickKeysOf(clickIds: Partial<ClickIds> | null | undefined): readonly string[] {
  if (clickIds == null) return NO_KEYS;
  let keys: string[] | undefined;
  for (const kind of clickIdKinds) {
    const id = clickIds[kind];
    if (!nonEmptyString(id)) continue;
    keys ??= [];
    keys.push(`${kind}:${id}`);
  }
  return keys ?? NO_KEYS;
}

/** In place, in touch order; insertion sort for the short lists that are the norm. */
function sortTouchpoints<T>(list: PreparedTouchpoint<T>[]): void {
  if (list.length > 16) {
    list.sort(compareTouchpoints);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    for (; j >= 0 && compareTouchpoints(list[j]!, item) > 0; j--) list[j + 1] = list[j]!;
    list[j + 1] = item;
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Checks what attribution relies on (unique ids, zoned timestamps, finite
 * values), parses timestamps once and builds the indexes matching needs.
 * Throws INVALID_ATTRIBUTION_INPUT naming the record and field.
 */
export function prepareInputs<C extends AttributableConversion, T extends AttributableTouchpoint>(
  conversions: readonly C[],
  touchpoints: readonly T[],
): PreparedInputs<C, T> {
  const seenConversions = new Set<string>();
  const preparedConversions = conversions.map((c, i): PreparedConversion<C> => {
    if (!nonEmptyString(c.conversionId)) {
      throw inputError(
        `conversions[${i}].conversionId`,
        `Conversion ${i} has no conversionId; give every conversion a unique id.`,
      );
    }
    if (seenConversions.has(c.conversionId)) {
      throw inputError(
        `conversions[${i}].conversionId`,
        `Conversion id ${JSON.stringify(c.conversionId)} appears more than once; pass each conversion once.`,
      );
    }
    seenConversions.add(c.conversionId);
    if (typeof c.value !== 'number' || !Number.isFinite(c.value)) {
      throw inputError(
        `conversions[${i}].value`,
        `Conversion ${JSON.stringify(c.conversionId)} has value ${String(c.value)}; give a finite number (0 when unknown).`,
      );
    }
    const time = parseInstant(c.timestamp);
    if (Number.isNaN(time)) {
      throw timestampError(
        `conversions[${i}].timestamp`,
        `Conversion ${JSON.stringify(c.conversionId)}`,
        c.timestamp,
      );
    }
    return {
      source: c,
      id: c.conversionId,
      time,
      value: c.value,
      userId: personOf(c.userId),
      clickKeys: clickKeysOf(c.clickIds),
    };
  });

  const seenTouchpoints = new Set<string>();
  const prepared = touchpoints.map((t, i): PreparedTouchpoint<T> => {
    if (!nonEmptyString(t.touchpointId)) {
      throw inputError(
        `touchpoints[${i}].touchpointId`,
        `Touchpoint ${i} has no touchpointId; give every touchpoint a unique id.`,
      );
    }
    if (seenTouchpoints.has(t.touchpointId)) {
      throw inputError(
        `touchpoints[${i}].touchpointId`,
        `Touchpoint id ${JSON.stringify(t.touchpointId)} appears more than once; pass each touchpoint once.`,
      );
    }
    seenTouchpoints.add(t.touchpointId);
    if (!nonEmptyString(t.platform)) {
      throw inputError(
        `touchpoints[${i}].platform`,
        `Touchpoint ${JSON.stringify(t.touchpointId)} has no platform; set the platform credited, e.g. "google_ads".`,
      );
    }
    const time = parseInstant(t.timestamp);
    if (Number.isNaN(time)) {
      throw timestampError(
        `touchpoints[${i}].timestamp`,
        `Touchpoint ${JSON.stringify(t.touchpointId)}`,
        t.timestamp,
      );
    }
    return {
      source: t,
      id: t.touchpointId,
      time,
      platform: t.platform,
      campaign: nonEmptyString(t.campaign) ? t.campaign : null,
      userId: personOf(t.userId),
      clickKeys: clickKeysOf(t.clickIds),
      index: i,
    };
  });

  // Lists per person and per click id, each sorted on its own: much cheaper
  // than one sort of all touchpoints, since most lists hold a few items.
  const byPerson = new Map<string, PreparedTouchpoint<T>[]>();
  const byClickId = new Map<string, PreparedTouchpoint<T>[]>();
  for (const touchpoint of prepared) {
    if (touchpoint.userId !== null) pushTo(byPerson, touchpoint.userId, touchpoint);
    for (const key of touchpoint.clickKeys) pushTo(byClickId, key, touchpoint);
  }
  for (const list of byPerson.values()) sortTouchpoints(list);
  for (const list of byClickId.values()) sortTouchpoints(list);

  return { conversions: preparedConversions, touchpoints: prepared, byPerson, byClickId };
}

import { TimestampParseError } from '../errors.js';
import { FIXED_OFFSET_ABBREVIATIONS, ZONE_NAME_TO_IANA } from './zone-names.js';

/** A zone resolved once: an IANA zone with DST rules, or a fixed offset. */
export type ResolvedZone =
  | { kind: 'iana'; id: string }
  | { kind: 'fixed'; offsetMinutes: number; id: string };

const DAY = 86_400_000;
const OFFSET_TEXT = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i;

const resolved = new Map<string, ResolvedZone | null>();
const lowerCaseNames = new Map(Object.entries(ZONE_NAME_TO_IANA).map(([k, v]) => [k.toLowerCase(), v]));

function isIanaZone(id: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: id });
    return true;
  } catch {
    return false;
  }
}

function resolveUncached(name: string): ResolvedZone | null {
  const trimmed = name.trim().replace(/^\[|\]$/g, '');
  if (trimmed === '') return null;
  const fixed = FIXED_OFFSET_ABBREVIATIONS[trimmed.toUpperCase()];
  if (fixed !== undefined) return { kind: 'fixed', offsetMinutes: fixed, id: trimmed.toUpperCase() };
  const offset = OFFSET_TEXT.exec(trimmed);
  if (offset) {
    const minutes = Number(offset[2]) * 60 + Number(offset[3] ?? 0);
    if (Number(offset[2]) > 18 || Number(offset[3] ?? 0) > 59) return null;
    return { kind: 'fixed', offsetMinutes: offset[1] === '-' ? -minutes : minutes, id: trimmed };
  }
  const mapped = lowerCaseNames.get(trimmed.toLowerCase());
  if (mapped) return { kind: 'iana', id: mapped };
  if (isIanaZone(trimmed)) {
    const id = new Intl.DateTimeFormat('en-US', { timeZone: trimmed }).resolvedOptions().timeZone;
    return { kind: 'iana', id };
  }
  return null;
}

/** The zone a name denotes, or null when unknown. Accepts IANA ids, Rails and Windows names, abbreviations, offsets. */
export function resolveTimeZone(name: string): ResolvedZone | null {
  let zone = resolved.get(name);
  if (zone === undefined) {
    zone = resolveUncached(name);
    resolved.set(name, zone);
  }
  return zone;
}

/** Like resolveTimeZone, but throws a TimestampParseError naming the zone. */
export function requireTimeZone(name: string, input: unknown = name): ResolvedZone {
  const zone = resolveTimeZone(name);
  if (!zone) {
    throw new TimestampParseError({
      input,
      message: `Unknown time zone "${name}": use an IANA id such as "America/Chicago", a Rails name such as "Central Time (US & Canada)", or an offset such as "-06:00".`,
    });
  }
  return zone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number | Transition>>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Offset in ms (local minus UTC) of an IANA zone at a UTC instant, computed by Intl. */
function computeOffset(zone: string, utcMs: number): number {
  const parts = formatter(zone).formatToParts(new Date(utcMs));
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let bc = false;
  for (const p of parts) {
    switch (p.type) {
      case 'year':
        year = Number(p.value);
        break;
      case 'month':
        month = Number(p.value);
        break;
      case 'day':
        day = Number(p.value);
        break;
      case 'hour':
        hour = Number(p.value);
        break;
      case 'minute':
        minute = Number(p.value);
        break;
      case 'second':
        second = Number(p.value);
        break;
      case 'era':
        bc = p.value.startsWith('B');
        break;
    }
  }
  const local = new Date(0);
  local.setUTCFullYear(bc ? 1 - year : year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  const wholeSecond = utcMs - (((utcMs % 1000) + 1000) % 1000);
  return local.getTime() - wholeSecond;
}

/** A day with a transition: the instant it happens and the offsets either side. */
interface Transition {
  at: number;
  before: number;
  after: number;
}

/**
 * Offset in ms of a zone at a UTC instant. Cached per UTC day: a day whose
 * start and end agree holds one offset; a day with a transition stores the
 * instant (found once by bisection to the second) and the offsets either side.
 */
export function zoneOffsetAt(zone: ResolvedZone, utcMs: number): number {
  if (zone.kind === 'fixed') return zone.offsetMinutes * 60_000;
  let cache = offsetCache.get(zone.id);
  if (!cache) {
    cache = new Map();
    offsetCache.set(zone.id, cache);
  }
  const bucket = Math.floor(utcMs / DAY);
  let hit = cache.get(bucket);
  if (hit === undefined) {
    const dayStart = bucket * DAY;
    const start = computeOffset(zone.id, dayStart);
    const end = computeOffset(zone.id, dayStart + DAY - 1000);
    if (start === end) hit = start;
    else {
      let lo = dayStart;
      let hi = dayStart + DAY - 1000;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (computeOffset(zone.id, mid) === start) lo = mid;
        else hi = mid;
      }
      hit = { at: hi, before: start, after: end };
    }
    if (cache.size > 100_000) cache.clear();
    cache.set(bucket, hit);
  }
  return typeof hit === 'number' ? hit : utcMs < hit.at ? hit.before : hit.after;
}

export type Disambiguation = 'compatible' | 'earlier' | 'later' | 'reject';

/**
 * UTC instant of a wall-clock time in a zone. `localMs` is the wall time read
 * as if it were UTC (Date.UTC of its fields). In a DST gap the wall time does
 * not exist: `compatible` and `later` move it forward by the gap (02:30 → 03:30),
 * `earlier` back. In an overlap it exists twice: `compatible` and `earlier`
 * take the first, `later` the second. `reject` throws in both cases.
 */
export function localToUtc(
  localMs: number,
  zone: ResolvedZone,
  disambiguation: Disambiguation = 'compatible',
  input?: unknown,
): number {
  if (zone.kind === 'fixed') return localMs - zone.offsetMinutes * 60_000;
  const before = zoneOffsetAt(zone, localMs - DAY);
  const after = zoneOffsetAt(zone, localMs + DAY);
  if (before === after && zoneOffsetAt(zone, localMs - before) === before) return localMs - before;
  const valid = [before, after].filter(
    (o, i, all) => all.indexOf(o) === i && zoneOffsetAt(zone, localMs - o) === o,
  );
  if (valid.length === 1) return localMs - valid[0]!;
  const problem =
    valid.length === 0
      ? 'does not exist (a daylight-saving gap)'
      : 'happens twice (a daylight-saving overlap)';
  if (disambiguation === 'reject') {
    throw new TimestampParseError({
      input: input ?? localMs,
      message: `The wall time ${new Date(localMs).toISOString().slice(0, 19)} in ${zone.id} ${problem}; pass disambiguation "earlier" or "later".`,
    });
  }
  if (valid.length === 0) {
    // Gap: the offset before the transition pushes the time forward.
    return disambiguation === 'earlier' ? localMs - after : localMs - before;
  }
  const [first, second] = valid[0]! > valid[1]! ? [valid[0]!, valid[1]!] : [valid[1]!, valid[0]!];
  return disambiguation === 'later' ? localMs - second : localMs - first;
}

/**
 * Calendar days as integers (days since 1970-01-01), the resolution at which
 * purchases are merged. `YYYY-MM-DD` strings are calendar days already;
 * instants (Date objects, ISO strings with `Z` or an offset) fall on the day
 * they have in `timeZone` (UTC by default).
 */
const DAY_MS = 86_400_000;
/** An ISO 8601 instant must say its offset; a bare local time would depend on the machine's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;
/** Zone offsets change only at instants aligned to 15 minutes, so one lookup per 15-minute bucket is exact. */
const OFFSET_BUCKET_MS = 15 * 60_000;

export type DayParser = (date: unknown) => number;

/** A parser returning the day number, or NaN for an unreadable date. Throws RangeError for an unknown zone. */
export function createDayParser(timeZone: string | undefined): DayParser {
  const dayOfInstant =
    timeZone === undefined || timeZone.toUpperCase() === 'UTC' ? utcDay : zonedDay(timeZone);
  return (date: unknown): number => {
    if (date instanceof Date) {
      const ms = date.getTime();
      return Number.isFinite(ms) ? dayOfInstant(ms) : Number.NaN;
    }
    if (typeof date !== 'string') return Number.NaN;
    if (date.length === 10) {
      const day = parseCalendarDay(date);
      if (!Number.isNaN(day)) return day;
    }
    if (!INSTANT.test(date)) return Number.NaN;
    const ms = Date.parse(date);
    return Number.isFinite(ms) ? dayOfInstant(ms) : Number.NaN;
  };
}

function utcDay(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

function zonedDay(timeZone: string): (ms: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const offsets = new Map<number, number>();
  return (ms: number): number => {
    const bucket = Math.floor(ms / OFFSET_BUCKET_MS);
    let offset = offsets.get(bucket);
    if (offset === undefined) {
      const start = bucket * OFFSET_BUCKET_MS;
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(start))
        if (part.type !== 'literal') parts[part.type] = Number(part.value);
      const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
      offset = wall - start;
      offsets.set(bucket, offset);
    }
    return Math.floor((ms + offset) / DAY_MS);
  };
}

/**
 * Day number of a `YYYY-MM-DD` string, NaN unless it is a real calendar date.
 * Plain arithmetic (the proleptic Gregorian day count of H. Hinnant's
 * "chrono-compatible low-level date algorithms"): no regex, no Date object.
 */
function parseCalendarDay(text: string): number {
  if (text.charCodeAt(4) !== DASH || text.charCodeAt(7) !== DASH) return Number.NaN;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return Number.NaN;
  return daysFromCivil(y, m, d);
}

function digits(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const c = text.charCodeAt(i) - ZERO;
    if (c < 0 || c > 9) return Number.NaN;
    value = value * 10 + c;
  }
  return value;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (eras of 400 years, March-based years). */
function daysFromCivil(y: number, m: number, d: number): number {
  const year = m <= 2 ? y - 1 : y;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** `YYYY-MM-DD` of a day number (the inverse of daysFromCivil). */
export function dayToIsoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const d = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yearOfEra + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

const DASH = 45;
const ZERO = 48;

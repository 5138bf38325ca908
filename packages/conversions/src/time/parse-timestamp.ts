import { TimestampParseError } from '../errors.js';
import {
  type Disambiguation,
  localToUtc,
  type ResolvedZone,
  requireTimeZone,
  resolveTimeZone,
} from './time-zone.js';

export type TimestampFormat = 'auto' | 'iso' | 'epoch_seconds' | 'epoch_millis' | 'us' | 'eu';

export interface ParseTimestampOptions {
  /** How to read the input; `auto` (default) recognises every supported shape. */
  format?: TimestampFormat | undefined;
  /** Zone of wall times without an offset: IANA, Rails or Windows name, abbreviation or offset. Default UTC. */
  timeZone?: string | undefined;
  /** DST gaps and overlaps; see `localToUtc`. Default `compatible`. */
  disambiguation?: Disambiguation | undefined;
}

/** A date, a time and a zone held in separate columns (Square exports: Date, Time, Time Zone). */
export interface TimestampParts {
  date: string;
  time?: string | null | undefined;
  timeZone?: string | null | undefined;
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(.*)$/;
const YMD_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:[T\s]+(.+))?$/;
const NUMERIC_DATE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?:[T\s,]+(.+))?$/;
const TIME =
  /^(\d{1,2})(?::(\d{2}))?(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(?:([AaPp])\.?\s*[Mm]\.?)?(?:\s+(.+)|(?=[+-]\d|[Zz]$)(.+))?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
const NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_FIRST =
  /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:[,\s]+(?:at\s+)?(.+))?$/;
const DAY_FIRST =
  /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?:[,\s]+(.+))?$/;

/** Spanish and Portuguese month names, accents removed. */
const ROMANCE_MONTHS: Readonly<Record<string, number>> = {
  enero: 1,
  janeiro: 1,
  febrero: 2,
  fevereiro: 2,
  marzo: 3,
  marco: 3,
  abril: 4,
  mayo: 5,
  maio: 5,
  junio: 6,
  junho: 6,
  julio: 7,
  julho: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  setembro: 9,
  octubre: 10,
  outubro: 10,
  noviembre: 11,
  novembro: 11,
  diciembre: 12,
  dezembro: 12,
};
/** "19 de marzo de 2025 16:03 hs.", "5 de março de 2025 às 14:30" (Mercado Libre, Brazilian exports). */
const ROMANCE_LONG =
  /^(\d{1,2}) de ([\p{L}]+) de (\d{4})(?:,?\s+(?:a las\s+|as\s+|às\s+)?(\d{1,2}:\d{2}(?::\d{2})?)\s*(?:hs?\.?)?)?$/iu;

interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  /** Explicit zone written in the text (`Z`, `+0000`, `PST`, `[America/Chicago]`). */
  zone: string | null;
}

function fail(input: unknown, reason: string): never {
  throw new TimestampParseError({
    input,
    message: `Cannot read ${JSON.stringify(input)} as a timestamp: ${reason}.`,
  });
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1]!;
}

function digitsAt(text: string, start: number, count: number): number {
  let n = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Single-pass reader for `YYYY-MM-DD`, `YYYY-MM-DD[T ]HH:MM[:SS[.fff]][Z]`,
 * the shapes most exports and APIs write. Returns null for anything else.
 */
function fastIsoWall(text: string): Wall | null {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  const wall = emptyWall(year, month, day);
  if (length === 10) return wall;
  const sep = text.charCodeAt(10);
  if ((sep !== 84 && sep !== 32) || length < 16 || text.charCodeAt(13) !== 58) return null;
  wall.hour = digitsAt(text, 11, 2);
  wall.minute = digitsAt(text, 14, 2);
  if (wall.hour < 0 || wall.minute < 0) return null;
  let i = 16;
  if (i < length && text.charCodeAt(i) === 58) {
    wall.second = digitsAt(text, 17, 2);
    if (wall.second < 0) return null;
    i = 19;
    if (i < length && text.charCodeAt(i) === 46) {
      let j = i + 1;
      while (j < length && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      if (j === i + 1) return null;
      wall.millis = millisFrom(text.slice(i + 1, j));
      i = j;
    }
  }
  if (i === length) return wall;
  if (i === length - 1 && (text.charCodeAt(i) === 90 || text.charCodeAt(i) === 122)) {
    wall.zone = 'Z';
    return wall;
  }
  return null;
}

/** Wall-clock fields read as if they were UTC, in ms. */
function wallToLocalMs(wall: Wall): number {
  const ms = Date.UTC(
    wall.year,
    wall.month - 1,
    wall.day,
    wall.hour,
    wall.minute,
    Math.min(wall.second, 59),
    wall.millis,
  );
  if (wall.year >= 100) return ms;
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  const date = new Date(ms);
  date.setUTCFullYear(wall.year);
  return date.getTime();
}

function fullYear(text: string): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  // Two-digit years: 00–69 are this century, 70–99 the last (POSIX strptime's pivot).
  return n < 70 ? 2000 + n : 1900 + n;
}

function millisFrom(fraction: string | undefined): number {
  if (!fraction) return 0;
  return Math.round(Number(`0.${fraction}`) * 1000);
}

/** Reads "hh[:mm[:ss[.fff]]] [AM|PM] [zone]" into the wall. */
/** Finnish and Danish clocks use dots, after "klo"/"kl.": "18.51", "klo 18.51.07". */
const DOT_CLOCK = /^(?:klo\s+|kl\.?\s+)?(\d{1,2})\.(\d{2})(?:\.(\d{2}))?$/;

function applyTime(input: unknown, wall: Wall, text: string): void {
  const trimmed = text.trim();
  const dotted = DOT_CLOCK.exec(trimmed);
  const m = TIME.exec(dotted ? `${dotted[1]}:${dotted[2]}${dotted[3] ? `:${dotted[3]}` : ''}` : trimmed);
  if (!m) fail(input, `unrecognised time "${text}"`);
  let hour = Number(m[1]);
  const meridiem = m[5]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) fail(input, `hour ${hour} with AM/PM`);
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  wall.hour = hour;
  wall.minute = m[2] ? Number(m[2]) : 0;
  wall.second = m[3] ? Number(m[3]) : 0;
  wall.millis = millisFrom(m[4]);
  const zone = (m[6] ?? m[7])?.trim();
  if (zone) wall.zone = zone;
}

function emptyWall(year: number, month: number, day: number): Wall {
  return { year, month, day, hour: 0, minute: 0, second: 0, millis: 0, zone: null };
}

function parseWall(input: unknown, text: string, format: TimestampFormat): Wall | null {
  if (format === 'auto' || format === 'iso') {
    const iso = ISO.exec(text);
    if (iso) {
      const wall = emptyWall(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      if (iso[4] !== undefined) {
        wall.hour = Number(iso[4]);
        wall.minute = Number(iso[5]);
        wall.second = iso[6] ? Number(iso[6]) : 0;
        wall.millis = millisFrom(iso[7]);
      }
      const rest = iso[8]!.trim();
      if (rest) {
        // A time written after a date-only ISO value ("2025-02-01 8:54 AM") or a zone.
        if (iso[4] === undefined && /^\d/.test(rest)) applyTime(input, wall, rest);
        else if (iso[4] !== undefined && /^[AaPp]\.?[Mm]\.?/.test(rest)) {
          applyTime(input, wall, `${iso[4]}:${iso[5]}${iso[6] ? `:${iso[6]}` : ''} ${rest}`);
        } else wall.zone = rest;
      }
      return wall;
    }
    if (format === 'iso') return null;
    const ymd = YMD_SLASH.exec(text);
    if (ymd) {
      const wall = emptyWall(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
      if (ymd[4]) applyTime(input, wall, ymd[4]);
      return wall;
    }
  }
  if (format === 'auto' || format === 'us' || format === 'eu') {
    const numeric = NUMERIC_DATE.exec(text);
    if (numeric) {
      const a = Number(numeric[1]);
      const b = Number(numeric[3]);
      let dayFirst: boolean;
      if (format === 'us') dayFirst = false;
      else if (format === 'eu') dayFirst = true;
      // Unambiguous when one part exceeds 12; otherwise dots mean day first
      // (German, Nordic), slashes and dashes month first (US exports).
      else if (a > 12) dayFirst = true;
      else if (b > 12) dayFirst = false;
      else dayFirst = numeric[2] === '.';
      const wall = emptyWall(fullYear(numeric[4]!), dayFirst ? b : a, dayFirst ? a : b);
      if (numeric[5]) applyTime(input, wall, numeric[5]);
      return wall;
    }
    const long = ROMANCE_LONG.exec(text);
    if (long) {
      const name = long[2]!
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
      const month = ROMANCE_MONTHS[name];
      if (!month) fail(input, `unknown month "${long[2]}"`);
      const wall = emptyWall(Number(long[3]), month, Number(long[1]));
      if (long[4]) applyTime(input, wall, long[4]);
      return wall;
    }
    const named = MONTH_FIRST.exec(text) ?? DAY_FIRST.exec(text);
    if (named) {
      const monthFirst = MONTH_FIRST.test(text);
      const monthName = (monthFirst ? named[1] : named[2])!.toLowerCase();
      const month = MONTHS[monthName.slice(0, 3)] ?? MONTHS[monthName];
      if (!month) fail(input, `unknown month "${monthFirst ? named[1] : named[2]}"`);
      const wall = emptyWall(Number(named[3]), month, Number(monthFirst ? named[2] : named[1]));
      if (named[4]) applyTime(input, wall, named[4]);
      return wall;
    }
  }
  return null;
}

function validate(input: unknown, wall: Wall): void {
  if (wall.month < 1 || wall.month > 12) fail(input, `month ${wall.month} is out of range`);
  if (wall.day < 1 || wall.day > daysInMonth(wall.year, wall.month)) {
    fail(input, `${wall.year}-${String(wall.month).padStart(2, '0')} has no day ${wall.day}`);
  }
  if (wall.hour > 24 || (wall.hour === 24 && (wall.minute || wall.second || wall.millis))) {
    fail(input, `hour ${wall.hour} is out of range`);
  }
  if (wall.minute > 59) fail(input, `minute ${wall.minute} is out of range`);
  if (wall.second > 60) fail(input, `second ${wall.second} is out of range`);
}

/** Years an RFC 3339 timestamp (and the Conversion schema) can hold. */
function checkRange(input: unknown, date: Date): Date {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year) || year < 0 || year > 9999) fail(input, 'the instant is outside years 0000–9999');
  return date;
}

function fromEpoch(input: unknown, value: number, format: TimestampFormat, digits: number): Date {
  let ms: number;
  if (format === 'epoch_seconds') ms = value * 1000;
  else if (format === 'epoch_millis') ms = value;
  // By magnitude: up to 10 integer digits are seconds (until 2286), 11–14
  // milliseconds (from April 1970), 15–17 microseconds, more nanoseconds.
  else if (digits <= 10) ms = value * 1000;
  else if (digits <= 14) ms = value;
  else if (digits <= 17) ms = value / 1000;
  else ms = value / 1_000_000;
  const date = new Date(Math.round(ms));
  if (Number.isNaN(date.getTime())) fail(input, 'epoch value out of range');
  return checkRange(input, date);
}

function zoneFor(input: unknown, wall: Wall, fallback: ResolvedZone): ResolvedZone {
  if (!wall.zone) return fallback;
  const zone = resolveTimeZone(wall.zone);
  if (!zone) fail(input, `unknown time zone or trailing text "${wall.zone}"`);
  return zone;
}

const UTC_ZONE: ResolvedZone = { kind: 'fixed', offsetMinutes: 0, id: 'UTC' };

/**
 * Reads a timestamp and returns the UTC instant. Understands RFC 3339 with or
 * without an offset (`Z`, `+05:30`, `+0000`), epoch seconds / milliseconds
 * (numbers or digit strings, told apart by magnitude), `YYYYMMDD`, US
 * `MM/DD/YYYY hh:mm AM`, EU `DD.MM.YYYY`, month names, zone suffixes (`PST`,
 * `[America/Chicago]`), and `{ date, time, timeZone }` parts from separate
 * columns. Wall times without an offset are read in `options.timeZone`
 * (default UTC), resolving DST gaps and overlaps per `options.disambiguation`.
 * Throws TimestampParseError (code INVALID_TIMESTAMP) naming the input and reason.
 */
export function parseTimestamp(input: unknown, options: ParseTimestampOptions = {}): Date {
  const format = options.format ?? 'auto';
  let zone = options.timeZone ? requireTimeZone(options.timeZone, input) : UTC_ZONE;

  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) fail(input, 'invalid Date');
    return new Date(input.getTime());
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail(input, 'not a finite number');
    const digits = Math.trunc(Math.abs(input)).toString().length;
    return fromEpoch(input, input, format === 'auto' || format === 'iso' ? 'auto' : format, digits);
  }
  let text: string;
  if (typeof input === 'string') {
    text = input.trim();
  } else if (typeof input === 'object' && input !== null && 'date' in input) {
    const parts = input as TimestampParts;
    if (typeof parts.date !== 'string' || parts.date.trim() === '') fail(input, 'the date part is empty');
    const time = typeof parts.time === 'string' ? parts.time.trim() : '';
    text = time ? `${parts.date.trim()} ${time}` : parts.date.trim();
    if (parts.timeZone && parts.timeZone.trim() !== '') zone = requireTimeZone(parts.timeZone, input);
  } else {
    fail(
      input,
      input === null || input === undefined
        ? 'no value'
        : `expected text, a number or a Date, got ${typeof input}`,
    );
  }
  if (text === '') fail(input, 'empty text');

  if (text.charCodeAt(4) !== 45 && NUMBER.test(text)) {
    const compact = COMPACT_DATE.exec(text);
    if (compact && format !== 'epoch_seconds' && format !== 'epoch_millis') {
      const wall = emptyWall(Number(compact[1]), Number(compact[2]), Number(compact[3]));
      if (wall.year >= 1900 && wall.year <= 2200 && wall.month >= 1 && wall.month <= 12 && wall.day >= 1) {
        validate(input, wall);
        return new Date(
          localToUtc(Date.UTC(wall.year, wall.month - 1, wall.day), zone, options.disambiguation, input),
        );
      }
    }
    const digits = text.replace(/^[+-]/, '').split('.')[0]!.length;
    return fromEpoch(input, Number(text), format === 'auto' ? 'auto' : format, digits);
  }

  const wall =
    (format === 'auto' || format === 'iso' ? fastIsoWall(text) : null) ?? parseWall(input, text, format);
  if (!wall) fail(input, `unrecognised format${format === 'auto' ? '' : ` for format "${format}"`}`);
  validate(input, wall);
  const effectiveZone = wall.zone === 'Z' ? UTC_ZONE : zoneFor(input, wall, zone);
  return checkRange(
    input,
    new Date(localToUtc(wallToLocalMs(wall), effectiveZone, options.disambiguation, input)),
  );
}

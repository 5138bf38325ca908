/**
 * Years outside this range are data-entry errors in customer data (birth
 * dates, first purchase dates): 0001-01-01, 2999-12-31 style sentinels.
 */
export const MIN_CANONICAL_YEAR = 1800;
export const MAX_CANONICAL_YEAR = 2199;

// ISO 8601 calendar date, optionally followed by a time (the date is taken as written, not shifted by a zone).
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.,]+(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const ISO_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function format(year: number, month: number, day: number): string | null {
  if (year < MIN_CANONICAL_YEAR || year > MAX_CANONICAL_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A calendar date as `YYYY-MM-DD`, from ISO (`2024-02-29`, also with a time
 * part, which is ignored), `YYYY/MM/DD`, US `MM/DD/YYYY` (`M/D/YYYY` too) or
 * `YYYYMMDD`. Returns null for anything else, for impossible dates
 * (`2023-02-29`, `13/01/2024`) and for years outside 1800–2199. Day-first
 * dates (`31/12/2024`) are rejected rather than guessed: a file that mixes
 * both conventions cannot be read safely.
 *
 * @example canonicalDate('2/29/2024') // '2024-02-29'
 */
export function canonicalDate(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.normalize('NFKC').trim();
  let m = ISO.exec(s) ?? ISO_SLASH.exec(s) ?? COMPACT.exec(s);
  if (m) return format(Number(m[1]), Number(m[2]), Number(m[3]));
  m = US.exec(s);
  return m ? format(Number(m[3]), Number(m[1]), Number(m[2])) : null;
}

import type { CursorCodec } from '../shared/incremental-state.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// `Thu, 20 Apr 2017 11:32:00 -0400`
const RFC_2822 =
  /^(?:(Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?(\d{1,2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})$/;
const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Epoch ms of a BigCommerce time: RFC 2822 (`Mon, 23 Sep 2024 14:21:24
 * +0000`, V2 orders) or ISO 8601 with an offset (V3 resources; the V2
 * filters take either, vendor-apis.md §7). Impossible dates (31 Sep) are null.
 */
export function parseBigCommerceTime(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = RFC_2822.exec(value);
  if (m) {
    const [, , day, mon, year, hh, mm, ss, sign, oh, om] = m;
    const month = MONTHS.indexOf(mon as string);
    if (month < 0) return null;
    const utc = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss));
    const check = new Date(utc);
    if (check.getUTCDate() !== Number(day) || check.getUTCMonth() !== month || Number(hh) > 23) return null;
    const offset = (Number(oh) * 60 + Number(om)) * 60_000;
    return sign === '+' ? utc - offset : utc + offset;
  }
  if (!ISO_8601.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** `Thu, 20 Apr 2017 15:32:00 +0000`: RFC 2822 in UTC, whole seconds, as V2 orders write times. */
export function formatRfc2822(ms: number): string {
  const d = new Date(Math.floor(ms / 1000) * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** `2024-09-23T15:00:00Z`: ISO 8601 in UTC, whole seconds, as V3 resources write times. */
export function formatIsoSeconds(ms: number): string {
  return `${new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19)}Z`;
}

/** Cursor of V2 orders' `date_modified` (RFC 2822; ISO 8601 read too). Ordinal: epoch ms. */
export const bigCommerceTimeCursor: CursorCodec = {
  toOrdinal: parseBigCommerceTime,
  fromOrdinal: formatRfc2822,
};

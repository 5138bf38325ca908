import type { CursorCodec } from '../shared/incremental-state.js';

// `2017-03-22T19:28:08`: WooCommerce's `*_gmt` fields carry no offset; they are UTC.
const GMT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Epoch ms of a WooCommerce GMT time, or null when it is not one. A value
 * without an offset is read as UTC (`Date.parse` would read it as local
 * time); one with an offset is read as written.
 */
export function parseWooGmt(value: unknown): number | null {
  if (typeof value !== 'string' || !GMT_TIME.test(value)) return null;
  const hasZone = /(Z|[+-]\d{2}:\d{2})$/.test(value);
  const ms = Date.parse(hasZone ? value : `${value}Z`);
  return Number.isNaN(ms) ? null : ms;
}

/** `YYYY-MM-DDTHH:MM:SS` in UTC, whole seconds: how WooCommerce writes and reads GMT times. */
export function formatWooGmt(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().slice(0, 19);
}

/**
 * Cursor of WooCommerce's `date_modified_gmt` (ISO 8601 without an offset,
 * in GMT, one-second resolution; [WOO-DOCS] `_orders.md`, `_customers.md`).
 * Ordinal: epoch ms.
 */
export const wooGmtCursor: CursorCodec = {
  toOrdinal: parseWooGmt,
  fromOrdinal: formatWooGmt,
};

import type { UnifiedStatus } from '../schema/conversion-schema.js';

/**
 * Status words used across POS, e-commerce, booking, clinic and CRM systems,
 * lowercased with spaces, dashes and underscores removed, mapped to the
 * unified vocabulary.
 * A `status` rule without its own enum map uses this table.
 */
export const DEFAULT_STATUS_MAP: Readonly<Record<string, UnifiedStatus>> = {
  completed: 'completed',
  complete: 'completed',
  closed: 'completed',
  paid: 'completed',
  success: 'completed',
  succeeded: 'completed',
  successful: 'completed',
  captured: 'completed',
  settled: 'completed',
  fulfilled: 'completed',
  approved: 'completed',
  won: 'completed',
  closedwon: 'completed',
  delivered: 'completed',
  shipped: 'completed',
  checkedin: 'completed',
  checkedout: 'completed',
  arrived: 'completed',
  seated: 'completed',
  attended: 'completed',
  attending: 'completed',
  billed: 'completed',
  payment: 'completed',
  sale: 'completed',
  pending: 'pending',
  processing: 'pending',
  authorized: 'pending',
  authorised: 'pending',
  onhold: 'pending',
  unpaid: 'pending',
  awaitingpayment: 'pending',
  partiallypaid: 'pending',
  awaitingfulfillment: 'pending',
  layby: 'pending',
  layaway: 'pending',
  booked: 'pending',
  confirmed: 'pending',
  scheduled: 'pending',
  open: 'open',
  draft: 'open',
  new: 'open',
  inprogress: 'open',
  refunded: 'refunded',
  fullyrefunded: 'refunded',
  returned: 'refunded',
  refund: 'refunded',
  return: 'refunded',
  partiallyrefunded: 'partially_refunded',
  partialrefund: 'partially_refunded',
  partiallyreturned: 'partially_refunded',
  void: 'voided',
  voided: 'voided',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  cancel: 'cancelled',
  closedlost: 'cancelled',
  lost: 'cancelled',
  deleted: 'cancelled',
  noshow: 'cancelled',
  failed: 'failed',
  failure: 'failed',
  declined: 'failed',
  error: 'failed',
  rejected: 'failed',
  expired: 'failed',
  disputed: 'failed',
};

const VENDOR_PREFIX = /^(?:wc|order|payment|status|txn|transaction)[-_\s]+/i;

/** Key used for status lookups: vendor prefixes (`wc-`) dropped, lowercase, no spaces, dashes or underscores. */
export function statusKey(raw: string): string {
  return raw
    .trim()
    .replace(VENDOR_PREFIX, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** The unified status of a raw status word (`"Closed Won"`, `"wc-refunded"`), or null when the word is unknown. */
export function unifyStatus(raw: string): UnifiedStatus | null {
  const key = statusKey(raw);
  return Object.hasOwn(DEFAULT_STATUS_MAP, key) ? DEFAULT_STATUS_MAP[key]! : null;
}

import type { UnifiedStatus } from '../schema/conversion-schema.js';

/**
 * Status words used across POS, e-commerce and CRM systems, lowercased with
 * spaces, dashes and underscores removed, mapped to the unified vocabulary.
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
  pending: 'pending',
  processing: 'pending',
  authorized: 'pending',
  authorised: 'pending',
  onhold: 'pending',
  unpaid: 'pending',
  awaitingpayment: 'pending',
  partiallypaid: 'pending',
  open: 'open',
  draft: 'open',
  new: 'open',
  inprogress: 'open',
  refunded: 'refunded',
  fullyrefunded: 'refunded',
  returned: 'refunded',
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
  failed: 'failed',
  failure: 'failed',
  declined: 'failed',
  error: 'failed',
  rejected: 'failed',
  expired: 'failed',
};

/** Key used for status lookups: lowercase, no spaces, dashes or underscores. */
export function statusKey(raw: string): string {
  return raw.toLowerCase().replace(/[\s_-]+/g, '');
}

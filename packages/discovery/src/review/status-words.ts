/**
 * Status words of POS, e-commerce, booking, clinic and CRM exports → the
 * Conversion's unified status. Keys are lower case without spaces, dashes or
 * underscores; vendor prefixes such as `wc-` are stripped first.
 */
export const statusWords: Readonly<Record<string, string>> = {
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
  delivered: 'completed',
  shipped: 'completed',
  checkedin: 'completed',
  checkedout: 'completed',
  arrived: 'completed',
  seated: 'completed',
  attended: 'completed',
  attending: 'completed',
  billed: 'completed',
  won: 'completed',
  closedwon: 'completed',
  payment: 'completed',
  sale: 'completed',
  pending: 'pending',
  processing: 'pending',
  authorized: 'pending',
  authorised: 'pending',
  onhold: 'pending',
  unpaid: 'pending',
  awaitingpayment: 'pending',
  awaitingfulfillment: 'pending',
  partiallypaid: 'pending',
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
  refund: 'refunded',
  fullyrefunded: 'refunded',
  returned: 'refunded',
  return: 'refunded',
  partiallyrefunded: 'partially_refunded',
  partialrefund: 'partially_refunded',
  partiallyreturned: 'partially_refunded',
  void: 'voided',
  voided: 'voided',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  cancel: 'cancelled',
  noshow: 'cancelled',
  lost: 'cancelled',
  closedlost: 'cancelled',
  deleted: 'cancelled',
  failed: 'failed',
  failure: 'failed',
  declined: 'failed',
  error: 'failed',
  rejected: 'failed',
  expired: 'failed',
  disputed: 'failed',
};

const PREFIX = /^(?:wc|order|payment|status|txn|transaction)[-_\s]+/i;

/** Unified status of a raw status word, or null when the word is unknown. */
export function unifyStatus(raw: string): string | null {
  const key = raw
    .trim()
    .replace(PREFIX, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
  return Object.hasOwn(statusWords, key) ? statusWords[key]! : null;
}

import type { ConnectorMessage } from '../protocol.js';
import { wooRefundSchema } from './woocommerce-api.js';

/** The refunds of one order, page by page (`GET /orders/{id}/refunds`). */
export type FetchOrderRefunds = (orderId: string, signal?: AbortSignal) => AsyncIterable<readonly unknown[]>;

/**
 * Turns the messages of the order query behind the refunds stream into
 * refund messages. WooCommerce lists refunds per order only
 * (`/orders/{id}/refunds`, [WOO-DOCS] `_order-refunds.md`); each order names
 * its refunds in `refunds[]`, so only orders with refunds cost a request.
 * The refund objects are delivered as WooCommerce sent them, `_links.up`
 * (the refunded order, which the woocommerce.refunds mapping reads) included.
 *
 * - Each refund is checked on its own; a bad one is quarantined, the rest continue.
 * - State messages pass through unchanged, after the refunds of every order
 *   they cover.
 * - A refund is delivered once per run even if its order is read twice. A
 *   later run that reads the order again because it changed delivers its
 *   refunds again, unchanged: downstream upserts by refund id absorb it.
 */
export async function* expandWooRefunds(
  orders: AsyncIterable<ConnectorMessage>,
  fetchRefunds: FetchOrderRefunds,
  signal?: AbortSignal,
): AsyncGenerator<ConnectorMessage> {
  const delivered = new Set<string>();
  for await (const message of orders) {
    if (message.type !== 'record') {
      yield message;
      continue;
    }
    const summaries = message.data.refunds;
    if (!Array.isArray(summaries) || summaries.length === 0) continue;
    for await (const page of fetchRefunds(String(message.data.id), signal)) {
      for (const refund of page) {
        const checked = wooRefundSchema.safeParse(refund);
        if (!checked.success) {
          const issue = checked.error.issues[0];
          yield {
            type: 'quarantine',
            stream: message.stream,
            field: issue?.path.join('.') || '(record)',
            reason: issue?.message ?? 'failed the refund wire schema',
            record: refund,
          };
          continue;
        }
        const key = String(checked.data.id);
        if (delivered.has(key)) continue;
        delivered.add(key);
        yield { type: 'record', stream: message.stream, data: refund as Record<string, unknown> };
      }
    }
  }
}

import type { ConceptClass } from '../lexicon/header-words.js';
import type { TargetField } from './target-vocabulary.js';

/** Which kind of file a rule applies to: order/payment rows or people (contacts, members). */
export type RecordKind = 'transactions' | 'people';

/**
 * `need` lists the concepts a header must hold, space-separated; `a|b` is a
 * choice; the macros TXN, PERSON, PRODUCT and WHEN expand to concept sets.
 */
export type HeaderRule = readonly [need: string, score: number, when?: RecordKind];

export interface TargetHeaderSpec {
  /** Classes (or concept names) that may qualify the header without penalty. */
  compat: readonly (ConceptClass | string)[];
  /** Concept → score change when the concept is in the header but not in the rule. */
  adjust?: Readonly<Record<string, number>>;
  /** Penalty per unknown word (default `UNKNOWN_WORD_PENALTY`). */
  unknownPenalty?: number;
  rules: readonly HeaderRule[];
}

const macros: Record<string, string> = {
  TXN: 'order|invoice|booking|appointment|visit|deal|conversion|ticket',
  PERSON: 'customer|member|contact|lead|user|patient',
  PRODUCT: 'product|service|line_item|ticket',
  WHEN: 'date|time|datetime|timestamp|at',
  IDN: 'id|number|code|reference',
};

/** Expands macros: returns, for each required slot, the concepts that fill it. */
export function parseNeed(need: string): string[][] {
  return need.split(' ').map((slot) => slot.split('|').flatMap((c) => (macros[c] ?? c).split('|')));
}

const identityCompat: (ConceptClass | string)[] = [
  'person',
  'role_primary',
  'role_alt',
  'role_other',
  'card',
  // "Tab Name", "Order Email", "Deal - Contact person": the buyer of the record
  'transaction',
];
/** Identity targets: a shipping/recipient qualifier means another person; an alternate one the same person. */
const identityAdjust = {
  shipping: -0.25,
  recipient: -0.25,
  to: -0.25,
  emergency: -0.4,
  referrer: -0.4,
  alternate: -0.08,
  // "Default Address Phone", "Address Company": the address block of a person
  address: -0.1,
  order: -0.05,
  invoice: -0.05,
  booking: -0.05,
  appointment: -0.05,
  visit: -0.05,
  deal: -0.05,
  ticket: -0.05,
  // "Conversion Name" names the conversion action, not a person
  conversion: -0.45,
};
const moneyCompat: (ConceptClass | string)[] = ['measure', 'transaction', 'payment'];
const addressParts = [
  'address',
  'street',
  'address_line_1',
  'city',
  'region',
  'state',
  'postal_code',
  'country',
];
const temporalCompat: (ConceptClass | string)[] = ['temporal', 'transaction', 'payment', 'timezone'];

function addressAdjust(self: string[]): Record<string, number> {
  const adjust: Record<string, number> = { ...identityAdjust };
  for (const part of addressParts) if (!self.includes(part)) adjust[part] = -0.6;
  adjust.address_line_2 = -0.6;
  adjust.street_number = -0.3;
  // "Service Street 1": the job site, beside the billing address
  adjust.service = -0.3;
  return adjust;
}

export const headerRules: Readonly<Record<TargetField, TargetHeaderSpec>> = {
  transaction_id: {
    compat: ['transaction', 'payment', 'identifier', 'sales'],
    // "shopify_order_id" in a subscription app's export: another system's order, not this record
    adjust: {
      reference: -0.2,
      code: -0.1,
      number: -0.04,
      payment: -0.1,
      card: -0.2,
      sales: -0.1,
      vendor: -0.15,
    },
    rules: [
      ['TXN id', 0.92],
      ['TXN number', 0.84],
      ['TXN code|reference', 0.7],
      ['TXN', 0.5],
      ['payment|charge id', 0.72],
      ['id', 0.62, 'transactions'],
      // a bare "id" is the file's own key: the record's id, beside an order_id or invoice_id
      ['own_id', 0.93, 'transactions'],
      ['own_number', 0.9, 'transactions'],
      // the booking's id when nothing else is; below "Reservation #" when both are there
      ['confirmation_number', 0.76],
    ],
  },
  order_number: {
    compat: ['transaction', 'identifier'],
    adjust: { id: -0.12, payment: -0.3 },
    rules: [
      ['TXN number', 0.86],
      ['TXN reference', 0.8],
      ['TXN code', 0.62],
      ['TXN id', 0.72],
      ['TXN', 0.5],
      ['number', 0.45, 'transactions'],
      ['own_number', 0.8, 'transactions'],
      // beside a reservation number, the confirmation code is the human-facing one
      ['confirmation_number', 0.78],
    ],
  },
  payment_id: {
    compat: ['payment', 'identifier', 'transaction', 'card'],
    adjust: { reference: -0.2, number: -0.1, order: -0.05 },
    rules: [
      ['payment|charge id', 0.9],
      ['payment|charge reference|number|code', 0.72],
      ['card order id', 0.75],
      // Stripe's "Charge" column holds ch_… ids; an amount named "Charge" fails the id value checks
      ['charge', 0.5],
    ],
  },
  timestamp: {
    compat: temporalCompat,
    adjust: {
      // "Event Date" of a ticket order is the show's date, not the order's
      event: -0.4,
      completed: 0,
      opened: 0,
      started: -0.05,
      closed: -0.25,
      paid: -0.12,
      created: -0.1,
      updated: -0.45,
    },
    rules: [
      ['datetime|timestamp', 0.8],
      ['date', 0.72],
      ['time', 0.62],
      ['at', 0.5],
      ['service_date', 0.86],
      ['TXN WHEN', 0.88],
      ['TXN', 0.4],
      ['completed|opened|started WHEN', 0.82],
      ['completed|opened|started', 0.66],
    ],
  },
  date: {
    compat: temporalCompat,
    adjust: {
      completed: 0,
      opened: 0,
      started: -0.05,
      closed: -0.25,
      paid: -0.12,
      created: -0.1,
      updated: -0.45,
    },
    rules: [
      ['date', 0.74],
      ['service_date', 0.84],
      ['TXN date', 0.86],
      ['completed|opened|started date', 0.8],
    ],
  },
  time: {
    compat: temporalCompat,
    adjust: { completed: 0, opened: 0, started: 0 },
    rules: [
      ['time', 0.84],
      ['TXN time', 0.86],
      ['completed|opened|started time', 0.82],
    ],
  },
  timezone: {
    compat: ['name', 'temporal', 'identifier', 'transaction'],
    rules: [['timezone', 0.95]],
  },
  created_at: {
    compat: ['temporal', 'transaction', 'person', 'company', 'payment'],
    rules: [
      ['created', 0.84],
      ['created WHEN', 0.93],
      ['consent WHEN', 0.76],
      ['customer|member created', 0.86],
    ],
  },
  updated_at: {
    compat: ['temporal', 'transaction', 'person', 'company', 'payment'],
    adjust: { last: 0 },
    rules: [
      ['updated', 0.84],
      ['updated WHEN', 0.93],
    ],
  },
  paid_at: {
    compat: ['temporal', 'transaction', 'payment'],
    // "Last Payment Date" of an invoice: when it was (last) paid
    adjust: { last: -0.05 },
    rules: [
      ['paid WHEN', 0.92],
      ['payment WHEN', 0.86],
      ['paid', 0.66],
    ],
  },
  value: {
    compat: moneyCompat,
    adjust: {
      net: -0.12,
      gross: -0.06,
      price: -0.05,
      sales: -0.04,
      paid: 0.04,
      collected: 0.04,
      tax: -0.1,
      sum: 0,
      card: -0.5,
      stat: -0.6,
      balance: -0.6,
      // "Total Customer Lifetime Value" beside the historic one is no order's value
      lifetime_value: -0.5,
      // "Total Paid w/ Payment Method": one tender's share of a split payment
      method: -0.3,
      // "Item Total" of a file with a row per item sold: the line's value, below any order total
      line_item: -0.15,
      product: -0.15,
    },
    rules: [
      ['total', 0.85],
      // "Total Amount" beside a "Sale Amount" and a "Tip Amount": the total is what was charged
      ['total amount|value|sum', 0.9],
      ['amount', 0.72],
      ['amount|total paid|collected', 0.92],
      ['paid', 0.7],
      ['collected', 0.8],
      ['charge', 0.62],
      ['value', 0.62],
      ['revenue', 0.68],
      ['spend', 0.6],
      ['sales', 0.62],
      ['gross', 0.68],
      ['price', 0.58],
      ['cost', 0.5],
      ['sum', 0.55],
      ['TXN total', 0.92],
      ['TXN amount|value|price|sum', 0.88],
      ['payment amount|total|value', 0.82],
      ['conversion value', 0.92],
      // "Customer Total", "Guest Total" of an order: what the buyer paid for it
      ['PERSON total', 0.84, 'transactions'],
      ['final total|amount|price|value|sum', 0.92],
      ['fee', 0.44],
      // a line's price is the value only when nothing else is (the fallback for orders files)
      ['PRODUCT price|cost', 0.4],
      ['unit', 0.35],
    ],
  },
  subtotal: {
    compat: [...moneyCompat, 'product'],
    adjust: { net: -0.05, tax: -0.08, total: 0, product: -0.15, price: 0, final: -0.3 },
    rules: [
      ['subtotal', 0.95],
      ['gross', 0.72],
      ['sales', 0.62],
      ['price', 0.55],
      ['amount', 0.42],
      ['fee', 0.52],
      ['TXN subtotal', 0.95],
      ['PRODUCT total|amount', 0.7],
    ],
  },
  tax: {
    compat: moneyCompat,
    adjust: { digit: -0.05 },
    rules: [
      ['tax', 0.92],
      ['tax amount|total|value|sum|collected', 0.95],
    ],
  },
  tip: {
    compat: moneyCompat,
    rules: [
      ['tip', 0.92],
      ['tip amount|total|value', 0.95],
    ],
  },
  discount: {
    compat: moneyCompat,
    adjust: { product: -0.2 },
    rules: [
      ['discount', 0.88],
      ['discount amount|total|value|sum', 0.94],
    ],
  },
  shipping: {
    compat: [...moneyCompat, 'fee'],
    adjust: { rate: -0.05, commission: -0.5, location: -0.05 },
    rules: [
      ['shipping', 0.8],
      ['shipping amount|cost|price|total|fee|charge|value', 0.93],
    ],
  },
  refund_amount: {
    // "Refunded to buyer amount"
    compat: [...moneyCompat, 'event', 'person'],
    rules: [
      ['refund', 0.84],
      ['refund amount|total|value|sum', 0.94],
    ],
  },
  fee: {
    compat: [...moneyCompat, 'card', 'vendor', 'fee'],
    // "delivery_commission": the platform's cut on deliveries ("Delivery Fee" stays shipping)
    // "Channel commission" of a booking: what the booking channel keeps
    adjust: { location: 0, shipping: -0.1, channel: -0.05 },
    unknownPenalty: 0.45,
    rules: [
      ['fee', 0.8],
      ['fee amount|total', 0.86],
      ['commission', 0.8],
      ['commission amount|total', 0.86],
    ],
  },
  currency: {
    compat: ['identifier', 'transaction', 'payment', 'name'],
    rules: [['currency', 0.95]],
  },
  quantity: {
    compat: ['product', 'count', 'transaction', 'identifier'],
    // "Units Sold", "Qty Ordered"
    adjust: { total: 0, completed: 0 },
    rules: [
      ['quantity', 0.92],
      ['headcount', 0.86],
      ['count', 0.5],
      ['PRODUCT count|number', 0.8],
      // "Items" holding small whole numbers counts them; text values make it the product
      ['PRODUCT', 0.5],
    ],
  },
  product_name: {
    compat: ['product', 'name', 'text'],
    adjust: { description: 0, notes: -0.2 },
    rules: [
      ['PRODUCT name|title', 0.93],
      ['PRODUCT', 0.72],
      ['description', 0.6, 'transactions'],
      ['PRODUCT description', 0.8],
      ['name', 0.35],
      ['event', 0.62],
      ['event name|title', 0.84],
      ['deal name|title', 0.8],
    ],
  },
  product_sku: {
    compat: ['product', 'identifier'],
    rules: [
      ['sku', 0.95],
      ['PRODUCT id|code|number', 0.74],
    ],
  },
  product_category: {
    compat: ['product', 'category'],
    // "Sales Category" (Toast, Square): the category an item sells under
    adjust: { type: -0.1, sales: 0 },
    rules: [
      ['category', 0.72],
      ['PRODUCT category|type', 0.9],
    ],
  },
  status: {
    compat: ['transaction', 'payment', 'person', 'status'],
    // "Payout Status", "Settlement Status": the status of the money's transfer, not of the sale
    adjust: { company: -0.1, deposit: -0.6 },
    rules: [
      ['status', 0.86],
      ['TXN|payment status|state', 0.92],
      ['state', 0.5],
    ],
  },
  location: {
    compat: ['location', 'identifier', 'name'],
    adjust: { transaction: -0.05, order: -0.05, company: -0.1 },
    rules: [
      ['location', 0.9],
      ['location name|id|code|number', 0.93],
    ],
  },
  channel: {
    compat: ['source', 'transaction', 'event', 'payment'],
    // "Fulfillment Channel", "Cancellation Channel": how something else happened, not where the sale came from
    adjust: { medium: -0.2, other_event: -0.3 },
    rules: [
      ['channel', 0.86],
      ['source', 0.76, 'transactions'],
      ['TXN source|channel', 0.92],
    ],
  },
  payment_method: {
    compat: ['payment', 'category', 'card'],
    adjust: { card: -0.1 },
    rules: [
      ['payment method|type', 0.95],
      ['payment', 0.6],
      ['method', 0.55],
    ],
  },
  card_brand: {
    compat: ['card', 'payment', 'category'],
    rules: [
      ['card brand|type', 0.93],
      ['brand', 0.62],
      ['card', 0.45],
    ],
  },
  card_last4: {
    compat: ['card', 'payment', 'identifier'],
    rules: [
      ['last4', 0.86],
      ['card last4', 0.96],
      ['card number', 0.6],
      ['card', 0.4],
    ],
  },
  staff: {
    compat: ['staff', 'name', 'identifier', 'transaction', 'person', 'event'],
    // "Seller SKU": the seller's code for a product, not a person
    adjust: { first_name: -0.1, last_name: -0.1, service: -0.05, sku: -0.6 },
    rules: [
      ['staff', 0.88],
      ['staff name|id|code|number|full_name', 0.92],
      ['owner', 0.66],
      ['by', 0.7],
      // the login that rang up a sale ("User" in Lightspeed and Helcim exports)
      ['user', 0.6, 'transactions'],
    ],
  },
  notes: {
    compat: ['text', 'transaction', 'person'],
    // "Note Attributes": an app's key-value data on the order, no note anyone wrote
    adjust: { payment: -0.35, description: 0, attribute: -0.7 },
    rules: [
      ['notes', 0.9],
      ['details', 0.42],
      ['description', 0.55],
      ['description', 0.72, 'people'],
    ],
  },
  order_count: {
    compat: ['count', 'transaction', 'person', 'measure'],
    // "Won Deals", "Completed Orders"; "Open Deals" are not done
    adjust: { completed: 0 },
    rules: [
      ['order_count', 0.92],
      ['TXN count', 0.85],
      ['payment count', 0.82],
      ['count', 0.5, 'people'],
    ],
  },
  lifetime_value: {
    compat: ['measure', 'person'],
    rules: [
      ['lifetime_value', 0.93],
      ['lifetime amount|total|value|revenue|spend|sales', 0.9],
      ['spend', 0.62, 'people'],
      ['total', 0.5, 'people'],
      ['revenue', 0.5, 'people'],
      // "Total Sales", "Total Revenue" of a client list: what the person spent over time
      ['total sales|revenue|paid|amount', 0.84, 'people'],
      ['sales', 0.55, 'people'],
    ],
  },
  customer_id: {
    compat: ['person', 'identifier', 'role_primary'],
    // a member's id is the customer id unless a customer id column is there too (then the loyalty id)
    // another system's id of the person ("Stripe customer ID", "Shopify customer ID") is a reference
    adjust: { reference: -0.25, contact: -0.06, member: -0.02, code: -0.08, number: -0.04, vendor: -0.12 },
    rules: [
      ['PERSON id', 0.92],
      ['member id|number', 0.89],
      ['PERSON number|code', 0.8],
      ['PERSON reference', 0.6],
      ['id', 0.62, 'people'],
      // a people file's bare "ID" is its own key: the person's id, above a member number beside it
      ['own_id', 0.9, 'people'],
      // a bare "Customer" column: names or ids, the values decide
      ['customer', 0.5],
    ],
  },
  customer_reference: {
    compat: ['person', 'identifier'],
    rules: [
      ['PERSON reference', 0.88],
      ['PERSON code', 0.72],
      ['vendor PERSON id|number', 0.88],
      // a buyer's marketplace or shop login ("Buyer Username", "Username (Buyer)", a bare "Username")
      ['PERSON username', 0.88],
      ['username', 0.72],
      ['member number', 0.7],
      ['reference', 0.62, 'people'],
    ],
  },
  contact_id: {
    compat: ['person', 'identifier'],
    rules: [
      ['contact id', 0.95],
      ['contact number|reference|code', 0.72],
      ['lead id', 0.8],
      // a bare "Contact" column: names or ids, the values decide
      ['contact', 0.5],
      // a people file's own key, when another column is the customer id ("stripe_customer_id")
      ['own_id', 0.6, 'people'],
    ],
  },
  loyalty_id: {
    compat: ['loyalty', 'person', 'identifier', 'card'],
    adjust: { card: -0.05 },
    rules: [
      ['member|loyalty id|number|code', 0.86],
      ['loyalty card', 0.82],
      ['card number', 0.56, 'people'],
      ['member|loyalty', 0.45],
    ],
  },
  email: {
    compat: [...identityCompat, 'contact_point', 'company'],
    adjust: { ...identityAdjust, company: -0.1 },
    rules: [['email', 0.95]],
  },
  phone: {
    compat: [...identityCompat, 'contact_point', 'company'],
    adjust: { ...identityAdjust, company: -0.1 },
    rules: [['phone', 0.94]],
  },
  first_name: {
    compat: [...identityCompat, 'name'],
    adjust: identityAdjust,
    rules: [
      ['first_name', 0.96],
      ['first', 0.58],
    ],
  },
  last_name: {
    compat: [...identityCompat, 'name'],
    adjust: identityAdjust,
    rules: [
      ['last_name', 0.96],
      ['last', 0.55],
    ],
  },
  full_name: {
    compat: [...identityCompat, 'name'],
    adjust: identityAdjust,
    rules: [
      ['full_name', 0.95],
      ['PERSON name', 0.93],
      ['billing|card name', 0.86],
      ['name', 0.62],
      ['customer|member|contact|patient', 0.68],
      // a bare "Recipient"/"Consignee" names the ship-to person: the buyer when no other name exists
      ['recipient', 0.72],
      // a bare "From" of a payment names the payer
      ['from', 0.6],
    ],
  },
  company: {
    compat: [...identityCompat, 'name', 'company', 'transaction'],
    // "Account First Name", "Company Contact Last Name": a person's name part, not the company
    // "Merchant Account": the seller's own account, not the buyer's company
    adjust: { ...identityAdjust, first_name: -0.5, last_name: -0.5, vendor: -0.5 },
    rules: [
      ['company', 0.9],
      ['company name', 0.95],
    ],
  },
  address_line: {
    compat: identityCompat,
    adjust: addressAdjust(['address', 'street', 'address_line_1']),
    rules: [
      ['address_line_1', 0.93],
      ['street', 0.88],
      ['address', 0.82],
      ['street_number', 0.7],
    ],
  },
  city: {
    compat: [...identityCompat, 'address'],
    adjust: addressAdjust(['address', 'city']),
    rules: [['city', 0.95]],
  },
  region: {
    compat: [...identityCompat, 'address', 'identifier'],
    adjust: addressAdjust(['address', 'region', 'state']),
    rules: [
      ['region', 0.93],
      ['state', 0.78],
    ],
  },
  postal_code: {
    compat: [...identityCompat, 'address'],
    adjust: addressAdjust(['address', 'postal_code']),
    rules: [['postal_code', 0.96]],
  },
  country: {
    compat: [...identityCompat, 'address', 'identifier'],
    adjust: addressAdjust(['address', 'country']),
    rules: [['country', 0.93]],
  },
  ip_address: {
    compat: [...identityCompat, 'event', 'marketing', 'contact_point', 'created', 'updated'],
    rules: [['ip', 0.95]],
  },
  birth_date: {
    compat: ['person', 'temporal'],
    rules: [['birth', 0.95]],
  },
  marketing_opt_in: {
    compat: ['marketing', 'contact_point', 'person', 'status', 'flag'],
    rules: [
      ['consent', 0.86],
      ['accepts marketing', 0.93],
      ['marketing', 0.62],
      ['consent_inverse', 0.76],
    ],
  },
  gclid: {
    compat: ['identifier', 'campaign'],
    rules: [
      ['gclid', 0.97],
      ['google click_id', 0.95],
      ['click_id', 0.55],
    ],
  },
  fbclid: {
    compat: ['identifier', 'campaign'],
    rules: [
      ['fbclid', 0.97],
      ['facebook click_id', 0.95],
    ],
  },
  msclkid: {
    compat: ['identifier', 'campaign'],
    rules: [
      ['msclkid', 0.97],
      ['microsoft click_id', 0.95],
    ],
  },
  ttclid: {
    compat: ['identifier', 'campaign'],
    rules: [
      ['ttclid', 0.97],
      ['tiktok click_id', 0.95],
    ],
  },
  utm_source: {
    compat: ['campaign', 'source'],
    rules: [['utm source', 0.97]],
  },
  utm_medium: {
    compat: ['campaign', 'source'],
    rules: [
      ['utm medium', 0.97],
      ['medium', 0.6],
    ],
  },
  utm_campaign: {
    compat: ['campaign', 'name', 'identifier'],
    rules: [
      ['utm campaign', 0.97],
      ['campaign', 0.72],
    ],
  },
  utm_term: {
    compat: ['campaign'],
    rules: [['utm term', 0.97]],
  },
  utm_content: {
    compat: ['campaign'],
    rules: [['utm content', 0.97]],
  },
  lead_source: {
    compat: ['source', 'person', 'vendor'],
    adjust: { created: 0 },
    rules: [
      ['lead_source', 0.93],
      ['source', 0.72, 'people'],
      ['referrer', 0.5],
    ],
  },
};

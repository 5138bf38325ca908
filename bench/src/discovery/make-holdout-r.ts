/**
 * Writes the eighteenth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-r/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-r.ts
 *
 * Written and labelled on 2026-11-28 after the changes made for holdout-g
 * to -p, without reading the matcher, its lexicon or its profiler and
 * without running it; labels were fixed from the headers and the vendors'
 * semantics before any scoring. Vendors and export kinds in no other set:
 * Deliveroo Partner Hub order history of a London restaurant (GBP, "(£)" in
 * the money headers, separate date and time), a Worldpay iQ session report
 * (numeric ids with a preceding apostrophe, refunds as negative amounts),
 * an Upserve (Lightspeed U-Series) check export, Wave invoices of a Toronto
 * studio (CAD and USD, HST), Podia sales of a yoga teacher, Memberful
 * members, a Substack subscribers export (email_list, snake_case), Smile.io
 * loyalty customers, Salesforce Pardot (Account Engagement) prospects,
 * GlossGenius appointments, Guesty reservations of a cabin-rental manager
 * and a Czech web-shop order export (Czech headers, `;`, CZK, decimal
 * commas). Values are synthetic.
 * First blind run (matcher of commit b40d9b2, after the changes made for
 * holdout-o and -p): 81.9 % overall, 89.7 % critical.
 */
import { join } from 'node:path';
import {
  alnum,
  ascii,
  c,
  cents,
  collectCases,
  digits,
  first,
  h12,
  hm,
  hms,
  int,
  ipv4,
  last,
  mail,
  maybe,
  mdy,
  mdyShort,
  moment2025,
  money,
  pad,
  perRow,
  pick,
  plusDays,
  rand,
  reseed,
  street,
  upper,
  uuid,
  writeCases,
  ymd,
} from './holdout-helpers.ts';

reseed(20261208);
const { cases, add } = collectCases();

/** "04/03/2025" (day first). */
const dmy = (d: Date, sep = '/') =>
  `${pad(d.getUTCDate())}${sep}${pad(d.getUTCMonth() + 1)}${sep}${d.getUTCFullYear()}`;
/** "2025-03-04 14:05:09" */
const ymdHms = (d: Date) => `${ymd(d)} ${hms(d)}`;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** `n` increasing ids from `start`, each `lo`–`hi` above the last. */
const ascending = (n: number, start: number, lo: number, hi: number) => {
  const out: number[] = [];
  let at = start;
  for (let i = 0; i < n; i++) {
    at += int(lo, hi);
    out.push(at);
  }
  return out;
};
/** A weighted pick: `[value, weight]` pairs. */
const weighted = <T>(xs: readonly (readonly [T, number])[]): T => {
  const total = xs.reduce((n, x) => n + x[1], 0);
  let r = rand() * total;
  for (const [v, w] of xs) {
    r -= w;
    if (r < 0) return v;
  }
  return xs[xs.length - 1]![0];
};

// Deliveroo Partner Hub order history (Hub > Orders > Download CSV), London bao & ramen bar with two sites;
// no customer details (Deliveroo does not share them), money headers carry "(£)"
{
  const n = 300;
  const MENU: [string, number][] = [
    ['Pork Belly Bao', 5.5],
    ['Crispy Chicken Bao', 5.5],
    ['Tofu Bao', 5],
    ['Tonkotsu Ramen', 13.5],
    ['Spicy Miso Ramen', 13],
    ['Chicken Karaage', 7],
    ['Edamame', 4.5],
    ['Kimchi Fries', 6],
    ['Yuzu Lemonade', 3.8],
    ['Ramune', 3.5],
  ];
  const lines = perRow(n, () => {
    const k = pick([1, 1, 2, 2, 2, 3, 3, 4, 5]);
    const chosen = new Map<string, [number, number]>();
    for (let j = 0; j < k; j++) {
      const [name, price] = pick(MENU);
      const had = chosen.get(name);
      chosen.set(name, [price, (had?.[1] ?? 0) + 1]);
    }
    return [...chosen.entries()];
  });
  const sub = lines.map((ls) => cents(ls.reduce((s, [, [p, q]]) => s + p * q, 0)));
  const count = lines.map((ls) => ls.reduce((s, [, [, q]]) => s + q, 0));
  const status = perRow(n, () =>
    weighted([
      ['Delivered', 88],
      ['Cancelled', 6],
      ['Rejected', 4],
    ] as const),
  );
  const mode = perRow(n, () =>
    weighted([
      ['Deliveroo', 78],
      ['Restaurant', 10],
      ['Collection', 12],
    ] as const),
  );
  const offer = sub.map((s) => (rand() < 0.18 ? cents(s * pick([0.2, 0.25, 0.5])) : 0));
  const value = (i: number) => cents(sub[i]! - offer[i]!);
  const done = (i: number) => status[i] === 'Delivered';
  const delFee = perRow(n, () => pick([2.49, 2.99, 3.49])).map((f, i) => (mode[i] === 'Restaurant' ? f : 0));
  const tips = perRow(n, () => (rand() < 0.35 ? pick([1, 1.5, 2, 3]) : 0)).map((t, i) =>
    mode[i] === 'Restaurant' && done(i) ? t : 0,
  );
  const rate = (i: number) => (mode[i] === 'Deliveroo' ? 0.3 : mode[i] === 'Restaurant' ? 0.15 : 0.14);
  const commission = (i: number) => (done(i) ? cents(value(i) * rate(i)) : 0);
  const vatOnCommission = (i: number) => cents(commission(i) * 0.2);
  const refund = perRow(n, () => rand() < 0.06).map((r, i) =>
    r && done(i) ? cents(pick(lines[i]!)[1][0]) : 0,
  );
  const payout = (i: number) =>
    done(i) ? cents(value(i) + delFee[i]! + tips[i]! - commission(i) - vatOnCommission(i) - refund[i]!) : 0;
  const when = perRow(n, () => {
    const d = moment2025();
    d.setUTCHours(pick([11, 12, 12, 13, 17, 18, 18, 19, 19, 20, 20, 21, 22]), int(0, 59), int(0, 59));
    return d;
  });
  const site = perRow(n, () =>
    pick(['Bao & Broth - Shoreditch', 'Bao & Broth - Shoreditch', 'Bao & Broth - Clapham']),
  );
  const f2 = (x: number) => x.toFixed(2);
  add(
    'deliveroo_order_history',
    'Deliveroo Partner Hub order history export (London restaurant, GBP)',
    [
      c('Site', 'location', (i) => site[i]!),
      c('Order ID', 'transaction_id', () => `gb:${uuid(pick(['8', '9', 'a', 'b']))}`),
      // Deliveroo's display number, reused across days: the human-facing number, not the record id
      c('Order number', 'order_number', () => pad(int(1, 9999), 4)),
      c('Date', 'date', (i) => dmy(when[i]!)),
      c('Time', 'time', (i) => hm(when[i]!)),
      c('Status', 'status', (i) => status[i]!),
      // who delivers (Deliveroo rider, own driver, collection) is a fulfilment mode, not a sales channel
      c('Delivered by', null, (i) => mode[i]!),
      c('Items', 'product_name', (i) => lines[i]!.map(([name, [, q]]) => `${q}x ${name}`).join(', ')),
      c('Number of items', 'quantity', (i) => String(count[i])),
      c('Subtotal (£)', 'subtotal', (i) => f2(sub[i]!)),
      c('Offers funded by you (£)', 'discount', (i) => f2(offer[i]!)),
      // what the customer paid for the food after the restaurant's offer: the conversion's value
      c('Order value (£)', 'value', (i) => f2(value(i))),
      c('Restaurant delivery fee (£)', 'shipping', (i) => f2(delFee[i]!)),
      c('Tips (£)', 'tip', (i) => f2(tips[i]!)),
      c('Commission (£)', 'fee', (i) => f2(commission(i))),
      // VAT charged on Deliveroo's commission, not tax on the customer's order
      c('VAT on commission (£)', null, (i) => f2(vatOnCommission(i))),
      c('Refunds (£)', 'refund_amount', (i) => f2(refund[i]!)),
      c('Rejection reason', null, (i) =>
        status[i] === 'Rejected'
          ? pick(['Item unavailable', 'Too busy', 'Closing early'])
          : status[i] === 'Cancelled'
            ? pick(['Customer cancelled', 'Rider unavailable', ''])
            : '',
      ),
      c('Payout (£)', null, (i) => f2(payout(i))),
    ],
    n,
  );
}

// Worldpay iQ scheduled Session report (Transactional_Detail_SessionByActivityDate), US outdoor-gear web shop;
// numeric ids carry the documented preceding apostrophe, refunds are exported as negative amounts
{
  const n = 280;
  const type = perRow(n, () => (rand() < 0.91 ? 'Deposit' : 'Refund'));
  const payId = perRow(n, () => `'8${digits(17)}`);
  const when = perRow(n, () => moment2025());
  const brand = perRow(n, () =>
    weighted([
      ['VI', 52],
      ['MC', 24],
      ['AX', 13],
      ['DI', 5],
      ['PP', 6],
    ] as const),
  );
  const amount = perRow(n, () => Number(pick([money(18, 60), money(60, 180), money(180, 640)]))).map(
    (a, i) => (type[i] === 'Refund' ? -cents(rand() < 0.6 ? a : a * 0.5) : a),
  );
  const session = perRow(n, () => `'${digits(11)}`);
  const batch = perRow(n, () => `'${digits(11)}`);
  const customer = perRow(n, () => (rand() < 0.7 ? `C${int(100000, 499999)}` : ''));
  const order = perRow(n, () => `RO-${int(210000, 289999)}`);
  add(
    'worldpay_session_report',
    'Worldpay iQ session report (US outdoor-gear web shop)',
    [
      c('Session ID', null, (i) => session[i]!),
      c('Batch ID', null, (i) => batch[i]!),
      // the day the batch was posted for settlement, not the sale's own time (which has its own column)
      c('Batch Post Day', null, (i) => mdy(plusDays(when[i]!, rand() < 0.8 ? 0 : 1))),
      c('Transaction Processing Timestamp GMT', 'timestamp', (i) => `${mdy(when[i]!)} ${hms(when[i]!)}`),
      c('Batch Completion Timestamp GMT', null, (i) => {
        const d = plusDays(when[i]!, 1);
        d.setUTCHours(2, int(0, 59), int(0, 59));
        return `${mdy(d)} ${hms(d)}`;
      }),
      // the merchant's report groups here are its sales channels (web, app, phone orders)
      c('Reporting Group', 'channel', () =>
        weighted([
          ['Web', 70],
          ['Mobile App', 22],
          ['Phone Orders', 8],
        ] as const),
      ),
      c('Presenter', null, () => 'RIDGELINE'),
      c('Merchant', null, () => 'Ridgeline Outfitters Inc'),
      c('Merchant ID', null, () => '0312456'),
      c('Vantiv Payment ID', ['transaction_id', 'payment_id'], (i) => payId[i]!),
      c('Parent Vantiv Payment ID', null, (i) => (type[i] === 'Refund' ? `'8${digits(17)}` : '')),
      c('Merchant Order Number', 'order_number', (i) => order[i]!),
      c('Customer ID', 'customer_id', (i) => customer[i]!),
      // Deposit / Refund: the kind of payment event, the file's only status
      c('Txn Type', 'status', (i) => type[i]!),
      c('Purchase Currency', 'currency', () => 'USD'),
      c('Purchase Amount', 'value', (i) => amount[i]!.toFixed(2)),
      // network codes (VI, MC, AX, DI) plus PayPal: a card brand and a payment method at once
      c('Payment Type', ['card_brand', 'payment_method'], (i) => brand[i]!),
      c('Bin', null, (i) =>
        brand[i] === 'PP'
          ? ''
          : `${{ VI: '4', MC: '5', AX: '37', DI: '6011' }[brand[i]!]}${digits(brand[i] === 'DI' ? 2 : brand[i] === 'AX' ? 4 : 5)}`,
      ),
      c('Account Suffix', 'card_last4', (i) => (brand[i] === 'PP' ? '' : pad(int(0, 9999), 4))),
    ],
    n,
  );
}

// Upserve (Lightspeed U-Series) check export (HQ > Reports > Checks > Export), Providence bistro, one row per check
{
  const n = 260;
  const opened = perRow(n, () => moment2025(11, 22));
  const source = perRow(n, () =>
    weighted([
      ['POS', 84],
      ['Upserve Online Ordering', 9],
      ['Grubhub', 4],
      ['DoorDash', 3],
    ] as const),
  );
  const online = (i: number) => source[i] !== 'POS';
  const orderType = (i: number) =>
    online(i) ? pick(['Take Out', 'Delivery']) : rand() < 0.9 ? 'Dine In' : 'Take Out';
  const ot = perRow(n, () => '').map((_, i) => orderType(i));
  const guests = perRow(n, () => pick([1, 2, 2, 2, 3, 4, 4, 5, 6, 8]));
  const sub = guests.map((g) => cents(g * (18 + rand() * 26)));
  const disc = perRow(n, () => (rand() < 0.1 ? pick([5, 10, 15]) : 0));
  const comp = perRow(n, () => (rand() < 0.07 ? pick([8, 12, 14]) : 0));
  const net = (i: number) => Math.max(0, cents(sub[i]! - disc[i]! - comp[i]!));
  const tax = (i: number) => cents(net(i) * 0.08);
  const autoGrat = (i: number) => (!online(i) && guests[i]! >= 6 ? cents(net(i) * 0.2) : 0);
  const tip = perRow(n, () => 0).map((_, i) =>
    autoGrat(i) > 0
      ? 0
      : ot[i] === 'Dine In'
        ? cents(net(i) * pick([0.15, 0.18, 0.2, 0.22]))
        : rand() < 0.4
          ? pick([2, 3, 5])
          : 0,
  );
  const status = perRow(n, () => (rand() < 0.965 ? 'Closed' : 'Void'));
  const total = (i: number) => cents(net(i) + tax(i) + autoGrat(i) + tip[i]!);
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const table = perRow(n, () => int(1, 32));
  add(
    'upserve_checks',
    'Upserve (Lightspeed U-Series) check export (bistro, one row per check)',
    [
      c('Check ID', 'transaction_id', () => uuid(pick(['8', '9', 'a', 'b']))),
      c('Check Number', ['order_number', 'transaction_id'], (i) => String(10400 + i * 3 + int(0, 2))),
      c('Date', 'date', (i) => mdyShort(opened[i]!)),
      c('Open Time', 'time', (i) => h12(opened[i]!)),
      c('Close Time', null, (i) => h12(new Date(opened[i]!.getTime() + int(20, 110) * 60000))),
      c('Server', 'staff', (i) =>
        online(i) ? 'Online Order' : pick(['Mike D', 'Jenna R', 'Carlos M', 'Aubrey K', 'Sam P']),
      ),
      c('Zone', null, (i) => (online(i) ? 'Online' : pick(['Dining Room', 'Dining Room', 'Bar', 'Patio']))),
      c('Table', null, (i) => (ot[i] === 'Dine In' ? String(table[i]) : '')),
      c('Order Type', null, (i) => ot[i]!),
      c('Source', 'channel', (i) => source[i]!),
      c('Guests', 'quantity', (i) => String(guests[i])),
      // a tab label typed by staff ("T12", "Bar - Mike", a first name): not a reliable person field
      c('Check Name', null, (i) =>
        online(i) ? `${fn[i]} ${ln[i]![0]}.` : pick([`T${table[i]}`, `T${table[i]}`, 'Bar', `${fn[i]}`, '']),
      ),
      c('Customer Name', 'full_name', (i) => (online(i) ? `${fn[i]} ${ln[i]}` : '')),
      c('Customer Phone', 'phone', (i) => (online(i) ? `401${int(200, 999)}${pad(int(0, 9999), 4)}` : '')),
      c('Sub Total', 'subtotal', (i) => sub[i]!.toFixed(2)),
      c('Discounts', 'discount', (i) => disc[i]!.toFixed(2)),
      c('Comps', 'discount', (i) => comp[i]!.toFixed(2)),
      c('Tax', 'tax', (i) => tax(i).toFixed(2)),
      // Upserve calls the automatic gratuity on large parties a "mandatory tip"
      c('Mandatory Tip', 'tip', (i) => autoGrat(i).toFixed(2)),
      c('Tip', 'tip', (i) => tip[i]!.toFixed(2)),
      c('Total', 'value', (i) => total(i).toFixed(2)),
      c('Payment Type', 'payment_method', (i) =>
        online(i)
          ? 'Online Payment'
          : weighted([
              ['Visa', 40],
              ['Mastercard', 22],
              ['American Express', 14],
              ['Discover', 3],
              ['Cash', 14],
              ['Gift Card', 3],
              ['Split', 4],
            ] as const),
      ),
      c('Status', 'status', (i) => status[i]!),
    ],
    n,
  );
}

// Wave invoices export (Sales & Payments > Invoices > Export), Toronto design studio; CAD with 13 % HST,
// US clients billed in USD without tax
{
  const n = 220;
  const CLIENTS: [string, string, string][] = [
    ['Maple Leaf Dental Group', 'office@mapleleafdental.ca', 'CAD'],
    ['Queen West Yoga', 'hello@queenwestyoga.ca', 'CAD'],
    ['Northbound Brewing Co.', 'accounts@northboundbrewing.ca', 'CAD'],
    ['Harbourfront Realty', 'admin@harbourfrontrealty.ca', 'CAD'],
    ['Kensington Bakehouse', 'orders@kensingtonbakehouse.com', 'CAD'],
    ['Lakeshore Physio', 'billing@lakeshorephysio.ca', 'CAD'],
    ['Brightline Analytics Inc.', 'ap@brightlineanalytics.com', 'USD'],
    ['Cascade Outdoor Supply', 'payables@cascadeoutdoor.com', 'USD'],
  ];
  const individual = perRow(n, () => rand() < 0.3);
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const client = perRow(n, () => pick(CLIENTS));
  const cur = (i: number) => (individual[i] ? 'CAD' : client[i]![2]);
  const sub = perRow(n, () => Number(pick([money(250, 900), money(900, 2800), money(2800, 7500)])));
  const disc = sub.map((s) => (rand() < 0.12 ? cents(s * 0.1) : 0));
  const tax = (i: number) => (cur(i) === 'CAD' ? cents((sub[i]! - disc[i]!) * 0.13) : 0);
  const total = (i: number) => cents(sub[i]! - disc[i]! + tax(i));
  const status = perRow(n, () =>
    weighted([
      ['Paid', 62],
      ['Sent', 9],
      ['Viewed', 6],
      ['Overdue', 10],
      ['Partial', 7],
      ['Draft', 4],
      ['Unsent', 2],
    ] as const),
  );
  const part = perRow(n, () => pick([0.3, 0.5]));
  const paid = (i: number) =>
    status[i] === 'Paid' ? total(i) : status[i] === 'Partial' ? cents(total(i) * part[i]!) : 0;
  const issued = perRow(n, () => moment2025());
  const lastPay = issued.map((d) => plusDays(d, int(2, 40)));
  add(
    'wave_invoices',
    'Wave invoices export (Toronto design studio)',
    [
      c('Invoice Number', ['order_number', 'transaction_id'], (i) => String(1001 + i)),
      // a business client or a private person, in one column
      c('Customer', ['company', 'full_name'], (i) => (individual[i] ? `${fn[i]} ${ln[i]}` : client[i]![0])),
      c('Customer Email', 'email', (i) => (individual[i] ? mail(fn[i]!, ln[i]!, i) : client[i]![1])),
      c('Invoice Date', ['date', 'timestamp'], (i) => ymd(issued[i]!)),
      c('Due Date', null, (i) => ymd(plusDays(issued[i]!, pick([15, 30, 30, 45])))),
      c('P.O./S.O. Number', null, () => maybe(0.2, () => `PO-${int(1000, 9999)}`)),
      c('Currency', 'currency', (i) => cur(i)),
      c('Subtotal', 'subtotal', (i) => sub[i]!.toFixed(2)),
      c('Discount', 'discount', (i) => disc[i]!.toFixed(2)),
      c('Tax', 'tax', (i) => tax(i).toFixed(2)),
      c('Total', 'value', (i) => total(i).toFixed(2)),
      c('Amount Paid', null, (i) => paid(i).toFixed(2)),
      c('Amount Due', null, (i) => cents(total(i) - paid(i)).toFixed(2)),
      c('Status', 'status', (i) => status[i]!),
      c('Last Payment Date', 'paid_at', (i) => (paid(i) > 0 ? ymd(lastPay[i]!) : '')),
      c('Memo', 'notes', () =>
        maybe(0.35, () =>
          pick([
            'Brand refresh - phase 2',
            'Website maintenance, Q2',
            'Packaging design for spring line',
            'Thank you for your business!',
            'Photography day rate + edits',
          ]),
        ),
      ),
    ],
    n,
  );
}

// Podia sales export (Sales > Export), yoga teacher selling courses, downloads, coaching and a membership;
// dates as "Mar 4, 2025 2:05 PM", UK/EU buyers pay VAT on top
{
  const n = 280;
  const PRODUCTS: [string, string, number][] = [
    ['Yin Yoga Foundations', 'Online course', 129],
    ['Mobility Reset: 30 Days', 'Online course', 49],
    ['Breathwork Audio Pack', 'Digital download', 19],
    ['1:1 Private Session', 'Coaching', 95],
    ['Studio Membership', 'Membership', 24],
    ['Teacher Training Bundle', 'Bundle', 499],
    ['Live Workshop: Hip Openers', 'Webinar', 25],
  ];
  const prod = perRow(n, () => pick(PRODUCTS));
  const yearly = perRow(n, () => rand() < 0.3);
  const price = (i: number) => (prod[i]![1] === 'Membership' && yearly[i] ? 240 : prod[i]![2]);
  const country = perRow(n, () =>
    weighted([
      ['United States', 55],
      ['Canada', 10],
      ['United Kingdom', 12],
      ['Germany', 6],
      ['Australia', 7],
      ['Netherlands', 4],
      ['Ireland', 3],
      ['France', 3],
    ] as const),
  );
  const vat: Record<string, number> = {
    'United Kingdom': 0.2,
    Germany: 0.19,
    Netherlands: 0.21,
    Ireland: 0.23,
    France: 0.2,
  };
  const coupon = perRow(n, () => (rand() < 0.16 ? pick(['NEWYEAR20', 'FRIEND15', 'STUDENT25']) : ''));
  const discount = (i: number) =>
    coupon[i] ? cents(price(i) * ({ NEWYEAR20: 0.2, FRIEND15: 0.15, STUDENT25: 0.25 }[coupon[i]!] ?? 0)) : 0;
  const tax = (i: number) => cents((price(i) - discount(i)) * (vat[country[i]!] ?? 0));
  const paid = (i: number) => cents(price(i) - discount(i) + tax(i));
  const status = perRow(n, () =>
    weighted([
      ['Paid', 92],
      ['Refunded', 5],
      ['Partially refunded', 3],
    ] as const),
  );
  const refunded = (i: number) =>
    status[i] === 'Refunded' ? paid(i) : status[i] === 'Partially refunded' ? cents(paid(i) / 2) : 0;
  const when = perRow(n, () => moment2025());
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const saleId = ascending(n, 4810233, 3, 40);
  const podiaDate = (d: Date) =>
    `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()} ${h12(d)}`;
  add(
    'podia_sales',
    'Podia sales export (yoga teacher: courses, downloads, coaching, membership)',
    [
      c('Sale ID', 'transaction_id', (i) => String(saleId[i])),
      c('Date', ['timestamp', 'created_at'], (i) => podiaDate(when[i]!)),
      c('Customer name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('Customer email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      c('Product', 'product_name', (i) => prod[i]![0]),
      c('Product type', 'product_category', (i) => prod[i]![1]),
      c('Plan', null, (i) => (prod[i]![1] === 'Membership' ? (yearly[i] ? 'Yearly' : 'Monthly') : '')),
      c('Coupon', null, (i) => coupon[i]!),
      c('Price', null, (i) => price(i).toFixed(2)),
      c('Discount', 'discount', (i) => discount(i).toFixed(2)),
      c('Tax', 'tax', (i) => tax(i).toFixed(2)),
      c('Amount paid', 'value', (i) => paid(i).toFixed(2)),
      c('Currency', 'currency', () => 'USD'),
      c('Payment method', 'payment_method', () =>
        pick(['Card', 'Card', 'Card', 'Card', 'PayPal', 'Apple Pay']),
      ),
      c('Status', 'status', (i) => status[i]!),
      c('Refunded amount', 'refund_amount', (i) => refunded(i).toFixed(2)),
      // the affiliate who referred the sale: where the buyer came from, as the seller tracks it
      c('Affiliate', 'lead_source', () =>
        maybe(0.14, () => pick(['Maya Lindqvist', 'The Mindful Runner', 'Jess Oduya Wellness'])),
      ),
      c('Country', 'country', (i) => country[i]!),
    ],
    n,
  );
}

// Memberful members export (Members > Export), independent podcast with a paid membership;
// the address fields are filled only when the plan asks for one
{
  const n = 300;
  const PLANS: [string, number][] = [
    ['Supporter (Monthly)', 6],
    ['Supporter (Yearly)', 60],
    ['Insider (Monthly)', 12],
    ['Insider (Yearly)', 120],
    ['Founding Member', 250],
  ];
  const plan = perRow(n, () => pick(PLANS));
  const status = perRow(n, () =>
    weighted([
      ['Active', 66],
      ['Expired', 24],
      ['Past due', 5],
      ['Canceled', 5],
    ] as const),
  );
  const since = perRow(
    n,
    () => new Date(Date.UTC(int(2021, 2025), int(0, 11), int(1, 28), int(0, 23), int(0, 59), int(0, 59))),
  );
  const months = since.map((d) =>
    Math.max(1, Math.round((Date.UTC(2025, 11, 31) - d.getTime()) / (30.4 * 86400000))),
  );
  const ltv = (i: number) => {
    const [name, price] = plan[i]!;
    const periods = name.includes('Monthly')
      ? Math.min(months[i]!, status[i] === 'Active' ? months[i]! : int(1, months[i]!))
      : Math.max(1, Math.ceil(months[i]! / 12) - (status[i] === 'Active' ? 0 : int(0, 1)));
    return price * periods;
  };
  const withAddr = perRow(n, () => rand() < 0.35);
  const PLACES: [string, string, string][] = [
    ['Chicago', 'IL', '606'],
    ['Minneapolis', 'MN', '554'],
    ['Columbus', 'OH', '432'],
    ['Pittsburgh', 'PA', '152'],
    ['Ann Arbor', 'MI', '481'],
    ['Milwaukee', 'WI', '532'],
    ['Toronto', 'ON', 'M5V'],
  ];
  const place = perRow(n, () => pick(PLACES));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const stamp = (d: Date) => `${ymdHms(d)} UTC`;
  const memberId = ascending(n, 1840231, 5, 90);
  add(
    'memberful_members',
    'Memberful members export (podcast membership)',
    [
      c('Member ID', 'customer_id', (i) => String(memberId[i])),
      c('Full name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('Email', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['gmail.com', 'hey.com', 'fastmail.com', 'icloud.com']),
      ),
      c('Phone number', 'phone', () =>
        maybe(0.15, () => `+1${int(201, 989)}${int(200, 999)}${pad(int(0, 9999), 4)}`),
      ),
      c('Street address', 'address_line', (i) => (withAddr[i] ? street() : '')),
      c('City', 'city', (i) => (withAddr[i] ? place[i]![0] : '')),
      c('State', 'region', (i) => (withAddr[i] ? place[i]![1] : '')),
      c('Postal code', 'postal_code', (i) =>
        withAddr[i]
          ? place[i]![2] === 'M5V'
            ? `M5V ${int(1, 9)}${upper(1)}${int(1, 9)}`
            : `${place[i]![2]}${pad(int(1, 99))}`
          : '',
      ),
      c('Country', 'country', (i) => (withAddr[i] ? (place[i]![2] === 'M5V' ? 'CA' : 'US') : '')),
      c('Member since', ['created_at', 'timestamp'], (i) => stamp(since[i]!)),
      // the membership tier, as Patreon's "Tier" is labelled
      c('Plan', null, (i) => plan[i]![0]),
      c('Plan price', null, (i) => plan[i]![1].toFixed(2)),
      c('Subscription status', 'status', (i) => status[i]!),
      c('Expires at', null, (i) => ymd(plusDays(since[i]!, months[i]! * 30 + int(-20, 30)))),
      c('Auto renew', null, (i) =>
        status[i] === 'Active' ? pick(['true', 'true', 'true', 'false']) : 'false',
      ),
      c('Lifetime value', 'lifetime_value', (i) => ltv(i).toFixed(2)),
      c('Stripe customer ID', 'customer_reference', () => `cus_${alnum(14)}`),
      c('Last sign in', null, (i) => (rand() < 0.85 ? ymd(plusDays(since[i]!, int(0, 300))) : '')),
    ],
    n,
  );
}

// Substack subscribers export (Settings > Exports: email_list.<publication>.csv), a local-news newsletter;
// free subscribers have no plan, expiry or payment
{
  const n = 350;
  const kind = perRow(n, () =>
    weighted([
      ['free', 80],
      ['paid', 14],
      ['lapsed', 6],
    ] as const),
  );
  const plan = perRow(n, () =>
    weighted([
      ['monthly', 60],
      ['yearly', 34],
      ['founding', 6],
    ] as const),
  );
  const created = perRow(
    n,
    () => new Date(Date.UTC(int(2022, 2025), int(0, 11), int(1, 28), int(0, 23), int(0, 59), int(0, 59))),
  );
  const firstPay = created.map((d) => plusDays(d, rand() < 0.6 ? 0 : int(3, 200)));
  const iso = (d: Date) => `${ymd(d)}T${hms(d)}.000Z`;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  add(
    'substack_subscribers',
    'Substack subscribers export (email_list, local-news newsletter)',
    [
      c('email', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, [
          'gmail.com',
          'gmail.com',
          'yahoo.com',
          'comcast.net',
          'icloud.com',
          'aol.com',
        ]),
      ),
      // true while the reader has a paid subscription; free readers are false but still receive the emails
      c('active_subscription', 'status', (i) => (kind[i] === 'paid' ? 'true' : 'false')),
      c('expiry', null, (i) =>
        kind[i] === 'paid' ? iso(plusDays(new Date(Date.UTC(2026, 0, 1)), int(0, 364))) : '',
      ),
      c('plan', null, (i) => (kind[i] === 'free' ? '' : plan[i]!)),
      // true when the reader no longer receives the emails: the inverse of consent
      c('email_disabled', 'marketing_opt_in', () => (rand() < 0.05 ? 'true' : 'false')),
      c('created_at', ['created_at', 'timestamp'], (i) => iso(created[i]!)),
      // when the reader first paid: the paid conversion's time
      c('first_payment_at', 'paid_at', (i) => (kind[i] === 'free' ? '' : iso(firstPay[i]!))),
    ],
    n,
  );
}

// Smile.io customers export (Customers > Export), Shopify skincare shop; birthdays are month and day only
{
  const n = 330;
  const state = perRow(n, () =>
    weighted([
      ['Member', 72],
      ['Guest', 24],
      ['Excluded', 4],
    ] as const),
  );
  const earned = perRow(n, () => pick([0, 50, 100, 150, 250, 400, 700, 1200, 2100])).map((p, i) =>
    state[i] === 'Member' ? p + int(0, 9) * 10 : state[i] === 'Guest' ? pick([0, 0, 50]) : 0,
  );
  const spent = earned.map((e) => (e >= 500 && rand() < 0.6 ? pick([500, 500, 1000]) : 0));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const named = perRow(n, () => rand() < 0.9);
  const joined = perRow(n, () => moment2025());
  const tier = (i: number) =>
    state[i] !== 'Member'
      ? ''
      : earned[i]! >= 1200
        ? 'Glow Icon'
        : earned[i]! >= 400
          ? 'Radiant'
          : 'Fresh Face';
  add(
    'smileio_customers',
    'Smile.io loyalty customers export (Shopify skincare shop)',
    [
      c('First name', 'first_name', (i) => (named[i] ? fn[i]! : '')),
      c('Last name', 'last_name', (i) => (named[i] ? ln[i]! : '')),
      c('Email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      // the shop platform's customer id, external to Smile (as LoyaltyLion's merchant_id)
      c('Shopify customer ID', ['customer_reference', 'customer_id'], () => `7${digits(12)}`),
      // loyalty-programme membership (member / guest / excluded): neither consent nor a sale's status
      c('Membership status', null, (i) => state[i]!),
      c('Points balance', null, (i) => String(earned[i]! - spent[i]!)),
      c('Points earned', null, (i) => String(earned[i])),
      c('Points spent', null, (i) => String(spent[i])),
      c('VIP tier', null, (i) => tier(i)),
      // the customer's personal referral link; its code identifies the member (Yotpo's "Referral Code")
      c('Referral link', 'customer_reference', (i) =>
        state[i] === 'Member' ? `https://rwrd.io/${alnum(7)}?c` : '',
      ),
      c('Referrals completed', null, (i) =>
        state[i] === 'Member' ? String(pick([0, 0, 0, 0, 1, 1, 2, 4])) : '0',
      ),
      c('Birthday', 'birth_date', () => maybe(0.3, () => `${pad(int(1, 12))}-${pad(int(1, 28))}`)),
      c('Date joined', ['created_at', 'timestamp'], (i) => ymd(joined[i]!)),
      c('Last activity', null, (i) => ymd(plusDays(joined[i]!, int(0, 200)))),
    ],
    n,
  );
}

// Salesforce Pardot (Account Engagement) prospects export (Prospects > Tools > CSV Export), industrial-sensor maker;
// Pardot's own field names, 0/1 flags
{
  const n = 270;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const FIRMS: [string, string][] = [
    ['Great Lakes Stamping', 'glstamping.com'],
    ['Buckeye Plastics Inc.', 'buckeyeplastics.com'],
    ['Rust Belt Foundry', 'rustbeltfoundry.com'],
    ['Tri-County Water Authority', 'tcwater.org'],
    ['Hoosier Packaging Co', 'hoosierpack.com'],
    ['Keystone Pharma Services', 'keystonepharma.com'],
    ['Prairie Grain Cooperative', 'prairiegrain.coop'],
    ['Northern Tier Paper Mill', 'ntpaper.com'],
    ['Summit Robotics LLC', 'summitrobotics.io'],
    ['Allegheny Cold Storage', 'alleghenycold.com'],
  ];
  const firm = perRow(n, () => pick(FIRMS));
  const PLACES: [string, string, string][] = [
    ['Toledo', 'OH', '436'],
    ['Akron', 'Ohio', '443'],
    ['Fort Wayne', 'IN', '468'],
    ['Erie', 'PA', '165'],
    ['Grand Rapids', 'MI', '495'],
    ['Rockford', 'IL', '611'],
    ['Peoria', 'Illinois', '616'],
  ];
  const place = perRow(n, () => pick(PLACES));
  const created = perRow(n, () => moment2025());
  const synced = perRow(n, () =>
    weighted([
      ['lead', 45],
      ['contact', 25],
      ['none', 30],
    ] as const),
  );
  const optOut = perRow(n, () => rand() < 0.07);
  const score = perRow(n, () => pick([0, 3, 12, 25, 40, 65, 90, 140, 210]) + int(0, 9));
  add(
    'pardot_prospects',
    'Salesforce Pardot (Account Engagement) prospects export (industrial-sensor maker)',
    [
      c('Prospect Id', ['contact_id', 'customer_id'], () => String(int(41000000, 58999999))),
      c('Salutation', null, () => maybe(0.25, () => pick(['Mr.', 'Ms.', 'Dr.', 'Mrs.']))),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Email', 'email', (i) => `${ascii(fn[i]!)[0]}${ascii(ln[i]!)}@${firm[i]![1]}`),
      c('Company', 'company', (i) => firm[i]![0]),
      c('Website', null, (i) => maybe(0.6, () => `https://www.${firm[i]![1]}`)),
      c('Job Title', null, () =>
        maybe(0.8, () =>
          pick([
            'Plant Manager',
            'Maintenance Supervisor',
            'Reliability Engineer',
            'VP Operations',
            'Purchasing Agent',
            'EHS Coordinator',
          ]),
        ),
      ),
      c('Department', null, () =>
        maybe(0.3, () => pick(['Operations', 'Engineering', 'Maintenance', 'Procurement'])),
      ),
      c('Country', 'country', () =>
        maybe(0.85, () => pick(['United States', 'United States', 'United States', 'USA'])),
      ),
      c('Address One', 'address_line', () => maybe(0.55, street)),
      c('Address Two', null, () => maybe(0.1, () => `Suite ${int(100, 400)}`)),
      c('City', 'city', (i) => maybe(0.8, () => place[i]![0])),
      c('State', 'region', (i) => maybe(0.8, () => place[i]![1])),
      c('Territory', null, () => maybe(0.5, () => pick(['Great Lakes', 'Midwest', 'Mid-Atlantic']))),
      c('Zip', 'postal_code', (i) => maybe(0.6, () => `${place[i]![2]}${pad(int(1, 99))}`)),
      c('Phone', 'phone', () =>
        maybe(0.7, () => `${int(216, 989)}-${int(200, 999)}-${pad(int(0, 9999), 4)}`),
      ),
      c('Fax', null, () => maybe(0.04, () => `${int(216, 989)}-${int(200, 999)}-${pad(int(0, 9999), 4)}`)),
      c('Source', 'lead_source', () =>
        pick([
          'Website',
          'Website',
          'Google AdWords',
          'Organic Search',
          'Trade Show',
          'Webinar',
          'LinkedIn',
          'Referral',
          '',
        ]),
      ),
      c('Annual Revenue', null, () => maybe(0.4, () => pick(['$1-10M', '$10-50M', '$50-100M', '$100M+']))),
      c('Employees', null, () => maybe(0.4, () => pick(['11-50', '51-200', '201-500', '500+']))),
      c('Industry', null, () =>
        maybe(0.5, () => pick(['Manufacturing', 'Utilities', 'Food & Beverage', 'Pharmaceuticals'])),
      ),
      c('Comments', 'notes', () =>
        maybe(0.12, () =>
          pick([
            'Looking to retrofit 40 pumps with vibration sensors',
            'Need a quote before budget closes in Q3',
            'Interested in the wireless gateway demo',
            'Please call after 2pm ET',
          ]),
        ),
      ),
      c('Score', null, (i) => String(score[i])),
      c('Grade', null, () => pick(['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C', 'C-', 'D', ''])),
      c('Last Activity', null, (i) => ymdHms(plusDays(created[i]!, int(0, 120)))),
      // the Salesforce CRM ids of the synced lead or contact: the person's reference in another system
      c('Crm Lead Fid', 'customer_reference', (i) => (synced[i] === 'lead' ? `00Q8a00000${alnum(8)}` : '')),
      c('Crm Contact Fid', 'customer_reference', (i) =>
        synced[i] === 'contact' ? `0038a00000${alnum(8)}` : '',
      ),
      c('Crm Owner Fid', null, (i) =>
        synced[i] === 'none' ? '' : pick(['0058a00000Kx2QrAAJ', '0058a00000Lm7TsAAJ']),
      ),
      c('Is Do Not Email', 'marketing_opt_in', (i) => (optOut[i] ? '1' : '0')),
      c('Is Do Not Call', 'marketing_opt_in', () => (rand() < 0.05 ? '1' : '0')),
      c('Opted Out', 'marketing_opt_in', (i) => (optOut[i] ? '1' : '0')),
      // the prospect's first-touch Pardot campaign
      c('Campaign', 'utm_campaign', () =>
        pick([
          'Website Tracking',
          '2025 Q1 Webinar - Predictive Maintenance',
          'Google Ads - Vibration Sensors',
          'FABTECH 2024 Booth Scans',
          'LinkedIn - Reliability Guide eBook',
        ]),
      ),
      c('Assigned User', 'staff', (i) =>
        synced[i] === 'none' ? '' : pick(['Dana Whitfield', 'Marcus Oyelaran']),
      ),
      c('Created Date', ['created_at', 'timestamp'], (i) => ymdHms(created[i]!)),
      c('Updated Date', 'updated_at', (i) => ymdHms(plusDays(created[i]!, int(0, 150)))),
    ],
    n,
  );
}

// GlossGenius appointments export (Reports > Appointments > Export), Austin hair & lash studio
{
  const n = 290;
  const SERVICES: [string, number, number][] = [
    ['Women’s Haircut & Style', 85, 60],
    ['Men’s Cut', 45, 30],
    ['Balayage', 240, 180],
    ['Root Touch-Up', 95, 90],
    ['Gloss Treatment', 65, 45],
    ['Classic Lash Full Set', 150, 120],
    ['Lash Fill (2 wk)', 65, 60],
    ['Brow Lamination', 80, 45],
  ];
  const svc = perRow(n, () => pick(SERVICES));
  const start = perRow(n, () => {
    const d = moment2025(9, 18);
    d.setUTCMinutes(pick([0, 15, 30, 45]), 0);
    return d;
  });
  const status = perRow(n, () =>
    weighted([
      ['Completed', 74],
      ['Confirmed', 12],
      ['Cancelled', 8],
      ['No Show', 3],
      ['Rescheduled', 3],
    ] as const),
  );
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const duration = (m: number) =>
    m >= 60 ? `${Math.floor(m / 60)}h${m % 60 ? ` ${m % 60}m` : ''}` : `${m}m`;
  add(
    'glossgenius_appointments',
    'GlossGenius appointments export (hair & lash studio)',
    [
      c('Date', 'date', (i) => mdy(start[i]!)),
      c('Start Time', 'time', (i) => h12(start[i]!)),
      c('End Time', null, (i) => h12(new Date(start[i]!.getTime() + svc[i]![2] * 60000))),
      c('Client', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('Client Email', 'email', (i) => maybe(0.9, () => mail(fn[i]!, ln[i]!, i))),
      c('Client Phone', 'phone', () => `(${pick(['512', '737'])}) ${int(200, 999)}-${pad(int(0, 9999), 4)}`),
      c('Service', 'product_name', (i) => svc[i]![0]),
      c('Team Member', 'staff', () => pick(['Brooke', 'Tasha', 'Alyssa M.', 'Renee'])),
      c('Duration', null, (i) => duration(svc[i]![2])),
      c('Price', 'value', (i) => `$${svc[i]![1].toFixed(2)}`),
      c('Deposit', null, (i) => (svc[i]![1] >= 150 ? '$50.00' : '$0.00')),
      c('Status', 'status', (i) => status[i]!),
      c('New Client', null, () => pick(['Yes', 'No', 'No', 'No'])),
      c('Booking Source', 'channel', () =>
        pick(['Online Booking Site', 'Online Booking Site', 'Instagram', 'Google', 'Added by Team Member']),
      ),
      c('Created', 'created_at', (i) => {
        const d = new Date(start[i]!.getTime() - int(1, 40) * 86400000 - int(0, 600) * 60000);
        return `${mdy(d)} ${h12(d)}`;
      }),
      c('Appointment Notes', 'notes', () =>
        maybe(0.15, () =>
          pick([
            'Sensitive scalp',
            'Wants to go 2 shades lighter',
            'Allergic to latex',
            'Bringing inspo pics',
          ]),
        ),
      ),
    ],
    n,
  );
}

// Guesty reservations report export (Reservations > Export CSV), Smoky Mountains cabin-rental manager;
// Guesty's possessive column names, channel-specific confirmation codes and guest e-mail relays
{
  const n = 230;
  const LISTINGS: [string, number, number][] = [
    ['Bear Hollow Lodge', 289, 185],
    ['Creekside Retreat', 165, 125],
    ['Summit View Cabin', 219, 150],
    ['Laurel Ridge Hideaway', 139, 95],
    ['Moonshine Mountain A-Frame', 179, 110],
  ];
  const listing = perRow(n, () => pick(LISTINGS));
  const source = perRow(n, () =>
    weighted([
      ['Airbnb', 48],
      ['Vrbo', 22],
      ['Booking.com', 12],
      ['Direct', 13],
      ['Manual', 5],
    ] as const),
  );
  const status = perRow(n, () =>
    weighted([
      ['Confirmed', 84],
      ['Canceled', 12],
      ['Inquiry', 4],
    ] as const),
  );
  const nights = perRow(n, () => pick([2, 2, 3, 3, 3, 4, 5, 7]));
  const guests = perRow(n, () => pick([2, 2, 4, 4, 5, 6, 8]));
  const booked = perRow(n, () => moment2025());
  const checkIn = booked.map((d) => {
    const s = plusDays(d, int(5, 120));
    s.setUTCHours(0, 0, 0);
    return s;
  });
  const fare = (i: number) => listing[i]![1] * nights[i]!;
  const clean = (i: number) => listing[i]![2];
  const taxes = (i: number) => cents((fare(i) + clean(i)) * 0.1275);
  const total = (i: number) => cents(fare(i) + clean(i) + taxes(i));
  const commission = (i: number) =>
    cents(
      (fare(i) + clean(i)) *
        ({ Airbnb: 0.03, Vrbo: 0.05, 'Booking.com': 0.15, Direct: 0, Manual: 0 }[source[i]!] ?? 0),
    );
  const live = (i: number) => status[i] === 'Confirmed';
  const paidPart = perRow(n, () => rand() < 0.8);
  const paidAmt = (i: number) => (live(i) ? (paidPart[i] ? total(i) : cents(total(i) / 2)) : 0);
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const code = (i: number) =>
    source[i] === 'Airbnb'
      ? `HM${upper(8)}`
      : source[i] === 'Booking.com'
        ? digits(10)
        : source[i] === 'Vrbo'
          ? `HA-${upper(6)}`
          : `GY-${alnum(8)}`;
  const email = (i: number) =>
    source[i] === 'Airbnb'
      ? `${ascii(fn[i]!)}-${alnum(6).toLowerCase()}@guest.airbnb.com`
      : source[i] === 'Booking.com'
        ? `${ascii(fn[i]!).slice(0, 5)}${ascii(ln[i]!).slice(0, 1)}.${digits(6)}@guest.booking.com`
        : source[i] === 'Vrbo'
          ? maybe(0.7, () => `${hexish()}@messages.homeaway.com`)
          : mail(fn[i]!, ln[i]!, i);
  const f2 = (x: number) => x.toFixed(2);
  add(
    'guesty_reservations',
    'Guesty reservations report export (cabin-rental manager)',
    [
      c('Confirmation code', 'transaction_id', (i) => code(i)),
      c("Listing's nickname", ['location', 'product_name'], (i) => listing[i]![0]),
      c("Guest's name", 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c("Guest's email", 'email', (i) => email(i)),
      c("Guest's phone", 'phone', () =>
        maybe(0.75, () => `+1 ${int(201, 989)}-${int(200, 999)}-${pad(int(0, 9999), 4)}`),
      ),
      c('Check-in', ['timestamp', 'date'], (i) => ymd(checkIn[i]!)),
      c('Check-out', null, (i) => ymd(plusDays(checkIn[i]!, nights[i]!))),
      // with a guest count present, the nights are a stay length, not the conversion's quantity
      c('Nights', null, (i) => String(nights[i])),
      c('Number of guests', 'quantity', (i) => String(guests[i])),
      c('Source', 'channel', (i) => source[i]!),
      c('Status', 'status', (i) => status[i]!),
      c('Creation date', ['created_at', 'timestamp'], (i) => `${ymd(booked[i]!)} ${hm(booked[i]!)}`),
      c('Currency', 'currency', () => 'USD'),
      c('Accommodation fare', 'subtotal', (i) => f2(fare(i))),
      c('Cleaning fee', null, (i) => f2(clean(i))),
      c('Total taxes', 'tax', (i) => f2(taxes(i))),
      c('Total price', 'value', (i) => f2(total(i))),
      c('Channel commission', 'fee', (i) => f2(commission(i))),
      c('Total payout', null, (i) => (live(i) ? f2(cents(total(i) - commission(i))) : '0.00')),
      c('Total paid', null, (i) => f2(paidAmt(i))),
      c('Balance due', null, (i) => (live(i) ? f2(cents(total(i) - paidAmt(i))) : '0.00')),
    ],
    n,
  );
}

/** A lower-case hex run for Vrbo's message relay addresses. */
function hexish(): string {
  return Array.from({ length: 24 }, () => '0123456789abcdef'[int(0, 15)]).join('');
}

// Czech web-shop order export (Shoptet-style: Objednávky > Export), specialty-coffee roastery; `;`, CZK,
// decimal commas, dates "04.03.2025 14:05:09", billing and delivery address blocks
{
  const n = 320;
  const MALE = ['Jan', 'Petr', 'Tomáš', 'Jakub', 'Lukáš', 'Martin', 'Ondřej', 'Filip', 'Vojtěch', 'David'];
  const FEMALE = [
    'Eva',
    'Tereza',
    'Lucie',
    'Kateřina',
    'Veronika',
    'Barbora',
    'Markéta',
    'Anna',
    'Klára',
    'Jana',
  ];
  const SURNAMES: [string, string][] = [
    ['Novák', 'Nováková'],
    ['Svoboda', 'Svobodová'],
    ['Dvořák', 'Dvořáková'],
    ['Černý', 'Černá'],
    ['Procházka', 'Procházková'],
    ['Kučera', 'Kučerová'],
    ['Veselý', 'Veselá'],
    ['Horák', 'Horáková'],
    ['Němec', 'Němcová'],
    ['Pokorný', 'Pokorná'],
    ['Růžička', 'Růžičková'],
    ['Marek', 'Marková'],
  ];
  const female = perRow(n, () => rand() < 0.55);
  const fn = perRow(n, () => '').map((_, i) => (female[i] ? pick(FEMALE) : pick(MALE)));
  const ln = perRow(n, () => pick(SURNAMES)).map((s, i) => (female[i] ? s[1] : s[0]));
  const TOWNS: [string, string, string][] = [
    ['Praha 2', '120 00', 'Vinohradská'],
    ['Praha 7', '170 00', 'Milady Horákové'],
    ['Brno', '602 00', 'Údolní'],
    ['Ostrava', '702 00', 'Nádražní'],
    ['Plzeň', '301 00', 'Klatovská třída'],
    ['Olomouc', '779 00', 'Třída Svobody'],
    ['Liberec', '460 01', 'Husova'],
    ['České Budějovice', '370 01', 'Lannova třída'],
    ['Hradec Králové', '500 02', 'Gočárova třída'],
    ['Bratislava', '811 01', 'Obchodná'],
  ];
  const town = perRow(n, () => pick(TOWNS));
  const otherDelivery = perRow(n, () => rand() < 0.2);
  const dTown = perRow(n, () => pick(TOWNS));
  const company = perRow(n, () => rand() < 0.08);
  const COFFEE: [string, number][] = [
    ['Etiopie Yirgacheffe 250 g', 329],
    ['Kolumbie Huila 250 g', 299],
    ['Keňa Nyeri AA 250 g', 369],
    ['Brazílie Cerrado 1 kg', 849],
    ['Espresso směs Dobré ráno 1 kg', 789],
    ['Filtr Hario V60 02', 459],
    ['Dárkový poukaz 500 Kč', 500],
  ];
  const items = perRow(n, () => {
    const k = pick([1, 1, 2, 2, 3]);
    return Array.from({ length: k }, () => [pick(COFFEE), pick([1, 1, 1, 2])] as const);
  });
  const goods = items.map((ls) => ls.reduce((s, [[, p], q]) => s + p * q, 0));
  const ship = perRow(n, () =>
    weighted([
      ['Zásilkovna - výdejní místo', 40],
      ['PPL - doručení na adresu', 25],
      ['Česká pošta - Balík Do ruky', 15],
      ['Osobní odběr - pražírna Praha 7', 20],
    ] as const),
  );
  const shipCost = (i: number) =>
    goods[i]! >= 1500 || ship[i]!.startsWith('Osobní')
      ? 0
      : ship[i]!.startsWith('Zásilkovna')
        ? 79
        : ship[i]!.startsWith('PPL')
          ? 119
          : 129;
  const pay = perRow(n, () =>
    weighted([
      ['Platba kartou online', 55],
      ['Bankovní převod', 18],
      ['Dobírka', 15],
      ['Hotově při převzetí', 7],
      ['Google Pay', 5],
    ] as const),
  );
  const coupon = perRow(n, () => (rand() < 0.12 ? pick(['KAFE10', 'PRVNI15']) : ''));
  const disc = (i: number) => (coupon[i] ? Math.round(goods[i]! * (coupon[i] === 'KAFE10' ? 0.1 : 0.15)) : 0);
  const total = (i: number) => goods[i]! - disc(i) + shipCost(i);
  const vat = (i: number) => cents(total(i) - total(i) / 1.12);
  const status = perRow(n, () =>
    weighted([
      ['Vyřízena', 64],
      ['Odeslána', 14],
      ['Nová', 8],
      ['Čeká na platbu', 5],
      ['Stornována', 6],
      ['Vrácena', 3],
    ] as const),
  );
  const when = perRow(n, () => moment2025());
  const czk = (x: number) => x.toFixed(2).replace('.', ',');
  const czDate = (d: Date) => `${dmy(d, '.')} ${hms(d)}`;
  const phone = () =>
    `+420 ${pick(['602', '603', '604', '731', '732', '737', '775', '777'])} ${int(100, 999)} ${int(100, 999)}`;
  const slovak = (t: [string, string, string]) => t[0] === 'Bratislava';
  add(
    'cz_eshop_objednavky',
    'Czech web-shop order export (Shoptet-style, semicolon-separated, CZK)',
    [
      c('Číslo objednávky', ['order_number', 'transaction_id'], (i) => `2025${pad(i + 1, 5)}`),
      c('Datum vytvoření', ['timestamp', 'created_at'], (i) => czDate(when[i]!)),
      c('Stav objednávky', 'status', (i) => status[i]!),
      c('Jméno', 'first_name', (i) => fn[i]!),
      c('Příjmení', 'last_name', (i) => ln[i]!),
      c('Firma', 'company', (i) =>
        company[i]
          ? pick([
              'Kavárna U Zeleného stromu s.r.o.',
              'Kancelář Novotný & partneři',
              'Coworking Karlín s.r.o.',
            ])
          : '',
      ),
      c('IČO', null, (i) => (company[i] ? digits(8) : '')),
      c('DIČ', null, (i) => (company[i] ? `CZ${digits(8)}` : '')),
      c('E-mail', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['seznam.cz', 'seznam.cz', 'email.cz', 'gmail.com', 'centrum.cz', 'post.cz']),
      ),
      c('Telefon', 'phone', () => maybe(0.92, phone)),
      c(
        'Fakturační ulice',
        'address_line',
        (i) => `${town[i]![2]} ${int(1, 180)}${maybe(0.3, () => `/${int(1, 40)}`)}`,
      ),
      c('Fakturační město', 'city', (i) => town[i]![0]),
      c('Fakturační PSČ', 'postal_code', (i) => town[i]![1]),
      c('Fakturační země', 'country', (i) => (slovak(town[i]!) ? 'Slovensko' : 'Česká republika')),
      c('Doručovací ulice', null, (i) => (otherDelivery[i] ? `${dTown[i]![2]} ${int(1, 180)}` : '')),
      c('Doručovací město', null, (i) => (otherDelivery[i] ? dTown[i]![0] : '')),
      c('Doručovací PSČ', null, (i) => (otherDelivery[i] ? dTown[i]![1] : '')),
      c('Položky', 'product_name', (i) => items[i]!.map(([[name], q]) => `${q}× ${name}`).join(', ')),
      c('Způsob dopravy', null, (i) => ship[i]!),
      c('Cena dopravy', 'shipping', (i) => czk(shipCost(i))),
      c('Způsob platby', 'payment_method', (i) => pay[i]!),
      c('Slevový kupon', null, (i) => coupon[i]!),
      c('Sleva', 'discount', (i) => czk(disc(i))),
      // the order total before VAT (shipping included): the net amount, next to the gross total below
      c('Celkem bez DPH', 'subtotal', (i) => czk(cents(total(i) - vat(i)))),
      c('DPH', 'tax', (i) => czk(vat(i))),
      c('Celkem s DPH', 'value', (i) => czk(total(i))),
      c('Měna', 'currency', () => 'CZK'),
      c('Poznámka zákazníka', 'notes', () =>
        maybe(0.1, () =>
          pick([
            'Prosím mlít na espresso',
            'Dárek - nepřikládat fakturu',
            'Zvoňte na Nováková',
            'Doručit po 16. hodině',
          ]),
        ),
      ),
      c('Souhlas s newsletterem', 'marketing_opt_in', () => pick(['Ano', 'Ne', 'Ne'])),
      c('IP adresa', 'ip_address', () => ipv4()),
    ],
    n,
    ';',
  );
}

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-r'),
  cases,
);

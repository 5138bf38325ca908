/**
 * Writes the fifteenth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-o/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-o.ts
 *
 * Written and labelled on 2026-11-27 after the changes made for holdout-g
 * to -n, without reading the matcher, its lexicon or its profiler and
 * without running it; labels were fixed from the headers and the vendors'
 * semantics before any scoring. Vendors and export kinds in no other set:
 * Square "Item Sales" detail export (one row per item sold), Toast
 * ItemSelectionDetails, WooCommerce Subscriptions export, Zoho Books
 * invoices, a Venmo Business account statement, TikTok Shop orders, Stripe
 * "Balance change from activity" itemized report (snake_case), Booking.com
 * extranet reservations of a B&B, Peek Pro activity bookings, Xero contacts
 * of a UK business (PO/SA address blocks), Clover customers and Follow Up
 * Boss people (real-estate leads). Values are synthetic.
 * First blind run: 84.1 % overall, 82.7 % critical.
 */
import { join } from 'node:path';
import {
  alnum,
  ascii,
  CITIES,
  c,
  cents,
  collectCases,
  dashPhone,
  digits,
  dollars,
  first,
  h12,
  hms,
  int,
  last,
  maybe,
  mdy,
  mdyShort,
  mdyy,
  moment2025,
  money,
  pad,
  perRow,
  pick,
  plusDays,
  rand,
  reseed,
  STATES,
  street,
  thousands,
  upper,
  usPhone,
  writeCases,
  ymd,
  zip,
} from './holdout-helpers.ts';

reseed(20261205);
const { cases, add } = collectCases();

// Square Dashboard "Item Sales" detail CSV (Reports > Items > Export > Item Detail), US coffee bar;
// one row per item sold, so a transaction id repeats over its items
{
  const n = 140;
  const ITEMS: [string, string, string, string, number][] = [
    ['Coffee', 'Latte', '12 oz', 'LAT-12', 4.75],
    ['Coffee', 'Latte', '16 oz', 'LAT-16', 5.5],
    ['Coffee', 'Cold Brew', 'Regular', 'CB-R', 4.25],
    ['Coffee', 'Drip Coffee', 'Large', 'DRP-L', 3.25],
    ['Tea', 'Chai Latte', '16 oz', 'CHAI-16', 5.25],
    ['Pastry', 'Almond Croissant', 'Regular', 'PST-ALM', 4.5],
    ['Pastry', 'Blueberry Muffin', 'Regular', 'PST-BLU', 3.75],
    ['Retail', 'Whole Bean - House Blend 12oz', 'Regular', 'BEAN-HB12', 16],
    ['Retail', 'Ceramic Mug', 'Regular', 'MUG-01', 18],
  ];
  const item = perRow(n, () => pick(ITEMS));
  const qty = perRow(n, () => pick([1, 1, 1, 1, 2, 2, 3]));
  const refund = perRow(n, () => rand() < 0.05);
  const sign = (i: number) => (refund[i] ? -1 : 1);
  const gross = (i: number) => cents(item[i]![4] * qty[i]!);
  const disc = perRow(n, () => (rand() < 0.88 ? 0 : 0.5));
  const net = (i: number) => cents(gross(i) - disc[i]! * qty[i]!);
  const tax = (i: number) => cents(net(i) * 0.0825);
  // several rows share a sale
  const saleStarts = perRow(n, () => rand() < 0.55);
  const saleIdx: number[] = [];
  for (let i = 0, s = 0; i < n; i++) {
    if (i > 0 && saleStarts[i]) s++;
    saleIdx.push(s);
  }
  const sales = saleIdx[n - 1]! + 1;
  const txn = perRow(sales, () => alnum(26));
  const pay = perRow(sales, () => alnum(28));
  const when = perRow(sales, () => moment2025(6, 17));
  const member = perRow(sales, () => rand() < 0.35);
  const cust = perRow(sales, () => [upper(26), `${first()} ${last()}`, maybe(0.4, () => `RWD-${digits(6)}`)]);
  const store = perRow(sales, () => pick(['Eastside Roasters - E 6th', 'Eastside Roasters - Mueller']));
  const channel = perRow(sales, () =>
    pick(['Point of Sale', 'Point of Sale', 'Point of Sale', 'Square Online', 'DoorDash']),
  );
  const s = (i: number) => saleIdx[i]!;
  add(
    'square_item_sales',
    'Square Dashboard item sales detail export (coffee bar, one row per item)',
    [
      c('Date', ['date', 'timestamp'], (i) => ymd(when[s(i)]!)),
      c('Time', 'time', (i) => hms(when[s(i)]!)),
      c('Time Zone', 'timezone', () => 'Central Time (US & Canada)'),
      c('Category', 'product_category', (i) => item[i]![0]),
      c('Item', 'product_name', (i) => item[i]![1]),
      c('Qty', 'quantity', (i) => String(sign(i) * qty[i]!)),
      c('Price Point Name', null, (i) => item[i]![2]),
      c('SKU', 'product_sku', (i) => item[i]![3]),
      c('Modifiers Applied', null, (i) =>
        item[i]![0] === 'Coffee' || item[i]![0] === 'Tea'
          ? maybe(0.5, () => pick(['Oat Milk', 'Extra Shot', 'Oat Milk, Vanilla', 'Almond Milk', 'Decaf']))
          : '',
      ),
      c('Gross Sales', ['value', 'subtotal'], (i) => dollars(sign(i) * gross(i))),
      c('Discounts', 'discount', (i) => dollars(-(disc[i]! * qty[i]!) || 0)),
      c('Net Sales', ['value', 'subtotal'], (i) => dollars(sign(i) * net(i))),
      c('Tax', 'tax', (i) => dollars(sign(i) * tax(i))),
      c('Transaction ID', 'transaction_id', (i) => txn[s(i)]!),
      c('Payment ID', ['payment_id', 'transaction_id'], (i) => pay[s(i)]!),
      c('Device Name', null, () => pick(['Front Counter', 'Front Counter', 'Drive Thru iPad'])),
      c('Notes', 'notes', () => maybe(0.04, () => pick(['extra hot', 'name on cup: Sam', 'for Lisa']))),
      c('Event Type', 'status', (i) => (refund[i] ? 'Refund' : 'Payment')),
      c('Location', 'location', (i) => store[s(i)]!),
      c('Dining Option', null, () => pick(['For Here', 'To Go', 'To Go', ''])),
      c('Customer ID', 'customer_id', (i) => (member[s(i)] ? cust[s(i)]![0]! : '')),
      c('Customer Name', 'full_name', (i) => (member[s(i)] ? cust[s(i)]![1]! : '')),
      c('Customer Reference ID', 'customer_reference', (i) => (member[s(i)] ? cust[s(i)]![2]! : '')),
      c('Itemization Type', null, (i) =>
        item[i]![0] === 'Retail' ? 'Physical Item' : 'Prepared Food and Beverage',
      ),
      c('Channel', 'channel', (i) => channel[s(i)]!),
    ],
    n,
  );
}

// Toast ItemSelectionDetails.csv (Reports > Data exports), US brewpub, one row per item selection
{
  const n = 130;
  const MENU: [string, string, string, string, number][] = [
    ['Hazy IPA 16oz', 'Draft Beer', 'Drinks', 'Beer', 7.5],
    ['Pilsner 16oz', 'Draft Beer', 'Drinks', 'Beer', 6.5],
    ['House Margarita', 'Cocktails', 'Drinks', 'Liquor', 11],
    ['Smash Burger', 'Handhelds', 'Dinner', 'Food', 15],
    ['Fish Tacos', 'Handhelds', 'Dinner', 'Food', 14],
    ['Pretzel & Beer Cheese', 'Shareables', 'Dinner', 'Food', 12],
    ['Kids Grilled Cheese', 'Kids', 'Dinner', 'Food', 8],
    ['Growler Fill - IPA', 'To Go Beer', 'Retail', 'Retail', 18],
  ];
  const sel = perRow(n, () => pick(MENU));
  const qty = perRow(n, () => pick([1, 1, 1, 2]));
  const gross = (i: number) => cents(sel[i]![4] * qty[i]!);
  const disc = perRow(n, () => (rand() < 0.9 ? 0 : pick([1, 2, 3])));
  const netp = (i: number) => cents(gross(i) - disc[i]!);
  const voided = perRow(n, () => rand() < 0.04);
  const orderStarts = perRow(n, () => rand() < 0.45);
  const orderIdx: number[] = [];
  for (let i = 0, o = 0; i < n; i++) {
    if (i > 0 && orderStarts[i]) o++;
    orderIdx.push(o);
  }
  const orders = orderIdx[n - 1]! + 1;
  const oid = perRow(orders, () => digits(18));
  const checkId = perRow(orders, () => digits(18));
  const opened = perRow(orders, () => moment2025(11, 22));
  const server = perRow(orders, () => pick(['Jenna R', 'Marcus T', 'Ali K', 'Bree S']));
  const bar = perRow(orders, () => rand() < 0.4);
  const tab = perRow(orders, () => (rand() < 0.5 ? `${first()} ${last()[0]}` : ''));
  const o = (i: number) => orderIdx[i]!;
  add(
    'toast_item_selection_details',
    'Toast ItemSelectionDetails export (brewpub, one row per item selection)',
    [
      c('Location', 'location', () => 'Copper Kettle Brewing - Boise'),
      c('Order Id', 'transaction_id', (i) => oid[o(i)]!),
      c('Order #', ['order_number', 'transaction_id'], (i) => String(101 + o(i))),
      c('Sent Date', null, (i) => {
        const d = new Date(opened[o(i)]!.getTime() + int(1, 40) * 60000);
        return `${mdyy(d)} ${h12(d)}`;
      }),
      c('Order Date', ['timestamp', 'created_at'], (i) => `${mdyy(opened[o(i)]!)} ${h12(opened[o(i)]!)}`),
      c('Check Id', null, (i) => checkId[o(i)]!),
      c('Server', 'staff', (i) => server[o(i)]!),
      c('Table', null, (i) => (bar[o(i)] ? '' : String(int(1, 32)))),
      c('Dining Area', null, (i) => (bar[o(i)] ? 'Bar' : pick(['Main Dining', 'Patio']))),
      c('Service', null, (i) => (opened[o(i)]!.getUTCHours() < 16 ? 'Lunch' : 'Dinner')),
      c('Dining Option', null, (i) => (sel[i]![3] === 'Retail' ? 'Take Out' : 'Dine In')),
      c('Item Selection Id', null, () => digits(18)),
      c('Item Id', null, () => digits(18)),
      c('SKU', 'product_sku', (i) => maybe(0.6, () => `CK-${sel[i]![0].slice(0, 3).toUpperCase()}`)),
      c('Menu Item', 'product_name', (i) => sel[i]![0]),
      c('Menu Group', 'product_category', (i) => sel[i]![1]),
      c('Menu', null, (i) => sel[i]![2]),
      c('Sales Category', 'product_category', (i) => sel[i]![3]),
      c('Gross Price', ['value', 'subtotal'], (i) => gross(i).toFixed(2)),
      c('Discount', 'discount', (i) => disc[i]!.toFixed(2)),
      c('Net Price', ['value', 'subtotal'], (i) => netp(i).toFixed(2)),
      c('Qty', 'quantity', (i) => String(qty[i])),
      c('Tax', 'tax', (i) => cents(netp(i) * 0.06).toFixed(2)),
      c('Void?', 'status', (i) => (voided[i] ? 'true' : 'false')),
      c('Tab Name', 'full_name', (i) => tab[o(i)]!),
    ],
    n,
  );
}

// WooCommerce Subscriptions export (Subscriptions Importer and Exporter), US coffee-bean subscriptions
{
  const n = 115;
  const PLANS: [string, number, string, number][] = [
    ['Roaster\u2019s Choice - 1 bag', 18, 'month', 1],
    ['Roaster\u2019s Choice - 2 bags', 34, 'month', 1],
    ['Espresso Club - 2 bags', 36, 'week', 2],
    ['Decaf Drop - 1 bag', 17, 'month', 1],
  ];
  const plan = perRow(n, () => pick(PLANS));
  const status = perRow(n, () =>
    pick([
      'wc-active',
      'wc-active',
      'wc-active',
      'wc-active',
      'wc-on-hold',
      'wc-cancelled',
      'wc-pending-cancel',
      'wc-expired',
    ]),
  );
  const started = perRow(n, () => moment2025());
  const ship = perRow(n, () => pick([0, 0, 5.5]));
  const hasCoupon = perRow(n, () => rand() < 0.2);
  const coupon = perRow(n, () => 0).map((_, i) => (hasCoupon[i] ? cents(plan[i]![1] * 0.1) : 0));
  const rate = perRow(n, () => pick([0, 0, 0.0625, 0.07, 0.0825]));
  const tax = (i: number) => cents((plan[i]![1] - coupon[i]!) * rate[i]!);
  const total = (i: number) => plan[i]![1] - coupon[i]! + ship[i]! + tax(i);
  const city = perRow(n, () => int(0, CITIES.length - 1));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const dt = (d: Date) => `${ymd(d)} ${hms(d)}`;
  const live = (i: number) => status[i] === 'wc-active' || status[i] === 'wc-on-hold';
  add(
    'woocommerce_subscriptions',
    'WooCommerce Subscriptions export (coffee-bean subscriptions)',
    [
      c('subscription_id', 'transaction_id', (i) => String(30412 + i * int(2, 6))),
      c('customer_id', 'customer_id', () => String(int(12, 4800))),
      c('subscription_status', 'status', (i) => status[i]!),
      c('start_date', ['timestamp', 'created_at'], (i) => dt(started[i]!)),
      c('trial_end_date', null, () => '0'),
      c('next_payment_date', null, (i) => (live(i) ? dt(plusDays(started[i]!, int(3, 30))) : '0')),
      c('last_order_date_created', null, (i) => dt(plusDays(started[i]!, int(0, 20)))),
      c('end_date', null, (i) =>
        live(i) || status[i] === 'wc-pending-cancel' ? '0' : dt(plusDays(started[i]!, int(30, 120))),
      ),
      c('billing_period', null, (i) => plan[i]![2]),
      c('billing_interval', null, (i) => String(plan[i]![3])),
      c('order_shipping', 'shipping', (i) => ship[i]!.toFixed(2)),
      c('order_tax', 'tax', (i) => tax(i).toFixed(2)),
      c('cart_discount', 'discount', (i) => coupon[i]!.toFixed(2)),
      c('order_total', 'value', (i) => total(i).toFixed(2)),
      c('order_currency', 'currency', () => 'USD'),
      c('payment_method_title', 'payment_method', () =>
        pick([
          'Credit Card (Stripe)',
          'Credit Card (Stripe)',
          'Credit Card (Stripe)',
          'PayPal',
          'Apple Pay (Stripe)',
        ]),
      ),
      c('billing_first_name', 'first_name', (i) => fn[i]!),
      c('billing_last_name', 'last_name', (i) => ln[i]!),
      c(
        'billing_email',
        'email',
        (i) =>
          `${ascii(fn[i]!)}${ascii(ln[i]!)}${i}@${pick(['gmail.com', 'yahoo.com', 'icloud.com', 'hotmail.com'])}`,
      ),
      c('billing_phone', 'phone', () => maybe(0.7, () => pick([usPhone(), dashPhone(), digits(10)]))),
      c('billing_address_1', 'address_line', () => street()),
      c('billing_city', 'city', (i) => CITIES[city[i]!]!),
      c('billing_state', 'region', (i) => STATES[city[i]!]!),
      c('billing_postcode', 'postal_code', () => zip()),
      c('billing_country', 'country', () => 'US'),
    ],
    n,
  );
}

// Zoho Books invoices export (Sales > Invoices > Export), US sign & print shop, one line per invoice
{
  const n = 100;
  const ITEMS: [string, string, number, number][] = [
    ['Vinyl Banner 3x8', 'BAN-38', 65, 180],
    ['Yard Signs (pack of 25)', 'YS-25', 240, 420],
    ['Vehicle Wrap - Partial', 'VW-PART', 1200, 2800],
    ['Business Cards 500', 'BC-500', 45, 90],
    ['Window Graphics', 'WG-CUST', 300, 950],
    ['Trade Show Backdrop', 'TSB-8', 650, 1400],
  ];
  const item = perRow(n, () => pick(ITEMS));
  const qty = perRow(n, () => pick([1, 1, 1, 2, 3]));
  const price = item.map(([, , lo, hi]) => Number(money(lo, hi)));
  const sub = (i: number) => cents(price[i]! * qty[i]!);
  const disc = perRow(n, () => (rand() < 0.85 ? 0 : pick([25, 50, 100])));
  const ship = perRow(n, () => (rand() < 0.7 ? 0 : pick([15, 25, 40])));
  const tax = (i: number) => cents((sub(i) - disc[i]!) * 0.0775);
  const total = (i: number) => sub(i) - disc[i]! + tax(i) + ship[i]!;
  const status = perRow(n, () =>
    pick(['Paid', 'Paid', 'Paid', 'Paid', 'Sent', 'Overdue', 'PartiallyPaid', 'Draft', 'Void']),
  );
  const issued = perRow(n, () => moment2025(0, 0));
  const bal = (i: number) =>
    status[i] === 'Paid' || status[i] === 'Void'
      ? 0
      : status[i] === 'PartiallyPaid'
        ? cents(total(i) / 2)
        : total(i);
  const company = perRow(n, () =>
    rand() < 0.7
      ? pick([
          'Rio Grande Dental',
          'Hill Country Realty',
          'Lone Star Auto Spa',
          'Barton Creek Yoga',
          'Taco Juan\u2019s',
          'South Congress Vintage',
          'Austin Youth Soccer',
        ])
      : `${first()} ${last()}`,
  );
  const custId = perRow(n, () => `2381530000000${int(10000, 99999)}`);
  add(
    'zoho_books_invoices',
    'Zoho Books invoices export (sign & print shop)',
    [
      c('Invoice Date', ['date', 'timestamp'], (i) => ymd(issued[i]!)),
      c('Invoice ID', 'transaction_id', () => `2381530000001${int(10000, 99999)}`),
      c('Invoice Number', 'order_number', (i) => `INV-${pad(1180 + i, 6)}`),
      c('Invoice Status', 'status', (i) => status[i]!),
      c('Customer ID', 'customer_id', (i) => custId[i]!),
      c('Customer Name', ['company', 'full_name'], (i) => company[i]!),
      c('Due Date', null, (i) => ymd(plusDays(issued[i]!, pick([0, 15, 30])))),
      c('Last Payment Date', 'paid_at', (i) =>
        status[i] === 'Paid' || status[i] === 'PartiallyPaid' ? ymd(plusDays(issued[i]!, int(0, 25))) : '',
      ),
      c('Currency Code', 'currency', () => 'USD'),
      c('Entity Discount Amount', 'discount', (i) => disc[i]!.toFixed(2)),
      c('SubTotal', 'subtotal', (i) => sub(i).toFixed(2)),
      c('Total', 'value', (i) => total(i).toFixed(2)),
      c('Balance', null, (i) => bal(i).toFixed(2)),
      c('Shipping Charge', 'shipping', (i) => ship[i]!.toFixed(2)),
      c('Sales person', 'staff', () => pick(['Dana Whitfield', 'Luis Ortega', ''])),
      c('Notes', 'notes', () =>
        maybe(0.3, () =>
          pick(['Thanks for your business.', 'Proof approved 2/12 by email', 'Rush - install Friday']),
        ),
      ),
      c('Billing Address', 'address_line', () => street()),
      c('Billing City', 'city', () => pick(['Austin', 'Austin', 'Round Rock', 'Pflugerville', 'Cedar Park'])),
      c('Billing State', 'region', () => 'Texas'),
      c('Billing Code', 'postal_code', () => pick(['78701', '78704', '78745', '78664', '78660', '78613'])),
      c('Billing Phone', 'phone', () => maybe(0.8, () => `(512) ${int(200, 999)}-${pad(int(0, 9999), 4)}`)),
      c('Item Name', 'product_name', (i) => item[i]![0]),
      c('SKU', 'product_sku', (i) => item[i]![1]),
      c('Quantity', 'quantity', (i) => qty[i]!.toFixed(2)),
      c('Item Tax Amount', 'tax', (i) => tax(i).toFixed(2)),
    ],
    n,
  );
}

// Venmo Business profile account statement CSV (food truck), one row per transaction
{
  const n = 120;
  const type = perRow(n, () =>
    pick([
      'Payment',
      'Payment',
      'Payment',
      'Payment',
      'Payment',
      'Payment',
      'Charge',
      'Refund',
      'Standard Transfer',
    ]),
  );
  const base = perRow(n, () => Number(money(8, 64)));
  const tip = perRow(n, () => (rand() < 0.45 ? pick([1, 2, 3, 5]) : 0));
  const BUSINESS = 'Smoke & Salt BBQ Truck';
  const payer = perRow(n, () => `${first()} ${last()}`);
  const incoming = (i: number) => type[i] === 'Payment' || type[i] === 'Charge';
  const tipOf = (i: number) => (incoming(i) ? tip[i]! : 0);
  const amount = (i: number) =>
    type[i] === 'Standard Transfer' ? Number(money(300, 1800)) : base[i]! + tipOf(i);
  const fee = (i: number) => (incoming(i) ? cents(amount(i) * 0.019 + 0.1) : 0);
  const signed = (i: number) => (incoming(i) ? `+ $${thousands(amount(i))}` : `- $${thousands(amount(i))}`);
  const when = perRow(n, () => moment2025(11, 21));
  add(
    'venmo_business_statement',
    'Venmo Business profile statement CSV (food truck)',
    [
      c('ID', 'transaction_id', () => `4${digits(18)}`),
      c('Datetime', 'timestamp', (i) => `${ymd(when[i]!)}T${hms(when[i]!)}`),
      c('Type', 'status', (i) => type[i]!),
      c('Status', 'status', (i) =>
        type[i] === 'Standard Transfer' ? pick(['Issued', 'Issued', 'Pending']) : 'Complete',
      ),
      c('Note', 'notes', (i) =>
        type[i] === 'Standard Transfer'
          ? ''
          : type[i] === 'Refund'
            ? 'refund - wrong order'
            : pick([
                'brisket plate',
                'lunch \ud83c\udf56',
                '2 pulled pork sandos',
                'BBQ!!',
                'ribs + mac',
                'catering deposit',
                '\ud83d\udd25\ud83d\udd25',
              ]),
      ),
      c('From', 'full_name', (i) => (incoming(i) ? payer[i]! : BUSINESS)),
      c('To', null, (i) => (incoming(i) ? BUSINESS : type[i] === 'Refund' ? payer[i]! : '')),
      c('Amount (total)', 'value', (i) => signed(i)),
      c('Amount (tip)', 'tip', (i) => (tipOf(i) ? `$${thousands(tipOf(i))}` : '')),
      c('Amount (tax)', 'tax', () => '$0.00'),
      c('Amount (fee)', 'fee', (i) => (fee(i) ? `- $${thousands(fee(i))}` : '')),
      c('Tax Rate', null, () => '0'),
      c('Tax Exempt', null, () => ''),
      c('Funding Source', 'payment_method', (i) => (type[i] === 'Refund' ? 'Venmo balance' : '')),
      c('Destination', null, (i) =>
        type[i] === 'Standard Transfer' ? `Chase Bank *${digits(4)}` : incoming(i) ? 'Venmo balance' : '',
      ),
      c('Beginning Balance', null, (i) => (i === 0 ? `$${thousands(Number(money(100, 900)))}` : '')),
      c('Ending Balance', null, (i) => (i === n - 1 ? `$${thousands(Number(money(100, 900)))}` : '')),
      c('Statement Period Venmo Fees', null, (i) =>
        i === n - 1 ? `$${thousands(Number(money(40, 90)))}` : '',
      ),
      c('Terminal Location', null, (i) => (incoming(i) ? 'Venmo' : '')),
      c('Year to Date Venmo Fees', null, (i) =>
        i === n - 1 ? `$${thousands(Number(money(300, 700)))}` : '',
      ),
      c('Disclaimer', null, (i) =>
        i === n - 1 ? 'In case of errors or questions about your electronic transfers' : '',
      ),
    ],
    n,
  );
}

// TikTok Shop Seller Center orders export (US skincare brand, one row per order SKU)
{
  const n = 135;
  const SKUS: [string, string, string, number][] = [
    ['Glow Serum Vitamin C 30ml', 'GS-VC30', 'Default', 24.99],
    ['Barrier Repair Moisturizer', 'BRM-50', '50ml', 29.99],
    ['Barrier Repair Moisturizer', 'BRM-100', '100ml', 44.99],
    ['Lip Oil Trio', 'LOT-3', 'Berry/Peach/Clear', 19.99],
    ['Gua Sha Stone', 'GSS-RQ', 'Rose Quartz', 16.99],
  ];
  const sku = perRow(n, () => pick(SKUS));
  const qty = perRow(n, () => pick([1, 1, 1, 1, 2, 3]));
  const before = (i: number) => cents(sku[i]![3] * qty[i]!);
  const sdisc = perRow(n, () => (rand() < 0.6 ? 0 : 0.15));
  const sellerDisc = (i: number) => cents(before(i) * sdisc[i]!);
  const after = (i: number) => cents(before(i) - sellerDisc(i));
  const shipFee = (i: number) => (after(i) >= 35 ? 0 : 4.99);
  const rate = perRow(n, () => pick([0, 0.06, 0.0725, 0.0825, 0.089]));
  const tax = (i: number) => cents(after(i) * rate[i]!);
  const amount = (i: number) => after(i) + shipFee(i) + tax(i);
  const status = perRow(n, () =>
    pick(['Completed', 'Completed', 'Completed', 'Delivered', 'Shipped', 'To ship', 'Canceled']),
  );
  const sub = (i: number) =>
    ({
      Completed: 'Delivered',
      Delivered: 'Delivered',
      Shipped: 'In transit',
      'To ship': pick(['Awaiting shipment', 'Awaiting collection']),
      Canceled: 'Canceled',
    })[status[i]!]!;
  const refunded = perRow(n, () => rand() < 0.06);
  const created = perRow(n, () => moment2025());
  const paid = (i: number) => new Date(created[i]!.getTime() + int(5, 300) * 1000);
  const shipped = (i: number) => plusDays(created[i]!, int(1, 3));
  const tt = (d: Date) => `${mdy(d)} ${h12(d, true, true)}`;
  const city = perRow(n, () => int(0, CITIES.length - 1));
  const STATE_NAMES = [
    'Texas',
    'Colorado',
    'Arizona',
    'Oregon',
    'Florida',
    'Idaho',
    'North Carolina',
    'Wisconsin',
    'Georgia',
  ];
  const orderId = perRow(n, () => `57${digits(16)}`);
  add(
    'tiktok_shop_orders',
    'TikTok Shop Seller Center orders export (skincare brand)',
    [
      c('Order ID', 'transaction_id', (i) => orderId[i]!),
      c('Order Status', 'status', (i) => status[i]!),
      c('Order Substatus', null, (i) => sub(i)),
      c('Seller SKU', 'product_sku', (i) => sku[i]![1]),
      c('Product Name', 'product_name', (i) => sku[i]![0]),
      c('Variation', null, (i) => sku[i]![2]),
      c('Quantity', 'quantity', (i) => String(qty[i])),
      c('SKU Subtotal Before Discount', 'subtotal', (i) => before(i).toFixed(2)),
      c('SKU Seller Discount', 'discount', (i) => sellerDisc(i).toFixed(2)),
      c('SKU Subtotal After Discount', ['subtotal', 'value'], (i) => after(i).toFixed(2)),
      c('Shipping Fee After Discount', 'shipping', (i) => shipFee(i).toFixed(2)),
      c('Taxes', 'tax', (i) => tax(i).toFixed(2)),
      c('Order Amount', 'value', (i) => amount(i).toFixed(2)),
      c('Order Refund Amount', 'refund_amount', (i) =>
        status[i] === 'Canceled' ? amount(i).toFixed(2) : refunded[i] ? amount(i).toFixed(2) : '0.00',
      ),
      c('Created Time', ['timestamp', 'created_at'], (i) => tt(created[i]!)),
      c('Paid Time', ['timestamp', 'paid_at'], (i) => tt(paid(i))),
      c('Shipped Time', null, (i) =>
        status[i] === 'To ship' || status[i] === 'Canceled' ? '' : tt(shipped(i)),
      ),
      c(
        'Buyer Username',
        ['customer_id', 'customer_reference'],
        () =>
          `${pick(['glowgetter', 'skincarebyjess', 'user', 'mia.makeup', 'tx.beauty'])}${digits(pick([2, 4, 7]))}`,
      ),
      c('Recipient', 'full_name', () => `${first()} ${last()}`),
      c('Phone #', 'phone', () => `(+1)${int(201, 989)}*****${digits(2)}`),
      c('Zipcode', 'postal_code', () => zip()),
      c('State', 'region', (i) => STATE_NAMES[city[i]!]!),
      c('City', 'city', (i) => CITIES[city[i]!]!),
      c('Detail Address', 'address_line', () => street()),
      c('Payment Method', 'payment_method', () =>
        pick(['Credit card', 'Credit card', 'PayPal', 'Apple Pay', 'Google Pay', 'Afterpay']),
      ),
    ],
    n,
  );
}

// Stripe "Balance change from activity" itemized report (Reports > Balance), pilates studio
{
  const n = 125;
  const cat = perRow(n, () =>
    pick(['charge', 'charge', 'charge', 'charge', 'charge', 'charge', 'charge', 'refund', 'dispute']),
  );
  const PRODUCTS: [string, number][] = [
    ['Unlimited Monthly Membership', 189],
    ['10 Class Pack', 240],
    ['Intro Offer - 3 Classes', 49],
    ['Private Session', 95],
  ];
  const prod = perRow(n, () => pick(PRODUCTS));
  const subscr = (i: number) => prod[i]![0].startsWith('Unlimited');
  const gross = (i: number) => (cat[i] === 'charge' ? prod[i]![1] : -prod[i]![1]);
  const fee = (i: number) =>
    cat[i] === 'charge' ? cents(prod[i]![1] * 0.029 + 0.3) : cat[i] === 'dispute' ? 15 : 0;
  const created = perRow(n, () => moment2025());
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const method = perRow(n, () => pick(['card', 'card', 'card', 'card', 'link', 'us_bank_account']));
  const brand = perRow(n, () => pick(['visa', 'visa', 'mastercard', 'amex', 'discover']));
  const dt = (d: Date) => `${ymd(d)} ${hms(d)}`;
  add(
    'stripe_itemized_balance_activity',
    'Stripe Balance change from activity itemized report (pilates studio)',
    [
      c('balance_transaction_id', 'transaction_id', () => `txn_3Q${alnum(22)}`),
      c('created_utc', ['timestamp', 'created_at'], (i) => dt(created[i]!)),
      c('available_on_utc', null, (i) => `${ymd(plusDays(created[i]!, 2))} 00:00:00`),
      c('currency', 'currency', () => 'usd'),
      c('gross', 'value', (i) => gross(i).toFixed(2)),
      c('fee', 'fee', (i) => fee(i).toFixed(2)),
      c('net', null, (i) => (gross(i) - fee(i)).toFixed(2)),
      c('reporting_category', 'status', (i) => cat[i]!),
      c('source_id', 'payment_id', (i) =>
        cat[i] === 'charge'
          ? `ch_3Q${alnum(22)}`
          : cat[i] === 'refund'
            ? `re_3Q${alnum(22)}`
            : `du_1Q${alnum(22)}`,
      ),
      c('description', ['product_name', 'notes'], (i) =>
        subscr(i) ? pick(['Subscription creation', 'Subscription update']) : prod[i]![0],
      ),
      c('automatic_payout_id', null, () => `po_1Q${alnum(22)}`),
      c('customer_id', 'customer_id', () => `cus_${alnum(14)}`),
      c(
        'customer_email',
        'email',
        (i) =>
          `${ascii(fn[i]!)}.${ascii(ln[i]!)}${i}@${pick(['gmail.com', 'gmail.com', 'icloud.com', 'outlook.com'])}`,
      ),
      c('customer_name', 'full_name', (i) => maybe(0.85, () => `${fn[i]} ${ln[i]}`)),
      c('shipping_address_postal_code', 'postal_code', () =>
        maybe(0.25, () => pick(['80202', '80205', '80206', '80209', '80218'])),
      ),
      c('shipping_address_country', 'country', () => maybe(0.25, () => 'US')),
      c('payment_intent_id', 'payment_id', () => `pi_3Q${alnum(22)}`),
      c('invoice_id', null, (i) => (subscr(i) ? `in_1Q${alnum(22)}` : '')),
      c('subscription_id', null, (i) => (subscr(i) ? `sub_1Q${alnum(22)}` : '')),
      c('payment_method_type', 'payment_method', (i) => method[i]!),
      c('card_brand', 'card_brand', (i) => (method[i] === 'card' ? brand[i]! : '')),
      c('card_country', null, (i) => (method[i] === 'card' ? pick(['US', 'US', 'US', 'CA']) : '')),
      c('statement_descriptor', null, () => 'CORE PILATES DENVER'),
    ],
    n,
  );
}

// Booking.com extranet reservations export (Reservations > Download), B&B in Savannah
{
  const n = 105;
  const UNITS: [string, number][] = [
    ['Deluxe King Room', 229],
    ['Queen Room with Garden View', 189],
    ['Carriage House Suite', 319],
    ['Double Room with Private Bathroom', 169],
  ];
  const unit = perRow(n, () => pick(UNITS));
  const nights = perRow(n, () => pick([1, 2, 2, 2, 3, 3, 4, 5]));
  const people = perRow(n, () => pick([1, 2, 2, 2, 2, 3, 4]));
  const kids = (i: number) => (people[i]! > 2 ? people[i]! - 2 : 0);
  const booked = perRow(n, () => moment2025());
  const ahead = perRow(n, () => int(1, 150));
  const checkIn = (i: number) => plusDays(booked[i]!, ahead[i]!);
  const factor = perRow(n, () => 0.9 + rand() * 0.25);
  const priceV = perRow(n, () => 0).map((_, i) => cents(unit[i]![1] * nights[i]! * factor[i]!));
  const status = perRow(n, () =>
    pick(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'cancelled_by_guest', 'cancelled_by_guest', 'no_show']),
  );
  const country = perRow(n, () => pick(['us', 'us', 'us', 'us', 'us', 'gb', 'ca', 'de', 'au']));
  const booker = perRow(n, () => `${first()} ${last()}`);
  const usd = (x: number) => `${x.toFixed(2)} USD`;
  add(
    'bookingcom_reservations',
    'Booking.com extranet reservations export (bed & breakfast)',
    [
      c('Book number', 'transaction_id', () => `${int(2, 6)}${digits(9)}`),
      c('Booked by', 'full_name', (i) => booker[i]!),
      c('Guest name(s)', null, (i) =>
        people[i]! > 1 && rand() < 0.5
          ? `${booker[i]}, ${first()} ${booker[i]!.split(' ').slice(1).join(' ')}`
          : booker[i]!,
      ),
      c('Check-in', ['timestamp', 'date'], (i) => ymd(checkIn(i))),
      c('Check-out', null, (i) => ymd(plusDays(checkIn(i), nights[i]!))),
      c('Booked on', ['created_at', 'timestamp'], (i) => `${ymd(booked[i]!)} ${hms(booked[i]!)}`),
      c('Status', 'status', (i) => status[i]!),
      c('Rooms', null, () => '1'),
      c('People', 'quantity', (i) => String(people[i])),
      c('Children', null, (i) => String(kids(i))),
      c('Price', 'value', (i) => usd(priceV[i]!)),
      c('Commission %', null, () => '15.00'),
      c('Commission amount', 'fee', (i) => usd(cents(priceV[i]! * 0.15))),
      c('Payment method', 'payment_method', () =>
        pick(['Visa', 'Visa', 'MasterCard', 'American Express', 'Discover', 'Booking.com Payments']),
      ),
      c('Remarks', 'notes', () =>
        maybe(0.3, () =>
          pick([
            'Approximate time of arrival: between 16:00 and 17:00',
            'You have a booker that would like free parking. (based on availability)',
            'Celebrating our anniversary!',
            'Approximate time of arrival: between 22:00 and 23:00 the next day',
          ]),
        ),
      ),
      c('Booker group', null, (i) =>
        people[i] === 1
          ? 'Solo traveller'
          : kids(i) > 0
            ? 'Family'
            : pick(['Couple', 'Couple', 'Group of friends']),
      ),
      c('Booker country', 'country', (i) => country[i]!),
      c('Travel purpose', null, () => pick(['Leisure', 'Leisure', 'Leisure', 'Business'])),
      c('Device', null, () => pick(['Mobile', 'Mobile', 'Desktop', 'Tablet'])),
      c('Unit type', ['product_name', 'product_category'], (i) => unit[i]![0]),
      c('Duration (nights)', null, (i) => String(nights[i])),
      c('Cancellation date', null, (i) =>
        status[i] === 'cancelled_by_guest'
          ? ymd(plusDays(booked[i]!, int(0, Math.max(0, ahead[i]! - 1))))
          : '',
      ),
      c('Address', 'address_line', (i) =>
        country[i] === 'us' ? maybe(0.4, () => `${street()}, ${pick(CITIES)}, ${zip()}`) : '',
      ),
      c('Phone number', 'phone', (i) =>
        country[i] === 'us'
          ? `+1 ${int(201, 989)} ${int(200, 999)} ${pad(int(0, 9999), 4)}`
          : country[i] === 'gb'
            ? `+44 7${digits(3)} ${digits(6)}`
            : pick([
                `+49 15${digits(1)} ${digits(8)}`,
                `+1 ${int(204, 905)} ${digits(3)} ${digits(4)}`,
                `+61 4${digits(2)} ${digits(3)} ${digits(3)}`,
              ]),
      ),
    ],
    n,
  );
}

// Peek Pro bookings export (boat tours and paddleboard rentals, Tampa Bay)
{
  const n = 120;
  const ACTS: [string, number, number][] = [
    ['Dolphin Sunset Cruise', 45, 25],
    ['Mangrove Kayak Eco Tour', 65, 40],
    ['Paddleboard Rental - 2 Hours', 40, 40],
    ['Private Island Charter', 650, 0],
  ];
  const act = perRow(n, () => pick(ACTS));
  const adults = perRow(n, () => pick([1, 2, 2, 2, 3, 4, 6]));
  const kids = perRow(n, () => (rand() < 0.65 ? 0 : int(1, 3)));
  const priv = (i: number) => act[i]![2] === 0;
  const guests = (i: number) => adults[i]! + kids[i]!;
  const sub = (i: number) => (priv(i) ? act[i]![1] : adults[i]! * act[i]![1] + kids[i]! * act[i]![2]);
  const disc = perRow(n, () => (rand() < 0.85 ? 0 : 0.1));
  const discAmt = (i: number) => cents(sub(i) * disc[i]!);
  const tax = (i: number) => cents((sub(i) - discAmt(i)) * 0.075);
  const total = (i: number) => sub(i) - discAmt(i) + tax(i);
  const status = perRow(n, () =>
    pick(['Confirmed', 'Confirmed', 'Confirmed', 'Checked In', 'Checked In', 'Cancelled', 'No Show']),
  );
  const purchased = perRow(n, () => moment2025());
  const start = purchased.map((d) => {
    const at = plusDays(d, int(0, 30));
    at.setUTCHours(pick([8, 10, 13, 17, 18]), pick([0, 30]), 0);
    return at;
  });
  const deposit = perRow(n, () => rand() < 0.2);
  const paid = (i: number) =>
    status[i] === 'Cancelled' ? 0 : deposit[i] ? cents(total(i) * 0.25) : total(i);
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  add(
    'peek_pro_bookings',
    'Peek Pro bookings export (tour and rental operator)',
    [
      c('Booking ID', 'transaction_id', () => `B-${upper(6)}`),
      c('Purchase Date', ['timestamp', 'created_at'], (i) => `${mdy(purchased[i]!)} ${h12(purchased[i]!)}`),
      c('Activity', 'product_name', (i) => act[i]![0]),
      c('Activity Date', null, (i) => mdy(start[i]!)),
      c('Activity Time', null, (i) => h12(start[i]!)),
      c('Tickets', null, (i) =>
        priv(i)
          ? '1 x Private Charter (up to 6)'
          : kids[i]! > 0
            ? `${adults[i]} x Adult, ${kids[i]} x Child`
            : `${adults[i]} x Adult`,
      ),
      c('Guests', 'quantity', (i) => String(guests(i))),
      c('Purchaser Name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c(
        'Purchaser Email',
        'email',
        (i) =>
          `${ascii(fn[i]!)}${ascii(ln[i]!)}${i}@${pick(['gmail.com', 'yahoo.com', 'aol.com', 'icloud.com'])}`,
      ),
      c('Purchaser Phone', 'phone', () =>
        pick([usPhone(), usPhone(), dashPhone(), `+1${int(201, 989)}${digits(7)}`]),
      ),
      c('Sales Channel', 'channel', () =>
        pick([
          'Online - Website',
          'Online - Website',
          'Online - Website',
          'Peek.com',
          'Viator',
          'Phone',
          'Walk Up',
        ]),
      ),
      c('Status', 'status', (i) => status[i]!),
      c('Promo Code', null, (i) => (disc[i]! > 0 ? pick(['LOCAL10', 'SUMMER10']) : '')),
      c('Subtotal', 'subtotal', (i) => dollars(sub(i))),
      c('Discount', 'discount', (i) => dollars(discAmt(i))),
      c('Tax', 'tax', (i) => dollars(tax(i))),
      c('Total', 'value', (i) => dollars(total(i))),
      c('Amount Paid', null, (i) => dollars(paid(i))),
      c('Balance Due', null, (i) => dollars(status[i] === 'Cancelled' ? 0 : total(i) - paid(i))),
      c('Payment Type', 'payment_method', (i) =>
        paid(i) === 0 ? '' : pick(['Credit Card', 'Credit Card', 'Credit Card', 'Cash', 'Gift Card']),
      ),
      c('Guide', 'staff', () => maybe(0.8, () => pick(['Capt. Rick', 'Sasha M.', 'Devon L.', 'Kai P.']))),
      c('Customer Notes', 'notes', () =>
        maybe(0.12, () => pick(['Birthday girl on board!', 'Bringing a cooler', 'First time paddling'])),
      ),
    ],
    n,
  );
}

// Xero contacts export (Contacts > All contacts > Export), UK joinery business
{
  const n = 95;
  const UK: [string, string, string][] = [
    ['Bristol', 'Bristol', 'BS'],
    ['Bath', 'Somerset', 'BA'],
    ['Cardiff', 'South Glamorgan', 'CF'],
    ['London', 'Greater London', 'SE'],
    ['Gloucester', 'Gloucestershire', 'GL'],
    ['Swindon', 'Wiltshire', 'SN'],
  ];
  const place = perRow(n, () => pick(UK));
  const UK_FIRST = ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Ava', 'Jack', 'Sophie', 'Rhys', 'Niamh'];
  const UK_LAST = ['Davies', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Wright', 'Clarke', 'Patel', 'Turner'];
  const fn = perRow(n, () => pick(UK_FIRST));
  const ln = perRow(n, () => pick(UK_LAST));
  const firm = perRow(n, () =>
    rand() < 0.45
      ? pick([
          'Clifton Lettings Ltd',
          'Harbourside Dental Practice',
          'Redland Builders',
          'Severn Property Group',
          'The Old Bakery Caf\u00e9',
          'Avon Housing Association',
          'Mill Lane Architects LLP',
        ])
      : '',
  );
  const postcode = (i: number) =>
    `${place[i]![2]}${int(1, 16)} ${int(1, 9)}${pick(['AB', 'DX', 'HQ', 'JN', 'LT', 'PW', 'RS', 'UZ'])}`;
  const hasSA = perRow(n, () => rand() < 0.3);
  const UK_STREETS = [
    'High Street',
    'Church Road',
    'Station Road',
    'Victoria Street',
    'Park Lane',
    'Gloucester Road',
  ];
  add(
    'xero_contacts_uk',
    'Xero contacts export (UK joinery business)',
    [
      c('ContactName', ['company', 'full_name'], (i) => firm[i] || `${fn[i]} ${ln[i]}`),
      c('AccountNumber', ['customer_id', 'customer_reference'], (i) =>
        maybe(0.6, () => `CUS${pad(100 + i, 4)}`),
      ),
      c('EmailAddress', 'email', (i) =>
        maybe(0.9, () =>
          firm[i]
            ? `accounts@${ascii(firm[i]!).slice(0, 14)}.co.uk`
            : `${ascii(fn[i]!)}.${ascii(ln[i]!)}${i}@${pick(['gmail.com', 'btinternet.com', 'hotmail.co.uk', 'outlook.com'])}`,
        ),
      ),
      c('FirstName', 'first_name', (i) => fn[i]!),
      c('LastName', 'last_name', (i) => ln[i]!),
      c('POAttentionTo', null, (i) => (firm[i] ? maybe(0.5, () => 'Accounts Payable') : '')),
      c('POAddressLine1', 'address_line', () => `${int(1, 220)} ${pick(UK_STREETS)}`),
      c('POAddressLine2', null, () => maybe(0.2, () => pick(['Redland', 'Clifton', 'Unit 4', 'Flat 2']))),
      c('POCity', 'city', (i) => place[i]![0]),
      c('PORegion', 'region', (i) => place[i]![1]),
      c('POPostalCode', 'postal_code', (i) => postcode(i)),
      c('POCountry', 'country', () => 'United Kingdom'),
      c('SAAddressLine1', null, (i) => (hasSA[i] ? `${int(1, 220)} ${pick(UK_STREETS)}` : '')),
      c('SACity', null, (i) => (hasSA[i] ? place[i]![0] : '')),
      c('SARegion', null, (i) => (hasSA[i] ? place[i]![1] : '')),
      c('SAPostalCode', null, (i) => (hasSA[i] ? postcode(i) : '')),
      c('SACountry', null, (i) => (hasSA[i] ? 'United Kingdom' : '')),
      c('PhoneNumber', 'phone', (i) =>
        maybe(0.6, () => (place[i]![0] === 'London' ? `020 7946 0${digits(3)}` : `0117 496 0${digits(3)}`)),
      ),
      c('MobileNumber', 'phone', () => maybe(0.7, () => `07700 900${digits(3)}`)),
      c('Website', null, (i) =>
        firm[i] ? maybe(0.5, () => `www.${ascii(firm[i]!).slice(0, 14)}.co.uk`) : '',
      ),
      c('TaxNumber', null, (i) => (firm[i] ? maybe(0.5, () => `GB${digits(9)}`) : '')),
      c('Discount', null, (i) => (firm[i] ? pick(['', '', '5']) : '')),
      c('DueDateSalesDay', null, (i) => (firm[i] ? pick(['30', '14', '']) : '')),
      c('DueDateSalesTerm', null, (i) =>
        firm[i] ? pick(['DAYSAFTERBILLDATE', 'DAYSAFTERBILLDATE', '']) : '',
      ),
    ],
    n,
  );
}

// Clover customers export (Customers > Export), US neighborhood café
{
  const n = 110;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const city = perRow(n, () => int(0, CITIES.length - 1));
  const hasAddr = perRow(n, () => rand() < 0.3);
  const since = perRow(
    n,
    () => new Date(Date.UTC(int(2021, 2025), int(0, 11), int(1, 28), int(6, 19), int(0, 59))),
  );
  add(
    'clover_customers',
    'Clover customers export (café)',
    [
      c('Customer ID', 'customer_id', () => upper(13)),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => maybe(0.85, () => ln[i]!)),
      c('Phone Number', 'phone', () => maybe(0.85, () => pick([usPhone(), digits(10), dashPhone()]))),
      c('Email Address', 'email', (i) =>
        maybe(
          0.7,
          () =>
            `${ascii(fn[i]!)}${ascii(ln[i]!).slice(0, 1)}${i}@${pick(['gmail.com', 'yahoo.com', 'icloud.com'])}`,
        ),
      ),
      c('Address Line 1', 'address_line', (i) => (hasAddr[i] ? street() : '')),
      c('Address Line 2', null, (i) => (hasAddr[i] ? maybe(0.15, () => `Apt ${int(1, 40)}`) : '')),
      c('Address Line 3', null, () => ''),
      c('City', 'city', (i) => (hasAddr[i] ? CITIES[city[i]!]! : '')),
      c('State / Province', 'region', (i) => (hasAddr[i] ? STATES[city[i]!]! : '')),
      c('Postal / Zip Code', 'postal_code', (i) => (hasAddr[i] ? zip() : '')),
      c('Country', 'country', (i) => (hasAddr[i] ? 'US' : '')),
      c('Company', 'company', () => maybe(0.05, () => pick(['Northside Dental', 'Ridgeway Realty']))),
      c('Birthday', 'birth_date', () => maybe(0.3, () => `${pad(int(1, 12))}/${pad(int(1, 28))}`)),
      c('Marketing Allowed', 'marketing_opt_in', () => pick(['Yes', 'Yes', 'No'])),
      c(
        'Customer Since',
        ['created_at', 'timestamp'],
        (i) => `${mdy(since[i]!)} ${h12(since[i]!, false, true)}`,
      ),
      c('Note', 'notes', () =>
        maybe(0.08, () => pick(['Oat milk always', 'Teacher discount', 'Regular - large drip'])),
      ),
    ],
    n,
  );
}

// Follow Up Boss people export (real-estate team), Tampa
{
  const n = 120;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const stage = perRow(n, () =>
    pick([
      'Lead',
      'Lead',
      'Lead',
      'Attempted Contact',
      'Prospect',
      'Active Client',
      'Under Contract',
      'Closed',
      'Past Client',
      'Sphere',
      'Trash',
    ]),
  );
  const created = perRow(
    n,
    () => new Date(Date.UTC(int(2023, 2025), int(0, 11), int(1, 28), int(0, 23), int(0, 59))),
  );
  const active = created.map((d) => plusDays(d, int(0, 200)));
  const TAMPA: [string, string][] = [
    ['Tampa', '336'],
    ['St. Petersburg', '337'],
    ['Brandon', '335'],
    ['Clearwater', '337'],
    ['Riverview', '335'],
  ];
  const town = perRow(n, () => pick(TAMPA));
  const hasAddr = perRow(n, () => rand() < 0.45);
  const fub = (d: Date) => `${mdyShort(d)} ${h12(d)}`;
  add(
    'followupboss_people',
    'Follow Up Boss people export (real-estate team)',
    [
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Stage', 'status', (i) => stage[i]!),
      c('Source', ['lead_source', 'channel'], () =>
        pick([
          'Zillow',
          'Zillow',
          'Realtor.com',
          'Website',
          'Facebook Ads',
          'Open House',
          'Sphere',
          'Referral',
          'Homes.com',
        ]),
      ),
      c('Assigned To', 'staff', () => pick(['Carla Mendez', 'Josh Whitaker', 'Tina Vo', ''])),
      c('Lender', null, () =>
        maybe(0.15, () => pick(['Mike Lowry (Bay Lending)', 'Rachel Kim (Suncoast Mortgage)'])),
      ),
      c('Tags', null, () =>
        maybe(0.4, () => pick(['Buyer', 'Seller', 'Buyer, Pre-Approved', 'Investor', 'Relocation'])),
      ),
      c('Created', ['created_at', 'timestamp'], (i) => fub(created[i]!)),
      c('Last Activity', null, (i) => fub(active[i]!)),
      c('Email 1', 'email', (i) =>
        maybe(
          0.92,
          () =>
            `${ascii(fn[i]!)}.${ascii(ln[i]!)}${i}@${pick(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}`,
        ),
      ),
      c('Email 2', 'email', (i) =>
        maybe(0.1, () => `${ascii(fn[i]!)}${ascii(ln[i]!)}@${pick(['work.com', 'baycare.org', 'usf.edu'])}`),
      ),
      c('Phone 1', 'phone', () =>
        maybe(0.9, () => `(${pick(['813', '727', '656'])}) ${int(200, 999)}-${pad(int(0, 9999), 4)}`),
      ),
      c('Phone 2', 'phone', () => maybe(0.15, usPhone)),
      c('Address 1 - Street', 'address_line', (i) => (hasAddr[i] ? street() : '')),
      c('Address 1 - City', 'city', (i) => (hasAddr[i] ? town[i]![0] : '')),
      c('Address 1 - State', 'region', (i) => (hasAddr[i] ? 'FL' : '')),
      c('Address 1 - Zip', 'postal_code', (i) => (hasAddr[i] ? `${town[i]![1]}${pad(int(1, 99))}` : '')),
      c('Address 1 - Type', null, (i) => (hasAddr[i] ? pick(['home', 'home', 'mailing', 'investment']) : '')),
      c('Price', null, () =>
        maybe(0.5, () => String(pick([285000, 340000, 415000, 525000, 650000, 899000]))),
      ),
      c('Background', 'notes', () =>
        maybe(0.25, () =>
          pick([
            'Relocating from Chicago in June, needs 3/2 near good schools',
            'Wants waterfront, flexible on price',
            'Selling condo first, then buying',
          ]),
        ),
      ),
    ],
    n,
  );
}

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-o'),
  cases,
);

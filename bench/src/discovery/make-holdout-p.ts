/**
 * Writes the sixteenth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-p/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-p.ts
 *
 * Written and labelled on 2026-11-28 after the changes made for holdout-g
 * to -o, without reading the matcher, its lexicon or its profiler and
 * without running it; labels were fixed from the headers and the vendors'
 * semantics before any scoring. Vendors and export kinds in no other set:
 * Stripe Billing subscriptions export, ezCater caterer orders, Toast
 * CheckDetails (one row per check, with the guest's contact), Etsy "Sold
 * Order Items" (one row per item), a Cash App for Business statement, an
 * Open Dental user-query export of patient payments (database field names),
 * Jotform order-form submissions of a cake bakery, a Bandcamp sales report
 * (lowercase headers, separate ship-to and buyer-location columns), an Airbnb
 * host transaction history (reservation, payout and adjustment lines), a
 * Facebook Lead Ads form download (prefixed ids, snake_case questions),
 * BigCommerce customers (address-book columns suffixed "- 1") and a
 * Salesforce Leads report. Values are synthetic.
 * First blind run: 84.4 % overall, 88.9 % critical.
 */
import { join } from 'node:path';
import {
  alnum,
  ascii,
  c,
  cents,
  collectCases,
  dashPhone,
  digits,
  first,
  h12,
  hm,
  hms,
  int,
  ipv4,
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
  street,
  thousands,
  upper,
  usPhone,
  uuid,
  writeCases,
  ymd,
  zip,
} from './holdout-helpers.ts';

reseed(20261206);
const { cases, add } = collectCases();

const mail = (
  fn: string,
  ln: string,
  i: number,
  domains = ['gmail.com', 'yahoo.com', 'icloud.com', 'outlook.com'],
) => `${ascii(fn)}.${ascii(ln)}${i}@${pick(domains)}`;

// Stripe Dashboard subscriptions export (Billing > Subscriptions > Export), online music-lesson studio
{
  const n = 110;
  const PLANS: [string, number, string][] = [
    ['Studio Membership', 29, 'month'],
    ['Studio Membership (Annual)', 290, 'year'],
    ['Family Plan', 49, 'month'],
    ['Lesson Library Add-on', 9, 'month'],
  ];
  const priceIds = PLANS.map(() => `price_1Q${alnum(22)}`);
  const plan = perRow(n, () => int(0, PLANS.length - 1));
  const status = perRow(n, () =>
    pick([
      'active',
      'active',
      'active',
      'active',
      'active',
      'trialing',
      'past_due',
      'canceled',
      'canceled',
      'unpaid',
      'incomplete_expired',
    ]),
  );
  const created = perRow(n, () => moment2025());
  const trial = perRow(n, () => rand() < 0.3);
  const qty = perRow(n, () => (rand() < 0.93 ? 1 : 2));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const periodStart = created.map((d) => plusDays(d, int(0, 25)));
  const canceledAt = created.map((d) => plusDays(d, int(20, 200)));
  const dt = (d: Date) => `${ymd(d)} ${hm(d)}`;
  const days = (i: number) => (PLANS[plan[i]!]![2] === 'year' ? 365 : 30);
  add(
    'stripe_subscriptions',
    'Stripe Dashboard subscriptions export (online music-lesson studio)',
    [
      c('id', 'transaction_id', () => `sub_1Q${alnum(22)}`),
      c('Customer ID', 'customer_id', () => `cus_${alnum(14)}`),
      c('Customer Name', 'full_name', (i) => maybe(0.85, () => `${fn[i]} ${ln[i]}`)),
      c('Customer Email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      c('Plan', null, (i) => priceIds[plan[i]!]!),
      c('Product', 'product_name', (i) => PLANS[plan[i]!]![0]),
      c('Quantity', 'quantity', (i) => String(qty[i])),
      c('Currency', 'currency', () => 'usd'),
      c('Interval', null, (i) => PLANS[plan[i]!]![2]),
      c('Amount', 'value', (i) => (PLANS[plan[i]!]![1] * qty[i]!).toFixed(2)),
      c('Status', 'status', (i) => status[i]!),
      c('Created (UTC)', ['timestamp', 'created_at'], (i) => dt(created[i]!)),
      c('Start (UTC)', null, (i) => dt(created[i]!)),
      c('Current Period Start (UTC)', null, (i) => dt(periodStart[i]!)),
      c('Current Period End (UTC)', null, (i) => dt(plusDays(periodStart[i]!, days(i)))),
      c('Trial Start (UTC)', null, (i) => (trial[i] ? dt(created[i]!) : '')),
      c('Trial End (UTC)', null, (i) => (trial[i] ? dt(plusDays(created[i]!, 14)) : '')),
      c('Coupon', null, () => maybe(0.1, () => pick(['SPRING25', 'FRIENDS50', 'TEACHER20']))),
      c('Tax Percent', null, () => maybe(0.3, () => pick(['8.25', '7.0', '6.0']))),
      c('Canceled At (UTC)', null, (i) =>
        status[i] === 'canceled' || status[i] === 'incomplete_expired' ? dt(canceledAt[i]!) : '',
      ),
      c('Cancel At Period End', null, (i) => (status[i] === 'active' && rand() < 0.1 ? 'true' : 'false')),
      c('Ended At (UTC)', null, (i) => (status[i] === 'canceled' ? dt(canceledAt[i]!) : '')),
    ],
    n,
  );
}

// ezCater caterer orders report (ezManage > Reports > Orders), Denver BBQ caterer
{
  const n = 95;
  const pickup = perRow(n, () => rand() < 0.2);
  const source = perRow(n, () =>
    pick(['ezCater Marketplace', 'ezCater Marketplace', 'ezCater Marketplace', 'ezOrdering', 'Direct']),
  );
  const head = perRow(n, () => int(10, 80));
  const pp = perRow(n, () => pick([13.5, 15, 16.5, 18.95]));
  const food = (i: number) => cents(head[i]! * pp[i]!);
  const delivery = (i: number) => (pickup[i] ? 0 : head[i]! > 40 ? 35 : 25);
  const tax = (i: number) => cents((food(i) + delivery(i)) * 0.0881);
  const tip = perRow(n, () => (rand() < 0.7 ? 0.1 : 0)).map((r, i) => (pickup[i] ? 0 : r));
  const tipAmt = (i: number) => cents(food(i) * tip[i]!);
  const total = (i: number) => cents(food(i) + delivery(i) + tax(i) + tipAmt(i));
  const commission = (i: number) =>
    source[i] === 'ezCater Marketplace' ? cents(food(i) * 0.15) : source[i] === 'ezOrdering' ? 4.99 : 0;
  const status = perRow(n, () =>
    pick(['Completed', 'Completed', 'Completed', 'Completed', 'Confirmed', 'Cancelled']),
  );
  const placed = perRow(n, () => moment2025(7, 20));
  const event = placed.map((d) => {
    const at = plusDays(d, int(1, 10));
    at.setUTCHours(pick([11, 11, 12, 17]), pick([0, 15, 30]), 0);
    return at;
  });
  const DENVER: [string, string][] = [
    ['Denver', '802'],
    ['Englewood', '801'],
    ['Aurora', '800'],
    ['Lakewood', '802'],
    ['Broomfield', '800'],
  ];
  const town = perRow(n, () => pick(DENVER));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  add(
    'ezcater_orders',
    'ezCater caterer orders report (BBQ caterer)',
    [
      c('Order Number', ['transaction_id', 'order_number'], () => `${upper(3)}-${upper(3)}`),
      c('Order Status', 'status', (i) => status[i]!),
      c(
        'Order Placed',
        ['timestamp', 'created_at'],
        (i) => `${mdy(placed[i]!)} ${h12(placed[i]!, false, true)}`,
      ),
      c('Event Date', null, (i) => mdy(event[i]!)),
      c('Event Time', null, (i) => h12(event[i]!, false, true)),
      c('Store', 'location', () => pick(['Smokestack BBQ - RiNo', 'Smokestack BBQ - Highlands Ranch'])),
      c('Order Source', 'channel', (i) => source[i]!),
      c('Fulfillment Type', null, (i) => (pickup[i] ? 'Takeout' : 'Delivery')),
      c('Customer Name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('Customer Company', 'company', () =>
        pick([
          'Pinnacol Assurance',
          'Guild Education',
          'Denver Health',
          'Ibotta',
          'Swedish Medical Center',
          'Mile High Title Co.',
          'Front Range Engineering',
          '',
        ]),
      ),
      c('Customer Phone', 'phone', () => usPhone()),
      c('Delivery Address', 'address_line', (i) =>
        pickup[i] ? '' : `${street()}${maybe(0.4, () => `, Suite ${int(100, 900)}`)}`,
      ),
      c('Delivery City', 'city', (i) => (pickup[i] ? '' : town[i]![0])),
      c('Delivery State', 'region', (i) => (pickup[i] ? '' : 'CO')),
      c('Delivery Zip', 'postal_code', (i) => (pickup[i] ? '' : `${town[i]![1]}${pad(int(1, 99))}`)),
      c('Headcount', 'quantity', (i) => String(head[i])),
      c('Food Total', 'subtotal', (i) => dollarsPlain(food(i))),
      c('Delivery Fee', 'shipping', (i) => dollarsPlain(delivery(i))),
      c('Sales Tax', 'tax', (i) => dollarsPlain(tax(i))),
      c('Tip', 'tip', (i) => dollarsPlain(tipAmt(i))),
      c('Customer Total', 'value', (i) => dollarsPlain(total(i))),
      c('Commission', 'fee', (i) => dollarsPlain(commission(i))),
      c('Caterer Payout', null, (i) => dollarsPlain(cents(total(i) - commission(i)))),
      c('Payment Method', 'payment_method', () =>
        pick(['Credit Card', 'Credit Card', 'Credit Card', 'Invoice']),
      ),
    ],
    n,
  );
}

/** "$1,234.50" without a sign (amounts here are never negative). */
function dollarsPlain(x: number): string {
  return `$${thousands(x)}`;
}

// Toast CheckDetails.csv (Reports > Data exports), ramen shop with two locations, one row per check
{
  const n = 130;
  const MENU = [
    'Tonkotsu Ramen',
    'Spicy Miso Ramen',
    'Shoyu Ramen',
    'Veggie Ramen',
    'Pork Buns (2)',
    'Gyoza',
    'Karaage',
    'Edamame',
    'Sapporo Draft',
    'Yuzu Lemonade',
    'Matcha Soft Serve',
  ];
  const known = perRow(n, () => rand() < 0.45);
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const opened = perRow(n, () => moment2025(11, 21));
  const size = perRow(n, () => pick([1, 2, 2, 2, 3, 4, 4, 5, 6]));
  const sub = perRow(n, () => 0).map((_, i) => cents(size[i]! * (14 + rand() * 12)));
  const disc = perRow(n, () => (rand() < 0.85 ? 0 : pick([2, 3, 5])));
  const tax = (i: number) => cents((sub[i]! - disc[i]!) * 0.0725);
  const total = (i: number) => cents(sub[i]! - disc[i]! + tax(i));
  const checkId = perRow(n, () => `1${digits(17)}`);
  add(
    'toast_check_details',
    'Toast CheckDetails export (ramen shop, one row per check)',
    [
      c('Customer Id', 'customer_id', (i) => (known[i] ? uuid() : '')),
      c('Customer', 'full_name', (i) => (known[i] ? `${fn[i]} ${ln[i]}` : '')),
      c('Customer Phone', 'phone', (i) => (known[i] ? maybe(0.85, () => `919${digits(7)}`) : '')),
      c('Customer Email', 'email', (i) => (known[i] ? maybe(0.8, () => mail(fn[i]!, ln[i]!, i)) : '')),
      c('Location Code', 'location', () => pick(['GLW', 'GLW', 'NHL'])),
      c('Opened Date', 'date', (i) => mdyy(opened[i]!)),
      c('Opened Time', 'time', (i) => h12(opened[i]!)),
      c('Item Description', 'product_name', (i) =>
        Array.from({ length: Math.min(5, size[i]! + int(0, 2)) }, () => pick(MENU)).join(', '),
      ),
      c('Server', 'staff', () => pick(['Kaito M', 'Brianna L', 'Devin S', 'Hana T', 'Online Ordering'])),
      c('Tax', 'tax', (i) => tax(i).toFixed(2)),
      c('Tender', 'payment_method', () =>
        pick(['Credit', 'Credit', 'Credit', 'Cash', 'Gift Card', 'Credit, Cash']),
      ),
      c('Check Id', 'transaction_id', (i) => checkId[i]!),
      c('Check #', ['order_number', 'transaction_id'], () => String(int(1, 320))),
      c('Total', 'value', (i) => total(i).toFixed(2)),
      c('Customer Family', null, (i) => (known[i] ? maybe(0.2, () => `${ln[i]} Household`) : '')),
      c('Table Size', 'quantity', (i) => String(size[i])),
      c('Discount', 'discount', (i) => disc[i]!.toFixed(2)),
      c('Reason of Discount', null, (i) =>
        disc[i]! > 0 ? pick(['Happy Hour', 'Loyalty Reward', 'Manager Comp', 'Industry Night']) : '',
      ),
      c('Link', null, (i) => `https://www.toasttab.com/restaurants/admin/reports/checks/${checkId[i]}`),
    ],
    n,
  );
}

// Etsy "Sold Order Items" CSV (Shop Manager > Settings > Options > Download Data), art-print shop;
// one row per item, so order-level shipping and tax repeat over an order's items
{
  const n = 140;
  const ITEMS: [string, string, number][] = [
    ['Botanical Wall Art Print - Fern Study', 'BOT-FERN', 24],
    ['Custom Pet Portrait Digital Illustration', 'PET-DIG', 45],
    ['Mountain Landscape Watercolor Print', 'MTN-WC', 28],
    ['Set of 3 Minimalist Line Art Prints', 'LINE-3', 52],
    ['Personalized Birth Poster', 'BIRTH-P', 36],
    ['Mushroom Sticker Sheet', 'STK-MUSH', 6],
  ];
  const orderStarts = perRow(n, () => rand() < 0.7);
  const oIdx: number[] = [];
  for (let i = 0, o = 0; i < n; i++) {
    if (i > 0 && orderStarts[i]) o++;
    oIdx.push(o);
  }
  const orders = oIdx[n - 1]! + 1;
  const item = perRow(n, () => pick(ITEMS));
  const qty = perRow(n, () => pick([1, 1, 1, 1, 2, 3]));
  const sold = perRow(orders, () => moment2025());
  const shipped = perRow(orders, () => rand() < 0.85);
  const buyer = perRow(
    orders,
    () => `${pick(['ashley', 'mkdesigns', 'plantmom', 'jk', 'Etsy'])}${digits(int(2, 6))}`,
  );
  const fn = perRow(orders, first);
  const ln = perRow(orders, last);
  const city = perRow(orders, () =>
    pick<[string, string]>([
      ['Portland', 'OR'],
      ['Madison', 'WI'],
      ['Brooklyn', 'NY'],
      ['Asheville', 'NC'],
      ['Tucson', 'AZ'],
      ['Columbus', 'OH'],
      ['Sacramento', 'CA'],
    ]),
  );
  const orderId = perRow(orders, () => `3${digits(9)}`);
  const ship = perRow(orders, () => pick([0, 0, 4.5, 5.95]));
  const taxOf = perRow(orders, () => pick([0, 1.62, 2.4, 3.15, 4.88]));
  const coupon = perRow(orders, () => rand() < 0.15);
  const o = (i: number) => oIdx[i]!;
  add(
    'etsy_sold_order_items',
    'Etsy sold order items export (art-print shop, one row per item)',
    [
      c('Sale Date', ['date', 'timestamp'], (i) => mdy(sold[o(i)]!).replace(/\/20(\d\d)$/, '/$1')),
      c('Item Name', 'product_name', (i) => item[i]![0]),
      c('Buyer', ['customer_reference', 'customer_id'], (i) => buyer[o(i)]!),
      c('Quantity', 'quantity', (i) => String(qty[i])),
      c('Price', null, (i) => item[i]![2].toFixed(2)),
      c('Coupon Code', null, (i) => (coupon[o(i)] ? pick(['THANKYOU15', 'SPRINGSALE']) : '')),
      c('Discount Amount', 'discount', (i) =>
        coupon[o(i)] ? cents(item[i]![2] * qty[i]! * 0.15).toFixed(2) : '0',
      ),
      c('Order Shipping', 'shipping', (i) => ship[o(i)]!.toFixed(2)),
      c('Order Sales Tax', 'tax', (i) => taxOf[o(i)]!.toFixed(2)),
      c('Item Total', ['value', 'subtotal'], (i) => (item[i]![2] * qty[i]!).toFixed(2)),
      c('Currency', 'currency', () => 'USD'),
      c('Transaction ID', 'transaction_id', () => `4${digits(9)}`),
      c('Listing ID', null, (i) => `1${pad(ITEMS.indexOf(item[i]!) * 7919 + 102934, 9)}`),
      c('Date Paid', 'paid_at', (i) => mdy(sold[o(i)]!).replace(/\/20(\d\d)$/, '/$1')),
      c('Date Shipped', null, (i) =>
        shipped[o(i)] ? mdy(plusDays(sold[o(i)]!, int(1, 4))).replace(/\/20(\d\d)$/, '/$1') : '',
      ),
      c('Ship Name', 'full_name', (i) => `${fn[o(i)]} ${ln[o(i)]}`),
      c('Ship Address1', 'address_line', () => street()),
      c('Ship City', 'city', (i) => city[o(i)]![0]),
      c('Ship State', 'region', (i) => city[o(i)]![1]),
      c('Ship Zipcode', 'postal_code', () => zip()),
      c('Ship Country', 'country', () => 'United States'),
      c('Order ID', ['order_number', 'transaction_id'], (i) => orderId[o(i)]!),
      c('Variations', null, (i) =>
        item[i]![1] === 'STK-MUSH'
          ? ''
          : `Size:${pick(['5x7', '8x10', '11x14', 'A4'])},Frame:${pick(['No Frame', 'Black Frame'])}`,
      ),
      c('Payment Type', 'payment_method', () =>
        pick(['online_cc', 'online_cc', 'online_cc', 'paypal', 'other']),
      ),
      c('SKU', 'product_sku', (i) => item[i]![1]),
    ],
    n,
  );
}

// Cash App for Business statement CSV (Activity > Statements > Export CSV), mobile dog-grooming van
{
  const n = 115;
  const type = perRow(n, () =>
    pick([
      'Received P2P',
      'Received P2P',
      'Received P2P',
      'Received P2P',
      'Received P2P',
      'Received P2P',
      'Received P2P',
      'Received P2P',
      'Sent P2P',
      'Cash Card Debit',
      'Cash Card Debit',
      'Withdrawal',
    ]),
  );
  const failed = perRow(n, () => rand() < 0.03);
  const amount = perRow(n, () => 0).map((_, i) =>
    type[i] === 'Received P2P'
      ? pick([55, 65, 75, 85, 95, 110, 120]) + pick([0, 0, 5, 10, 15])
      : type[i] === 'Sent P2P'
        ? -pick([10, 20, 65])
        : type[i] === 'Cash Card Debit'
          ? -Number(money(8, 140))
          : -Number(money(300, 1500)),
  );
  const fee = (i: number) => (type[i] === 'Received P2P' && !failed[i] ? -cents(amount[i]! * 0.0275) : 0);
  const signed = (x: number) => (x < 0 ? `-$${thousands(-x)}` : `$${thousands(x)}`);
  const when = perRow(n, () => moment2025(7, 20));
  const tz = (d: Date) => {
    const m = d.getUTCMonth();
    return m >= 2 && m <= 9 ? 'EDT' : 'EST';
  };
  const person = perRow(n, () => `${first()} ${last()}`);
  add(
    'cashapp_business_statement',
    'Cash App for Business statement CSV (mobile dog groomer)',
    [
      c('Transaction ID', 'transaction_id', () => alnum(pick([6, 7])).toLowerCase()),
      c('Date', 'timestamp', (i) => `${ymd(when[i]!)} ${hms(when[i]!)} ${tz(when[i]!)}`),
      c('Transaction Type', 'status', (i) => type[i]!),
      c('Currency', 'currency', () => 'USD'),
      c('Amount', 'value', (i) => signed(amount[i]!)),
      c('Fee', 'fee', (i) => signed(fee(i))),
      c('Net Amount', null, (i) => signed(cents(amount[i]! + fee(i)))),
      c('Asset Type', null, () => ''),
      c('Asset Price', null, () => ''),
      c('Asset Amount', null, () => ''),
      c('Status', 'status', (i) =>
        failed[i]
          ? 'PAYMENT FAILED'
          : type[i] === 'Received P2P'
            ? 'PAYMENT DEPOSITED'
            : type[i] === 'Sent P2P'
              ? 'PAYMENT SENT'
              : type[i] === 'Cash Card Debit'
                ? 'CARD CHARGED'
                : 'TRANSFER SENT',
      ),
      c('Notes', 'notes', (i) =>
        type[i] === 'Received P2P'
          ? pick([
              'Bella full groom',
              'nail trim + bath',
              'Max & Cooper',
              '\ud83d\udc36\u2702\ufe0f',
              'Groom - Tuesday',
              'deshed + tip',
              '',
            ])
          : type[i] === 'Sent P2P'
            ? 'refund - rescheduled'
            : type[i] === 'Cash Card Debit'
              ? pick(['PETSMART #1423', 'SHELL OIL 5744', 'CHEWY.COM', 'HOME DEPOT #6502'])
              : '',
      ),
      c('Name of sender/receiver', 'full_name', (i) =>
        type[i] === 'Received P2P' || type[i] === 'Sent P2P' ? person[i]! : '',
      ),
      c('Account', null, (i) => (type[i] === 'Withdrawal' ? 'Truist Checking 4410' : 'Visa Debit 2291')),
    ],
    n,
  );
}

// Open Dental user-query export of patient payments (Reports > User Query > Export), Boise dental office;
// the database field names the query selects
{
  const n = 120;
  const type = perRow(n, () =>
    pick(['Credit Card', 'Credit Card', 'Credit Card', 'Check', 'Cash', 'Care Credit', 'Patient Refund']),
  );
  const amt = perRow(n, () => 0).map((_, i) =>
    type[i] === 'Patient Refund'
      ? -Number(money(20, 180))
      : Number(pick([money(15, 60), money(60, 300), money(300, 1400)])),
  );
  const paid = perRow(n, () => moment2025(8, 17));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const patNum = perRow(n, () => int(1200, 9800));
  const d = (x: Date) => mdyShort(x);
  add(
    'opendental_payments',
    'Open Dental user-query export of patient payments (dental office)',
    [
      c('PayNum', 'transaction_id', (i) => String(48211 + i * int(1, 4))),
      c('PayDate', ['date', 'timestamp'], (i) => d(paid[i]!)),
      c('PatNum', 'customer_id', (i) => String(patNum[i])),
      c('LName', 'last_name', (i) => ln[i]!),
      c('FName', 'first_name', (i) => fn[i]!),
      c('Birthdate', 'birth_date', () => maybe(0.95, () => `${int(1, 12)}/${int(1, 28)}/${int(1948, 2019)}`)),
      c('Email', 'email', (i) => maybe(0.75, () => mail(fn[i]!, ln[i]!, i))),
      c('WirelessPhone', 'phone', () => maybe(0.85, () => `(208)${int(200, 999)}-${pad(int(0, 9999), 4)}`)),
      c('Zip', 'postal_code', () => pick(['83702', '83704', '83706', '83709', '83642', '83646', '83686'])),
      c('PayType', 'payment_method', (i) => type[i]!),
      c('PayAmt', 'value', (i) => amt[i]!.toFixed(2)),
      c('CheckNum', null, (i) => (type[i] === 'Check' ? String(int(1001, 9999)) : '')),
      c('PayNote', 'notes', (i) =>
        type[i] === 'Patient Refund'
          ? 'Overpayment refund after ins pmt'
          : maybe(0.5, () =>
              pick([
                'Copay',
                'Bal due after ins',
                'Prepay crown #30',
                'Payment plan 3 of 6',
                'Whitening tray',
              ]),
            ),
      ),
      c('Clinic', 'location', () => pick(['Downtown', 'Downtown', 'Meridian'])),
      c('DateEntry', 'created_at', (i) => d(plusDays(paid[i]!, rand() < 0.9 ? 0 : 1))),
      c('MerchantFee', 'fee', (i) =>
        type[i] === 'Credit Card' ? cents(amt[i]! * 0.029 + 0.15).toFixed(2) : '0.00',
      ),
      c('SecDateTEdit', 'updated_at', (i) => {
        const e = new Date(paid[i]!.getTime() + int(0, 72) * 3600000);
        return `${d(e)} ${h12(e, true)}`;
      }),
    ],
    n,
  );
}

// Jotform submissions export (My Forms > Submissions > Download as CSV) of a cake bakery's order form;
// the headers are the form's own field labels plus Jotform's submission columns
{
  const n = 90;
  const SIZES: [string, number][] = [
    ['6" Round (serves 8-10)', 38],
    ['8" Round (serves 14-18)', 48],
    ['10" Round (serves 24-30)', 68],
    ['Quarter Sheet (serves 25)', 75],
    ['Half Sheet (serves 50)', 110],
  ];
  const size = perRow(n, () => pick(SIZES));
  const flavor = perRow(n, () =>
    pick(['Vanilla Bean', 'Chocolate Fudge', 'Lemon Raspberry', 'Red Velvet', 'Carrot', 'Funfetti']),
  );
  const deliver = perRow(n, () => rand() < 0.3);
  const total = (i: number) => size[i]![1] + (deliver[i] ? 15 : 0);
  const submitted = perRow(n, () => moment2025());
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const TOWNS: [string, string][] = [
    ['Madison', '537'],
    ['Middleton', '535'],
    ['Fitchburg', '537'],
    ['Sun Prairie', '535'],
  ];
  const town = perRow(n, () => pick(TOWNS));
  add(
    'jotform_cake_orders',
    'Jotform order-form submissions export (cake bakery)',
    [
      c('Submission Date', ['timestamp', 'created_at'], (i) => `${ymd(submitted[i]!)} ${hms(submitted[i]!)}`),
      c('Name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('Email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      c('Phone Number', 'phone', () => `(608) ${int(200, 999)}-${pad(int(0, 9999), 4)}`),
      c('Pickup or Delivery?', null, (i) => (deliver[i] ? 'Delivery (+$15)' : 'Pickup')),
      c('Pickup / Delivery Date', null, (i) => {
        const at = plusDays(submitted[i]!, int(4, 30));
        return `${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}-${at.getUTCFullYear()}`;
      }),
      c('Delivery Address', 'address_line', (i) =>
        deliver[i] ? `${street()}\n${town[i]![0]}, WI ${town[i]![1]}${pad(int(1, 99))}` : '',
      ),
      c('Cake Size', null, (i) => size[i]![0]),
      c('Cake Flavor', null, (i) => flavor[i]!),
      c('Message on Cake', null, () =>
        maybe(0.7, () =>
          pick([
            'Happy Birthday Ava!',
            'Congrats Grad!',
            'Happy 40th Dad',
            'Welcome Baby Theo',
            'Happy Retirement',
          ]),
        ),
      ),
      c('Allergies / Special Requests', 'notes', () =>
        maybe(0.25, () =>
          pick([
            'Nut allergy - please no nuts',
            'Dairy free if possible',
            'Pink and gold colors',
            'Need by 10am',
          ]),
        ),
      ),
      c('How did you hear about us?', 'lead_source', () =>
        pick(['Instagram', 'Google', 'Friend / Family', 'Farmers Market', 'Facebook', '']),
      ),
      c('Yes, send me news & seasonal specials', 'marketing_opt_in', () => pick(['Yes', 'Yes', ''])),
      c(
        'My Products',
        'product_name',
        (i) =>
          `Custom Cake - ${size[i]![0]} (Amount: ${size[i]![1].toFixed(2)} USD, Quantity: 1, Flavor: ${flavor[i]})` +
          `${deliver[i] ? '\nDelivery Fee (Amount: 15.00 USD, Quantity: 1)' : ''}\nTotal: ${total(i).toFixed(2)} USD`,
      ),
      c('Total', 'value', (i) => total(i).toFixed(2)),
      c('Submission ID', 'transaction_id', () => `61${digits(17)}`),
      c('Submission IP', 'ip_address', () => ipv4()),
    ],
    n,
  );
}

// Bandcamp sales report (Tools > Sales report > CSV), indie record label; lowercase headers, separate
// ship-to columns (physical items only) and the buyer's own location columns
{
  const n = 130;
  const ITEMS: [string, string, number][] = [
    ['album', 'Tidal Static', 9],
    ['album', 'Low Orbit Hymns', 10],
    ['track', 'Glass Harbor', 1],
    ['track', 'Northbound (Edit)', 1.5],
    ['package', 'Tidal Static - 12" Vinyl LP (Sea Glass)', 28],
    ['package', 'Low Orbit Hymns - Cassette', 10],
    ['package', 'Label Logo T-Shirt', 22],
  ];
  const item = perRow(n, () => pick(ITEMS));
  const physical = (i: number) => item[i]![0] === 'package';
  const qty = perRow(n, () => 0).map((_, i) => (physical(i) ? pick([1, 1, 1, 2]) : 1));
  const extra = perRow(n, () => (rand() < 0.3 ? pick([1, 2, 3, 5, 10]) : 0));
  const sub = (i: number) => item[i]![2] * qty[i]! + extra[i]!;
  const ship = (i: number) => (physical(i) ? pick([5, 6.5, 18]) : 0);
  const shipOf = perRow(n, () => 0).map((_, i) => ship(i));
  const sellerTax = perRow(n, () => 0).map((_, i) =>
    physical(i) && rand() < 0.4 ? cents(sub(i) * 0.07) : 0,
  );
  const total = (i: number) => cents(sub(i) + shipOf[i]! + sellerTax[i]!);
  const fee = (i: number) => cents(total(i) * 0.04 + 0.3);
  const rev = (i: number) => cents(total(i) - fee(i) - cents(sub(i) * 0.1));
  const when = perRow(n, () => moment2025());
  const LOC: [string, string, string][] = [
    ['Portland', 'Oregon', 'United States'],
    ['Seattle', 'Washington', 'United States'],
    ['Chicago', 'Illinois', 'United States'],
    ['Austin', 'Texas', 'United States'],
    ['London', 'England', 'United Kingdom'],
    ['Berlin', 'Berlin', 'Germany'],
    ['Toronto', 'Ontario', 'Canada'],
    ['Melbourne', 'Victoria', 'Australia'],
  ];
  const loc = perRow(n, () => pick(LOC));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const bcDate = (d: Date) => {
    const h = d.getUTCHours();
    return `${mdyy(d)} ${h % 12 === 0 ? 12 : h % 12}:${pad(d.getUTCMinutes())}${h < 12 ? 'am' : 'pm'}`;
  };
  const fmt = (x: number) => (x ? x.toFixed(2) : '');
  add(
    'bandcamp_sales',
    'Bandcamp sales report (indie record label)',
    [
      c('date', 'timestamp', (i) => bcDate(when[i]!)),
      c('item type', 'product_category', (i) => item[i]![0]),
      c('item name', 'product_name', (i) => item[i]![1]),
      c('currency', 'currency', () => 'USD'),
      c('item price', null, (i) => item[i]![2].toFixed(2)),
      c('quantity', 'quantity', (i) => String(qty[i])),
      c('sub total', 'subtotal', (i) => sub(i).toFixed(2)),
      c('additional fan contribution', null, (i) => fmt(extra[i]!)),
      c('seller tax', 'tax', (i) => fmt(sellerTax[i]!)),
      c('shipping', 'shipping', (i) => fmt(shipOf[i]!)),
      c('transaction fee', 'fee', (i) => fee(i).toFixed(2)),
      c('item total', 'value', (i) => total(i).toFixed(2)),
      c('amount you received', null, (i) => rev(i).toFixed(2)),
      c('paypal transaction id', 'payment_id', () => maybe(0.35, () => upper(17))),
      c('buyer name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('buyer email', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['gmail.com', 'protonmail.com', 'hotmail.com', 'fastmail.com']),
      ),
      c('buyer note', 'notes', () =>
        maybe(0.08, () =>
          pick(['love this record!!', 'saw you guys at Mississippi Studios', 'gift for my brother']),
        ),
      ),
      c('ship to street', null, (i) => (physical(i) ? street() : '')),
      c('ship to zip', null, (i) => (physical(i) ? zip() : '')),
      c('country', 'country', (i) => loc[i]![2]),
      c('region/state', 'region', (i) => loc[i]![1]),
      c('city', 'city', (i) => loc[i]![0]),
      c('referer', ['lead_source', 'utm_source'], () =>
        pick(['bandcamp', 'bandcamp', 'direct', 'google', 'instagram.com', 'reddit.com', 'label site']),
      ),
      c('sku', 'product_sku', (i) => (physical(i) ? `TSR-${pad(ITEMS.indexOf(item[i]!) + 10, 3)}` : '')),
      c('bandcamp transaction id', 'transaction_id', () => String(int(1000000000, 1999999999))),
    ],
    n,
  );
}

// Airbnb host transaction history (Earnings > Transaction history > Export CSV), host with three listings;
// reservation lines, the payouts that pay them out, and a few adjustments
{
  const n = 120;
  const LISTINGS: [string, number, number][] = [
    ['Sunny Loft near Downtown Asheville', 145, 75],
    ['Cozy Mountain Cabin w/ Hot Tub', 210, 95],
    ['West Asheville Garden Studio', 98, 55],
  ];
  const type = perRow(n, () =>
    pick([
      'Reservation',
      'Reservation',
      'Reservation',
      'Reservation',
      'Reservation',
      'Reservation',
      'Reservation',
      'Payout',
      'Payout',
      'Adjustment',
      'Resolution Payout',
    ]),
  );
  const res = (i: number) => type[i] !== 'Payout';
  const listing = perRow(n, () => pick(LISTINGS));
  const nights = perRow(n, () => pick([1, 2, 2, 3, 3, 4, 5, 7]));
  const booked = perRow(n, () => moment2025());
  const start = booked.map((d) => {
    const s = plusDays(d, int(3, 90));
    s.setUTCHours(0, 0, 0);
    return s;
  });
  const payDate = (i: number) => plusDays(start[i]!, 1);
  const gross = (i: number) =>
    type[i] === 'Reservation'
      ? listing[i]![1] * nights[i]! + listing[i]![2]
      : type[i] === 'Adjustment'
        ? -pick([25, 40, 60])
        : pick([75, 150, 220]);
  const grossOf = perRow(n, () => 0).map((_, i) => (res(i) ? gross(i) : 0));
  const svc = (i: number) => (type[i] === 'Reservation' ? cents(grossOf[i]! * 0.03) : 0);
  const fast = perRow(n, () => rand() < 0.12);
  const codes = perRow(n, () => `HM${upper(8)}`);
  const guest = perRow(n, () => `${first()} ${last()}`);
  const fmt = (x: number) => x.toFixed(2);
  add(
    'airbnb_transaction_history',
    'Airbnb host transaction history export (vacation rentals)',
    [
      c('Date', null, (i) => mdy(payDate(i))),
      c('Arriving by date', null, (i) => mdy(plusDays(payDate(i), pick([1, 1, 3])))),
      c('Type', 'status', (i) => type[i]!),
      c('Confirmation code', 'transaction_id', (i) => (res(i) ? codes[i]! : '')),
      c('Booking date', ['created_at', 'timestamp'], (i) => (res(i) ? mdy(booked[i]!) : '')),
      c('Start date', ['timestamp', 'date'], (i) => (res(i) ? mdy(start[i]!) : '')),
      c('End date', null, (i) => (res(i) ? mdy(plusDays(start[i]!, nights[i]!)) : '')),
      c('Nights', 'quantity', (i) => (res(i) ? String(nights[i]) : '')),
      c('Guest', 'full_name', (i) => (res(i) ? guest[i]! : '')),
      c('Listing', ['location', 'product_name'], (i) => (res(i) ? listing[i]![0] : '')),
      c('Details', null, (i) =>
        type[i] === 'Payout'
          ? 'Transfer to Checking ••••6620 (USD)'
          : type[i] === 'Adjustment'
            ? 'Reservation change'
            : type[i] === 'Resolution Payout'
              ? 'Resolution Center reimbursement'
              : '',
      ),
      c('Reference code', null, (i) => (type[i] === 'Payout' ? `G-${upper(12)}` : '')),
      c('Currency', 'currency', () => 'USD'),
      c('Amount', null, (i) => (res(i) ? fmt(grossOf[i]! - svc(i)) : '')),
      c('Paid out', null, (i) => (type[i] === 'Payout' ? fmt(Number(money(180, 2400))) : '')),
      c('Service fee', 'fee', (i) => (type[i] === 'Reservation' ? fmt(svc(i)) : '')),
      c('Fast pay fee', 'fee', (i) =>
        type[i] === 'Reservation' && fast[i] ? fmt(cents((grossOf[i]! - svc(i)) * 0.015)) : '',
      ),
      c('Cleaning fee', null, (i) => (type[i] === 'Reservation' ? fmt(listing[i]![2]) : '')),
      c('Gross earnings', 'value', (i) => (res(i) ? fmt(grossOf[i]!) : '')),
      c('Occupancy taxes', 'tax', (i) => (type[i] === 'Reservation' ? fmt(cents(grossOf[i]! * 0.13)) : '')),
      c('Earnings year', null, (i) => (res(i) ? '2025' : '')),
    ],
    n,
  );
}

// Facebook Lead Ads Instant Form download (Meta Business Suite > Instant Forms > Download CSV), med spa;
// Meta prefixes its ids (l:, ag:, as:, c:, f:) and phone numbers (p:)
{
  const n = 100;
  const CAMPAIGNS: [string, string, string][] = [
    ['Botox Spring Promo - Leads', 'Scottsdale 25-55 F', 'Botox $11/unit form'],
    ['Hydrafacial Intro Offer', 'Phoenix Metro 21-45 F', 'Hydrafacial $99 form'],
    ['Laser Hair Removal - Summer', 'Scottsdale 18-40 All', 'LHR consult form'],
  ];
  const camp = perRow(n, () => int(0, CAMPAIGNS.length - 1));
  const campIds = CAMPAIGNS.map(() => `c:120210${digits(12)}`);
  const setIds = CAMPAIGNS.map(() => `as:120210${digits(12)}`);
  const formIds = CAMPAIGNS.map(() => `f:${digits(15)}`);
  const created = perRow(n, () => moment2025());
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const AZ: [string, string][] = [
    ['Scottsdale', '852'],
    ['Phoenix', '850'],
    ['Tempe', '852'],
    ['Paradise Valley', '852'],
    ['Mesa', '852'],
  ];
  const town = perRow(n, () => pick(AZ));
  add(
    'facebook_lead_ads',
    'Facebook Lead Ads Instant Form leads download (med spa)',
    [
      c('id', ['contact_id', 'customer_id'], () => `l:${digits(16)}`),
      c('created_time', ['created_at', 'timestamp'], (i) => `${ymd(created[i]!)}T${hms(created[i]!)}-07:00`),
      c('ad_id', null, () => `ag:120210${digits(12)}`),
      c('ad_name', null, () =>
        pick(['Video - Before/After', 'Carousel - Results', 'Static - Offer', 'Reel - Injector Q&A']),
      ),
      c('adset_id', null, (i) => setIds[camp[i]!]!),
      c('adset_name', null, (i) => CAMPAIGNS[camp[i]!]![1]),
      c('campaign_id', null, (i) => campIds[camp[i]!]!),
      c('campaign_name', 'utm_campaign', (i) => CAMPAIGNS[camp[i]!]![0]),
      c('form_id', null, (i) => formIds[camp[i]!]!),
      c('form_name', null, (i) => CAMPAIGNS[camp[i]!]![2]),
      c('is_organic', null, () => 'false'),
      c('platform', ['lead_source', 'utm_source', 'channel'], () => pick(['fb', 'fb', 'ig', 'ig', 'ig'])),
      c('which_treatment_are_you_interested_in?', null, () =>
        pick(['botox', 'lip_filler', 'hydrafacial', 'laser_hair_removal', 'not_sure_yet']),
      ),
      c('when_is_the_best_time_to_reach_you?', null, () => pick(['morning', 'afternoon', 'evening'])),
      c('full_name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      c(
        'phone_number',
        'phone',
        () => `p:+1${pick(['480', '602', '623'])}${int(200, 999)}${pad(int(0, 9999), 4)}`,
      ),
      c('city', 'city', (i) => town[i]![0]),
      c('zip_code', 'postal_code', (i) => `${town[i]![1]}${pad(int(1, 99))}`),
    ],
    n,
  );
}

// BigCommerce customers export (Customers > Export, default template), outdoor-gear shop;
// the first address-book entry is suffixed "- 1"
{
  const n = 110;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const hasAddr = perRow(n, () => rand() < 0.85);
  const company = perRow(n, () =>
    rand() < 0.12 ? pick(['Summit Scouts Troop 41', 'Trailhead Outfitters', 'Boise State Outdoor Club']) : '',
  );
  const PLACES: [string, string, string][] = [
    ['Boise', 'Idaho', '837'],
    ['Bend', 'Oregon', '977'],
    ['Missoula', 'Montana', '598'],
    ['Denver', 'Colorado', '802'],
    ['Salt Lake City', 'Utah', '841'],
    ['Spokane', 'Washington', '992'],
  ];
  const place = perRow(n, () => pick(PLACES));
  const joined = perRow(
    n,
    () => new Date(Date.UTC(int(2019, 2025), int(0, 11), int(1, 28), int(0, 23), int(0, 59), int(0, 59))),
  );
  const phone = perRow(n, () => maybe(0.7, () => pick([usPhone(), dashPhone(), digits(10)])));
  add(
    'bigcommerce_customers',
    'BigCommerce customers export (outdoor-gear shop)',
    [
      c('Customer ID', 'customer_id', (i) => String(1000 + i * 3 + int(0, 2))),
      c('Customer Name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('Email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      c('Company', 'company', (i) => company[i]!),
      c('Phone', 'phone', (i) => phone[i]!),
      c('Notes', 'notes', () =>
        maybe(0.06, () => pick(['Wholesale inquiry - call back', 'Prefers USPS', 'Returned tent 2024'])),
      ),
      c('Store Credit', null, () => (rand() < 0.9 ? '0.00' : pick(['10.00', '25.00', '42.50']))),
      c('Customer Group', null, (i) => (company[i] ? 'Wholesale' : pick(['', '', 'Retail', 'VIP']))),
      c('Date Joined', ['created_at', 'timestamp'], (i) => ymd(joined[i]!)),
      c('Receive Review/Abandoned Cart Emails?', 'marketing_opt_in', () => pick(['Y', 'Y', 'N'])),
      c('Address First Name - 1', 'first_name', (i) => (hasAddr[i] ? fn[i]! : '')),
      c('Address Last Name - 1', 'last_name', (i) => (hasAddr[i] ? ln[i]! : '')),
      c('Address Company - 1', 'company', (i) => (hasAddr[i] ? company[i]! : '')),
      c('Address Line 1 - 1', 'address_line', (i) => (hasAddr[i] ? street() : '')),
      c('Address Line 2 - 1', null, (i) => (hasAddr[i] ? maybe(0.15, () => `Apt ${int(1, 40)}`) : '')),
      c('Address City - 1', 'city', (i) => (hasAddr[i] ? place[i]![0] : '')),
      c('Address State - 1', 'region', (i) => (hasAddr[i] ? place[i]![1] : '')),
      c('Address Zip - 1', 'postal_code', (i) => (hasAddr[i] ? `${place[i]![2]}${pad(int(1, 99))}` : '')),
      c('Address Country - 1', 'country', (i) => (hasAddr[i] ? 'United States' : '')),
      c('Address Phone - 1', 'phone', (i) => (hasAddr[i] ? phone[i]! || maybe(0.3, usPhone) : '')),
    ],
    n,
  );
}

// Salesforce Leads report export (Reports > Leads > Export, details only), commercial solar installer
{
  const n = 105;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const firm = perRow(n, () =>
    pick([
      'Hill Country Storage',
      'Round Rock Dental Group',
      'Lakeway Veterinary Clinic',
      'Pflugerville ISD',
      'Bastrop Feed & Supply',
      'Austin Brewing Cooperative',
      'Cedar Park Self Storage',
      'Texas Hill Country Winery',
      'Georgetown Auto Body',
      'Buda Cold Storage LLC',
    ]),
  );
  const TX: [string, string][] = [
    ['Austin', '787'],
    ['Round Rock', '786'],
    ['Georgetown', '786'],
    ['Bastrop', '786'],
    ['San Marcos', '786'],
    ['Cedar Park', '786'],
  ];
  const town = perRow(n, () => pick(TX));
  const created = perRow(n, () => moment2025());
  add(
    'salesforce_leads',
    'Salesforce Leads report export (commercial solar installer)',
    [
      c('Lead Owner', 'staff', () => pick(['Marcus Bell', 'Alicia Ramos', 'Grant Whitley'])),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Title', null, () =>
        pick(['Owner', 'Facilities Manager', 'CFO', 'Operations Director', 'Office Manager', '']),
      ),
      c('Company / Account', 'company', (i) => firm[i]!),
      c('Industry', null, () =>
        pick(['Retail', 'Healthcare', 'Agriculture', 'Education', 'Manufacturing', '']),
      ),
      c('Email', 'email', (i) =>
        maybe(0.9, () => `${ascii(fn[i]!)}.${ascii(ln[i]!)}@${ascii(firm[i]!).slice(0, 12)}.com`),
      ),
      c('Phone', 'phone', () => maybe(0.8, () => `(512) ${int(200, 999)}-${pad(int(0, 9999), 4)}`)),
      c('Mobile', 'phone', () =>
        maybe(0.45, () => `(${pick(['512', '737'])}) ${int(200, 999)}-${pad(int(0, 9999), 4)}`),
      ),
      c('Lead Source', 'lead_source', () =>
        pick(['Web', 'Web', 'Phone Inquiry', 'Partner Referral', 'Trade Show', 'Purchased List', 'Other']),
      ),
      c('Lead Status', 'status', () =>
        pick([
          'Open - Not Contacted',
          'Open - Not Contacted',
          'Working - Contacted',
          'Working - Contacted',
          'Closed - Converted',
          'Closed - Not Converted',
        ]),
      ),
      c('Rating', null, () => pick(['Hot', 'Warm', 'Warm', 'Cold', ''])),
      c('Street', 'address_line', () => maybe(0.75, street)),
      c('City', 'city', (i) => town[i]![0]),
      c('State/Province', 'region', () => 'TX'),
      c('Zip/Postal Code', 'postal_code', (i) => maybe(0.8, () => `${town[i]![1]}${pad(int(1, 99))}`)),
      c('Country', 'country', () => maybe(0.6, () => pick(['US', 'USA', 'United States']))),
      c('Create Date', ['created_at', 'timestamp'], (i) => mdyShort(created[i]!)),
      c('Last Activity', null, (i) => maybe(0.6, () => mdyShort(plusDays(created[i]!, int(0, 60))))),
      c('Email Opt Out', 'marketing_opt_in', () => pick(['0', '0', '0', '1'])),
      c('Lead ID', ['contact_id', 'customer_id'], () => `00Q5f00000${alnum(8)}`),
    ],
    n,
  );
}

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-p'),
  cases,
);

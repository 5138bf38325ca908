/**
 * Writes the twenty-third blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-w/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-w.ts
 *
 * Written and labelled on 2026-11-28 after the changes made for holdout-g
 * to -v, without reading the matcher, its lexicon or its profiler and
 * without running it; labels were fixed from the headers and the vendors'
 * semantics before any scoring. Vendors and export kinds in no other set:
 * a Lemon Squeezy orders export of an indie macOS-app maker (merchant of
 * record: several currencies, tax name and rate, a USD total beside the
 * charged one), Ko-fi transactions of a UK illustrator (donations,
 * memberships, shop orders and commissions, the rare outgoing "Given"
 * support; .NET "False" flags), a Buy Me a Coffee supporters export of a
 * hiking podcast (one row per support, coffees at a coffee price, "Someone"
 * for anonymous supporters), Printful orders of a print-on-demand apparel
 * shop (Printful's fulfilment costs beside the retail costs; the recipient
 * is the only address; Etsy orders without the buyer's e-mail), Squarespace
 * customer profiles of an Asheville letterpress studio (customers and
 * mailing-list subscribers, billing and shipping blocks), Ecwid customers of
 * a Dublin tea merchant (semicolon-delimited, snake_case headers, Eircodes),
 * Luma event guests of a San Francisco AI meetup (registration questions
 * appended after ticket_name), a Zoom webinar registration report of an
 * HR-software vendor (the report lines above the header removed), Circle
 * community members of a paid UX-freelancer community, Lightspeed Retail
 * (R-Series) customers of a Vermont ski shop (three phones, "No Email / No
 * Mail / No Phone" opt-outs), Toast guest data of a three-location Nashville
 * hot-chicken restaurant and Stax (Fattmerchant) transactions of an Orlando
 * plumbing & HVAC company (card surcharges, invoices, ACH). Squarespace
 * appears elsewhere only as Commerce orders, Ecwid only as orders,
 * Lightspeed R-Series only as sales and Toast only as payment, item, check
 * and order details. Values are synthetic.
 * First blind run (matcher of commit 56521d4, after the changes made for
 * holdout-q to -x): 86.4 % overall, 95.8 % critical.
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
  hex,
  hms,
  int,
  last,
  mail,
  maybe,
  mdy,
  mdyShort,
  moment2025,
  pad,
  perRow,
  pick,
  plusDays,
  rand,
  reseed,
  street,
  upper,
  usPhone,
  uuid,
  writeCases,
  ymd,
} from './holdout-helpers.ts';

const { cases, add } = collectCases();

/** Picks from [value, weight] pairs. */
function weighted<T>(xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [v, w] of xs) {
    r -= w;
    if (r < 0) return v;
  }
  return xs[xs.length - 1]![0];
}

/** Moments of 2025 in time order (exports list records oldest first). */
const sortedMoments = (n: number, hLo = 0, hHi = 23) =>
  perRow(n, () => moment2025(hLo, hHi)).sort((a, b) => a.getTime() - b.getTime());
/** US daylight-saving time in 2025: 9 March to 2 November. */
const dst = (d: Date) => d.getTime() >= Date.UTC(2025, 2, 9, 2) && d.getTime() < Date.UTC(2025, 10, 2, 2);
/** "2025-03-04 14:05:09" */
const sqlStamp = (d: Date) => `${ymd(d)} ${hms(d)}`;
/** Not later than the end of 2025. */
const capped = (d: Date) => new Date(Math.min(d.getTime(), Date.UTC(2025, 11, 31, 20)));
/** A moment up to `days` days after `d`, and before the export (end of 2025). */
const laterThan = (d: Date, days: number) => {
  const room = Math.max(0, Math.floor((Date.UTC(2025, 11, 31, 20) - d.getTime()) / 3600000));
  return new Date(d.getTime() + int(0, Math.min(days * 24, room)) * 3600000);
};
const US_STATES: [string, string, string, string][] = [
  // city, state code, zip prefix, state name
  ['Brooklyn', 'NY', '112', 'New York'],
  ['Austin', 'TX', '787', 'Texas'],
  ['Oakland', 'CA', '946', 'California'],
  ['Los Angeles', 'CA', '900', 'California'],
  ['Chicago', 'IL', '606', 'Illinois'],
  ['Portland', 'OR', '972', 'Oregon'],
  ['Denver', 'CO', '802', 'Colorado'],
  ['Seattle', 'WA', '981', 'Washington'],
  ['Atlanta', 'GA', '303', 'Georgia'],
  ['Minneapolis', 'MN', '554', 'Minnesota'],
  ['Philadelphia', 'PA', '191', 'Pennsylvania'],
  ['Nashville', 'TN', '372', 'Tennessee'],
  ['Raleigh', 'NC', '276', 'North Carolina'],
  ['Columbus', 'OH', '432', 'Ohio'],
];

// Lemon Squeezy orders export (Store > Orders > Export), indie macOS-app maker; Lemon Squeezy is the merchant of
// record, so it charges local currencies and collects the buyer's sales tax or VAT
{
  reseed(2026112301);
  const n = 300;
  const PRODUCTS: [string, string, number][] = [
    ['Snapframe', 'Personal License', 29],
    ['Snapframe', 'Personal License', 29],
    ['Snapframe', 'Personal License', 29],
    ['Snapframe', 'Team License (5 seats)', 99],
    ['Snapframe', 'Upgrade from v2', 15],
    ['Snapframe Pro', 'Yearly', 49],
    ['Snapframe Pro', 'Monthly', 5.99],
    ['Glyphs Icon Pack', 'Default', 19],
  ];
  // country, currency, rate to USD, tax name, tax rate
  const WHERE: [string, string, number, string, number][] = [
    ['US', 'USD', 1, 'Sales Tax', 0],
    ['GB', 'GBP', 0.79, 'VAT', 0.2],
    ['DE', 'EUR', 0.92, 'VAT', 0.19],
    ['FR', 'EUR', 0.92, 'VAT', 0.2],
    ['NL', 'EUR', 0.92, 'VAT', 0.21],
    ['CA', 'CAD', 1.37, 'GST', 0.05],
    ['AU', 'AUD', 1.53, 'GST', 0.1],
    ['IN', 'USD', 1, 'GST', 0.18],
    ['JP', 'USD', 1, 'JCT', 0.1],
  ];
  const customers = 235;
  const cfn = perRow(customers, first);
  const cln = perRow(customers, last);
  const cwhere = perRow(customers, () =>
    weighted(WHERE.map((w, k) => [w, [40, 12, 10, 5, 4, 8, 6, 4, 3][k]!] as const)),
  );
  const cid = perRow(customers, () => `${int(1, 4)}${digits(6)}`);
  const czip = cwhere.map((w) =>
    w[0] === 'US'
      ? `${int(10001, 99950)}`
      : w[0] === 'CA'
        ? `${pick(['M5V', 'H2X', 'V6B', 'T2P'])} ${int(1, 9)}${upper(1).replace(/[0-9]/, 'K')}${int(1, 9)}`
        : '',
  );
  const cust = perRow(n, () => int(0, customers - 1));
  const when = sortedMoments(n);
  const prod = perRow(n, () => pick(PRODUCTS));
  const qty = prod.map((p) =>
    p[1] === 'Personal License'
      ? weighted([
          [1, 18],
          [2, 1],
          [3, 1],
        ] as const)
      : 1,
  );
  const w = (i: number) => cwhere[cust[i]!]!;
  const usRate = perRow(n, () => pick([0, 0, 0, 0, 0.06, 0.0625, 0.07, 0.0825]));
  const rate = (i: number) => (w(i)[0] === 'US' ? usRate[i]! : w(i)[4]);
  const code = perRow(n, () =>
    weighted([
      ['', 88],
      ['LAUNCH20', 6],
      ['BLACKFRIDAY', 4],
      ['STUDENT', 2],
    ] as const),
  );
  const pct = (i: number) =>
    code[i] === 'LAUNCH20' ? 0.2 : code[i] === 'BLACKFRIDAY' ? 0.4 : code[i] === 'STUDENT' ? 0.5 : 0;
  const sub = (i: number) => cents(cents(prod[i]![2] * w(i)[2]) * qty[i]!);
  const disc = (i: number) => cents(sub(i) * pct(i));
  const tax = (i: number) => cents((sub(i) - disc(i)) * rate(i));
  const total = (i: number) => cents(sub(i) - disc(i) + tax(i));
  const status = perRow(n, () =>
    weighted([
      ['Paid', 92],
      ['Refunded', 4],
      ['Partial refund', 1],
      ['Pending', 1],
      ['Failed', 2],
    ] as const),
  );
  const refunded = (i: number) =>
    status[i] === 'Refunded' ? total(i) : status[i] === 'Partial refund' ? cents(total(i) / 2) : 0;
  add(
    'lemonsqueezy_orders',
    'Lemon Squeezy orders export (indie macOS-app maker, merchant of record, several currencies)',
    [
      c('ID', 'transaction_id', (i) => String(2480133 + i * 37 + int(0, 30))),
      // the store's own sequential order number
      c('Order Number', 'order_number', (i) => String(1412 + i)),
      c('Customer ID', 'customer_id', (i) => cid[cust[i]!]!),
      c('Customer Name', 'full_name', (i) => `${cfn[cust[i]!]} ${cln[cust[i]!]}`),
      c('Customer Email', 'email', (i) =>
        mail(cfn[cust[i]!]!, cln[cust[i]!]!, cust[i]!, ['gmail.com', 'icloud.com', 'me.com', 'proton.me']),
      ),
      c('Country', 'country', (i) => w(i)[0]),
      // collected for US and Canadian buyers only
      c('Zip', 'postal_code', (i) => czip[cust[i]!]!),
      c('Currency', 'currency', (i) => w(i)[1]),
      c('Subtotal', 'subtotal', (i) => sub(i).toFixed(2)),
      c('Discount Total', 'discount', (i) => disc(i).toFixed(2)),
      c('Tax', 'tax', (i) => tax(i).toFixed(2)),
      // what the buyer was charged, in the order's currency
      c('Total', 'value', (i) => total(i).toFixed(2)),
      // judgement: the same total converted to USD for the store's reporting, not a second amount paid
      c('Total (USD)', null, (i) => cents(total(i) / w(i)[2]).toFixed(2)),
      c('Tax Name', null, (i) => (rate(i) > 0 ? w(i)[3] : '')),
      c('Tax Rate', null, (i) => (rate(i) > 0 ? String(cents(rate(i) * 100)) : '0')),
      c('Status', 'status', (i) => status[i]!),
      c('Refunded Amount', 'refund_amount', (i) => refunded(i).toFixed(2)),
      c('Refunded At', null, (i) =>
        refunded(i) > 0 ? sqlStamp(capped(new Date(when[i]!.getTime() + int(1, 20 * 24) * 3600000))) : '',
      ),
      c('Product Name', 'product_name', (i) => prod[i]![0]),
      // the license or billing variant of the product, not a product of its own
      c('Variant Name', null, (i) => prod[i]![1]),
      c('Quantity', 'quantity', (i) => String(qty[i])),
      c('Discount Code', null, (i) => code[i]!),
      c('Payment Method', 'payment_method', (i) =>
        status[i] === 'Pending'
          ? ''
          : weighted([
              ['Card', 14],
              ['PayPal', 4],
              ['Apple Pay', 2],
            ] as const),
      ),
      c('Created At', ['created_at', 'timestamp'], (i) => sqlStamp(when[i]!)),
      c('Test Mode', null, () => (rand() < 0.01 ? 'true' : 'false')),
    ],
    n,
  );
}

// Ko-fi transactions CSV (Payments > Transactions > Download CSV), UK illustrator; one row per payment received
// (and the rare support she gave another creator)
{
  reseed(2026112302);
  const n = 280;
  const when = sortedMoments(n);
  const kind = perRow(n, () =>
    weighted([
      ['Donation', 48],
      ['Subscription', 26],
      ['Shop Order', 18],
      ['Commission', 4],
      ['Given', 3],
    ] as const),
  );
  const given = (i: number) => kind[i] === 'Given';
  const SHOP: [string, number][] = [
    ['Procreate Brush Set - Inky Botanicals', 8],
    ['A5 Art Print - Luna Moth', 12],
    ['A4 Art Print - Fern Study', 18],
    ['Sticker Sheet - Woodland Critters', 4.5],
    ['Colouring Pages PDF (20 pages)', 6],
  ];
  const shop = perRow(n, () => pick(SHOP));
  const tier = perRow(n, () =>
    weighted([
      [['Sketchbook Club', 3], 6],
      [['Studio Pass', 5], 3],
      [['Patron of the Moths', 10], 1],
    ] as const),
  );
  const amount = perRow(n, () => 0).map((_, i) =>
    kind[i] === 'Donation'
      ? weighted([
          [3, 10],
          [6, 4],
          [9, 2],
          [15, 2],
          [5, 2],
          [10, 2],
          [20, 1],
        ] as const)
      : kind[i] === 'Subscription'
        ? tier[i]![1]
        : kind[i] === 'Shop Order'
          ? shop[i]![1] * pick([1, 1, 1, 2])
          : kind[i] === 'Commission'
            ? pick([65, 95, 140])
            : pick([3, 5, 10]),
  );
  const COUNTRIES: [string, string[]][] = [
    ['GB', []],
    ['US', ['California', 'New York', 'Texas', 'Oregon', 'Illinois']],
    ['DE', []],
    ['IE', []],
    ['CA', ['Ontario', 'British Columbia', 'Quebec']],
    ['AU', []],
    ['NL', []],
  ];
  const country = perRow(n, () =>
    weighted(COUNTRIES.map((k, j) => [k, [40, 25, 8, 6, 8, 8, 5][j]!] as const)),
  );
  const hasCountry = perRow(n, () => 0).map(
    (_, i) => kind[i] === 'Shop Order' || kind[i] === 'Commission' || (!given(i) && rand() < 0.3),
  );
  const vat = (i: number) => kind[i] === 'Shop Order' && ['GB', 'DE', 'IE', 'NL'].includes(country[i]![0]);
  const provider = perRow(n, () => (rand() < 0.55 ? 'PayPal' : 'Stripe'));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const fromKind = perRow(n, () =>
    weighted([
      ['full', 12],
      ['first', 4],
      ['handle', 3],
      ['someone', 1],
    ] as const),
  );
  const MESSAGES = [
    'Love your moth drawings!!',
    'Thank you for the free colouring pages, my kids adore them',
    'Keep making beautiful things x',
    'For a coffee while you draw :)',
    'Your brushes changed my workflow, thank you!',
    'Happy birthday to the studio!',
    'Saw your reel on Instagram - gorgeous work',
  ];
  add(
    'kofi_transactions',
    'Ko-fi transactions CSV (UK illustrator; donations, memberships, shop orders, commissions)',
    [
      c('DateTime (UTC)', ['timestamp', 'created_at'], (i) => sqlStamp(when[i]!)),
      // the supporter's display name as they gave it
      c('From', 'full_name', (i) =>
        given(i)
          ? 'Moth & Fern'
          : fromKind[i] === 'full'
            ? `${fn[i]} ${ln[i]}`
            : fromKind[i] === 'first'
              ? fn[i]!
              : fromKind[i] === 'handle'
                ? `${ascii(fn[i]!)}${pick(['draws', 'art', '_ink', 'makes'])}`
                : 'Someone',
      ),
      c('Message', 'notes', (i) =>
        kind[i] === 'Donation' || given(i)
          ? maybe(0.5, () => pick(MESSAGES))
          : kind[i] === 'Commission'
            ? pick(['My cat Biscuit, ginger tabby - photos to follow', 'Our spaniel Pip for my mum'])
            : '',
      ),
      c('Item', 'product_name', (i) =>
        kind[i] === 'Subscription'
          ? tier[i]![0]
          : kind[i] === 'Shop Order'
            ? shop[i]![0]
            : kind[i] === 'Commission'
              ? 'Pet Portrait Commission'
              : '',
      ),
      c('Received', 'value', (i) => (given(i) ? '' : amount[i]!.toFixed(2))),
      // judgement: support the creator herself gave to another creator; money out, not a conversion
      c('Given', null, (i) => (given(i) ? amount[i]!.toFixed(2) : '')),
      c('Currency', 'currency', () => 'GBP'),
      // judgement: a donation, a membership, a shop order or a commission: what was bought, not a payment state
      c('TransactionType', 'product_category', (i) => (given(i) ? 'Donation' : kind[i]!)),
      c('TransactionId', 'transaction_id', () => uuid(pick(['8', '9', 'a', 'b']))),
      // judgement: the PayPal or Stripe reference of the payment behind the Ko-fi transaction
      c('Reference', 'payment_id', (i) => (provider[i] === 'PayPal' ? upper(17) : `pi_${alnum(24)}`)),
      c('SalesTax', 'tax', (i) => (vat(i) ? cents(amount[i]! - amount[i]! / 1.2).toFixed(2) : '0.00')),
      c('SalesTaxPercentage', null, (i) => (vat(i) ? '20' : '0')),
      c('SalesTaxIncludesShipping', null, () => 'False'),
      c('BuyerCountry', 'country', (i) => (hasCountry[i] ? country[i]![0] : '')),
      c('BuyerStateOrProvince', 'region', (i) =>
        hasCountry[i] && country[i]![1].length ? pick(country[i]![1]) : '',
      ),
      c('BuyerEmail', 'email', (i) =>
        given(i)
          ? ''
          : maybe(0.96, () => mail(fn[i]!, ln[i]!, i, ['gmail.com', 'hotmail.co.uk', 'icloud.com'])),
      ),
      // judgement: PayPal or Stripe (a card) is the only payment-method information in the file
      c('PaymentProvider', 'payment_method', (i) => provider[i]!),
    ],
    n,
  );
}

// Buy Me a Coffee supporters export (Dashboard > Supporters > Export), hiking podcast; one row per support
{
  reseed(2026112303);
  const n = 260;
  const when = sortedMoments(n);
  const type = perRow(n, () =>
    weighted([
      ['One-time', 70],
      ['Membership', 22],
      ['Extra', 8],
    ] as const),
  );
  const coffees = perRow(n, () =>
    weighted([
      [1, 8],
      [2, 2],
      [3, 4],
      [5, 3],
      [10, 1],
    ] as const),
  );
  const level = perRow(n, () =>
    weighted([
      [['Trail Crew', 5], 3],
      [['Summit Club', 12], 1],
    ] as const),
  );
  const extra = perRow(n, () =>
    pick([
      ['Trail map PDF bundle', 9],
      ['Sticker pack', 6],
      ['Ask-us-anything episode shout-out', 15],
    ] as const),
  );
  const amount = (i: number) =>
    type[i] === 'One-time' ? coffees[i]! * 5 : type[i] === 'Membership' ? level[i]![1] : extra[i]![1];
  const status = perRow(n, () => (rand() < 0.95 ? 'Succeeded' : 'Refunded'));
  const anon = perRow(n, () => rand() < 0.12);
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const platform = perRow(n, () => (rand() < 0.8 ? 'stripe' : 'paypal'));
  add(
    'buymeacoffee_supporters',
    'Buy Me a Coffee supporters export (hiking podcast, one row per support)',
    [
      c('Support ID', 'transaction_id', (i) => String(5120334 + i * 211 + int(0, 200))),
      // "Someone" when the supporter left no name
      c('Supporter Name', 'full_name', (i) =>
        anon[i] ? 'Someone' : rand() < 0.3 ? fn[i]! : `${fn[i]} ${ln[i]}`,
      ),
      c('Supporter Email', 'email', (i) => maybe(0.97, () => mail(fn[i]!, ln[i]!, i))),
      // judgement: a one-time support, a membership payment or a shop extra: what was bought
      c('Support Type', 'product_category', (i) => type[i]!),
      c('Membership Level', null, (i) => (type[i] === 'Membership' ? level[i]![0] : '')),
      c('Extra', 'product_name', (i) => (type[i] === 'Extra' ? extra[i]![0] : '')),
      // the number of "coffees" bought
      c('Coffees', 'quantity', (i) => (type[i] === 'One-time' ? String(coffees[i]) : '')),
      // the creator's unit price of a coffee
      c('Coffee Price', null, (i) => (type[i] === 'One-time' ? '5.00' : '')),
      c('Amount', 'value', (i) => amount(i).toFixed(2)),
      c('Currency', 'currency', () => 'USD'),
      c('Message', 'notes', (i) =>
        type[i] === 'One-time'
          ? maybe(0.55, () =>
              pick([
                'Loved the Wind River episode!',
                'Listening from the PCT - thank you for the company',
                'For the gas money on your next trip',
                'Great gear breakdown this week',
                'Keep it up, you two!',
              ]),
            )
          : '',
      ),
      c('Supported On', ['created_at', 'timestamp'], (i) => sqlStamp(when[i]!)),
      c('Status', 'status', (i) => status[i]!),
      c('Refunded On', null, (i) =>
        status[i] === 'Refunded' ? sqlStamp(capped(plusDays(when[i]!, int(1, 14)))) : '',
      ),
      c('Country', 'country', () =>
        weighted([
          ['US', 14],
          ['CA', 3],
          ['GB', 2],
          ['AU', 1],
          ['DE', 1],
          ['', 1],
        ] as const),
      ),
      // the page the supporter came from
      c('Referrer', ['lead_source', 'utm_source'], () =>
        weighted([
          ['', 30],
          ['https://www.youtube.com/', 15],
          ['https://open.spotify.com/', 15],
          ['https://podcasts.apple.com/', 12],
          ['https://www.instagram.com/', 10],
          ['https://trailnotespod.com/support', 10],
          ['https://t.co/', 5],
          ['https://www.reddit.com/r/hiking/', 3],
        ] as const),
      ),
      // judgement: Stripe (a card) or PayPal is the only payment-method information in the file
      c('Payment Platform', 'payment_method', (i) => platform[i]!),
      // judgement: the processor's id of the payment (Stripe payment intent or PayPal transaction)
      c('Transaction ID', 'payment_id', (i) => (platform[i] === 'stripe' ? `pi_${alnum(24)}` : upper(17))),
      c('Private', null, (i) => (anon[i] || rand() < 0.1 ? 'Yes' : 'No')),
    ],
    n,
  );
}

// Printful orders export (Dashboard > Orders > Export), print-on-demand owl-illustration apparel shop selling on
// Shopify and Etsy; one row per order, Printful's costs beside the retail costs the store charged its customer
{
  reseed(2026112304);
  const n = 260;
  const when = sortedMoments(n);
  const DESIGNS = ['Night Owl', 'Moonlit Ferns', 'Barn Owl Sketch', 'Wise Guy'];
  const PRODUCTS: [string, number, number, boolean][] = [
    ['Unisex Staple T-Shirt | Bella + Canvas 3001', 12.95, 29, true],
    ['Unisex Heavy Blend Hoodie | Gildan 18500', 22.95, 52, true],
    ['White Glossy Mug 11 oz', 7.95, 18, false],
    ['Enhanced Matte Paper Poster 12x16 in', 10.5, 26, false],
    ['Kiss-Cut Stickers 4x4 in', 2.79, 6, false],
    ['Embroidered Dad Hat | Yupoong 6245CM', 15.5, 32, false],
  ];
  const store = perRow(n, () =>
    weighted([
      ['Inkwell Owl (Shopify)', 60],
      ['InkwellOwlShop (Etsy)', 34],
      ['Manual order', 6],
    ] as const),
  );
  const manual = (i: number) => store[i] === 'Manual order';
  const lines = perRow(n, () =>
    perRow(
      weighted([
        [1, 6],
        [2, 3],
        [3, 1],
      ] as const),
      () => ({
        d: pick(DESIGNS),
        p: pick(PRODUCTS),
        color: pick(['Black', 'Black', 'Navy', 'Heather Forest', 'White']),
        size: pick(['S', 'M', 'M', 'L', 'L', 'XL', '2XL']),
        q: pick([1, 1, 1, 2]),
      }),
    ),
  );
  const items = (i: number) =>
    lines[i]!.map((l) => `${l.d} - ${l.p[0]}${l.p[3] ? ` (${l.color} / ${l.size})` : ''} x${l.q}`).join('; ');
  const qty = (i: number) => lines[i]!.reduce((s, l) => s + l.q, 0);
  const ABROAD: [string, string, string, string][] = [
    ['Toronto', 'ON', 'M6J 1E6', 'CA'],
    ['Vancouver', 'BC', 'V5K 0A1', 'CA'],
    ['Leeds', '', 'LS6 2AB', 'GB'],
    ['Melbourne', 'VIC', '3056', 'AU'],
    ['Hamburg', '', '20357', 'DE'],
  ];
  const intl = store.map((s) => s !== 'Manual order' && rand() < 0.14);
  const us = perRow(n, () => pick(US_STATES));
  const ab = perRow(n, () => pick(ABROAD));
  const zip = perRow(n, () => 0).map((_, i) => (intl[i] ? ab[i]![2] : `${us[i]![2]}${pad(int(1, 99))}`));
  const pfSub = (i: number) => cents(lines[i]!.reduce((s, l) => s + l.p[1] * l.q, 0));
  const pfShip = (i: number) => cents((intl[i] ? 9.99 : 4.75) + 2.2 * (qty(i) - 1));
  const pfTax = (i: number) =>
    !intl[i] && ['CA', 'NY', 'TX', 'WA'].includes(us[i]![1]) ? cents(pfSub(i) * 0.07) : 0;
  const rSub = (i: number) => cents(lines[i]!.reduce((s, l) => s + l.p[2] * l.q, 0));
  const promo = perRow(n, () => rand() < 0.12);
  const rDisc = (i: number) => (promo[i] ? cents(rSub(i) * 0.15) : 0);
  const rShip = (i: number) => (rSub(i) >= 75 ? 0 : intl[i] ? 12.99 : 5.99);
  const rTax = (i: number) =>
    intl[i] ? 0 : cents((rSub(i) - rDisc(i)) * pick([0, 0.06, 0.0725, 0.08, 0.0875]));
  const rTaxV = perRow(n, () => 0).map((_, i) => rTax(i));
  const rTotal = (i: number) => cents(rSub(i) - rDisc(i) + rShip(i) + rTaxV[i]!);
  const status = perRow(n, () =>
    weighted([
      ['Fulfilled', 70],
      ['In process', 10],
      ['Pending', 5],
      ['On hold', 3],
      ['Partial', 2],
      ['Canceled', 4],
      ['Draft', 3],
      ['Failed', 1],
    ] as const),
  );
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const shopifyNo = perRow(n, () => 0).map((_, i) => 1001 + i);
  const money = (i: number, x: number) => (manual(i) ? '' : x.toFixed(2));
  add(
    'printful_orders',
    'Printful orders export (print-on-demand apparel shop on Shopify and Etsy, one row per order)',
    [
      // judgement: Printful's own id of the fulfilment order is the record's unique id
      c('Order ID', 'transaction_id', (i) => String(91234567 + i * 1317 + int(0, 1200))),
      // judgement: the selling store's order number (Shopify "#1234", Etsy receipt id) is the human-facing one
      c('External ID', 'order_number', (i) =>
        manual(i) ? '' : store[i]!.includes('Shopify') ? `#${shopifyNo[i]}` : `${int(3, 3)}${digits(9)}`,
      ),
      // judgement: the connected store (Shopify or Etsy) the order came from is its sales channel
      c('Store', 'channel', (i) => store[i]!),
      c('Status', 'status', (i) => status[i]!),
      c('Created', ['created_at', 'timestamp'], (i) => sqlStamp(when[i]!)),
      c('Updated', 'updated_at', (i) =>
        sqlStamp(capped(new Date(when[i]!.getTime() + int(1, 6 * 24) * 3600000))),
      ),
      // the recipient is the file's only person and address: the customer's
      c('Recipient Name', 'full_name', (i) => (manual(i) ? 'Maya Lindqvist' : `${fn[i]} ${ln[i]}`)),
      c('Recipient Company', 'company', () =>
        maybe(0.03, () => pick(['Owl Rescue Society', 'Birdhouse Books'])),
      ),
      c('Address 1', 'address_line', (i) => (manual(i) ? '2210 SE Clinton St' : street())),
      c('Address 2', null, (i) =>
        manual(i) ? '' : maybe(0.18, () => `${pick(['Apt', 'Unit', '#'])} ${int(1, 40)}`),
      ),
      c('City', 'city', (i) => (manual(i) ? 'Portland' : intl[i] ? ab[i]![0] : us[i]![0])),
      c('State', 'region', (i) => (manual(i) ? 'OR' : intl[i] ? ab[i]![1] : us[i]![1])),
      c('ZIP', 'postal_code', (i) => (manual(i) ? '97202' : zip[i]!)),
      c('Country', 'country', (i) => (manual(i) ? 'US' : intl[i] ? ab[i]![3] : 'US')),
      c('Phone', 'phone', () => maybe(0.3, usPhone)),
      // Etsy does not pass the buyer's e-mail on to Printful
      c('Email', 'email', (i) =>
        store[i]!.includes('Shopify')
          ? maybe(0.97, () => mail(fn[i]!, ln[i]!, i))
          : manual(i)
            ? 'hello@inkwellowl.com'
            : '',
      ),
      // judgement: the item names of the order, joined; the only product information in the file
      c('Items', 'product_name', (i) => items(i)),
      c('Quantity', 'quantity', (i) => String(qty(i))),
      c('Shipping Method', null, (i) =>
        intl[i] ? 'International Standard' : pick(['Flat Rate', 'Flat Rate', 'Standard', 'Express']),
      ),
      // what the store owes Printful for fulfilment (its cost of goods), not the customer's sale
      c('Printful Subtotal', null, (i) => pfSub(i).toFixed(2)),
      c('Printful Shipping', null, (i) => pfShip(i).toFixed(2)),
      c('Printful Tax', null, (i) => pfTax(i).toFixed(2)),
      c('Printful Total', null, (i) => cents(pfSub(i) + pfShip(i) + pfTax(i)).toFixed(2)),
      // the retail costs: what the customer paid the store (empty for the owner's sample orders)
      c('Retail Subtotal', 'subtotal', (i) => money(i, rSub(i))),
      c('Retail Discount', 'discount', (i) => money(i, rDisc(i))),
      c('Retail Shipping', 'shipping', (i) => money(i, rShip(i))),
      c('Retail Tax', 'tax', (i) => money(i, rTaxV[i]!)),
      c('Retail Total', 'value', (i) => money(i, rTotal(i))),
      c('Currency', 'currency', () => 'USD'),
      c('Tracking Number', null, (i) =>
        status[i] === 'Fulfilled' || status[i] === 'Partial'
          ? intl[i]
            ? `LX${digits(9)}US`
            : `9400${digits(18)}`
          : '',
      ),
    ],
    n,
  );
}

// Squarespace customer profiles export (Contacts > Customers > Export), Asheville letterpress studio selling
// stationery and workshop seats; customers and mailing-list subscribers
{
  reseed(2026112305);
  const n = 320;
  const customer = perRow(n, () => rand() < 0.62);
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const noName = perRow(n, () => 0).map((_, i) => !customer[i] && rand() < 0.3);
  const orders = customer.map((cu) =>
    cu
      ? weighted([
          [1, 50],
          [2, 20],
          [3, 12],
          [int(4, 6), 10],
          [int(7, 15), 5],
        ] as const)
      : 0,
  );
  const aov = perRow(n, () => cents(22 + rand() * 70));
  const spent = orders.map((o, i) => cents(o * aov[i]!));
  const created = perRow(n, () => plusDays(moment2025(), -int(0, 700)));
  const lastOrder = created.map((d, i) => (orders[i]! > 1 ? laterThan(d, 500) : d));
  const TOWNS: [string, string, string][] = [
    ['Asheville', 'NC', '288'],
    ['Asheville', 'NC', '288'],
    ['Asheville', 'NC', '288'],
    ['Black Mountain', 'NC', '287'],
    ['Durham', 'NC', '277'],
    ['Charlotte', 'NC', '282'],
    ['Greenville', 'SC', '296'],
    ['Atlanta', 'GA', '303'],
    ['Brooklyn', 'NY', '112'],
    ['Chicago', 'IL', '606'],
    ['Austin', 'TX', '787'],
  ];
  const town = perRow(n, () => pick(TOWNS));
  const bZip = town.map((t) => `${t[2]}${pad(int(1, 99))}`);
  const bStreet = perRow(n, street);
  const shipKind = perRow(n, () =>
    weighted([
      ['same', 80],
      ['other', 12],
      ['none', 8],
    ] as const),
  );
  const sTown = perRow(n, () => pick(TOWNS));
  // the export's times carry the site's offset (US Eastern)
  const stamp = (d: Date) => `${ymd(d)} ${hms(d)} ${dst(d) ? '-0400' : '-0500'}`;
  const bill = (i: number, v: string) => (customer[i] ? v : '');
  const ship = (i: number, same: string, other: string) =>
    !customer[i] || shipKind[i] === 'none' ? '' : shipKind[i] === 'same' ? same : other;
  add(
    'squarespace_customer_profiles',
    'Squarespace customer profiles export (Asheville letterpress studio; customers and subscribers)',
    [
      c('First Name', 'first_name', (i) => (noName[i] ? '' : fn[i]!)),
      c('Last Name', 'last_name', (i) => (noName[i] ? '' : ln[i]!)),
      c('Email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      c('Accepts Marketing', 'marketing_opt_in', (i) => (!customer[i] || rand() < 0.45 ? 'true' : 'false')),
      c('Has Account', null, (i) => (customer[i] && rand() < 0.3 ? 'true' : 'false')),
      c('Tags', null, (i) =>
        customer[i]
          ? maybe(0.15, () => pick(['wholesale', 'workshop alum', 'wedding suite', 'wholesale, net30']))
          : '',
      ),
      c('Total Orders', 'order_count', (i) => String(orders[i])),
      c('Total Spent', 'lifetime_value', (i) => spent[i]!.toFixed(2)),
      c('Average Order Value', null, (i) => (orders[i]! > 0 ? cents(spent[i]! / orders[i]!).toFixed(2) : '')),
      c('First Order Date', null, (i) => (customer[i] ? ymd(created[i]!) : '')),
      c('Last Order Date', null, (i) => (customer[i] ? ymd(lastOrder[i]!) : '')),
      // the profile's creation: the first checkout or the newsletter sign-up
      c('Created On', ['created_at', 'timestamp'], (i) => stamp(created[i]!)),
      c('Billing Address 1', 'address_line', (i) => bill(i, bStreet[i]!)),
      c('Billing Address 2', null, (i) => bill(i, rand() < 0.15 ? `Apt ${int(1, 30)}` : '')),
      c('Billing City', 'city', (i) => bill(i, town[i]![0])),
      c('Billing State', 'region', (i) => bill(i, town[i]![1])),
      c('Billing Zip', 'postal_code', (i) => bill(i, bZip[i]!)),
      c('Billing Country', 'country', (i) => bill(i, 'US')),
      c('Billing Phone', 'phone', (i) => bill(i, rand() < 0.6 ? usPhone() : '')),
      // a billing address exists, so the shipping block is not the customer's address
      c('Shipping Address 1', null, (i) => ship(i, bStreet[i]!, street())),
      c('Shipping Address 2', null, () => ''),
      c('Shipping City', null, (i) => ship(i, town[i]![0], sTown[i]![0])),
      c('Shipping State', null, (i) => ship(i, town[i]![1], sTown[i]![1])),
      c('Shipping Zip', null, (i) => ship(i, bZip[i]!, `${sTown[i]![2]}${pad(int(1, 99))}`)),
      c('Shipping Country', null, (i) => ship(i, 'US', 'US')),
    ],
    n,
  );
}

// Ecwid customers export (My Sales > Customers > Export, semicolon-delimited), Dublin loose-leaf tea merchant
{
  reseed(2026112306);
  const n = 260;
  // country, city, postal-code maker, state code, phone maker
  const PLACES: [string, string, () => string, string, () => string, number][] = [
    [
      'IE',
      'Dublin',
      () => `D${pad(int(1, 24))} ${upper(4)}`,
      '',
      () => `+353 8${int(3, 9)} ${digits(3)} ${digits(4)}`,
      30,
    ],
    ['IE', 'Cork', () => `T12 ${upper(4)}`, '', () => `+353 8${int(3, 9)} ${digits(3)} ${digits(4)}`, 8],
    ['IE', 'Galway', () => `H91 ${upper(4)}`, '', () => `+353 8${int(3, 9)} ${digits(3)} ${digits(4)}`, 6],
    ['IE', 'Limerick', () => `V94 ${upper(4)}`, '', () => `+353 8${int(3, 9)} ${digits(3)} ${digits(4)}`, 4],
    ['IE', 'Kilkenny', () => `R95 ${upper(4)}`, '', () => `+353 8${int(3, 9)} ${digits(3)} ${digits(4)}`, 3],
    [
      'GB',
      'London',
      () => `${pick(['N1', 'SE15', 'E8', 'NW5'])} ${int(1, 9)}${pick(['AB', 'DL', 'HQ', 'RT', 'XZ'])}`,
      '',
      () => `+44 7${digits(3)} ${digits(6)}`,
      9,
    ],
    [
      'GB',
      'Belfast',
      () => `BT${int(1, 9)} ${int(1, 9)}${pick(['GS', 'JL', 'PQ'])}`,
      '',
      () => `+44 7${digits(3)} ${digits(6)}`,
      5,
    ],
    [
      'GB',
      'Manchester',
      () => `M${int(1, 20)} ${int(1, 9)}${pick(['EA', 'LN', 'WW'])}`,
      '',
      () => `+44 7${digits(3)} ${digits(6)}`,
      4,
    ],
    ['DE', 'Berlin', () => `10${digits(3)}`, '', () => `+49 15${int(1, 9)} ${digits(8)}`, 5],
    ['DE', 'München', () => `80${digits(3)}`, '', () => `+49 17${int(0, 9)} ${digits(7)}`, 3],
    [
      'FR',
      'Paris',
      () => `750${pad(int(1, 20))}`,
      '',
      () => `+33 6 ${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`,
      5,
    ],
    [
      'NL',
      'Amsterdam',
      () => `10${digits(2)} ${pick(['AB', 'KL', 'TX', 'VR'])}`,
      '',
      () => `+31 6 ${digits(8)}`,
      5,
    ],
    ['US', 'Boston', () => `021${pad(int(1, 99))}`, 'MA', () => `+1 617-${int(200, 999)}-${digits(4)}`, 4],
    ['US', 'New York', () => `100${pad(int(1, 99))}`, 'NY', () => `+1 212-${int(200, 999)}-${digits(4)}`, 3],
    ['US', 'Chicago', () => `606${pad(int(1, 99))}`, 'IL', () => `+1 312-${int(200, 999)}-${digits(4)}`, 2],
  ];
  const STREET: Record<string, () => string> = {
    IE: () =>
      `${int(1, 120)} ${pick(['Camden Street Lower', 'Main Street', 'Harold’s Cross Road', 'Church Road', 'Strand Road', 'Bridge Street'])}`,
    GB: () =>
      `${int(1, 220)} ${pick(['High Street', 'Albert Road', 'Victoria Street', 'Lisburn Road', 'Mill Lane'])}`,
    DE: () => `${pick(['Lindenstraße', 'Hauptstraße', 'Schillerstraße', 'Am Markt'])} ${int(1, 80)}`,
    FR: () =>
      `${int(1, 140)} ${pick(['rue de la Roquette', 'rue Oberkampf', 'avenue Jean Jaurès', 'rue du Bac'])}`,
    NL: () => `${pick(['Prinsengracht', 'Oudegracht', 'Vondelstraat', 'Kerkstraat'])} ${int(1, 300)}`,
    US: () => `${int(10, 999)} ${pick(['Beacon St', 'Commonwealth Ave', 'W 86th St', 'N Clark St'])}`,
  };
  const place = perRow(n, () => weighted(PLACES.map((p) => [p, p[5]] as const)));
  const group = perRow(n, () =>
    weighted([
      ['General', 85],
      ['Wholesale', 8],
      ['Tea Club', 7],
    ] as const),
  );
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const orders = group.map((g) =>
    g === 'Wholesale'
      ? int(3, 24)
      : weighted([
          [0, 10],
          [1, 45],
          [2, 20],
          [3, 10],
          [int(4, 12), 15],
        ] as const),
  );
  const aov = group.map((g) => cents(g === 'Wholesale' ? 180 + rand() * 300 : 24 + rand() * 40));
  const sales = orders.map((o, i) => cents(o * aov[i]!));
  const registered = perRow(n, () => plusDays(moment2025(), -int(0, 900)));
  const lastOrder = registered.map((d, i) => (orders[i]! > 1 ? laterThan(d, 600) : d));
  const company = group.map((g) =>
    g === 'Wholesale'
      ? pick(['Bean & Leaf Café', 'The Reading Room Bookshop', 'Kettle Hub Ltd', 'Ardmore Guesthouse'])
      : '',
  );
  const pc = perRow(n, () => 0).map((_, i) => place[i]![2]());
  const ph = perRow(n, () => 0).map((_, i) => place[i]![4]());
  const st = perRow(n, () => 0).map((_, i) => STREET[place[i]![0]]!());
  const otherShip = perRow(n, () => rand() < 0.1);
  const stamp = (d: Date) => `${ymd(d)} ${hms(d)} +0000`;
  const ship = (i: number, v: string) => (orders[i] === 0 ? '' : v);
  add(
    'ecwid_customers',
    'Ecwid customers export (Dublin tea merchant, semicolon-delimited)',
    [
      c('customer_id', 'customer_id', () => `${int(1, 3)}${digits(8)}`),
      c('customer_email', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['gmail.com', 'eircom.net', 'hotmail.com', 'outlook.ie', 'yahoo.co.uk']),
      ),
      c('customer_name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('customer_group', null, (i) => group[i]!),
      c('customer_accepts_marketing', 'marketing_opt_in', () => (rand() < 0.52 ? 'true' : 'false')),
      c('customer_registered', ['created_at', 'timestamp'], (i) => stamp(registered[i]!)),
      c('customer_tax_exempt', null, (i) => (group[i] === 'Wholesale' && rand() < 0.5 ? 'true' : 'false')),
      c('customer_tax_id', null, (i) =>
        group[i] === 'Wholesale' ? `IE${digits(7)}${upper(1).replace(/[0-9]/, 'W')}` : '',
      ),
      c('customer_orders_count', 'order_count', (i) => String(orders[i])),
      c('customer_sales_value', 'lifetime_value', (i) => sales[i]!.toFixed(2)),
      c('customer_average_order_value', null, (i) => (orders[i]! > 0 ? aov[i]!.toFixed(2) : '0.00')),
      c('customer_first_order_date', null, (i) => (orders[i]! > 0 ? stamp(registered[i]!) : '')),
      c('customer_last_order_date', null, (i) => (orders[i]! > 0 ? stamp(lastOrder[i]!) : '')),
      c('customer_billing_name', 'full_name', (i) => (orders[i] === 0 ? '' : `${fn[i]} ${ln[i]}`)),
      c('customer_billing_company', 'company', (i) => company[i]!),
      c('customer_billing_street', 'address_line', (i) => ship(i, st[i]!)),
      c('customer_billing_city', 'city', (i) => ship(i, place[i]![1])),
      c('customer_billing_country_code', 'country', (i) => ship(i, place[i]![0])),
      c('customer_billing_state_code', 'region', (i) => ship(i, place[i]![3])),
      c('customer_billing_postal_code', 'postal_code', (i) => ship(i, pc[i]!)),
      c('customer_billing_phone', 'phone', (i) => ship(i, rand() < 0.7 ? ph[i]! : '')),
      // a billing address exists, so the shipping block is not the customer's address
      c('customer_shipping_name', null, (i) =>
        ship(i, otherShip[i] ? `${first()} ${last()}` : `${fn[i]} ${ln[i]}`),
      ),
      c('customer_shipping_street', null, (i) => ship(i, otherShip[i] ? STREET[place[i]![0]]!() : st[i]!)),
      c('customer_shipping_city', null, (i) => ship(i, place[i]![1])),
      c('customer_shipping_country_code', null, (i) => ship(i, place[i]![0])),
      c('customer_shipping_state_code', null, (i) => ship(i, place[i]![3])),
      c('customer_shipping_postal_code', null, (i) => ship(i, otherShip[i] ? place[i]![2]() : pc[i]!)),
      c('customer_shipping_phone', null, (i) => ship(i, rand() < 0.4 ? ph[i]! : '')),
      c('customer_notes', 'notes', (i) =>
        group[i] === 'Wholesale'
          ? maybe(0.5, () =>
              pick(['Invoice monthly; delivery Tues AM', 'Prefers 1 kg bags', 'Contact: manager on duty']),
            )
          : maybe(0.04, () =>
              pick(['Gift wrap always', 'Caffeine-free only', 'Leave with neighbour at no. 12']),
            ),
      ),
    ],
    n,
    ';',
  );
}

// Luma event guests CSV (Manage Event > Guests > Download as CSV), San Francisco AI builders meetup; Luma's fixed
// columns, then one column per registration question
{
  reseed(2026112307);
  const n = 240;
  const eventStart = Date.UTC(2025, 2, 20, 1, 0, 0); // 6 PM PDT on 19 March
  const created = perRow(n, () => new Date(eventStart - int(120, 27 * 24 * 3600) * 1000)).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const TICKETS: [string, string, number][] = [
    ['General Admission', `evtticktyp-${alnum(15)}`, 25],
    ['Early Bird', `evtticktyp-${alnum(15)}`, 15],
    ['Student', `evtticktyp-${alnum(15)}`, 0],
    ['Sponsor Guest', `evtticktyp-${alnum(15)}`, 0],
  ];
  const ticket = created.map((d) =>
    d.getTime() < eventStart - 20 * 86400000
      ? TICKETS[1]!
      : weighted([
          [TICKETS[0]!, 14],
          [TICKETS[2]!, 4],
          [TICKETS[3]!, 2],
        ] as const),
  );
  const approval = perRow(n, () =>
    weighted([
      ['approved', 80],
      ['pending_approval', 6],
      ['waitlist', 8],
      ['declined', 4],
      ['invited', 2],
    ] as const),
  );
  const checkedIn = approval.map((a) => a === 'approved' && rand() < 0.65);
  const coupon = perRow(n, () => rand() < 0.1);
  // a paid ticket is charged when the guest is approved
  const paid = (i: number) => ticket[i]![2] > 0 && approval[i] === 'approved';
  const discount = (i: number) => (paid(i) && coupon[i] ? cents(ticket[i]![2] * 0.5) : 0);
  const amount = (i: number) => cents(ticket[i]![2] - discount(i));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const COMPANIES = [
    'Anthropic',
    'Stripe',
    'Figma',
    'Notion',
    'Stealth startup',
    'UC Berkeley',
    'Stanford',
    'Databricks',
    'Scale AI',
    'Freelance',
    'Replit',
    'Salesforce',
  ];
  const isoMs = (d: Date) => `${ymd(d)}T${hms(d)}.${pad(int(0, 999), 3)}Z`;
  const eventId = `evt-${alnum(12)}`;
  const rating = perRow(n, () => 0).map((_, i) => (checkedIn[i] && rand() < 0.3 ? int(3, 5) : 0));
  add(
    'luma_guests',
    'Luma event guests CSV (San Francisco AI builders meetup, registration questions appended)',
    [
      // judgement: Luma's id of the guest is the registration's id and the guest's id
      c('api_id', ['transaction_id', 'contact_id'], () => `gst-${alnum(15)}`),
      c('name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('first_name', 'first_name', (i) => fn[i]!),
      c('last_name', 'last_name', (i) => ln[i]!),
      c('email', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['gmail.com', 'gmail.com', 'berkeley.edu', 'hey.com', 'outlook.com']),
      ),
      c('phone_number', 'phone', () =>
        maybe(0.35, () => `+1${pick(['415', '628', '510', '650'])}${int(200, 999)}${digits(4)}`),
      ),
      // the registration: the conversion's time
      c('created_at', ['created_at', 'timestamp'], (i) => isoMs(created[i]!)),
      c('approval_status', 'status', (i) => approval[i]!),
      c('checked_in_at', null, (i) =>
        checkedIn[i] ? isoMs(new Date(eventStart + int(-600, 5400) * 1000)) : '',
      ),
      // the tracking-link source the guest registered through (?utm_source= on the event link)
      c('custom_source', 'utm_source', () =>
        weighted([
          ['', 60],
          ['twitter', 12],
          ['linkedin', 10],
          ['newsletter', 12],
          ['meetup', 6],
        ] as const),
      ),
      c('qr_code_url', null, () => `https://lu.ma/check-in/${eventId}?pk=g-${alnum(14)}`),
      c('amount', 'value', (i) => (paid(i) ? amount(i).toFixed(2) : '')),
      c('amount_tax', 'tax', (i) => (paid(i) ? '0.00' : '')),
      c('amount_discount', 'discount', (i) => (paid(i) ? discount(i).toFixed(2) : '')),
      c('currency', 'currency', (i) => (paid(i) ? 'usd' : '')),
      c('coupon_code', null, (i) => (discount(i) > 0 ? 'BUILDERS50' : '')),
      c('eth_address', null, () => maybe(0.03, () => `0x${hex(40)}`)),
      c('solana_address', null, () => ''),
      c('survey_response_rating', null, (i) => (rating[i]! > 0 ? String(rating[i]) : '')),
      c('survey_response_feedback', null, (i) =>
        rating[i]! > 0
          ? maybe(0.5, () =>
              pick(['Great demos!', 'More time for networking please', 'Loved the lightning talks']),
            )
          : '',
      ),
      // the ticket type's id: the id of what was bought
      c('ticket_type_id', 'product_sku', (i) => ticket[i]![1]),
      c('ticket_name', ['product_name', 'product_category'], (i) => ticket[i]![0]),
      c('What company do you work for?', 'company', () => pick(COMPANIES)),
      c("What's your role?", null, () =>
        pick([
          'Software Engineer',
          'ML Engineer',
          'Founder',
          'Product Manager',
          'Designer',
          'Student',
          'Researcher',
        ]),
      ),
      c('How did you hear about this event?', 'lead_source', () =>
        pick(['Luma', 'Twitter / X', 'LinkedIn', 'Friend or colleague', 'Newsletter', 'Meetup.com', '']),
      ),
      c('LinkedIn profile', null, (i) =>
        maybe(0.6, () => `https://www.linkedin.com/in/${ascii(fn[i]!)}-${ascii(ln[i]!)}-${hex(6)}`),
      ),
    ],
    n,
  );
}

// Zoom webinar registration report (Reports > Usage > Webinar > Registration report), HR-software vendor's
// payroll-compliance webinar; the report lines above the registrant header removed
{
  reseed(2026112308);
  const n = 360;
  const webinar = Date.UTC(2025, 3, 10, 14, 0, 0);
  const reg = perRow(n, () => new Date(webinar - int(1800, 24 * 24 * 3600) * 1000)).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const ctry = perRow(n, () =>
    weighted([
      ['United States', 85],
      ['Canada', 10],
      ['United Kingdom', 5],
    ] as const),
  );
  const us = perRow(n, () => pick(US_STATES));
  const CA: [string, string, string][] = [
    ['Toronto', 'Ontario', 'M5V 3L9'],
    ['Calgary', 'Alberta', 'T2P 1J9'],
    ['Vancouver', 'British Columbia', 'V6B 4Y8'],
  ];
  const UK: [string, string][] = [
    ['London', 'EC2A 4NE'],
    ['Manchester', 'M1 3HU'],
  ];
  const ca = perRow(n, () => pick(CA));
  const uk = perRow(n, () => pick(UK));
  const ORGS: [string, string][] = [
    ['Brightline Dental Group', 'brightlinedental.com'],
    ['Harborline Logistics', 'harborline.com'],
    ['Acme Staffing', 'acmestaffing.com'],
    ['Greenfield School District', 'greenfieldsd.org'],
    ['Pioneer Credit Union', 'pioneercu.org'],
    ['Summit Home Health', 'summithh.com'],
    ['Northwind Foods', 'northwindfoods.com'],
    ['Lakeside Manufacturing', 'lakesidemfg.com'],
    ['Cobalt Labs', 'cobaltlabs.io'],
    ['City of Fairview', 'fairview.gov'],
  ];
  const org = perRow(n, () => pick(ORGS));
  const work = perRow(n, () => rand() < 0.65);
  const stamp = (d: Date) => `${mdy(d)} ${h12(d, true, true)}`;
  add(
    'zoom_webinar_registrants',
    'Zoom webinar registration report (HR-software vendor webinar; report lines above the header removed)',
    [
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Email', 'email', (i) =>
        work[i]
          ? `${ascii(fn[i]!)}.${ascii(ln[i]!)}@${org[i]![1]}`
          : mail(fn[i]!, ln[i]!, i, ['gmail.com', 'outlook.com', 'yahoo.com']),
      ),
      c('Address', 'address_line', () => maybe(0.3, street)),
      c('City', 'city', (i) =>
        ctry[i] === 'United States' ? us[i]![0] : ctry[i] === 'Canada' ? ca[i]![0] : uk[i]![0],
      ),
      c('Country/Region', 'country', (i) => ctry[i]!),
      c('Zip/Postal Code', 'postal_code', (i) =>
        maybe(0.7, () =>
          ctry[i] === 'United States'
            ? `${us[i]![2]}${pad(int(1, 99))}`
            : ctry[i] === 'Canada'
              ? ca[i]![2]
              : uk[i]![1],
        ),
      ),
      c('State/Province', 'region', (i) =>
        ctry[i] === 'United States' ? us[i]![3] : ctry[i] === 'Canada' ? ca[i]![1] : '',
      ),
      c('Phone', 'phone', () => maybe(0.6, dashPhone)),
      c('Industry', null, () =>
        pick([
          'Healthcare',
          'Education',
          'Manufacturing',
          'Financial Services',
          'Retail',
          'Government',
          'Technology',
          'Staffing',
        ]),
      ),
      c('Organization', 'company', (i) => org[i]![0]),
      c('Job Title', null, () =>
        pick([
          'HR Manager',
          'Payroll Specialist',
          'Controller',
          'Office Manager',
          'VP People',
          'HR Generalist',
          'CFO',
        ]),
      ),
      c('Purchasing Time Frame', null, () =>
        pick(['Within a month', '1-3 months', '4-6 months', 'More than 6 months', 'No timeframe', '']),
      ),
      c('Role in Purchase Process', null, () =>
        pick(['Decision Maker', 'Evaluator/Recommender', 'Influencer', 'Not involved', '']),
      ),
      c('No of Employees', null, () =>
        pick(['1-20', '21-50', '51-100', '101-500', '501-1,000', '1,001-5,000', '5,001-10,000']),
      ),
      c('Questions & Comments', 'notes', () =>
        maybe(0.12, () =>
          pick([
            'Will the recording be shared afterwards?',
            'Please cover multi-state withholding',
            'Does this apply to seasonal workers?',
            'Can we get HRCI credit for attending?',
          ]),
        ),
      ),
      // the registration: the lead's conversion time
      c('Registration Time', ['created_at', 'timestamp'], (i) => stamp(reg[i]!)),
      c('Approval Status', 'status', () =>
        weighted([
          ['approved', 95],
          ['pending', 3],
          ['denied', 2],
        ] as const),
      ),
      // the name of the tracking source (Zoom's source-tracking links) the registrant came through
      c('Source Name', ['lead_source', 'utm_source'], () =>
        weighted([
          ['', 45],
          ['LinkedIn Ads', 20],
          ['Newsletter - March', 18],
          ['Website banner', 12],
          ['Partner - SHRM chapter', 5],
        ] as const),
      ),
    ],
    n,
  );
}

// Circle community members export (Audience > Manage audience > Export CSV), paid community for freelance UX
// designers
{
  reseed(2026112309);
  const n = 300;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const status = perRow(n, () =>
    weighted([
      ['Active', 88],
      ['Invited', 5],
      ['Deactivated', 7],
    ] as const),
  );
  const joined = perRow(n, () => plusDays(moment2025(), -int(0, 500)));
  const lastSeen = joined.map((d) => laterThan(d, 300));
  const posts = perRow(n, () => pick([0, 0, 0, 1, 1, 2, 3, 5, 8, 14, 27]));
  const stamp = (d: Date) => `${ymd(d)} ${hms(d)} UTC`;
  const active = (i: number) => status[i] !== 'Invited';
  add(
    'circle_members',
    'Circle community members export (paid community for freelance UX designers)',
    [
      c('ID', 'customer_id', () => `${int(1, 9)}${digits(7)}`),
      c('Name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('First name', 'first_name', (i) => fn[i]!),
      c('Last name', 'last_name', (i) => ln[i]!),
      c('Email', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['gmail.com', 'hey.com', 'proton.me', 'icloud.com']),
      ),
      c('Headline', null, (i) =>
        active(i)
          ? maybe(0.7, () =>
              pick([
                'Freelance UX Designer',
                'Senior Product Designer',
                'UX Researcher | ex-agency',
                'Design Systems Consultant',
                'Career switcher learning UX',
              ]),
            )
          : '',
      ),
      c('Bio', null, (i) =>
        active(i)
          ? maybe(0.4, () =>
              pick([
                'Helping SaaS teams ship calmer interfaces.',
                'Coffee, Figma, repeat.',
                'Mum of two, designer of many things.',
              ]),
            )
          : '',
      ),
      // judgement: free text ("Lisbon, Portugal", "Remote"), not one field of an address
      c('Location', null, (i) =>
        active(i)
          ? maybe(0.6, () =>
              pick([
                'Lisbon, Portugal',
                'Austin, TX',
                'Toronto',
                'Remote',
                'Berlin',
                'Bay Area',
                'Manchester, UK',
              ]),
            )
          : '',
      ),
      c('Website', null, (i) => maybe(0.35, () => `https://${ascii(fn[i]!)}${ascii(ln[i]!)}.design`)),
      c('LinkedIn URL', null, (i) =>
        maybe(0.55, () => `https://www.linkedin.com/in/${ascii(fn[i]!)}${ascii(ln[i]!)}`),
      ),
      c('Twitter URL', null, (i) => maybe(0.2, () => `https://twitter.com/${ascii(fn[i]!)}_ux`)),
      c('Instagram URL', null, (i) => maybe(0.1, () => `https://instagram.com/${ascii(fn[i]!)}.designs`)),
      c('Member tags', null, () =>
        maybe(0.4, () =>
          pick(['Founding Member', 'Mentor', 'Job Seeker', 'Agency Owner', 'Founding Member, Mentor']),
        ),
      ),
      c('Spaces', null, () =>
        pick([
          'Start Here, Introductions',
          'Start Here, Portfolio Reviews, Jobs Board',
          'Start Here, Introductions, Client Wins, Jobs Board',
        ]),
      ),
      // the paid plan the member is on
      c('Paywalls', null, () =>
        weighted([
          ['Guild Membership (Monthly)', 6],
          ['Guild Membership (Annual)', 3],
          ['Lifetime Access', 1],
          ['', 1],
        ] as const),
      ),
      c('Status', 'status', (i) => status[i]!),
      c('Joined at', ['created_at', 'timestamp'], (i) => (active(i) ? stamp(joined[i]!) : '')),
      c('Last seen at', null, (i) => (active(i) ? stamp(lastSeen[i]!) : '')),
      c('Posts count', null, (i) => (active(i) ? String(posts[i]) : '0')),
      c('Comments count', null, (i) => (active(i) ? String(posts[i]! * int(1, 6)) : '0')),
      c('Profile URL', null, () => `https://community.uxguild.co/u/${hex(8)}`),
    ],
    n,
  );
}

// Lightspeed Retail (R-Series) customers export (Customers > Search > Export), Burlington, Vermont ski & outdoor shop
{
  reseed(2026112310);
  const n = 300;
  const TOWNS: [string, string, string, string][] = [
    ['Burlington', 'VT', '05401', 'United States'],
    ['Burlington', 'VT', '05401', 'United States'],
    ['South Burlington', 'VT', '05403', 'United States'],
    ['Essex Junction', 'VT', '05452', 'United States'],
    ['Williston', 'VT', '05495', 'United States'],
    ['Shelburne', 'VT', '05482', 'United States'],
    ['Stowe', 'VT', '05672', 'United States'],
    ['Montpelier', 'VT', '05602', 'United States'],
    ['Plattsburgh', 'NY', '12901', 'United States'],
    ['Boston', 'MA', '02116', 'United States'],
    ['Montréal', 'QC', 'H2X 1Y4', 'Canada'],
  ];
  const town = perRow(n, () => pick(TOWNS));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const type = perRow(n, () =>
    weighted([
      ['Retail', 80],
      ['Ski Team', 8],
      ['Employee', 4],
      ['Wholesale', 3],
      ['', 5],
    ] as const),
  );
  const created = perRow(n, () => plusDays(moment2025(9, 19), -int(0, 3600))).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const phone = () => `802-${int(200, 999)}-${digits(4)}`;
  const hasAddr = perRow(n, () => rand() < 0.65);
  const noEmail = perRow(n, () => rand() < 0.3);
  const stamp = (d: Date) => `${mdy(d)} ${h12(d, false, true)}`;
  add(
    'lightspeed_rseries_customers',
    'Lightspeed Retail (R-Series) customers export (Vermont ski & outdoor shop)',
    [
      c('Customer ID', 'customer_id', (i) => String(12 + i * 7 + int(0, 6))),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Title', null, () =>
        weighted([
          ['', 85],
          ['Mr.', 6],
          ['Ms.', 6],
          ['Dr.', 3],
        ] as const),
      ),
      c('Company', 'company', (i) =>
        type[i] === 'Wholesale'
          ? pick(['Mad River Ski Club', 'Bolton Valley Rentals'])
          : maybe(0.04, () => pick(['UVM Medical Center', 'BETA Technologies', 'Burton'])),
      ),
      c('Customer Type', null, (i) => type[i]!),
      c('Email', 'email', (i) =>
        maybe(0.85, () => mail(fn[i]!, ln[i]!, i, ['gmail.com', 'comcast.net', 'uvm.edu', 'yahoo.com'])),
      ),
      c('Email 2', 'email', (i) => maybe(0.05, () => `${ascii(fn[i]!)}${ascii(ln[i]!)}@gmavt.net`)),
      c('Home Phone', 'phone', () => maybe(0.35, phone)),
      c('Work Phone', 'phone', () => maybe(0.1, phone)),
      c('Mobile Phone', 'phone', () => maybe(0.7, phone)),
      c('Address 1', 'address_line', (i) => (hasAddr[i] ? street() : '')),
      c('Address 2', null, (i) => (hasAddr[i] ? maybe(0.1, () => `Unit ${int(1, 12)}`) : '')),
      c('City', 'city', (i) => (hasAddr[i] ? town[i]![0] : '')),
      c('State', 'region', (i) => (hasAddr[i] ? town[i]![1] : '')),
      c('ZIP', 'postal_code', (i) => (hasAddr[i] ? town[i]![2] : '')),
      c('Country', 'country', (i) => (hasAddr[i] ? town[i]![3] : '')),
      c('Birthday', 'birth_date', () =>
        maybe(0.3, () => mdy(new Date(Date.UTC(int(1950, 2012), int(0, 11), int(1, 28))))),
      ),
      c('Created', ['created_at', 'timestamp'], (i) => stamp(created[i]!)),
      // judgement: contact opt-outs, the inverse of the marketing consent, by e-mail, post and phone
      c('No Email', 'marketing_opt_in', (i) => (noEmail[i] ? 'Yes' : 'No')),
      c('No Mail', 'marketing_opt_in', () => (rand() < 0.4 ? 'Yes' : 'No')),
      c('No Phone', 'marketing_opt_in', () => (rand() < 0.5 ? 'Yes' : 'No')),
      c('Discount', null, (i) =>
        type[i] === 'Ski Team'
          ? 'Ski Team 15%'
          : type[i] === 'Employee'
            ? 'Employee 30%'
            : maybe(0.03, () => 'Pro Deal 20%'),
      ),
      c('Tax Category', null, (i) => (type[i] === 'Wholesale' ? 'Exempt' : 'Tax')),
      c('Credit Account Balance', null, () => (rand() < 0.08 ? `${pick([25, 40, 75, 110])}.00` : '0.00')),
      c('Notes', 'notes', () =>
        maybe(0.08, () =>
          pick([
            'Boot fit: narrow heel, Lange RX 120, custom footbeds',
            'Seasonal kids ski lease 2025-26',
            'Prefers text when tune is ready',
            'Binding DIN 7, skier type II',
          ]),
        ),
      ),
      c('Archived', null, () => (rand() < 0.03 ? 'Yes' : 'No')),
    ],
    n,
  );
}

// Toast guest data export (Marketing > Guests > Export), three-location Nashville hot-chicken restaurant
{
  reseed(2026112311);
  const n = 340;
  const LOCS = [
    'Fireside Hot Chicken - East Nashville',
    'Fireside Hot Chicken - Midtown',
    'Fireside Hot Chicken - Franklin',
  ];
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const source = perRow(n, () =>
    weighted([
      ['Online Ordering', 35],
      ['POS', 25],
      ['Loyalty Signup', 20],
      ['Toast TakeOut App', 10],
      ['Digital Receipt', 10],
    ] as const),
  );
  const created = perRow(n, () => plusDays(moment2025(11, 21), -int(0, 800)));
  const visits = perRow(n, () => pick([1, 1, 1, 2, 2, 3, 4, 5, 7, 9, 12, 18, 26, 41, 63]));
  const avg = perRow(n, () => cents(14 + rand() * 22));
  const spend = visits.map((v, i) => cents(v * avg[i]!));
  const lastVisit = created.map((d, i) => (visits[i]! > 1 ? laterThan(d, 700) : d));
  const hasEmail = perRow(n, () => rand() < 0.75);
  const loyalty = source.map((s) => s === 'Loyalty Signup' || rand() < 0.2);
  add(
    'toast_guests',
    'Toast guest data export (three-location Nashville hot-chicken restaurant)',
    [
      c('Guest ID', 'customer_id', () => uuid(pick(['8', '9', 'a', 'b']))),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => (rand() < 0.08 ? '' : ln[i]!)),
      c('Email', 'email', (i) => (hasEmail[i] ? mail(fn[i]!, ln[i]!, i) : '')),
      c('Phone', 'phone', () =>
        maybe(0.8, () => `${pick(['615', '629', '931'])}${int(200, 999)}${digits(4)}`),
      ),
      // month and day only
      c('Birthday', 'birth_date', (i) =>
        loyalty[i] ? maybe(0.6, () => `${pad(int(1, 12))}/${pad(int(1, 28))}`) : '',
      ),
      c('Guest Created Date', ['created_at', 'timestamp'], (i) => mdyShort(created[i]!)),
      // where the guest record was first created (online ordering, the POS, the loyalty sign-up...)
      c('Creation Source', ['lead_source', 'channel'], (i) => source[i]!),
      c('First Visit Date', null, (i) => mdyShort(created[i]!)),
      c('Last Visit Date', null, (i) => mdyShort(lastVisit[i]!)),
      c('Last Visit Location', 'location', () => pick(LOCS)),
      c('Total Visits', 'order_count', (i) => String(visits[i])),
      c('Total Spend', 'lifetime_value', (i) => spend[i]!.toFixed(2)),
      c('Average Check', null, (i) => avg[i]!.toFixed(2)),
      c('Loyalty Member', null, (i) => (loyalty[i] ? 'Yes' : 'No')),
      c('Loyalty Points Balance', null, (i) => (loyalty[i] ? String(Math.round(spend[i]! % 150)) : '')),
      c('Email Marketing Status', 'marketing_opt_in', (i) =>
        hasEmail[i]
          ? weighted([
              ['Subscribed', 11],
              ['Unsubscribed', 2],
              ['Not Subscribed', 7],
            ] as const)
          : '',
      ),
      c('SMS Marketing Status', 'marketing_opt_in', () =>
        weighted([
          ['Subscribed', 5],
          ['Not Subscribed', 14],
          ['Unsubscribed', 1],
        ] as const),
      ),
      c('Guest Notes', 'notes', () =>
        maybe(0.05, () =>
          pick([
            'Peanut allergy',
            'Always wants extra pickles',
            'Catering - call 48h ahead',
            'Regular at Franklin, knows the crew',
          ]),
        ),
      ),
    ],
    n,
  );
}

// Stax (Fattmerchant) transactions export (Stax Pay > Transactions > Export), Orlando plumbing & HVAC company;
// invoices paid online, the technicians' terminal and app, the office's virtual terminal; card surcharges and ACH
{
  reseed(2026112312);
  const n = 320;
  const when = sortedMoments(n, 11, 23); // UTC: 7 AM to 7 PM in Orlando
  const type = perRow(n, () =>
    weighted([
      ['Charge', 88],
      ['Refund', 4],
      ['Void', 3],
      ['Pre-Auth', 2],
    ] as const),
  );
  const source = perRow(n, () =>
    weighted([
      ['Invoice', 35],
      ['Terminal', 28],
      ['Virtual Terminal', 20],
      ['Stax Mobile', 12],
      ['Customer Portal', 5],
    ] as const),
  );
  const method = source.map((s) =>
    s === 'Invoice' || s === 'Customer Portal' ? (rand() < 0.35 ? 'Bank' : 'Card') : 'Card',
  );
  const card = (i: number) => method[i] === 'Card';
  const brand = perRow(n, () =>
    weighted([
      ['visa', 9],
      ['mastercard', 5],
      ['amex', 2],
      ['discover', 1],
    ] as const),
  );
  const declined = perRow(n, () => 0).map((_, i) => type[i] === 'Charge' && rand() < 0.05);
  const sub = perRow(n, () =>
    cents(pick([89, 129, 189, 245, 375, 650, 1280, 2450, 4600]) * (0.9 + rand() * 0.2)),
  );
  const taxed = perRow(n, () => rand() < 0.45);
  const tax = (i: number) => (taxed[i] ? cents(sub[i]! * 0.4 * 0.065) : 0);
  const tip = perRow(n, () => 0).map((_, i) =>
    type[i] === 'Charge' && (source[i] === 'Terminal' || source[i] === 'Stax Mobile') && rand() < 0.08
      ? pick([20, 25, 40, 50])
      : 0,
  );
  const surcharged = perRow(n, () => rand() < 0.7);
  const surcharge = (i: number) => (card(i) && surcharged[i] ? cents((sub[i]! + tax(i)) * 0.03) : 0);
  const total = (i: number) => cents(sub[i]! + tax(i) + tip[i]! + surcharge(i));
  const sign = (i: number) => (type[i] === 'Refund' ? -1 : 1);
  const laterRefund = perRow(n, () => 0).map((_, i) => type[i] === 'Charge' && !declined[i] && rand() < 0.04);
  const TOWNS: [string, string][] = [
    ['Orlando', '328'],
    ['Orlando', '328'],
    ['Winter Park', '327'],
    ['Kissimmee', '347'],
    ['Sanford', '327'],
    ['Apopka', '327'],
    ['Oviedo', '327'],
  ];
  const town = perRow(n, () => pick(TOWNS));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const company = perRow(n, () =>
    maybe(0.2, () =>
      pick(['Lake Nona Property Mgmt', 'Baldwin Park HOA', 'Sunrail Diner', 'Orange Ave Dental']),
    ),
  );
  const settled = (i: number) => type[i] === 'Charge' && !declined[i];
  add(
    'stax_transactions',
    'Stax (Fattmerchant) transactions export (Orlando plumbing & HVAC company)',
    [
      c('Transaction ID', 'transaction_id', () => uuid(pick(['8', '9', 'a', 'b']))),
      c('Created At', ['created_at', 'timestamp'], (i) => sqlStamp(when[i]!)),
      // Charge / Refund / Void / Pre-Auth
      c('Type', 'status', (i) => type[i]!),
      c('Status', 'status', (i) => (declined[i] ? 'Declined' : 'Approved')),
      c('Method', 'payment_method', (i) => method[i]!),
      c('Card Type', 'card_brand', (i) => (card(i) ? brand[i]! : '')),
      // the card's (or, for ACH, the bank account's) last four digits
      c('Last Four', 'card_last4', () => digits(4)),
      c('Subtotal', 'subtotal', (i) => (sign(i) * sub[i]!).toFixed(2)),
      c('Tax', 'tax', (i) => (sign(i) * tax(i)).toFixed(2)),
      c('Tip', 'tip', (i) => tip[i]!.toFixed(2)),
      // judgement: the card surcharge the customer pays on top of the bill is a fee charged to the customer
      c('Surcharge', 'fee', (i) => (sign(i) * surcharge(i)).toFixed(2)),
      c('Total', 'value', (i) => (sign(i) * total(i)).toFixed(2)),
      c('Total Refunded', 'refund_amount', (i) =>
        laterRefund[i] ? (rand() < 0.5 ? total(i) : cents(total(i) / 3)).toFixed(2) : '0.00',
      ),
      c('Customer ID', 'customer_id', () => uuid(pick(['8', '9', 'a', 'b']))),
      c('Customer First Name', 'first_name', (i) => fn[i]!),
      c('Customer Last Name', 'last_name', (i) => ln[i]!),
      c('Customer Company', 'company', (i) => company[i]!),
      c('Customer Email', 'email', (i) => maybe(0.85, () => mail(fn[i]!, ln[i]!, i))),
      c('Customer Phone', 'phone', () =>
        maybe(0.8, () => `${pick(['407', '321', '689'])}${int(200, 999)}${digits(4)}`),
      ),
      c('Customer Address', 'address_line', () => maybe(0.75, street)),
      c('Customer City', 'city', (i) => town[i]![0]),
      c('Customer State', 'region', () => 'FL'),
      c('Customer Zip', 'postal_code', (i) => `${town[i]![1]}${pad(int(1, 99))}`),
      // judgement: the number of the invoice the payment settled
      c('Invoice Number', 'order_number', (i) =>
        source[i] === 'Invoice' || source[i] === 'Customer Portal' ? String(int(10400, 12999)) : '',
      ),
      c('Memo', 'notes', () =>
        maybe(0.35, () =>
          pick([
            'Water heater replacement - 50 gal',
            'AC tune-up',
            'Drain cleaning - kitchen',
            'Service call',
            'Repipe deposit',
            'Condenser fan motor',
          ]),
        ),
      ),
      // where the payment was taken: an invoice link, a technician's terminal or app, the office, the portal
      c('Source', 'channel', (i) => source[i]!),
      c('User', 'staff', (i) =>
        source[i] === 'Terminal' || source[i] === 'Stax Mobile'
          ? pick(['Luis R. (Tech 4)', 'Mike D. (Tech 2)', 'Andre P. (Tech 7)'])
          : source[i] === 'Virtual Terminal'
            ? pick(['Karen (Dispatch)', 'Office'])
            : '',
      ),
      c('Settled At', null, (i) => (settled(i) ? ymd(plusDays(when[i]!, 1)) : '')),
      c('Batch ID', null, (i) =>
        settled(i) ? `${ymd(plusDays(when[i]!, 1)).replace(/-/g, '')}${int(1, 3)}` : '',
      ),
    ],
    n,
  );
}

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-w'),
  cases,
);

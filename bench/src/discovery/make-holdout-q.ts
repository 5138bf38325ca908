/**
 * Writes the seventeenth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-q/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-q.ts
 *
 * Written and labelled on 2026-11-28 after the changes made for holdout-g
 * to -p, without reading the matcher, its lexicon or its profiler and
 * without running it; labels were fixed from the headers and the vendors'
 * semantics before any scoring. Vendors and export kinds in no other set:
 * a Poshmark sales report (one row per sold listing, "$" amounts, "--" for
 * no tax), Shopee seller orders of a Malaysian shop (MYR, one row per item,
 * order-level columns repeated), Paystack transactions of a Nigerian shop
 * (NGN, payment channels, abandoned and reversed payments), a Mercado Pago
 * activity report of an Argentine shop (Spanish headers, ARS, online and
 * Point/QR sales), Lightspeed eCom (C-Series) orders of a Dutch shop (EUR,
 * house number in its own column, separate date and time), Odoo Point of
 * Sale orders of a Belgian bakery (one-to-many export: an order's further
 * lines leave the order columns blank), FreshBooks invoices of a Canadian
 * studio (CAD, HST/GST), Thinkific orders (online courses), Copper CRM
 * people, a Marketo lead export, ClassPass reservations seen by a studio
 * (the payout is the only amount) and a Finnish web-shop order export
 * (Finnish headers, `;`, decimal commas). Values are synthetic.
 * First blind run (matcher of commit b40d9b2, after the changes made for
 * holdout-o and -p): 77.2 % overall, 82.2 % critical.
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
  hex,
  hm,
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
  thousands,
  upper,
  usPhone,
  writeCases,
  ymd,
} from './holdout-helpers.ts';

reseed(20261207);
const { cases, add } = collectCases();

/** Splits `n` rows into groups (orders) of 1..maxLines rows; returns each row's group and line index. */
function groupRows(
  n: number,
  pNext: number,
  maxLines: number,
): { g: number[]; line: number[]; groups: number } {
  const g: number[] = [];
  const line: number[] = [];
  let o = 0;
  let l = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (l + 1 >= maxLines || rand() >= pNext)) {
      o++;
      l = 0;
    } else if (i > 0) {
      l++;
    }
    g.push(o);
    line.push(l);
  }
  return { g, line, groups: o + 1 };
}

// Poshmark sales report (Account > My Sales > Sales report, one row per sold listing), US closet reseller
{
  const n = 240;
  const LISTINGS: [string, string, string, string, string, number][] = [
    ['Women', 'Pants & Jumpsuits', 'Leggings', 'lululemon athletica', 'lululemon Align Pant 25" Black', 98],
    ['Women', 'Dresses', 'Maxi', 'Free People', 'Free People Boho Floral Maxi Dress', 128],
    ['Women', 'Jeans', 'Straight Leg', 'Madewell', 'Madewell The Perfect Vintage Jean', 128],
    ['Women', 'Bags', 'Crossbody Bags', 'Coach', 'COACH Pebbled Leather Crossbody', 195],
    ['Women', 'Tops', 'Blouses', 'Anthropologie', 'Anthropologie Embroidered Peasant Blouse', 88],
    ['Women', 'Shoes', 'Sneakers', 'Nike', 'Nike Air Force 1 White Size 8', 110],
    ['Women', 'Jackets & Coats', 'Puffers', 'Patagonia', 'Patagonia Down Sweater Jacket', 229],
    ['Men', 'Shirts', 'Casual Button Down Shirts', 'J. Crew', "J.Crew Men's Flannel Shirt", 79],
    ['Men', 'Jeans', 'Slim', "Levi's", "Levi's 511 Slim Fit Jeans 32x32", 69],
    ['Men', 'Shoes', 'Sneakers', 'Nike', 'Nike Dunk Low Panda Size 10', 115],
    ['Kids', 'Shoes', 'Sneakers', 'Nike', 'Nike Kids Revolution 6 Size 2Y', 50],
    ['Home', 'Kitchen', 'Dining', 'Le Creuset', 'Le Creuset Stoneware Mug Set of 2', 60],
  ];
  const SIZES = ['XS', 'S', 'M', 'L', 'XL', '6', '8', '10', '28', '30', 'OS'];
  const COLORS = ['Black', 'White', 'Blue', 'Green', 'Pink', 'Cream', 'Brown', 'Gray', 'Red'];
  const STATES = ['CA', 'TX', 'NY', 'FL', 'IL', 'PA', 'OH', 'GA', 'NC', 'WA', 'AZ', 'NJ', 'MI', 'VA', 'CO'];
  const item = perRow(n, () => pick(LISTINGS));
  const nwt = perRow(n, () => rand() < 0.3);
  const listPrice = perRow(n, () => 0).map((_, i) =>
    Math.round(item[i]![5] * (nwt[i] ? 0.7 : 0.4 + rand() * 0.2)),
  );
  const offer = perRow(n, () => rand() < 0.55);
  const price = perRow(n, () => 0).map((_, i) =>
    offer[i] ? Math.max(8, Math.round(listPrice[i]! * (0.65 + rand() * 0.25))) : listPrice[i]!,
  );
  const shipDisc = perRow(n, () => pick([0, 0, 0, 0, 2.49, 4, 7.97]));
  const upgrade = perRow(n, () => (rand() < 0.05 ? pick([5.5, 11, 16.5]) : 0));
  const net = (i: number) =>
    cents((price[i]! < 15 ? price[i]! - 2.95 : price[i]! * 0.8) - shipDisc[i]! - upgrade[i]!);
  const ordered = perRow(n, () => moment2025());
  const listed = ordered.map((d) => plusDays(d, -int(0, 320)));
  const tax = perRow(n, () => 0).map((_, i) =>
    rand() < 0.85 ? cents(price[i]! * (0.04 + rand() * 0.06)) : -1,
  );
  const usd = (x: number) => `$${thousands(x)}`;
  const buyer = perRow(n, () =>
    `${pick(['closet', 'shop', 'posh', 'the', 'its', ''])}${ascii(first())}${pick(['', '_', ''])}${pick([
      '',
      String(int(1, 99)),
      pick(['style', 'finds', 'xo', 'boutique']),
    ])}`.slice(0, 15),
  );
  add(
    'poshmark_sales',
    'Poshmark sales report (US closet reseller)',
    [
      // date only, no time column anywhere
      c('Order Date', ['timestamp', 'date'], (i) => mdy(ordered[i]!)),
      c('Listing Date', null, (i) => mdy(listed[i]!)),
      c('Order Id', ['transaction_id', 'order_number'], () => hex(24)),
      c('Listing Title', 'product_name', (i) => `${nwt[i] ? 'NWT ' : ''}${item[i]![4]}`),
      // Department (Women/Men/Kids/Home) and Subcategory are coarser/finer levels beside Category: null
      c('Department', null, (i) => item[i]![0]),
      c('Category', 'product_category', (i) => item[i]![1]),
      c('Subcategory', null, (i) => item[i]![2]),
      c('Brand', null, (i) => item[i]![3]),
      c('Size', null, () => pick(SIZES)),
      c('Color', null, () => pick(COLORS)),
      c('New With Tags', null, (i) => (nwt[i] ? 'Yes' : 'No')),
      c('Listing Price', null, (i) => usd(listPrice[i]!)),
      // what the buyer paid for the item (shipping and tax are paid on top and are not the seller's)
      c('Order Price', 'value', (i) => usd(price[i]!)),
      c('Offer Order', null, (i) => (offer[i] ? 'Yes' : 'No')),
      // judgement: the shipping discount the seller gave the buyer is a discount
      c('Seller Shipping Discount', 'discount', (i) => usd(shipDisc[i]!)),
      // judgement: a postage cost of the seller, not a processing fee (holdout-l Depop "USPS Cost" → null)
      c('Upgraded Shipping Label Fee', null, (i) => usd(upgrade[i]!)),
      c('Net Earnings', null, (i) => usd(net(i))),
      // judgement: the buyer's Poshmark handle is the only customer identifier (holdout-p Etsy "Buyer")
      c('Buyer Username', ['customer_reference', 'customer_id'], (i) => buyer[i]!),
      c('Buyer State', 'region', () => pick(STATES)),
      c('Cost Price', null, () => maybe(0.35, () => usd(int(2, 30)))),
      c('Sales Tax (Paid by Buyer)', 'tax', (i) => (tax[i]! < 0 ? '--' : usd(tax[i]!))),
    ],
    n,
  );
}

// Shopee Seller Centre order export (My Orders > Export, Order.all.xlsx saved as CSV), Malaysian shop;
// one row per item, order-level columns repeated on each of an order's rows
{
  const n = 320;
  const { g, groups } = groupRows(n, 0.35, 4);
  const PRODUCTS: [string, string, string[], number][] = [
    ['SKINCARE-HA', 'Hyaluronic Acid Hydrating Serum 30ml', ['30ml', '50ml'], 39.9],
    ['SKINCARE-SPF', 'Sunscreen Gel SPF50 PA++++ 50ml', ['50ml'], 29.9],
    ['TUDUNG-BAWAL', 'Tudung Bawal Cotton Voile Premium', ['Dusty Pink', 'Navy', 'Cream', 'Black'], 19.9],
    [
      'PHONE-CASE-MAG',
      'Magnetic Clear Case for iPhone 15',
      ['iPhone 15', 'iPhone 15 Pro', 'iPhone 15 Pro Max'],
      25,
    ],
    ['CABLE-USBC', 'Fast Charging USB-C Cable 1m/2m', ['1m', '2m'], 12.9],
    ['KOPI-3IN1', 'Kopi Pracampur 3 in 1 (30 sachets)', ['Original', 'Kurang Manis'], 22.5],
    ['BAJU-KURUNG', 'Baju Kurung Moden Cotton Raya Collection', ['S', 'M', 'L', 'XL'], 79],
  ];
  const PLACES: [string, string, string][] = [
    ['Petaling Jaya', 'Selangor', '47301'],
    ['Shah Alam', 'Selangor', '40000'],
    ['Subang Jaya', 'Selangor', '47500'],
    ['Klang', 'Selangor', '41000'],
    ['Kuala Lumpur', 'W.P. Kuala Lumpur', '50450'],
    ['Johor Bahru', 'Johor', '80000'],
    ['George Town', 'Pulau Pinang', '10200'],
    ['Ipoh', 'Perak', '30000'],
    ['Kota Kinabalu', 'Sabah', '88000'],
    ['Kuching', 'Sarawak', '93000'],
    ['Seremban', 'Negeri Sembilan', '70000'],
    ['Melaka', 'Melaka', '75000'],
  ];
  const NAMES = [
    'Nurul Aina binti Rahman',
    'Muhammad Hafiz bin Ismail',
    'Siti Nur Aisyah',
    'Tan Wei Ling',
    'Lim Chee Keong',
    'Wong Mei Yee',
    'Kavitha a/p Raman',
    'Ahmad Faris',
    'Nor Azizah Hassan',
    'Chong Kah Wai',
    'Priya Devi',
    'Aiman Hakimi',
    'Farah Nadia',
    'Lee Jia Hui',
  ];
  const STREETS = [
    'Jalan SS 2/24',
    'Jalan Tun Razak',
    'Lorong Maarof',
    'Jalan Ampang',
    'Jalan Bukit Bintang',
    'Persiaran Kayangan',
    'Jalan Kebun Teh',
    'Jalan Sultan Azlan Shah',
  ];
  const status = perRow(groups, () =>
    pick([
      'Completed',
      'Completed',
      'Completed',
      'Completed',
      'Completed',
      'Completed',
      'Shipping',
      'To ship',
      'Cancelled',
      'Unpaid',
    ]),
  );
  const paid = (o: number) => status[o] !== 'Unpaid' && !(status[o] === 'Cancelled' && rand() < 0.5);
  const paidOf = perRow(groups, () => 0).map((_, o) => paid(o));
  const shipped = (o: number) => status[o] === 'Completed' || status[o] === 'Shipping';
  const created = perRow(groups, () => moment2025());
  const paidAt = created.map((d) => new Date(d.getTime() + int(1, 90) * 60000));
  const shipAt = created.map((d) => new Date(d.getTime() + int(18, 60) * 3600000));
  const doneAt = created.map((d) => plusDays(d, int(4, 10)));
  const prod = perRow(n, () => pick(PRODUCTS));
  const variant = perRow(n, () => 0).map((_, i) => pick(prod[i]![2]));
  const qty = perRow(n, () => pick([1, 1, 1, 1, 2, 2, 3]));
  const orig = (i: number) => prod[i]![3];
  const deal = perRow(n, () => 0).map((_, i) =>
    rand() < 0.5 ? cents(orig(i) * pick([0.8, 0.85, 0.9])) : orig(i),
  );
  const rebate = perRow(n, () => 0).map((_, i) => (rand() < 0.15 ? cents(deal[i]! * 0.05 * qty[i]!) : 0));
  const lineSub = (i: number) => cents(deal[i]! * qty[i]!);
  const orderSub = perRow(groups, () => 0);
  const orderQty = perRow(groups, () => 0);
  for (let i = 0; i < n; i++) {
    orderSub[g[i]!] = cents(orderSub[g[i]!]! + lineSub(i));
    orderQty[g[i]!] = orderQty[g[i]!]! + qty[i]!;
  }
  const sellerVoucher = perRow(groups, () => (rand() < 0.25 ? pick([2, 3, 5]) : 0));
  const shopeeVoucher = perRow(groups, () => (rand() < 0.2 ? pick([3, 5, 8]) : 0));
  const coins = perRow(groups, () => (rand() < 0.3 ? cents(rand() * 2.5) : 0));
  const shipFee = perRow(groups, () => pick([0, 0, 4.9, 4.9, 6.7, 8]));
  const totalAmt = (o: number) =>
    cents(Math.max(0, orderSub[o]! - sellerVoucher[o]! - shopeeVoucher[o]! - coins[o]!));
  const grand = (o: number) => cents(totalAmt(o) + shipFee[o]!);
  const place = perRow(groups, () => pick(PLACES));
  const name = perRow(groups, () => pick(NAMES));
  const username = name.map(
    (nm) =>
      `${ascii((rand() < 0.8 ? nm : pick(NAMES)).split(' ')[0]!)}${pick(['', '_', '.'])}${digits(int(2, 5))}`,
  );
  const estShip = shipFee.map((f) => f || pick([4.9, 6.7]));
  const phone = perRow(groups, () => `601${pick(['0', '1', '2', '3', '6', '7', '9'])}${digits(7)}`);
  const addr = perRow(groups, () => `No ${int(1, 120)}, ${pick(STREETS)}`);
  const shipOpt = perRow(groups, () =>
    pick(['Standard Delivery', 'Shopee Xpress', 'J&T Express', 'Ninja Van', 'DHL eCommerce']),
  );
  const track = perRow(groups, (): string =>
    pick([`SPXMY0${digits(11)}`, `6300${digits(8)}`, `NLMYA${digits(9)}`]),
  );
  const orderId = created.map(
    (d) =>
      `${String(d.getUTCFullYear()).slice(2)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}${upper(8)}`,
  );
  const o = (i: number) => g[i]!;
  const dt = (d: Date) => `${ymd(d)} ${hm(d)}`;
  const rm = (x: number) => x.toFixed(2);
  add(
    'shopee_orders_my',
    'Shopee Seller Centre order export (Malaysian shop, MYR, one row per item)',
    [
      c('Order ID', ['transaction_id', 'order_number'], (i) => orderId[o(i)]!),
      c('Order Status', 'status', (i) => status[o(i)]!),
      c('Return / Refund Status', null, (i) =>
        status[o(i)] === 'Completed' && rand() < 0.04 ? pick(['Refund Paid', 'Return Requested']) : '',
      ),
      c('Tracking Number*', null, (i) => (shipped(o(i)) ? track[o(i)]! : '')),
      c('Shipping Option', null, (i) => shipOpt[o(i)]!),
      c('Shipment Method', null, () => 'Drop off'),
      c('Estimated Ship Out Date', null, (i) => dt(plusDays(created[o(i)]!, 2))),
      c('Ship Time', null, (i) => (shipped(o(i)) ? dt(shipAt[o(i)]!) : '')),
      c('Order Creation Date', ['created_at', 'timestamp'], (i) => dt(created[o(i)]!)),
      c('Order Paid Time', ['paid_at', 'timestamp'], (i) => (paidOf[o(i)] ? dt(paidAt[o(i)]!) : '')),
      // judgement: both the parent (product) SKU and the variation SKU are SKUs
      c('Parent SKU Reference No.', 'product_sku', (i) => prod[i]![0]),
      c('Product Name', 'product_name', (i) => prod[i]![1]),
      c(
        'SKU Reference No.',
        'product_sku',
        (i) =>
          `${prod[i]![0]}-${variant[i]!.toUpperCase()
            .replace(/[^A-Z0-9]/g, '')
            .slice(0, 8)}`,
      ),
      c('Variation Name', null, (i) => variant[i]!),
      c('Original Price', null, (i) => rm(orig(i))),
      c('Deal Price', null, (i) => rm(deal[i]!)),
      c('Quantity', 'quantity', (i) => String(qty[i])),
      c('Returned quantity', null, () => '0'),
      // the item line's amount at the deal price; Total Amount / Grand Total are the order's
      c('Product Subtotal', 'subtotal', (i) => rm(lineSub(i))),
      c('Total Discount', 'discount', (i) => rm(cents((orig(i) - deal[i]!) * qty[i]! + rebate[i]!))),
      c('Price Discount(from Seller)', null, (i) => rm(cents((orig(i) - deal[i]!) * qty[i]!))),
      c('Shopee Rebate', null, (i) => rm(rebate[i]!)),
      c('Number of product in order', null, (i) => String(orderQty[o(i)])),
      c('Seller Voucher', null, (i) => rm(sellerVoucher[o(i)]!)),
      c('Shopee Voucher', null, (i) => rm(shopeeVoucher[o(i)]!)),
      c('Shopee Coins Offset', null, (i) => rm(coins[o(i)]!)),
      // judgement: the goods' amount the buyer paid, before shipping; Grand Total adds the shipping
      c('Total Amount', ['subtotal', 'value'], (i) => rm(totalAmt(o(i)))),
      c('Buyer Paid Shipping Fee', 'shipping', (i) => rm(shipFee[o(i)]!)),
      // judgement: Shopee's transaction, commission and service fees are platform fees charged to the seller
      c('Transaction Fee', 'fee', (i) => (paidOf[o(i)] ? rm(cents(grand(o(i)) * 0.0212)) : '0.00')),
      c('Commission Fee', 'fee', (i) => (paidOf[o(i)] ? rm(cents(orderSub[o(i)]! * 0.0535)) : '0.00')),
      c('Service Fee', 'fee', (i) => (paidOf[o(i)] ? rm(cents(orderSub[o(i)]! * 0.0318)) : '0.00')),
      c('Grand Total', 'value', (i) => rm(grand(o(i)))),
      c('Estimated Shipping Fee', null, (i) => rm(estShip[o(i)]!)),
      // judgement: the buyer's Shopee handle (as Etsy "Buyer" in holdout-p)
      c('Username (Buyer)', ['customer_reference', 'customer_id'], (i) => username[o(i)]!),
      // the recipient's name and address are the file's only ones: the customer's
      c('Receiver Name', 'full_name', (i) => name[o(i)]!),
      c('Phone Number', 'phone', (i) => phone[o(i)]!),
      c(
        'Delivery Address',
        'address_line',
        (i) => `${addr[o(i)]!}, ${place[o(i)]![2]} ${place[o(i)]![0]}, ${place[o(i)]![1]}`,
      ),
      c('Town', null, () => ''),
      c('District', null, () => ''),
      c('City', 'city', (i) => place[o(i)]![0]),
      c('Province', 'region', (i) => place[o(i)]![1]),
      c('Country', 'country', () => 'MY'),
      c('Zip Code', 'postal_code', (i) => place[o(i)]![2]),
      c('Remark from buyer', 'notes', () =>
        maybe(0.06, () =>
          pick([
            'Tolong bungkus elok-elok',
            'Please pack nicely, gift',
            'Hantar cepat ya',
            'No invoice in parcel pls',
          ]),
        ),
      ),
      c('Order Complete Time', null, (i) => (status[o(i)] === 'Completed' ? dt(doneAt[o(i)]!) : '')),
      c('Note', 'notes', () =>
        maybe(0.03, () => pick(['repeat buyer', 'OOS - replaced colour w/ buyer ok'])),
      ),
    ],
    n,
  );
}

// Paystack dashboard transactions export (Transactions > Export), Lagos skincare brand; amounts in naira
{
  const n = 360;
  const FN = [
    'Chinedu',
    'Aisha',
    'Oluwaseun',
    'Ngozi',
    'Emeka',
    'Funmilayo',
    'Ibrahim',
    'Tolulope',
    'Chiamaka',
    'Babatunde',
    'Yetunde',
    'Kelechi',
    'Adaeze',
    'Segun',
    'Zainab',
    'Ifeoma',
  ];
  const LN = [
    'Okeke',
    'Bello',
    'Adeyemi',
    'Eze',
    'Nwosu',
    'Ogunleye',
    'Musa',
    'Adebayo',
    'Obi',
    'Bakare',
    'Okafor',
    'Abubakar',
    'Olawale',
    'Nnamdi',
    'Lawal',
  ];
  const status = perRow(n, () =>
    pick([
      'success',
      'success',
      'success',
      'success',
      'success',
      'success',
      'success',
      'success',
      'abandoned',
      'failed',
      'reversed',
    ]),
  );
  const channel = perRow(n, () =>
    pick(['card', 'card', 'card', 'card', 'card', 'bank_transfer', 'bank_transfer', 'ussd', 'bank']),
  );
  const amount = perRow(
    n,
    () => pick([4500, 7500, 9800, 12500, 15000, 18500, 24000, 32000, 45500, 68000]) + pick([0, 0, 0, 2500]),
  );
  const ok = (i: number) => status[i] === 'success' || status[i] === 'reversed';
  const fee = (i: number) =>
    ok(i) ? Math.min(2000, cents(amount[i]! * 0.015 + (amount[i]! >= 2500 ? 100 : 0))) : 0;
  const created = perRow(n, () => moment2025());
  const paidAt = created.map((d) => new Date(d.getTime() + int(15, 240) * 1000));
  const fn = perRow(n, () => pick(FN));
  const ln = perRow(n, () => pick(LN));
  const known = perRow(n, () => rand() < 0.6);
  const code = perRow(n, () => `CUS_${upper(15).toLowerCase()}`);
  const card = (i: number) => channel[i] === 'card' && status[i] !== 'abandoned';
  const dt = (d: Date) => `${ymd(d)} ${hms(d)}`;
  add(
    'paystack_transactions',
    'Paystack dashboard transactions export (Nigerian skincare shop, NGN)',
    [
      c('Reference', 'transaction_id', () =>
        rand() < 0.7 ? `T${digits(15)}` : `${int(1000, 9999)}_${digits(10)}`,
      ),
      c('Amount', 'value', (i) => amount[i]!.toFixed(2)),
      c('Fees', 'fee', (i) => fee(i).toFixed(2)),
      c('Currency', 'currency', () => 'NGN'),
      c('Status', 'status', (i) => status[i]!),
      // judgement: Paystack's channel is how the customer paid (card, bank transfer, USSD), not the sale's channel
      c('Channel', 'payment_method', (i) => channel[i]!),
      c('Gateway Response', null, (i) =>
        status[i] === 'abandoned'
          ? 'The transaction was not completed'
          : status[i] === 'failed'
            ? pick(['Declined', 'Insufficient Funds', 'Transaction Error'])
            : pick(['Approved', 'Successful', 'Approved by Financial Institution']),
      ),
      c('Customer Code', 'customer_id', (i) => code[i]!),
      c('Customer Name', 'full_name', (i) => (known[i] ? `${fn[i]} ${ln[i]}` : '')),
      c('Customer Email', 'email', (i) => mail(fn[i]!, ln[i]!, i, ['gmail.com', 'yahoo.com', 'outlook.com'])),
      c('Customer Phone', 'phone', (i) =>
        known[i]
          ? maybe(0.7, () =>
              pick([
                `+234${pick(['803', '806', '813', '816', '703', '809'])}${digits(7)}`,
                `0${pick(['803', '806', '813', '905'])}${digits(7)}`,
              ]),
            )
          : '',
      ),
      c('Card Type', 'card_brand', (i) =>
        card(i) ? pick(['visa DEBIT', 'mastercard DEBIT', 'verve DEBIT', 'verve DEBIT', 'visa CREDIT']) : '',
      ),
      c('Bank', null, (i) =>
        card(i) || channel[i] === 'bank' || channel[i] === 'ussd'
          ? pick([
              'Guaranty Trust Bank',
              'Access Bank',
              'Zenith Bank',
              'First Bank of Nigeria',
              'United Bank For Africa',
              'Kuda Bank',
            ])
          : '',
      ),
      c('Last 4', 'card_last4', (i) => (card(i) ? digits(4) : '')),
      c('Paid At', ['paid_at', 'timestamp'], (i) => (ok(i) ? dt(paidAt[i]!) : '')),
      c('Created At', ['created_at', 'timestamp'], (i) => dt(created[i]!)),
      c('IP Address', 'ip_address', () =>
        maybe(
          0.9,
          () => `${pick(['102.89', '105.112', '197.210', '129.205'])}.${int(0, 255)}.${int(1, 254)}`,
        ),
      ),
      c('Domain', null, () => 'live'),
    ],
    n,
  );
}

// Mercado Pago activity report (Tu negocio > Reportes > Actividad, downloaded as CSV), Buenos Aires
// home-goods shop selling online (Tienda Nube checkout, payment links) and in store (Point, QR)
{
  const n = 300;
  const FN = [
    'Juan',
    'María',
    'Sofía',
    'Lucas',
    'Martina',
    'Santiago',
    'Valentina',
    'Mateo',
    'Camila',
    'Facundo',
    'Agustina',
    'Nicolás',
    'Florencia',
    'Joaquín',
  ];
  const LN = [
    'Pérez',
    'González',
    'Rodríguez',
    'Fernández',
    'López',
    'Martínez',
    'Gómez',
    'Díaz',
    'Sánchez',
    'Romero',
    'Sosa',
    'Álvarez',
    'Benítez',
    'Acosta',
  ];
  const kind = perRow(n, () =>
    pick([
      'Cobro online',
      'Cobro online',
      'Cobro online',
      'Cobro con Point',
      'Cobro con Point',
      'Cobro con QR',
      'Link de pago',
    ]),
  );
  const online = (i: number) => kind[i] === 'Cobro online' || kind[i] === 'Link de pago';
  const state = perRow(n, () =>
    pick([
      'Aprobado',
      'Aprobado',
      'Aprobado',
      'Aprobado',
      'Aprobado',
      'Aprobado',
      'Aprobado',
      'Aprobado',
      'Devuelto',
      'Rechazado',
      'Contracargo',
    ]),
  );
  const approved = (i: number) => state[i] !== 'Rechazado';
  const method = perRow(n, () =>
    pick<[string, string]>([
      ['Visa', 'Tarjeta de crédito'],
      ['Visa', 'Tarjeta de crédito'],
      ['Mastercard', 'Tarjeta de crédito'],
      ['Naranja X', 'Tarjeta de crédito'],
      ['American Express', 'Tarjeta de crédito'],
      ['Visa Débito', 'Tarjeta de débito'],
      ['Maestro', 'Tarjeta de débito'],
      ['Dinero en cuenta', 'Dinero en cuenta'],
      ['Dinero en cuenta', 'Dinero en cuenta'],
    ]),
  );
  method.forEach((m, i) => {
    if (kind[i] === 'Cobro con Point' && m[1] === 'Dinero en cuenta')
      method[i] = ['Visa Débito', 'Tarjeta de débito'];
  });
  const credit = (i: number) => method[i]![1] === 'Tarjeta de crédito';
  const cuotas = perRow(n, () => 0).map((_, i) => (credit(i) ? pick([1, 1, 3, 3, 6]) : 1));
  const gross = perRow(
    n,
    () => pick([8900, 12500, 18700, 24990, 35600, 47800, 62300, 89900, 129000]) + pick([0, 0, 0, 450]),
  );
  const coupon = perRow(n, () => 0).map((_, i) => (online(i) && rand() < 0.12 ? cents(gross[i]! * 0.1) : 0));
  const mpFee = (i: number) =>
    approved(i) ? cents(gross[i]! * (kind[i] === 'Cobro con QR' ? 0.008 : 0.0629) * 1.21) : 0;
  const cuotaFee = (i: number) =>
    approved(i) && cuotas[i]! > 1 ? cents(gross[i]! * (cuotas[i] === 3 ? 0.0931 : 0.1584)) : 0;
  const envio = perRow(n, () => 0).map((_, i) =>
    kind[i] === 'Cobro online' && rand() < 0.4 ? pick([3200, 4150, 5600]) : 0,
  );
  const ret = (i: number) => (approved(i) ? cents(gross[i]! * 0.03) : 0);
  const refunded = (i: number) =>
    state[i] === 'Devuelto' || state[i] === 'Contracargo' ? gross[i]! - coupon[i]! : 0;
  const recibido = (i: number) =>
    approved(i) && !refunded(i)
      ? cents(gross[i]! - coupon[i]! - mpFee(i) - cuotaFee(i) - envio[i]! - ret(i))
      : 0;
  const created = perRow(n, () => moment2025(8, 22));
  const approvedAt = created.map((d) => new Date(d.getTime() + int(2, 50) * 1000));
  const released = created.map((d) => plusDays(d, pick([0, 10, 18, 35])));
  const fn = perRow(n, () => pick(FN));
  const ln = perRow(n, () => pick(LN));
  const dmyhms = (d: Date) =>
    `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${hms(d)}`;
  const ars = (x: number) => x.toFixed(2);
  const DESC = [
    'Set de sábanas 2 plazas',
    'Almohada viscoelástica',
    'Acolchado queen',
    'Juego de toallas x4',
    'Cortina blackout',
    'Mantel antimanchas',
    'Compra en Casa Ombú',
  ];
  add(
    'mercadopago_actividad',
    'Mercado Pago activity report (Argentine home-goods shop, ARS, Spanish headers)',
    [
      c('Fecha de origen', ['created_at', 'timestamp'], (i) => dmyhms(created[i]!)),
      c('Fecha de aprobación', ['paid_at', 'timestamp'], (i) => (approved(i) ? dmyhms(approvedAt[i]!) : '')),
      c('Fecha de liberación', null, (i) => (approved(i) ? dmyhms(released[i]!) : '')),
      c('Número de operación', 'transaction_id', () => `${int(8, 9)}${digits(10)}`),
      // the shop's own order number, passed as external_reference (online sales only)
      c('Código de referencia', 'order_number', (i) => (online(i) ? String(10000 + i * 3 + int(0, 2)) : '')),
      c('Estado', 'status', (i) => state[i]!),
      c('Detalle del estado', null, (i) =>
        state[i] === 'Aprobado'
          ? 'Acreditado'
          : state[i] === 'Devuelto'
            ? 'Reintegrado'
            : state[i] === 'Contracargo'
              ? 'Contracargo cubierto'
              : pick(['Rechazado por saldo insuficiente', 'Rechazado por código de seguridad']),
      ),
      // judgement: online checkout / payment link vs. Point terminal / QR in store is the sale's channel
      c('Tipo de operación', 'channel', (i) => kind[i]!),
      c('Descripción', 'product_name', (i) => (online(i) ? pick(DESC) : 'Compra en Casa Ombú')),
      // judgement: card networks for card payments, "Dinero en cuenta" otherwise
      c('Medio de pago', ['card_brand', 'payment_method'], (i) => method[i]![0]),
      c('Tipo de medio de pago', 'payment_method', (i) => method[i]![1]),
      c('Cuotas', null, (i) => String(cuotas[i])),
      c('Moneda', 'currency', () => 'ARS'),
      c('Valor del producto', 'value', (i) => ars(gross[i]!)),
      c('Comisión de Mercado Pago', 'fee', (i) => ars(mpFee(i))),
      c('Costo por ofrecer cuotas sin interés', 'fee', (i) => ars(cuotaFee(i))),
      // judgement: Mercado Envíos postage charged to the seller (holdout-k "Costos de envío" → null)
      c('Costo de envío', null, (i) => ars(envio[i]!)),
      // judgement: provincial tax withheld from the seller, not tax charged to the buyer
      c('Retenciones impositivas', null, (i) => ars(ret(i))),
      c('Cupón de descuento', 'discount', (i) => ars(coupon[i]!)),
      c('Monto recibido', null, (i) => ars(recibido(i))),
      c('Monto devuelto', 'refund_amount', (i) => ars(refunded(i))),
      c('Nombre del pagador', 'full_name', (i) => (online(i) || rand() < 0.3 ? `${fn[i]} ${ln[i]}` : '')),
      c('E-mail del pagador', 'email', (i) =>
        online(i) ? mail(fn[i]!, ln[i]!, i, ['gmail.com', 'hotmail.com', 'yahoo.com.ar', 'outlook.com']) : '',
      ),
      c('Tipo de documento', null, (i) => (online(i) ? 'DNI' : '')),
      c('Número de documento', null, (i) => (online(i) ? String(int(20000000, 45999999)) : '')),
      c('Sucursal', 'location', (i) => (online(i) ? '' : pick(['Palermo', 'Palermo', 'Belgrano']))),
      c('Caja', null, (i) => (online(i) ? '' : pick(['Caja 1', 'Caja 2', 'Mostrador']))),
    ],
    n,
  );
}

// Lightspeed eCom (C-Series) orders export (Orders > Export, custom template), Dutch cycling-apparel shop;
// Dutch addresses keep the house number and its extension in their own columns
{
  const n = 260;
  const FN = [
    'Daan',
    'Sanne',
    'Lars',
    'Fleur',
    'Jesse',
    'Anouk',
    'Bram',
    'Lotte',
    'Thijs',
    'Iris',
    'Ruben',
    'Noor',
    'Wouter',
    'Femke',
  ];
  const LN = [
    'de Vries',
    'Jansen',
    'van Dijk',
    'Bakker',
    'Visser',
    'Smit',
    'Meijer',
    'de Boer',
    'Mulder',
    'de Groot',
    'Bos',
    'Vos',
    'Peeters',
    'Janssens',
  ];
  const TOWNS: [string, string, string][] = [
    ['Amsterdam', '10', 'Netherlands'],
    ['Utrecht', '35', 'Netherlands'],
    ['Rotterdam', '30', 'Netherlands'],
    ['Den Haag', '25', 'Netherlands'],
    ['Eindhoven', '56', 'Netherlands'],
    ['Groningen', '97', 'Netherlands'],
    ['Antwerpen', '20', 'Belgium'],
    ['Gent', '90', 'Belgium'],
  ];
  const STRATEN = [
    'Prinsengracht',
    'Kerkstraat',
    'Oudegracht',
    'Hoofdstraat',
    'Molenweg',
    'Stationsstraat',
    'Dorpsstraat',
    'Julianalaan',
  ];
  const fn = perRow(n, () => pick(FN));
  const ln = perRow(n, () => pick(LN));
  const town = perRow(n, () => pick(TOWNS));
  const pc = (t: [string, string, string]) =>
    t[2] === 'Belgium' ? `${t[1]}${int(0, 9)}0` : `${t[1]}${int(10, 99)} ${upper(2).replace(/[0-9]/g, 'K')}`;
  const other = perRow(n, () => rand() < 0.15);
  const status = perRow(n, () =>
    pick([
      'Completed',
      'Completed',
      'Completed',
      'Completed',
      'Processing',
      'Processing',
      'Cancelled',
      'On hold',
    ]),
  );
  const payStatus = (i: number) =>
    status[i] === 'Cancelled'
      ? pick(['Cancelled', 'Not paid'])
      : status[i] === 'On hold'
        ? 'Not paid'
        : rand() < 0.04
          ? 'Refunded'
          : 'Paid';
  const payStat = perRow(n, () => '').map((_, i) => payStatus(i));
  const goods = perRow(n, () =>
    cents(
      pick([24.95, 39.95, 49.95, 64.95, 89.95, 129.95]) * pick([1, 1, 1, 2]) + pick([0, 0, 12.95, 19.95]),
    ),
  );
  const code = perRow(n, () => (rand() < 0.15 ? pick(['WELKOM10', 'ZOMER15', 'CLUB20']) : ''));
  const disc = (i: number) => (code[i] ? cents((goods[i]! * Number(code[i]!.replace(/\D/g, ''))) / 100) : 0);
  const ship = (i: number) => (goods[i]! - disc(i) >= 75 ? 0 : town[i]![2] === 'Belgium' ? 6.95 : 4.95);
  const payCost = perRow(n, () => 0);
  const method = perRow(n, () =>
    pick([
      'iDEAL',
      'iDEAL',
      'iDEAL',
      'Bancontact',
      'PayPal',
      'Mastercard',
      'Visa',
      'Klarna - Achteraf betalen',
    ]),
  );
  method.forEach((m, i) => {
    if (m.startsWith('Klarna')) payCost[i] = 1.5;
  });
  const total = (i: number) => cents(goods[i]! - disc(i) + ship(i) + payCost[i]!);
  const vat = (i: number) => cents(total(i) - total(i) / 1.21);
  const when = perRow(n, () => moment2025(6, 23));
  const dmy = (d: Date) => `${pad(d.getUTCDate())}-${pad(d.getUTCMonth() + 1)}-${d.getUTCFullYear()}`;
  const eur = (x: number) => x.toFixed(2);
  const sa = perRow(n, () => pick(STRATEN));
  const num = perRow(n, () => String(int(1, 240)));
  const ext = perRow(n, () => (rand() < 0.15 ? pick(['A', 'B', 'bis', '-2', 'hs']) : ''));
  const billZip = town.map((t) => pc(t));
  add(
    'lightspeed_ecom_orders',
    'Lightspeed eCom (C-Series) orders export (Dutch cycling-apparel shop, EUR)',
    [
      c('Order number', ['order_number', 'transaction_id'], (i) => `ORD${pad(4120 + i, 5)}`),
      c('Date', 'date', (i) => dmy(when[i]!)),
      c('Time', 'time', (i) => hm(when[i]!)),
      c('Status', 'status', (i) => status[i]!),
      // payment state of the order (as the shipped set's Shopify "Financial Status")
      c('Payment status', 'status', (i) => payStat[i]!),
      c('Shipment status', null, (i) =>
        status[i] === 'Completed'
          ? 'Shipped'
          : status[i] === 'Processing'
            ? pick(['Not shipped', 'Partially shipped'])
            : 'Not shipped',
      ),
      c('Customer ID', 'customer_id', (i) => (rand() < 0.8 ? String(18400000 + i * 37 + int(0, 30)) : '')),
      c('First name', 'first_name', (i) => fn[i]!),
      c('Last name', 'last_name', (i) => ln[i]!),
      c('Company', 'company', () =>
        maybe(0.06, () =>
          pick(['TWC Wielerclub De Adelaar', 'Fietsenmakerij Bos', 'Triathlon Team Utrecht']),
        ),
      ),
      c('Email', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'telenet.be']),
      ),
      c('Phone', 'phone', (i) =>
        maybe(0.75, () =>
          town[i]![2] === 'Belgium'
            ? `+32 4${digits(2)} ${digits(2)} ${digits(2)} ${digits(2)}`
            : `+31 6 ${digits(8)}`,
        ),
      ),
      c('Billing street', 'address_line', (i) => sa[i]!),
      // judgement: the house number is part of the street address (Dutch layouts split it off)
      c('Billing number', 'address_line', (i) => num[i]!),
      c('Billing extension', null, (i) => ext[i]!),
      c('Billing zipcode', 'postal_code', (i) => billZip[i]!),
      c('Billing city', 'city', (i) => town[i]![0]),
      c('Billing country', 'country', (i) => town[i]![2]),
      c('Shipping name', null, (i) => (other[i] ? `${pick(FN)} ${pick(LN)}` : `${fn[i]} ${ln[i]}`)),
      c('Shipping street', null, (i) => (other[i] ? pick(STRATEN) : sa[i]!)),
      c('Shipping number', null, (i) => (other[i] ? String(int(1, 240)) : num[i]!)),
      c('Shipping zipcode', null, (i) => (other[i] ? pc(town[i]!) : billZip[i]!)),
      c('Shipping city', null, (i) => town[i]![0]),
      c('Shipping country', null, (i) => town[i]![2]),
      c('Payment method', 'payment_method', (i) => method[i]!),
      c('Shipment method', null, (i) =>
        town[i]![2] === 'Belgium' ? 'bpost' : pick(['PostNL', 'PostNL', 'DHL Parcel', 'Afhalen in winkel']),
      ),
      c('Discount code', null, (i) => code[i]!),
      c('Discount', 'discount', (i) => eur(disc(i))),
      c('Shipping costs', 'shipping', (i) => eur(ship(i))),
      // a surcharge the customer pays for the payment method, not a processor fee
      c('Payment costs', null, (i) => eur(payCost[i]!)),
      c('Subtotal excl. VAT', 'subtotal', (i) => eur(cents((goods[i]! - disc(i)) / 1.21))),
      c('VAT', 'tax', (i) => eur(vat(i))),
      c('Total incl. VAT', 'value', (i) => eur(total(i))),
      c('Currency', 'currency', () => 'EUR'),
      c('Language', null, (i) => (town[i]![2] === 'Belgium' ? pick(['nl', 'fr']) : 'nl')),
      c('Newsletter', 'marketing_opt_in', () => pick(['Yes', 'No', 'No'])),
      c('Comment', 'notes', () =>
        maybe(0.07, () =>
          pick([
            'Graag bij de buren afgeven',
            'Cadeau, geen factuur meesturen',
            'Maat M indien L uitverkocht',
          ]),
        ),
      ),
    ],
    n,
  );
}

// Odoo Point of Sale orders (Point of Sale > Orders > select all > Export, with order-line and payment
// fields), Ghent bakery with two shops; Odoo writes an order's further lines with the order columns empty
{
  const n = 340;
  const { g, line, groups } = groupRows(n, 0.45, 5);
  const MENU: [string, number][] = [
    ['Croissant', 1.6],
    ['Pain au chocolat', 1.8],
    ['Desembrood wit', 4.2],
    ['Volkorenbrood', 3.9],
    ['Cramique', 5.5],
    ['Éclair chocolat', 3.2],
    ['Appeltaart (stuk)', 3.8],
    ['Koffie', 2.8],
    ['Cappuccino', 3.4],
    ['Verse sinaasappelsap', 3.9],
  ];
  const CUST = [
    'Lotte Peeters',
    'Arne Janssens',
    'Sofie Maes',
    'Wout Jacobs',
    'Lien Mertens',
    'Pieter Willems',
    'Emma Claes',
    'Bram De Smet',
    'Elise Dubois',
    'Café Den Turk',
    'Kinderdagverblijf Het Nestje',
  ];
  const shop = perRow(groups, () => pick(['Gent Sint-Pieters', 'Gent Sint-Pieters', 'Gent Dampoort']));
  const refund = perRow(groups, () => rand() < 0.03);
  const item = perRow(n, () => pick(MENU));
  const qty = perRow(n, () => pick([1, 1, 1, 2, 2, 3, 4, 6]));
  const sign = (i: number) => (refund[g[i]!] ? -1 : 1);
  const total = perRow(groups, () => 0);
  for (let i = 0; i < n; i++) total[g[i]!] = cents(total[g[i]!]! + sign(i) * item[i]![1] * qty[i]!);
  const tax = (o: number) => cents(total[o]! - total[o]! / 1.06);
  const pay = perRow(groups, () =>
    pick(['Bancontact', 'Bancontact', 'Bancontact', 'Cash', 'Cash', 'Payconiq', 'Customer Account']),
  );
  const cashGiven = (o: number) =>
    pay[o] === 'Cash' && total[o]! > 0 ? Math.ceil(total[o]! / 5) * 5 : total[o]!;
  const when = perRow(groups, () => moment2025(7, 18));
  const sessionNo = when.map((d) => 410 + Math.floor((d.getUTCMonth() * 28 + d.getUTCDate()) / 1.1));
  const state = perRow(groups, (): string =>
    pick(['Posted', 'Posted', 'Posted', 'Posted', 'Posted', 'Invoiced', 'Paid', 'Cancelled']),
  );
  const cust = perRow(groups, () => 0).map((_, o) =>
    pay[o] === 'Customer Account' || state[o] === 'Invoiced' || rand() < 0.2 ? pick(CUST) : '',
  );
  const emp = perRow(groups, () =>
    pick(['Jana Vermeulen', 'Koen Hermans', 'Marie Leclercq', 'Mitchell Admin']),
  );
  const seq = perRow(groups, () => 0).map((_, o) => 1200 + o * 2 + int(0, 1));
  const eur = (x: number) => x.toFixed(2);
  const head = (i: number) => line[i] === 0;
  const o = (i: number) => g[i]!;
  const ifHead = (i: number, f: () => string) => (head(i) ? f() : '');
  add(
    'odoo_pos_orders',
    'Odoo Point of Sale orders export (Belgian bakery, one-to-many line rows)',
    [
      c('Order Ref', ['transaction_id', 'order_number'], (i) =>
        ifHead(
          i,
          () =>
            `${shop[o(i)] === 'Gent Dampoort' ? 'Dampoort' : 'Sint-Pieters'}/${pad(seq[o(i)]!, 4)}${refund[o(i)] ? ' REFUND' : ''}`,
        ),
      ),
      c('Session', null, (i) => ifHead(i, () => `POS/${pad(sessionNo[o(i)]!, 5)}`)),
      c('Date', ['timestamp', 'created_at'], (i) =>
        ifHead(i, () => `${ymd(when[o(i)]!)} ${hms(when[o(i)]!)}`),
      ),
      c('Receipt Number', ['order_number', 'transaction_id'], (i) =>
        ifHead(
          i,
          () =>
            `Order ${pad(sessionNo[o(i)]!, 5)}-${shop[o(i)] === 'Gent Dampoort' ? '002' : '001'}-${pad(seq[o(i)]! % 1000, 4)}`,
        ),
      ),
      c('Customer', 'full_name', (i) => ifHead(i, () => cust[o(i)]!)),
      c('Employee', 'staff', (i) => ifHead(i, () => emp[o(i)]!)),
      // the shop's point-of-sale configuration, named after the shop
      c('Point of Sale', 'location', (i) => ifHead(i, () => shop[o(i)]!)),
      c('Total', 'value', (i) => ifHead(i, () => eur(total[o(i)]!))),
      c('Taxes', 'tax', (i) => ifHead(i, () => eur(tax(o(i))))),
      // judgement: tendered amount (cash rounded up), not the sale's value
      c('Paid', null, (i) => ifHead(i, () => eur(state[o(i)] === 'Cancelled' ? 0 : cashGiven(o(i))))),
      c('Returned', null, (i) =>
        ifHead(i, () => eur(state[o(i)] === 'Cancelled' ? 0 : cents(cashGiven(o(i)) - total[o(i)]!))),
      ),
      c('Status', 'status', (i) => ifHead(i, () => state[o(i)]!)),
      c('Currency', 'currency', (i) => ifHead(i, () => 'EUR')),
      c('Order Lines/Product', 'product_name', (i) => item[i]![0]),
      c('Order Lines/Quantity', 'quantity', (i) => (sign(i) * qty[i]!).toFixed(2)),
      c('Payments/Payment Method', 'payment_method', (i) =>
        ifHead(i, () => (state[o(i)] === 'Cancelled' ? '' : pay[o(i)]!)),
      ),
    ],
    n,
  );
}

// FreshBooks invoices export (Invoices > Export to CSV), Toronto photography & design studio; CAD, HST/GST
{
  const n = 220;
  const CLIENTS: [string, string, string][] = [
    ['Priya Raman', 'Maple Leaf Dental Group', 'ON'],
    ['Marcus Chen', 'Harbourfront Realty Inc.', 'ON'],
    ['Sarah MacDonald', 'Kettle & Crumb Bakery', 'ON'],
    ['Olivier Tremblay', 'Tremblay Architecture', 'QC'],
    ['Jasmine Kaur', 'Northline Logistics Ltd.', 'ON'],
    ['Ethan Walsh', '', 'ON'],
    ['Amelia Brooks', 'Brooks Family Law', 'ON'],
    ['Daniel Osei', 'Rideau Craft Brewing Co.', 'ON'],
    ['Hannah Kim', '', 'BC'],
    ['Liam Fraser', 'Prairie Sky Wellness', 'AB'],
    ['Noor Haddad', 'Bloor West Pilates', 'ON'],
  ];
  const client = perRow(n, () => pick(CLIENTS));
  const issued = perRow(n, () => moment2025());
  const status = perRow(n, () =>
    pick([
      'Paid',
      'Paid',
      'Paid',
      'Paid',
      'Paid',
      'Auto-Paid',
      'Sent',
      'Viewed',
      'Overdue',
      'Partial',
      'Draft',
    ]),
  );
  const sub = perRow(
    n,
    () => pick([350, 480, 650, 850, 1200, 1750, 2400, 3600, 5200]) + pick([0, 0, 75, 150]),
  );
  const disc = perRow(n, () => (rand() < 0.12 ? pick([50, 100, 150]) : 0));
  const rate = (i: number) => (client[i]![2] === 'ON' ? 0.13 : 0.05);
  const taxName = (i: number) => (client[i]![2] === 'ON' ? 'HST' : 'GST');
  const tax = (i: number) => cents((sub[i]! - disc[i]!) * rate(i));
  const total = (i: number) => cents(sub[i]! - disc[i]! + tax(i));
  const paidAmt = (i: number) =>
    status[i] === 'Paid' || status[i] === 'Auto-Paid'
      ? total(i)
      : status[i] === 'Partial'
        ? cents(total(i) / 2)
        : 0;
  const paidOn = issued.map((d) => plusDays(d, int(0, 40)));
  const ca = (x: number) => x.toFixed(2);
  add(
    'freshbooks_invoices',
    'FreshBooks invoices export (Canadian photography & design studio, CAD)',
    [
      c('Invoice #', ['order_number', 'transaction_id'], (i) => pad(1040 + i, 7)),
      // the client contact; the business is in Organization
      c('Client Name', 'full_name', (i) => client[i]![0]),
      c('Organization', 'company', (i) => client[i]![1]),
      c('Email', 'email', (i) =>
        mail(client[i]![0].split(' ')[0]!, client[i]![0].split(' ')[1]!, 0, [
          'gmail.com',
          'outlook.com',
          'rogers.com',
        ]),
      ),
      c('Date Issued', ['timestamp', 'date'], (i) => ymd(issued[i]!)),
      c('Due Date', null, (i) => ymd(plusDays(issued[i]!, pick([15, 30, 30])))),
      c('Date Paid', 'paid_at', (i) => (paidAmt(i) > 0 ? ymd(paidOn[i]!) : '')),
      c('Status', 'status', (i) => status[i]!),
      c('Currency', 'currency', () => 'CAD'),
      c('Subtotal', 'subtotal', (i) => ca(sub[i]!)),
      c('Discount', 'discount', (i) => ca(disc[i]!)),
      c('Tax 1 Name', null, (i) => taxName(i)),
      c('Tax 1 Amount', 'tax', (i) => ca(tax(i))),
      c('Total', 'value', (i) => ca(total(i))),
      c('Paid', null, (i) => ca(paidAmt(i))),
      c('Outstanding', null, (i) => ca(cents(total(i) - paidAmt(i)))),
      c('PO Number', null, () => maybe(0.2, () => `PO-${int(1000, 9999)}`)),
      c('Notes', 'notes', () =>
        maybe(0.4, () =>
          pick([
            'Thank you for your business!',
            'Headshots - 6 staff, 2 retouched each',
            'Brand refresh phase 1 of 2',
            'E-transfer to billing@lakeshorestudio.ca',
          ]),
        ),
      ),
    ],
    n,
  );
}

// Thinkific orders export (Orders > Export), online baking-course creator
{
  const n = 280;
  const PRODUCTS: [string, string, number][] = [
    ['Sourdough Fundamentals', 'Course', 129],
    ['Laminated Dough Masterclass', 'Course', 179],
    ['Cake Decorating for Beginners', 'Course', 89],
    ['The Complete Baker Bundle', 'Bundle', 349],
    ['Bakers Club Membership', 'Membership', 19],
    ['Free Mini-Course: Perfect Pie Crust', 'Course', 0],
  ];
  const prod = perRow(n, () => pick(PRODUCTS));
  const coupon = perRow(n, () => 0).map((_, i) =>
    prod[i]![2] > 0 && rand() < 0.2 ? pick(['BAKE20', 'SPRING25', 'WELCOME10']) : '',
  );
  const pct = (i: number) => (coupon[i] ? Number(coupon[i]!.replace(/\D/g, '')) / 100 : 0);
  const amt = (i: number) => cents(prod[i]![2] * (1 - pct(i)));
  const taxOf = perRow(n, () => rand() < 0.35);
  const taxRate = perRow(n, () => pick([0.05, 0.13, 0.2]));
  const tax = (i: number) => (taxOf[i] ? cents(amt(i) * taxRate[i]!) : 0);
  const status = perRow(n, () =>
    pick([
      'Complete',
      'Complete',
      'Complete',
      'Complete',
      'Complete',
      'Complete',
      'Complete',
      'Refunded',
      'Partially Refunded',
    ]),
  );
  prod.forEach((p, i) => {
    if (p[2] === 0) status[i] = 'Complete';
  });
  const refund = (i: number) =>
    status[i] === 'Refunded'
      ? cents(amt(i) + tax(i))
      : status[i] === 'Partially Refunded'
        ? cents(amt(i) / 2)
        : 0;
  const cur = perRow(n, () => pick(['USD', 'USD', 'USD', 'USD', 'CAD', 'GBP', 'AUD']));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const when = perRow(n, () => moment2025());
  const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const fmt = (d: Date) => `${MON[d.getUTCMonth()]} ${pad(d.getUTCDate())}, ${d.getUTCFullYear()} ${hm(d)}`;
  const free = (i: number) => amt(i) === 0;
  add(
    'thinkific_orders',
    'Thinkific orders export (online baking courses)',
    [
      c('Order ID', 'transaction_id', () => String(int(51000000, 59999999))),
      c('Order Date', ['timestamp', 'created_at'], (i) => fmt(when[i]!)),
      c('Email', 'email', (i) => mail(fn[i]!, ln[i]!, i)),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Product Name', 'product_name', (i) => prod[i]![0]),
      c('Product Type', 'product_category', (i) => prod[i]![1]),
      c('Coupon Code', null, (i) => coupon[i]!),
      // judgement: the affiliate who referred the sale is its marketing source
      c('Affiliate', 'lead_source', () =>
        maybe(0.12, () => pick(['breadbakingbabes', 'flourpower_blog', 'chefmarta'])),
      ),
      c('Payment Method', 'payment_method', (i) =>
        free(i) ? '' : pick(['Credit Card', 'Credit Card', 'Credit Card', 'PayPal', 'Apple Pay']),
      ),
      c('Transaction ID', 'payment_id', (i) => (free(i) ? '' : `ch_3P${alnum(22)}`)),
      c('Amount', 'value', (i) => amt(i).toFixed(2)),
      c('Tax', 'tax', (i) => tax(i).toFixed(2)),
      c('Currency', 'currency', (i) => cur[i]!),
      c('Status', 'status', (i) => status[i]!),
      c('Refunded Amount', 'refund_amount', (i) => refund(i).toFixed(2)),
    ],
    n,
  );
}

// Copper CRM people export (People > Export), commercial cleaning company in Minneapolis-St. Paul
{
  const n = 230;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const firm = perRow(n, () =>
    pick([
      'North Loop Dental',
      'Twin Cities Property Mgmt',
      'Edina Family Clinic',
      'Lakeside Credit Union',
      'Stone Arch Coworking',
      'Bloomington Auto Group',
      'Midway Logistics',
      'St. Paul Montessori',
      'Uptown Yoga Collective',
      '',
    ]),
  );
  const TOWNS: [string, string][] = [
    ['Minneapolis', '554'],
    ['St. Paul', '551'],
    ['Edina', '554'],
    ['Bloomington', '554'],
    ['Roseville', '551'],
    ['Eden Prairie', '553'],
  ];
  const town = perRow(n, () => pick(TOWNS));
  const added = perRow(
    n,
    () => new Date(Date.UTC(int(2022, 2025), int(0, 11), int(1, 28), int(7, 19), int(0, 59), int(0, 59))),
  );
  const hasAddr = perRow(n, () => rand() < 0.55);
  add(
    'copper_people',
    'Copper CRM people export (commercial cleaning company)',
    [
      c('Person ID', ['contact_id', 'customer_id'], () => String(int(140000000, 189999999))),
      c('Name', 'full_name', (i) => `${fn[i]} ${ln[i]}`),
      c('Prefix', null, () => maybe(0.1, () => pick(['Dr.', 'Ms.', 'Mr.']))),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Title', null, () =>
        maybe(0.7, () =>
          pick([
            'Office Manager',
            'Facilities Director',
            'Owner',
            'Practice Administrator',
            'Operations Manager',
          ]),
        ),
      ),
      c('Company', 'company', (i) => firm[i]!),
      c('Owned By', 'staff', () => pick(['Dana Lindqvist', 'Jamal Reed', 'Kari Olson'])),
      // CRM relationship stage ("Potential Customer", "Current Customer"), as Keap "Person Type" in holdout-j
      c('Contact Type', 'status', () =>
        pick([
          'Potential Customer',
          'Potential Customer',
          'Current Customer',
          'Current Customer',
          'Former Customer',
          'Uncategorized',
          'Other',
        ]),
      ),
      c('Work Email', 'email', (i) =>
        firm[i]
          ? maybe(
              0.9,
              () =>
                `${ascii(fn[i]!)}@${ascii(firm[i]!).replace(/(mgmt|coworking|collective|group)$/, '')}.com`,
            )
          : '',
      ),
      c('Personal Email', 'email', (i) =>
        firm[i] ? maybe(0.1, () => mail(fn[i]!, ln[i]!, i)) : mail(fn[i]!, ln[i]!, i),
      ),
      c('Work Phone', 'phone', () => maybe(0.7, () => `(612) ${int(200, 999)}-${pad(int(0, 9999), 4)}`)),
      c('Mobile Phone', 'phone', () =>
        maybe(0.4, () => `(${pick(['612', '651', '952', '763'])}) ${int(200, 999)}-${pad(int(0, 9999), 4)}`),
      ),
      c('Street', 'address_line', (i) => (hasAddr[i] ? street() : '')),
      c('City', 'city', (i) => (hasAddr[i] ? town[i]![0] : '')),
      c('State', 'region', (i) => (hasAddr[i] ? 'MN' : '')),
      c('Postal Code', 'postal_code', (i) => (hasAddr[i] ? `${town[i]![1]}${pad(int(1, 99))}` : '')),
      c('Country', 'country', (i) => (hasAddr[i] ? 'United States' : '')),
      c('Tags', null, () =>
        maybe(0.4, () => pick(['medical', 'nightly', 'weekly, carpet', 'referral', 'bid-sent'])),
      ),
      c('Details', 'notes', () =>
        maybe(0.25, () =>
          pick([
            'Walkthrough done 3/12, 8,000 sq ft',
            'Wants green products only',
            'Contract renews in Oct',
            'Met at BOMA expo',
          ]),
        ),
      ),
      c('Source', 'lead_source', () =>
        maybe(0.8, () => pick(['Website', 'Referral', 'Cold Call', 'BOMA Expo', 'Google Ads', 'Thumbtack'])),
      ),
      c('Date Added', ['created_at', 'timestamp'], (i) => mdyShort(added[i]!)),
      c('Date Modified', 'updated_at', (i) => mdyShort(plusDays(added[i]!, int(0, 200)))),
      // emails/calls/meetings logged, not purchases
      c('Interaction Count', null, () => String(pick([0, 0, 1, 2, 3, 5, 8, 13, 21]))),
      c('Last Contacted', null, (i) => maybe(0.7, () => mdyShort(plusDays(added[i]!, int(0, 300))))),
      c('LinkedIn', null, (i) =>
        maybe(0.2, () => `https://www.linkedin.com/in/${ascii(fn[i]!)}-${ascii(ln[i]!)}-${hex(6)}`),
      ),
    ],
    n,
  );
}

// Marketo lead export (Database > smart list > Export View), B2B scheduling-software company
{
  const n = 380;
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const firm = perRow(n, () =>
    pick([
      'Acme Logistics',
      'Brightline Health',
      'Cobalt Manufacturing',
      'Delta Dental of Iowa',
      'Evergreen Senior Living',
      'Fulcrum Labs',
      'Granite State Credit Union',
      'Harbor Freight Partners',
      'Ironwood Schools',
      'Juniper Hotels',
    ]),
  );
  const LOC: [string, string, string, string][] = [
    ['Chicago', 'IL', '606', 'United States'],
    ['Columbus', 'OH', '432', 'United States'],
    ['Nashville', 'TN', '372', 'United States'],
    ['Phoenix', 'AZ', '850', 'United States'],
    ['Charlotte', 'NC', '282', 'United States'],
    ['Toronto', 'ON', 'M5V', 'Canada'],
    ['London', '', 'EC1', 'United Kingdom'],
  ];
  const loc = perRow(n, () => pick(LOC));
  const created = perRow(n, () => moment2025());
  const PROGRAMS = [
    '2025-02 Webinar - Shift Scheduling 101',
    'GS - Brand - US',
    'Content Syndication - TechTarget Q2',
    '2025 HIMSS Booth',
    'Website - Demo Request',
    'LinkedIn Lead Gen - Ebook',
  ];
  const program = perRow(n, () => pick(PROGRAMS));
  const src = (i: number) =>
    program[i]!.startsWith('GS')
      ? 'Paid Search'
      : program[i]!.includes('Webinar')
        ? 'Webinar'
        : program[i]!.includes('HIMSS')
          ? 'Trade Show'
          : program[i]!.includes('LinkedIn')
            ? 'Paid Social'
            : program[i]!.includes('Syndication')
              ? 'Content Syndication'
              : 'Website';
  const stamp = (d: Date) => `${mdyShort(d)} ${h12(d)}`;
  add(
    'marketo_leads',
    'Marketo lead export (B2B scheduling software)',
    [
      c('Id', ['contact_id', 'customer_id'], () => String(int(1200000, 4899999))),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c(
        'Email Address',
        'email',
        (i) =>
          `${ascii(fn[i]!)}.${ascii(ln[i]!)}@${ascii(firm[i]!.split(' ')[0]!)}${firm[i]!.split(' ').length > 2 ? ascii(firm[i]!.split(' ')[1]!).slice(0, 1) : ''}.com`,
      ),
      c('Company Name', 'company', (i) => firm[i]!),
      c('Job Title', null, () =>
        maybe(0.85, () =>
          pick([
            'HR Director',
            'Operations Manager',
            'VP People',
            'Nurse Manager',
            'Scheduling Coordinator',
            'CFO',
          ]),
        ),
      ),
      c('Phone Number', 'phone', () => maybe(0.6, usPhone)),
      c('Mobile Phone Number', 'phone', () => maybe(0.2, usPhone)),
      c('Address', 'address_line', () => maybe(0.3, street)),
      c('City', 'city', (i) => maybe(0.7, () => loc[i]![0])),
      c('State', 'region', (i) => maybe(0.7, () => loc[i]![1])),
      c('Postal Code', 'postal_code', (i) =>
        maybe(0.45, () =>
          loc[i]![3] === 'United States'
            ? `${loc[i]![2]}${pad(int(1, 99))}`
            : `${loc[i]![2]} ${int(1, 9)}${upper(2)}`,
        ),
      ),
      c('Country', 'country', (i) => maybe(0.85, () => loc[i]![3])),
      c('Lead Source', 'lead_source', (i) => src(i)),
      // how the record entered Marketo ("Web form fillout", "List import"), not where the lead came from
      c('Person Source', null, (i) =>
        src(i) === 'Trade Show' || src(i) === 'Content Syndication' ? 'List import' : 'Web form fillout',
      ),
      c('Original Source Type', null, (i) =>
        src(i) === 'Trade Show' || src(i) === 'Content Syndication' ? 'List import' : 'Web page visit',
      ),
      // judgement: the referring site is the marketing source (holdout-p Bandcamp "referer")
      c('Original Referrer', ['utm_source', 'lead_source'], (i) =>
        src(i) === 'Paid Search'
          ? 'https://www.google.com/'
          : src(i) === 'Paid Social'
            ? 'https://www.linkedin.com/'
            : maybe(0.4, () =>
                pick(['https://www.google.com/', 'https://www.bing.com/', 'https://www.capterra.com/']),
              ),
      ),
      // judgement: the Marketo program (campaign) that acquired the lead
      c('Acquisition Program', 'utm_campaign', (i) => program[i]!),
      c('Lead Status', 'status', () =>
        pick(['New', 'New', 'Working', 'MQL', 'SQL', 'Nurture', 'Disqualified']),
      ),
      c('Lead Score', null, () => String(pick([0, 5, 10, 25, 40, 65, 90, 120]))),
      // opt-out flag: consent, like the other sets' "Email Opt Out"
      c('Unsubscribed', 'marketing_opt_in', () => pick(['false', 'false', 'false', 'false', 'true'])),
      c('Email Invalid', null, () => (rand() < 0.03 ? 'true' : 'false')),
      c('Created At', ['created_at', 'timestamp'], (i) => stamp(created[i]!)),
      c('Updated At', 'updated_at', (i) => stamp(new Date(created[i]!.getTime() + int(0, 2000) * 3600000))),
    ],
    n,
  );
}

// ClassPass partner portal reservations export (studio side), Chicago cycling & yoga studio;
// ClassPass pays the studio per visit, so the payout is the file's only amount
{
  const n = 300;
  const CLASSES: [string, string][] = [
    ['Rhythm Ride 45', 'Maya'],
    ['Power Ride 30', 'Devon'],
    ['Vinyasa Flow', 'Priya'],
    ['Yin + Restore', 'Hannah'],
    ['Sculpt & Ride', 'Marcus'],
    ['Hot Power Yoga', 'Priya'],
  ];
  const cls = perRow(n, () => pick(CLASSES));
  const status = perRow(n, () =>
    pick([
      'Attended',
      'Attended',
      'Attended',
      'Attended',
      'Attended',
      'Attended',
      'Booked',
      'Late Cancel',
      'Missed',
      'Cancelled',
    ]),
  );
  const classAt = perRow(n, () => {
    const d = moment2025();
    d.setUTCHours(pick([6, 7, 9, 12, 17, 18, 19]), pick([0, 0, 30]), 0);
    return d;
  });
  const booked = classAt.map((d) => new Date(d.getTime() - int(2, 240) * 3600000));
  const fn = perRow(n, first);
  const ln = perRow(n, last);
  const rateOf = perRow(n, () => pick([14, 16, 18, 18, 21]));
  const payout = (i: number) =>
    status[i] === 'Attended'
      ? rateOf[i]!
      : status[i] === 'Late Cancel' || status[i] === 'Missed'
        ? cents(rateOf[i]! * 0.5)
        : 0;
  add(
    'classpass_reservations',
    'ClassPass partner reservations export (cycling & yoga studio)',
    [
      c('Reservation ID', 'transaction_id', () => String(int(1500000000, 1999999999))),
      // judgement: the class (the visit ClassPass pays for) is the conversion; its date and time
      c('Class Date', 'date', (i) => ymd(classAt[i]!)),
      c('Class Time', 'time', (i) => h12(classAt[i]!)),
      c('Class Name', 'product_name', (i) => cls[i]![0]),
      c('Instructor', 'staff', (i) => cls[i]![1]),
      c('Location', 'location', () => pick(['Logan Square', 'Logan Square', 'West Loop'])),
      // judgement: ClassPass's own id for the member (the source system's person id)
      c('User ID', ['customer_id', 'customer_reference'], () => String(int(3000000, 9999999))),
      c('First Name', 'first_name', (i) => fn[i]!),
      c('Last Name', 'last_name', (i) => ln[i]!),
      c('Email', 'email', (i) => maybe(0.7, () => mail(fn[i]!, ln[i]!, i))),
      c('Status', 'status', (i) => status[i]!),
      // judgement: the booking's creation time; also accepted as the conversion's time
      c('Booked At', ['created_at', 'timestamp'], (i) => `${ymd(booked[i]!)} ${hm(booked[i]!)}`),
      c('Cancelled At', null, (i) =>
        status[i] === 'Cancelled' || status[i] === 'Late Cancel'
          ? (() => {
              const d = new Date(
                classAt[i]!.getTime() - (status[i] === 'Cancelled' ? int(13, 48) : int(1, 11)) * 3600000,
              );
              return `${ymd(d)} ${hm(d)}`;
            })()
          : '',
      ),
      c('First Visit', null, () => pick(['No', 'No', 'No', 'Yes'])),
      c('Credits', null, () => String(pick([6, 8, 8, 10, 12]))),
      // judgement: the studio's payout per reservation is the only amount and is what the visit earns it
      c('Payout', 'value', (i) => payout(i).toFixed(2)),
      c('Currency', 'currency', () => 'USD'),
    ],
    n,
  );
}

// Finnish web-shop order export (Tilaukset > Vie CSV), outdoor & wool-clothing shop; `;`, decimal commas,
// Finnish dates with a dot between hours and minutes
{
  const n = 250;
  const FN = [
    'Mikko',
    'Aino',
    'Juha',
    'Laura',
    'Sanna',
    'Antti',
    'Eveliina',
    'Ville',
    'Emilia',
    'Teemu',
    'Kaisa',
    'Jari',
    'Helmi',
    'Onni',
  ];
  const LN = [
    'Virtanen',
    'Korhonen',
    'Mäkinen',
    'Nieminen',
    'Mäkelä',
    'Hämäläinen',
    'Laine',
    'Heikkinen',
    'Koskinen',
    'Järvinen',
    'Lehtonen',
    'Saarinen',
  ];
  const TOWNS: [string, string][] = [
    ['Helsinki', '00'],
    ['Espoo', '02'],
    ['Tampere', '33'],
    ['Turku', '20'],
    ['Oulu', '90'],
    ['Jyväskylä', '40'],
    ['Vantaa', '01'],
    ['Kuopio', '70'],
    ['Rovaniemi', '96'],
  ];
  const KADUT = [
    'Mannerheimintie',
    'Hämeenkatu',
    'Aleksanterinkatu',
    'Kauppakatu',
    'Koivukuja',
    'Rantatie',
    'Puistokatu',
    'Myllytie',
  ];
  const TUOTTEET: [string, number][] = [
    ['Villasukat', 24.9],
    ['Merinovillapipo', 34.9],
    ['Retkeilyreppu 30 l', 89],
    ['Untuvatakki', 249],
    ['Kuksa', 39.9],
    ['Otsalamppu', 45],
  ];
  const fn = perRow(n, () => pick(FN));
  const ln = perRow(n, () => pick(LN));
  const town = perRow(n, () => pick(TOWNS));
  const guest = perRow(n, () => rand() < 0.3);
  const lines = perRow(n, () =>
    Array.from({ length: pick([1, 1, 2, 2, 3]) }, () => [pick(TUOTTEET), pick([1, 1, 2])] as const),
  );
  const goods = (i: number) => cents(lines[i]!.reduce((s, [p, q]) => s + p[1] * q, 0));
  const code = perRow(n, () => rand() < 0.12);
  const disc = (i: number) => (code[i] ? cents(goods(i) * 0.15) : 0);
  const pickup = perRow(n, () => rand() < 0.12);
  const ship = (i: number) => (pickup[i] || goods(i) - disc(i) >= 100 ? 0 : pick([4.9, 6.9, 9.9]));
  const shipOf = perRow(n, () => 0).map((_, i) => ship(i));
  const total = (i: number) => cents(goods(i) - disc(i) + shipOf[i]!);
  const alv = (i: number) => cents(total(i) - total(i) / 1.255);
  const when = perRow(n, () => moment2025());
  const fiDate = (d: Date) =>
    `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()} ${d.getUTCHours()}.${pad(d.getUTCMinutes())}`;
  const eur = (x: number) => x.toFixed(2).replace('.', ',');
  add(
    'fi_verkkokauppa_tilaukset',
    'Finnish web-shop order export (Finnish headers, semicolon-separated)',
    [
      c('Tilausnumero', ['order_number', 'transaction_id'], (i) => String(31250 + i)),
      c('Tilauspäivä', ['timestamp', 'created_at'], (i) => fiDate(when[i]!)),
      c('Tila', 'status', () =>
        pick([
          'Toimitettu',
          'Toimitettu',
          'Toimitettu',
          'Toimitettu',
          'Käsittelyssä',
          'Maksettu',
          'Peruttu',
          'Palautettu',
        ]),
      ),
      c('Asiakasnumero', 'customer_id', (i) => (guest[i] ? '' : String(1000 + i * 7 + int(0, 6)))),
      c('Etunimi', 'first_name', (i) => fn[i]!),
      c('Sukunimi', 'last_name', (i) => ln[i]!),
      c('Yritys', 'company', () => maybe(0.05, () => pick(['Retkikerho Kontio ry', 'Lapin Safarit Oy']))),
      c('Sähköposti', 'email', (i) =>
        mail(fn[i]!, ln[i]!, i, ['gmail.com', 'hotmail.com', 'outlook.com', 'elisanet.fi', 'luukku.com']),
      ),
      c('Puhelin', 'phone', () =>
        maybe(0.85, () =>
          rand() < 0.5 ? `04${int(0, 5)} ${digits(3)} ${digits(4)}` : `+3584${int(0, 5)}${digits(7)}`,
        ),
      ),
      c(
        'Katuosoite',
        'address_line',
        () => `${pick(KADUT)} ${int(1, 60)}${maybe(0.4, () => ` ${pick(['A', 'B', 'C'])} ${int(1, 40)}`)}`,
      ),
      c('Postinumero', 'postal_code', (i) => `${town[i]![1]}${pad(int(1, 99) * 10, 3)}`),
      c('Postitoimipaikka', 'city', (i) => town[i]![0]),
      c('Maa', 'country', () => (rand() < 0.96 ? 'Suomi' : 'Ruotsi')),
      c('Tuotteet', 'product_name', (i) => lines[i]!.map(([p, q]) => `${p[0]} x${q}`).join(', ')),
      c('Toimitustapa', null, (i) =>
        pickup[i]
          ? 'Nouto myymälästä'
          : pick([
              'Posti SmartPOST',
              'Posti SmartPOST',
              'Matkahuolto Lähellä-paketti',
              'Posti kotiinkuljetus',
            ]),
      ),
      c('Maksutapa', 'payment_method', () =>
        pick(['Verkkopankki', 'Verkkopankki', 'Korttimaksu', 'MobilePay', 'Klarna lasku', 'Paytrail']),
      ),
      c('Välisumma', 'subtotal', (i) => eur(goods(i))),
      c('Alennus', 'discount', (i) => eur(disc(i))),
      c('Toimituskulut', 'shipping', (i) => eur(shipOf[i]!)),
      c('ALV', 'tax', (i) => eur(alv(i))),
      c('Yhteensä', 'value', (i) => eur(total(i))),
      c('Valuutta', 'currency', () => 'EUR'),
      c('Uutiskirje', 'marketing_opt_in', () => pick(['Kyllä', 'Ei', 'Ei'])),
      c('Lisätiedot', 'notes', () =>
        maybe(0.08, () => pick(['Ovikoodi 1234', 'Lahjapaketointi kiitos', 'Jättäkää oven taakse'])),
      ),
    ],
    n,
    ';',
  );
}

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-q'),
  cases,
);

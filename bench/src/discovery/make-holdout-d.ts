/**
 * Writes the fourth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-d/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-d.ts
 *
 * Labelled before the matcher ever saw it; its first score is the honest
 * generalisation figure (see the package README). Vendors and export kinds
 * not in the other sets: Toast PaymentDetails, Clover payments, Lightspeed
 * Retail (R-Series) sale lines, Stripe customers, QuickBooks Online sales
 * (transaction list), Xero sales invoices (CamelCase headers), Vagaro salon
 * appointments, Zenoti spa sales, SevenRooms guests, a German web-shop order
 * export (Shopware-style, `;` and decimal commas), a French card-terminal
 * export (SumUp/Zettle-style) and a Chronogolf (Lightspeed Golf) tee sheet.
 * Values are synthetic.
 */
import { join } from 'node:path';
import {
  alnum,
  CITIES,
  c,
  clock,
  collectCases,
  commaMoney,
  dashPhone,
  e164,
  email,
  first,
  fullName,
  int,
  isoDate,
  last,
  maybe,
  money,
  pad,
  pick,
  rand,
  reseed,
  STATES,
  street,
  usDate,
  usPhone,
  writeCases,
  zip,
} from './holdout-helpers.ts';

reseed(77001234);
const { cases, add } = collectCases();

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ampm = () => `${pad(int(1, 12))}:${pad(int(0, 59))} ${pick(['AM', 'PM'])}`;
const usDateTime12 = () => `${usDate()} ${ampm()}`;
const euDate = () => `${pad(int(1, 28))}.${pad(int(1, 12))}.2025`;
const frDate = () => `${pad(int(1, 28))}/${pad(int(1, 12))}/2025`;

// Toast PaymentDetails.csv: one row per payment
{
  const amounts = Array.from({ length: 130 }, () => Number(money(8, 180)));
  const tips = amounts.map((a) =>
    rand() < 0.3 ? 0 : Math.round(a * pick([0.15, 0.18, 0.2, 0.22]) * 100) / 100,
  );
  const type = Array.from({ length: 130 }, () =>
    pick(['Credit', 'Credit', 'Credit', 'Cash', 'Gift Card', 'Other']),
  );
  add('toast_payment_details', 'Toast PaymentDetails export (payments of closed checks)', [
    c('Location', 'location', () => pick(['Harbor Grill - Main St', 'Harbor Grill - Airport'])),
    c('Payment Id', ['payment_id', 'transaction_id'], (i) => String(400000070000000 + i * 37 + int(0, 30))),
    c('Order Id', ['transaction_id', 'order_number'], (i) => String(300000090000000 + i * 53 + int(0, 40))),
    c('Order #', 'order_number', () => String(int(1, 350))),
    c('Paid Date', ['timestamp', 'paid_at'], () => `${usDate()} ${ampm()}`),
    c('Order Date', ['created_at', 'timestamp'], () => `${usDate()} ${ampm()}`),
    c('Check #', null, () => String(int(1, 400))),
    c('Tab Name', 'full_name', () => maybe(0.35, fullName)),
    c('Server', 'staff', () => pick(['Maria Lopez', 'Dev Patel', 'Sam Green', 'Kiri Walker'])),
    c('Table', null, () => maybe(0.7, () => String(int(1, 40)))),
    c('Dining Area', null, () => pick(['Patio', 'Main Dining', 'Bar'])),
    c('Service', null, () => pick(['Lunch', 'Dinner', 'Brunch'])),
    c('Dining Option', null, () => pick(['Dine In', 'Take Out', 'Delivery'])),
    c('Amount', ['subtotal', 'value'], (i) => amounts[i]!.toFixed(2)),
    c('Tip', 'tip', (i) => tips[i]!.toFixed(2)),
    c('Gratuity', null, () => (rand() < 0.9 ? '0.00' : money(10, 40))),
    c('Total', 'value', (i) => (amounts[i]! + tips[i]!).toFixed(2)),
    c('Swiped Card Amount', null, (i) =>
      type[i] === 'Credit' && rand() < 0.6 ? amounts[i]!.toFixed(2) : '0.00',
    ),
    c('Keyed Card Amount', null, () => (rand() < 0.95 ? '0.00' : money(8, 90))),
    c('Amount Tendered', null, (i) =>
      type[i] === 'Cash' ? (Math.ceil(amounts[i]! / 20) * 20).toFixed(2) : '',
    ),
    c('Refunded', null, () => (rand() < 0.95 ? 'No' : 'Yes')),
    c('Refund Date', null, () => maybe(0.05, usDateTime12)),
    c('Refund Amount', 'refund_amount', () => (rand() < 0.95 ? '' : money(5, 60))),
    c('Void User', null, () => maybe(0.03, () => pick(['Maria Lopez', 'Jon Manager']))),
    c('Status', 'status', () => pick(['CAPTURED', 'CAPTURED', 'CAPTURED', 'AUTHORIZED', 'VOIDED', 'DENIED'])),
    c('Type', 'payment_method', (i) => type[i]!),
    c('Card Type', 'card_brand', (i) =>
      type[i] === 'Credit' ? pick(['VISA', 'MASTERCARD', 'AMEX', 'DISCOVER']) : '',
    ),
    c('Other Type', null, (i) => (type[i] === 'Other' ? pick(['House Account', 'Comp Card']) : '')),
    c('Email', 'email', (i) => maybe(0.25, () => email(i))),
    c('Phone', 'phone', () => maybe(0.2, usPhone)),
    c('Last 4 Card Digits', 'card_last4', (i) => (type[i] === 'Credit' ? pad(int(0, 9999), 4) : '')),
    c('V/MC/D Fees', 'fee', (i) => (type[i] === 'Credit' ? (amounts[i]! * 0.026 + 0.15).toFixed(2) : '0.00')),
    c('Source', 'channel', () => pick(['In store', 'In store', 'Online', 'Toast Go', 'Kiosk'])),
  ]);
}

// Clover payments export (Transactions > Payments)
{
  const tender = Array.from({ length: 130 }, () =>
    pick(['Credit Card', 'Credit Card', 'Debit Card', 'Cash']),
  );
  const cloverId = () =>
    alnum(13)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, 'K');
  add('clover_payments', 'Clover Dashboard payments export', [
    c('Payment ID', ['payment_id', 'transaction_id'], () => cloverId()),
    c(
      'Payment Date',
      ['timestamp', 'paid_at'],
      () => `${pad(int(1, 28))}-${pick(MON)}-2025 ${ampm()} ${pick(['PDT', 'PST'])}`,
    ),
    c('Order ID', ['transaction_id', 'order_number'], () => cloverId()),
    c('Employee', 'staff', () => pick(['Ashley', 'Marcus', 'Owner', 'Tina'])),
    c('Device', null, () => pick(['Clover Flex 1', 'Clover Station', 'Clover Mini'])),
    c('Tender', 'payment_method', (i) => tender[i]!),
    c('Card Brand', 'card_brand', (i) =>
      tender[i] === 'Cash' ? '' : pick(['VISA', 'MC', 'AMEX', 'DISCOVER', 'VISA']),
    ),
    c('Card Number', 'card_last4', (i) =>
      tender[i] === 'Cash' ? '' : `************${pad(int(0, 9999), 4)}`,
    ),
    c('Card Entry Type', null, (i) =>
      tender[i] === 'Cash' ? '' : pick(['EMV_CONTACT', 'CONTACTLESS', 'SWIPED', 'KEYED']),
    ),
    c('Amount', 'value', () => money(3, 240)),
    c('Tip Amount', 'tip', () => (rand() < 0.5 ? '0.00' : money(1, 30))),
    c('Tax Amount', 'tax', () => money(0.2, 18)),
    c('Result', 'status', () => pick(['SUCCESS', 'SUCCESS', 'SUCCESS', 'FAIL', 'VOIDED'])),
    c('Refund Amount', 'refund_amount', () => (rand() < 0.93 ? '0.00' : money(2, 50))),
    c('Currency', 'currency', () => 'USD'),
    c('Note', 'notes', () =>
      maybe(0.08, () => pick(['split check', 'regular - extra shot', 'catering deposit'])),
    ),
    c('External Payment ID', null, () => maybe(0.05, () => `EXT-${int(10000, 99999)}`)),
  ]);
}

// Lightspeed Retail (R-Series) sales export, one row per sale line
{
  const saleOf = Array.from({ length: 140 }, (_, i) => 48210 + Math.floor(i / 2.3));
  const qty = Array.from({ length: 140 }, () => pick([1, 1, 1, 2, 3]));
  const price = Array.from({ length: 140 }, () => Number(money(4, 160)));
  add('lightspeed_rseries_sales', 'Lightspeed Retail (R-Series) sales report, sale lines', [
    c('Sale ID', 'transaction_id', (i) => String(saleOf[i])),
    c('Date', 'timestamp', () => `${usDate()} ${ampm()}`),
    c('Shop', 'location', () => pick(['Boise Downtown', 'Boise Towne Square'])),
    c('Register', null, () => pick(['Register 1', 'Register 2'])),
    c('Employee', 'staff', () => pick(['Kayla M.', 'Ben Ortiz', 'Lee Park'])),
    c('Customer', 'full_name', () => maybe(0.55, fullName)),
    c('Description', 'product_name', () =>
      pick(['Trail Runner 2 - Size 9', 'Merino Crew Sock', 'Insulated Bottle 32oz', 'Rain Shell Jacket M']),
    ),
    c('Custom SKU', 'product_sku', () => `${pick(['TR', 'SK', 'BT', 'JK'])}-${int(1000, 9999)}`),
    c('Qty', 'quantity', (i) => String(qty[i])),
    c('Price', null, (i) => price[i]!.toFixed(2)),
    c('Subtotal', 'subtotal', (i) => (price[i]! * qty[i]!).toFixed(2)),
    c('Discount', 'discount', () => (rand() < 0.8 ? '0.00' : money(2, 20))),
    c('Tax', 'tax', (i) => (price[i]! * qty[i]! * 0.06).toFixed(2)),
    c('Total', 'value', (i) => (price[i]! * qty[i]! * 1.06).toFixed(2)),
    c('Cost', null, (i) => (price[i]! * 0.45).toFixed(2)),
    c('Profit', null, (i) => (price[i]! * 0.55 * qty[i]!).toFixed(2)),
    c('Margin %', null, () => `${int(30, 65)}%`),
    c('Category', 'product_category', () => pick(['Footwear', 'Apparel', 'Accessories', 'Hydration'])),
  ]);
}

// Stripe customers export
add(
  'stripe_customers',
  'Stripe Dashboard customers export',
  [
    c('id', 'customer_id', () => `cus_${alnum(14)}`),
    c('Description', 'notes', () =>
      maybe(0.3, () => pick(['Wholesale account', 'Migrated from Square', 'VIP - net 30'])),
    ),
    c('Email', 'email', (i) => email(i)),
    c('Name', 'full_name', () => fullName()),
    c('Phone', 'phone', () => maybe(0.5, e164)),
    c('Created (UTC)', ['created_at', 'timestamp'], () => `${isoDate()} ${clock()}`),
    c('Delinquent', null, () => (rand() < 0.93 ? 'false' : 'true')),
    c('Card Last4', 'card_last4', () => maybe(0.8, () => pad(int(0, 9999), 4))),
    c('Card Brand', 'card_brand', () => maybe(0.8, () => pick(['Visa', 'MasterCard', 'American Express']))),
    c('Card Exp Month', null, () => maybe(0.8, () => String(int(1, 12)))),
    c('Card Exp Year', null, () => maybe(0.8, () => String(int(2025, 2031)))),
    c('Address Line1', 'address_line', () => maybe(0.6, street)),
    c('Address City', 'city', () => maybe(0.6, () => pick(CITIES))),
    c('Address State', 'region', () => maybe(0.6, () => pick(STATES))),
    c('Address Country', 'country', () => maybe(0.6, () => 'US')),
    c('Address Zip', 'postal_code', () => maybe(0.6, zip)),
    c('Currency', 'currency', () => pick(['usd', 'usd', 'usd', 'cad'])),
    c('Account Balance', null, () => (rand() < 0.9 ? '0.00' : money(-50, 50))),
    c('Total Spend', 'lifetime_value', () => money(0, 2400)),
    c('Payment Count', 'order_count', () => String(int(0, 40))),
    c('Refunded Volume', null, () => (rand() < 0.85 ? '0.00' : money(5, 200))),
    c('Dispute Losses', null, () => (rand() < 0.97 ? '0.00' : money(20, 150))),
    c('Plan', null, () => maybe(0.5, () => pick(['Monthly Box', 'Annual Box']))),
    c('Status', 'status', () =>
      maybe(0.5, () => pick(['active', 'active', 'canceled', 'past_due', 'trialing'])),
    ),
    c('user_id (metadata)', 'customer_reference', (i) => String(7000 + i * 3)),
  ],
  110,
);

// QuickBooks Online transaction list (sales receipts and invoices)
add('quickbooks_sales', 'QuickBooks Online "Transaction List by Date" export (sales)', [
  c('Date', 'timestamp', () => usDate()),
  c('Transaction type', null, () => pick(['Sales Receipt', 'Sales Receipt', 'Invoice', 'Refund Receipt'])),
  c('No.', ['transaction_id', 'order_number'], (i) => String(1040 + i)),
  c('Customer', 'full_name', () => fullName()),
  c('Memo/Description', ['notes', 'product_name'], () =>
    maybe(0.6, () => pick(['Spring tune-up', 'Gift certificate', 'Deposit for event', 'Walk-in sale'])),
  ),
  c('Product/Service', 'product_name', () =>
    pick(['Bike Tune-Up', 'Flat Repair', 'Helmet', 'Group Ride Fee']),
  ),
  c('Qty', 'quantity', () => String(int(1, 4))),
  c('Sales Price', null, () => money(10, 150)),
  c('Amount', 'value', () => money(10, 600)),
  c('Balance', null, () => (rand() < 0.8 ? '0.00' : money(10, 300))),
  c('Payment method', 'payment_method', () => pick(['Visa', 'MasterCard', 'Cash', 'Check', ''])),
  c('Deposit To', null, () => pick(['Undeposited Funds', 'Checking'])),
  c('Location', 'location', () => pick(['Shop', 'Events'])),
  c('Class', null, () => pick(['Service', 'Retail', 'Events'])),
]);

// Xero sales invoices export (CamelCase, one row per invoice line)
{
  const inv = Array.from({ length: 130 }, (_, i) => `INV-${pad(2100 + Math.floor(i / 1.6), 5)}`);
  const contact = inv.map(() =>
    pick([fullName(), fullName(), pick(['Harbor Dental Ltd', 'Kauri Builders', 'Mesa Fitness LLC'])]),
  );
  add('xero_invoices', 'Xero sales invoices export', [
    c('ContactName', ['full_name', 'company'], (i) => contact[i]!),
    c('EmailAddress', 'email', (i) => maybe(0.8, () => email(i))),
    c('POAddressLine1', 'address_line', () => maybe(0.7, street)),
    c('POAddressLine2', null, () => maybe(0.1, () => `Suite ${int(1, 400)}`)),
    c('POCity', 'city', () => maybe(0.7, () => pick(CITIES))),
    c('PORegion', 'region', () => maybe(0.7, () => pick(STATES))),
    c('POPostalCode', 'postal_code', () => maybe(0.7, zip)),
    c('POCountry', 'country', () => maybe(0.7, () => 'United States')),
    c('InvoiceNumber', ['transaction_id', 'order_number'], (i) => inv[i]!),
    c('Reference', null, () => maybe(0.4, () => `PO ${int(100, 999)}`)),
    c('InvoiceDate', 'timestamp', () => `${pad(int(1, 28))}/${pad(int(1, 12))}/2025`),
    c('DueDate', null, () => `${pad(int(1, 28))}/${pad(int(1, 12))}/2025`),
    c('Total', 'value', () => money(50, 4000)),
    c('TaxTotal', 'tax', () => money(0, 300)),
    c('InvoiceAmountPaid', null, () => money(0, 4000)),
    c('InvoiceAmountDue', null, () => (rand() < 0.7 ? '0.00' : money(50, 4000))),
    c('InventoryItemCode', 'product_sku', () =>
      maybe(0.8, () => pick(['CONSULT-HR', 'INSTALL', 'PART-220', 'SVC-PLAN'])),
    ),
    c('Description', 'product_name', () =>
      pick(['Consulting (hourly)', 'Installation', 'Replacement part 220', 'Annual service plan']),
    ),
    c('Quantity', 'quantity', () => String(int(1, 10))),
    c('UnitAmount', null, () => money(20, 400)),
    c('LineAmount', null, () => money(20, 2000)),
    c('AccountCode', null, () => pick(['200', '260'])),
    c('TaxType', null, () => pick(['Tax on Sales', 'Tax Exempt'])),
    c('Currency', 'currency', () => 'USD'),
    c('Type', null, () => 'Sales invoice'),
    c('Status', 'status', () => pick(['PAID', 'PAID', 'AUTHORISED', 'VOIDED', 'DRAFT'])),
  ]);
}

// Vagaro appointments report (salon)
{
  const price = Array.from({ length: 130 }, () =>
    Number(pick(['45.00', '65.00', '85.00', '120.00', '150.00'])),
  );
  const tip = price.map((p) => (rand() < 0.2 ? 0 : Math.round(p * 0.2 * 100) / 100));
  add('vagaro_appointments', 'Vagaro appointments report export (salon)', [
    c('Appt Date', 'date', () => usDate()),
    c('Start Time', 'time', () => ampm()),
    c('End Time', null, () => ampm()),
    c('Customer First Name', 'first_name', () => first()),
    c('Customer Last Name', 'last_name', () => last()),
    c('Customer Email', 'email', (i) => maybe(0.85, () => email(i))),
    c('Customer Cell Phone', 'phone', () => dashPhone()),
    c('Service Name', 'product_name', () =>
      pick(["Women's Haircut", 'Balayage', 'Gel Manicure', 'Blowout', "Men's Cut"]),
    ),
    c('Service Provider', 'staff', () => pick(['Jasmine R.', 'Tony V.', 'Mia K.'])),
    c('Appt Status', 'status', () =>
      pick(['Checked Out', 'Checked Out', 'Confirmed', 'No Show', 'Cancelled']),
    ),
    c('Service Price', 'subtotal', (i) => price[i]!.toFixed(2)),
    c('Tip', 'tip', (i) => tip[i]!.toFixed(2)),
    c('Tax', 'tax', () => '0.00'),
    c('Discount', 'discount', () => (rand() < 0.85 ? '0.00' : '10.00')),
    c('Checkout Total', 'value', (i) => (price[i]! + tip[i]!).toFixed(2)),
    c('Payment Type', 'payment_method', () => pick(['Credit Card', 'Cash', 'Gift Card'])),
    c('Booked Online?', null, () => pick(['Yes', 'No'])),
    c('Promo Code', null, () => maybe(0.05, () => 'NEWCLIENT20')),
    c('Appt ID', 'transaction_id', (i) => String(91234000 + i * 7)),
  ]);
}

// Zenoti sales (accrual) report, spa chain, one row per invoice item
{
  const invoice = Array.from({ length: 140 }, (_, i) => `INV${pad(560100 + Math.floor(i / 1.5), 7)}`);
  add('zenoti_sales', 'Zenoti sales (accrual) report export (spa)', [
    c('Center Name', 'location', () => pick(['Serenity Spa - Scottsdale', 'Serenity Spa - Tempe'])),
    c('Invoice No', ['transaction_id', 'order_number'], (i) => invoice[i]!),
    c('Invoice Date', 'timestamp', () => `${usDate()} ${ampm()}`),
    c('Guest Code', ['customer_id', 'customer_reference'], () => `SS${int(100000, 999999)}`),
    c('Guest Name', 'full_name', () => fullName()),
    c('Mobile No', 'phone', () =>
      maybe(0.9, () => `+1 ${int(201, 989)} ${int(200, 999)} ${pad(int(0, 9999), 4)}`),
    ),
    c('Email', 'email', (i) => maybe(0.8, () => email(i))),
    c('Item Type', 'product_category', () =>
      pick(['Service', 'Service', 'Product', 'Membership', 'Gift Card']),
    ),
    c('Item Name', 'product_name', () =>
      pick(['Swedish Massage 60', 'Hydrafacial', 'Hot Stone 90', 'Body Oil']),
    ),
    c('Item Code', 'product_sku', () => `${pick(['SM', 'HF', 'HS', 'BO'])}${int(100, 999)}`),
    c('Qty', 'quantity', () => String(pick([1, 1, 1, 2]))),
    c('Unit Price', null, () => pick(['95.00', '189.00', '145.00', '32.00'])),
    c('Discount', 'discount', () => (rand() < 0.8 ? '0.00' : money(5, 40))),
    c('Taxes', 'tax', () => money(0, 15)),
    c('Sales (Inc. Tax)', ['value', 'subtotal'], () => money(30, 400)),
    c('Payment Type', 'payment_method', () => pick(['Card', 'Cash', 'Gift Card', 'Package Redemption'])),
    c('Sold By', 'staff', () => pick(['Front Desk', 'Alana P.', 'Greg T.'])),
    c('Invoice Status', 'status', () => pick(['Closed', 'Closed', 'Closed', 'Open', 'Cancelled'])),
  ]);
}

// SevenRooms client (guest) export
add(
  'sevenrooms_guests',
  'SevenRooms client export (restaurant guests)',
  [
    c('Client ID', 'customer_id', () => `ahNzfnNldmVucm9vbXMy${alnum(18)}`),
    c('First Name', 'first_name', () => first()),
    c('Last Name', 'last_name', () => last()),
    c('Email', 'email', (i) => maybe(0.8, () => email(i))),
    c('Phone', 'phone', () => maybe(0.85, e164)),
    c('Birthday', 'birth_date', () => maybe(0.4, () => `${pick(MON)} ${int(1, 28)}`)),
    c('Anniversary', null, () => maybe(0.15, () => `${pick(MON)} ${int(1, 28)}`)),
    c('Company', 'company', () => maybe(0.2, () => pick(['Acme Corp', 'Northwind', 'Blue Mesa Realty']))),
    c('Title', null, () => maybe(0.15, () => pick(['CEO', 'Sommelier', 'VP Sales']))),
    c('Gender', null, () => maybe(0.5, () => pick(['Female', 'Male']))),
    c('Tags', null, () => maybe(0.5, () => pick(['VIP', 'Regular', 'Wine Club, VIP', 'Allergy - Nuts']))),
    c('Total Visits', 'order_count', () => String(int(1, 60))),
    c('Total Spend', 'lifetime_value', () => money(40, 9000)),
    c('Avg Spend Per Visit', null, () => money(40, 250)),
    c('Avg Spend Per Cover', null, () => money(25, 120)),
    c('First Visit Date', null, () => usDate()),
    c('Last Visit Date', null, () => usDate()),
    c('Venue', 'location', () => pick(['Olive & Ash', 'Olive & Ash Rooftop'])),
    c('Client Notes', 'notes', () =>
      maybe(0.3, () => pick(['Prefers booth', 'Gluten free', 'Celebrating promotion'])),
    ),
    c('Opted In (Email)', 'marketing_opt_in', () => pick(['Yes', 'No'])),
    c('Created Date', ['created_at', 'timestamp'], () => usDate()),
    c('Loyalty ID', 'loyalty_id', () => maybe(0.4, () => String(int(10000000, 99999999)))),
    c('Loyalty Tier', null, () => maybe(0.4, () => pick(['Silver', 'Gold', 'Platinum']))),
  ],
  110,
);

// German web-shop orders export (Shopware-style), ';' and decimal commas
{
  const staedte = ['Berlin', 'München', 'Hamburg', 'Köln', 'Leipzig', 'Freiburg'];
  const strassen = ['Hauptstraße', 'Bahnhofstraße', 'Gartenweg', 'Lindenallee', 'Schillerstraße'];
  const vornamen = ['Lukas', 'Anna', 'Jonas', 'Lea', 'Felix', 'Marie', 'Paul', 'Sophie', 'Ben', 'Emilia'];
  const nachnamen = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker'];
  add(
    'de_shop_bestellungen',
    'German web-shop orders export (Shopware-style, German headers)',
    [
      c('Bestellnummer', ['transaction_id', 'order_number'], (i) => String(10250 + i)),
      c('Bestelldatum', 'timestamp', () => `${euDate()} ${clock()}`),
      c('Kundennummer', 'customer_id', () => String(int(20000, 29999))),
      c('Anrede', null, () => pick(['Herr', 'Frau'])),
      c('Vorname', 'first_name', () => pick(vornamen)),
      c('Nachname', 'last_name', () => pick(nachnamen)),
      c(
        'E-Mail',
        'email',
        (i) => `${pick(vornamen).toLowerCase()}.${i}@${pick(['web.de', 'gmx.de', 't-online.de'])}`,
      ),
      c('Telefon', 'phone', () => maybe(0.6, () => `+49 ${int(30, 89)} ${int(1000000, 9999999)}`)),
      c('Straße', 'address_line', () => pick(strassen)),
      c('Hausnummer', 'address_line', () => String(int(1, 120))),
      c('PLZ', 'postal_code', () => String(int(10115, 99998))),
      c('Ort', 'city', () => pick(staedte)),
      c('Land', 'country', () => pick(['Deutschland', 'Deutschland', 'Österreich'])),
      c('Zahlungsart', 'payment_method', () =>
        pick(['PayPal', 'Kreditkarte', 'Rechnung', 'Vorkasse', 'Klarna']),
      ),
      c('Versandart', null, () => pick(['DHL Paket', 'Hermes', 'Abholung'])),
      c('Versandkosten', 'shipping', () => pick(['4,90', '0,00', '5,95'])),
      c('Zwischensumme', 'subtotal', () => commaMoney(15, 250)),
      c('MwSt.', 'tax', () => commaMoney(2, 45)),
      c('Rabatt', 'discount', () => (rand() < 0.8 ? '0,00' : commaMoney(2, 20))),
      c('Gesamtbetrag', 'value', () => commaMoney(20, 300)),
      c('Währung', 'currency', () => 'EUR'),
      c('Bestellstatus', 'status', () =>
        pick(['Abgeschlossen', 'Abgeschlossen', 'Offen', 'In Bearbeitung', 'Storniert']),
      ),
      c('Zahlungsstatus', 'status', () => pick(['Bezahlt', 'Bezahlt', 'Offen', 'Erstattet'])),
      c('Kommentar', 'notes', () =>
        maybe(0.1, () => pick(['Bitte beim Nachbarn abgeben', 'Geschenk, ohne Rechnung'])),
      ),
    ],
    120,
    ';',
  );
}

// French card-terminal transactions export (SumUp/Zettle-style)
add(
  'fr_terminal_transactions',
  'French card-terminal transactions export (SumUp/Zettle-style, French headers)',
  [
    c('Date', 'date', () => frDate()),
    c('Heure', 'time', () => clock()),
    c('N° de transaction', 'transaction_id', () => `T${alnum(9).toUpperCase()}`),
    c('Description', 'product_name', () =>
      pick(['Café crème', 'Menu midi', 'Croissant x2', 'Tarte citron', '']),
    ),
    c('Montant TTC', 'value', () => commaMoney(2, 60)),
    c('Montant HT', 'subtotal', () => commaMoney(2, 50)),
    c('TVA', 'tax', () => commaMoney(0.1, 10)),
    c('Pourboire', 'tip', () => (rand() < 0.7 ? '0,00' : commaMoney(0.5, 5))),
    c('Moyen de paiement', 'payment_method', () => pick(['Carte', 'Carte', 'Espèces', 'Sans contact'])),
    c('Type de carte', 'card_brand', () => pick(['VISA', 'MASTERCARD', 'CB', 'AMEX', ''])),
    c('Carte (4 derniers chiffres)', 'card_last4', () => `**** ${pad(int(0, 9999), 4)}`),
    c('Statut', 'status', () => pick(['Réussie', 'Réussie', 'Réussie', 'Remboursée', 'Échouée'])),
    c('Vendeur', 'staff', () => pick(['Camille', 'Hugo', 'Inès'])),
    c('Client', 'full_name', () =>
      maybe(
        0.2,
        () =>
          `${pick(['Camille', 'Louis', 'Chloé', 'Jules'])} ${pick(['Martin', 'Bernard', 'Dubois', 'Petit'])}`,
      ),
    ),
    c('E-mail du client', 'email', (i) =>
      maybe(0.2, () => `client${i}@${pick(['orange.fr', 'free.fr', 'gmail.com'])}`),
    ),
    c('Devise', 'currency', () => 'EUR'),
  ],
  120,
  ';',
);

// Chronogolf (Lightspeed Golf) tee-sheet reservations export
{
  const sub = Array.from({ length: 130 }, () => Number(pick(['45.00', '65.00', '79.00', '32.00'])));
  add('chronogolf_reservations', 'Chronogolf / Lightspeed Golf tee-sheet reservations export', [
    c('Reservation ID', 'transaction_id', (i) => String(5523000 + i * 11)),
    c('Date', 'date', () => isoDate()),
    c('Time', 'time', () => `${pad(int(6, 17))}:${pick(['00', '10', '20', '30', '40', '50'])}`),
    c('Course', 'location', () => pick(['Eagle Ridge - North', 'Eagle Ridge - South'])),
    c('Holes', null, () => pick(['9', '18', '18'])),
    c('Player First Name', 'first_name', () => first()),
    c('Player Last Name', 'last_name', () => last()),
    c('Player Email', 'email', (i) => maybe(0.8, () => email(i))),
    c('Player Phone', 'phone', () => maybe(0.7, usPhone)),
    c('Member #', ['loyalty_id', 'customer_reference', 'customer_id'], () =>
      maybe(0.35, () => `M${int(1000, 4999)}`),
    ),
    c('Rate', null, () => pick(['Public 18', 'Twilight', 'Member Guest', 'Junior'])),
    c('Green Fee', null, (i) => sub[i]!.toFixed(2)),
    c('Cart Fee', null, () => pick(['0.00', '18.00', '22.00'])),
    c('Subtotal', 'subtotal', (i) => (sub[i]! + 18).toFixed(2)),
    c('Taxes', 'tax', (i) => (sub[i]! * 0.07).toFixed(2)),
    c('Total', 'value', (i) => ((sub[i]! + 18) * 1.07).toFixed(2)),
    c('Prepaid', null, () => pick(['Yes', 'No', 'No'])),
    c('Booking Source', 'channel', () => pick(['Online', 'Pro Shop', 'Phone', 'GolfNow'])),
    c('Status', 'status', () => pick(['Confirmed', 'Checked-In', 'Checked-In', 'No-Show', 'Cancelled'])),
    c('Notes', 'notes', () => maybe(0.1, () => pick(['Walking', 'Birthday group', 'Needs rental clubs']))),
  ]);
}

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-d'),
  cases,
);

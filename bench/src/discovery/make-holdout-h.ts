/**
 * Writes the eighth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-h/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-h.ts
 *
 * Written and labelled on 2026-11-27 after the changes made for holdout-g,
 * and scored once before any change made for it, to see whether those
 * changes carry over. Vendors and export kinds in no other set: SpotOn POS
 * transactions, Lightspeed Restaurant (K-Series) receipts, Constant Contact
 * contacts, Brevo contacts, Tock reservations, a GolfNow tee-time export,
 * Square Invoices, Recurly transactions, Faire wholesale orders and a Polish
 * web-shop export. Values are synthetic.
 *
 * Relabelled later (never the CSVs) to the conventions the shipped set and
 * earlier holdouts already fixed: "Order Type" and "Revenue Center" → null
 * (holdout-c "Order Type", holdout Toast "Revenue Center"); a service charge
 * is not a tip (shipped "Service Charges" → null); a golf rate is not a
 * product (shipped "Rate Type", holdout-c/d "Rate" → null); a created and a
 * closed time each also accept `timestamp` (shipped "Created at"/"Paid at",
 * holdout-f "Creation Date"); an SMS opt-out is consent like the email one
 * (holdout Klaviyo "SMS Marketing Consent"); Recurly's "type" (purchase /
 * refund / verify) is `status`: the kind of a transaction whose kinds include a refund is its status (shipped Square "Event Type"; holdout-s PayPal "Type", labelled so independently).
 */
import { join } from 'node:path';
import {
  alnum,
  ampm,
  CITIES,
  c,
  clock,
  collectCases,
  dashPhone,
  e164,
  email,
  first,
  fullName,
  hex,
  int,
  isoDate,
  isoZ,
  last,
  maybe,
  money,
  pad,
  pick,
  reseed,
  STATES,
  street,
  usDate,
  usPhone,
  uuid,
  writeCases,
  zip,
} from './holdout-helpers.ts';

reseed(20261128);
const { cases, add } = collectCases();

// SpotOn POS transaction report
add('spoton_transactions', 'SpotOn Restaurant POS transactions report', [
  c('Transaction Date', 'timestamp', () => `${usDate()} ${ampm()}`),
  c('Check #', ['order_number', 'transaction_id'], (i) => String(2000 + i)),
  c('Transaction ID', 'transaction_id', () => uuid('b')),
  c('Server', 'staff', () => pick(['Ana R.', 'Ben T.', 'Cole M.'])),
  c('Revenue Center', null, () => pick(['Dining Room', 'Bar', 'Patio'])),
  c('Order Type', null, () => pick(['Dine In', 'Take Out', 'Online Ordering'])),
  c('Card Type', 'card_brand', () => pick(['Visa', 'Mastercard', 'Amex', 'Discover'])),
  c('Last 4', 'card_last4', () => pad(int(0, 9999), 4)),
  c('Subtotal', 'subtotal', () => money(10, 120)),
  c('Tax', 'tax', () => money(1, 10)),
  c('Tip', 'tip', () => money(0, 25)),
  c('Total', 'value', () => money(12, 150)),
  c('Tender Type', 'payment_method', () => pick(['Credit', 'Cash', 'Gift Card'])),
  c('Status', 'status', () => pick(['Approved', 'Approved', 'Voided', 'Refunded'])),
  c('Guest Name', 'full_name', () => maybe(0.5, fullName)),
]);

// Lightspeed Restaurant (K-Series) receipts export
add('lightspeed_k_receipts', 'Lightspeed Restaurant K-Series receipts export', [
  c('Receipt ID', 'transaction_id', (i) => `R${700000 + i}`),
  c('Receipt Number', 'order_number', (i) => String(4100 + i)),
  c(
    'Creation Date',
    ['timestamp', 'created_at'],
    () => `${isoDate()}T${clock()}:${pad(int(0, 59))}.000+01:00`,
  ),
  c('Closing Date', ['paid_at', 'timestamp'], () => `${isoDate()}T${clock()}:${pad(int(0, 59))}.000+01:00`),
  c('Business Location', 'location', () => pick(['Clubhouse Bistro', 'Halfway House'])),
  c('Device', null, () => pick(['iPad 1', 'iPad 2'])),
  c('Staff Name', 'staff', () => pick(['Marie', 'Tom', 'Leila'])),
  c('Covers', 'quantity', () => String(int(1, 8))),
  c('Total Excl. Tax', 'subtotal', () => money(10, 200)),
  c('Total Tax', 'tax', () => money(1, 30)),
  c('Total Incl. Tax', 'value', () => money(11, 230)),
  c('Gratuity', 'tip', () => money(0, 20)),
  c('Payment Methods', 'payment_method', () => pick(['Card', 'Cash', 'Card, Cash'])),
  c('Customer', 'full_name', () => maybe(0.3, fullName)),
  c('Status', 'status', () => pick(['CLOSED', 'CLOSED', 'VOIDED', 'REFUNDED'])),
]);

// Constant Contact contacts export
add('constant_contact_contacts', 'Constant Contact contacts export', [
  c('Email address', 'email', (i) => email(i)),
  c('First name', 'first_name', () => first()),
  c('Last name', 'last_name', () => last()),
  c('Phone number', 'phone', () => maybe(0.6, usPhone)),
  c('Company', 'company', () => maybe(0.3, () => pick(['Birdie Labs', 'Summit Realty', 'Oak Dental']))),
  c('Street address line 1', 'address_line', () => maybe(0.6, street)),
  c('City', 'city', () => pick(CITIES)),
  c('State/Province', 'region', () => pick(STATES)),
  c('Zip/Postal code', 'postal_code', () => zip()),
  c('Country', 'country', () => 'United States'),
  c('Email status', 'marketing_opt_in', () => pick(['Active', 'Active', 'Unsubscribed', 'Bounced'])),
  c('Email permission status', 'marketing_opt_in', () => pick(['Implicit', 'Explicit', 'Unsubscribed'])),
  c('Source', 'lead_source', () => pick(['Sign-up form', 'Import', 'Shopify'])),
  c('Created At', 'created_at', () => `${usDate()} ${clock()}`),
  c('Updated At', 'updated_at', () => `${usDate()} ${clock()}`),
  c('Lists', null, () => pick(['Newsletter', 'Members; Newsletter', 'Events'])),
]);

// Brevo (Sendinblue) contacts export
add('brevo_contacts', 'Brevo contacts export', [
  c('CONTACT ID', 'contact_id', (i) => String(100 + i)),
  c('EMAIL', 'email', (i) => email(i)),
  c('FIRSTNAME', 'first_name', () => first()),
  c('LASTNAME', 'last_name', () => last()),
  c('SMS', 'phone', () => maybe(0.6, e164)),
  c('WHATSAPP', 'phone', () => maybe(0.2, e164)),
  c('EXT_ID', 'customer_reference', () => maybe(0.5, () => `cus_${alnum(10)}`)),
  c('ADDED_TIME', 'created_at', () => isoZ()),
  c('MODIFIED_TIME', 'updated_at', () => isoZ()),
  c('EMAIL_BLACKLISTED', 'marketing_opt_in', () => pick(['false', 'false', 'true'])),
  c('SMS_BLACKLISTED', 'marketing_opt_in', () => pick(['false', 'true'])),
  c('TOTAL_SPENT', 'lifetime_value', () => money(0, 3000)),
  c('ORDER_COUNT', 'order_count', () => String(int(0, 25))),
]);

// Tock reservations export
add('tock_reservations', 'Tock reservations export', [
  c('Confirmation Number', ['transaction_id', 'order_number'], () => alnum(8).toUpperCase()),
  c('Experience', 'product_name', () => pick(['Chef\u2019s Table', 'Wine Dinner', 'Brunch'])),
  c('Reservation Date', 'date', () => usDate()),
  c('Reservation Time', 'time', () => ampm()),
  c('Party Size', 'quantity', () => String(int(1, 8))),
  c('Guest First Name', 'first_name', () => first()),
  c('Guest Last Name', 'last_name', () => last()),
  c('Guest Email', 'email', (i) => email(i)),
  c('Guest Phone', 'phone', () => usPhone()),
  c('Prepaid Amount', 'value', () => money(0, 800)),
  c('Service Charge', null, () => money(0, 120)),
  c('Tax', 'tax', () => money(0, 70)),
  c('Status', 'status', () => pick(['Booked', 'Completed', 'Cancelled', 'No Show'])),
  c('Booked On', 'created_at', () => `${usDate()} ${clock()}`),
  c('Dietary Restrictions', 'notes', () =>
    maybe(0.3, () => pick(['Vegetarian', 'No shellfish', 'Gluten free'])),
  ),
]);

// GolfNow / tee-sheet style tee-time export
add('golfnow_tee_times', 'GolfNow tee-time export', [
  c('Reservation ID', 'transaction_id', (i) => String(9100000 + i * 3)),
  c('Course', 'location', () => pick(['Eagle Ridge GC', 'Pine Valley Links'])),
  c('Tee Date', 'date', () => usDate()),
  c('Tee Time', 'time', () => ampm()),
  c('Holes', null, () => pick(['9', '18', '18'])),
  c('Players', 'quantity', () => String(int(1, 4))),
  c('Golfer Name', 'full_name', () => fullName()),
  c('Golfer Email', 'email', (i) => email(i)),
  c('Golfer Phone', 'phone', () => dashPhone()),
  c('Rate Name', null, () => pick(['Hot Deal', 'Twilight', 'Prime Time', 'Senior'])),
  c('Green Fee', 'subtotal', () => money(20, 120)),
  c('Cart Fee', null, () => money(0, 25)),
  c('Total Price', 'value', () => money(20, 160)),
  c('Booking Source', 'channel', () => pick(['GolfNow.com', 'App', 'Course Website'])),
  c('Res Status', 'status', () => pick(['Booked', 'Checked In', 'No Show', 'Cancelled'])),
]);

// Square Invoices export
add('square_invoices', 'Square Invoices export', [
  c('Invoice Number', 'order_number', (i) => pad(i + 1, 6)),
  c('Invoice ID', 'transaction_id', () => `inv:0-${alnum(20)}`),
  c('Invoice Title', 'product_name', () => pick(['Membership dues', 'Lesson package', 'Event deposit'])),
  c('Customer Name', 'full_name', () => fullName()),
  c('Customer Email', 'email', (i) => email(i)),
  c('Customer Phone', 'phone', () => maybe(0.7, usPhone)),
  c('Date Sent', 'created_at', () => usDate()),
  c('Due Date', null, () => usDate()),
  c('Date Paid', 'paid_at', () => maybe(0.7, usDate)),
  c('Invoice Amount', 'value', () => `$${money(50, 2500)}`),
  c('Amount Paid', null, () => `$${money(0, 2500)}`),
  c('Amount Due', null, () => `$${money(0, 2500)}`),
  c('Invoice Status', 'status', () => pick(['Paid', 'Paid', 'Unpaid', 'Overdue', 'Canceled'])),
  c('Location', 'location', () => pick(['Pro Shop', 'Clubhouse'])),
]);

// Recurly transactions export
add('recurly_transactions', 'Recurly transactions export', [
  c('transaction_id', 'transaction_id', () => hex(32)),
  c('account_code', 'customer_id', (i) => `acct-${1000 + i}`),
  c('account_email', 'email', (i) => email(i)),
  c('account_first_name', 'first_name', () => first()),
  c('account_last_name', 'last_name', () => last()),
  c('date', 'timestamp', () => isoZ()),
  c('type', 'status', () => pick(['purchase', 'purchase', 'refund', 'verify'])),
  c('status', 'status', () => pick(['success', 'success', 'declined', 'void'])),
  c('amount', 'value', () => money(10, 300)),
  c('tax_amount', 'tax', () => money(0, 25)),
  c('currency', 'currency', () => pick(['USD', 'USD', 'EUR'])),
  c('payment_method', 'payment_method', () => pick(['credit_card', 'paypal', 'ach'])),
  c('card_type', 'card_brand', () => pick(['Visa', 'MasterCard', 'American Express'])),
  c('card_last_four', 'card_last4', () => pad(int(0, 9999), 4)),
  c('invoice_number', 'order_number', (i) => String(5000 + i)),
]);

// Faire wholesale orders export
add('faire_orders', 'Faire wholesale orders export', [
  c('Order Number', ['order_number', 'transaction_id'], () => `${alnum(4).toUpperCase()}${int(1000, 9999)}`),
  c('Order Date', ['timestamp', 'date'], () => usDate()),
  c('Retailer Name', ['company', 'full_name'], () =>
    pick(['Tee Box Boutique', 'Links Gift Co', 'Fairway Finds']),
  ),
  c('Retailer Email', 'email', (i) => email(i)),
  c('Ship To City', 'city', () => pick(CITIES)),
  c('Ship To State', 'region', () => pick(STATES)),
  c('Ship To Zip', 'postal_code', () => zip()),
  c('Product Name', 'product_name', () => pick(['Logo Towel', 'Divot Tool', 'Ball Marker Set'])),
  c('SKU', 'product_sku', () => `FW-${int(100, 999)}`),
  c('Quantity', 'quantity', () => String(int(6, 48))),
  c('Wholesale Price', null, () => money(3, 20)),
  c('Order Total', 'value', () => money(60, 900)),
  c('Commission', 'fee', () => money(9, 150)),
  c('Order Status', 'status', () => pick(['Shipped', 'Delivered', 'Pending', 'Canceled'])),
]);

// A Polish web-shop order export (semicolon-separated, decimal commas)
const zl = (lo: number, hi: number) => money(lo, hi).replace('.', ',');
add(
  'polish_shop_orders',
  'Polish web-shop order export (semicolon-separated)',
  [
    c('Numer zamówienia', ['order_number', 'transaction_id'], (i) => String(51000 + i)),
    c(
      'Data zamówienia',
      ['timestamp', 'date'],
      () => `${pad(int(1, 28))}.${pad(int(1, 12))}.2025 ${clock()}`,
    ),
    c('Imię', 'first_name', () => first()),
    c('Nazwisko', 'last_name', () => last()),
    c('E-mail', 'email', (i) => email(i)),
    c('Telefon', 'phone', () => `+48 ${int(500, 799)} ${int(100, 999)} ${int(100, 999)}`),
    c('Ulica', 'address_line', () => `ul. ${pick(['Długa', 'Polna', 'Leśna'])} ${int(1, 90)}`),
    c('Kod pocztowy', 'postal_code', () => `${pad(int(0, 99))}-${pad(int(0, 999), 3)}`),
    c('Miasto', 'city', () => pick(['Warszawa', 'Kraków', 'Gdańsk', 'Wrocław'])),
    c('Wartość zamówienia', 'value', () => zl(40, 2000)),
    c('Koszt dostawy', 'shipping', () => zl(0, 25)),
    c('Waluta', 'currency', () => 'PLN'),
    c('Metoda płatności', 'payment_method', () => pick(['BLIK', 'Przelewy24', 'Karta'])),
    c('Status zamówienia', 'status', () => pick(['Zrealizowane', 'Wysłane', 'Anulowane', 'Nowe'])),
  ],
  120,
  ';',
);

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-h'),
  cases,
);

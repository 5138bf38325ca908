/**
 * Writes the ninth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-i/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-i.ts
 *
 * Written and labelled on 2026-11-27 after the changes made for holdout-g
 * and -h, and scored once before any change made for it. Vendors and export
 * kinds in no other set: NCR Aloha sales by check, Oracle MICROS Simphony
 * check detail, Heartland POS transactions, Attentive SMS subscribers, Yotpo
 * loyalty customers, ServiceTitan invoices, Housecall Pro jobs and Calendly
 * scheduled events. Values are synthetic.
 *
 * Relabelled later (never the CSVs) to the conventions the shipped set and
 * earlier holdouts already fixed: "Order Mode", "Order Type Name" and
 * "Revenue Center Name" → null (shipped "Dining Option", holdout-c "Order
 * Type", holdout Toast "Revenue Center"); a service charge is not a tip
 * (shipped "Service Charges" → null).
 */
import { join } from 'node:path';
import {
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
  int,
  isoDate,
  isoZ,
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
  usDateTime,
  usPhone,
  uuid,
  writeCases,
  zip,
} from './holdout-helpers.ts';

reseed(20261129);
const { cases, add } = collectCases();

// NCR Aloha "Sales by check" export
add('aloha_checks', 'NCR Aloha sales by check export', [
  c('Business Date', 'date', () => usDate()),
  c('Check Number', ['transaction_id', 'order_number'], (i) => String(10000 + i)),
  c('Table', null, () => String(int(1, 40))),
  c('Guests', 'quantity', () => String(int(1, 6))),
  c('Employee', 'staff', () => pick(['1021 SMITH, J', '1044 LOPEZ, M', '1107 CHEN, K'])),
  c('Open Time', 'time', () => ampm()),
  c('Close Time', null, () => ampm()),
  c('Order Mode', null, () => pick(['Dine In', 'To Go', 'Delivery'])),
  c('Net Sales', ['subtotal', 'value'], () => money(10, 200)),
  c('Tax', 'tax', () => money(1, 16)),
  c('Comps', 'discount', () => (rand() < 0.85 ? '0.00' : money(2, 30))),
  c('Tips', 'tip', () => money(0, 40)),
  c('Gross Total', 'value', () => money(12, 260)),
  c('Tender', 'payment_method', () => pick(['VISA', 'MASTERCARD', 'CASH', 'AMEX', 'HOUSE ACCT'])),
]);

// Oracle MICROS Simphony check detail
add('micros_check_detail', 'Oracle MICROS Simphony check detail export', [
  c('Location Ref', 'location', () => pick(['Clubhouse Grill', 'Turn Stand'])),
  c('Check Num', ['transaction_id', 'order_number'], (i) => String(3000 + i)),
  c('Check Open', 'timestamp', () => `${usDate()} ${clock()}`),
  c('Check Close', 'paid_at', () => `${usDate()} ${clock()}`),
  c('Revenue Center Name', null, () => pick(['Dining', 'Bar', 'Banquets'])),
  c('Order Type Name', null, () => pick(['Dine In', 'Take Out'])),
  c('Employee Name', 'staff', () => pick(['Rivera, Ana', 'Cole, Sam'])),
  c('Guest Count', 'quantity', () => String(int(1, 8))),
  c('Sub Total', 'subtotal', () => money(10, 300)),
  c('Tax Total', 'tax', () => money(1, 25)),
  c('Service Charge Total', null, () => money(0, 50)),
  c('Discount Total', 'discount', () => (rand() < 0.8 ? '0.00' : money(1, 25))),
  c('Check Total', 'value', () => money(12, 380)),
  c('Tender Media', 'payment_method', () => pick(['Visa', 'Mastercard', 'Cash', 'Member Charge'])),
]);

// Heartland POS transactions export
add('heartland_transactions', 'Heartland POS transactions export', [
  c('Transaction #', 'transaction_id', (i) => String(880000 + i * 7)),
  c('Date/Time', 'timestamp', () => usDateTime()),
  c('Station', null, () => pick(['Register 1', 'Register 2'])),
  c('Cashier', 'staff', () => pick(['Dana', 'Luis', 'Pat'])),
  c('Customer', 'full_name', () => maybe(0.4, fullName)),
  c('Customer Phone', 'phone', () => maybe(0.4, usPhone)),
  c('Items', 'quantity', () => String(int(1, 9))),
  c('Subtotal', 'subtotal', () => money(5, 300)),
  c('Discounts', 'discount', () => (rand() < 0.8 ? '0.00' : money(1, 30))),
  c('Sales Tax', 'tax', () => money(0, 25)),
  c('Total', 'value', () => money(5, 330)),
  c('Payment Type', 'payment_method', () => pick(['Credit', 'Debit', 'Cash', 'Gift'])),
  c('Card Brand', 'card_brand', () => pick(['Visa', 'Mastercard', 'Discover', ''])),
  c('Trans Type', 'status', () => pick(['Sale', 'Sale', 'Return', 'Void'])),
]);

// Attentive SMS subscribers export
add('attentive_subscribers', 'Attentive SMS subscribers export', [
  c('phone', 'phone', () => e164()),
  c('email', 'email', (i) => maybe(0.5, () => email(i))),
  c('first_name', 'first_name', () => maybe(0.6, first)),
  c('last_name', 'last_name', () => maybe(0.6, last)),
  c('subscriber_type', null, () => pick(['MARKETING', 'TRANSACTIONAL'])),
  c('opt_in_source', 'lead_source', () => pick(['Desktop popup', 'Mobile popup', 'Checkout', 'Keyword'])),
  c('sign_up_date', 'created_at', () => isoZ()),
  c('opt_out_date', null, () => maybe(0.1, isoZ)),
  c('zip_code', 'postal_code', () => maybe(0.5, zip)),
  c('state', 'region', () => maybe(0.5, () => pick(STATES))),
  c('last_click_date', null, () => maybe(0.4, isoZ)),
  c('total_revenue', 'lifetime_value', () => money(0, 900)),
]);

// Yotpo loyalty customers export
add('yotpo_loyalty', 'Yotpo Loyalty & Referrals customers export', [
  c('Email', 'email', (i) => email(i)),
  c('First Name', 'first_name', () => first()),
  c('Last Name', 'last_name', () => last()),
  c('Points Balance', null, () => String(int(0, 5000))),
  c('Points Earned', null, () => String(int(0, 9000))),
  c('VIP Tier', null, () => pick(['Bronze', 'Silver', 'Gold'])),
  c('Referral Code', 'customer_reference', () => `${first().toUpperCase()}${int(10, 99)}`),
  c('Purchases Made', 'order_count', () => String(int(0, 40))),
  c('Total Spend', 'lifetime_value', () => money(0, 6000)),
  c('Birthday', 'birth_date', () => maybe(0.3, () => `${pad(int(1, 12))}/${pad(int(1, 28))}`)),
  c('Opted In', 'marketing_opt_in', () => pick(['true', 'false'])),
  c('Created At', 'created_at', () => isoZ()),
]);

// ServiceTitan invoices export
add('servicetitan_invoices', 'ServiceTitan invoices export', [
  c('Invoice #', ['order_number', 'transaction_id'], (i) => String(150000 + i)),
  c('Job #', null, (i) => String(90000 + i)),
  c('Invoice Date', ['timestamp', 'date'], () => usDate()),
  c('Customer Name', 'full_name', () => fullName()),
  c('Customer ID', 'customer_id', (i) => String(4000000 + i * 11)),
  c('Location Address', 'address_line', () => street()),
  c('Location City', 'city', () => pick(CITIES)),
  c('Location Zip', 'postal_code', () => zip()),
  c('Business Unit', 'location', () => pick(['HVAC Service', 'Plumbing Install', 'Electrical'])),
  c('Technician', 'staff', () => pick(['Mike R.', 'Jess T.'])),
  c('Subtotal', 'subtotal', () => money(80, 9000)),
  c('Tax', 'tax', () => money(0, 700)),
  c('Total', 'value', () => money(80, 9700)),
  c('Balance', null, () => money(0, 500)),
  c('Status', 'status', () => pick(['Posted', 'Pending', 'Exported'])),
]);

// Housecall Pro jobs export
add('housecall_pro_jobs', 'Housecall Pro jobs export', [
  c('Job', ['order_number', 'transaction_id'], (i) => String(2200 + i)),
  c('Customer', 'full_name', () => fullName()),
  c('Customer email', 'email', (i) => email(i)),
  c('Customer mobile phone', 'phone', () => dashPhone()),
  c('Address', 'address_line', () => street()),
  c('Job status', 'status', () => pick(['Completed', 'Scheduled', 'Canceled', 'In progress'])),
  c('Scheduled start', 'timestamp', () => `${usDate()} ${ampm()}`),
  c('Completed at', null, () => maybe(0.6, () => `${usDate()} ${ampm()}`)),
  c('Employees', 'staff', () => pick(['Sam P.', 'Ana R., Sam P.'])),
  c('Job amount', 'value', () => money(90, 2500)),
  c('Due amount', null, () => money(0, 200)),
  c('Lead source', 'lead_source', () => pick(['Google', 'Yelp', 'Referral', 'Nextdoor'])),
  c('Tags', null, () => maybe(0.3, () => pick(['repeat', 'warranty']))),
]);

// Calendly scheduled events export
add('calendly_events', 'Calendly scheduled events export', [
  c('Invitee Name', 'full_name', () => fullName()),
  c('Invitee Email', 'email', (i) => email(i)),
  c('Text Reminder Number', 'phone', () => maybe(0.4, e164)),
  c('Event Type Name', 'product_name', () => pick(['Club Fitting', '30 Minute Lesson', 'Membership Tour'])),
  c('Start Date & Time', 'timestamp', () => `${isoDate()} ${ampm()}`),
  c('End Date & Time', null, () => `${isoDate()} ${ampm()}`),
  c('Invitee Time Zone', 'timezone', () => pick(['America/Denver', 'America/Chicago', 'America/Phoenix'])),
  c('Event Created Date & Time', 'created_at', () => `${isoDate()} ${ampm()}`),
  c('Canceled', 'status', () => pick(['false', 'false', 'true'])),
  c('Assigned To', 'staff', () => pick(['Coach Dana', 'Coach Luis'])),
  c('UTM Source', 'utm_source', () => maybe(0.4, () => pick(['google', 'facebook', 'newsletter']))),
  c('UTM Campaign', 'utm_campaign', () => maybe(0.4, () => pick(['spring-fittings', 'tour-q2']))),
  c('Invitee UUID', 'contact_id', () => uuid('c')),
  c('Event UUID', 'transaction_id', () => uuid('d')),
  c('Note', 'notes', () => maybe(0.2, () => pick(['Left-handed', 'Bring driver']))),
]);

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-i'),
  cases,
);

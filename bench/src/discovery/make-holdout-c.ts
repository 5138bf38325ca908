/**
 * Writes the third blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-c/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-c.ts
 *
 * Written after all tuning, and scored once: not used to change the matcher
 * or its calibration. Vendors: Revel (POS orders), Wix Stores, Magento,
 * Chargebee invoices, a GolfNow-style tee-time export, a dental practice
 * patient list (Dentrix-style), a fitness studio client list, Authorize.net
 * transactions, Salesforce opportunities and a legacy in-house CRM.
 */
import { join } from 'node:path';
import {
  alnum,
  CITIES,
  c,
  clock,
  collectCases,
  dashPhone,
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

reseed(424242);
const { cases, add } = collectCases();

add('revel_orders', 'Revel Systems order details export', [
  c('Order ID', 'transaction_id', (i) => String(880000 + i)),
  c(
    'Created Date',
    ['timestamp', 'created_at'],
    () => `${usDate()} ${int(1, 12)}:${pad(int(0, 59))} ${pick(['AM', 'PM'])}`,
  ),
  c('Closed Date', null, () => `${usDate()} ${int(1, 12)}:${pad(int(0, 59))} ${pick(['AM', 'PM'])}`),
  c('Establishment', 'location', () => pick(['Downtown Cafe', 'Uptown Cafe'])),
  c('Customer', 'full_name', () => maybe(0.5, fullName)),
  c('Customer Email', 'email', (i) => maybe(0.4, () => email(i))),
  c('Customer Phone', 'phone', () => maybe(0.4, dashPhone)),
  c('Order Type', null, () => pick(['Dine In', 'To Go', 'Delivery'])),
  c('Subtotal', 'subtotal', () => money(5, 120)),
  c('Tax', 'tax', () => money(0.3, 10)),
  c('Discount', 'discount', () => (rand() < 0.8 ? '0.00' : money(1, 10))),
  c('Tips', 'tip', () => money(0, 20)),
  c('Service Fee', null, () => (rand() < 0.9 ? '0.00' : '2.50')),
  c('Final Total', 'value', () => money(6, 150)),
  c('Payment Type', 'payment_method', () => pick(['Credit', 'Cash', 'Gift Card'])),
  c('Employee', 'staff', () => pick(['Ana R', 'Ben T', 'Cleo M'])),
  c('Station', null, () => pick(['POS 1', 'POS 2', 'Kiosk'])),
  c('Status', 'status', () => pick(['Closed', 'Closed', 'Closed', 'Voided', 'Refunded'])),
]);

add('wix_orders', 'Wix Stores orders export', [
  c('Order number', ['order_number', 'transaction_id'], (i) => String(10001 + i)),
  c('Date created', 'date', () => `${pick(['Jan', 'Feb', 'Mar'])} ${int(1, 28)}, 2025`),
  c('Time', 'time', () => `${int(1, 12)}:${pad(int(0, 59))} ${pick(['AM', 'PM'])}`),
  c('Contact email', 'email', (i) => email(i)),
  c('Note from customer', 'notes', () => maybe(0.1, () => 'Gift - no receipt please')),
  c('Billing name', 'full_name', () => fullName()),
  c('Billing country', 'country', () => pick(['United States', 'Canada'])),
  c('Billing state', 'region', () => pick(STATES)),
  c('Billing city', 'city', () => pick(CITIES)),
  c('Billing address', 'address_line', () => street()),
  c('Billing zip/postal code', 'postal_code', () => zip()),
  c('Billing phone', 'phone', () => maybe(0.7, dashPhone)),
  c('Shipping label', null, () => maybe(0.5, () => 'Standard')),
  c('Item', 'product_name', () => pick(['Ceramic Mug', 'Linen Apron', 'Candle - Fig'])),
  c('SKU', 'product_sku', () => `WX-${int(100, 999)}`),
  c('Qty', 'quantity', () => String(int(1, 3))),
  c('Price', null, () => pick(['18.00', '32.00', '24.00'])),
  c('Weight', null, () => `${int(1, 5)}.0`),
  c('Coupon', null, () => maybe(0.1, () => 'WELCOME')),
  c('Shipping rate', 'shipping', () => pick(['0.00', '5.00', '8.00'])),
  c('Total tax', 'tax', () => money(0, 8)),
  c('Total', 'value', () => money(18, 120)),
  c('Currency', 'currency', () => 'USD'),
  c('Payment method', 'payment_method', () => pick(['Credit Card', 'PayPal'])),
  c('Payment status', 'status', () => pick(['Paid', 'Paid', 'Refunded', 'Not Paid'])),
  c('Fulfillment status', null, () => pick(['Fulfilled', 'Not Fulfilled'])),
]);

add('magento_orders', 'Magento (Adobe Commerce) sales order grid export', [
  c('ID', ['transaction_id', 'order_number'], (i) => String(100000100 + i)),
  c('Purchase Point', 'location', () => pick(['Main Website Store', 'Wholesale Store'])),
  c(
    'Purchase Date',
    'timestamp',
    () =>
      `${pick(['Jan', 'Feb', 'Mar'])} ${int(1, 28)}, 2025 ${int(1, 12)}:${pad(int(0, 59))}:${pad(int(0, 59))} ${pick(['AM', 'PM'])}`,
  ),
  c('Bill-to Name', 'full_name', () => fullName()),
  c('Ship-to Name', null, () => fullName()),
  c('Grand Total (Base)', ['value'], () => `$${money(20, 400)}`),
  c('Grand Total (Purchased)', null, () => `$${money(20, 400)}`),
  c('Status', 'status', () => pick(['Complete', 'Processing', 'Pending', 'Canceled', 'Closed'])),
  c('Billing Address', 'address_line', () => `${street()},${pick(CITIES)},${pick(STATES)},${zip()}`),
  c('Shipping Address', null, () => `${street()},${pick(CITIES)},${pick(STATES)},${zip()}`),
  c('Shipping Information', null, () => pick(['Flat Rate - Fixed', 'Free Shipping - Free'])),
  c('Customer Email', 'email', (i) => email(i)),
  c('Customer Group', null, () => pick(['General', 'Wholesale', 'NOT LOGGED IN'])),
  c('Subtotal', 'subtotal', () => `$${money(15, 380)}`),
  c('Shipping and Handling', 'shipping', () => pick(['$0.00', '$5.00', '$10.00'])),
  c('Customer Name', 'full_name', () => fullName()),
  c('Payment Method', 'payment_method', () => pick(['Check / Money order', 'Credit Card', 'PayPal Express'])),
  c('Total Refunded', 'refund_amount', () => (rand() < 0.9 ? '$0.00' : `$${money(5, 80)}`)),
]);

add('chargebee_invoices', 'Chargebee invoices export', [
  c('Invoice Number', ['transaction_id', 'order_number'], (i) => String(2000 + i)),
  c('Customer Id', 'customer_id', () => alnum(16)),
  c('Customer Email', 'email', (i) => email(i)),
  c('Customer First Name', 'first_name', () => first()),
  c('Customer Last Name', 'last_name', () => last()),
  c('Customer Company', 'company', () => maybe(0.4, () => pick(['Harbor Fitness', 'Oak Dental', 'Acme']))),
  c('Invoice Date', 'timestamp', () => `${isoDate()}`),
  c('Amount', 'value', () => money(29, 299)),
  c('Amount Paid', null, () => money(0, 299)),
  c('Amount Due', null, () => (rand() < 0.8 ? '0.00' : money(29, 299))),
  c('Currency', 'currency', () => pick(['USD', 'USD', 'EUR'])),
  c('Status', 'status', () => pick(['Paid', 'Paid', 'Payment Due', 'Not Paid', 'Voided'])),
  c('Subscription Id', null, () => alnum(16)),
  c('Tax', 'tax', () => money(0, 25)),
  c('Discount', 'discount', () => (rand() < 0.8 ? '0.00' : money(5, 30))),
  c('Billing Address Line1', 'address_line', () => maybe(0.7, street)),
  c('Billing Address City', 'city', () => maybe(0.7, () => pick(CITIES))),
  c('Billing Address State', 'region', () => maybe(0.7, () => pick(STATES))),
  c('Billing Address Zip', 'postal_code', () => maybe(0.7, zip)),
  c('Billing Address Country', 'country', () => maybe(0.7, () => 'US')),
]);

add('golfnow_teetimes', 'golf tee-time reservations export (GolfNow-style)', [
  c('Reservation #', ['transaction_id', 'order_number'], () => `R${int(10000000, 99999999)}`),
  c('Play Date', 'date', () => usDate()),
  c(
    'Tee Time',
    'time',
    () => `${int(6, 11)}:${pick(['00', '08', '16', '24', '32', '40', '48', '56'])} ${pick(['AM', 'PM'])}`,
  ),
  c('Course Name', 'location', () => pick(['Desert Ridge', 'Pine Valley Links'])),
  c('Holes', null, () => pick(['9', '18'])),
  c('Golfers', 'quantity', () => String(int(1, 4))),
  c('Player Name', 'full_name', () => fullName()),
  c('Player Email', 'email', (i) => email(i)),
  c('Player Phone', 'phone', () => usPhone()),
  c('Rate', null, () => pick(['Hot Deal', 'Twilight', 'Prime'])),
  c('Total Price', 'value', () => money(25, 320)),
  c('Booking Source', 'channel', () => pick(['GolfNow.com', 'Course Website', 'Phone'])),
  c('Status', 'status', () => pick(['Booked', 'Checked In', 'No Show', 'Cancelled'])),
  c('Confirmation Code', null, () => alnum(8).toUpperCase()),
  c('Promo', null, () => maybe(0.1, () => 'SPRING10')),
]);

add('dental_patients', 'dental practice patient list (Dentrix-style)', [
  c(
    'Chart Number',
    ['customer_id', 'customer_reference'],
    () => `${last().slice(0, 3).toUpperCase()}${int(1000, 9999)}`,
  ),
  c('Patient Name', 'full_name', () => `${last()}, ${first()}`),
  c('Birth Date', 'birth_date', () => `${pad(int(1, 12))}/${pad(int(1, 28))}/${int(1940, 2015)}`),
  c('Gender', null, () => pick(['F', 'M'])),
  c('Home Phone', 'phone', () => maybe(0.5, usPhone)),
  c('Mobile Phone', 'phone', () => maybe(0.8, usPhone)),
  c('Email', 'email', (i) => maybe(0.7, () => email(i))),
  c('Address', 'address_line', () => street()),
  c('City', 'city', () => pick(CITIES)),
  c('State', 'region', () => pick(STATES)),
  c('Zip', 'postal_code', () => zip()),
  c('Last Visit', null, () => usDate()),
  c('Next Appt', null, () => maybe(0.5, usDate)),
  c('Balance', null, () => money(0, 400)),
  c('Primary Provider', 'staff', () => pick(['DDS1', 'HYG2', 'DDS2'])),
  c('Status', 'status', () => pick(['Active', 'Active', 'Inactive', 'Archived'])),
]);

add('fitness_clients', 'fitness studio client list export', [
  c('Client ID', 'customer_id', () => String(int(100000, 999999))),
  c('First name', 'first_name', () => first()),
  c('Last name', 'last_name', () => last()),
  c('Email', 'email', (i) => email(i)),
  c('Mobile phone', 'phone', () => maybe(0.8, dashPhone)),
  c('Home location', 'location', () => pick(['Downtown', 'Northside'])),
  c('Membership', null, () => pick(['Unlimited', '10-Pack', 'None'])),
  c('Membership Start Date', null, () => maybe(0.6, isoDate)),
  c('Last visit', null, () => isoDate()),
  c('Total visits', 'order_count', () => String(int(0, 200))),
  c('Lifetime value', 'lifetime_value', () => money(0, 4000)),
  c('Marketing opt-in', 'marketing_opt_in', () => pick(['Yes', 'No'])),
  c('Birthday', 'birth_date', () =>
    maybe(0.5, () => `${int(1960, 2005)}-${pad(int(1, 12))}-${pad(int(1, 28))}`),
  ),
  c('Referred by', null, () => maybe(0.2, fullName)),
  c('Created', ['created_at', 'timestamp'], () => `${isoDate()} ${clock()}`),
]);

add('authorizenet_transactions', 'Authorize.net transaction search export', [
  c('Transaction ID', 'transaction_id', () => String(int(60000000000, 69999999999))),
  c('Transaction Status', 'status', () =>
    pick([
      'Settled Successfully',
      'Settled Successfully',
      'Declined',
      'Voided',
      'Refund Settled Successfully',
    ]),
  ),
  c('Settlement Date Time', null, () => `${usDate()} ${clock()}:${pad(int(0, 59))}`),
  c('Submit Date Time', 'timestamp', () => `${usDate()} ${clock()}:${pad(int(0, 59))}`),
  c('Authorization Amount', null, () => money(10, 500)),
  c('Settlement Amount', 'value', () => money(10, 500)),
  c('Payment Method', 'payment_method', () => pick(['Credit Card', 'eCheck'])),
  c('Card Number', 'card_last4', () => `XXXX${pad(int(0, 9999), 4)}`),
  c('Card Type', 'card_brand', () => pick(['Visa', 'MasterCard', 'Discover', 'AmericanExpress'])),
  c('Invoice Number', 'order_number', (i) => maybe(0.7, () => `INV${5000 + i}`)),
  c('Customer ID', 'customer_id', () => maybe(0.6, () => String(int(1000, 9999)))),
  c('First Name', 'first_name', () => first()),
  c('Last Name', 'last_name', () => last()),
  c('Company', 'company', () => maybe(0.2, () => 'Acme LLC')),
  c('Address', 'address_line', () => street()),
  c('City', 'city', () => pick(CITIES)),
  c('State', 'region', () => pick(STATES)),
  c('ZIP', 'postal_code', () => zip()),
  c('Country', 'country', () => 'USA'),
  c('Phone', 'phone', () => maybe(0.6, dashPhone)),
  c('Email', 'email', (i) => maybe(0.8, () => email(i))),
]);

add('salesforce_opportunities', 'Salesforce opportunities report export', [
  c('Opportunity ID', 'transaction_id', () => `0065g00000${alnum(5)}AAA`),
  c('Opportunity Name', 'product_name', () =>
    pick(['Corporate Outing', 'Wedding Package', 'Annual Membership']),
  ),
  c('Account Name', 'company', () => pick(['Acme Corp', 'Northwind', 'Blue Mesa HOA'])),
  c('Amount', 'value', () => money(1000, 30000)),
  c('Close Date', 'timestamp', () => usDate()),
  c('Stage', 'status', () =>
    pick(['Closed Won', 'Closed Lost', 'Negotiation/Review', 'Proposal/Price Quote']),
  ),
  c('Probability (%)', null, () => pick(['100', '0', '75', '50'])),
  c('Type', null, () => pick(['New Customer', 'Existing Customer - Upgrade'])),
  c('Lead Source', 'lead_source', () => pick(['Web', 'Partner Referral', 'Phone Inquiry'])),
  c('Created Date', 'created_at', () => usDate()),
  c('Opportunity Owner', 'staff', () => pick(['Jamie Fox', 'Riley Chen'])),
  c('Fiscal Period', null, () => pick(['Q1-2025', 'Q2-2025'])),
]);

add('legacy_crm_customers', 'in-house CRM customer export with abbreviated headers', [
  c('CustNo', 'customer_id', (i) => String(50000 + i)),
  c('Cust Name', 'full_name', () => fullName()),
  c('Phone #', 'phone', () => usPhone()),
  c('E-Mail Addr', 'email', (i) => maybe(0.8, () => email(i))),
  c('Addr1', 'address_line', () => street()),
  c('Addr2', null, () => maybe(0.1, () => `Ste ${int(1, 300)}`)),
  c('City/Town', 'city', () => pick(CITIES)),
  c('ST', 'region', () => pick(STATES)),
  c('Zip Code', 'postal_code', () => zip()),
  c('Cust Since', ['created_at', 'timestamp'], () => usDate()),
  c('Last Order Dt', null, () => usDate()),
  c('YTD Sales', null, () => money(0, 3000)),
  c('Total Orders', 'order_count', () => String(int(0, 60))),
  c('Acct Status', 'status', () => pick(['A', 'A', 'I', 'H'])),
]);

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-c'),
  cases,
);

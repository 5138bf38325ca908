/**
 * Writes the fifth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-e/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-e.ts
 *
 * Labelled before the matcher ever saw it; its first score is the honest
 * generalisation figure (see the package README). Vendors and export kinds
 * not in the other sets: Salesforce Data Loader contacts (API field names),
 * Pipedrive deals, a Mailchimp campaign activity report, the Meta offline
 * events upload template, Ticket Tailor orders, Jane App appointments,
 * Cliniko patients (Australian), a Club Prophet-style all-caps tee sheet, a
 * Spanish restaurant POS export, Square Payments API JSON flattened to
 * camelCase columns (amounts in cents), Fivestars loyalty customers and
 * Boulevard appointments (units in headers). Values are synthetic.
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

reseed(55119090);
const { cases, add } = collectCases();

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const sfId = (prefix: string) => `${prefix}${alnum(12).replace(/[^A-Za-z0-9]/g, 'x')}`;
const sfDateTime = () => `${isoDate()}T${clock()}:${pad(int(0, 59))}.000+0000`;

// Salesforce Data Loader export of Contact (API field names)
add('salesforce_dataloader_contacts', 'Salesforce Data Loader export of Contact (API names)', [
  c('Id', ['contact_id', 'customer_id'], () => sfId('0035g00000')),
  c('AccountId', null, () => sfId('0015g00000')),
  c('Salutation', null, () => maybe(0.6, () => pick(['Mr.', 'Ms.', 'Dr.', 'Mrs.']))),
  c('FirstName', 'first_name', () => first()),
  c('LastName', 'last_name', () => last()),
  c('Title', null, () => maybe(0.6, () => pick(['Office Manager', 'Owner', 'Director of Golf', 'CFO']))),
  c('Email', 'email', (i) => maybe(0.9, () => email(i))),
  c('Phone', 'phone', () => maybe(0.8, usPhone)),
  c('MobilePhone', 'phone', () => maybe(0.5, usPhone)),
  c('MailingStreet', 'address_line', () => maybe(0.7, street)),
  c('MailingCity', 'city', () => maybe(0.7, () => pick(CITIES))),
  c('MailingState', 'region', () => maybe(0.7, () => pick(STATES))),
  c('MailingPostalCode', 'postal_code', () => maybe(0.7, zip)),
  c('MailingCountry', 'country', () => maybe(0.7, () => pick(['United States', 'USA']))),
  c('Birthdate', 'birth_date', () =>
    maybe(0.3, () => `${int(1950, 2000)}-${pad(int(1, 12))}-${pad(int(1, 28))}`),
  ),
  c('LeadSource', 'lead_source', () => pick(['Web', 'Phone Inquiry', 'Partner Referral', 'Trade Show', ''])),
  c('HasOptedOutOfEmail', 'marketing_opt_in', () => (rand() < 0.85 ? 'false' : 'true')),
  c('DoNotCall', 'marketing_opt_in', () => (rand() < 0.9 ? 'false' : 'true')),
  c('CreatedDate', ['created_at', 'timestamp'], () => sfDateTime()),
  c('LastModifiedDate', 'updated_at', () => sfDateTime()),
  c('OwnerId', 'staff', () => pick(['0055g00000AbCdEAAV', '0055g00000XyZ12AAF', '0055g00000QrSt3AAB'])),
  c('Description', 'notes', () => maybe(0.2, () => pick(['Met at expo', 'Interested in corporate package']))),
]);

// Pipedrive deals export
add('pipedrive_deals', 'Pipedrive deals export', [
  c('Deal - ID', 'transaction_id', (i) => String(310 + i)),
  c(
    'Deal - Title',
    'product_name',
    () => `${pick(['Acme', 'Northwind', 'Blue Mesa', 'Kauri'])} ${pick(['deal', 'renewal', 'expansion'])}`,
  ),
  c('Deal - Owner', 'staff', () => pick(['Rita Ortega', 'Sam Hill'])),
  c('Deal - Value', 'value', () => money(500, 40000)),
  c('Deal - Currency', 'currency', () => pick(['USD', 'USD', 'EUR'])),
  c('Deal - Weighted value', null, () => money(100, 30000)),
  c('Deal - Probability', null, () => maybe(0.5, () => String(pick([10, 25, 50, 75, 90])))),
  c('Deal - Organization', 'company', () =>
    pick(['Acme Corp', 'Northwind Traders', 'Blue Mesa HOA', 'Kauri Builders']),
  ),
  c('Deal - Pipeline', null, () => pick(['Sales', 'Partnerships'])),
  c('Deal - Contact person', 'full_name', () => fullName()),
  c('Deal - Stage', 'status', () =>
    pick(['Qualified', 'Proposal Made', 'Negotiations Started', 'Contact Made']),
  ),
  c('Deal - Label', null, () => maybe(0.4, () => pick(['Hot', 'Warm', 'Cold']))),
  c('Deal - Status', 'status', () => pick(['won', 'lost', 'open', 'open'])),
  c('Deal - Deal created', ['created_at', 'timestamp'], () => `${isoDate()} ${clock()}:${pad(int(0, 59))}`),
  c('Deal - Update time', 'updated_at', () => `${isoDate()} ${clock()}:${pad(int(0, 59))}`),
  c('Deal - Won time', ['timestamp', 'paid_at'], () =>
    maybe(0.3, () => `${isoDate()} ${clock()}:${pad(int(0, 59))}`),
  ),
  c('Deal - Lost reason', null, () => maybe(0.2, () => pick(['Price', 'Went with competitor', 'No budget']))),
  c('Deal - Expected close date', null, () => maybe(0.6, isoDate)),
  c('Person - Email', 'email', (i) => maybe(0.8, () => email(i))),
  c('Person - Phone', 'phone', () => maybe(0.6, dashPhone)),
]);

// Mailchimp campaign report: email activity
add('mailchimp_campaign_activity', 'Mailchimp campaign report export (email activity per recipient)', [
  c('Email Address', 'email', (i) => email(i)),
  c('First Name', 'first_name', () => first()),
  c('Last Name', 'last_name', () => last()),
  c('Company', 'company', () => maybe(0.2, () => pick(['Acme Corp', 'Mesa Fitness']))),
  c('Number of Opens', null, () => String(int(0, 12))),
  c('Number of Clicks', null, () => String(int(0, 5))),
  c('First Opened', null, () => maybe(0.6, () => `${isoDate()} ${clock()}:00`)),
  c('Last Clicked', null, () => maybe(0.3, () => `${isoDate()} ${clock()}:00`)),
  c('Campaign Title', null, () => pick(['Spring Newsletter', 'Members Weekend Promo'])),
  c('Member Rating', null, () => String(int(1, 5))),
  c('Unsubscribe Date', null, () => maybe(0.04, () => `${isoDate()} ${clock()}:00`)),
]);

// Meta (Facebook) offline events upload template
add('meta_offline_events', 'Meta offline events upload (template column names)', [
  c('email', 'email', (i) => email(i)),
  c('phone', 'phone', () => maybe(0.8, () => `1${int(201, 989)}${int(200, 999)}${pad(int(0, 9999), 4)}`)),
  c('fn', 'first_name', () => first().toLowerCase()),
  c('ln', 'last_name', () => last().toLowerCase()),
  c('zip', 'postal_code', () => zip()),
  c('ct', 'city', () => pick(CITIES).toLowerCase()),
  c('st', 'region', () => pick(STATES).toLowerCase()),
  c('country', 'country', () => 'us'),
  c('dob', 'birth_date', () => maybe(0.3, () => `${int(1950, 2002)}${pad(int(1, 12))}${pad(int(1, 28))}`)),
  c('gen', null, () => maybe(0.5, () => pick(['f', 'm']))),
  c('extern_id', ['customer_id', 'customer_reference'], () => `C${int(100000, 999999)}`),
  c('event_name', null, () => pick(['Purchase', 'Purchase', 'Lead'])),
  c('event_time', 'timestamp', () => String(1735700000 + int(0, 9000000))),
  c('value', 'value', () => money(10, 500)),
  c('currency', 'currency', () => 'USD'),
  c('order_id', 'transaction_id', (i) => `ORD-${60000 + i}`),
]);

// Ticket Tailor orders export
add('tickettailor_orders', 'Ticket Tailor orders export', [
  c('Order ID', 'transaction_id', () => `or_${int(10000000, 99999999)}`),
  c('Created at', ['timestamp', 'created_at'], () => `${isoDate()} ${clock()}:${pad(int(0, 59))}`),
  c('Event', 'product_name', () =>
    pick(['Summer Wine Tasting', 'Jazz on the Green', 'Cooking Class: Pasta']),
  ),
  c('Event date', null, () => `${isoDate()} 19:00`),
  c('Ticket type', ['product_category', 'product_name'], () =>
    pick(['General Admission', 'VIP', 'Early Bird']),
  ),
  c('Quantity', 'quantity', () => String(int(1, 6))),
  c('First name', 'first_name', () => first()),
  c('Last name', 'last_name', () => last()),
  c('Email', 'email', (i) => email(i)),
  c('Phone', 'phone', () => maybe(0.4, () => `+44 7${int(100, 999)} ${int(100000, 999999)}`)),
  c('Order total (GBP)', 'value', () => money(12, 300)),
  c('Currency', 'currency', () => 'GBP'),
  c('Booking fee', 'fee', () => money(0.5, 8)),
  c('Discount code', null, () => maybe(0.1, () => 'EARLY10')),
  c('Discount amount', 'discount', () => (rand() < 0.9 ? '0.00' : money(1, 20))),
  c('Payment method', 'payment_method', () => pick(['Stripe', 'Stripe', 'PayPal', 'Cash on door'])),
  c('Status', 'status', () => pick(['Completed', 'Completed', 'Cancelled', 'Refunded'])),
  c('Refunded amount', 'refund_amount', () => (rand() < 0.92 ? '0.00' : money(12, 100))),
]);

// Jane App appointments export (physio / chiro clinic)
add('jane_appointments', 'Jane App appointments report export (clinic)', [
  c('Start', 'timestamp', () => `${pick(MON)} ${int(1, 28)}, 2025 ${ampm()}`),
  c('End', null, () => `${pick(MON)} ${int(1, 28)}, 2025 ${ampm()}`),
  c('Patient', 'full_name', () => fullName()),
  c('Patient #', ['customer_id', 'customer_reference'], () => String(int(100, 4999))),
  c('Patient Email', 'email', (i) => maybe(0.85, () => email(i))),
  c('Patient Phone', 'phone', () =>
    maybe(0.9, () => `(${int(201, 989)}) ${int(200, 999)}-${pad(int(0, 9999), 4)}`),
  ),
  c('Staff Member', 'staff', () => pick(['Dr. Aisha Rahman', 'Liam Chen, RMT', 'Priya Nair, PT'])),
  c('Treatment', 'product_name', () =>
    pick(['Physiotherapy Initial', 'Physiotherapy Follow-up', 'Massage 60min', 'Chiro Adjustment']),
  ),
  c('Location', 'location', () => pick(['Kitsilano', 'Downtown'])),
  c('Status', 'status', () => pick(['Arrived', 'Arrived', 'Booked', 'No Show', 'Cancelled'])),
  c('Invoice #', ['transaction_id', 'order_number'], (i) => String(88000 + i)),
  c('Invoice Total', 'value', () => pick(['95.00', '120.00', '140.00', '85.00'])),
  c('Payments', null, () => pick(['95.00', '0.00', '120.00', '140.00'])),
  c('Balance', null, () => (rand() < 0.8 ? '0.00' : money(20, 140))),
  c('Booked Online', null, () => pick(['Yes', 'No'])),
]);

// Cliniko patients export (Australia)
{
  const suburbs = ['Bondi', 'Fitzroy', 'Paddington', 'Fremantle', 'New Farm', 'Glenelg'];
  const states = ['NSW', 'VIC', 'QLD', 'WA', 'SA'];
  add('cliniko_patients', 'Cliniko patients export (Australian clinic)', [
    c('ID', 'customer_id', () => String(int(100000000, 999999999))),
    c('Title', null, () => maybe(0.5, () => pick(['Mr', 'Ms', 'Mrs', 'Dr']))),
    c('First name', 'first_name', () => first()),
    c('Last name', 'last_name', () => last()),
    c('Date of birth', 'birth_date', () => `${pad(int(1, 28))}/${pad(int(1, 12))}/${int(1945, 2015)}`),
    c('Sex', null, () => pick(['Female', 'Male', ''])),
    c('Email', 'email', (i) => maybe(0.85, () => email(i))),
    c('Mobile phone', 'phone', () => maybe(0.9, () => `04${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`)),
    c('Home phone', 'phone', () =>
      maybe(0.2, () => `(0${pick([2, 3, 7, 8])}) ${int(9000, 9999)} ${int(1000, 9999)}`),
    ),
    c(
      'Address 1',
      'address_line',
      () => `${int(1, 300)} ${pick(['George St', 'Brunswick St', 'Oxford St', 'High St'])}`,
    ),
    c('Address 2', null, () => maybe(0.15, () => `Unit ${int(1, 40)}`)),
    c('City', 'city', () => pick(suburbs)),
    c('State', 'region', () => pick(states)),
    c('Post code', 'postal_code', () => String(int(2000, 6999))),
    c('Country', 'country', () => 'Australia'),
    c('Referral source', 'lead_source', () =>
      maybe(0.6, () => pick(['Google', 'GP referral', 'Friend', 'Instagram'])),
    ),
    c('Medicare number', null, () =>
      maybe(0.7, () => `${int(2000, 6999)} ${int(10000, 99999)} ${int(1, 9)}`),
    ),
    c('Occupation', null, () => maybe(0.5, () => pick(['Teacher', 'Nurse', 'Builder', 'Student']))),
    c('Emergency contact', null, () =>
      maybe(0.4, () => `${fullName()} 04${int(10, 99)} ${int(100, 999)} ${int(100, 999)}`),
    ),
    c('Notes', 'notes', () =>
      maybe(0.2, () => pick(['Prefers afternoon appts', 'Left knee ACL recon 2023'])),
    ),
    c('Created at', ['created_at', 'timestamp'], () => `${isoDate()} ${clock()}:${pad(int(0, 59))} +1000`),
  ]);
}

// Club Prophet-style tee sheet, all-caps legacy export
add('clubprophet_teesheet', 'golf tee-sheet export with all-caps legacy headers (Club Prophet-style)', [
  c('RES_NO', 'transaction_id', (i) => String(700100 + i)),
  c('PLAY_DT', 'date', () => usDate()),
  c('TEE_TM', 'time', () => `${int(6, 16)}:${pick(['00', '09', '18', '27', '36', '45', '54'])}`),
  c('CRS_NM', 'location', () => pick(['LAKES', 'DESERT'])),
  c('PLYR_NM', 'full_name', () => `${last().toUpperCase()}, ${first().toUpperCase()}`),
  c('MBR_NO', ['loyalty_id', 'customer_reference', 'customer_id'], () =>
    maybe(0.4, () => String(int(1000, 9999))),
  ),
  c('PH_NO', 'phone', () => dashPhone()),
  c('EMAIL_ADDR', 'email', (i) => maybe(0.6, () => email(i).toUpperCase())),
  c('NO_PLYRS', 'quantity', () => String(int(1, 4))),
  c('RATE_CD', null, () => pick(['PUB18', 'TWI', 'MBRG', 'JR'])),
  c('GRN_FEE', ['subtotal', 'value'], () => pick(['45.00', '65.00', '30.00'])),
  c('CART_FEE', null, () => pick(['0.00', '20.00'])),
  c('TTL_AMT', 'value', () => money(30, 340)),
  c('PAY_TYP', 'payment_method', () => pick(['VISA', 'CASH', 'MC', 'ACCT', 'AMEX'])),
  c('RES_STAT', 'status', () => pick(['BOOKED', 'CHECKED IN', 'NO SHOW', 'CANCELLED'])),
  c('BKD_BY', ['staff', 'channel'], () => pick(['PROSHOP1', 'JMILLER', 'WEB', 'KCHEN'])),
  c('CRT_DT', 'created_at', () => `${usDate()} ${clock()}`),
]);

// Spanish restaurant POS tickets export
add(
  'es_tpv_tickets',
  'Spanish restaurant POS (TPV) tickets export, Spanish headers',
  [
    c('Nº Ticket', 'transaction_id', (i) => `T${pad(24000 + i, 6)}`),
    c('Fecha', 'date', () => `${pad(int(1, 28))}/${pad(int(1, 12))}/2025`),
    c('Hora', 'time', () => clock()),
    c('Local', 'location', () => pick(['Madrid Centro', 'Malasaña'])),
    c('Mesa', null, () => maybe(0.8, () => String(int(1, 30)))),
    c('Camarero', 'staff', () => pick(['Lucía', 'Javier', 'Carmen', 'Álvaro'])),
    c('Comensales', 'quantity', () => String(int(1, 8))),
    c('Cliente', 'full_name', () =>
      maybe(0.15, () => `${pick(['Lucía', 'Pablo', 'María'])} ${pick(['García', 'López', 'Martín'])}`),
    ),
    c('Base Imponible', 'subtotal', () => money(8, 200).replace('.', ',')),
    c('IVA', 'tax', () => money(0.8, 20).replace('.', ',')),
    c('Descuento', 'discount', () => (rand() < 0.85 ? '0,00' : money(1, 15).replace('.', ','))),
    c('Propina', 'tip', () => (rand() < 0.7 ? '0,00' : money(1, 10).replace('.', ','))),
    c('Total', 'value', () => money(9, 230).replace('.', ',')),
    c('Forma de Pago', 'payment_method', () => pick(['Tarjeta', 'Tarjeta', 'Efectivo', 'Bizum'])),
    c('Estado', 'status', () => pick(['Cobrado', 'Cobrado', 'Cobrado', 'Anulado', 'Abierto'])),
  ],
  120,
  ';',
);

// Square Payments API (JSON) flattened to columns: camelCase paths, amounts in cents
{
  const amount = Array.from({ length: 130 }, () => int(300, 25000));
  const tip = amount.map((a) => (rand() < 0.4 ? 0 : Math.round(a * 0.18)));
  const source = amount.map(() => pick(['CARD', 'CARD', 'CARD', 'CASH', 'WALLET']));
  add('square_payments_api', 'Square Payments API list, flattened to camelCase columns (amounts in cents)', [
    c('id', ['payment_id', 'transaction_id'], () => alnum(29).replace(/[^A-Za-z0-9]/g, 'Q')),
    c(
      'createdAt',
      ['timestamp', 'created_at'],
      () => `${isoDate()}T${clock()}:${pad(int(0, 59))}.${int(100, 999)}Z`,
    ),
    c('updatedAt', 'updated_at', () => `${isoDate()}T${clock()}:${pad(int(0, 59))}.${int(100, 999)}Z`),
    c('amountMoney.amount', ['subtotal', 'value'], (i) => String(amount[i])),
    c('amountMoney.currency', 'currency', () => 'USD'),
    c('tipMoney.amount', 'tip', (i) => (tip[i] ? String(tip[i]) : '')),
    c('totalMoney.amount', 'value', (i) => String(amount[i]! + tip[i]!)),
    c('status', 'status', () => pick(['COMPLETED', 'COMPLETED', 'COMPLETED', 'FAILED', 'CANCELED'])),
    c('sourceType', 'payment_method', (i) => source[i]!),
    c('cardDetails.card.cardBrand', 'card_brand', (i) =>
      source[i] === 'CARD' ? pick(['VISA', 'MASTERCARD', 'AMERICAN_EXPRESS', 'DISCOVER']) : '',
    ),
    c('cardDetails.card.last4', 'card_last4', (i) => (source[i] === 'CARD' ? pad(int(0, 9999), 4) : '')),
    c('cardDetails.entryMethod', null, (i) =>
      source[i] === 'CARD' ? pick(['EMV', 'CONTACTLESS', 'KEYED']) : '',
    ),
    c('locationId', 'location', () => pick(['L8GHC9Q2ZXY1B', 'LQ4R7T2W9N0PZ'])),
    c('orderId', ['transaction_id', 'order_number'], () => alnum(24).replace(/[^A-Za-z0-9]/g, 'Z')),
    c('customerId', 'customer_id', () =>
      maybe(0.4, () =>
        alnum(26)
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, 'W'),
      ),
    ),
    c('note', 'notes', () => maybe(0.1, () => pick(['Table 4', 'Catering deposit']))),
    c('buyerEmailAddress', 'email', (i) => maybe(0.3, () => email(i))),
  ]);
}

// Fivestars loyalty customers export
add('fivestars_customers', 'Fivestars loyalty customer export', [
  c('Name', 'full_name', () => maybe(0.8, fullName)),
  c('Phone', 'phone', () => `${int(201, 989)}${int(200, 999)}${pad(int(0, 9999), 4)}`),
  c('Email', 'email', (i) => maybe(0.5, () => email(i))),
  c('Birthday', 'birth_date', () => maybe(0.3, () => `${pad(int(1, 12))}/${pad(int(1, 28))}`)),
  c('Points', null, () => String(int(0, 400))),
  c('Visits', 'order_count', () => String(int(1, 90))),
  c('Total Spent', 'lifetime_value', () => money(5, 2500)),
  c('Last Visit', null, () => usDate()),
  c('Member Since', ['created_at', 'timestamp'], () => usDate()),
  c('Rewards Redeemed', null, () => String(int(0, 12))),
  c('Location', 'location', () => pick(['Sunrise Bagels - Main', 'Sunrise Bagels - 5th Ave'])),
  c('Text Opt-In', 'marketing_opt_in', () => pick(['Y', 'N', 'Y'])),
]);

// Boulevard appointments export (salon/spa), units in headers
add('boulevard_appointments', 'Boulevard appointments export (salon), units in headers', [
  c(
    'Appointment ID',
    'transaction_id',
    () => `urn:blvd:Appointment:${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
  ),
  c('Location', 'location', () => pick(['Glow Studio Austin', 'Glow Studio Dallas'])),
  c('Client Name', 'full_name', () => fullName()),
  c('Client Email', 'email', (i) => maybe(0.9, () => email(i))),
  c('Client Mobile', 'phone', () => e164()),
  c('Services', 'product_name', () =>
    pick(['Signature Facial', 'Lash Lift + Tint', 'Brow Shape', 'Facial, Brow Shape']),
  ),
  c('Staff', 'staff', () => pick(['Ava P.', 'Jordan L.', 'Nina S.'])),
  c('Start Time (Local)', 'timestamp', () => `${usDate()} ${ampm()}`),
  c('Duration (min)', null, () => pick(['30', '45', '60', '90'])),
  c('Status', 'status', () => pick(['Completed', 'Completed', 'Booked', 'Cancelled', 'No Show'])),
  c('Booked Online', null, () => pick(['true', 'false'])),
  c('Created At', 'created_at', () => `${usDate()} ${ampm()}`),
  c('Service Total (USD)', ['subtotal', 'value'], () => money(35, 220)),
  c('Tip (USD)', 'tip', () => (rand() < 0.3 ? '0.00' : money(5, 40))),
  c('Tax (USD)', 'tax', () => money(0, 15)),
  c('Total Collected (USD)', 'value', () => money(40, 280)),
  c('Payment Method', 'payment_method', () => pick(['Card on File', 'Card Present', 'Cash', 'Gift Card'])),
]);

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-e'),
  cases,
);

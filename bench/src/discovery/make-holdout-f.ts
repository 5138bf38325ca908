/**
 * Writes the sixth blind held-out set of @growthnav/discovery:
 * packages/discovery/src/__fixtures__/holdout-f/{*.csv,labels.json}.
 *
 *   node bench/src/discovery/make-holdout-f.ts
 *
 * Written and labelled after the changes made for holdout-d and -e, and
 * scored once before any change made for it: its first score measures the
 * improved matcher on exports it has never seen. Vendors and export kinds in
 * no other set: Amazon Seller "All Orders" report (tab-separated), Shopify
 * Payments transactions, Resy reservations, an Italian PrestaShop order
 * export, a Dutch web-shop export, a Brazilian (Portuguese) order export,
 * Mindbody clients, Cloudbeds hotel reservations, Punchh loyalty guests,
 * a DoorDash merchant order report, eBay orders and Fresha salon sales.
 * Values are synthetic.
 */
import { join } from 'node:path';
import {
  alnum,
  ampm,
  CITIES,
  c,
  clock,
  collectCases,
  commaMoney,
  e164,
  email,
  euDate,
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

reseed(31337007);
const { cases, add } = collectCases();

// Amazon Seller Central "All Orders" report (tab-separated flat file)
add(
  'amazon_all_orders',
  'Amazon Seller Central All Orders report (tab-separated)',
  [
    c(
      'amazon-order-id',
      'transaction_id',
      () => `${int(111, 114)}-${int(1000000, 9999999)}-${int(1000000, 9999999)}`,
    ),
    c('merchant-order-id', 'order_number', (i) => maybe(0.6, () => `SO-${40000 + i}`)),
    c('purchase-date', 'timestamp', () => `${isoDate()}T${clock()}:${pad(int(0, 59))}+00:00`),
    c('last-updated-date', 'updated_at', () => `${isoDate()}T${clock()}:${pad(int(0, 59))}+00:00`),
    c('order-status', 'status', () => pick(['Shipped', 'Shipped', 'Pending', 'Cancelled', 'Unshipped'])),
    c('fulfillment-channel', null, () => pick(['Amazon', 'Merchant'])),
    c('sales-channel', 'channel', () => pick(['Amazon.com', 'Amazon.com', 'Amazon.ca'])),
    c('product-name', 'product_name', () =>
      pick(['Organic Green Tea, 100 Bags', 'Bamboo Cutting Board - Large', 'Stainless Water Bottle 24oz']),
    ),
    c('sku', 'product_sku', () => `${pick(['GT', 'CB', 'WB'])}-${int(100, 999)}-${pick(['A', 'B'])}`),
    c(
      'asin',
      null,
      () =>
        `B0${alnum(8)
          .toUpperCase()
          .replace(/[^A-Z0-9]/g, '7')}`,
    ),
    c('quantity', 'quantity', () => String(pick([1, 1, 1, 2, 3]))),
    c('currency', 'currency', () => pick(['USD', 'USD', 'CAD'])),
    c('item-price', ['value', 'subtotal'], () => money(9, 80)),
    c('item-tax', 'tax', () => money(0, 6)),
    c('shipping-price', 'shipping', () => (rand() < 0.7 ? '0.00' : money(3, 9))),
    c('shipping-tax', null, () => (rand() < 0.8 ? '0.00' : money(0.2, 0.8))),
    c('item-promotion-discount', 'discount', () => (rand() < 0.85 ? '0.00' : money(1, 10))),
    c('ship-city', 'city', () => pick(CITIES).toUpperCase()),
    c('ship-state', 'region', () => pick(STATES)),
    c('ship-postal-code', 'postal_code', () => `${zip()}-${pad(int(0, 9999), 4)}`),
    c('ship-country', 'country', () => pick(['US', 'US', 'CA'])),
  ],
  120,
  '\t',
);

// Shopify Payments transactions export (payouts view)
add('shopify_payments_transactions', 'Shopify Payments transactions export', [
  c('Transaction Date', 'timestamp', () => `${isoDate()} ${clock()}:${pad(int(0, 59))} -0500`),
  c('Type', 'status', () => pick(['charge', 'charge', 'charge', 'refund', 'adjustment'])),
  c('Order', ['order_number', 'transaction_id'], (i) => `#${1400 + i}`),
  c('Card Brand', 'card_brand', () => pick(['visa', 'master', 'american_express', 'discover'])),
  c('Card Source', null, () => pick(['online', 'online', 'pos'])),
  c('Payout Status', null, () => pick(['paid', 'paid', 'pending', 'in_transit'])),
  c('Payout Date', null, () => isoDate()),
  c('Payout ID', null, () => String(int(80000000000, 89999999999))),
  c('Available On', null, () => isoDate()),
  c('Amount', 'value', () => money(12, 420)),
  c('Fee', 'fee', () => money(0.5, 12)),
  c('Net', null, () => money(11, 410)),
  c('Currency', 'currency', () => 'USD'),
]);

// Resy reservations export
add('resy_reservations', 'Resy reservations export (restaurant)', [
  c('Reservation Date', 'date', () => usDate()),
  c('Reservation Time', 'time', () => ampm()),
  c('Covers', 'quantity', () => String(int(1, 8))),
  c('Guest Name', 'full_name', () => fullName()),
  c('Phone Number', 'phone', () => usPhone()),
  c('Email Address', 'email', (i) => maybe(0.85, () => email(i))),
  c('Reservation Status', 'status', () => pick(['Seated', 'Completed', 'Completed', 'No-Show', 'Cancelled'])),
  c('Table(s)', null, () => pick(['12', '14', 'B3', '21, 22'])),
  c('Server', 'staff', () => pick(['Nina', 'Carlos', 'Theo'])),
  c('Booked Via', 'channel', () => pick(['Resy', 'Resy', 'Phone', 'Walk-in', 'Website'])),
  c('Special Requests', 'notes', () =>
    maybe(0.25, () => pick(['Anniversary', 'High chair', 'Window seat please'])),
  ),
  c('Guest Tags', null, () => maybe(0.3, () => pick(['VIP', 'Regular', 'Industry']))),
  c('Spend', 'value', () => (rand() < 0.2 ? '' : money(30, 600))),
  c('Resy ID', 'transaction_id', () => String(int(700000000, 799999999))),
]);

// Italian PrestaShop orders export (';', decimal commas)
add(
  'it_prestashop_ordini',
  'Italian PrestaShop orders export (Italian headers)',
  [
    c('ID Ordine', 'transaction_id', (i) => String(5120 + i)),
    c('Riferimento', 'order_number', () =>
      alnum(9)
        .toUpperCase()
        .replace(/[^A-Z]/g, 'Q'),
    ),
    c('Data ordine', 'timestamp', () => `${euDate()} ${clock()}`),
    c(
      'Cliente',
      'full_name',
      () =>
        `${pick(['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara'])} ${pick(['Rossi', 'Bianchi', 'Ferrari', 'Esposito', 'Romano'])}`,
    ),
    c('Email', 'email', (i) => `cliente${i}@${pick(['libero.it', 'gmail.com', 'virgilio.it'])}`),
    c('Telefono', 'phone', () => maybe(0.7, () => `+39 3${int(10, 99)} ${int(100, 999)} ${int(1000, 9999)}`)),
    c(
      'Indirizzo',
      'address_line',
      () => `Via ${pick(['Roma', 'Garibaldi', 'Mazzini', 'Verdi'])} ${int(1, 150)}`,
    ),
    c('CAP', 'postal_code', () => pad(int(10100, 98168), 5)),
    c('Città', 'city', () => pick(['Milano', 'Roma', 'Torino', 'Bologna', 'Firenze'])),
    c('Provincia', 'region', () => pick(['MI', 'RM', 'TO', 'BO', 'FI'])),
    c('Nazione', 'country', () => 'Italia'),
    c('Metodo di pagamento', 'payment_method', () =>
      pick(['Carta di credito', 'PayPal', 'Bonifico bancario', 'Contrassegno']),
    ),
    c('Stato', 'status', () =>
      pick(['Consegnato', 'Spedito', 'Pagamento accettato', 'Annullato', 'Rimborsato']),
    ),
    c('Totale prodotti', 'subtotal', () => commaMoney(15, 300)),
    c('Spese di spedizione', 'shipping', () => pick(['0,00', '6,90', '9,90'])),
    c('IVA', 'tax', () => commaMoney(3, 60)),
    c('Sconti', 'discount', () => (rand() < 0.8 ? '0,00' : commaMoney(2, 25))),
    c('Totale', 'value', () => commaMoney(20, 360)),
    c('Valuta', 'currency', () => 'EUR'),
  ],
  120,
  ';',
);

// Dutch web-shop orders export
add(
  'nl_webshop_bestellingen',
  'Dutch web-shop orders export (Dutch headers)',
  [
    c('Bestelnummer', ['transaction_id', 'order_number'], (i) => `ORD${30500 + i}`),
    c('Besteldatum', 'timestamp', () => `${pad(int(1, 28))}-${pad(int(1, 12))}-2025 ${clock()}`),
    c(
      'Klantnaam',
      'full_name',
      () =>
        `${pick(['Sanne', 'Daan', 'Emma', 'Lars', 'Fleur'])} ${pick(['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit'])}`,
    ),
    c('E-mailadres', 'email', (i) => `klant${i}@${pick(['ziggo.nl', 'kpnmail.nl', 'gmail.com'])}`),
    c('Telefoonnummer', 'phone', () => maybe(0.6, () => `06 ${int(10000000, 99999999)}`)),
    c('Straat', 'address_line', () => pick(['Kerkstraat', 'Dorpsstraat', 'Molenweg', 'Stationsplein'])),
    c('Huisnummer', 'address_line', () => String(int(1, 200))),
    c('Postcode', 'postal_code', () => `${int(1000, 9999)} ${pick(['AB', 'KL', 'XZ', 'GH'])}`),
    c('Plaats', 'city', () => pick(['Amsterdam', 'Utrecht', 'Rotterdam', 'Groningen'])),
    c('Land', 'country', () => pick(['Nederland', 'Nederland', 'België'])),
    c('Betaalmethode', 'payment_method', () =>
      pick(['iDEAL', 'iDEAL', 'Creditcard', 'Bancontact', 'Achteraf betalen']),
    ),
    c('Verzendkosten', 'shipping', () => pick(['0,00', '4,95', '6,95'])),
    c('Subtotaal', 'subtotal', () => commaMoney(10, 200)),
    c('BTW', 'tax', () => commaMoney(1, 40)),
    c('Korting', 'discount', () => (rand() < 0.85 ? '0,00' : commaMoney(2, 20))),
    c('Totaal', 'value', () => commaMoney(12, 240)),
    c('Status', 'status', () => pick(['Verzonden', 'Betaald', 'Geannuleerd', 'In behandeling'])),
  ],
  120,
  ';',
);

// Brazilian order export (Portuguese headers)
add(
  'br_pedidos',
  'Brazilian web-shop order export (Portuguese headers)',
  [
    c('Número do Pedido', ['transaction_id', 'order_number'], (i) => String(880100 + i)),
    c('Data', 'timestamp', () => `${euDate()} ${clock()}`),
    c(
      'Cliente',
      'full_name',
      () =>
        `${pick(['Ana', 'João', 'Mariana', 'Pedro', 'Beatriz'])} ${pick(['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa'])}`,
    ),
    c('CPF', null, () => `${int(100, 999)}.${int(100, 999)}.${int(100, 999)}-${pad(int(0, 99))}`),
    c('E-mail', 'email', (i) => `cliente${i}@${pick(['uol.com.br', 'gmail.com', 'hotmail.com'])}`),
    c('Telefone', 'phone', () => `(${int(11, 99)}) 9${int(1000, 9999)}-${int(1000, 9999)}`),
    c(
      'Endereço',
      'address_line',
      () => `Rua ${pick(['das Flores', 'XV de Novembro', 'Augusta'])}, ${int(1, 999)}`,
    ),
    c('Cidade', 'city', () => pick(['São Paulo', 'Rio de Janeiro', 'Curitiba', 'Belo Horizonte'])),
    c('Estado', 'region', () => pick(['SP', 'RJ', 'PR', 'MG'])),
    c('CEP', 'postal_code', () => `${int(10000, 99999)}-${pad(int(0, 999), 3)}`),
    c('Forma de Pagamento', 'payment_method', () => pick(['Pix', 'Cartão de Crédito', 'Boleto'])),
    c('Frete', 'shipping', () => commaMoney(0, 35)),
    c('Desconto', 'discount', () => (rand() < 0.8 ? '0,00' : commaMoney(5, 30))),
    c('Valor Total', 'value', () => commaMoney(30, 900)),
    c('Status', 'status', () => pick(['Entregue', 'Enviado', 'Pago', 'Cancelado', 'Aguardando pagamento'])),
  ],
  120,
  ';',
);

// Mindbody client export
add('mindbody_clients', 'Mindbody client list export (fitness studio)', [
  c('Client ID', 'customer_id', () => String(int(100000000, 100999999))),
  c('First Name', 'first_name', () => first()),
  c('Last Name', 'last_name', () => last()),
  c('Email', 'email', (i) => maybe(0.9, () => email(i))),
  c('Mobile Phone', 'phone', () => maybe(0.8, usPhone)),
  c('Home Phone', 'phone', () => maybe(0.2, usPhone)),
  c('Address', 'address_line', () => maybe(0.6, street)),
  c('City', 'city', () => maybe(0.6, () => pick(CITIES))),
  c('State', 'region', () => maybe(0.6, () => pick(STATES))),
  c('Postal Code', 'postal_code', () => maybe(0.6, zip)),
  c('Birth Date', 'birth_date', () =>
    maybe(0.5, () => `${pad(int(1, 12))}/${pad(int(1, 28))}/${int(1955, 2005)}`),
  ),
  c('Gender', null, () => pick(['Female', 'Male', 'Unknown'])),
  c('Creation Date', ['created_at', 'timestamp'], () => usDate()),
  c('First Class Date', null, () => maybe(0.8, usDate)),
  c('Last Visit Date', null, () => maybe(0.8, usDate)),
  c('Total Visits', 'order_count', () => String(int(0, 300))),
  c('Membership Name', null, () =>
    maybe(0.5, () => pick(['Unlimited Monthly', '10 Class Pack', 'Intro Offer'])),
  ),
  c('Referred By', null, () => maybe(0.2, fullName)),
  c('Send Promotional Emails', 'marketing_opt_in', () => pick(['True', 'True', 'False'])),
  c('Home Location', 'location', () => pick(['Downtown Studio', 'Eastside Studio'])),
  c('Account Balance', null, () => (rand() < 0.8 ? '0.00' : money(-40, 100))),
]);

// Cloudbeds reservations export (hotel PMS)
add('cloudbeds_reservations', 'Cloudbeds reservations export (hotel)', [
  c('Reservation Number', 'transaction_id', () => String(int(1000000000, 9999999999))),
  c('Guest Name', 'full_name', () => fullName()),
  c('Email', 'email', (i) => maybe(0.9, () => email(i))),
  c('Phone', 'phone', () => maybe(0.8, e164)),
  c('Country', 'country', () => pick(['US', 'US', 'CA', 'GB', 'DE'])),
  c('Check In Date', ['timestamp', 'date'], () => isoDate()),
  c('Check Out Date', null, () => isoDate()),
  c('Nights', null, () => String(int(1, 7))),
  c('Adults', 'quantity', () => String(int(1, 4))),
  c('Children', null, () => String(pick([0, 0, 0, 1, 2]))),
  c('Room Type', ['product_name', 'product_category'], () =>
    pick(['King Suite', 'Double Queen', 'Ocean View King']),
  ),
  c('Room Number', null, () => String(int(101, 420))),
  c('Source', 'channel', () => pick(['Booking.com', 'Expedia', 'Website', 'Walk-In', 'Phone'])),
  c('Status', 'status', () => pick(['Checked Out', 'Checked Out', 'Confirmed', 'Canceled', 'No Show'])),
  c('Grand Total', 'value', () => money(120, 2400)),
  c('Paid', null, () => money(0, 2400)),
  c('Balance Due', null, () => (rand() < 0.7 ? '0.00' : money(50, 1500))),
  c('Currency', 'currency', () => 'USD'),
  c('Date Booked', ['created_at', 'timestamp'], () => `${isoDate()} ${clock()}`),
]);

// Punchh loyalty guests export (snake_case)
add('punchh_guests', 'Punchh loyalty guests export', [
  c('user_id', ['customer_id', 'loyalty_id'], () => String(int(10000000, 99999999))),
  c('first_name', 'first_name', () => first()),
  c('last_name', 'last_name', () => last()),
  c('email', 'email', (i) => email(i)),
  c('phone', 'phone', () => maybe(0.7, () => `${int(201, 989)}${int(200, 999)}${pad(int(0, 9999), 4)}`)),
  c('birthday', 'birth_date', () =>
    maybe(0.6, () => `${int(1960, 2004)}-${pad(int(1, 12))}-${pad(int(1, 28))}`),
  ),
  c('gender', null, () => maybe(0.5, () => pick(['female', 'male']))),
  c('signup_channel', ['lead_source', 'channel'], () => pick(['iPhone', 'Android', 'WebEmail', 'POS'])),
  c('created_at', ['created_at', 'timestamp'], () => `${isoDate()}T${clock()}:${pad(int(0, 59))}Z`),
  c('updated_at', 'updated_at', () => `${isoDate()}T${clock()}:${pad(int(0, 59))}Z`),
  c('marketing_email_subscription', 'marketing_opt_in', () => pick(['true', 'false'])),
  c('marketing_pn_subscription', 'marketing_opt_in', () => pick(['true', 'false'])),
  c('zip_code', 'postal_code', () => maybe(0.6, zip)),
  c('favourite_location', 'location', () => maybe(0.7, () => pick(['Main St', 'Airport', 'Mall']))),
  c('checkins_count', 'order_count', () => String(int(0, 150))),
  c('points_balance', null, () => String(int(0, 900))),
  c('membership_level', null, () => pick(['Bronze', 'Silver', 'Gold'])),
]);

// DoorDash merchant order history report
add('doordash_orders', 'DoorDash merchant portal order history report', [
  c('Store Name', 'location', () => pick(['Taco Loco - Main', 'Taco Loco - Westside'])),
  c('DoorDash Order ID', 'transaction_id', () => alnum(8).toLowerCase()),
  c('Timestamp Local Time', 'timestamp', () => `${isoDate()} ${clock()}:${pad(int(0, 59))}`),
  c('Final Order Status', 'status', () => pick(['Delivered', 'Delivered', 'Delivered', 'Cancelled'])),
  c('Subtotal', ['subtotal', 'value'], () => money(9, 120)),
  c('Subtotal Tax Passed to Merchant', 'tax', () => money(0.5, 10)),
  c('Commission', 'fee', () => money(1, 30)),
  c('Marketing Fees | (incl. tax)', null, () => (rand() < 0.8 ? '0.00' : money(1, 5))),
  c('Customer Discounts from Marketing | (Funded by You)', 'discount', () =>
    rand() < 0.8 ? '0.00' : money(2, 8),
  ),
  c('Net Total', null, () => money(7, 100)),
  c('Payout Date', null, () => isoDate()),
  c('Currency', 'currency', () => 'USD'),
]);

// eBay orders report
add('ebay_orders', 'eBay Seller Hub orders report', [
  c('Sales Record Number', ['order_number', 'transaction_id'], (i) => String(2201 + i)),
  c(
    'Order Number',
    ['transaction_id', 'order_number'],
    () => `${int(10, 27)}-${int(10000, 99999)}-${int(10000, 99999)}`,
  ),
  c(
    'Buyer Username',
    ['customer_id', 'customer_reference'],
    () => `${first().toLowerCase()}_${int(10, 9999)}`,
  ),
  c('Buyer Name', 'full_name', () => fullName()),
  c('Buyer Email', 'email', (i) => email(i)),
  c('Buyer Address 1', 'address_line', () => street()),
  c('Buyer City', 'city', () => pick(CITIES)),
  c('Buyer State', 'region', () => pick(STATES)),
  c('Buyer Zip', 'postal_code', () => zip()),
  c('Buyer Country', 'country', () => 'United States'),
  c('Item Number', null, () => String(int(100000000000, 399999999999))),
  c('Item Title', 'product_name', () =>
    pick(['Vintage Camera Lens 50mm', 'Signed Baseball Card', 'Retro Game Console']),
  ),
  c('Custom Label', 'product_sku', () => maybe(0.7, () => `CL-${int(100, 999)}`)),
  c('Quantity', 'quantity', () => String(pick([1, 1, 2]))),
  c('Sold For', ['subtotal', 'value'], () => `$${money(10, 400)}`),
  c('Shipping And Handling', 'shipping', () => `$${pick(['0.00', '5.99', '12.50'])}`),
  c('Total Price', 'value', () => `$${money(12, 420)}`),
  c('Payment Method', 'payment_method', () => pick(['PayPal', 'Credit Card', 'Apple Pay'])),
  c('Sale Date', 'timestamp', () => `${pick(['Jan', 'Feb', 'Mar', 'Apr'])}-${pad(int(1, 28))}-25`),
  c('Paid On Date', 'paid_at', () => `${pick(['Jan', 'Feb', 'Mar', 'Apr'])}-${pad(int(1, 28))}-25`),
  c('Shipped On Date', null, () =>
    maybe(0.8, () => `${pick(['Jan', 'Feb', 'Mar', 'Apr'])}-${pad(int(1, 28))}-25`),
  ),
  c('Feedback Left', null, () => pick(['Yes', 'No'])),
  c('Tracking Number', null, () =>
    maybe(0.7, () => `9400${int(100000000, 999999999)}${int(100000000, 999999999)}`),
  ),
]);

// Fresha sales export (UK salon)
add('fresha_sales', 'Fresha sales export (UK salon)', [
  c('Sale no.', 'transaction_id', (i) => String(3401 + i)),
  c(
    'Sale date',
    'timestamp',
    () => `${pad(int(1, 28))} ${pick(['Jan', 'Feb', 'Mar'])} 2025, ${pad(int(9, 19))}:${pad(int(0, 59))}`,
  ),
  c('Location', 'location', () => pick(['Shoreditch', 'Clapham'])),
  c('Client', 'full_name', () => maybe(0.9, fullName)),
  c('Client mobile', 'phone', () => maybe(0.8, () => `+44 7${int(100, 999)} ${int(100000, 999999)}`)),
  c('Item type', 'product_category', () => pick(['Service', 'Service', 'Product', 'Voucher'])),
  c('Item', 'product_name', () =>
    pick(['Cut & Blow Dry', 'Full Head Colour', 'Shampoo 250ml', 'Gift Voucher £50']),
  ),
  c('Team member', 'staff', () => pick(['Priya', 'Josh', 'Ellie'])),
  c('Qty', 'quantity', () => String(pick([1, 1, 1, 2]))),
  c('Gross sales', ['subtotal', 'value'], () => money(15, 180)),
  c('Discounts', 'discount', () => (rand() < 0.8 ? '0.00' : money(2, 20))),
  c('Tax', 'tax', () => money(2, 30)),
  c('Total sales', 'value', () => money(15, 200)),
  c('Payment method', 'payment_method', () => pick(['Card', 'Cash', 'Voucher', 'Split'])),
  c('Sale status', 'status', () => pick(['Completed', 'Completed', 'Refunded', 'Voided'])),
]);

writeCases(
  join(import.meta.dirname, '..', '..', '..', 'packages', 'discovery', 'src', '__fixtures__', 'holdout-f'),
  cases,
);

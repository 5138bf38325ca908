import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  HOLDOUT_B_SET,
  HOLDOUT_C_SET,
  HOLDOUT_D_SET,
  HOLDOUT_E_SET,
  HOLDOUT_F_SET,
  HOLDOUT_G_SET,
  HOLDOUT_H_SET,
  HOLDOUT_I_SET,
  HOLDOUT_J_SET,
  HOLDOUT_K_SET,
  HOLDOUT_L_SET,
  HOLDOUT_M_SET,
  HOLDOUT_N_SET,
  HOLDOUT_O_SET,
  HOLDOUT_P_SET,
  HOLDOUT_Q_SET,
  HOLDOUT_R_SET,
  HOLDOUT_S_SET,
  HOLDOUT_SET,
  HOLDOUT_T_SET,
  HOLDOUT_U_SET,
  HOLDOUT_V_SET,
  HOLDOUT_W_SET,
  HOLDOUT_X_SET,
  HOLDOUT_Y_SET,
  HOLDOUT_Z_SET,
  runSet,
  type ScoredColumn,
  SHIPPED_SET,
  share,
} from '../__fixtures__/benchmark-sets.js';
import { profileColumns } from '../profile/profile-columns.js';
import { profileCsv } from '../profile/profile-csv.js';
import { suggestMappings } from './suggest-mappings.js';
import { targetSpecs } from './target-vocabulary.js';

async function suggest(rows: Record<string, string>[], options = {}) {
  const suggestions = suggestMappings(await profileColumns(rows), options);
  return Object.fromEntries(suggestions.map((s) => [s.sourceField, s]));
}

const orders = Array.from({ length: 40 }, (_, i) => ({
  'Txn #': `T-${1000 + i}`,
  Date: `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
  Time: `${String(i % 24).padStart(2, '0')}:15:00`,
  'Time Zone': 'America/Denver',
  'Amt Paid': (10 + i * 1.25).toFixed(2),
  Qty: String((i % 4) + 1),
  'Cust Email': `c${i}@example.com`,
}));

describe('suggestMappings', () => {
  test('abbreviated headers and a Date + Time + Time Zone composite', async () => {
    const s = await suggest(orders);
    expect(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.targetField]))).toEqual({
      'Txn #': 'transaction_id',
      Date: 'date',
      Time: 'time',
      'Time Zone': 'timezone',
      'Amt Paid': 'value',
      Qty: 'quantity',
      'Cust Email': 'email',
    });
    expect(s['Amt Paid']!.reasons.join(' ')).toMatch(/amt \(amount\) \+ paid/);
    expect(s['Amt Paid']!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  test('a date alone, with no time column, is the timestamp', async () => {
    const s = await suggest(orders.map(({ Time: _t, ...rest }) => rest));
    expect(s.Date!.targetField).toBe('timestamp');
  });

  test('single-valued targets go to one column each, for any column order', async () => {
    const pool = [
      'Total',
      'Grand Total',
      'Amount',
      'Order Total',
      'Email',
      'E-mail',
      'Order ID',
      'ID',
      'Created',
      'Date',
    ];
    const value = (header: string, i: number) =>
      /mail/i.test(header)
        ? `x${i}@y.co`
        : /ID/.test(header)
          ? String(100 + i)
          : /Creat|Date/.test(header)
            ? `2025-01-0${(i % 9) + 1}`
            : (i * 3.5).toFixed(2);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(pool, { minLength: 2 }), async (headers) => {
        const rows = Array.from({ length: 12 }, (_, i) =>
          Object.fromEntries(headers.map((h) => [h, value(h, i)])),
        );
        const suggestions = suggestMappings(await profileColumns(rows));
        const single = suggestions
          .map((s) => s.targetField)
          .filter((t) => t !== null && targetSpecs[t].cardinality === 'one');
        expect(new Set(single).size).toBe(single.length);
      }),
      { numRuns: 40 },
    );
  });

  test('values alone find email addresses, click ids and currency codes behind meaningless headers', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        col_a: `p${i}@example.org`,
        col_b: `Cj0KCQjw${'x'.repeat(30)}${i}`,
        col_c: i % 2 ? 'USD' : 'CAD',
      })),
    );
    expect([s.col_a!.targetField, s.col_b!.targetField, s.col_c!.targetField]).toEqual([
      'email',
      'gclid',
      'currency',
    ]);
    expect(s.col_a!.reasons.join(' ')).toMatch(/values do/);
  });

  test('E.164 numbers behind a header that names no phone are phones; bare digit runs stay ids', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        SMS: `+1415555${String(1000 + i)}`,
        col_b: `415555${String(1000 + i)}`,
      })),
    );
    expect(s.SMS!.targetField).toBe('phone');
    expect(s.col_b!.targetField).not.toBe('phone');
  });

  test("a transaction's kind is a status when one kind reverses the sale; a line's kind is not", async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Event Type': i % 6 === 0 ? 'Refund' : 'Payment',
        'Line Type': i % 5 === 0 ? 'Return' : 'Sale',
        'Transaction Type': i % 4 === 0 ? 'Refund Receipt' : 'Sales Receipt',
      })),
    );
    expect(s['Event Type']!.targetField).toBe('status');
    expect(s['Line Type']!.targetField).not.toBe('status');
    const bare = await suggest(
      Array.from({ length: 30 }, (_, i) => ({ Dato: '2025-01-02', Type: i % 5 === 0 ? 'Retur' : 'Salg' })),
    );
    expect(bare.Type!.targetField).toBe('status');
    expect(s['Transaction Type']!.targetField).not.toBe('status');
  });

  test('masked card numbers that keep the BIN are card suffixes; 0/1 and Ja/Nej flags are never amounts', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Card Number': `5454********${String(1000 + i * 7)}`,
        'Refunded?': i % 3 === 0 ? '1' : '0',
        Nyhedsbrev: i % 2 ? 'Ja' : 'Nej',
      })),
    );
    expect(s['Card Number']!.targetField).toBe('card_last4');
    expect(s['Refunded?']!.targetField).not.toBe('refund_amount');
    expect(s.Nyhedsbrev!.targetField).toBe('marketing_opt_in');
  });

  test('an orders file whose amount no header names still gets its closest amount column as the value', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'PO#': `PO-${7000 + i}`,
        'Order Date': `2025-03-${String(1 + (i % 28)).padStart(2, '0')}`,
        'Item Cost': (15 + i * 1.25).toFixed(2),
        'Item Tax': (1 + i * 0.1).toFixed(2),
      })),
    );
    expect(s['Item Cost']!.targetField).toBe('value');
    expect(s['Item Cost']!.confidence).toBeLessThan(0.9);
  });

  test("a bare id is the record's own id; a mostly blank invoice id is never it", async () => {
    const s = await suggest(
      Array.from({ length: 40 }, (_, i) => ({
        id: `pay_${100000 + i * 37}`,
        order_id: `order_${200000 + i * 11}`,
        invoice_id: i % 10 === 0 ? `inv_${300000 + i}` : '',
        amount: (10 + i).toFixed(2),
      })),
    );
    expect(s.id!.targetField).toBe('transaction_id');
    expect(s.invoice_id!.targetField).not.toBe('transaction_id');
  });

  test("OpenCart's payment_ address block is the billing address; its zone is a region", async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        order_id: String(500 + i),
        payment_postcode: `SW1A ${i % 9}AA`,
        payment_zone: ['Greater London', 'Kent', 'Surrey'][i % 3]!,
        shipping_postcode: `EC1A ${i % 9}BB`,
        total: (20 + i).toFixed(4),
      })),
    );
    expect(s.payment_postcode!.targetField).toBe('postal_code');
    expect(s.payment_zone!.targetField).toBe('region');
    expect(s.shipping_postcode!.targetField).toBeNull();
  });

  test('the settled amount of a card transaction is its value, the authorised amount is not', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Transaction ID': `tx${1000 + i}`,
        'Amount Authorized': (20 + i).toFixed(2),
        'Amount Submitted For Settlement': (20 + i - (i % 3)).toFixed(2),
      })),
    );
    expect(s['Amount Submitted For Settlement']!.targetField).toBe('value');
    expect(s['Amount Authorized']!.targetField).not.toBe('value');
  });

  test("a contact's lifecycle stage is its status whatever the header calls it", async () => {
    const stages = ['Prospect', 'Customer', 'Lead', 'Customer', 'Partner'];
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({ Email: `p${i}@example.org`, 'Person Type': stages[i % 5]! })),
    );
    expect(s['Person Type']!.targetField).toBe('status');
  });

  test('an email status made of subscription states is marketing consent', async () => {
    const states = ['Single Opt-in', 'Double Opt-in', 'Unsubscribed', 'Non-marketable', 'Bounced'];
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        Email: `p${i}@example.org`,
        'Email Status': states[i % states.length]!,
      })),
    );
    expect(s['Email Status']!.targetField).toBe('marketing_opt_in');
  });

  test('a yes/no Void flag is the status only when no column names one', async () => {
    const rows = (withStatus: boolean) =>
      Array.from({ length: 30 }, (_, i) => ({
        'Ticket #': `T-${1000 + i}`,
        Void: i % 9 === 0 ? 'true' : 'false',
        ...(withStatus ? { Status: i % 9 === 0 ? 'Voided' : 'Closed' } : {}),
      }));
    expect((await suggest(rows(false))).Void!.targetField).toBe('status');
    const withStatus = await suggest(rows(true));
    expect(withStatus.Status!.targetField).toBe('status');
    expect(withStatus.Void!.targetField).toBeNull();
  });

  test('German receipts: netto is before VAT, brutto the total, "MwSt. 19 %" the tax', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Beleg-Nr.': String(5000 + i),
        Netto: `${10 + i},00`,
        'MwSt. 19 %': `${(1.9 + i * 0.19).toFixed(2).replace('.', ',')}`,
        Brutto: `${(11.9 + i * 1.19).toFixed(2).replace('.', ',')}`,
      })),
    );
    expect([s.Netto!.targetField, s['MwSt. 19 %']!.targetField, s.Brutto!.targetField]).toEqual([
      'subtotal',
      'tax',
      'value',
    ]);
  });

  test('a reservation number is the record id and the confirmation code beside it the order number', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Reservation #': String(400000 + i * 13),
        'Confirmation #': `C${(7919 * (i + 3)) % 100000}X`,
        Players: String(1 + (i % 4)),
      })),
    );
    expect(s['Reservation #']!.targetField).toBe('transaction_id');
    expect(s['Confirmation #']!.targetField).toBe('order_number');
  });

  test('a bare "No." is the document id beside an "Order No."; dotted customers.id is a customer id', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'No.': `PSI-${103000 + i}`,
        'Order No.': `SO-${2000 + i * 3}`,
        'customers.id': `CU${10000 + (i % 17)}`,
        Corrective: i % 7 === 0 ? 'Yes' : 'No',
      })),
    );
    expect(s['No.']!.targetField).toBe('transaction_id');
    expect(s['Order No.']!.targetField).toBe('order_number');
    expect(s['customers.id']!.targetField).toBe('customer_id');
    expect(s.Corrective!.targetField).not.toBe('country');
  });

  test('Portuguese and Spanish tills: "Total s/ IVA" is before VAT and "IVA" the tax', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        Documento: `FS A/${1000 + i}`,
        'Total s/ IVA': `${10 + i},00`,
        IVA: `${(2.3 + i * 0.23).toFixed(2).replace('.', ',')}`,
        Total: `${(12.3 + i * 1.23).toFixed(2).replace('.', ',')}`,
      })),
    );
    expect([s['Total s/ IVA']!.targetField, s.IVA!.targetField, s.Total!.targetField]).toEqual([
      'subtotal',
      'tax',
      'value',
    ]);
  });

  test('an orders file whose id no header names takes the first column that is an id on every row', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        Bonzettel: `0f8fad5b-d9cb-469f-a165-7086772${10000 + i}`,
        Zeitpunkt: `2025-04-${String(1 + (i % 28)).padStart(2, '0')}T10:${String(i % 60).padStart(2, '0')}:00Z`,
        Total: (10 + i).toFixed(2),
      })),
    );
    expect(s.Bonzettel!.targetField).toBe('transaction_id');
    expect(s.Bonzettel!.reasons.join(' ')).toMatch(/every row/);
  });

  test("a letter glued to a whole table's field names is read through (3dcart's odate, ocity, ozip)", async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        orderid: String(7000 + i),
        odate: `2025-05-${String(1 + (i % 28)).padStart(2, '0')}`,
        ocity: ['Austin', 'Denver', 'Boise'][i % 3]!,
        ozip: String(73301 + i),
        oemail: `p${i}@example.org`,
        ototal: (20 + i).toFixed(2),
      })),
    );
    expect([s.ocity!.targetField, s.ozip!.targetField, s.ototal!.targetField]).toEqual([
      'city',
      'postal_code',
      'value',
    ]);
  });

  test('a people file with visit counts and total sales: the sales are lifetime value', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Client ID': String(300 + i),
        Email: `c${i}@example.org`,
        'Total Appointments': String(1 + (i % 9)),
        'Total Sales': (50 + i * 12.5).toFixed(2),
      })),
    );
    expect(s['Total Sales']!.targetField).toBe('lifetime_value');
    expect(s['Total Appointments']!.targetField).toBe('order_count');
  });

  test('numbered address groups, seller SKUs, sales categories and UTC date columns read right', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Order ID': String(9000 + i),
        'Address 1 - City': ['Austin', 'Denver', 'Boise'][i % 3]!,
        'Address 1 - Zip': String(73301 + i),
        'Seller SKU': `SK-${100 + (i % 12)}`,
        'Sales Category': ['Food', 'Beer', 'Wine'][i % 3]!,
        available_on_utc: `2025-06-${String(1 + (i % 28)).padStart(2, '0')} 00:00:00`,
      })),
    );
    expect(s['Address 1 - City']!.targetField).toBe('city');
    expect(s['Address 1 - Zip']!.targetField).toBe('postal_code');
    expect(s['Seller SKU']!.targetField).toBe('product_sku');
    expect(s['Sales Category']!.targetField).toBe('product_category');
    expect(s.available_on_utc!.targetField).not.toBe('timezone');
  });

  test("Facebook Lead Ads' p:-prefixed phones are phones; a headcount or table size is the quantity", async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        id: `l:${1000000 + i}`,
        phone_number: `p:+1555${String(1000000 + i * 37)}`,
        Headcount: String(2 + (i % 8)),
      })),
    );
    expect(s.phone_number!.targetField).toBe('phone');
    expect(s.Headcount!.targetField).toBe('quantity');
  });

  test('a confirmation number is the booking id when no other column is', async () => {
    const s = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Confirmation Number': `C${(7919 * (i + 3)) % 100000}X`,
        'Party Size': String(2 + (i % 5)),
      })),
    );
    expect(s['Confirmation Number']!.targetField).toBe('transaction_id');
  });

  test('shipping columns yield to billing columns; an address line 2 maps to nothing', async () => {
    const s = await suggest(
      Array.from({ length: 20 }, (_, i) => ({
        'Billing City': 'Austin',
        'Shipping City': 'Denver',
        'Billing Address 1': `${i} Main St`,
        'Billing Address 2': `Apt ${i}`,
        'Shipping Phone': `(512) 555-01${String(i).padStart(2, '0')}`,
        'Billing Phone': `(512) 555-02${String(i).padStart(2, '0')}`,
      })),
    );
    expect(s['Billing City']!.targetField).toBe('city');
    expect(s['Shipping City']!.targetField).toBeNull();
    expect(s['Billing Address 1']!.targetField).toBe('address_line');
    expect(s['Billing Address 2']!.targetField).toBeNull();
    expect(s['Billing Phone']!.targetField).toBe('phone');
    expect(s['Shipping Phone']!.targetField).toBeNull();
  });

  test('headers in German, French and Spanish read like English ones', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      Bestellnummer: String(10250 + i),
      Bestelldatum: `${String((i % 28) + 1).padStart(2, '0')}.03.2025 14:05`,
      Vorname: ['Lukas', 'Anna', 'Jonas'][i % 3]!,
      'E-Mail': `k${i}@web.de`,
      PLZ: String(10115 + i * 7),
      Ort: ['Berlin', 'Köln'][i % 2]!,
      Gesamtbetrag: `${20 + i},50`,
      Währung: 'EUR',
      Pourboire: `${i % 5},00`,
      'Forma de Pago': ['Tarjeta', 'Efectivo'][i % 2]!,
      Estado: ['Cobrado', 'Anulado', 'Abierto'][i % 3]!,
    }));
    const s = await suggest(rows);
    expect(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.targetField]))).toEqual({
      Bestellnummer: 'transaction_id',
      Bestelldatum: 'timestamp',
      Vorname: 'first_name',
      'E-Mail': 'email',
      PLZ: 'postal_code',
      Ort: 'city',
      Gesamtbetrag: 'value',
      Währung: 'currency',
      Pourboire: 'tip',
      'Forma de Pago': 'payment_method',
      Estado: 'status',
    });
  });

  test('Finnish and Czech headers read like English ones, with dotted Finnish clocks', async () => {
    const fi = Array.from({ length: 30 }, (_, i) => ({
      Tilausnumero: String(31250 + i),
      Tilauspäivä: `${(i % 28) + 1}.9.2025 ${10 + (i % 12)}.${String(i % 60).padStart(2, '0')}`,
      Tila: ['Toimitettu', 'Palautettu', 'Peruttu'][i % 3]!,
      Etunimi: ['Aino', 'Mikko', 'Eero'][i % 3]!,
      Sukunimi: ['Heikkinen', 'Virtanen', 'Korhonen'][i % 3]!,
      Postinumero: String(2860 + i * 11).padStart(5, '0'),
      Yhteensä: `${100 + i},70`,
      Valuutta: 'EUR',
    }));
    const s = await suggest(fi);
    expect(Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v.targetField]))).toEqual({
      Tilausnumero: 'transaction_id',
      Tilauspäivä: 'timestamp',
      Tila: 'status',
      Etunimi: 'first_name',
      Sukunimi: 'last_name',
      Postinumero: 'postal_code',
      Yhteensä: 'value',
      Valuutta: 'currency',
    });
    const cz = Array.from({ length: 30 }, (_, i) => ({
      'Číslo objednávky': String(2025000 + i),
      Jméno: ['Jana', 'Petr', 'Eva'][i % 3]!,
      Příjmení: ['Nováková', 'Svoboda', 'Dvořáková'][i % 3]!,
      PSČ: `1${String(10 + i).padStart(2, '0')} 00`,
      'Celkem s DPH': `${900 + i},00`,
      'Celkem bez DPH': `${744 + i},00`,
      Stav: ['Vyřízeno', 'Stornováno', 'Odesláno'][i % 3]!,
    }));
    const c = await suggest(cz);
    expect(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.targetField]))).toEqual({
      'Číslo objednávky': 'transaction_id',
      Jméno: 'first_name',
      Příjmení: 'last_name',
      PSČ: 'postal_code',
      'Celkem s DPH': 'value',
      'Celkem bez DPH': 'subtotal',
      Stav: 'status',
    });
  });

  test("a payment processor's operation number is the record id, not a payer's half-blank document number", async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      'Fecha de origen': `${String((i % 28) + 1).padStart(2, '0')}/09/2025 15:26:47`,
      'Número de operación': String(99206479870 + i * 7),
      Estado: ['Aprobado', 'Rechazado', 'Devuelto', 'Aprobado'][i % 4]!,
      'Monto devuelto': i % 4 === 2 ? '1250.00' : '0.00',
      'Número de documento': i % 2 ? '' : String(30000000 + i * 13),
      'Nombre del pagador': ['Florencia Acosta', 'Valentina Ruiz'][i % 2]!,
    }));
    const s = await suggest(rows);
    expect(s['Número de operación']!.targetField).toBe('transaction_id');
    expect(s['Número de documento']!.targetField).not.toBe('transaction_id');
    expect(s['Fecha de origen']!.targetField).toBe('created_at');
    expect(s.Estado!.targetField).toBe('status');
    expect(s['Monto devuelto']!.targetField).toBe('refund_amount');
    expect(s['Nombre del pagador']!.targetField).toBe('full_name');
  });

  test('a grand total beats a deal price; whose field it is may sit in parentheses; bare digit phones under a phone header', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Order ID': `2501${String(i).padStart(6, '0')}`,
      'Deal Price': (20 + (i % 5)).toFixed(2),
      'Grand Total': (40 + i).toFixed(2),
      'Username (Buyer)': `lim${i % 12}`,
      'Phone Number': `6017${String(1000000 + i * 7919).slice(0, 7)}`,
    }));
    const s = await suggest(rows);
    expect(s['Grand Total']!.targetField).toBe('value');
    expect(s['Username (Buyer)']!.targetField).toBe('customer_reference');
    expect(s['Phone Number']!.targetField).toBe('phone');
    // without a phone header the same digit runs are no phone
    const bare = await suggest(rows.map((r) => ({ Ref: r['Phone Number'] })));
    expect(bare.Ref!.targetField).not.toBe('phone');
  });

  test("a booking file whose only amount no header names gets it as the value; a CRM's customer stages are a status", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Reservation ID': String(1600489670 + i),
      'Booked At': `2025-01-${String((i % 28) + 1).padStart(2, '0')} 07:00`,
      Credits: String(4 + (i % 5)),
      Payout: (15 + (i % 7)).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s.Payout!.targetField).toBe('value');
    expect(s.Credits!.targetField).not.toBe('value');
    const people = Array.from({ length: 30 }, (_, i) => ({
      Name: ['Ava Lopez', 'Liam Chen', 'Mia Brown'][i % 3]!,
      Email: `p${i}@example.com`,
      'Contact Type': ['Potential Customer', 'Current Customer', 'Former Customer', 'Other'][i % 4]!,
    }));
    const p = await suggest(people);
    expect(p['Contact Type']!.targetField).toBe('status');
  });

  test('beside a first name, a bare one-word name is the surname; FName and LName are name parts', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      Prénom: ['Camille', 'Louis', 'Chloé'][i % 3]!,
      Nom: ['Dupont', 'Martin', 'Bernard'][i % 3]!,
      FName: ['Ava', 'Liam', 'Mia'][i % 3]!,
      LName: ['Lopez', 'Chen', 'Brown'][i % 3]!,
    }));
    const s = await suggest(rows.map(({ Prénom, Nom }) => ({ Prénom, Nom })));
    expect(s.Prénom!.targetField).toBe('first_name');
    expect(s.Nom!.targetField).toBe('last_name');
    const abbreviated = await suggest(rows.map(({ FName, LName }) => ({ FName, LName })));
    expect(abbreviated.FName!.targetField).toBe('first_name');
    expect(abbreviated.LName!.targetField).toBe('last_name');
    // a bare name of whole names stays the full name
    const whole = await suggest(rows.map((r, i) => ({ Prénom: r.Prénom, Nom: `${r.Prénom} ${r.Nom}${i}` })));
    expect(whole.Nom!.targetField).toBe('full_name');
  });

  test('marketplace and processor vocabulary: PO#, Psp Reference, usernames, Spanish long dates and ingresos', async () => {
    const months = ['enero', 'febrero', 'marzo'];
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'PO#': String(108829771000 + i * 37),
      'Fecha de venta': `${(i % 28) + 1} de ${months[i % 3]} de 2025 16:03 hs.`,
      'Ingresos por productos (MXN)': (1299 + i).toFixed(2),
      Username: `buyer_${i % 17}`,
    }));
    const s = await suggest(rows);
    expect(s['PO#']!.targetField).toBe('transaction_id');
    expect(s['Fecha de venta']!.targetField).toBe('timestamp');
    expect(s['Ingresos por productos (MXN)']!.targetField).toBe('value');
    expect(s.Username!.targetField).toBe('customer_reference');
    const adyen = await suggest(
      Array.from({ length: 30 }, (_, i) => ({
        'Psp Reference': `88${String(5000000000000 + i * 7919)}`,
        'Gross Credit (GC)': (10 + i).toFixed(2),
      })),
    );
    expect(adyen['Psp Reference']!.targetField).toBe('transaction_id');
  });

  test('a floor zone is no time zone; an ad is no campaign; "how did you hear" is the lead source', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Check #': String(4000 + i),
      Zone: ['Patio', 'Bar', 'Main Dining'][i % 3]!,
      campaign_name: ['Spring Sale', 'Retargeting'][i % 2]!,
      ad_name: ['Carousel A', 'Video B', 'Static C'][i % 3]!,
      'How did you hear about us?': ['Instagram', 'Google', 'A friend', 'Yelp'][i % 4]!,
      Affiliate: i % 4 ? '' : 'jane-smith',
      'Yes, send me news & seasonal specials': i % 2 ? 'Yes' : 'No',
      'Last Payment Date': `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const s = await suggest(rows);
    expect(s.Zone!.targetField).toBeNull();
    expect(s.campaign_name!.targetField).toBe('utm_campaign');
    expect(s.ad_name!.targetField).toBeNull();
    expect(s['How did you hear about us?']!.targetField).toBe('lead_source');
    // one lead source per file: an affiliate column is it when no question asks
    const affiliate = await suggest(rows.map(({ 'How did you hear about us?': _q, ...rest }) => rest));
    expect(affiliate.Affiliate!.targetField).toBe('lead_source');
    expect(s['Yes, send me news & seasonal specials']!.targetField).toBe('marketing_opt_in');
    expect(s['Last Payment Date']!.targetField).toBe('paid_at');
    // a zone column of real zones still is one
    const zoned = await suggest(
      rows.map((r, i) => ({ ...r, Zone: ['America/Chicago', 'America/Denver'][i % 2]! })),
    );
    expect(zoned.Zone!.targetField).toBe('timezone');
  });

  test("a fulfilment or sub-status beside the record's own status is not the status; form, pet and variation names are no people", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Order ID': String(1000 + i),
      'Payment Status': ['Paid', 'Refunded', 'Pending'][i % 3]!,
      'Fulfillment Status': ['Fulfilled', 'Shipped', 'Pending'][i % 3]!,
      'Order Substatus': ['Delivered', 'Shipped', 'Cancelled'][i % 3]!,
      form_name: ['Spring Lead Form', 'Quote Request'][i % 2]!,
      'Animal Name': ['Bella', 'Max', 'Luna'][i % 3]!,
      'Variation Name': ['Rose Quartz', 'Jade', 'Amethyst'][i % 3]!,
    }));
    const s = await suggest(rows);
    expect(s['Payment Status']!.targetField).toBe('status');
    expect(s['Fulfillment Status']!.targetField).toBeNull();
    expect(s['Order Substatus']!.targetField).toBeNull();
    expect(s.form_name!.targetField).toBeNull();
    expect(s['Animal Name']!.targetField).toBeNull();
    expect(s['Variation Name']!.targetField).not.toBe('full_name');
    // alone, a fulfilment status is still the file's status
    const alone = await suggest(
      rows.map((r) => ({ 'Order ID': r['Order ID'], 'Fulfillment Status': r['Fulfillment Status'] })),
    );
    expect(alone['Fulfillment Status']!.targetField).toBe('status');
  });

  test("a member's number is the customer id; another system's customer id is a reference", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Member ID': `mem_${1000 + i}`,
      'Stripe customer ID': `cus_${(7e9 + i * 7919).toString(36)}`,
      Email: `m${i}@example.com`,
      Spent: (i * 12.5).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s['Member ID']!.targetField).toBe('customer_id');
    expect(s['Stripe customer ID']!.targetField).toBe('customer_reference');
    // a bare "Spent" beside no order id: what each person spent in all
    expect(s.Spent!.targetField).toBe('lifetime_value');
    // beside a customer id, the member number is the loyalty id
    const loyalty = await suggest(
      rows.map((r, i) => ({ 'Customer ID': String(500 + i), 'Member ID': r['Member ID'] })),
    );
    expect(loyalty['Customer ID']!.targetField).toBe('customer_id');
    expect(loyalty['Member ID']!.targetField).toBe('loyalty_id');
  });

  test('card-processor and club exports: tran types with refunds are the status, chits are checks, the total amount is the value', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Chit #': String(88000 + i),
      'Tran Type': ['Sale', 'Sale', 'Refund', 'Sale'][i % 4]!,
      'Sale Amount': (20 + i).toFixed(2),
      'Tip Amount': (i % 5).toFixed(2),
      'Total Amount': (20 + i + (i % 5)).toFixed(2),
      'Phone Numbers': `${['Mobile', 'Phone'][i % 2]}: (480) 555-${String(1000 + i)}`,
    }));
    const s = await suggest(rows);
    expect(s['Chit #']!.targetField).toBe('transaction_id');
    expect(s['Tran Type']!.targetField).toBe('status');
    expect(s['Total Amount']!.targetField).toBe('value');
    expect(s['Phone Numbers']!.targetField).toBe('phone');
    const paypal = await suggest(
      rows.map((r, i) => ({
        'Transaction ID': `9X${String(100000 + i)}`,
        Type: ['Express Checkout Payment', 'Website Payment', 'Payment Refund', 'General Withdrawal'][i % 4]!,
        Gross: r['Total Amount'],
      })),
    );
    expect(paypal.Type!.targetField).toBe('status');
  });

  test('a people file: the historic lifetime value wins and the other one is no order value; any "how did you hear" question is the lead source', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      Email: `k${i}@example.com`,
      'Historic Customer Lifetime Value': (i * 10).toFixed(2),
      'Total Customer Lifetime Value': (i * 14).toFixed(2),
      'How did you hear about this event?': ['Instagram', 'A friend', 'Newsletter'][i % 3]!,
    }));
    const s = await suggest(rows);
    expect(s['Historic Customer Lifetime Value']!.targetField).toBe('lifetime_value');
    expect(s['Total Customer Lifetime Value']!.targetField).toBeNull();
    expect(s['How did you hear about this event?']!.targetField).toBe('lead_source');
  });

  test("a delivery platform's commission on deliveries is a fee; a delivery fee is shipping", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      order_id: String(70000 + i),
      subtotal: (30 + i).toFixed(2),
      'Restaurant delivery fee': (3.99).toFixed(2),
      delivery_commission: ((30 + i) * 0.1).toFixed(2),
      'Channel commission': ((30 + i) * 0.15).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s['Restaurant delivery fee']!.targetField).toBe('shipping');
    expect(s.delivery_commission!.targetField).toBe('fee');
    expect(s['Channel commission']!.targetField).toBe('fee');
  });

  test("a terminal's Action with refunds is the status; eBay's dashed order numbers are no phones", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Order number': `${10 + (i % 90)}-${String(13245 + i * 7).padStart(5, '0')}-${String(67890 + i * 13).padStart(5, '0')}`,
      Action: ['Sale', 'Sale', 'Refund', 'Void'][i % 4]!,
      Amount: (10 + i).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s['Order number']!.targetField).toBe('transaction_id');
    expect(s.Action!.targetField).toBe('status');
  });

  test("a fundraiser's gifts are its conversions and its constituents the customers; a gift card stays a gift card", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Gift ID': String(50000 + i),
      'Constituent lookup ID': String(8000 + (i % 20)),
      'Gift date': `2025-03-${String((i % 28) + 1).padStart(2, '0')}`,
      'Gift amount': (25 + i * 5).toFixed(2),
      'Fund description': ['General Fund', 'Scholarships', 'Building'][i % 3]!,
    }));
    const s = await suggest(rows);
    expect(s['Gift ID']!.targetField).toBe('transaction_id');
    expect(s['Constituent lookup ID']!.targetField).toBe('customer_id');
    expect(s['Gift date']!.targetField).toBe('timestamp');
    expect(s['Gift amount']!.targetField).toBe('value');
    expect(s['Fund description']!.targetField).toBe('product_name');
    const pos = await suggest(
      rows.map((r, i) => ({
        'Order ID': r['Gift ID'],
        Total: r['Gift amount'],
        'Gift Card': i % 2 ? 'Yes' : 'No',
      })),
    );
    expect(pos['Gift Card']!.targetField).not.toBe('transaction_id');
  });

  test('gross beside a processor fee and a net amount: the gross is the value; counts of appointments mark a people file', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Transaction ID': String(700000 + i),
      'Gross Transaction Amount': (50 + i).toFixed(2),
      'Processor Fee': ((50 + i) * 0.029).toFixed(2),
      'Net Transaction Amount': ((50 + i) * 0.971).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s['Gross Transaction Amount']!.targetField).toBe('value');
    expect(s['Processor Fee']!.targetField).toBe('fee');
    expect(s['Net Transaction Amount']!.targetField).toBeNull();
    const clients = Array.from({ length: 30 }, (_, i) => ({
      'Client ID': String(100 + i),
      Email: `c${i}@example.com`,
      'Appointment Count': String(i % 9),
      'Total Attendance': String(i % 13),
      'Total Sales': (i * 42.5).toFixed(2),
    }));
    const c = await suggest(clients);
    expect(c['Total Sales']!.targetField).toBe('lifetime_value');
    expect(['order_count', null]).toContain(c['Total Attendance']!.targetField);
    expect(c['Appointment Count']!.targetField).toBe('order_count');
  });

  test("a row per item sold: the item total is the value, one tender's share of a split payment is not", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Sale ID': String(90000 + i),
      Item: ['10-Class Pack', 'Drop-in', 'Water'][i % 3]!,
      Subtotal: (20 + i).toFixed(2),
      Tax: ((20 + i) * 0.08).toFixed(2),
      'Item Total': ((20 + i) * 1.08).toFixed(2),
      'Total Paid w/ Payment Method': ((20 + i) * (i % 2 ? 1.08 : 0.5)).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s['Item Total']!.targetField).toBe('value');
    expect(s['Total Paid w/ Payment Method']!.targetField).not.toBe('value');
    // beside an order total the item total yields
    const withOrder = await suggest(rows.map((r) => ({ ...r, 'Order Total': r['Item Total'] })));
    expect(withOrder['Order Total']!.targetField).toBe('value');
  });

  test("a people file's bare ID is the customer id beside a member number; check-ins and rounds played are visits; birthdays with or without the year", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      ID: String(20350998 + i * 7919),
      'First Name': ['Ava', 'Liam', 'Mia'][i % 3]!,
      Email: `g${i}@example.com`,
      'Member Number': `M-${100 + i}`,
      'Rounds Played': String((i * 7) % 23),
      Birthday: i % 2 ? `0${(i % 9) + 1}/1${i % 9}/19${70 + (i % 29)}` : `0${(i % 9) + 1}/2${i % 8}`,
    }));
    const s = await suggest(rows);
    expect(s.ID!.targetField).toBe('customer_id');
    expect(s['Member Number']!.targetField).toBe('loyalty_id');
    expect(s['Rounds Played']!.targetField).toBe('order_count');
    expect(s.Birthday!.targetField).toBe('birth_date');
    const gym = await suggest(
      rows.map((r, i) => ({ ID: r.ID, Email: r.Email, 'Total Check Ins': String((i * 11) % 37) })),
    );
    expect(gym['Total Check Ins']!.targetField).toBe('order_count');
  });

  test('a payment\'s bare "From" is the payer; "No Email" flags are consent; the retail total beats the print cost', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Order ID': String(61000 + i),
      From: ['Ava Lopez', 'Liam Chen', 'Mia Brown', 'Noah Davis'][i % 4]!,
      'No Email': i % 3 ? 'false' : 'true',
      'Printful Total': (12 + (i % 5)).toFixed(2),
      'Retail Total': (29 + (i % 5)).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s.From!.targetField).toBe('full_name');
    expect(s['No Email']!.targetField).toBe('marketing_opt_in');
    expect(s['Retail Total']!.targetField).toBe('value');
    // "Valid From" stays a date, no name
    const dated = await suggest(
      rows.map((r, i) => ({ 'Order ID': r['Order ID'], 'Valid From': `2025-0${(i % 9) + 1}-01` })),
    );
    expect(dated['Valid From']!.targetField).not.toBe('full_name');
  });

  test("two note columns are both notes, an app's note attributes none; Address Two is a second line; wallet addresses are no streets", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Order ID': String(81000 + i),
      'Customer Message': i % 4 ? '' : 'Please gift wrap',
      'Order Notes': i % 3 ? '' : 'Called to confirm',
      'Note Attributes': i % 5 ? '' : `gift_wrap: true; source: app${i}`,
      Address: `${100 + i} Main St`,
      'Address Two': i % 4 ? '' : `Apt ${i}`,
      eth_address: `0x${(BigInt(1e15) + BigInt(i * 7919)).toString(16).padStart(40, 'a')}`,
    }));
    const s = await suggest(rows);
    expect(s['Customer Message']!.targetField).toBe('notes');
    expect(s['Order Notes']!.targetField).toBe('notes');
    expect(s['Note Attributes']!.targetField).toBeNull();
    expect(s.Address!.targetField).toBe('address_line');
    expect(s['Address Two']!.targetField).toBeNull();
    expect(s.eth_address!.targetField).toBeNull();
  });

  test('an unmapped column whose header the dictionary cannot read stays out of Accept', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Order ID': String(500 + i),
      Qxzvbl: (i * 2.5).toFixed(2),
      Notes: i % 3 ? '' : 'ring the bell',
    }));
    const s = await suggest(rows);
    expect(s.Qxzvbl!.targetField).toBeNull();
    expect(s.Qxzvbl!.confidence).toBeLessThanOrEqual(0.7);
    expect(s.Qxzvbl!.reasons.join(' ')).toMatch(/no word of the header is in the dictionary/);
  });

  test('an amount paid beside an amount due is a partial payment, not the value', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Invoice Number': `INV-${2000 + i}`,
      Amount: (100 + i * 3).toFixed(2),
      'Amount Paid': ((100 + i * 3) * (i % 3 ? 1 : 0.5)).toFixed(2),
      'Amount Due': ((100 + i * 3) * (i % 3 ? 0 : 0.5)).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s.Amount!.targetField).toBe('value');
    expect(s['Amount Paid']!.targetField).toBeNull();
  });

  test('beside a fee column, the net amount is not the value', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Payout ID': String(9000 + i),
      Amount: (50 + i).toFixed(2),
      Fee: ((50 + i) * 0.03).toFixed(2),
      'Net Total': ((50 + i) * 0.97).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s.Amount!.targetField).toBe('value');
    expect(s['Net Total']!.targetField).toBeNull();
    // without the fee column, nothing says the net total is a payout
    const noFee = await suggest(rows.map(({ Fee: _f, ...rest }) => rest));
    expect(noFee['Net Total']!.targetField).toBe('value');
  });

  test("a seller's earnings beside a fee column are not the value; a final price is", async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Sale ID': String(5000 + i),
      'Final Price': (40 + i).toFixed(2),
      Fees: ((40 + i) * 0.05).toFixed(2),
      Earnings: ((40 + i) * 0.95).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s['Final Price']!.targetField).toBe('value');
    expect(s.Earnings!.targetField).toBeNull();
  });

  test('a file with gross, fee and net columns but no total: the gross amount is the value', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      balance_transaction_id: `txn_${(1e6 + i * 7919).toString(36)}`,
      gross: (20 + i * 2).toFixed(2),
      fee: ((20 + i * 2) * 0.029 + 0.3).toFixed(2),
      net: ((20 + i * 2) * 0.971 - 0.3).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s.gross!.targetField).toBe('value');
    expect(s.gross!.reasons.join(' ')).toMatch(/no column holds a total/);
    expect(s.balance_transaction_id!.targetField).toBe('transaction_id');
    // a gross amount blank on most rows (a debit column) is not promoted
    const sparse = await suggest(rows.map((r, i) => ({ ...r, gross: i % 3 ? '' : r.gross })));
    expect(sparse.gross!.targetField).not.toBe('value');
  });

  test("an order's customer total is its value; a bare recipient is the buyer's name when no other name exists", async () => {
    const names = ['Ava Lopez', 'Liam Chen', 'Mia Brown', 'Noah Davis', 'Emma Walker'];
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Order Number': String(70000 + i),
      'Food Total': (80 + i).toFixed(2),
      'Customer Total': (95 + i).toFixed(2),
      Recipient: names[i % names.length]!,
    }));
    const s = await suggest(rows);
    expect(s['Customer Total']!.targetField).toBe('value');
    expect(s.Recipient!.targetField).toBe('full_name');
    const withBuyer = await suggest(rows.map((r, i) => ({ ...r, 'Customer Name': names[(i + 2) % 5]! })));
    expect(withBuyer['Customer Name']!.targetField).toBe('full_name');
    expect(withBuyer.Recipient!.targetField).toBeNull();
  });

  test('payments files: the payment id is the record id when the order id is mostly blank or missing', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({
      'Payment ID': `tr_${(3e7 + i * 104729).toString(36)}`,
      Amount: (10 + i).toFixed(2),
      'Order ID': i % 5 ? '' : `ord_${1000 + i}`,
    }));
    const s = await suggest(rows);
    expect(s['Payment ID']!.targetField).toBe('transaction_id');
    expect(s['Order ID']!.targetField).not.toBe('transaction_id');
    const noOrder = await suggest(rows.map(({ 'Order ID': _o, ...rest }) => rest));
    expect(noOrder['Payment ID']!.targetField).toBe('transaction_id');
    // an order id on every row stays the record id
    const full = await suggest(rows.map((r, i) => ({ ...r, 'Order ID': `ord_${1000 + i}` })));
    expect(full['Order ID']!.targetField).toBe('transaction_id');
  });

  test("a paid subscription's lifecycle status is its status, not marketing consent; masked phones are phones", async () => {
    const states = ['wc-active', 'wc-on-hold', 'wc-cancelled', 'wc-expired', 'wc-pending-cancel'];
    const rows = Array.from({ length: 30 }, (_, i) => ({
      subscription_status: states[i % states.length]!,
      order_total: (30 + i).toFixed(2),
      'Phone #': `(+1)${200 + i}*****${String(10 + i).slice(-2)}`,
    }));
    const s = await suggest(rows);
    expect(s.subscription_status!.targetField).toBe('status');
    expect(s['Phone #']!.targetField).toBe('phone');
  });

  test('tender words make a bare "Type" column the payment method; a conflicting header still wins', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Payment Id': String(700 + i),
      Total: (10 + i).toFixed(2),
      Type: ['Credit', 'Cash', 'Gift Card'][i % 3]!,
      'Card Tokenization Method': ['apple_pay', 'google_pay'][i % 2]!,
    }));
    const s = await suggest(rows);
    expect(s.Type!.targetField).toBe('payment_method');
    expect(s['Card Tokenization Method']!.targetField).toBeNull();
  });

  test('a file of orders without a dated header takes its closest date column as the timestamp', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      order_id: `ORD-${6000 + i}`,
      event_time: String(1735700000 + i * 3600),
      value: (10 + i).toFixed(2),
    }));
    const s = await suggest(rows);
    expect(s.event_time!.targetField).toBe('timestamp');
    expect(s.event_time!.reasons.join(' ')).toMatch(/no other column holds the time/);
    // with a creation date present, the other event's date is left alone
    const withCreated = await suggest(
      rows.map((r, i) => ({ ...r, 'Created at': `2025-01-0${(i % 9) + 1} 10:00` })),
    );
    expect(withCreated.event_time!.targetField).toBeNull();
  });

  test('in a file of people, a plan or tier is not a product sold', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      'Client ID': String(100 + i),
      'First Name': ['Ava', 'Liam', 'Mia'][i % 3]!,
      Email: `c${i}@example.com`,
      'Membership Name': ['Unlimited Monthly', '10 Class Pack'][i % 2]!,
    }));
    const s = await suggest(rows);
    expect(s['Membership Name']!.targetField).toBeNull();
  });

  test('overrides are kept and matched around', async () => {
    const s = await suggest(orders, { overrides: { 'Amt Paid': null, Qty: 'value' } });
    expect(s['Amt Paid']).toMatchObject({ targetField: null, origin: 'override', confidence: 1 });
    expect(s.Qty).toMatchObject({ targetField: 'value', origin: 'override' });
  });

  test('an industry leans the scores towards its vocabulary', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({
      Course: i % 2 ? 'North 9' : 'South 9',
      Players: String((i % 4) + 1),
    }));
    const plain = await suggest(rows);
    const golf = await suggest(rows, { industry: 'golf' });
    expect(golf.Course!.score).toBeGreaterThan(plain.Course!.score);
    expect(golf.Course!.reasons.join(' ')).toMatch(/industry golf/);
  });

  test('invalid options throw with a fix-it message', async () => {
    const profiles = await profileColumns(orders);
    expect(() => suggestMappings(profiles, { industry: 'casino' as never })).toThrow(
      /Unknown industry "casino"/,
    );
    expect(() => suggestMappings(profiles, { overrides: { Nope: 'value' } })).toThrow(/not in the profiles/);
    expect(() => suggestMappings(profiles, { overrides: { Qty: 'price' as never } })).toThrow(
      /unknown target "price"/,
    );
  });

  test('febrl person files: the identity roles the identity package needs', async () => {
    const { columns } = await profileCsv(
      join(import.meta.dirname, '../../../../../shared/data/febrl/dataset1.csv'),
    );
    const got = Object.fromEntries(suggestMappings(columns).map((s) => [s.sourceField, s.targetField]));
    expect(got).toMatchObject({
      given_name: 'first_name',
      surname: 'last_name',
      street_number: 'address_line',
      address_1: 'address_line',
      address_2: null,
      suburb: 'city',
      postcode: 'postal_code',
      state: 'region',
      date_of_birth: 'birth_date',
      soc_sec_id: null,
    });
  });
});

describe('benchmark sets (scored as ../shared/data/schema-matching/README.md says)', () => {
  const sets: [string, string][] = [
    ['shipped', SHIPPED_SET],
    ['holdout', HOLDOUT_SET],
    ['holdout-b', HOLDOUT_B_SET],
    ['holdout-c', HOLDOUT_C_SET],
    ['holdout-d', HOLDOUT_D_SET],
    ['holdout-e', HOLDOUT_E_SET],
    ['holdout-f', HOLDOUT_F_SET],
  ];
  const results = new Map<string, ScoredColumn[]>();

  test.each(sets)(
    '%s set: overall accuracy at least 0.85, critical-field accuracy at least 0.95',
    async (name, dir) => {
      const scored = await runSet(dir);
      results.set(name, scored);
      expect(share(scored)).toBeGreaterThanOrEqual(0.85);
      expect(share(scored, (c) => c.critical)).toBeGreaterThanOrEqual(0.95);
    },
  );

  test('calibration: at least 90% of suggestions with confidence ≥ 0.9 are right, on every set', async () => {
    for (const [name, dir] of sets) {
      const scored = results.get(name) ?? (await runSet(dir));
      const confident = scored.filter((c) => c.suggestion.confidence >= 0.9);
      expect(confident.length).toBeGreaterThan(50);
      expect(share(confident)).toBeGreaterThanOrEqual(0.9);
    }
  });

  test('every suggestion explains itself', async () => {
    const scored = results.get('shipped') ?? (await runSet(SHIPPED_SET));
    for (const { suggestion } of scored) {
      expect(suggestion.reasons.length).toBeGreaterThan(0);
      expect(suggestion.confidence).toBeGreaterThanOrEqual(0);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('the newest blind sets, still below the targets on first sight', () => {
  // Floors just under what each set scores now (packages/discovery/README.md records the
  // first-run and current figures), so a change that loses ground on them fails here.
  test.each([
    ['holdout-g', HOLDOUT_G_SET, 0.94, 0.98],
    ['holdout-h', HOLDOUT_H_SET, 0.94, 0.98],
    ['holdout-i', HOLDOUT_I_SET, 0.89, 0.95],
    ['holdout-j', HOLDOUT_J_SET, 0.94, 0.97],
    ['holdout-k', HOLDOUT_K_SET, 0.94, 0.97],
    ['holdout-l', HOLDOUT_L_SET, 0.92, 0.98],
    ['holdout-m', HOLDOUT_M_SET, 0.96, 0.97],
    ['holdout-n', HOLDOUT_N_SET, 0.94, 0.99],
    ['holdout-o', HOLDOUT_O_SET, 0.91, 0.92],
    ['holdout-p', HOLDOUT_P_SET, 0.89, 0.94],
    ['holdout-q', HOLDOUT_Q_SET, 0.88, 0.97],
    ['holdout-r', HOLDOUT_R_SET, 0.89, 0.98],
    ['holdout-s', HOLDOUT_S_SET, 0.93, 0.99],
    ['holdout-t', HOLDOUT_T_SET, 0.9, 0.95],
    ['holdout-u', HOLDOUT_U_SET, 0.86, 0.96],
    ['holdout-v', HOLDOUT_V_SET, 0.88, 0.97],
    ['holdout-w', HOLDOUT_W_SET, 0.9, 0.97],
    ['holdout-x', HOLDOUT_X_SET, 0.88, 0.98],
    ['holdout-y', HOLDOUT_Y_SET, 0.91, 0.95],
    ['holdout-z', HOLDOUT_Z_SET, 0.85, 0.91],
  ] as const)('%s keeps at least its current accuracy', async (_name, dir, overall, critical) => {
    const scored = await runSet(dir);
    expect(share(scored)).toBeGreaterThanOrEqual(overall);
    expect(share(scored, (c) => c.critical)).toBeGreaterThanOrEqual(critical);
  });
});

test('headers and values named like object-prototype members do not confuse the matcher', async () => {
  const rows = Array.from({ length: 5 }, (_, i) => ({
    constructor: 'constructor',
    toString: String(i),
    __proto__x: 'hasOwnProperty',
    status: ['constructor', 'paid'][i % 2]!,
  }));
  const suggestions = suggestMappings(await profileColumns(rows));
  expect(suggestions.map((s) => s.sourceField)).toEqual(['constructor', 'toString', '__proto__x', 'status']);
  expect(suggestions[3]!.targetField).toBe('status');
});

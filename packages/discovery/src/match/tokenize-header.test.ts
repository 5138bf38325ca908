import { describe, expect, test } from 'vitest';
import { tokenizeHeader } from './tokenize-header.js';

const concepts = (header: string) => tokenizeHeader(header).terms.map((t) => t.concept);

describe('tokenizeHeader', () => {
  test.each<[string, (string | null)[]]>([
    ['customerID', ['customer', 'id']],
    ['order_total', ['order', 'total']],
    ['Billing First Name', ['billing', 'first_name']],
    ['firstname', ['first_name']],
    ['lastmodifieddate', ['updated', 'date']],
    ['createdate', ['created', 'date']],
    ['Amt Paid', ['amount', 'paid']],
    ['Pmt Type', ['payment', 'type']],
    ['Qty', ['quantity']],
    ['Txn Dt', ['order', 'date']],
    ['Pt First Name', ['patient', 'first_name']],
    ['Mbr #', ['member', 'number']],
    ['Member No.', ['member', 'number']],
    ['Ref', ['reference']],
    ['DOS', ['service_date']],
    ['E-mail', ['email']],
    ['Zip/Postal Code', ['postal_code', 'postal_code']],
    ['# of Guests', ['headcount']],
    ['Date of Birth', ['birth']],
    ['Card Last4', ['card', 'last4']],
    ['PAN Suffix', ['card', 'last4']],
    ['Street 2', ['address_line_2']],
    ['Street Address 1', ['address_line_1']],
    ['Address Line 2', ['address_line_2']],
    ['Total Orders', ['order_count']],
    ['Taxes', ['tax']],
    ['Fees', ['fee']],
    ['LEID', [null, 'id']],
    ['Tax 1 Value', ['tax', 'digit', 'value']],
    // other languages: accents folded, compounds split, articles read as fillers
    ['Bestellnummer', ['order', 'number']],
    ['Straße', ['street']],
    ['Zahlungsart', ['payment', 'type']],
    ['N° de transaction', ['number', 'filler', 'order']],
    ['Nº Ticket', ['number', 'ticket']],
    ['Forma de Pago', ['method', 'filler', 'payment']],
    ['Montant TTC', ['amount', 'filler']],
    ['Código Postal', ['postal_code']],
    ['MwSt.', ['tax']],
    ['Förnamn', ['first_name']],
    ['Betalsätt', ['payment', 'method']],
    ['Kod pocztowy', ['postal_code']],
    ['Metoda płatności', ['method', 'payment']],
    ['Total Excl. Tax', ['total', 'subtotal']],
    ['Total Incl. Tax', ['total', 'total']],
    // legacy abbreviations and units
    ['RES_NO', ['booking', 'number']],
    ['NO_PLYRS', ['number', 'headcount']],
    ['CRT_DT', ['created', 'date']],
    ['Amount (USD)', ['amount', 'filler']],
    // misspellings, but not other forms of a word
    ['Adress', ['address']],
    ['Quantitiy', ['quantity']],
    ['Reciept #', ['order', 'number']],
    ['Associated Contact', [null, 'contact']],
  ])('%s → %j', (header, expected) => {
    expect(concepts(header)).toEqual(expected);
  });

  test('words in parentheses are marked as qualifiers', () => {
    const terms = tokenizeHeader('Subtotal (with tax)').terms;
    expect(terms.map((t) => [t.concept, t.parenthetical])).toEqual([
      ['subtotal', false],
      ['total', true],
    ]);
    expect(tokenizeHeader('Amount (Tax)').terms.map((t) => [t.concept, t.parenthetical])).toEqual([
      ['amount', false],
      ['tax', false],
    ]);
  });

  test('a group label before a colon qualifies like a parenthesis; clock times are not labels', () => {
    const marks = (header: string) => tokenizeHeader(header).terms.map((t) => [t.concept, t.parenthetical]);
    expect(marks('Address 1: City')).toEqual([
      ['address_line_1', true],
      ['city', false],
    ]);
    expect(marks('Primary Contact: Email')).toEqual([
      ['primary', true],
      ['contact', true],
      ['email', false],
    ]);
    expect(tokenizeHeader('Start 10:30').terms.every((t) => !t.parenthetical)).toBe(true);
  });

  test('"Amount (Tax)": a generic amount word lets the parenthesis name which amount', () => {
    const marks = (header: string) => tokenizeHeader(header).terms.map((t) => [t.concept, t.parenthetical]);
    expect(marks('Amount (Tax)')).toEqual([
      ['amount', false],
      ['tax', false],
    ]);
    // a specific word outside keeps the parenthesis a qualifier
    expect(marks('Subtotal (Tax)')).toEqual([
      ['subtotal', false],
      ['tax', true],
    ]);
  });

  test('never throws on odd headers', () => {
    for (const h of ['', '   ', '####', '()', '\uFEFFemail', '🎉 Sales', 'x'.repeat(500), 'ÄÖÜ Straße']) {
      expect(() => tokenizeHeader(h)).not.toThrow();
    }
  });
});

test('object-prototype names are ordinary unknown words', () => {
  for (const h of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
    expect(tokenizeHeader(h).terms.every((t) => t.concept === null || typeof t.concept === 'string')).toBe(
      true,
    );
  }
});

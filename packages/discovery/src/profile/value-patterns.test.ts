import { describe, expect, test } from 'vitest';
import { matchValuePatterns, type ValuePatternName } from './value-patterns.js';

function patternsOf(value: string): ValuePatternName[] {
  const found = new Map<ValuePatternName, number>();
  matchValuePatterns(value, found);
  return [...found.keys()];
}

describe('value patterns', () => {
  test.each<[string, ValuePatternName]>([
    ['ava.lee@example.com', 'email'],
    ['(251) 315-1254', 'phone'],
    ['+12692637598', 'phone'],
    ['1.959.204.7870', 'phone'],
    ['(+1)415*****45', 'phone'],
    ['Mobile: (623) 989-0339', 'phone'],
    ['+44 7700 ****23', 'phone'],
    ['2025-02-01', 'iso_date'],
    ['2025-02-01T10:00:00Z', 'iso_datetime'],
    ['12/25/2025', 'us_date'],
    ['25/12/2025', 'eu_date'],
    ['19990219', 'compact_date'],
    ['04/12', 'month_day'],
    ['14:05', 'time'],
    ['America/Chicago', 'time_zone'],
    ['Central Time (US & Canada)', 'time_zone'],
    ['PDT', 'time_zone'],
    ['-05:00', 'utc_offset'],
    ['777e31e4-d7aa-4c1e-9a51-0b1be7de5512', 'uuid'],
    ['80202', 'postal_code'],
    ['M5V 2T6', 'postal_code'],
    ['SW1A 1AA', 'postal_code'],
    ['US', 'country_code'],
    ['United States', 'country_name'],
    ['TX', 'region_code'],
    ['qld', 'region_code'],
    ['Ontario', 'region_name'],
    ['usd', 'currency_code'],
    ['https://example.com/a', 'url'],
    ['52.90.63.128', 'ip_address'],
    ['2001:db8::1', 'ip_address'],
    ['4403', 'card_last4'],
    ['**** 4403', 'card_last4'],
    ['MasterCard', 'card_brand'],
    ['Cj0KCQjwnMWe5RpQJJeOc5YqZ9m35tRHYMeN3wPfM4KK9JYT', 'gclid'],
    ['IwAR2xYz0123456789abcdefghijklmnop', 'fbclid'],
    ['0035g00000AbCdEAAT', 'salesforce_id'],
    ['yes', 'boolean_word'],
    ['#1001', 'order_number'],
    ['INV-0001', 'order_number'],
    ['Walker, Lucas', 'person_name'],
    ['Olivia Smith', 'person_name'],
    ['8022 Cedar Rd', 'street_address'],
    ['tullaroop street', 'street_address'],
    ['12.5%', 'percent'],
    ['-98.700512', 'coordinate'],
    ['refunded', 'status_word'],
    ['Storniert', 'status_word'],
    ['Remboursée', 'status_word'],
    ['Anulado', 'status_word'],
    ['Deutschland', 'country_name'],
    ['Österreich', 'country_name'],
    ['06 12345678', 'phone'],
    ['07700 900123', 'phone'],
    ['Credit Card', 'payment_word'],
    ['CASH', 'payment_word'],
    ['Espèces', 'payment_word'],
    ['Apple Pay', 'payment_word'],
    ['Purchase', 'conversion_event'],
    ['CompleteRegistration', 'conversion_event'],
    ['Dinner', 'daypart'],
    ['Jan-05-25', 'text_date'],
    ['wc-on-hold', 'status_word'],
    ['STATUS_PAID', 'status_word'],
  ])('%s is %s', (value, pattern) => {
    expect(patternsOf(value)).toContain(pattern);
  });

  test.each<[string, ValuePatternName]>([
    ['52.90.63.128', 'phone'],
    ['0:23:45', 'ip_address'],
    ['2025-02-01', 'phone'],
    ['80.00', 'phone'],
    ['Cart Rental', 'person_name'],
    ['hello', 'email'],
    ['5000000000000', 'phone'],
    ['12 345678', 'phone'],
    ['4111********1111', 'phone'],
    ['12-13245-67890', 'phone'],
    ['8.9.2025 18.51', 'phone'],
    ['****1234', 'phone'],
    ['415-***-**', 'phone'],
    ['Square Online', 'payment_word'],
    ['Swiped', 'payment_word'],
    ['x-large', 'status_word'],
    ['sku-123', 'status_word'],
    ['Purchase Order 12', 'conversion_event'],
  ])('%s is not %s', (value, pattern) => {
    expect(patternsOf(value)).not.toContain(pattern);
  });
});

import { describe, expect, test } from 'vitest';
import { compileMapping } from '../../mapping/compile-mapping.js';
import { fieldMappingSchema } from '../../mapping/field-mapping.js';
import { conversionSources } from '../../schema/conversion-schema.js';
import { listSystems, systems } from '../index.js';
import { builtInSystems } from './index.js';

/** The system ids the Foundation issue asks for, written out by hand. */
const REQUIRED_IDS = [
  'square.payments',
  'square.orders',
  'square.refunds',
  'square.customers',
  'toast.orders',
  'clover.orders',
  'clover.payments',
  'clover.customers',
  'lightspeed.sales',
  'lightspeed.customers',
  'shopify.orders',
  'shopify.customers',
  'woocommerce.orders',
  'woocommerce.customers',
  'bigcommerce.orders',
  'bigcommerce.customers',
  'salesforce.opportunities',
  'salesforce.contacts',
  'salesforce.leads',
  'hubspot.deals',
  'hubspot.contacts',
  'zoho.deals',
  'zoho.contacts',
  'loyalty.transactions',
  'square-csv.transactions',
  'shopify-csv.orders',
  'woocommerce-csv.orders',
  'bigcommerce-csv.orders',
];

describe('built-in systems', () => {
  test.each(builtInSystems.map((s) => [s.id, s] as const))('%s compiles and is well-formed', (id, system) => {
    expect(fieldMappingSchema.safeParse(system.mapping).success).toBe(true);
    const compiled = compileMapping(system.mapping);
    expect(compiled.mapping.system).toBe(id);
    // API streams are <vendor>.<stream>; file layouts <vendor>-csv.<export>.
    expect(id).toMatch(system.kind === 'api' ? /^[a-z]+\.[a-z]+$/ : /^[a-z]+-csv\.[a-z]+$/);
    expect(id.split(/[-.]/)[0]).toBe(system.vendor);
    expect(system.mapping.source).toBe(system.source);
    expect(conversionSources).toContain(system.source);
    expect(system.docs).toMatch(/^https:\/\//);
    expect(system.refundTreatment.length).toBeGreaterThan(40);
    expect(system.name.length).toBeGreaterThan(0);
  });

  test('every system id is unique', () => {
    const ids = builtInSystems.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('listSystems() returns every built-in system with docs and refund treatment, sorted, without mappings', () => {
    const listed = listSystems();
    expect(listed.map((s) => s.id)).toEqual(
      builtInSystems.map((s) => s.id).sort((a, b) => a.localeCompare(b)),
    );
    for (const id of REQUIRED_IDS) expect(listed.map((s) => s.id)).toContain(id);
    for (const info of listed) {
      expect(info).not.toHaveProperty('mapping');
      expect(info.docs).toBe(systems.get(info.id).docs);
      expect(info.refundTreatment).toBe(systems.get(info.id).refundTreatment);
    }
  });

  test('customer and contact streams are signups or leads without a value rule', () => {
    for (const system of builtInSystems) {
      const type = system.mapping.conversionType;
      if (type !== 'signup' && type !== 'lead') continue;
      expect(system.mapping.fields.some((f) => f.target === 'value')).toBe(false);
      expect(system.mapping.fields.some((f) => f.target.startsWith('identity.'))).toBe(true);
      expect(system.source === 'crm' ? 'lead' : 'signup').toBe(type);
    }
  });

  test('refund streams negate their value and point at what they refund', () => {
    const refundStreams = builtInSystems.filter((s) => s.mapping.conversionType === 'refund');
    expect(refundStreams.map((s) => s.id).sort()).toEqual([
      'shopify.refunds',
      'square.refunds',
      'woocommerce.refunds',
    ]);
    for (const system of refundStreams) {
      const value = system.mapping.fields.find((f) => f.target === 'value');
      expect(value?.transform).toMatchObject({ negate: true });
      expect(system.mapping.fields.find((f) => f.target === 'transactionId')?.required).toBe(true);
    }
  });
});

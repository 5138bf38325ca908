import { identityFragmentTypes } from '../schema/conversion-schema.js';

/** Value kinds a target accepts, used to check transforms at compile time. */
export type TargetKind =
  | 'money'
  | 'timestamp'
  | 'currency'
  | 'number'
  | 'string'
  | 'status'
  | 'conversionType'
  | 'items'
  | 'any';

/** Conversion fields a FieldRule may fill, with the kind of value each takes. */
export const CONVERSION_TARGETS: Readonly<Record<string, TargetKind>> = {
  sourceRecordId: 'string',
  transactionId: 'string',
  conversionType: 'conversionType',
  timestamp: 'timestamp',
  value: 'money',
  currency: 'currency',
  status: 'status',
  quantity: 'number',
  'product.id': 'string',
  'product.sku': 'string',
  'product.name': 'string',
  'product.category': 'string',
  items: 'items',
  'location.id': 'string',
  'location.name': 'string',
  'amounts.subtotal': 'money',
  'amounts.tax': 'money',
  'amounts.tip': 'money',
  'amounts.discount': 'money',
  'amounts.shipping': 'money',
  'amounts.fee': 'money',
  'amounts.refunded': 'money',
  'clickIds.gclid': 'string',
  'clickIds.fbclid': 'string',
  'clickIds.ttclid': 'string',
  'clickIds.msclkid': 'string',
  'utm.source': 'string',
  'utm.medium': 'string',
  'utm.campaign': 'string',
  'utm.term': 'string',
  'utm.content': 'string',
};

/** Fields of a line item that an `items` transform's rules may fill. */
export const ITEM_TARGETS: Readonly<Record<string, TargetKind>> = {
  id: 'string',
  sku: 'string',
  name: 'string',
  category: 'string',
  quantity: 'number',
  unitPrice: 'money',
  total: 'money',
};

const IDENTITY_PREFIX = 'identity.';
const EXTRAS_PREFIX = 'extras.';
const identityTypes = new Set<string>(identityFragmentTypes);

/** The kind of a target, or null when the target does not exist. */
export function targetKind(
  target: string,
  table: Readonly<Record<string, TargetKind>> = CONVERSION_TARGETS,
): TargetKind | null {
  const known = table[target];
  if (known) return known;
  if (table !== CONVERSION_TARGETS) return null;
  if (target.startsWith(IDENTITY_PREFIX))
    return identityTypes.has(target.slice(IDENTITY_PREFIX.length)) ? 'string' : null;
  if (target.startsWith(EXTRAS_PREFIX) && target.length > EXTRAS_PREFIX.length) return 'any';
  return null;
}

/** Every target name, for error messages. */
export function listTargets(): string[] {
  return [
    ...Object.keys(CONVERSION_TARGETS),
    ...identityFragmentTypes.map((t) => `${IDENTITY_PREFIX}${t}`),
    `${EXTRAS_PREFIX}<name>`,
  ];
}

import type { SystemDefinition } from '../../system-registry.js';

/**
 * Generic loyalty-program member list: one record per member. GrowthNav's own layout, the
 * companion of loyalty.transactions (see loyalty-transactions.ts).
 *
 * ```jsonc
 * {
 *   "member_id": "M-0042",                      // required → identity loyalty_id
 *   "enrolled_at": "2024-06-01T09:00:00Z",      // ISO 8601 (required)
 *   "email": "…", "phone": "…", "first_name": "…", "last_name": "…",
 *   "birth_date": "1985-04-12", "postal_code": "…", "country": "US",
 *   "customer_id": "CDRRJYZTE8T3C0GKUKXJ324298", // the member's id in the POS / shop, if known
 *   "tier": "gold", "points_balance": 1200, "status": "active"
 * }
 * ```
 */
export const loyaltyMembers: SystemDefinition = {
  id: 'loyalty.members',
  vendor: 'loyalty',
  name: 'Loyalty program members (generic layout)',
  source: 'loyalty',
  kind: 'api',
  docs: 'https://github.com/growthnav/growthnav/tree/main/packages/conversions/src/systems/vendors/loyalty',
  refundTreatment:
    'Not applicable: a member becomes one signup conversion (value 0) at enrolled_at carrying its identity fragments; tier, balance and status are kept in extras.',
  mapping: {
    version: 1,
    system: 'loyalty.members',
    source: 'loyalty',
    conversionType: 'signup',
    description:
      'One signup conversion (value 0) per loyalty member at enrolled_at (GrowthNav generic layout), with member_id as loyalty_id and the POS customer_id when known.',
    fields: [
      { target: 'sourceRecordId', source: 'member_id' },
      { target: 'timestamp', source: 'enrolled_at', transform: { type: 'timestamp', format: 'iso' } },
      { target: 'identity.loyalty_id', source: 'member_id' },
      { target: 'identity.customer_id', source: 'customer_id' },
      { target: 'identity.email', source: 'email' },
      { target: 'identity.phone', source: 'phone' },
      { target: 'identity.first_name', source: 'first_name' },
      { target: 'identity.last_name', source: 'last_name' },
      { target: 'identity.birth_date', source: 'birth_date' },
      { target: 'identity.postal_code', source: 'postal_code' },
      { target: 'identity.country', source: 'country' },
      { target: 'extras.tier', source: 'tier' },
      { target: 'extras.points_balance', source: 'points_balance', transform: { type: 'number' } },
      { target: 'extras.member_status', source: 'status' },
    ],
  },
};

import type { IdentityFragmentType } from '@growthnav/conversions';
import type { IdentityRecord } from '../records/identity-record.js';

/** A test record from `{ type: value | values }`. */
export function makeRecord(
  id: string,
  fields: Partial<Record<IdentityFragmentType, string | string[]>>,
  sourceSystem = 'test',
): IdentityRecord {
  const fragments = Object.entries(fields).flatMap(([type, v]) =>
    (Array.isArray(v) ? v : [v]).map((value) => ({
      type: type as IdentityFragmentType,
      value: value as string,
    })),
  );
  return { id, sourceSystem, fragments };
}

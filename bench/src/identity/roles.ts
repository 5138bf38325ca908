import type { IdentityRecord, IdentityRecordFragment } from '@growthnav/identity';

/** Identity roles a column can play (the Conversion identity fragment types), plus `source`. */
export const identityRoles = [
  'email',
  'phone',
  'first_name',
  'last_name',
  'full_name',
  'customer_id',
  'customer_reference',
  'contact_id',
  'loyalty_id',
  'company',
  'address_line',
  'city',
  'region',
  'postal_code',
  'country',
  'birth_date',
  'ip_address',
  'source',
] as const;
export type IdentityRole = (typeof identityRoles)[number];

/** Role → column groups; the columns of one group are joined with a space (street number + street). */
export type RoleMapping = Partial<Record<IdentityRole, string[][]>>;

/** Parses `role=column[+column],role=column,…`; a role may repeat (two email columns). */
export function parseRoles(spec: string): RoleMapping {
  const out: RoleMapping = {};
  for (const part of spec.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) throw new Error(`--columns: "${part}" is not role=column`);
    const role = part.slice(0, eq).trim() as IdentityRole;
    if (!identityRoles.includes(role)) {
      throw new Error(`--columns: unknown role "${role}"; roles: ${identityRoles.join(', ')}`);
    }
    out[role] = out[role] ?? [];
    out[role].push(
      part
        .slice(eq + 1)
        .split('+')
        .map((c) => c.trim()),
    );
  }
  return out;
}

/**
 * Discovery target → identity role. Discovery's identity vocabulary uses the
 * fragment type names, so the mapping is one to one; every other target
 * (transaction_id, value, …) plays no identity role.
 */
const targetToRole: Record<string, IdentityRole> = Object.fromEntries(
  identityRoles.filter((r) => r !== 'source').map((r) => [r, r]),
) as Record<string, IdentityRole>;

/** Confidence below which a discovery suggestion is not used as a role. */
const MIN_ROLE_CONFIDENCE = 0.5;

/**
 * Column roles from @growthnav/discovery: profile the columns, take each
 * column's suggested target when it is an identity field.
 */
export async function inferRoles(
  header: string[],
  rows: string[][],
  exclude: string[],
): Promise<RoleMapping> {
  let discovery: Record<string, unknown>;
  try {
    discovery = await import('@growthnav/discovery');
  } catch (cause) {
    throw new Error(
      `@growthnav/discovery could not be loaded (${String(cause)}). Pass --columns role=column,… instead.`,
    );
  }
  const profileColumns = discovery.profileColumns as
    | ((rows: Record<string, string>[], options?: unknown) => Promise<unknown[]> | unknown[])
    | undefined;
  const suggestMappings = discovery.suggestMappings as
    | ((
        profiles: unknown[],
        options?: unknown,
      ) => { sourceField: string; targetField: string | null; confidence: number }[])
    | undefined;
  if (typeof profileColumns !== 'function' || typeof suggestMappings !== 'function') {
    throw new Error(
      '@growthnav/discovery does not export profileColumns/suggestMappings yet, so column roles cannot be inferred. Pass --columns role=column,… (e.g. --columns first_name=given_name,last_name=surname,birth_date=dob).',
    );
  }
  const sample = rows.slice(0, 2000).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  const profiles = await profileColumns(sample);
  const suggestions = await suggestMappings(profiles);
  const out: RoleMapping = {};
  for (const s of suggestions) {
    if (exclude.includes(s.sourceField) || s.targetField === null || s.confidence < MIN_ROLE_CONFIDENCE)
      continue;
    const role = targetToRole[s.targetField];
    if (role) out[role] = [...(out[role] ?? []), [s.sourceField]];
  }
  if (Object.keys(out).length === 0) {
    throw new Error('discovery found no identity columns; pass --columns role=column,…');
  }
  return out;
}

/** Turns CSV rows into identity records, one at a time as the rows arrive (columns are checked at once). */
export function rowsToRecords(
  header: string[],
  rows: Iterable<string[]>,
  idColumn: string,
  roles: RoleMapping,
  defaultSource: string,
): Iterable<IdentityRecord> {
  const index = (c: string) => {
    const i = header.indexOf(c);
    if (i < 0)
      throw new Error(`--columns names "${c}", which is not a column; columns: ${header.join(', ')}`);
    return i;
  };
  const idIndex = index(idColumn);
  const sourceIndex = roles.source?.[0] ? index(roles.source[0][0]!) : -1;
  const plan: { type: IdentityRecordFragment['type']; columns: number[] }[] = [];
  for (const [role, groups] of Object.entries(roles) as [IdentityRole, string[][]][]) {
    if (role === 'source') continue;
    for (const g of groups) plan.push({ type: role, columns: g.map(index) });
  }
  return (function* () {
    for (const row of rows) {
      const fragments: IdentityRecordFragment[] = [];
      for (const p of plan) {
        const value =
          p.columns.length === 1
            ? (row[p.columns[0]!] ?? '')
            : p.columns
                .map((c) => row[c] ?? '')
                .filter((v) => v !== '')
                .join(' ');
        if (value !== '') fragments.push({ type: p.type, value });
      }
      yield {
        id: row[idIndex] ?? '',
        sourceSystem: sourceIndex >= 0 ? (row[sourceIndex] ?? defaultSource) : defaultSource,
        fragments,
      };
    }
  })();
}

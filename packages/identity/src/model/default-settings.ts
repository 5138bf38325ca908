import type { IdentityColumn, PreparedRecords } from '../records/prepare-records.js';
import type { BlockingRule } from './block-records.js';
import type { ComparisonSpec } from './comparison.js';

/**
 * Jaro–Winkler 0.92 catches one typo in a name of six or more letters
 * (jonathan / jonathon 0.95); 0.80 catches heavier misspellings while staying
 * under most different names (john / jane 0.70). Values follow Splink's name
 * comparison defaults.
 */
export const NAME_CLOSE_JW = 0.92;
export const NAME_FAR_JW = 0.8;

const comparisonsByColumn: Partial<Record<IdentityColumn, ComparisonSpec>> = {
  first_name: {
    name: 'first_name',
    column: 'first_name',
    levels: [
      { kind: 'exact', termFrequency: true },
      { kind: 'exact', column: 'first_name_formal', label: 'same name after nicknames' },
      { kind: 'swapped', otherColumn: 'last_name', label: 'swapped with last name' },
      { kind: 'jaroWinkler', min: NAME_CLOSE_JW },
      { kind: 'jaroWinkler', min: NAME_FAR_JW },
      { kind: 'initial' },
      { kind: 'else' },
    ],
  },
  last_name: {
    name: 'last_name',
    column: 'last_name',
    levels: [
      { kind: 'exact', termFrequency: true },
      { kind: 'swapped', otherColumn: 'first_name', label: 'swapped with first name' },
      { kind: 'jaroWinkler', min: NAME_CLOSE_JW },
      { kind: 'jaroWinkler', min: NAME_FAR_JW },
      { kind: 'else' },
    ],
  },
  birth_date: {
    name: 'birth_date',
    column: 'birth_date',
    levels: [
      { kind: 'exact', termFrequency: true },
      { kind: 'levenshtein', max: 1, label: 'one digit off' },
      { kind: 'dateSwap' },
      { kind: 'levenshtein', max: 2, label: 'two digits off' },
      { kind: 'else' },
    ],
  },
  email: {
    name: 'email',
    column: 'email',
    levels: [
      { kind: 'exact', termFrequency: true },
      { kind: 'exact', column: 'email_local', label: 'same user name' },
      // No "similar user name" level: user names are mostly built from the
      // person's name, so their similarity repeats the name comparisons.
      { kind: 'levenshtein', max: 1, label: 'one typo', sameDigits: true },
      { kind: 'else' },
    ],
  },
  phone: {
    name: 'phone',
    column: 'phone',
    levels: [
      { kind: 'exact', termFrequency: true },
      { kind: 'levenshtein', max: 1, label: 'one digit off' },
      { kind: 'levenshtein', max: 2, label: 'two digits off' },
      { kind: 'else' },
    ],
  },
  postal_code: {
    name: 'postal_code',
    column: 'postal_code',
    levels: [{ kind: 'exact', termFrequency: true }, { kind: 'levenshtein', max: 1 }, { kind: 'else' }],
  },
  city: {
    name: 'city',
    column: 'city',
    levels: [{ kind: 'exact', termFrequency: true }, { kind: 'jaroWinkler', min: 0.9 }, { kind: 'else' }],
  },
  address_line: {
    name: 'address_line',
    column: 'address_line',
    levels: [
      { kind: 'exact', termFrequency: true },
      { kind: 'jaroWinkler', min: 0.9 },
      { kind: 'jaroWinkler', min: 0.8 },
      { kind: 'else' },
    ],
  },
  customer_reference: {
    name: 'customer_reference',
    column: 'customer_reference',
    levels: [
      { kind: 'exact' },
      { kind: 'levenshtein', max: 1 },
      { kind: 'levenshtein', max: 2 },
      { kind: 'else' },
    ],
  },
  company: {
    name: 'company',
    column: 'company',
    levels: [{ kind: 'exact', termFrequency: true }, { kind: 'jaroWinkler', min: 0.9 }, { kind: 'else' }],
  },
  region: {
    name: 'region',
    column: 'region',
    levels: [{ kind: 'exact', termFrequency: true }, { kind: 'else' }],
  },
};

/**
 * A column needs values on at least this share of records to be worth a
 * comparison: below it the column adds parameters EM cannot estimate well.
 */
export const MIN_COLUMN_COVERAGE = 0.01;

function present(prepared: PreparedRecords, column: IdentityColumn): boolean {
  return prepared.columns[column].nonNull >= Math.max(2, prepared.size * MIN_COLUMN_COVERAGE);
}

/** The default comparisons for the columns the records have. */
export function defaultComparisons(prepared: PreparedRecords): ComparisonSpec[] {
  const out: ComparisonSpec[] = [];
  for (const [col, spec] of Object.entries(comparisonsByColumn) as [IdentityColumn, ComparisonSpec][]) {
    if (present(prepared, col)) out.push(spec);
  }
  return out;
}

const candidateRules: BlockingRule[] = [
  { name: 'email', keys: [{ column: 'email' }] },
  { name: 'phone', keys: [{ column: 'phone' }] },
  { name: 'customer_reference', keys: [{ column: 'customer_reference' }] },
  { name: 'first_name+last_name', keys: [{ column: 'first_name_formal' }, { column: 'last_name' }] },
  { name: 'last_name+birth_date', keys: [{ column: 'last_name' }, { column: 'birth_date' }] },
  { name: 'first_name+birth_date', keys: [{ column: 'first_name_formal' }, { column: 'birth_date' }] },
  { name: 'birth_date+postal_code', keys: [{ column: 'birth_date' }, { column: 'postal_code' }] },
  {
    name: 'soundex(first_name)+soundex(last_name)',
    keys: [
      { column: 'first_name', transform: 'soundex' },
      { column: 'last_name', transform: 'soundex' },
    ],
    // Sounds-alike names recover misspelt names, at the cost of many pairs on
    // common names: used while within the pair budget.
    optional: true,
  },
  {
    name: 'postal_code+initial(last_name)+initial(first_name)',
    keys: [
      { column: 'postal_code' },
      { column: 'last_name', transform: 'initial' },
      { column: 'first_name', transform: 'initial' },
    ],
  },
  { name: 'email_local', keys: [{ column: 'email_local' }] },
  {
    name: 'address_line+postal_code',
    keys: [{ column: 'address_line' }, { column: 'postal_code' }],
  },
  { name: 'birth_date', keys: [{ column: 'birth_date' }], optional: true },
  { name: 'last_name', keys: [{ column: 'last_name' }], optional: true },
  { name: 'first_name', keys: [{ column: 'first_name_formal' }], optional: true },
  { name: 'prefix3(email_local)', keys: [{ column: 'email_local', transform: 'prefix3' }], optional: true },
  { name: 'postal_code', keys: [{ column: 'postal_code' }], optional: true },
  { name: 'city', keys: [{ column: 'city' }], optional: true },
];

/** The default blocking rules for the columns the records have. */
export function defaultBlockingRules(prepared: PreparedRecords): BlockingRule[] {
  return candidateRules.filter((r) => r.keys.every((k) => present(prepared, k.column)));
}

import {
  type CountryCode,
  canonicalDate,
  canonicalEmail,
  canonicalFirstName,
  canonicalName,
  canonicalPhone,
  canonicalPostalCode,
  isPlaceholderEmail,
  isPlaceholderPhone,
} from '../canonical/index.js';
import { IdentityError } from '../errors.js';
import { soundex } from '../similarity/soundex.js';
import type { IdentityRecord, IdentityRecordFragment } from './identity-record.js';

/**
 * Columns linkers compare and block on. Each holds canonical values:
 * `first_name` is the canonical spelling, `first_name_formal` the nickname-resolved
 * one (bob → robert), `email` the mailbox match key, `email_local` its part before
 * `@`, `phone` E.164, `birth_date` YYYY-MM-DD, `account` a system id scoped by
 * system (`customer_id|square|C123`).
 */
export const identityColumns = [
  'first_name',
  'first_name_formal',
  'last_name',
  'email',
  'email_local',
  'phone',
  'birth_date',
  'postal_code',
  'city',
  'region',
  'country',
  'address_line',
  'company',
  'customer_reference',
  'ip_address',
  'account',
] as const;
export type IdentityColumn = (typeof identityColumns)[number];

/** One dictionary-encoded column: per record a value code, or -1 when missing. */
export interface PreparedColumn {
  readonly name: IdentityColumn;
  /** First value code per record; -1 = missing. */
  readonly codes: Int32Array;
  /** Further value codes of records with more than one value (a second email …). */
  readonly more: Map<number, number[]>;
  /** Distinct canonical values, indexed by code. */
  readonly values: string[];
  /** Records holding each value (term frequency numerator). */
  readonly counts: number[];
  /** Records with at least one value. */
  nonNull: number;
}

/** Why values were left out while preparing. */
export interface PrepareWarning {
  code: 'PLACEHOLDER_VALUE' | 'UNREADABLE_VALUE' | 'COMMON_VALUE';
  column: IdentityColumn | 'full_name';
  /** How many values this applies to. */
  count: number;
  /** Up to five examples. */
  examples: string[];
  message: string;
}

/** Records in columnar, canonical form, ready for blocking, comparison and linking. */
export interface PreparedRecords {
  readonly size: number;
  readonly ids: string[];
  /** Source system index per record (into `sourceNames`). */
  readonly sources: Int32Array;
  readonly sourceNames: string[];
  readonly columns: Readonly<Record<IdentityColumn, PreparedColumn>>;
  readonly warnings: PrepareWarning[];
}

export interface PrepareRecordsOptions {
  /** Region of phone numbers written without a country code. Default `'US'`. */
  defaultRegion?: CountryCode;
  /**
   * An email or phone shared by more than this many records carrying different
   * names is treated as a placeholder ("0000000000", "noemail@store.com" that
   * the placeholder lists do not know). Default {@link COMMON_VALUE_DISTINCT_NAMES}.
   */
  commonValueDistinctNames?: number;
}

/**
 * A real shared phone or email (a household, a small office) carries a handful
 * of different people; a value typed in for customers who gave none carries
 * dozens. 12 distinct name signatures (surname Soundex + first initial) leaves
 * room for large families and spelling drift of one person's name.
 */
export const COMMON_VALUE_DISTINCT_NAMES = 12;

/** Name values that say "no name given". */
const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set([
  'unknown',
  'na',
  'n a',
  'none',
  'null',
  'nil',
  'test',
  'guest',
  'customer',
  'walk in',
  'walkin',
  'anonymous',
  'no name',
  'noname',
  'xxx',
  'x',
  'tbd',
  'cash',
]);

/** Memo markers for values that parsed but are placeholders. */
const PLACEHOLDER = { email: '', matchKey: '' };
/** Marks a phone that parsed but is a placeholder, in resolved phone maps. */
export const PLACEHOLDER_PHONE = '\u0000placeholder';

class ColumnBuilder {
  readonly codes: Int32Array;
  readonly more = new Map<number, number[]>();
  readonly values: string[] = [];
  readonly counts: number[] = [];
  private readonly index = new Map<string, number>();
  nonNull = 0;
  constructor(
    readonly name: IdentityColumn,
    capacity: number,
  ) {
    this.codes = new Int32Array(capacity).fill(-1);
  }
  add(record: number, value: string): void {
    let code = this.index.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.counts.push(0);
      this.index.set(value, code);
    }
    const first = this.codes[record]!;
    if (first === -1) {
      this.codes[record] = code;
      this.counts[code]!++;
      this.nonNull++;
      return;
    }
    if (first === code) return;
    let list = this.more.get(record);
    if (list === undefined) {
      list = [];
      this.more.set(record, list);
    }
    if (list.includes(code)) return;
    list.push(code);
    this.counts[code]!++;
  }
  build(): PreparedColumn {
    return {
      name: this.name,
      codes: this.codes,
      more: this.more,
      values: this.values,
      counts: this.counts,
      nonNull: this.nonNull,
    };
  }
}

class WarningTally {
  private readonly tallies = new Map<string, PrepareWarning>();
  add(code: PrepareWarning['code'], column: PrepareWarning['column'], value: string, message: string): void {
    const key = `${code}|${column}`;
    let w = this.tallies.get(key);
    if (w === undefined) {
      w = { code, column, count: 0, examples: [], message };
      this.tallies.set(key, w);
    }
    w.count++;
    if (w.examples.length < 5 && !w.examples.includes(value)) w.examples.push(value);
  }
  list(): PrepareWarning[] {
    return [...this.tallies.values()];
  }
}

/** Phone separators that do not change what a number parses to: the memo key drops them. */
const PHONE_SEPARATORS = /[\s().\-/]/g;
/** A North American number written as 10 digits, 1 + 10 digits or +1 + 10 digits. */
const NANP_SPELLINGS = /^(?:\+?1)?(\d{10})$/;
const NANP_REGIONS: ReadonlySet<string> = new Set(['US', 'CA']);
const ASCII = /^[\x20-\x7e]*$/;

/**
 * Memo key of a phone: separators dropped and, in a North American default
 * region, the three spellings of one number folded together, so each number
 * is parsed once however it was written.
 */
function phoneMemoKey(raw: string, region: string): string {
  const key = raw.replace(PHONE_SEPARATORS, '');
  if (!NANP_REGIONS.has(region)) return key;
  const m = NANP_SPELLINGS.exec(key);
  return m ? m[1]! : key;
}

/**
 * Canonicalises every fragment of every record into dictionary-encoded
 * columns. Empty, whitespace-only, unreadable and placeholder values are left
 * out (counted in `warnings`), so they can neither block nor link.
 */
export function prepareRecords(
  records: Iterable<IdentityRecord> | readonly IdentityRecord[],
  options: PrepareRecordsOptions = {},
): PreparedRecords {
  const started = beginPrepareRecords(records, options);
  const region = options.defaultRegion ?? 'US';
  return started.finish(resolvePhones(started.pendingPhones, region));
}

/** Canonical E.164 (or null, or the placeholder marker) of each phone memo key; `raws` maps key → one raw spelling. */
export function resolvePhones(
  raws: ReadonlyMap<string, string>,
  region: CountryCode,
): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const [key, raw] of raws) {
    let e164 = canonicalPhone(raw, { defaultRegion: region })?.e164 ?? null;
    if (e164 !== null && isPlaceholderPhone(e164)) e164 = PLACEHOLDER_PHONE;
    out.set(key, e164);
  }
  return out;
}

/** Phone memo keys (→ one raw spelling each) of all records, for resolving them ahead of a prepare pass. */
export function collectPhoneKeys(records: readonly IdentityRecord[], region: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of records) {
    for (const f of r.fragments) {
      if (f.type !== 'phone' || typeof f.value !== 'string' || f.value.trim() === '') continue;
      const key = phoneMemoKey(f.value, region);
      if (!out.has(key)) out.set(key, f.value);
    }
  }
  return out;
}

/**
 * First phase of preparing: everything but phones, which are deferred (phone
 * parsing dominates large runs and can happen elsewhere, e.g. on a worker
 * thread). `finish` adds the phones in record order, so the result equals a
 * one-pass prepare.
 */
export function beginPrepareRecords(
  records: Iterable<IdentityRecord> | readonly IdentityRecord[],
  options: PrepareRecordsOptions = {},
): {
  pendingPhones: Map<string, string>;
  finish(resolved: ReadonlyMap<string, string | null>): PreparedRecords;
} {
  const list = Array.isArray(records) ? (records as readonly IdentityRecord[]) : [...records];
  const n = list.length;
  const defaultRegion = options.defaultRegion ?? 'US';
  const commonLimit = options.commonValueDistinctNames ?? COMMON_VALUE_DISTINCT_NAMES;
  const builders = Object.fromEntries(identityColumns.map((c) => [c, new ColumnBuilder(c, n)])) as Record<
    IdentityColumn,
    ColumnBuilder
  >;
  const ids: string[] = new Array(n);
  const seen = new Set<string>();
  const sources = new Int32Array(n);
  const sourceNames: string[] = [];
  const sourceIndex = new Map<string, number>();
  const warnings = new WarningTally();
  const pendingPhones = new Map<string, string>();
  // Deferred phone fragments, flat: record index, memo key, raw value.
  const deferred: (number | string)[] = [];
  const emailMemo = new Map<string, { email: string; matchKey: string } | null>();
  const nameMemo = new Map<string, string>();
  const dateMemo = new Map<string, string | null>();
  const postalMemo = new Map<string, string | null>();
  const formalMemo = new Map<string, string>();
  const name = (raw: string): string => {
    // canonicalName lowercases, so ASCII spellings differing only in case share a memo entry.
    const key = ASCII.test(raw) ? raw.toLowerCase() : raw;
    let v = nameMemo.get(key);
    if (v === undefined) {
      v = canonicalName(raw);
      if (PLACEHOLDER_NAMES.has(v)) v = '';
      nameMemo.set(key, v);
    }
    return v;
  };
  const formal = (canonical: string): string => {
    let v = formalMemo.get(canonical);
    if (v === undefined) {
      v = canonicalFirstName(canonical);
      formalMemo.set(canonical, v);
    }
    return v;
  };

  for (let r = 0; r < n; r++) {
    const record = list[r]!;
    const id = record.id;
    if (typeof id !== 'string' || id.length === 0) {
      throw new IdentityError({
        code: 'INVALID_IDENTITY_OPTIONS',
        message: `Record at position ${r} has no id. Give every record a unique, non-empty string id.`,
      });
    }
    if (seen.has(id)) {
      throw new IdentityError({
        code: 'DUPLICATE_RECORD_ID',
        message: `Record id "${id}" appears twice. Record ids must be unique within one run; prefix them with the source system if two systems reuse ids.`,
      });
    }
    seen.add(id);
    ids[r] = id;
    const system = record.sourceSystem ?? 'default';
    let s = sourceIndex.get(system);
    if (s === undefined) {
      s = sourceNames.length;
      sourceNames.push(system);
      sourceIndex.set(system, s);
    }
    sources[r] = s;
    addFragments(r, record.fragments, system);
  }

  function addFragments(r: number, fragments: readonly IdentityRecordFragment[], system: string): void {
    let first = '';
    let last = '';
    let full = '';
    let country: string | undefined;
    for (const f of fragments)
      if (f.type === 'country' && typeof f.value === 'string') country = f.value.trim();
    for (const f of fragments) {
      const raw = typeof f.value === 'string' ? f.value : '';
      if (raw.trim() === '') continue;
      switch (f.type) {
        case 'email': {
          // canonicalEmail trims and lowercases, so ASCII spellings differing only in case share a memo entry.
          const key = ASCII.test(raw) ? raw.trim().toLowerCase() : raw;
          let c = emailMemo.get(key);
          if (c === undefined) {
            c = canonicalEmail(raw);
            if (c !== null && isPlaceholderEmail(c.email)) c = PLACEHOLDER;
            emailMemo.set(key, c);
          }
          if (c === null) {
            warnings.add('UNREADABLE_VALUE', 'email', raw, 'Not an email address; left out.');
          } else if (c === PLACEHOLDER) {
            warnings.add('PLACEHOLDER_VALUE', 'email', raw, 'Placeholder email; left out.');
          } else {
            builders.email.add(r, c.matchKey);
            builders.email_local.add(r, c.matchKey.slice(0, c.matchKey.lastIndexOf('@')));
          }
          break;
        }
        case 'phone': {
          const key = phoneMemoKey(raw, defaultRegion);
          if (!pendingPhones.has(key)) pendingPhones.set(key, raw);
          deferred.push(r, key, raw);
          break;
        }
        case 'first_name':
          if (first === '') first = name(raw);
          break;
        case 'last_name':
          if (last === '') last = name(raw);
          break;
        case 'full_name':
          if (full === '') {
            // "Last, First" is the one order a comma makes unambiguous.
            const comma = raw.indexOf(',');
            full = comma > 0 ? `${raw.slice(comma + 1)} ${raw.slice(0, comma)}` : raw;
            full = name(full);
          }
          break;
        case 'birth_date': {
          let d = dateMemo.get(raw);
          if (d === undefined) {
            d = canonicalDate(raw);
            dateMemo.set(raw, d);
          }
          if (d === null) warnings.add('UNREADABLE_VALUE', 'birth_date', raw, 'Not a date; left out.');
          else builders.birth_date.add(r, d);
          break;
        }
        case 'postal_code': {
          const memoKey = `${country ?? ''}|${raw}`;
          let p = postalMemo.get(memoKey);
          if (p === undefined) {
            p = canonicalPostalCode(raw, country);
            postalMemo.set(memoKey, p);
          }
          if (p === null)
            warnings.add('UNREADABLE_VALUE', 'postal_code', raw, 'Not a postal code; left out.');
          else builders.postal_code.add(r, p);
          break;
        }
        case 'city':
        case 'region':
        case 'country':
        case 'address_line':
        case 'company': {
          const v = name(raw);
          if (v !== '') builders[f.type].add(r, v);
          break;
        }
        case 'customer_reference': {
          const v = raw.trim().toLowerCase().replace(/\s+/g, '');
          if (v !== '') builders.customer_reference.add(r, v);
          break;
        }
        case 'ip_address':
          builders.ip_address.add(r, raw.trim().toLowerCase());
          break;
        case 'customer_id':
        case 'contact_id':
        case 'loyalty_id':
          builders.account.add(r, `${f.type}|${f.sourceSystem ?? system}|${raw.trim()}`);
          break;
      }
    }
    if (full !== '' && (first === '' || last === '')) {
      const tokens = full.split(' ');
      if (first === '') first = tokens[0]!;
      if (last === '' && tokens.length > 1) last = tokens[tokens.length - 1]!;
    }
    if (first !== '') {
      builders.first_name.add(r, first);
      builders.first_name_formal.add(r, formal(first));
    }
    if (last !== '') builders.last_name.add(r, last);
  }

  function finish(resolved: ReadonlyMap<string, string | null>): PreparedRecords {
    for (let k = 0; k < deferred.length; k += 3) {
      const r = deferred[k] as number;
      const key = deferred[k + 1] as string;
      const raw = deferred[k + 2] as string;
      const e164 = resolved.get(key) ?? null;
      if (e164 === null) warnings.add('UNREADABLE_VALUE', 'phone', raw, 'Not a phone number; left out.');
      else if (e164 === PLACEHOLDER_PHONE) {
        warnings.add('PLACEHOLDER_VALUE', 'phone', raw, 'Placeholder phone; left out.');
      } else builders.phone.add(r, e164);
    }
    const columns = Object.fromEntries(identityColumns.map((c) => [c, builders[c].build()])) as Record<
      IdentityColumn,
      PreparedColumn
    >;
    const warningList = warnings.list();
    for (const c of ['email', 'phone'] as const) dropCommonValues(columns, c, commonLimit, warningList);
    return { size: n, ids, sources, sourceNames, columns, warnings: warningList };
  }
  return { pendingPhones, finish };
}

/** Removes values of `column` held by more than `limit` differently named records (a COMMON_VALUE warning says which). */
export function dropCommonValues(
  columns: Record<IdentityColumn, PreparedColumn>,
  column: 'email' | 'phone',
  limit: number = COMMON_VALUE_DISTINCT_NAMES,
  warnings: PrepareWarning[],
): void {
  if (limit === Number.POSITIVE_INFINITY) return;
  const col = columns[column];
  const suspects = new Set<number>();
  for (let code = 0; code < col.counts.length; code++) if (col.counts[code]! > limit) suspects.add(code);
  if (suspects.size === 0) return;
  const signatures = new Map<number, Set<string>>();
  const first = columns.first_name;
  const last = columns.last_name;
  const n = col.codes.length;
  const visit = (r: number, code: number) => {
    if (!suspects.has(code)) return;
    const f = first.codes[r]!;
    const l = last.codes[r]!;
    if (f < 0 && l < 0) return;
    let set = signatures.get(code);
    if (set === undefined) {
      set = new Set();
      signatures.set(code, set);
    }
    if (set.size > limit) return;
    set.add(`${l < 0 ? '' : soundex(last.values[l]!)}|${f < 0 ? '' : first.values[f]!.charAt(0)}`);
  };
  for (let r = 0; r < n; r++) {
    const c = col.codes[r]!;
    if (c < 0) continue;
    visit(r, c);
    const more = col.more.get(r);
    if (more) for (const m of more) visit(r, m);
  }
  const dropped = new Set<number>();
  for (const [code, set] of signatures) if (set.size > limit) dropped.add(code);
  if (dropped.size === 0) return;
  const examples = [...dropped].slice(0, 5).map((code) => col.values[code]!);
  warnings.push({
    code: 'COMMON_VALUE',
    column,
    count: dropped.size,
    examples,
    message: `Shared by more than ${limit} differently named records, so treated as a placeholder and left out.`,
  });
  const local = column === 'email' ? columns.email_local : undefined;
  for (let r = 0; r < n; r++) {
    const c = col.codes[r]!;
    if (c < 0) continue;
    const more = col.more.get(r);
    const keep = [c, ...(more ?? [])].filter((x) => !dropped.has(x));
    if (keep.length === 1 + (more?.length ?? 0)) continue;
    for (const x of [c, ...(more ?? [])]) if (dropped.has(x)) col.counts[x]!--;
    if (keep.length === 0) {
      col.codes[r] = -1;
      col.more.delete(r);
      col.nonNull--;
      if (local) {
        local.codes[r] = -1;
        local.more.delete(r);
      }
    } else {
      col.codes[r] = keep[0]!;
      if (keep.length > 1) col.more.set(r, keep.slice(1));
      else col.more.delete(r);
    }
  }
}

import {
  type CountryCode,
  canonicalDate,
  canonicalEmail,
  canonicalFirstName,
  canonicalName,
  canonicalPhone,
  canonicalPostalCode,
  isPlaceholderPhone,
} from '../canonical/index.js';
import { isPlaceholderCanonicalEmail } from '../canonical/is-placeholder-email.js';
import { IdentityError } from '../errors.js';
import { soundex } from '../similarity/soundex.js';
import { StringTable } from '../tables/string-table.js';
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

/** Marks a phone that parsed but is a placeholder, in resolved phone lists. */
export const PLACEHOLDER_PHONE = '\u0000placeholder';

/** Value codes of memoised raw values that add nothing: left out, unreadable, placeholder. */
const SKIP = -1;
const UNREADABLE = -2;
const PLACEHOLDER = -3;

/** A growable Int32Array. */
function ensureLength(a: Int32Array<ArrayBuffer>, length: number, fill = 0): Int32Array<ArrayBuffer> {
  if (length <= a.length) return a;
  const grown = new Int32Array(Math.max(length, a.length * 2));
  if (fill !== 0) grown.fill(fill, a.length);
  grown.set(a);
  return grown;
}

class ColumnBuilder {
  /** Value code per record, grown as records arrive (-1 = missing). */
  codes: Int32Array<ArrayBuffer>;
  readonly more = new Map<number, number[]>();
  private readonly index = new StringTable();
  readonly values: string[] = this.index.keys;
  readonly counts: number[] = [];
  nonNull = 0;
  constructor(
    readonly name: IdentityColumn,
    capacity: number,
  ) {
    this.codes = new Int32Array(capacity).fill(-1);
  }
  /** The code of a canonical value, assigning the next one to a new value. */
  intern(value: string): number {
    const code = this.index.intern(value);
    if (code === this.counts.length) this.counts.push(0);
    return code;
  }
  add(record: number, value: string): void {
    this.addCode(record, this.intern(value));
  }
  addCode(record: number, code: number): void {
    if (record >= this.codes.length) this.codes = ensureLength(this.codes, record + 1, -1);
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
  build(size: number): PreparedColumn {
    let codes = this.codes;
    if (codes.length !== size) {
      const exact = new Int32Array(size).fill(-1);
      exact.set(codes.subarray(0, Math.min(size, codes.length)));
      codes = exact;
    }
    return {
      name: this.name,
      codes,
      more: this.more,
      values: this.values,
      counts: this.counts,
      nonNull: this.nonNull,
    };
  }
}

/**
 * Raw value → value code (or SKIP, UNREADABLE, PLACEHOLDER), computed once per
 * distinct raw value: customers' values repeat across their records, so most
 * fragments cost one lookup.
 */
class CodeMemo {
  private readonly table = new StringTable();
  private codes = new Int32Array(256);
  constructor(private readonly compute: (raw: string) => number) {}
  code(raw: string): number {
    const known = this.table.size;
    const id = this.table.intern(raw);
    if (id < known) return this.codes[id]!;
    const code = this.compute(raw);
    this.codes = ensureLength(this.codes, id + 1);
    this.codes[id] = code;
    return code;
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
  return started.finish(resolvePhones(started.phoneSpellings, region));
}

/** Canonical E.164 (or null, or {@link PLACEHOLDER_PHONE}) of each raw phone spelling, in order. */
export function resolvePhones(raws: readonly string[], region: CountryCode): (string | null)[] {
  const out: (string | null)[] = new Array(raws.length);
  for (let k = 0; k < raws.length; k++) {
    let e164 = canonicalPhone(raws[k]!, { defaultRegion: region })?.e164 ?? null;
    if (e164 !== null && isPlaceholderPhone(e164)) e164 = PLACEHOLDER_PHONE;
    out[k] = e164;
  }
  return out;
}

/**
 * First phase of preparing: everything but phones, whose distinct spellings
 * are collected (one per memo key, the first seen) so they can be parsed
 * elsewhere, e.g. partly on a worker thread. `finish` takes the parsed
 * spellings in `phoneSpellings` order and adds the phones in record order, so
 * the result equals a one-pass prepare.
 */
export function beginPrepareRecords(
  records: Iterable<IdentityRecord> | readonly IdentityRecord[],
  options: PrepareRecordsOptions = {},
): {
  /** One raw spelling per phone memo key, in order of first appearance. */
  phoneSpellings: string[];
  finish(resolved: readonly (string | null)[]): PreparedRecords;
} {
  // Records are read once, in order, so an iterable is consumed as it goes (never held in memory here).
  const capacity = Array.isArray(records) ? records.length : 1024;
  const defaultRegion = options.defaultRegion ?? 'US';
  const commonLimit = options.commonValueDistinctNames ?? COMMON_VALUE_DISTINCT_NAMES;
  const builders = Object.fromEntries(
    identityColumns.map((c) => [c, new ColumnBuilder(c, capacity)]),
  ) as Record<IdentityColumn, ColumnBuilder>;
  const ids = new StringTable();
  let sources = new Int32Array(capacity);
  const sourceNames: string[] = [];
  const sourceIndex = new Map<string, number>();
  const warnings = new WarningTally();

  /** email_local code of each email code. */
  const localOfEmail: number[] = [];
  const emails = new CodeMemo((raw) => {
    if (raw.trim() === '') return SKIP;
    const c = canonicalEmail(raw);
    if (c === null) return UNREADABLE;
    if (isPlaceholderCanonicalEmail(c)) return PLACEHOLDER;
    const code = builders.email.intern(c.matchKey);
    if (localOfEmail[code] === undefined) {
      localOfEmail[code] = builders.email_local.intern(c.matchKey.slice(0, c.matchKey.lastIndexOf('@')));
    }
    return code;
  });
  const dates = new CodeMemo((raw) => {
    if (raw.trim() === '') return SKIP;
    const d = canonicalDate(raw);
    return d === null ? UNREADABLE : builders.birth_date.intern(d);
  });
  const postalByCountry = new Map<string, CodeMemo>();
  const postalMemo = (country: string | undefined): CodeMemo => {
    const key = country ?? '';
    let memo = postalByCountry.get(key);
    if (memo === undefined) {
      memo = new CodeMemo((raw) => {
        if (raw.trim() === '') return SKIP;
        const p = canonicalPostalCode(raw, country);
        return p === null ? UNREADABLE : builders.postal_code.intern(p);
      });
      postalByCountry.set(key, memo);
    }
    return memo;
  };
  const placeMemo = (column: 'city' | 'region' | 'country' | 'address_line' | 'company') =>
    new CodeMemo((raw) => {
      const v = canonicalName(raw);
      return v === '' || PLACEHOLDER_NAMES.has(v) ? SKIP : builders[column].intern(v);
    });
  const places = {
    city: placeMemo('city'),
    region: placeMemo('region'),
    country: placeMemo('country'),
    address_line: placeMemo('address_line'),
    company: placeMemo('company'),
  };
  const references = new CodeMemo((raw) => {
    const v = raw.trim().toLowerCase().replace(/\s+/g, '');
    return v === '' ? SKIP : builders.customer_reference.intern(v);
  });
  const ips = new CodeMemo((raw) =>
    raw.trim() === '' ? SKIP : builders.ip_address.intern(raw.trim().toLowerCase()),
  );

  // Names: an entry per canonical name, holding its code in first_name, first_name_formal and last_name.
  const nameValues = new StringTable();
  let firstCodes = new Int32Array(256).fill(-1);
  let formalCodes = new Int32Array(256).fill(-1);
  let lastCodes = new Int32Array(256).fill(-1);
  const entryOf = (value: string): number => {
    const entry = nameValues.intern(value);
    if (entry >= firstCodes.length) {
      firstCodes = ensureLength(firstCodes, entry + 1, -1);
      formalCodes = ensureLength(formalCodes, entry + 1, -1);
      lastCodes = ensureLength(lastCodes, entry + 1, -1);
    }
    return entry;
  };
  /** Name entry of a raw first or last name; SKIP when nothing is left or it says "no name". */
  const names = new CodeMemo((raw) => {
    const v = canonicalName(raw);
    return v === '' || PLACEHOLDER_NAMES.has(v) ? SKIP : entryOf(v);
  });
  // Full names: the entries of their first and last word.
  let fullFirst = new Int32Array(256);
  let fullLast = new Int32Array(256);
  let fullCount = 0;
  const fullNames = new CodeMemo((raw) => {
    // "Last, First" is the one order a comma makes unambiguous.
    const comma = raw.indexOf(',');
    const v = canonicalName(comma > 0 ? `${raw.slice(comma + 1)} ${raw.slice(0, comma)}` : raw);
    if (v === '' || PLACEHOLDER_NAMES.has(v)) return SKIP;
    const tokens = v.split(' ');
    const id = fullCount++;
    fullFirst = ensureLength(fullFirst, fullCount);
    fullLast = ensureLength(fullLast, fullCount);
    fullFirst[id] = entryOf(tokens[0]!);
    fullLast[id] = tokens.length > 1 ? entryOf(tokens[tokens.length - 1]!) : SKIP;
    return id;
  });

  // Phones: distinct raw spellings get an id; each memo key is parsed once, from its first spelling.
  const phoneRaws: string[] = [];
  const phones = new CodeMemo((raw) => {
    if (raw.trim() === '') return SKIP;
    phoneRaws.push(raw);
    return phoneRaws.length - 1;
  });
  let phoneRecords = new Int32Array(1024);
  let phoneSpellingIds = new Int32Array(1024);
  let phoneCount = 0;

  let n = 0;
  for (const record of records) {
    const r = n++;
    const id = record.id;
    if (typeof id !== 'string' || id.length === 0) {
      throw new IdentityError({
        code: 'INVALID_IDENTITY_OPTIONS',
        message: `Record at position ${r} has no id. Give every record a unique, non-empty string id.`,
      });
    }
    if (ids.intern(id) !== r) {
      throw new IdentityError({
        code: 'DUPLICATE_RECORD_ID',
        message: `Record id "${id}" appears twice. Record ids must be unique within one run; prefix them with the source system if two systems reuse ids.`,
      });
    }
    const system = record.sourceSystem ?? 'default';
    let s = sourceIndex.get(system);
    if (s === undefined) {
      s = sourceNames.length;
      sourceNames.push(system);
      sourceIndex.set(system, s);
    }
    if (r === sources.length) sources = ensureLength(sources, r + 1);
    sources[r] = s;
    addFragments(r, record.fragments, system);
  }

  function addFragments(r: number, fragments: readonly IdentityRecordFragment[], system: string): void {
    let first = SKIP;
    let last = SKIP;
    let full = SKIP;
    let country: string | undefined;
    for (const f of fragments)
      if (f.type === 'country' && typeof f.value === 'string') country = f.value.trim();
    for (const f of fragments) {
      const raw = f.value;
      if (typeof raw !== 'string' || raw === '') continue;
      switch (f.type) {
        case 'email': {
          const code = emails.code(raw);
          if (code >= 0) {
            builders.email.addCode(r, code);
            builders.email_local.addCode(r, localOfEmail[code]!);
          } else if (code === UNREADABLE) {
            warnings.add('UNREADABLE_VALUE', 'email', raw, 'Not an email address; left out.');
          } else if (code === PLACEHOLDER) {
            warnings.add('PLACEHOLDER_VALUE', 'email', raw, 'Placeholder email; left out.');
          }
          break;
        }
        case 'phone': {
          const spelling = phones.code(raw);
          if (spelling === SKIP) break;
          if (phoneCount === phoneRecords.length) {
            phoneRecords = ensureLength(phoneRecords, phoneCount + 1);
            phoneSpellingIds = ensureLength(phoneSpellingIds, phoneCount + 1);
          }
          phoneRecords[phoneCount] = r;
          phoneSpellingIds[phoneCount] = spelling;
          phoneCount++;
          break;
        }
        case 'first_name':
          if (first === SKIP) first = names.code(raw);
          break;
        case 'last_name':
          if (last === SKIP) last = names.code(raw);
          break;
        case 'full_name':
          if (full === SKIP) full = fullNames.code(raw);
          break;
        case 'birth_date': {
          const code = dates.code(raw);
          if (code >= 0) builders.birth_date.addCode(r, code);
          else if (code === UNREADABLE)
            warnings.add('UNREADABLE_VALUE', 'birth_date', raw, 'Not a date; left out.');
          break;
        }
        case 'postal_code': {
          const code = postalMemo(country).code(raw);
          if (code >= 0) builders.postal_code.addCode(r, code);
          else if (code === UNREADABLE)
            warnings.add('UNREADABLE_VALUE', 'postal_code', raw, 'Not a postal code; left out.');
          break;
        }
        case 'city':
        case 'region':
        case 'country':
        case 'address_line':
        case 'company': {
          const code = places[f.type].code(raw);
          if (code >= 0) builders[f.type].addCode(r, code);
          break;
        }
        case 'customer_reference': {
          const code = references.code(raw);
          if (code >= 0) builders.customer_reference.addCode(r, code);
          break;
        }
        case 'ip_address': {
          const code = ips.code(raw);
          if (code >= 0) builders.ip_address.addCode(r, code);
          break;
        }
        case 'customer_id':
        case 'contact_id':
        case 'loyalty_id': {
          const id = raw.trim();
          if (id !== '') builders.account.add(r, `${f.type}|${f.sourceSystem ?? system}|${id}`);
          break;
        }
      }
    }
    if (full !== SKIP) {
      if (first === SKIP) first = fullFirst[full]!;
      if (last === SKIP) last = fullLast[full]!;
    }
    if (first !== SKIP) {
      if (firstCodes[first] === -1) firstCodes[first] = builders.first_name.intern(nameValues.keys[first]!);
      builders.first_name.addCode(r, firstCodes[first]!);
      if (formalCodes[first] === -1) {
        formalCodes[first] = builders.first_name_formal.intern(canonicalFirstName(nameValues.keys[first]!));
      }
      builders.first_name_formal.addCode(r, formalCodes[first]!);
    }
    if (last !== SKIP) {
      if (lastCodes[last] === -1) lastCodes[last] = builders.last_name.intern(nameValues.keys[last]!);
      builders.last_name.addCode(r, lastCodes[last]!);
    }
  }

  // Each spelling's memo key: the first spelling of each key is the one parsed.
  const keys = new StringTable();
  const keyOfSpelling = new Int32Array(phoneRaws.length);
  const phoneSpellings: string[] = [];
  for (let k = 0; k < phoneRaws.length; k++) {
    const key = keys.intern(phoneMemoKey(phoneRaws[k]!, defaultRegion));
    if (key === phoneSpellings.length) phoneSpellings.push(phoneRaws[k]!);
    keyOfSpelling[k] = key;
  }

  function finish(resolved: readonly (string | null)[]): PreparedRecords {
    const codeOfKey = new Int32Array(phoneSpellings.length).fill(SKIP);
    const phone = builders.phone;
    const phoneWarnings = new WarningTally();
    for (let p = 0; p < phoneCount; p++) {
      const r = phoneRecords[p]!;
      const spelling = phoneSpellingIds[p]!;
      const key = keyOfSpelling[spelling]!;
      let code = codeOfKey[key]!;
      if (code === SKIP) {
        const e164 = resolved[key] ?? null;
        code = e164 === null ? UNREADABLE : e164 === PLACEHOLDER_PHONE ? PLACEHOLDER : phone.intern(e164);
        codeOfKey[key] = code;
      }
      if (code >= 0) phone.addCode(r, code);
      else if (code === UNREADABLE) {
        phoneWarnings.add('UNREADABLE_VALUE', 'phone', phoneRaws[spelling]!, 'Not a phone number; left out.');
      } else {
        phoneWarnings.add('PLACEHOLDER_VALUE', 'phone', phoneRaws[spelling]!, 'Placeholder phone; left out.');
      }
    }
    const columns = Object.fromEntries(identityColumns.map((c) => [c, builders[c].build(n)])) as Record<
      IdentityColumn,
      PreparedColumn
    >;
    const warningList = [...warnings.list(), ...phoneWarnings.list()];
    for (const c of ['email', 'phone'] as const) dropCommonValues(columns, c, commonLimit, warningList);
    return {
      size: n,
      ids: ids.keys,
      sources: sources.length === n ? sources : sources.slice(0, n),
      sourceNames,
      columns,
      warnings: warningList,
    };
  }
  return { phoneSpellings, finish };
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

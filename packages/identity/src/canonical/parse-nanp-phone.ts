import { type CountryCode, Metadata } from 'libphonenumber-js/max';

/**
 * A North American number in one of the everyday spellings: ten digits with
 * optional `(…)`, space, dot or dash separators, optionally preceded by `1` or
 * `+1`: `(415) 253-1234`, `415.253.1234`, `1-415-253-1234`, `+14152531234`.
 * Groups: 1 = `+` if written, 2 = `1` prefix, 3/4 = area code, 5 = exchange, 6 = line.
 */
const NANP_SHAPE = /^(?:(\+)?(1)[ .-]?)?(?:\((\d{3})\)|(\d{3}))[ .-]?(\d{3})[ .-]?(\d{4})$/;

/** Default regions whose national numbers are read the NANP way (national prefix `1`, no parsing transform). */
const NATIONAL_FAST_REGIONS: ReadonlySet<string> = new Set(['US', 'CA']);

/** The parts of libphonenumber-js's `Metadata` the fast path reads (its own validation reads the same). */
interface NumberingPlanLike {
  leadingDigits(): string | undefined | 0;
  nationalNumberPattern(): string;
  hasTypes(): boolean;
  type(type: string): { pattern(): string; possibleLengths(): number[] | undefined } | undefined;
}
interface MetadataLike {
  selectNumberingPlan(country: string): unknown;
  numberingPlan?: NumberingPlanLike;
  getCountryCodesForCallingCode(callingCode: string): string[] | undefined;
}

/** Number types libphonenumber-js checks, fixed line first. */
const NUMBER_TYPES = [
  'FIXED_LINE',
  'MOBILE',
  'PREMIUM_RATE',
  'TOLL_FREE',
  'SHARED_COST',
  'VOIP',
  'PERSONAL_NUMBER',
  'PAGER',
  'UAN',
  'VOICEMAIL',
] as const;

interface CompiledRegion {
  country: CountryCode;
  /** Leading-digits pattern anchored at the start, or null. */
  leading: RegExp | null;
  national: RegExp;
  hasTypes: boolean;
  types: { pattern: RegExp; lengths: readonly number[] | undefined }[];
}

const entirely = (pattern: string) => new RegExp(`^(?:${pattern})$`);

/**
 * Compiles the calling-code-1 regions of the bundled full metadata once.
 * Returns null when the metadata does not have the expected shape, which
 * turns the fast path off (every number then goes through libphonenumber-js).
 */
function compileRegions(): CompiledRegion[] | null {
  try {
    const metadata = new Metadata() as unknown as MetadataLike;
    const countries = metadata.getCountryCodesForCallingCode('1');
    if (!countries || countries.length === 0) return null;
    return countries.map((country) => {
      metadata.selectNumberingPlan(country);
      const plan = metadata.numberingPlan!;
      const leading = plan.leadingDigits();
      const types: CompiledRegion['types'] = [];
      for (const t of NUMBER_TYPES) {
        const def = plan.type(t);
        if (!def?.pattern()) continue;
        types.push({ pattern: entirely(def.pattern()), lengths: def.possibleLengths() });
      }
      return {
        country: country as CountryCode,
        leading: leading ? new RegExp(`^(?:${leading})`) : null,
        national: entirely(plan.nationalNumberPattern()),
        hasTypes: plan.hasTypes(),
        types,
      };
    });
  } catch {
    return null;
  }
}

let regions: CompiledRegion[] | null | undefined;

/** libphonenumber-js's `getNumberType(…) !== undefined` for a national number of one region. */
function hasNumberType(region: CompiledRegion, national: string): boolean {
  if (!region.national.test(national)) return false;
  for (const t of region.types) {
    if (t.lengths && !t.lengths.includes(national.length)) continue;
    if (t.pattern.test(national)) return true;
  }
  return false;
}

/**
 * E.164 and region of a North American number written in an everyday
 * spelling, computed the way libphonenumber-js's full metadata decides it
 * (the region is the first calling-code-1 region whose leading digits or
 * number types claim the number; the number is valid if it has a number type
 * there), without its general parser. Returns `undefined` when `text` is not
 * such a spelling (or the region does not read national numbers the NANP
 * way), so the caller falls back to libphonenumber-js; `null` for an invalid
 * number. `text` is NFKC-normalised and trimmed.
 */
export function parseNanpPhone(
  text: string,
  region: string | undefined,
): { e164: string; country: CountryCode } | null | undefined {
  const m = NANP_SHAPE.exec(text);
  if (m === null) return undefined;
  // Without `+`, the number is national (or `1` + national): only regions that read it as NANP.
  if (m[1] === undefined && (region === undefined || !NATIONAL_FAST_REGIONS.has(region))) return undefined;
  const national = `${m[3] ?? m[4]}${m[5]}${m[6]}`;
  // A national number starting with 0 or 1 takes libphonenumber-js's national-prefix rules: not handled here.
  const first = national.charCodeAt(0);
  if (first < 50 /* '2' */) return undefined;
  if (regions === undefined) regions = compileRegions();
  if (regions === null) return undefined;
  let claimed: CompiledRegion | undefined;
  for (const r of regions) {
    if (r.leading !== null ? r.leading.test(national) : hasNumberType(r, national)) {
      claimed = r;
      break;
    }
  }
  if (claimed === undefined) return null;
  const valid = claimed.hasTypes ? hasNumberType(claimed, national) : claimed.national.test(national);
  return valid ? { e164: `+1${national}`, country: claimed.country } : null;
}

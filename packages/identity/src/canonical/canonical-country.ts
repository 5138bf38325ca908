import { getCountries } from 'libphonenumber-js/max';
import { canonicalName } from './canonical-name.js';

/**
 * ISO 3166-1 alpha-2 codes. libphonenumber-js knows every inhabited region; the
 * uninhabited ones are added, and its two non-ISO regions (Ascension `AC`,
 * Tristan da Cunha `TA`, both part of `SH`) are removed. `XK` (Kosovo) is a
 * user-assigned code in common use and is kept.
 */
function isoAlpha2Codes(): ReadonlySet<string> {
  const codes = new Set<string>(getCountries());
  codes.delete('AC');
  codes.delete('TA');
  for (const code of ['AQ', 'BV', 'GS', 'HM', 'PN', 'TF', 'UM']) codes.add(code);
  return codes;
}

/** Alpha-3 codes of the countries GrowthNav's clients mostly trade in. */
const ALPHA3: Readonly<Record<string, string>> = {
  usa: 'US',
  gbr: 'GB',
  can: 'CA',
  aus: 'AU',
  nzl: 'NZ',
  irl: 'IE',
  deu: 'DE',
  fra: 'FR',
  ita: 'IT',
  esp: 'ES',
  prt: 'PT',
  nld: 'NL',
  bel: 'BE',
  che: 'CH',
  aut: 'AT',
  swe: 'SE',
  nor: 'NO',
  dnk: 'DK',
  fin: 'FI',
  isl: 'IS',
  pol: 'PL',
  cze: 'CZ',
  svk: 'SK',
  hun: 'HU',
  rou: 'RO',
  bgr: 'BG',
  grc: 'GR',
  tur: 'TR',
  rus: 'RU',
  ukr: 'UA',
  isr: 'IL',
  are: 'AE',
  sau: 'SA',
  qat: 'QA',
  egy: 'EG',
  zaf: 'ZA',
  nga: 'NG',
  ken: 'KE',
  mar: 'MA',
  ind: 'IN',
  pak: 'PK',
  bgd: 'BD',
  chn: 'CN',
  hkg: 'HK',
  twn: 'TW',
  jpn: 'JP',
  kor: 'KR',
  sgp: 'SG',
  mys: 'MY',
  tha: 'TH',
  vnm: 'VN',
  phl: 'PH',
  idn: 'ID',
  mex: 'MX',
  bra: 'BR',
  arg: 'AR',
  chl: 'CL',
  col: 'CO',
  per: 'PE',
  ven: 'VE',
  ury: 'UY',
  pri: 'PR',
  lux: 'LU',
  est: 'EE',
  lva: 'LV',
  ltu: 'LT',
  svn: 'SI',
  hrv: 'HR',
  srb: 'RS',
  cyp: 'CY',
  mlt: 'MT',
};

/** Common names that are not the English short name Unicode CLDR gives. */
const ALIASES: Readonly<Record<string, string>> = {
  uk: 'GB',
  greatbritain: 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  northernireland: 'GB',
  unitedkingdomofgreatbritainandnorthernireland: 'GB',
  america: 'US',
  unitedstatesofamerica: 'US',
  us: 'US',
  holland: 'NL',
  thenetherlands: 'NL',
  southkorea: 'KR',
  republicofkorea: 'KR',
  korea: 'KR',
  czechrepublic: 'CZ',
  ivorycoast: 'CI',
  turkey: 'TR',
  russianfederation: 'RU',
  vietnam: 'VN',
  deutschland: 'DE',
  espana: 'ES',
  italia: 'IT',
  brasil: 'BR',
  mexico: 'MX',
  suisse: 'CH',
  schweiz: 'CH',
};

let lookup: ReadonlyMap<string, string> | undefined;

function key(text: string): string {
  return canonicalName(text).replaceAll(' ', '');
}

function buildLookup(): ReadonlyMap<string, string> {
  const codes = isoAlpha2Codes();
  const map = new Map<string, string>();
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of codes) {
    map.set(code.toLowerCase(), code);
    const name = names.of(code);
    if (name && name !== code) map.set(key(name), code);
  }
  for (const [alias, code] of Object.entries({ ...ALPHA3, ...ALIASES })) map.set(alias, code);
  return map;
}

/**
 * A country as its ISO 3166-1 alpha-2 code (`'US'`), from an alpha-2 code in
 * any case, a common alpha-3 code (`USA`, `GBR`), or an English name
 * (`United States`, `U.K.`, `Germany`). Returns null when unknown.
 *
 * @example canonicalCountry('U.S.A.') // 'US'
 */
export function canonicalCountry(raw: string): string | null {
  if (typeof raw !== 'string') return null;
  lookup ??= buildLookup();
  const k = key(raw);
  return k === '' ? null : (lookup.get(k) ?? null);
}

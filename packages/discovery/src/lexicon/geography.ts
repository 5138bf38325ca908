/** ISO 3166-1 alpha-2 country codes (upper case). */
export const countryCodes2: ReadonlySet<string> = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC
  CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
  GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH
  KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW
  MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC
  SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY
  UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW UK`
    .split(/\s+/)
    .filter(Boolean),
);

/** ISO 3166-1 alpha-3 codes of the countries GrowthNav clients most often sell in. */
export const countryCodes3: ReadonlySet<string> = new Set(
  `USA CAN MEX GBR IRL FRA DEU ESP PRT ITA NLD BEL LUX CHE AUT DNK SWE NOR FIN ISL POL CZE HUN ROU GRC TUR ISR ARE SAU
  IND CHN JPN KOR TWN HKG SGP MYS THA VNM PHL IDN AUS NZL ZAF NGA KEN EGY MAR BRA ARG CHL COL PER URY VEN CRI PAN DOM
  PRI JAM`
    .split(/\s+/)
    .filter(Boolean),
);

/** Country names and common short forms (lower case). */
export const countryNames: ReadonlySet<string> = new Set([
  'united states',
  'united states of america',
  'usa',
  'u.s.',
  'u.s.a.',
  'america',
  'canada',
  'mexico',
  'united kingdom',
  'great britain',
  'england',
  'scotland',
  'wales',
  'northern ireland',
  'ireland',
  'france',
  'germany',
  'spain',
  'portugal',
  'italy',
  'netherlands',
  'belgium',
  'luxembourg',
  'switzerland',
  'austria',
  'denmark',
  'sweden',
  'norway',
  'finland',
  'iceland',
  'poland',
  'czech republic',
  'czechia',
  'hungary',
  'romania',
  'greece',
  'turkey',
  'israel',
  'united arab emirates',
  'saudi arabia',
  'india',
  'china',
  'japan',
  'south korea',
  'korea',
  'taiwan',
  'hong kong',
  'singapore',
  'malaysia',
  'thailand',
  'vietnam',
  'philippines',
  'indonesia',
  'australia',
  'new zealand',
  'south africa',
  'nigeria',
  'kenya',
  'egypt',
  'morocco',
  'brazil',
  'argentina',
  'chile',
  'colombia',
  'peru',
  'uruguay',
  'venezuela',
  'costa rica',
  'panama',
  'dominican republic',
  'puerto rico',
  'jamaica',
]);

/**
 * First-level subdivision codes used in addresses: US states and territories,
 * Canadian provinces, Australian states (upper case).
 */
export const regionCodes: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA
  RI SC SD TN TX UT VT VA WA WV WI WY PR VI GU AS MP AB BC MB NB NL NS NT NU ON PE QC SK YT NSW VIC QLD WA SA TAS ACT NT`
    .split(/\s+/)
    .filter(Boolean),
);

/** Subdivision names (lower case). */
export const regionNames: ReadonlySet<string> = new Set([
  'alabama',
  'alaska',
  'arizona',
  'arkansas',
  'california',
  'colorado',
  'connecticut',
  'delaware',
  'district of columbia',
  'florida',
  'georgia',
  'hawaii',
  'idaho',
  'illinois',
  'indiana',
  'iowa',
  'kansas',
  'kentucky',
  'louisiana',
  'maine',
  'maryland',
  'massachusetts',
  'michigan',
  'minnesota',
  'mississippi',
  'missouri',
  'montana',
  'nebraska',
  'nevada',
  'new hampshire',
  'new jersey',
  'new mexico',
  'new york',
  'north carolina',
  'north dakota',
  'ohio',
  'oklahoma',
  'oregon',
  'pennsylvania',
  'rhode island',
  'south carolina',
  'south dakota',
  'tennessee',
  'texas',
  'utah',
  'vermont',
  'virginia',
  'washington',
  'west virginia',
  'wisconsin',
  'wyoming',
  'alberta',
  'british columbia',
  'manitoba',
  'new brunswick',
  'newfoundland and labrador',
  'nova scotia',
  'ontario',
  'prince edward island',
  'quebec',
  'saskatchewan',
  'new south wales',
  'victoria',
  'queensland',
  'western australia',
  'south australia',
  'tasmania',
  'australian capital territory',
  'northern territory',
]);

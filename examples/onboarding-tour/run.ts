/**
 * The GrowthNav onboarding tour: one golf club's exports in ./data go from
 * files to audiences — discovery, normalization, identity, CLV, attribution
 * and activation — printing what happened at each step. `./dev demo` runs it;
 * `runTour()` returns the numbers for tests.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assignValueTiers,
  conversionsToTransactions,
  customerLifetimeValue,
  fitBgNbd,
  fitGammaGamma,
  summarizeRfm,
} from '@growthnav/clv';
import {
  type AttributionOutcome,
  type AttributionReport,
  attribute,
  attributionReport,
  type Conversion,
  type FieldMapping,
  type NormalizeResult,
  normalize,
  type Touchpoint,
  touchpointSchema,
} from '@growthnav/conversions';
import { parseCsv } from '@growthnav/conversions/csv';
import { acceptReview, generateReview, profileColumns, suggestMappings } from '@growthnav/discovery';
import {
  type AudienceLintReport,
  type AudiencePerson,
  canonicalEmail,
  canonicalFirstName,
  canonicalName,
  canonicalPhone,
  exportGoogleCustomerMatch,
  exportMetaCustomAudience,
  GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST,
  IdentityGraph,
  identityRecordFromConversion,
  META_MAX_ROWS_PER_REQUEST,
  type PairExplanation,
} from '@growthnav/identity';

const TENANT = 'pecan-hollow-gc';
const TIME_ZONE = 'America/Chicago';
/** The last day of the exports: CLV is measured from here. */
const OBSERVATION_END = '2025-06-30';
/** CLV settings: a year ahead in weeks, 12 monthly periods at 1 % a month, 30 % margin on spend. */
const CLV_HORIZON_WEEKS = 52;
const CLV_DISCOUNT_PER_MONTH = 0.01;
const CLV_MARGIN = 0.3;
const LOOKBACK_DAYS = 30;
const SOURCE_LABEL: Record<string, string> = {
  'square-csv.transactions': 'Square',
  'golf-csv.tee-sheet': 'tee sheet',
  'hubspot.contacts': 'HubSpot',
};

export interface TourOptions {
  /** Where each line of the narrative goes; default console.log. */
  log?: (line: string) => void;
  /** Folder holding the exports; default ./data next to this file. */
  dataDir?: string;
}

export interface SourceSummary {
  file: string;
  system: string;
  records: number;
  loaded: number;
  quarantined: { index: number; field: string; value: unknown; reason: string }[];
}

export interface TourResult {
  sources: SourceSummary[];
  mapping: FieldMapping;
  /** Every loaded conversion, with userId set where identity resolved a person. */
  conversions: Conversion[];
  identity: {
    records: number;
    people: number;
    anonymousConversions: number;
    /** People by number of source systems they appear in (1, 2, 3). */
    peopleBySources: Record<number, number>;
    /** Phones on records of one surname and two or more first names, with the people they ended in. */
    households: { phone: string; firstNames: string[]; people: string[] }[];
    /** Pairwise agreement with the generator's answer key. */
    answerKey: AnswerKeyScore | null;
  };
  clv: {
    customers: number;
    bgNbd: { r: number; alpha: number; a: number; b: number; converged: boolean };
    gammaGamma: { p: number; q: number; gamma: number; converged: boolean };
    top: { personId: string; name: string; clv: number }[];
    tiers: { name: string; customers: number; minValue: number; maxValue: number; totalValue: number }[];
    totalClv: number;
  };
  attribution: { lastClick: AttributionOutcome; markov: AttributionOutcome; touchpoints: Touchpoint[] };
  activation: {
    audiencePeople: number;
    meta: { requestRows: number[]; lint: AudienceLintReport };
    google: { requestOperations: number[]; lint: AudienceLintReport };
  };
  summary: string;
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const usd = (n: number): string =>
  `$${n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 })}`;
const pct = (share: number): string => `${Math.round(share * 100)} %`;

/** "Quist, Bob" → "Bob Quist"; names as the sources wrote them, for display only. */
function displayName(raw: string): string {
  const comma = raw.indexOf(',');
  return comma > 0 ? `${raw.slice(comma + 1).trim()} ${raw.slice(0, comma).trim()}` : raw.trim();
}

function nameOf(conversions: readonly Conversion[]): string {
  for (const c of conversions) {
    const first = c.identityFragments.find((f) => f.type === 'first_name')?.value;
    const last = c.identityFragments.find((f) => f.type === 'last_name')?.value;
    if (first && last) return `${first} ${last}`;
  }
  const full = conversions.flatMap((c) => c.identityFragments).find((f) => f.type === 'full_name');
  return full ? displayName(full.value) : '(no name)';
}

/** A person's identifiers for an audience: one entry per canonical value, the most used spelling first. */
function audienceFragments(conversions: readonly Conversion[]): AudiencePerson['fragments'] {
  const keyOf = (type: string, value: string): string | null => {
    if (type === 'email') return canonicalEmail(value)?.email ?? null;
    if (type === 'phone') return canonicalPhone(value)?.e164 ?? null;
    const name = canonicalName(value);
    return name === '' ? null : name;
  };
  const counts = new Map<string, { type: string; value: string; count: number }>();
  for (const c of conversions) {
    for (const f of c.identityFragments) {
      const key = keyOf(f.type, f.value);
      if (key === null) continue;
      const entry = counts.get(`${f.type}|${key}`);
      if (entry) entry.count++;
      else counts.set(`${f.type}|${key}`, { type: f.type, value: f.value, count: 1 });
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.value.localeCompare(b.value))
    .map(({ type, value }) => ({ type, value }));
}

export interface AnswerKeyScore {
  truePeople: number;
  precision: number;
  recall: number;
}

/**
 * Pairwise precision and recall of the resolved people against make-data.ts's
 * answer key (Square customer id, tee-sheet booking or HubSpot contact → true
 * person). Null when a record is not in the key.
 */
function answerKey(text: string, conversions: readonly Conversion[]): AnswerKeyScore | null {
  const key = JSON.parse(text) as Record<'square' | 'teeSheet' | 'hubspot', Record<string, number>>;
  const pairs = (n: number): number => (n * (n - 1)) / 2;
  const cells = new Map<string, number>();
  const truth = new Map<number, number>();
  const found = new Map<string, number>();
  for (const c of conversions) {
    const squareId = c.identityFragments.find((f) => f.type === 'customer_id')?.value ?? '';
    const person =
      c.sourceSystem === 'square-csv.transactions'
        ? key.square[squareId]
        : c.sourceSystem === 'golf-csv.tee-sheet'
          ? key.teeSheet[c.sourceRecordId]
          : key.hubspot[c.sourceRecordId];
    if (person === undefined || c.userId === null) return null;
    cells.set(`${person}|${c.userId}`, (cells.get(`${person}|${c.userId}`) ?? 0) + 1);
    truth.set(person, (truth.get(person) ?? 0) + 1);
    found.set(c.userId, (found.get(c.userId) ?? 0) + 1);
  }
  const sum = (m: Map<unknown, number>): number => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const both = sum(cells);
  return { truePeople: truth.size, precision: both / sum(found), recall: both / sum(truth) };
}

/** Runs the whole tour on the exports in `dataDir` and returns its numbers. */
export async function runTour(options: TourOptions = {}): Promise<TourResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = options.dataDir ?? join(import.meta.dirname, 'data');
  const read = (file: string): string => readFileSync(join(dataDir, file), 'utf8');

  log(`GrowthNav onboarding tour — Pecan Hollow Golf Club (tenant "${TENANT}")`);

  // 1. Data ------------------------------------------------------------------------------------
  const square = parseCsv(read('square-transactions.csv'));
  const teeSheet = parseCsv(read('tee-sheet.csv'));
  const hubspotPage = JSON.parse(read('hubspot-contacts.json')) as { results: unknown[] };
  const clicks = JSON.parse(read('ad-touchpoints.json')) as {
    touchpointId: string;
    platform: string;
    campaign: string;
    timestamp: string;
    clickIds: Record<string, string>;
    hubspotContactId: string | null;
  }[];
  const clicksByPlatform = new Map<string, number>();
  for (const c of clicks) clicksByPlatform.set(c.platform, (clicksByPlatform.get(c.platform) ?? 0) + 1);
  log('');
  log('1. Data: four exports of one club, 2024-01-01 … 2025-06-30 (synthetic, from make-data.ts)');
  log(
    `   square-transactions.csv  ${int(square.rows.length).padStart(5)} rows      Square Dashboard export, ${Object.keys(square.rows[0] ?? {}).length} columns`,
  );
  log(
    `   tee-sheet.csv            ${int(teeSheet.rows.length).padStart(5)} rows      booking engine export, ${Object.keys(teeSheet.rows[0] ?? {}).length} columns, layout unknown to GrowthNav`,
  );
  log(
    `   hubspot-contacts.json    ${int(hubspotPage.results.length).padStart(5)} contacts  HubSpot CRM v3 page`,
  );
  log(
    `   ad-touchpoints.json      ${int(clicks.length).padStart(5)} clicks    ${[...clicksByPlatform].map(([p, n]) => `${p} ${n}`).join(', ')}`,
  );

  // 2. Discovery --------------------------------------------------------------------------------
  const profiles = await profileColumns(teeSheet.rows);
  const suggestions = suggestMappings(profiles, { industry: 'golf' });
  const review = generateReview(suggestions);
  log('');
  log(
    `2. Discovery: tee-sheet.csv profiled (${profiles.length} columns) and matched; ${review.summary.accept} accept, ${review.summary.review} review, ${review.summary.manual} manual`,
  );
  for (const line of review.markdown.split('\n')) {
    // Drop the sample-values column to keep the table narrow.
    const cells = line.split('|').slice(1, -1);
    log(`   |${[cells[0], cells[1], cells[2], cells[4]].join('|')}|`);
  }
  const edits = { 'Green Fee': 'value', 'Member #': 'customer_reference' } as const;
  const mapping = acceptReview(review, edits, {
    system: 'golf-csv.tee-sheet',
    conversionType: 'booking',
    defaultCurrency: 'USD',
    timeZone: TIME_ZONE,
  });
  log('   reviewer edits: Green Fee → value (the price of the round, not a merchant fee);');
  log(
    '                   Member # → customer_reference (the member number Square keeps as Customer Reference ID)',
  );
  log(
    `   accepted FieldMapping "${mapping.system}": ${mapping.fields.length} rules, ${mapping.conversionType}, ${mapping.defaultCurrency}, times in ${TIME_ZONE}`,
  );
  for (const column of ['Email', 'Golfer', 'Green Fee']) {
    const s = suggestions.find((x) => x.sourceField === column);
    if (s) log(`   ${column}: ${s.targetField ?? '—'} at ${pct(s.confidence)} — ${s.reasons[0] ?? ''}`);
  }

  // 3. Normalize ---------------------------------------------------------------------------------
  const runs: { file: string; label: string; records: unknown[]; result: NormalizeResult }[] = [
    {
      file: 'square-transactions.csv',
      label: 'square-csv.transactions',
      records: square.rows,
      result: normalize('square-csv.transactions', square.rows, { customerId: TENANT }),
    },
    {
      file: 'tee-sheet.csv',
      label: 'golf-csv.tee-sheet (reviewed)',
      records: teeSheet.rows,
      result: normalize(mapping, teeSheet.rows, { customerId: TENANT }),
    },
    {
      file: 'hubspot-contacts.json',
      label: 'hubspot.contacts + member_number',
      records: hubspotPage.results,
      // The club keeps the member number in a custom contact property: one rule on top of the default mapping.
      result: normalize('hubspot.contacts', hubspotPage.results, {
        customerId: TENANT,
        overrides: {
          fields: [{ target: 'identity.customer_reference', source: 'properties.member_number' }],
        },
      }),
    },
  ];
  const sources: SourceSummary[] = runs.map(({ file, result, records }) => ({
    file,
    system: result.conversions[0]?.sourceSystem ?? '',
    records: records.length,
    loaded: result.conversions.length,
    quarantined: result.quarantined.map(({ index, field, value, reason }) => ({
      index,
      field,
      value,
      reason,
    })),
  }));
  log('');
  log('3. Normalize: every record is loaded or quarantined with field, value and reason');
  log('   source                             records  loaded  quarantined');
  for (const [i, { label }] of runs.entries()) {
    const s = sources[i]!;
    log(
      `   ${label.padEnd(34)} ${int(s.records).padStart(7)} ${int(s.loaded).padStart(7)} ${String(s.quarantined.length).padStart(12)}`,
    );
  }
  for (const [file, csv] of [
    ['square-transactions.csv', square],
    ['tee-sheet.csv', teeSheet],
  ] as const) {
    // Ragged CSV lines never become records; say so rather than lose them silently.
    for (const issue of csv.issues) log(`   unreadable ${file} line ${issue.line}: ${issue.reason}`);
  }
  for (const s of sources) {
    for (const q of s.quarantined) {
      log(
        `   quarantined ${s.file} record ${q.index}: ${q.field} = ${JSON.stringify(q.value)} → ${q.reason}`,
      );
    }
  }
  const conversions = runs.flatMap((r) => r.result.conversions);
  const byType = new Map<string, number>();
  for (const c of conversions) byType.set(c.conversionType, (byType.get(c.conversionType) ?? 0) + 1);
  log(
    `   ${int(conversions.length)} conversions: ${[...byType]
      .sort((a, b) => b[1] - a[1])
      .map(([t, n]) => `${int(n)} ${t}`)
      .join(', ')}`,
  );

  // 4. Identity ------------------------------------------------------------------------------------
  const identified = conversions.filter((c) => c.identityFragments.length > 0);
  const graph = new IdentityGraph();
  const resolved = graph.resolve(identified.map(identityRecordFromConversion));
  const byId = new Map(conversions.map((c) => [c.conversionId, c]));
  for (const c of identified) c.userId = graph.personOf(c.conversionId) ?? null;
  const personConversions = new Map<string, Conversion[]>();
  for (const c of identified) {
    const list = personConversions.get(c.userId!);
    if (list) list.push(c);
    else personConversions.set(c.userId!, [c]);
  }
  const peopleBySources: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
  for (const list of personConversions.values()) {
    const n = new Set(list.map((c) => c.sourceSystem)).size;
    peopleBySources[n] = (peopleBySources[n] ?? 0) + 1;
  }
  const { deterministicLinks, probabilisticLinks, blockedMerges } = resolved.result;
  log('');
  log(
    `4. Identity: ${int(resolved.records)} records with identifiers → ${int(resolved.persons)} people (${conversions.length - identified.length} walk-in records carry none)`,
  );
  log(
    `   links: ${int(deterministicLinks)} by rule (system id, email, phone + first name), ${int(probabilisticLinks)} by match weight; merges refused: ${
      Object.entries(blockedMerges)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ') || 'none'
    }`,
  );
  log(
    `   people in 1 source: ${peopleBySources[1]}, in 2 sources: ${peopleBySources[2]}, in all 3: ${peopleBySources[3]}`,
  );
  // One cross-source link made by match weight, explained field by field: the strongest Square link
  // that needed nicknames.
  let example: { left: Conversion; right: Conversion; why: PairExplanation } | null = null;
  for (const person of graph.persons().sort((a, b) => a.personId.localeCompare(b.personId))) {
    for (const link of person.links) {
      const left = byId.get(link.left)!;
      const right = byId.get(link.right)!;
      if (link.rule !== null || left.sourceSystem === right.sourceSystem) continue;
      if (left.sourceSystem !== 'square-csv.transactions' && right.sourceSystem !== 'square-csv.transactions')
        continue;
      const why = graph.explain(link.left, link.right);
      if (!why.fields.some((f) => f.level.includes('nickname'))) continue;
      if (example === null || why.weight > example.why.weight) example = { left, right, why };
    }
  }
  if (example !== null) {
    const { left, right, why } = example;
    log(
      `   why ${SOURCE_LABEL[left.sourceSystem]} "${nameOf([left])}" = ${SOURCE_LABEL[right.sourceSystem]} "${nameOf([right])}": ${why.weight.toFixed(1)} bits, p = ${why.probability.toFixed(4)}`,
    );
    const fields = why.fields
      .filter((f) => f.level !== 'null')
      .map((f) => {
        const bits = f.bits + f.termFrequencyBits;
        return `${f.comparison} ${f.level} ${bits >= 0 ? '+' : ''}${bits.toFixed(1)}`;
      });
    log(`     prior ${why.priorBits.toFixed(1)}; ${fields.join('; ')}`);
  }
  // Households: one phone on records of one surname and two different first names (after nicknames).
  const phoneRecords = new Map<string, Conversion[]>();
  for (const c of identified) {
    for (const f of c.identityFragments) {
      const e164 = f.type === 'phone' ? canonicalPhone(f.value)?.e164 : undefined;
      if (!e164) continue;
      const list = phoneRecords.get(e164) ?? [];
      list.push(c);
      phoneRecords.set(e164, list);
    }
  }
  const households: { phone: string; firstNames: string[]; people: string[] }[] = [];
  for (const [phone, list] of [...phoneRecords].sort((a, b) => a[0].localeCompare(b[0]))) {
    const names = list.map((c) => nameOf([c]).split(' '));
    const surnames = new Set(names.map((n) => canonicalName(n.at(-1) ?? '')));
    const firstNames = [...new Set(names.map((n) => canonicalFirstName(n[0] ?? '')))].sort();
    if (surnames.size === 1 && firstNames.length > 1) {
      households.push({ phone, firstNames, people: [...new Set(list.map((c) => c.userId!))].sort() });
    }
  }
  if (households.length > 0) {
    const apart = households.filter((h) => h.people.length >= h.firstNames.length).length;
    log(
      `   households: ${households.length} phones are on records of one surname and two first names; ${apart} of them stayed separate people`,
    );
    const h = households[0]!;
    const who = h.people.map((id) => `${nameOf(personConversions.get(id)!)} (${id})`);
    log(`     e.g. ${h.phone.slice(0, 5)}…${h.phone.slice(-4)} → ${who.join(' and ')}`);
  }
  // The generator knows who is who; real exports do not.
  const key = existsSync(join(dataDir, 'answer-key.json'))
    ? answerKey(read('answer-key.json'), identified)
    : null;
  if (key !== null) {
    log(
      `   answer key (synthetic data only): ${key.truePeople} true people; pairwise precision ${key.precision.toFixed(3)}, recall ${key.recall.toFixed(3)}`,
    );
  }

  // 5. CLV -------------------------------------------------------------------------------------------
  const { transactions, counts } = conversionsToTransactions(conversions, { refunds: 'net' });
  const rfm = summarizeRfm(transactions, {
    observationEnd: OBSERVATION_END,
    unit: 'weeks',
    timeZone: TIME_ZONE,
  });
  const bgNbd = fitBgNbd(rfm.customers);
  const gammaGamma = fitGammaGamma(rfm.customers);
  const values = customerLifetimeValue(rfm.customers, {
    bgNbd: bgNbd.params,
    gammaGamma: gammaGamma.params,
    horizon: CLV_HORIZON_WEEKS,
    periods: 12,
    discountRate: CLV_DISCOUNT_PER_MONTH,
    margin: CLV_MARGIN,
  });
  const scored = rfm.customers.map((c, i) => ({ ...c, index: i, clv: values.clv[i]! }));
  const ranked = [...scored].sort((a, b) => b.clv - a.clv || a.personId.localeCompare(b.personId));
  const tiers = assignValueTiers(scored.map((c) => ({ personId: c.personId, value: c.clv })));
  const totalClv = scored.reduce((s, c) => s + c.clv, 0);
  const repeaters = rfm.customers.filter((c) => c.frequency > 0).length;
  log('');
  log(
    `5. CLV: ${int(counts.transactions)} purchases of ${int(new Set(transactions.map((t) => t.personId)).size)} people (refunds netted: ${counts.refunds.applied}; left out: ${counts.excluded.notPurchase} bookings/leads, ${counts.excluded.noIdentity} anonymous, ${counts.excluded.refunded} fully refunded)`,
  );
  log(
    `   RFM in weeks to ${OBSERVATION_END}: ${rfm.customers.length} customers, ${repeaters} came back at least once`,
  );
  const p = bgNbd.params;
  log(
    `   BG/NBD      r = ${p.r.toFixed(3)}  α = ${p.alpha.toFixed(2)}  a = ${p.a.toFixed(3)}  b = ${p.b.toFixed(3)}  (converged: ${bgNbd.diagnostics.converged})`,
  );
  const g = gammaGamma.params;
  log(
    `   Gamma-Gamma p = ${g.p.toFixed(2)}  q = ${g.q.toFixed(2)}  γ = ${g.gamma.toFixed(2)}  on ${gammaGamma.customers} repeat customers (converged: ${gammaGamma.diagnostics.converged})`,
  );
  log(
    `   12-month CLV (${pct(CLV_MARGIN)} margin, ${pct(CLV_DISCOUNT_PER_MONTH)} a month): ${usd(totalClv)} in all; top 5:`,
  );
  log('     person                        purchases  avg spend  P(alive)  next 12 mo   CLV');
  const top = ranked.slice(0, 5).map((c) => ({
    personId: c.personId,
    name: nameOf(personConversions.get(c.personId) ?? []),
    clv: c.clv,
  }));
  for (const [k, c] of ranked.slice(0, 5).entries()) {
    log(
      `     ${top[k]!.name.padEnd(29)} ${String(c.frequency + 1).padStart(9)} ${`$${c.monetaryValue.toFixed(2)}`.padStart(10)} ${values.probabilityAlive[c.index]!.toFixed(2).padStart(9)} ${values.expectedPurchases[c.index]!.toFixed(1).padStart(11)} ${usd(c.clv).padStart(7)}`,
    );
  }
  log(
    `   value tiers: ${tiers.tiers.map((t) => `${t.name} ${t.customers} (${usd(t.minValue)}–${usd(t.maxValue)})`).join(', ')}`,
  );

  // 6. Attribution -----------------------------------------------------------------------------------
  const contactPerson = new Map<string, string>();
  for (const c of runs[2]!.result.conversions) if (c.userId) contactPerson.set(c.sourceRecordId, c.userId);
  const touchpoints = clicks.map((t) =>
    touchpointSchema.parse({
      touchpointId: t.touchpointId,
      platform: t.platform,
      campaign: t.campaign,
      timestamp: t.timestamp,
      clickIds: t.clickIds,
      userId: t.hubspotContactId === null ? null : (contactPerson.get(t.hubspotContactId) ?? null),
    }),
  );
  const attributable = conversions.filter(
    (c) =>
      (c.conversionType === 'purchase' || c.conversionType === 'booking') && c.status.unified === 'completed',
  );
  const lastClick = attribute(attributable, touchpoints, {
    model: 'last_click',
    lookbackDays: LOOKBACK_DAYS,
  });
  const markov = attribute(attributable, touchpoints, { model: 'markov', lookbackDays: LOOKBACK_DAYS });
  const byClick = lastClick.conversions.filter((c) => c.path.some((s) => s.matchedBy === 'click_id')).length;
  const reasons = new Map<string, number>();
  for (const u of lastClick.unattributed) reasons.set(u.reason, (reasons.get(u.reason) ?? 0) + 1);
  log('');
  log(
    `6. Attribution: ${int(attributable.length)} completed bookings and purchases, ${touchpoints.length} clicks (${touchpoints.filter((t) => t.userId).length} tied to a person via HubSpot), ${LOOKBACK_DAYS}-day lookback`,
  );
  log(
    `   ${lastClick.conversions.length} conversions have a path (${byClick} through a click id); unattributed: ${[...reasons].map(([r, n]) => `${int(n)} ${r}`).join(', ')}`,
  );
  const reports: [string, AttributionReport][] = [
    [
      'last_click',
      attributionReport([...lastClick.conversions, ...lastClick.unattributed], { by: ['platform'] }),
    ],
    ['markov', attributionReport([...markov.conversions, ...markov.unattributed], { by: ['platform'] })],
  ];
  log('   model        platform     credited  value credited  share');
  for (const [model, report] of reports) {
    for (const row of [...report.rows].sort((a, b) => String(a.platform).localeCompare(String(b.platform)))) {
      log(
        `   ${model.padEnd(12)} ${String(row.platform).padEnd(12)} ${row.conversions.toFixed(1).padStart(8)} ${usd(row.value).padStart(15)} ${pct(row.share).padStart(6)}`,
      );
    }
  }
  if (markov.markov) {
    const m = markov.markov;
    log(
      `   markov removal effects: ${m.channels.map((c) => `${c.platform} ${c.removalEffect.toFixed(2)} (share ${pct(c.share)})`).join(', ')}; ${m.convertingPaths} converting, ${m.nonConvertingPaths} non-converting journeys`,
    );
  }

  // 7. Activation ----------------------------------------------------------------------------------
  const topTier = tiers.customers.filter((c) => c.tier === tiers.tiers[0]!.name);
  const audience: AudiencePerson[] = topTier.map((c) => ({
    personId: c.personId,
    fragments: audienceFragments(personConversions.get(c.personId) ?? []),
    value: c.lookalikeValue,
  }));
  const meta = exportMetaCustomAudience(audience, { valueBased: true, defaultCountry: 'US' });
  const google = exportGoogleCustomerMatch(audience, { defaultCountry: 'US' });
  const metaRows = meta.requests.map((r) => r.payload.data.length);
  const googleOps = google.requests.map((r) => r.operations.length);
  const lintLine = (lint: AudienceLintReport): string =>
    Object.entries(lint.counts)
      .sort((a, b) => b[1]! - a[1]! || a[0].localeCompare(b[0]))
      .map(([reason, n]) => `${reason} ${n}`)
      .join(', ') || 'clean';
  log('');
  log(
    `7. Activation: the "${tiers.tiers[0]!.name}" value tier, ${audience.length} people, hashed for upload (nothing is sent)`,
  );
  log(
    `   Meta custom audience (value-based): ${meta.requests.length} request(s) of ${metaRows.join(', ')} rows (limit ${int(META_MAX_ROWS_PER_REQUEST)}); ${meta.lint.uploadedPeople} uploaded, ${meta.lint.excludedPeople} left out`,
  );
  log(`     lint: ${lintLine(meta.lint)}`);
  log(
    `   Google Customer Match: ${google.requests.length} request(s) of ${googleOps.join(', ')} operations (limit ${int(GOOGLE_ADS_MAX_OPERATIONS_PER_REQUEST)}); CSV ${google.csv.trimEnd().split('\n').length - 1} rows; ${google.lint.uploadedPeople} uploaded, ${google.lint.excludedPeople} left out`,
  );
  log(`     lint: ${lintLine(google.lint)}`);

  const records = sources.reduce((s, x) => s + x.records, 0);
  const quarantined = sources.reduce((s, x) => s + x.quarantined.length, 0);
  const summary = `Summary: ${int(records)} records → ${int(conversions.length)} conversions (${quarantined} quarantined) → ${int(resolved.persons)} people → ${usd(totalClv)} 12-month CLV → ${meta.lint.uploadedPeople} top-tier people ready for Meta, ${google.lint.uploadedPeople} for Google.`;
  log('');
  log(summary);

  return {
    sources,
    mapping,
    conversions,
    identity: {
      records: resolved.records,
      people: resolved.persons,
      anonymousConversions: conversions.length - identified.length,
      peopleBySources,
      households,
      answerKey: key,
    },
    clv: {
      customers: rfm.customers.length,
      bgNbd: { ...bgNbd.params, converged: bgNbd.diagnostics.converged },
      gammaGamma: { ...gammaGamma.params, converged: gammaGamma.diagnostics.converged },
      top,
      tiers: tiers.tiers,
      totalClv,
    },
    attribution: { lastClick, markov, touchpoints },
    activation: {
      audiencePeople: audience.length,
      meta: { requestRows: metaRows, lint: meta.lint },
      google: { requestOperations: googleOps, lint: google.lint },
    },
    summary,
  };
}

if (import.meta.main) await runTour();

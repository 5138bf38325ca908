import { distance } from 'fastest-levenshtein';
import { phraseConcepts, wordConcepts } from '../lexicon/header-words.js';
import { intlArticles } from '../lexicon/header-words-intl.js';

/** One word of a header after splitting, normalising and dictionary look-up. */
export interface HeaderTerm {
  /** The word (or phrase) as read, lower case. */
  word: string;
  /** Dictionary concept, `digit` for numbers, null when the word is unknown. */
  concept: string | null;
  /** The word was inside parentheses, e.g. `Subtotal (inc tax)`: a weak qualifier. */
  parenthetical: boolean;
}

export interface HeaderAnalysis {
  header: string;
  terms: HeaderTerm[];
}

const MAX_PHRASE = 4;
const phraseKeys = new Map<string, string>(Object.entries(phraseConcepts));
/** Articles of other languages: words on their own, never pieces of a split word. */
const ARTICLES = new Set(intlArticles);
const dictionary = new Set<string>(
  [
    ...Object.keys(wordConcepts).filter((w) => w.length >= 2),
    ...Object.keys(phraseConcepts).flatMap((p) => p.split(' ')),
    'lifecycle',
    'modified',
  ].filter((w) => !ARTICLES.has(w)),
);
const SEGMENT_MIN_WORD = 5;
/** Longer run-together words are not headers anyone reads; leave them unknown. */
const SEGMENT_MAX_WORD = 40;
const ADDRESS_LINE_CONCEPTS = new Set(['address', 'street', 'address_line_1']);
const SPELLED_LINE_NUMBERS: Readonly<Record<string, string>> = { one: '1', two: '2', three: '3' };
/** Parts of a person's address block that a role word ("billing", "shipping") qualifies. */
const ADDRESS_BLOCK_PARTS = new Set([
  'first_name',
  'last_name',
  'full_name',
  'name',
  'company',
  'address',
  'street',
  'address_line_1',
  'address_line_2',
  'city',
  'region',
  'state',
  'postal_code',
  'country',
  'phone',
  'email',
  'timezone',
]);
const ADDRESS_ROLES = new Set(['billing', 'shipping']);
/** Concepts the tokenizer derives from a whole header rather than reads from a word. */
export const DERIVED_CONCEPTS: readonly string[] = ['own_id', 'own_number'];
const ORDER_NOUNS = new Set(['order', 'invoice', 'booking', 'appointment', 'visit', 'deal', 'conversion']);
/** What follows "gift" when the gift is a donation ("Gift ID", "Gift amount", "Gift date", "Gift type"). */
const GIFT_AS_DONATION = new Set(['id', 'number', 'amount', 'date', 'type', 'total', 'value', 'status']);
/** Words for "an amount of money" that say nothing of which amount. */
const GENERIC_AMOUNTS = new Set(['amount', 'total', 'value', 'sum', 'price', 'sales', 'revenue', 'gross']);
/** Amounts a parenthesis can name after a generic word: "Amount (Tax)", "Total (Shipping)". */
const AMOUNT_KINDS = new Set([
  'tax',
  'shipping',
  'discount',
  'tip',
  'fee',
  'commission',
  'refund',
  'subtotal',
  'total',
]);
/**
 * "Address 1: City", "Primary Contact: Email", "Billing: Zip": a group label,
 * a colon, then the field. The label qualifies like words in parentheses.
 * Both sides need a letter, so times ("10:30") never match.
 */
const GROUP_LABEL = /^([^():]*\p{L}[^():]*):\s*([^:]*\p{L}[^:]*)$/u;
/**
 * "Address 1 - City": a numbered group and a spaced dash work the same way. Only numbered
 * groups: in "Deal - Title" the group word is part of the field's meaning.
 */
const GROUP_DASH = /^([^():-]*\p{L}[^():-]*\d)\s+-\s+([^-]*\p{L}[^-]*)$/u;

/** Lower case without accents, `ß` as `ss`: how the dictionary spells words of every language. */
function fold(word: string): string {
  const lower = word.toLowerCase();
  // ASCII fast path: nothing to fold
  if (!/\P{ASCII}/u.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l');
}

/** Splits a compound like `lastmodifieddate` into known words, fewest pieces first; null when it cannot. */
function segment(word: string): string[] | null {
  const n = word.length;
  const best: (string[] | null)[] = new Array(n + 1).fill(null);
  best[0] = [];
  for (let end = 1; end <= n; end++) {
    for (let start = Math.max(0, end - 16); start <= end - 2; start++) {
      const prev = best[start];
      if (!prev) continue;
      const piece = word.slice(start, end);
      if (!dictionary.has(piece)) continue;
      const candidate = [...prev, piece];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const result = best[n];
  if (!result || result.length < 2 || result.length > 4) return null;
  if (!result.some((p) => p.length >= 4)) return null;
  return result;
}

/** Shortest unknown word read as a misspelling (one letter added, dropped, changed or two swapped). */
const TYPO_MIN_WORD = 6;
/** Dictionary words by first letter, for the misspelling look-up. */
const typoCandidates = new Map<string, string[]>();
for (const w of Object.keys(wordConcepts)) {
  if (w.length < TYPO_MIN_WORD - 1 || ARTICLES.has(w)) continue;
  const concept = wordConcepts[w]!;
  if (concept === 'filler' || concept === 'vendor') continue;
  const list = typoCandidates.get(w[0]!) ?? [];
  list.push(w);
  typoCandidates.set(w[0]!, list);
}

function swapsToEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/**
 * A dictionary word one edit away ("Adress", "Quantitiy", "Reciept"), with the
 * same first letter; null when there is none or the nearest words mean
 * different things.
 */
function misspelled(word: string): string | null {
  if (word.length < TYPO_MIN_WORD || !/^[a-z]+$/.test(word)) return null;
  let found: string | null = null;
  for (const candidate of typoCandidates.get(word[0]!) ?? []) {
    if (Math.abs(candidate.length - word.length) > 1) continue;
    // a different ending is another form of the word ("Associated", "Booker"), not a misspelling
    const stem = Math.min(word.length, candidate.length) - (word.length === candidate.length ? 1 : 0);
    if (word.slice(0, stem) === candidate.slice(0, stem)) continue;
    if (!swapsToEqual(word, candidate) && distance(word, candidate) > 1) continue;
    if (found !== null && wordConcepts[found] !== wordConcepts[candidate]) return null;
    found = candidate;
  }
  return found;
}

function singular(word: string): string | null {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && word.endsWith('es') && Object.hasOwn(wordConcepts, word.slice(0, -2)))
    return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return null;
}

function known(word: string): boolean {
  return Object.hasOwn(wordConcepts, word);
}

/** Normalises one lower-case word into dictionary words (singular, segmented, `<x>id` split). */
/** Short English words ending in "id" that are no "<x> id" ("How did you hear", "Valid"). */
const ID_LOOKALIKES = new Set([
  'did',
  'kid',
  'lid',
  'bid',
  'rid',
  'aid',
  'hid',
  'mid',
  'amid',
  'avid',
  'acid',
  'said',
  'void',
  'raid',
  'laid',
  'maid',
  'grid',
  'skid',
  'solid',
  'rapid',
  'valid',
  'fluid',
  'humid',
  'vivid',
  'stupid',
]);

function normaliseWord(word: string): string[] {
  if (known(word) || /^\d+$/.test(word)) return [word];
  const one = singular(word);
  if (one && known(one)) return [one];
  if (word.length >= SEGMENT_MIN_WORD && word.length <= SEGMENT_MAX_WORD) {
    const pieces = segment(word) ?? (one ? segment(one) : null);
    if (pieces) return pieces;
  }
  if (word.length >= 3 && word.length <= 6 && word.endsWith('id') && !ID_LOOKALIKES.has(word))
    return [word.slice(0, -2), 'id'];
  const typo = misspelled(word) ?? (one ? misspelled(one) : null);
  if (typo) return [typo];
  return [word];
}

/**
 * Splits a header into terms: camelCase, snake_case, spaces and punctuation
 * separate words; `#` and `No.` read as "number"; abbreviations (amt, qty,
 * txn, dt, pt, mbr, ref, dos …) and multi-word phrases ("first name", "date
 * of birth", "last 4") become dictionary concepts.
 */
export function tokenizeHeader(header: string): HeaderAnalysis {
  let text = header
    .normalize('NFKC')
    .replace(/^\uFEFF/, '')
    // "How did you hear about this event?": the question names the lead source, whatever it asks about
    .replace(/^\s*how did you (?:hear|find out|learn|find)\b.*$/i, 'how did you hear');
  const group = GROUP_LABEL.exec(text) ?? GROUP_DASH.exec(text);
  if (group) text = `(${group[1]}) ${group[2]}`;
  text = text
    .replace(/#/g, ' number ')
    .replace(/%/g, ' percent ')
    .replace(/&/g, ' and ')
    .replace(/@/g, ' at ')
    .replace(/\bno\.(?=\s|$)/gi, ' number ')
    // "N° de transaction", "Nº Ticket" (NFKC has already made º an o)
    .replace(/\bN°/gi, ' number ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2');

  // words, remembering which were inside parentheses
  const raw: { word: string; surface: string; parenthetical: boolean; piece: boolean }[] = [];
  let depth = 0;
  for (const match of text.matchAll(/[()[\]]|[\p{L}\p{N}]+/gu)) {
    const t = match[0];
    if (t === '(' || t === '[') depth++;
    else if (t === ')' || t === ']') depth = Math.max(0, depth - 1);
    else {
      const lower = fold(t);
      const words = normaliseWord(lower);
      for (const w of words)
        raw.push({
          word: w,
          surface: words.length === 1 ? lower : w,
          parenthetical: depth > 0,
          piece: words.length > 1,
        });
    }
  }

  const terms: HeaderTerm[] = [];
  for (let i = 0; i < raw.length; ) {
    let matched = false;
    for (let len = Math.min(MAX_PHRASE, raw.length - i); len >= 2; len--) {
      const slice = raw.slice(i, i + len);
      const key = slice.map((r) => r.word).join(' ');
      const concept = phraseKeys.get(slice.map((r) => r.surface).join(' ')) ?? phraseKeys.get(key);
      if (concept !== undefined) {
        terms.push({ word: key, concept, parenthetical: slice.every((r) => r.parenthetical) });
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const { word, parenthetical, piece } = raw[i]!;
    // "Street 2", "Address Line 3", "Street Address 2": a numbered address line
    const previous = terms[terms.length - 1];
    // ("Address Two" spells the number out)
    const lineNumber = SPELLED_LINE_NUMBERS[word] ?? word;
    if (/^[1-4]$/.test(lineNumber) && previous && ADDRESS_LINE_CONCEPTS.has(previous.concept ?? '')) {
      previous.concept = lineNumber === '1' ? 'address_line_1' : 'address_line_2';
      previous.word = `${previous.word} ${word}`;
      i++;
      continue;
    }
    let concept = /^\d+$/.test(word)
      ? 'digit'
      : known(word) && !(piece && ARTICLES.has(word))
        ? wordConcepts[word]!
        : null;
    const plural = raw[i]!.surface !== word && raw[i]!.surface.endsWith('s');
    // "Golfers", "Diners", "Attendees": a plural of people is a head count
    // ("customers.id" is the id of a customer, not a count)
    if (concept === 'customer' && plural && i === raw.length - 1) concept = 'headcount';
    // "Orders", "Visits", "Won Deals" as the last word: a number of orders
    if (concept !== null && plural && i === raw.length - 1 && ORDER_NOUNS.has(concept))
      concept = 'order_count';
    terms.push({ word, concept, parenthetical });
    i++;
  }
  // "Appointment Count", "Booking Count": a number of orders, as "Appointments" is
  const last = terms.length - 1;
  if (last >= 1 && terms[last]!.concept === 'count' && ORDER_NOUNS.has(terms[last - 1]!.concept ?? '')) {
    terms[last - 1]!.concept = 'order_count';
    terms[last]!.concept = 'filler';
  }
  // a fundraiser's "Gift ID", "Gift amount", "Gift date": the gift is the donation; a gift card stays one
  for (let k = 0; k + 1 < terms.length; k++)
    if (terms[k]!.concept === 'gift' && GIFT_AS_DONATION.has(terms[k + 1]!.concept ?? ''))
      terms[k]!.concept = 'order';
  // OpenCart's "payment_postcode", "payment_zone": the payer's address block is the billing one.
  for (let k = 0; k + 1 < terms.length; k++) {
    const next = terms[k + 1]!.concept ?? '';
    if (terms[k]!.concept === 'payment' && ADDRESS_BLOCK_PARTS.has(next)) terms[k]!.concept = 'billing';
    // "billing_zone", "shipping zone": a region of the address, not a time zone
    if (next === 'timezone' && ADDRESS_ROLES.has(terms[k]!.concept ?? '')) terms[k + 1]!.concept = 'region';
  }
  // "MwSt. 19 %", "VAT 20%": the rate names which tax the amount is, it does not make it a rate
  for (let k = 2; k < terms.length; k++) {
    if (
      terms[k]!.concept === 'percent' &&
      terms[k - 1]!.concept === 'digit' &&
      terms[k - 2]!.concept === 'tax'
    ) {
      terms[k - 1]!.parenthetical = true;
      terms[k]!.parenthetical = true;
    }
  }
  // "id", "ID", "Record Id": the header names no other entity, so it is the file's own key.
  if (terms.length === 1 && terms[0]!.concept === 'id') terms[0]!.concept = 'own_id';
  // A bare "No." or "Number" is the document's own number: its id, or the number beside an id.
  if (terms.length === 1 && terms[0]!.concept === 'number') terms[0]!.concept = 'own_number';
  // "Amount (Tax)": the generic word says money, the parenthesis says which; let it count fully.
  const main = terms.filter((t) => !t.parenthetical);
  if (main.length > 0 && main.every((t) => GENERIC_AMOUNTS.has(t.concept ?? ''))) {
    const kinds = terms.filter((t) => t.parenthetical && AMOUNT_KINDS.has(t.concept ?? ''));
    if (kinds.length === 1) kinds[0]!.parenthetical = false;
  }
  return { header, terms };
}

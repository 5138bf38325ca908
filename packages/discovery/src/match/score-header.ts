import { conceptClasses } from '../lexicon/header-words.js';
import { headerRules, parseNeed, type RecordKind, type TargetHeaderSpec } from './header-rules.js';
import type { TargetField } from './target-vocabulary.js';
import type { HeaderAnalysis, HeaderTerm } from './tokenize-header.js';

/** Score lost per header word the dictionary does not know (a vendor prefix, a product word). */
const UNKNOWN_WORD_PENALTY = 0.07;
/** Unknown words cost at most this much together, so long vendor headers are not wiped out. */
const UNKNOWN_PENALTY_CAP = 0.2;
/** Score lost per word that names something else (`Discount Name` for full_name). */
const CONFLICT_PENALTY = 0.45;
/** Words in parentheses (`Subtotal (inc tax)`) qualify weakly: their penalties are scaled by this. */
const PARENTHETICAL_FACTOR = 0.3;
/** A lone unknown letter (`V/MC/D Fees`, `Amount w/ Tax`) says little: its penalty is scaled by this. */
const SINGLE_LETTER_FACTOR = 0.2;
/** "Primary", "home", "main", "billing" qualify any target lightly. */
const PRIMARY_QUALIFIER_PENALTY = 0.1;
/** Numbered duplicates (`Tax 1 Value`) lose a little to the plain column (`Taxes`). */
const DIGIT_PENALTY = 0.04;

const GENERIC_ATTRIBUTE_CLASSES = new Set(['identifier', 'name', 'category', 'status', 'text', 'count']);

export interface HeaderMatch {
  target: TargetField;
  score: number;
  /** The rule that matched, e.g. `amount|total paid|collected`. */
  rule: string;
  /** Words that lowered the score, with the change. */
  penalties: string[];
}

interface CompiledRule {
  need: string;
  slots: string[][];
  score: number;
  when: RecordKind | undefined;
}

const compiled = new Map<TargetField, { spec: TargetHeaderSpec; rules: CompiledRule[] }>();
for (const [target, spec] of Object.entries(headerRules) as [TargetField, TargetHeaderSpec][]) {
  compiled.set(target, {
    spec,
    rules: spec.rules.map(([need, score, when]) => ({ need, slots: parseNeed(need), score, when })),
  });
}

function extraPenalty(term: HeaderTerm, spec: TargetHeaderSpec): number {
  const concept = term.concept;
  const weight = term.parenthetical ? PARENTHETICAL_FACTOR : 1;
  if (concept === null)
    return (
      -(spec.unknownPenalty ?? UNKNOWN_WORD_PENALTY) *
      weight *
      (term.word.length === 1 ? SINGLE_LETTER_FACTOR : 1)
    );
  const adjust = spec.adjust && Object.hasOwn(spec.adjust, concept) ? spec.adjust[concept] : undefined;
  if (adjust !== undefined) return adjust < 0 ? adjust * weight : adjust;
  if (concept === 'digit') return -DIGIT_PENALTY;
  const classes = Object.hasOwn(conceptClasses, concept) ? conceptClasses[concept]! : [];
  if (classes.includes('filler') || classes.includes('vendor')) return 0;
  if (spec.compat.includes(concept) || classes.some((c) => spec.compat.includes(c))) return 0;
  // "Primary Provider", "Home Location", "Main Store": the main one of something, not something else
  if (classes.includes('role_primary')) return -PRIMARY_QUALIFIER_PENALTY * weight;
  return -CONFLICT_PENALTY * weight;
}

/** Whose field it is may sit in parentheses: "Username (Buyer)", "Email (Customer)". */
const PARENTHETICAL_PEOPLE = new Set(['customer', 'member', 'contact', 'lead', 'user', 'patient']);

/**
 * Fills the rule's slots with header terms; words in parentheses only
 * qualify and never fill a slot, except a reference marker (`user_id
 * (metadata)`, `Order ID (external)` are references of the thing named) and
 * the person the field belongs to.
 */
function matchRule(
  terms: readonly HeaderTerm[],
  rule: CompiledRule,
  allParenthetical: boolean,
): boolean[] | null {
  const used = new Array<boolean>(terms.length).fill(false);
  for (const slot of rule.slots) {
    let found = -1;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i]!;
      const concept = term.concept;
      if (
        !used[i] &&
        concept !== null &&
        slot.includes(concept) &&
        (allParenthetical ||
          !term.parenthetical ||
          concept === 'reference' ||
          PARENTHETICAL_PEOPLE.has(concept))
      ) {
        found = i;
        break;
      }
    }
    if (found < 0) return null;
    used[found] = true;
  }
  return used;
}

/**
 * What a header's known words say against a target no rule matched: the sum
 * of conflict penalties (unknown words are ignored: the header may simply be
 * a code). Used to temper targets proposed by the values alone, so that
 * "Certificate Code" is not an order number however its values look.
 */
export function headerConflict(
  analysis: HeaderAnalysis,
  target: TargetField,
  relied: readonly string[] = [],
): number {
  const spec = compiled.get(target)!.spec;
  let total = 0;
  for (const term of analysis.terms) {
    if (term.concept === null || relied.includes(term.concept)) continue;
    // generic attribute words ("Name", "Code", "Type") say too little to overrule the values
    const classes = Object.hasOwn(conceptClasses, term.concept) ? conceptClasses[term.concept]! : [];
    if (classes.every((c) => GENERIC_ATTRIBUTE_CLASSES.has(c))) continue;
    const delta = extraPenalty(term, spec);
    if (delta < 0) total += delta;
  }
  return total;
}

/**
 * Scores a header against every target's rules: the best matching rule's
 * score, minus penalties for words the rule does not explain. Targets no rule
 * matches are left out.
 */
export function scoreHeader(analysis: HeaderAnalysis, recordKind: RecordKind): HeaderMatch[] {
  const terms = analysis.terms;
  const allParenthetical = terms.every((t) => t.parenthetical);
  const out: HeaderMatch[] = [];
  for (const [target, { spec, rules }] of compiled) {
    let best: HeaderMatch | null = null;
    for (const rule of rules) {
      if (rule.when && rule.when !== recordKind) continue;
      const used = matchRule(terms, rule, allParenthetical);
      if (!used) continue;
      let score = rule.score;
      let unknown = 0;
      const penalties: string[] = [];
      for (let i = 0; i < terms.length; i++) {
        if (used[i]) continue;
        const term = terms[i]!;
        // a second word for the same thing ("Card Processing Fees", "City/Town") is no conflict
        if (term.concept !== null && rule.slots.some((slot) => slot.includes(term.concept!))) continue;
        const delta = extraPenalty(term, spec);
        if (delta === 0) continue;
        if (term.concept === null && spec.unknownPenalty === undefined) {
          const allowed = Math.max(0, UNKNOWN_PENALTY_CAP - unknown);
          const applied = Math.max(delta, -allowed);
          unknown -= applied;
          score += applied;
        } else score += delta;
        penalties.push(`"${term.word}" ${delta > 0 ? '+' : ''}${delta.toFixed(2)}`);
      }
      if (!best || score > best.score) best = { target, score, rule: rule.need, penalties };
    }
    if (best && best.score > 0) out.push(best);
  }
  return out.sort((a, b) => b.score - a.score);
}

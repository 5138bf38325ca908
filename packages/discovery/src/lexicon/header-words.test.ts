import { describe, expect, test } from 'vitest';
import { headerRules, parseNeed } from '../match/header-rules.js';
import { DERIVED_CONCEPTS } from '../match/tokenize-header.js';
import { conceptClasses, phraseConcepts, wordConcepts } from './header-words.js';

describe('header dictionary', () => {
  test('every word and phrase maps to a concept that has classes', () => {
    const missing = [...Object.values(wordConcepts), ...Object.values(phraseConcepts)].filter(
      (c) => !Object.hasOwn(conceptClasses, c),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  test('every concept a rule needs can be produced by some word or phrase', () => {
    const producible = new Set([
      ...Object.values(wordConcepts),
      ...Object.values(phraseConcepts),
      ...DERIVED_CONCEPTS,
    ]);
    const unreachable: string[] = [];
    for (const [target, spec] of Object.entries(headerRules)) {
      for (const [need] of spec.rules) {
        for (const slot of parseNeed(need)) {
          if (!slot.some((c) => producible.has(c))) unreachable.push(`${target}: ${need}`);
        }
      }
    }
    expect(unreachable).toEqual([]);
  });

  test('words are lower case and phrases are two or more words', () => {
    for (const w of Object.keys(wordConcepts)) expect(w).toBe(w.toLowerCase());
    for (const p of Object.keys(phraseConcepts)) expect(p.split(' ').length).toBeGreaterThan(1);
  });
});

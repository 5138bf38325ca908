/**
 * Letters that Unicode does not decompose into a base letter plus accent but
 * that Latin-script names spell interchangeably with ASCII (Søren / Soren,
 * Łukasz / Lukasz, Strauß / Strauss).
 */
const LATIN_FOLDS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  þ: 'th',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
};
const LATIN_FOLD_PATTERN = /[ßæœøđðłþħŧı]/gu;

// Accents are dropped from Latin and Greek letters only: in other scripts
// (Devanagari vowel signs, Japanese voicing marks) combining marks are part of
// the spelling, and Cyrillic й and и are different letters.
const ACCENTS_ON_LATIN_OR_GREEK = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
// Apostrophes join (O'Brien → obrien); the same for modifier-letter apostrophes.
const APOSTROPHES = /['\u2018\u2019\u02BC\u02BB`\u00B4]/gu;
// Emoji and their joiners, variation selectors, skin tones, flags and tag characters.
const EMOJI =
  /\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\uFE0E\uFE0F]|\u200D|[\u{E0020}-\u{E007F}]/gu;
// Symbols go before compatibility decomposition turns some into letters (™ → TM).
const SYMBOLS = /[\p{Sc}\p{Sm}\p{So}]/gu;
// Everything that is not a letter, a combining mark or a digit separates words.
const SEPARATORS = /[^\p{L}\p{M}\p{N}]+/gu;
// Combining marks left with no letter to sit on (at the start of a word).
const STRAY_MARKS = /(^| )\p{M}+/gu;
const ASCII_NAME = /^[A-Za-z ]*$/;

/**
 * A name reduced to the form two spellings of it share: Unicode NFKD, accents
 * stripped from Latin and Greek letters (and ß→ss, æ→ae, ø→o, ł→l …),
 * lowercase, apostrophes removed, every other punctuation mark, symbol or
 * emoji turned into a space, whitespace collapsed and trimmed, then NFC.
 * Letters of other scripts are kept (`정` stays `정`); a name with no letters or
 * digits becomes `''`. Idempotent.
 *
 * @example canonicalName("  José  O'Brien-Smith ") // 'jose obrien smith'
 */
export function canonicalName(raw: string): string {
  if (typeof raw !== 'string') return '';
  if (ASCII_NAME.test(raw)) return raw.toLowerCase().replace(/ +/g, ' ').trim();
  return raw
    .replace(EMOJI, ' ')
    .replace(SYMBOLS, ' ')
    .normalize('NFKD')
    .replace(ACCENTS_ON_LATIN_OR_GREEK, '$1')
    .toLowerCase()
    .replace(LATIN_FOLD_PATTERN, (c) => LATIN_FOLDS[c] ?? c)
    .replace(APOSTROPHES, '')
    .replace(SEPARATORS, ' ')
    .replace(STRAY_MARKS, '$1')
    .replace(/ +/g, ' ')
    .trim()
    .normalize('NFC');
}

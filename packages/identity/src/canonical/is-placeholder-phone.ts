/**
 * Fewer digits than this cannot be a subscriber number anywhere (the shortest
 * national numbers in use have 7 digits in their main ranges).
 */
const MIN_PHONE_DIGITS = 7;

/**
 * Number ranges set aside for fiction and examples, as prefixes of the E.164
 * digits (no `+`). NANP: 555-0100…0199 in every area code and 555-1212
 * (directory assistance) are handled by pattern below. UK: Ofcom's drama
 * numbers. Australia: ACMA's fictional landline blocks and mobile numbers.
 */
const FICTIONAL_PREFIXES: readonly string[] = [
  // UK (Ofcom drama numbers): mobile, London, 10 geographic areas, 01632, freephone, premium, UK-wide.
  '447700900',
  '442079460',
  '441134960',
  '441144960',
  '441154960',
  '441164960',
  '441174960',
  '441184960',
  '441214960',
  '441314960',
  '441414960',
  '441514960',
  '441614960',
  '441914980',
  '441632960',
  '448081570',
  '449098790',
  '443069990',
  // Australia (ACMA): 5550 xxxx and 7010 xxxx in each landline area code.
  '6125550',
  '6127010',
  '6135550',
  '6137010',
  '6175550',
  '6177010',
  '6185550',
  '6187010',
  // Australia (ACMA): fictional mobile numbers 0491 570 xxx.
  '61491570',
];

/** A national number of 10 digits in the NANP layout: area code, exchange, line. */
const NANP_FICTIONAL = /^\d{3}555(?:01\d\d|1212)$/;

function isRun(digits: string): boolean {
  // 1234567…, 9876543…, 0123456789: each digit one more (or one less) than the last, wrapping 9→0.
  const up = [...digits].every((d, i) => i === 0 || Number(d) === (Number(digits[i - 1]) + 1) % 10);
  const down = [...digits].every((d, i) => i === 0 || Number(d) === (Number(digits[i - 1]) + 9) % 10);
  return up || down;
}

function isRepeatedBlock(digits: string, maxBlock: number): boolean {
  // 0000000000, 1212121212, 123123123: a block of 1–3 digits repeated to the end.
  for (let size = 1; size <= maxBlock; size++) {
    const block = digits.slice(0, size);
    if (digits.length >= size * 3 && block.repeat(Math.ceil(digits.length / size)).startsWith(digits))
      return true;
  }
  return false;
}

function isJunkNational(national: string): boolean {
  if (national.length < MIN_PHONE_DIGITS) return true;
  if (isRepeatedBlock(national, 3) || isRun(national)) return true;
  // Subscriber part all one digit or a run: xxx-000-0000, xxx-555-5555, xxx-123-4567.
  const subscriber = national.slice(-7);
  return isRepeatedBlock(subscriber, 1) || isRun(subscriber);
}

/**
 * Whether a phone value is a stand-in rather than someone's number: too few
 * digits, one digit or a short block repeated (`0000000000`, `5555555555`,
 * `1212121212`), a run (`1234567890`, `9876543210`), a subscriber part of
 * that kind (`212-000-0000`, `212-123-4567`), or a number in a range reserved
 * for fiction (NANP 555-0100…0199 and 555-1212, UK Ofcom drama numbers,
 * Australian ACMA fictional numbers). Takes E.164 (`+15555555555`) or bare
 * digits; bare 10-digit and `1`+10-digit values are read as NANP numbers.
 * Such values must never link two records.
 *
 * @example isPlaceholderPhone('+1 (555) 555-5555') // true
 */
export function isPlaceholderPhone(e164OrDigits: string): boolean {
  if (typeof e164OrDigits !== 'string') return false;
  const international = e164OrDigits.trim().startsWith('+');
  const digits = e164OrDigits.normalize('NFKC').replace(/\D/g, '');
  if (digits.length < MIN_PHONE_DIGITS) return true;
  if (isRepeatedBlock(digits, 3) || isRun(digits)) return true;
  if (FICTIONAL_PREFIXES.some((prefix) => digits.startsWith(prefix))) return true;
  // A bare NANP subscriber number in the 555 exchange (555-1234): the film-and-TV number.
  if (!international && digits.length === 7 && digits.startsWith('555')) return true;
  const nanp =
    (digits.length === 11 && digits.startsWith('1')) || (!international && digits.length === 10)
      ? digits.slice(-10)
      : undefined;
  if (nanp !== undefined) return NANP_FICTIONAL.test(nanp) || isJunkNational(nanp);
  // Other countries: the number after a 1–3 digit country code is one digit repeated (+44 7777 777777).
  return international && [1, 2, 3].some((cc) => isRepeatedBlock(digits.slice(cc), 1));
}

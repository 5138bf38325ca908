import { type CanonicalEmail, canonicalEmail } from './canonical-email.js';

/**
 * Local parts (with `.`, `-` and `_` removed) that people or point-of-sale
 * staff type when a customer has no email or will not give one.
 */
const PLACEHOLDER_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'none',
  'noemail',
  'nomail',
  'noaddress',
  'noemailaddress',
  'noemailprovided',
  'noemailonfile',
  'emailnotprovided',
  'notprovided',
  'notgiven',
  'notavailable',
  'noreply',
  'donotreply',
  'dontreply',
  'declined',
  'decline',
  'refused',
  'optout',
  'na',
  'nil',
  'null',
  'undefined',
  'unknown',
  'nobody',
  'noone',
  'noname',
  'no',
  'nope',
  'test',
  'tester',
  'testing',
  'testuser',
  'testemail',
  'asdf',
  'asdfasdf',
  'asdfgh',
  'qwerty',
  'fake',
  'fakeemail',
  'dummy',
  'sample',
  'example',
  'email',
  'myemail',
  'abc',
  'abc123',
  'xyz',
  'guest',
  'walkin',
  'anonymous',
  'anon',
  'customer',
  'nospam',
]);

/** Local parts that start like this are placeholders whatever follows (`noemail123`, `declined.4711`). */
const PLACEHOLDER_LOCAL_PREFIX =
  /^(?:noe?mail|noreply|donotreply|declined|refused|notprovided|none\d|test\d)/;

/**
 * Domains that do not receive mail for customers: RFC 2606 / RFC 6761
 * reserved names and the made-up domains seen in point-of-sale exports.
 */
const PLACEHOLDER_DOMAINS: ReadonlySet<string> = new Set([
  'example.com',
  'example.net',
  'example.org',
  'test.com',
  'none.com',
  'noemail.com',
  'nomail.com',
  'noreply.com',
  'donotreply.com',
  'fake.com',
  'fakeemail.com',
  'invalid.com',
  'unknown.com',
  'na.com',
  'no.com',
  'nowhere.com',
  'nodomain.com',
  'domain.com',
  'email.test',
  'asdf.com',
  'declined.com',
]);
const RESERVED_TOP_LEVEL = /\.(?:test|example|invalid|localhost|local)$/;

/** Bare values typed into an email field to mean "no email". */
const PLACEHOLDER_WORDS =
  /^(?:|-+|\.+|x+|none|no|n\/?a|nil|null|unknown|declined|refused|no ?e-?mail|not ?provided)$/;

/** `a@a.com`, `abc@abc.net`: a short local part that repeats the domain name. */
const MAX_ECHO_LENGTH = 4;

/**
 * Whether an email value stands for "no email": a reserved or made-up domain
 * (`example.com`, `none.com`, `*.invalid`), a placeholder mailbox on any
 * domain (`none@`, `noemail…@`, `declined@`, `test@`, `no-reply@`), a local part
 * that only repeats one character (`xxx@`) or repeats a short domain name
 * (`a@a.com`), or a bare word such as `none` or `N/A`. Such values must never
 * link two records or be uploaded to an ad platform.
 *
 * @example isPlaceholderEmail('none@none.com') // true
 */
export function isPlaceholderEmail(email: string): boolean {
  if (typeof email !== 'string') return false;
  const canonical = canonicalEmail(email);
  if (canonical === null) return PLACEHOLDER_WORDS.test(email.trim().toLowerCase());
  return isPlaceholderCanonicalEmail(canonical);
}

/** `isPlaceholderEmail` for an address `canonicalEmail` already produced (no second parse). */
export function isPlaceholderCanonicalEmail(canonical: CanonicalEmail): boolean {
  const at = canonical.email.lastIndexOf('@');
  const domain = canonical.email.slice(at + 1);
  const local = canonical.matchKey.slice(0, canonical.matchKey.lastIndexOf('@')).replace(/[._-]/g, '');
  if (PLACEHOLDER_DOMAINS.has(domain) || RESERVED_TOP_LEVEL.test(domain)) return true;
  if (PLACEHOLDER_LOCAL_PARTS.has(local) || PLACEHOLDER_LOCAL_PREFIX.test(local)) return true;
  if (/^(.)\1+$/u.test(local)) return true;
  const label = domain.split('.')[0]!;
  return local.length <= MAX_ECHO_LENGTH && local === label;
}

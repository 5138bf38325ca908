/** A cleaned email address and the key linkers compare. */
export interface CanonicalEmail {
  /** Trimmed, lowercased address with inner whitespace removed, e.g. `jane.doe+shop@gmail.com`. */
  email: string;
  /**
   * The key two addresses of the same mailbox share. For Gmail (`gmail.com`,
   * `googlemail.com`) dots and `+tags` of the local part are ignored by the
   * mail server, so they are dropped and the domain is spelled `gmail.com`;
   * every other address is its own key (other providers do not promise that
   * dots or `+tags` are ignored).
   */
  matchKey: string;
}

/** Domains whose mail servers ignore dots and `+tags` in the local part. */
const GMAIL_DOMAINS: ReadonlySet<string> = new Set(['gmail.com', 'googlemail.com']);

// RFC 5321 limits: 64 octets for the local part, 254 for a whole address.
const MAX_LOCAL_LENGTH = 64;
const MAX_EMAIL_LENGTH = 254;

// Unquoted local part (RFC 5322 dot-atom, with Unicode letters and digits as RFC 6531 allows).
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
// Domain name with at least two labels; the top-level label is letters or an IDNA `xn--` label.
const DOMAIN =
  /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;
const WHITESPACE = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;

/** Whether the (lowercase) domain is Gmail's. */
export function isGmailDomain(domain: string): boolean {
  return GMAIL_DOMAINS.has(domain);
}

/**
 * The Gmail rule: drop dots and a `+tag` from the local part of a Gmail or
 * Googlemail address (lowercase input); other addresses are returned as is.
 * The domain is kept as written, as Google's upload formatting asks.
 */
export function stripGmailLocalPart(email: string): string {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1);
  if (at < 0 || !GMAIL_DOMAINS.has(domain)) return email;
  const local = email.slice(0, at);
  const plus = local.indexOf('+');
  return `${(plus < 0 ? local : local.slice(0, plus)).replaceAll('.', '')}@${domain}`;
}

/**
 * Cleans an email address: Unicode NFKC (full-width characters become ASCII),
 * whitespace removed, lowercase, a `mailto:` prefix or `Name <address>` wrapper
 * unwrapped. Returns null when what is left is not a syntactically valid address
 * (quoted local parts and IP-literal domains are not accepted).
 *
 * @example canonicalEmail(' Jane.Doe+Shop@GMail.com ') // { email: 'jane.doe+shop@gmail.com', matchKey: 'janedoe@gmail.com' }
 */
export function canonicalEmail(raw: string): CanonicalEmail | null {
  if (typeof raw !== 'string') return null;
  let s = raw.normalize('NFKC');
  const angle = /<([^<>]*)>/.exec(s);
  if (angle) s = angle[1]!;
  s = s.replace(WHITESPACE, '').toLowerCase();
  if (s.startsWith('mailto:')) s = s.slice('mailto:'.length);
  const quoted = /^(["'])(.*)\1$/.exec(s);
  if (quoted) s = quoted[2]!;
  s = s.replace(/^"+|[",;.]+$/g, '');
  if (s.length === 0 || s.length > MAX_EMAIL_LENGTH) return null;
  const at = s.lastIndexOf('@');
  if (at <= 0 || s.indexOf('@') !== at) return null;
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  if (local.length > MAX_LOCAL_LENGTH || !LOCAL_PART.test(local) || !DOMAIN.test(domain)) return null;
  if (!GMAIL_DOMAINS.has(domain)) return { email: s, matchKey: s };
  const user = stripGmailLocalPart(s).slice(0, -(domain.length + 1));
  // `+tag@gmail.com` or `...@gmail.com` has no mailbox left once the Gmail rule applies.
  if (user.length === 0) return null;
  return { email: s, matchKey: `${user}@gmail.com` };
}

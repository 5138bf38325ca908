/** Query parameters that carry credentials in some vendor APIs; their values never leave the process. */
const SECRET_PARAMS = new Set([
  'access_token',
  'api_key',
  'apikey',
  'key',
  'token',
  'client_secret',
  'consumer_key',
  'consumer_secret',
  'refresh_token',
  'password',
  'signature',
]);

export const REDACTED = '[REDACTED]';

/** Replaces every occurrence of each secret (at least 4 characters long) with [REDACTED]. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4) continue;
    if (out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/** The URL as text, with user info and secret-bearing query values removed. */
export function redactUrl(url: URL | string, secrets: readonly string[] = []): string {
  const u = new URL(url);
  u.username = '';
  u.password = '';
  for (const name of [...u.searchParams.keys()]) {
    if (SECRET_PARAMS.has(name.toLowerCase())) u.searchParams.set(name, REDACTED);
  }
  return redactSecrets(u.toString(), secrets);
}

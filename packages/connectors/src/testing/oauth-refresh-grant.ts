import type { SandboxRequest } from './sandbox-server.js';

/** The OAuth2 app and refresh token a sandbox accepts. */
export interface SandboxOAuth {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

/**
 * True when a form-encoded token request is a `refresh_token` grant with the
 * sandbox's client id, client secret and refresh token (RFC 6749 §6). The
 * sandboxes answer it with a new access token and everything else with their
 * vendor's refusal.
 */
export function isValidRefreshGrant(request: SandboxRequest, oauth: SandboxOAuth | undefined): boolean {
  if (!oauth) return false;
  const form = new URLSearchParams(typeof request.body === 'string' ? request.body : '');
  return (
    form.get('grant_type') === 'refresh_token' &&
    form.get('client_id') === oauth.clientId &&
    form.get('client_secret') === oauth.clientSecret &&
    form.get('refresh_token') === oauth.refreshToken
  );
}

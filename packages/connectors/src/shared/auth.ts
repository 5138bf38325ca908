import ky from 'ky';
import { z } from 'zod';
import { ApiCallError } from './errors.js';
import { redactSecrets, redactUrl } from './redact.js';

/** The kinds of credentials a connector accepts. */
export const authKinds = ['oauth2', 'bearer', 'api-key', 'basic', 'none'] as const;
export type AuthKind = (typeof authKinds)[number];

/** Tokens issued by an OAuth2 refresh; handed to `onTokens` so onboarding can store them. */
export interface OAuthTokens {
  accessToken: string;
  /** The refresh token to use next time (vendors that rotate it send a new one). */
  refreshToken: string;
  /** ISO 8601 expiry of the access token, when the vendor says. */
  expiresAt?: string | undefined;
}

export type FetchLike = (input: Request | URL | string, init?: RequestInit) => Promise<Response>;

export const credentialsSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('bearer'),
    /** An access token or a private-app token. */
    token: z.string().min(1),
  }),
  z.object({
    type: z.literal('api-key'),
    key: z.string().min(1),
    /** Override the vendor's header name (e.g. `X-Shopify-Access-Token`). */
    header: z.string().min(1).optional(),
  }),
  z.object({
    type: z.literal('basic'),
    username: z.string().min(1),
    password: z.string(),
  }),
  z.object({
    type: z.literal('oauth2'),
    /** The current access token; when absent the first request refreshes. */
    accessToken: z.string().min(1).optional(),
    refreshToken: z.string().min(1),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
    /** The vendor's token endpoint; defaults to the connector's documented one. */
    tokenUrl: z.url().optional(),
    /** Access-token expiry (ISO 8601 or epoch ms); refreshed ahead of time when known. */
    expiresAt: z.union([z.string(), z.number()]).optional(),
  }),
]);

export type Credentials = z.infer<typeof credentialsSchema>;

/** Where and how a vendor expects its token; declared once per connector. */
export interface AuthPlacement {
  /** Header that carries tokens, default `Authorization`. */
  header?: string | undefined;
  /** Scheme before the token, default `Bearer`; `''` sends the bare token (Shopify). */
  scheme?: string | undefined;
  /** OAuth2 token endpoint (absolute, or relative to the connection's baseUrl). */
  tokenUrl?: string | undefined;
  /** How the refresh request is encoded: form (RFC 6749 §6, default) or JSON (Square's ObtainToken). */
  tokenRequest?: 'form' | 'json' | undefined;
}

export interface AuthOptions {
  placement?: AuthPlacement | undefined;
  baseUrl: string;
  fetch?: FetchLike | undefined;
  onTokens?: ((tokens: OAuthTokens) => void | Promise<void>) | undefined;
  /** Vendor name for messages, e.g. "Square". */
  vendor: string;
  now?: (() => number) | undefined;
}

/** Applies credentials to requests and refreshes OAuth2 tokens. */
export interface Auth {
  readonly kind: AuthKind;
  /** Sets the auth header on an outgoing request. */
  apply(headers: Headers): Promise<void>;
  /** True when a 401 can be cured by refreshing (OAuth2 with a refresh token). */
  readonly canRefresh: boolean;
  /** Gets a new access token, hands it to `onTokens`, and uses it from now on. */
  refresh(): Promise<void>;
  /** Every secret this auth knows, for redaction. */
  secrets(): string[];
}

// Refresh this long before a known expiry, so a token does not lapse mid-request.
const EXPIRY_MARGIN_MS = 60_000;

const tokenResponseSchema = z.looseObject({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).nullish(),
  expires_in: z.union([z.number(), z.string()]).nullish(),
  expires_at: z.string().nullish(),
});

function toEpochMs(value: string | number | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}

/** Builds the Auth for a connection from the user's credentials and the vendor's placement. */
export function createAuth(credentials: Credentials | undefined, options: AuthOptions): Auth {
  const header = options.placement?.header ?? 'Authorization';
  const scheme = options.placement?.scheme ?? 'Bearer';
  const withScheme = (token: string) => (scheme === '' ? token : `${scheme} ${token}`);

  if (credentials === undefined) {
    return {
      kind: 'none',
      apply: async () => {},
      canRefresh: false,
      refresh: async () => {},
      secrets: () => [],
    };
  }
  switch (credentials.type) {
    case 'bearer':
      return {
        kind: 'bearer',
        apply: async (h) => h.set(header, withScheme(credentials.token)),
        canRefresh: false,
        refresh: async () => {},
        secrets: () => [credentials.token],
      };
    case 'api-key':
      return {
        kind: 'api-key',
        apply: async (h) => {
          // A key named for its own header is sent bare; otherwise it takes the vendor's placement.
          if (credentials.header) h.set(credentials.header, credentials.key);
          else h.set(header, withScheme(credentials.key));
        },
        canRefresh: false,
        refresh: async () => {},
        secrets: () => [credentials.key],
      };
    case 'basic': {
      const encoded = Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64');
      return {
        kind: 'basic',
        apply: async (h) => h.set('Authorization', `Basic ${encoded}`),
        canRefresh: false,
        refresh: async () => {},
        secrets: () => [credentials.password, encoded],
      };
    }
    case 'oauth2':
      return new OAuth2Auth(credentials, options, header, withScheme);
  }
}

type OAuth2Credentials = Extract<Credentials, { type: 'oauth2' }>;

class OAuth2Auth implements Auth {
  readonly kind = 'oauth2' as const;
  readonly canRefresh = true;
  readonly #credentials: OAuth2Credentials;
  readonly #options: AuthOptions;
  readonly #header: string;
  readonly #withScheme: (token: string) => string;
  readonly #known = new Set<string>();
  #accessToken: string | undefined;
  #refreshToken: string;
  #expiresAt: number | undefined;
  #refreshing: Promise<void> | null = null;

  constructor(
    credentials: OAuth2Credentials,
    options: AuthOptions,
    header: string,
    withScheme: (token: string) => string,
  ) {
    this.#credentials = credentials;
    this.#options = options;
    this.#header = header;
    this.#withScheme = withScheme;
    this.#accessToken = credentials.accessToken;
    this.#refreshToken = credentials.refreshToken;
    this.#expiresAt = toEpochMs(credentials.expiresAt);
    for (const s of [credentials.accessToken, credentials.refreshToken, credentials.clientSecret]) {
      if (s) this.#known.add(s);
    }
  }

  secrets(): string[] {
    return [...this.#known];
  }

  async apply(headers: Headers): Promise<void> {
    const now = (this.#options.now ?? Date.now)();
    if (
      this.#accessToken === undefined ||
      (this.#expiresAt !== undefined && this.#expiresAt - EXPIRY_MARGIN_MS <= now)
    ) {
      await this.refresh();
    }
    headers.set(this.#header, this.#withScheme(this.#accessToken as string));
  }

  /** Concurrent callers share one refresh. */
  refresh(): Promise<void> {
    this.#refreshing ??= this.#doRefresh().finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #doRefresh(): Promise<void> {
    const { vendor } = this.#options;
    const tokenUrl = this.#credentials.tokenUrl ?? this.#options.placement?.tokenUrl;
    if (!tokenUrl) {
      throw new ApiCallError({
        code: 'AUTH_FAILED',
        method: 'POST',
        url: this.#options.baseUrl,
        isRetryable: false,
        message: `${vendor} OAuth2 credentials need a tokenUrl to refresh the access token; pass credentials.tokenUrl.`,
      });
    }
    const url = new URL(tokenUrl, this.#options.baseUrl);
    const fields = {
      grant_type: 'refresh_token',
      refresh_token: this.#refreshToken,
      client_id: this.#credentials.clientId,
      client_secret: this.#credentials.clientSecret,
    };
    const asJson = this.#options.placement?.tokenRequest === 'json';
    let response: Response;
    try {
      response = await ky.post(url, {
        ...(asJson ? { json: fields } : { body: new URLSearchParams(fields) }),
        headers: { accept: 'application/json' },
        throwHttpErrors: false,
        timeout: 30_000,
        // Token endpoints are retried only for transient failures; a 400/401 (invalid_grant) is final.
        retry: {
          limit: 2,
          methods: ['post'],
          statusCodes: [429, 500, 502, 503, 504],
          jitter: true,
          backoffLimit: 5_000,
        },
        ...(this.#options.fetch ? { fetch: this.#options.fetch } : {}),
      });
    } catch (error) {
      throw new ApiCallError({
        code: 'NETWORK_ERROR',
        method: 'POST',
        url: redactUrl(url),
        isRetryable: true,
        message: `Could not reach the ${vendor} token endpoint ${redactUrl(url)} to refresh the access token: ${(error as Error).message}. Check the network and tokenUrl.`,
        cause: { name: (error as Error).name, message: (error as Error).message },
      });
    }
    const text = redactSecrets((await response.text()).slice(0, 2_000), this.secrets());
    // Some token endpoints (Zoho's accounts server) refuse a refresh token with 200 and an
    // OAuth error body: a refusal all the same, not a malformed answer.
    if (!response.ok || isOAuthRefusal(text)) {
      throw new ApiCallError({
        code: 'AUTH_FAILED',
        method: 'POST',
        url: redactUrl(url),
        status: response.status,
        body: text,
        isRetryable: false,
        message: `${vendor} refused to refresh the access token (${response.status}${oauthErrorOf(text)}). The refresh token was revoked or expired, or the client id/secret are wrong: reconnect the ${vendor} account to issue new tokens.`,
      });
    }
    let parsed: z.infer<typeof tokenResponseSchema>;
    try {
      parsed = tokenResponseSchema.parse(JSON.parse(text));
    } catch (cause) {
      throw new ApiCallError({
        code: 'MALFORMED_RESPONSE',
        method: 'POST',
        url: redactUrl(url),
        status: response.status,
        isRetryable: false,
        message: `${vendor} token endpoint answered without an access_token; check tokenUrl points at the OAuth2 token endpoint.`,
        cause: { name: 'ZodError', message: (cause as Error).message },
      });
    }
    const now = (this.#options.now ?? Date.now)();
    const expiresIn = parsed.expires_in == null ? undefined : Number(parsed.expires_in);
    this.#accessToken = parsed.access_token;
    this.#refreshToken = parsed.refresh_token ?? this.#refreshToken;
    this.#expiresAt =
      parsed.expires_at != null
        ? toEpochMs(parsed.expires_at)
        : expiresIn !== undefined && Number.isFinite(expiresIn)
          ? now + expiresIn * 1000
          : undefined;
    this.#known.add(this.#accessToken);
    this.#known.add(this.#refreshToken);
    const tokens: OAuthTokens = {
      accessToken: this.#accessToken,
      refreshToken: this.#refreshToken,
      ...(this.#expiresAt !== undefined ? { expiresAt: new Date(this.#expiresAt).toISOString() } : {}),
    };
    await this.#options.onTokens?.(tokens);
  }
}

/** A token answer carrying an OAuth `error` and no access token, whatever its status. */
function isOAuthRefusal(text: string): boolean {
  try {
    const body = JSON.parse(text) as { error?: unknown; access_token?: unknown };
    return typeof body.error === 'string' && body.access_token === undefined;
  } catch {
    return false;
  }
}

function oauthErrorOf(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown };
    if (typeof body.error === 'string') return `: ${body.error}`;
    if (typeof body.message === 'string') return `: ${body.message.slice(0, 200)}`;
  } catch {}
  return '';
}

type CredentialOption = (typeof credentialsSchema.options)[number];

/**
 * The credentials schema narrowed to the types a vendor supports, with an
 * error that lists them (e.g. Square: oauth2 or bearer).
 */
export function acceptCredentials<const K extends Credentials['type']>(
  types: readonly K[],
): z.ZodType<Extract<Credentials, { type: K }>, Extract<Credentials, { type: K }>> {
  const options = credentialsSchema.options.filter((o: CredentialOption) =>
    (types as readonly string[]).includes(o.shape.type.value),
  );
  return z.discriminatedUnion('type', options as unknown as [CredentialOption, ...CredentialOption[]], {
    error: `credentials.type must be one of: ${types.join(', ')}`,
  }) as unknown as z.ZodType<Extract<Credentials, { type: K }>, Extract<Credentials, { type: K }>>;
}

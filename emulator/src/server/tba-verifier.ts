import {
  baseStringUri,
  hmacSha256Signature,
  parseOAuthHeader,
  parseQuery,
  signatureBaseString,
  signaturesMatch,
} from './oauth';

/** One access token of an integration, as the seed's "integrations" hold them. */
export interface TbaCredential {
  readonly integration: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
  /** The entity the token logs in as, e.g. an integration employee's internal id. */
  readonly user: string;
  readonly role: string;
}

/**
 * Why a login failed, in the vocabulary of NetSuite's Login Audit Trail for RESTlets (Help: "Error Messages for
 * RESTlets, SOAP Web Services, and REST Web Services"): consumer_key_unknown, nonce_rejected, nonce_used. The
 * remaining reasons use the OAuth 1.0a problem-reporting names (timestamp_refused, signature_invalid, ...)
 * because the Help page excerpt available here does not list NetSuite's RESTlet names for them.
 * The caller only ever sees INVALID_LOGIN_ATTEMPT; the reason goes to the server's audit trail.
 */
export type LoginFailureReason =
  | 'header_absent'
  | 'parameter_absent'
  | 'parameter_rejected'
  | 'realm_rejected'
  | 'version_rejected'
  | 'signature_method_rejected'
  | 'consumer_key_unknown'
  | 'token_rejected'
  | 'timestamp_refused'
  | 'nonce_rejected'
  | 'nonce_used'
  | 'signature_invalid';

export type LoginResult =
  | { readonly ok: true; readonly credential: TbaCredential }
  | { readonly ok: false; readonly reason: LoginFailureReason; readonly detail: string };

export interface SignedRequest {
  readonly method: string;
  /** The scheme, host (with port) and path the client addressed, e.g. from the Host header. */
  readonly scheme: string;
  readonly host: string;
  readonly path: string;
  /** The raw query string, without '?'. */
  readonly query: string;
  readonly authorization: string | undefined;
}

const REQUIRED = [
  'oauth_consumer_key',
  'oauth_token',
  'oauth_signature_method',
  'oauth_timestamp',
  'oauth_nonce',
  'oauth_signature',
] as const;

/**
 * Verifies TBA-signed requests for one account. The timestamp must be within ±5 minutes of the account clock
 * (NetSuite Help, "Error Messages for the TBA Authorization Flow": InvalidTimestamp, "within plus or minus five
 * minutes of the server time"); a nonce must be at least 6 characters (nonce_rejected) and a token may not reuse a
 * nonce+timestamp pair (nonce_used). Nonces are remembered for the window, after which their timestamps fail anyway.
 */
export class TbaVerifier {
  static readonly WINDOW_SECONDS = 300;
  static readonly MIN_NONCE_LENGTH = 6;
  private readonly usedNonces = new Map<string, number>();
  private readonly byConsumerKey = new Map<string, TbaCredential[]>();

  constructor(
    private readonly accountId: string,
    credentials: readonly TbaCredential[],
    private readonly nowSeconds: () => number,
  ) {
    for (const credential of credentials) {
      const list = this.byConsumerKey.get(credential.consumerKey) ?? [];
      list.push(credential);
      this.byConsumerKey.set(credential.consumerKey, list);
    }
  }

  verify(request: SignedRequest): LoginResult {
    const header = parseOAuthHeader(request.authorization);
    if (!header) return fail('header_absent', 'no OAuth Authorization header');
    if (header.duplicated.length > 0)
      return fail('parameter_rejected', `repeated: ${header.duplicated.join(', ')}`);
    const missing = REQUIRED.filter((name) => !header.parameters.has(name));
    if (missing.length > 0) return fail('parameter_absent', `missing: ${missing.join(', ')}`);
    const param = (name: string): string => header.parameters.get(name) ?? '';

    // Realm is the account id exactly; a sandbox is 123456_SB1 and NetSuite refuses 123456_sb1.
    if (header.realm !== this.accountId)
      return fail('realm_rejected', `realm ${JSON.stringify(header.realm)} is not ${this.accountId}`);
    if (header.parameters.has('oauth_version') && param('oauth_version') !== '1.0')
      return fail('version_rejected', `oauth_version ${param('oauth_version')}`);
    // HMAC-SHA1 stopped being accepted for TBA in 2023.1; HMAC-SHA256 is the only method left.
    if (param('oauth_signature_method') !== 'HMAC-SHA256')
      return fail('signature_method_rejected', param('oauth_signature_method'));

    const candidates = this.byConsumerKey.get(param('oauth_consumer_key'));
    if (!candidates) return fail('consumer_key_unknown', 'no integration has that consumer key');
    const credential = candidates.find((c) => c.tokenId === param('oauth_token'));
    if (!credential) return fail('token_rejected', 'no token with that id for this integration');

    const timestampText = param('oauth_timestamp');
    const timestamp = /^\d{1,12}$/.test(timestampText) ? Number(timestampText) : NaN;
    const now = this.nowSeconds();
    if (!Number.isFinite(timestamp) || Math.abs(now - timestamp) > TbaVerifier.WINDOW_SECONDS)
      return fail('timestamp_refused', `timestamp ${timestampText}, server time ${now}`);
    const nonce = param('oauth_nonce');
    if (nonce.length < TbaVerifier.MIN_NONCE_LENGTH)
      return fail('nonce_rejected', `nonce shorter than ${TbaVerifier.MIN_NONCE_LENGTH}`);

    const parameters: Array<[string, string]> = [...parseQuery(request.query), ...header.parameters];
    const base = signatureBaseString(
      request.method,
      baseStringUri(request.scheme, request.host, request.path),
      parameters,
    );
    const expected = hmacSha256Signature(base, credential.consumerSecret, credential.tokenSecret);
    if (!signaturesMatch(expected, param('oauth_signature')))
      return fail('signature_invalid', 'signature does not match the request');

    // The nonce counts as used only once the signature proved the caller holds the secrets.
    this.forgetExpired(now);
    const nonceKey = `${credential.tokenId}\u0000${nonce}\u0000${timestampText}`;
    if (this.usedNonces.has(nonceKey)) return fail('nonce_used', 'nonce and timestamp already used');
    this.usedNonces.set(nonceKey, timestamp);
    return { ok: true, credential };
  }

  private forgetExpired(now: number): void {
    for (const [key, timestamp] of this.usedNonces) {
      if (now - timestamp > TbaVerifier.WINDOW_SECONDS) this.usedNonces.delete(key);
    }
  }
}

function fail(reason: LoginFailureReason, detail: string): LoginResult {
  return { ok: false, reason, detail };
}

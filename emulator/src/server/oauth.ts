import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * OAuth 1.0a as NetSuite's token-based authentication (TBA) uses it for RESTlets: HMAC-SHA256 signatures over the
 * RFC 5849 §3.4.1 base string, keyed with consumerSecret&tokenSecret, the account id as realm (not signed).
 * Pure functions; the verifier with its nonce memory is in tba-verifier.ts.
 */

/** RFC 5849 §3.6: RFC 3986 unreserved characters stay, every other UTF-8 byte becomes %XX (upper-case hex). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Decodes one application/x-www-form-urlencoded component ('+' is a space), as RFC 5849 §3.4.1.3.1 requires. */
function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

/** The name/value pairs of a query string, decoded, duplicates and order kept. */
export function parseQuery(query: string): Array<[string, string]> {
  const text = query.startsWith('?') ? query.slice(1) : query;
  if (text === '') return [];
  return text.split('&').map((pair): [string, string] => {
    const eq = pair.indexOf('=');
    return eq < 0 ? [formDecode(pair), ''] : [formDecode(pair.slice(0, eq)), formDecode(pair.slice(eq + 1))];
  });
}

/** RFC 5849 §3.4.1.2: scheme and host lower-case, the port only when it is not the scheme's default, no query. */
export function baseStringUri(scheme: string, host: string, path: string): string {
  const lowerScheme = scheme.toLowerCase();
  const [hostname = '', port] = splitHostPort(host.toLowerCase());
  const defaultPort = lowerScheme === 'https' ? '443' : lowerScheme === 'http' ? '80' : null;
  const authority = port !== undefined && port !== defaultPort ? `${hostname}:${port}` : hostname;
  return `${lowerScheme}://${authority}${path === '' ? '/' : path}`;
}

function splitHostPort(host: string): [string, string | undefined] {
  // IPv6 literals keep their brackets: "[::1]:8787".
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(host);
  return match ? [match[1] ?? '', match[2]] : [host, undefined];
}

/**
 * RFC 5849 §3.4.1: METHOD&encoded(base URI)&encoded(normalised parameters). Parameters are every query parameter
 * and every oauth_* protocol parameter except oauth_signature (and never realm), each name and value
 * percent-encoded, sorted by name then value, joined as name=value with '&'.
 */
export function signatureBaseString(
  method: string,
  baseUri: string,
  parameters: ReadonlyArray<readonly [string, string]>,
): string {
  const normalised = parameters
    .filter(([name]) => name !== 'oauth_signature' && name !== 'realm')
    .map(([name, value]) => [percentEncode(name), percentEncode(value)] as const)
    .sort(([aName, aValue], [bName, bValue]) =>
      aName < bName ? -1 : aName > bName ? 1 : aValue < bValue ? -1 : aValue > bValue ? 1 : 0,
    )
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  return [method.toUpperCase(), percentEncode(baseUri), percentEncode(normalised)].join('&');
}

/** HMAC-SHA256 of the base string with key consumerSecret&tokenSecret (each percent-encoded), base64. */
export function hmacSha256Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac('sha256', key).update(baseString).digest('base64');
}

/** Constant-time comparison of two signatures, so timing does not reveal how much of a forgery matched. */
export function signaturesMatch(expected: string, received: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** An `Authorization: OAuth ...` header split into realm and oauth_* parameters (values percent-decoded). */
export interface OAuthAuthorization {
  readonly realm: string | null;
  readonly parameters: ReadonlyMap<string, string>;
  /** A parameter named twice is a malformed header (RFC 5849 §3.5.1 allows each once). */
  readonly duplicated: readonly string[];
}

/** Parses an OAuth Authorization header; anything that is not one (another scheme, broken syntax) gives null. */
export function parseOAuthHeader(header: string | undefined): OAuthAuthorization | null {
  if (header === undefined) return null;
  const match = /^\s*OAuth\s+(.*)$/is.exec(header);
  if (!match) return null;
  const body = match[1] ?? '';
  const pairPattern = /\s*([A-Za-z0-9_.~%-]+)\s*=\s*"([^"]*)"\s*(,|$)/gy;
  const parameters = new Map<string, string>();
  const duplicated: string[] = [];
  let realm: string | null = null;
  let consumed = 0;
  for (let pair = pairPattern.exec(body); pair; pair = pairPattern.exec(body)) {
    consumed = pairPattern.lastIndex;
    let name: string;
    let value: string;
    try {
      name = decodeURIComponent(pair[1] ?? '');
      value = decodeURIComponent(pair[2] ?? '');
    } catch {
      return null;
    }
    if (name === 'realm') {
      realm = value;
      continue;
    }
    if (parameters.has(name)) duplicated.push(name);
    parameters.set(name, value);
    if (pair[3] === '') break;
  }
  if (body.slice(consumed).trim() !== '') return null;
  return { realm, parameters, duplicated };
}

/** Builds the header a client sends; the demo and `npm start`'s printed examples use it. */
export function buildOAuthHeader(realm: string, parameters: Readonly<Record<string, string>>): string {
  const parts = [`realm="${percentEncode(realm)}"`];
  for (const [name, value] of Object.entries(parameters))
    parts.push(`${percentEncode(name)}="${percentEncode(value)}"`);
  return `OAuth ${parts.join(', ')}`;
}

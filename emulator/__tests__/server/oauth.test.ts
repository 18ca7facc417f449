import { createHmac } from 'node:crypto';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- oauth-1.0a is `export =` and esModuleInterop is off
import OAuth = require('oauth-1.0a');
import {
  baseStringUri,
  buildOAuthHeader,
  parseOAuthHeader,
  parseQuery,
  percentEncode,
  signatureBaseString,
} from '../../src/server/oauth';
import { type TbaCredential, TbaVerifier } from '../../src/server/tba-verifier';

const ACCOUNT = '1234567_SB1';
const credential: TbaCredential = {
  integration: 'Patchworks',
  consumerKey: 'ck'.padEnd(64, '1'),
  consumerSecret: 'cs'.padEnd(64, '2'),
  tokenId: 'ti'.padEnd(64, '3'),
  tokenSecret: 'ts'.padEnd(64, '4'),
  user: '7',
  role: 'customrole_pwi_integration',
};
const NOW = 1_780_000_000;

/** Signs with the independent oauth-1.0a package, as nsrestlet does. */
function signWithLibrary(
  method: string,
  url: string,
  options: { realm?: string; nonce?: string; timestamp?: number; secret?: string } = {},
): string {
  const oauth = new OAuth({
    consumer: { key: credential.consumerKey, secret: options.secret ?? credential.consumerSecret },
    signature_method: 'HMAC-SHA256',
    hash_function: (base, key) => createHmac('sha256', key).update(base).digest('base64'),
    realm: options.realm ?? ACCOUNT,
  });
  const data = oauth.authorize({ url, method }, { key: credential.tokenId, secret: credential.tokenSecret });
  if (options.nonce !== undefined) data.oauth_nonce = options.nonce;
  if (options.timestamp !== undefined) data.oauth_timestamp = options.timestamp;
  // Re-sign over the overridden values; the library would otherwise sign its own signature too.
  const unsigned: Partial<OAuth.Authorization> = { ...data };
  delete unsigned.oauth_signature;
  data.oauth_signature = oauth.getSignature({ url, method }, credential.tokenSecret, unsigned as OAuth.Data);
  return oauth.toHeader(data).Authorization;
}

function requestFor(method: string, url: string, authorization: string | undefined) {
  const parsed = new URL(url);
  return {
    method,
    scheme: parsed.protocol.replace(':', ''),
    host: parsed.host,
    path: parsed.pathname,
    query: parsed.search.replace(/^\?/, ''),
    authorization,
  };
}

const URL_ONE = 'http://127.0.0.1:8787/app/site/hosting/restlet.nl?script=customscript_pwi_order_rl&deploy=1';

describe('RFC 5849 signature base string', () => {
  it('reproduces the specification example of §3.4.1.1 byte for byte', () => {
    // The example request: query b5=%3D%253D&a3=a&c%40=&a2=r%20b, form body c2&a3=2+q, and the header parameters.
    const parameters = [
      ...parseQuery('b5=%3D%253D&a3=a&c%40=&a2=r%20b'),
      ...parseQuery('c2&a3=2+q'),
      ['oauth_consumer_key', '9djdj82h48djs9d2'],
      ['oauth_token', 'kkk9d7dh3k39sjv7'],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', '137131201'],
      ['oauth_nonce', '7d8f3e4a'],
      ['oauth_signature', 'bYT5CMsGcbgUdFHObYMEfcx6bsw='],
      ['realm', 'Example'],
    ] as Array<[string, string]>;
    expect(signatureBaseString('POST', baseStringUri('http', 'example.com', '/request'), parameters)).toBe(
      'POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D' +
        '%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1' +
        '%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7',
    );
  });

  it('drops default ports, keeps others, and lower-cases scheme and host (§3.4.1.2)', () => {
    expect(baseStringUri('HTTP', 'Example.COM:80', '/r')).toBe('http://example.com/r');
    expect(baseStringUri('https', 'example.com:443', '/r')).toBe('https://example.com/r');
    expect(baseStringUri('http', '127.0.0.1:8787', '/r')).toBe('http://127.0.0.1:8787/r');
  });

  it('percent-encodes everything outside RFC 3986 unreserved characters (§3.6)', () => {
    expect(percentEncode("a b!*'()~._-é")).toBe('a%20b%21%2A%27%28%29~._-%C3%A9');
  });

  it('parses an Authorization header from any client ordering, realm anywhere', () => {
    const parsed = parseOAuthHeader(buildOAuthHeader(ACCOUNT, { oauth_nonce: 'a b', oauth_token: 'x' }));
    expect(parsed?.realm).toBe(ACCOUNT);
    expect(parsed?.parameters.get('oauth_nonce')).toBe('a b');
    expect(parseOAuthHeader('Basic Zm9vOmJhcg==')).toBeNull();
    expect(parseOAuthHeader('OAuth oauth_nonce="x", garbage')).toBeNull();
    expect(parseOAuthHeader('OAuth a="1", a="2"')?.duplicated).toEqual(['a']);
  });
});

describe('TbaVerifier', () => {
  let now = NOW;
  const verifier = () => new TbaVerifier(ACCOUNT, [credential], () => now);
  beforeEach(() => {
    now = NOW;
  });

  it('accepts a request signed by the independent oauth-1.0a library, query parameters included', () => {
    const header = signWithLibrary('POST', URL_ONE, { timestamp: NOW });
    const result = verifier().verify(requestFor('POST', URL_ONE, header));
    expect(result).toEqual({ ok: true, credential });
  });

  it('accepts GET parameters the client appended to the signed URL', () => {
    const url = `${URL_ONE}&shopifyOrderId=5%20001&gid=gid%3A%2F%2Fshopify%2FOrder%2F1`;
    const result = verifier().verify(requestFor('GET', url, signWithLibrary('GET', url, { timestamp: NOW })));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['a wrong consumer secret', { secret: 'nope' }, 'signature_invalid'],
    ['a lower-case sandbox realm', { realm: '1234567_sb1' }, 'realm_rejected'],
    ['a timestamp 301 s old', { timestamp: NOW - 301 }, 'timestamp_refused'],
    ['a timestamp 301 s ahead', { timestamp: NOW + 301 }, 'timestamp_refused'],
    ['a five-character nonce', { nonce: 'abcde' }, 'nonce_rejected'],
  ])('refuses %s', (_label, options, reason) => {
    const header = signWithLibrary('POST', URL_ONE, { timestamp: NOW, ...options });
    const result = verifier().verify(requestFor('POST', URL_ONE, header));
    expect(result).toMatchObject({ ok: false, reason });
  });

  it('accepts timestamps at the edges of the ±300 s window', () => {
    const v = verifier();
    for (const timestamp of [NOW - 300, NOW + 300]) {
      const header = signWithLibrary('POST', URL_ONE, { timestamp });
      expect(v.verify(requestFor('POST', URL_ONE, header)).ok).toBe(true);
    }
  });

  it('refuses a request whose URL was changed after signing', () => {
    const header = signWithLibrary('POST', URL_ONE, { timestamp: NOW });
    const tampered = URL_ONE.replace('deploy=1', 'deploy=2');
    expect(verifier().verify(requestFor('POST', tampered, header))).toMatchObject({
      reason: 'signature_invalid',
    });
    expect(verifier().verify(requestFor('PUT', URL_ONE, header))).toMatchObject({
      reason: 'signature_invalid',
    });
  });

  it('refuses a replayed nonce and timestamp, but not the same nonce with a new timestamp', () => {
    const v = verifier();
    const header = signWithLibrary('POST', URL_ONE, { timestamp: NOW, nonce: 'replayed-nonce' });
    expect(v.verify(requestFor('POST', URL_ONE, header)).ok).toBe(true);
    expect(v.verify(requestFor('POST', URL_ONE, header))).toMatchObject({ ok: false, reason: 'nonce_used' });
    const later = signWithLibrary('POST', URL_ONE, { timestamp: NOW + 1, nonce: 'replayed-nonce' });
    expect(v.verify(requestFor('POST', URL_ONE, later)).ok).toBe(true);
  });

  it('does not burn a nonce on a request whose signature failed', () => {
    const v = verifier();
    const forged = signWithLibrary('POST', URL_ONE, { timestamp: NOW, nonce: 'shared-nonce', secret: 'x' });
    expect(v.verify(requestFor('POST', URL_ONE, forged))).toMatchObject({ reason: 'signature_invalid' });
    const genuine = signWithLibrary('POST', URL_ONE, { timestamp: NOW, nonce: 'shared-nonce' });
    expect(v.verify(requestFor('POST', URL_ONE, genuine)).ok).toBe(true);
  });

  it('names the missing pieces: header, parameters, consumer key, token, method', () => {
    const v = verifier();
    expect(v.verify(requestFor('POST', URL_ONE, undefined))).toMatchObject({ reason: 'header_absent' });
    expect(v.verify(requestFor('POST', URL_ONE, 'OAuth realm="1234567_SB1"'))).toMatchObject({
      reason: 'parameter_absent',
    });
    const good = parseOAuthHeader(signWithLibrary('POST', URL_ONE, { timestamp: NOW }));
    const withParam = (name: string, value: string) =>
      buildOAuthHeader(ACCOUNT, { ...Object.fromEntries(good?.parameters ?? []), [name]: value });
    expect(v.verify(requestFor('POST', URL_ONE, withParam('oauth_consumer_key', 'other')))).toMatchObject({
      reason: 'consumer_key_unknown',
    });
    expect(v.verify(requestFor('POST', URL_ONE, withParam('oauth_token', 'other')))).toMatchObject({
      reason: 'token_rejected',
    });
    expect(
      v.verify(requestFor('POST', URL_ONE, withParam('oauth_signature_method', 'HMAC-SHA1'))),
    ).toMatchObject({ reason: 'signature_method_rejected' });
    expect(v.verify(requestFor('POST', URL_ONE, withParam('oauth_version', '2.0')))).toMatchObject({
      reason: 'version_rejected',
    });
  });

  it('refuses a replay made after the window by its timestamp, so forgotten nonces cannot be reused', () => {
    const v = verifier();
    const header = signWithLibrary('POST', URL_ONE, { timestamp: NOW, nonce: 'old-nonce' });
    expect(v.verify(requestFor('POST', URL_ONE, header)).ok).toBe(true);
    now = NOW + 400;
    expect(v.verify(requestFor('POST', URL_ONE, header))).toMatchObject({ reason: 'timestamp_refused' });
  });
});

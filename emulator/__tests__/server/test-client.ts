import { createHmac, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { TbaCredential } from '../../src/server/tba-verifier';

// nsrestlet first asks https://rest.netsuite.com/rest/datacenterurls for the account's RESTlet domain. The tests
// point that host at the emulator, which answers the lookup itself, like a hosts-file entry would.
let mockDataCenterBase = '';
jest.mock('request', () => {
  const real = jest.requireActual<(options: { url?: string }, callback: unknown) => unknown>('request');
  return (options: { url?: string }, callback: unknown) => {
    const url = options.url ?? '';
    const rewritten = url.startsWith('https://rest.netsuite.com/')
      ? { ...options, url: url.replace('https://rest.netsuite.com', mockDataCenterBase) }
      : options;
    return real(rewritten, callback);
  };
});

/** nsrestlet has no type declarations; this is the part of its API the tests use. */
export interface NsRestletLink {
  get(payload: Record<string, string>): Promise<unknown>;
  post(payload: unknown): Promise<unknown>;
  put(payload: unknown): Promise<unknown>;
  delete(payload: Record<string, string>): Promise<unknown>;
}
interface NsRestletModule {
  createLink(
    account: {
      accountId: string;
      tokenKey: string;
      tokenSecret: string;
      consumerKey: string;
      consumerSecret: string;
    },
    url: { url: string; retries?: number },
  ): NsRestletLink;
}

const nsrestlet = jest.requireActual<NsRestletModule>('nsrestlet');

/** The keys and secrets of one integration's token, as a client holds them. */
export interface TokenKeys {
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

/**
 * The stock nsrestlet client's link to a RESTlet on the emulator listening at `base` (the data-center lookup
 * goes there too), signing with `keys`.
 */
export function nsrestletLink(
  base: string,
  accountId: string,
  keys: TokenKeys,
  restletUrl: string,
  retries?: number,
): NsRestletLink {
  mockDataCenterBase = base;
  return nsrestlet.createLink(
    {
      accountId,
      consumerKey: keys.consumerKey,
      consumerSecret: keys.consumerSecret,
      tokenKey: keys.tokenId,
      tokenSecret: keys.tokenSecret,
    },
    { url: restletUrl, ...(retries === undefined ? {} : { retries }) },
  );
}

export interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string | string[] | undefined>;
  readonly body: string;
}

/** A plain HTTP call, for the cases a stock client cannot produce (no Content-Type, a replayed header). */
export function rawRequest(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * An Authorization header signed independently of the emulator's verifier, following RFC 5849 directly
 * (the cross-check against a third implementation, oauth-1.0a, is in oauth.test.ts).
 */
export function signedHeader(
  accountId: string,
  credential: TbaCredential,
  method: string,
  url: string,
  nonce = randomBytes(12).toString('hex'),
  timestamp = Math.floor(Date.now() / 1000),
): string {
  const enc = (s: string) =>
    encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  const parsed = new URL(url);
  const oauth: Record<string, string> = {
    oauth_consumer_key: credential.consumerKey,
    oauth_token: credential.tokenId,
    oauth_signature_method: 'HMAC-SHA256',
    oauth_timestamp: String(timestamp),
    oauth_nonce: nonce,
    oauth_version: '1.0',
  };
  const pairs = [...parsed.searchParams, ...Object.entries(oauth)]
    .map(([k, v]) => [enc(k), enc(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : 1) : ak < bk ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`);
  const base = [
    method,
    enc(`${parsed.protocol}//${parsed.host}${parsed.pathname}`),
    enc(pairs.join('&')),
  ].join('&');
  const signature = createHmac('sha256', `${enc(credential.consumerSecret)}&${enc(credential.tokenSecret)}`)
    .update(base)
    .digest('base64');
  const fields = Object.entries({ ...oauth, oauth_signature: signature }).map(([k, v]) => `${k}="${enc(v)}"`);
  return `OAuth realm="${accountId}", ${fields.join(', ')}`;
}

import { createHmac, randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { TbaCredential } from '../../src/server/tba-verifier';

/** nsrestlet has no type declarations; this is the part of its API the tests use. */
export interface NsRestletLink {
  get(payload: Record<string, string>): Promise<unknown>;
  post(payload: unknown): Promise<unknown>;
  put(payload: unknown): Promise<unknown>;
  delete(payload: Record<string, string>): Promise<unknown>;
}
export interface NsRestletModule {
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

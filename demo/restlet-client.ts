import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import {
  baseStringUri,
  buildOAuthHeader,
  hmacSha256Signature,
  parseQuery,
  signatureBaseString,
} from '../emulator/src/server/oauth';

/** Token-based authentication credentials, as an integration such as Patchworks holds them. */
export interface TbaCredentials {
  readonly accountId: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokenId: string;
  readonly tokenSecret: string;
}

export interface RestletReply {
  readonly status: number;
  readonly contentType: string;
  /** Parsed JSON when the reply is JSON, else the text. */
  readonly body: unknown;
  readonly ms: number;
}

/** The reply's JSON object; an empty one when the body was text or null. */
export function replyObject(reply: RestletReply): Record<string, unknown> {
  return typeof reply.body === 'object' && reply.body !== null ? (reply.body as Record<string, unknown>) : {};
}

/**
 * Calls RESTlets the way Patchworks' HTTP connector does: restlet.nl?script=&deploy=, an OAuth 1.0a
 * HMAC-SHA256 Authorization header with realm = account id, JSON bodies.
 */
export class RestletClient {
  constructor(
    private readonly baseUrl: string,
    private readonly credentials: TbaCredentials,
  ) {}

  async call(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    script: string,
    deploy: string,
    options: { query?: Record<string, string>; body?: unknown } = {},
  ): Promise<RestletReply> {
    const url = new URL('/app/site/hosting/restlet.nl', this.baseUrl);
    url.searchParams.set('script', script);
    url.searchParams.set('deploy', deploy);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, value);
    const body = options.body === undefined ? undefined : JSON.stringify(options.body);
    const headers: Record<string, string> = { Authorization: this.authorization(method, url) };
    if (body !== undefined || method === 'POST' || method === 'PUT')
      headers['Content-Type'] = 'application/json';
    const started = Date.now();
    const raw = await send(url, method, headers, body);
    // A GET has no body, and NetSuite then answers in plain text; the text is still the script's JSON.
    const looksJson = raw.contentType.includes('json') || /^\s*[[{]/.test(raw.body);
    let parsed: unknown = raw.body;
    if (looksJson && raw.body !== '') {
      try {
        parsed = JSON.parse(raw.body) as unknown;
      } catch {
        parsed = raw.body;
      }
    }
    return { status: raw.status, contentType: raw.contentType, body: parsed, ms: Date.now() - started };
  }

  private authorization(method: string, url: URL): string {
    const oauth: Record<string, string> = {
      oauth_consumer_key: this.credentials.consumerKey,
      oauth_token: this.credentials.tokenId,
      oauth_signature_method: 'HMAC-SHA256',
      oauth_timestamp: String(Math.floor(Date.now() / 1000)),
      oauth_nonce: randomBytes(16).toString('hex'),
      oauth_version: '1.0',
    };
    const base = signatureBaseString(
      method,
      baseStringUri(url.protocol.replace(':', ''), url.host, url.pathname),
      [...parseQuery(url.search), ...Object.entries(oauth)],
    );
    const signature = hmacSha256Signature(
      base,
      this.credentials.consumerSecret,
      this.credentials.tokenSecret,
    );
    return buildOAuthHeader(this.credentials.accountId, { ...oauth, oauth_signature: signature });
  }
}

function send(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          contentType: String(res.headers['content-type'] ?? ''),
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

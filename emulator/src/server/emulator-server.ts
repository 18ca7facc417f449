import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AccountLike, RestletMethod } from './account-like';
import { handleAdmin, isLoopback } from './admin-api';
import { ConcurrencyGate } from './concurrency-gate';
import {
  INVALID_LOGIN_BODY,
  netSuiteErrorBody,
  REQUEST_LIMIT_BODY,
  send,
  sendError,
  sendJson,
} from './responses';
import { type LoginFailureReason, TbaVerifier } from './tba-verifier';

export const RESTLET_PATH = '/app/site/hosting/restlet.nl';
export const DATACENTER_PATH = '/rest/datacenterurls';

/** Content types a RESTlet accepts (NetSuite Help, "Creating a Content-Type Header"); they are case-sensitive. */
const RESTLET_CONTENT_TYPES = ['application/json', 'application/xml', 'text/plain'];
/** RESTlet input is guaranteed to 10 MB per string; the server stops reading well past that. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export interface EmulatorServerOptions {
  /**
   * Models a real account's speed: a RESTlet request keeps its concurrency slot for this many milliseconds per
   * record write it made before it answers, so load tests meet the concurrency limit as they would in NetSuite.
   */
  readonly saveLatencyMs?: number;
  /**
   * The wall clock OAuth timestamps are checked against, in seconds. Clients sign with real time, so this is the
   * host's clock, not the account clock that scripts see (which a demo or test moves at will).
   */
  readonly wallClockSeconds?: () => number;
}

/** One request as the server answered it: what the demo's report and load tests count. */
export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly script: string | null;
  readonly deploy: string | null;
  readonly status: number;
  /** Set when the server refused the request before any script ran. */
  readonly refused: 'login' | 'concurrency' | 'content-type' | null;
  readonly saves: number;
  readonly heldMs: number;
}

/** A failed login, as NetSuite's Login Audit Trail would show it (the caller only sees INVALID_LOGIN_ATTEMPT). */
export interface LoginAuditEntry {
  readonly at: string;
  readonly reason: LoginFailureReason;
  readonly detail: string;
}

/**
 * An emulated account over HTTP, on 127.0.0.1 only: RESTlets at NetSuite's URL with token-based authentication and
 * the account concurrency limit, the admin API under /emulator/, and the data-center lookup NetSuite clients call
 * first (/rest/datacenterurls), which answers with this server's own address.
 */
export class EmulatorServer {
  readonly requests: RequestLogEntry[] = [];
  readonly loginAudit: LoginAuditEntry[] = [];
  private readonly gate: ConcurrencyGate;
  private readonly verifier: TbaVerifier;
  private readonly http: Server;
  private baseUrl: string | null = null;
  private saveLatencyMs: number;

  constructor(
    private readonly account: AccountLike,
    options: EmulatorServerOptions = {},
  ) {
    this.gate = new ConcurrencyGate(account.concurrencyLimit);
    this.saveLatencyMs = options.saveLatencyMs ?? 0;
    const wallClock = options.wallClockSeconds ?? (() => Math.floor(Date.now() / 1000));
    this.verifier = new TbaVerifier(account.accountId, account.credentials(), wallClock);
    this.http = createServer((request, response) => {
      this.dispatch(request, response).catch((error: unknown) => {
        if (!response.headersSent)
          sendError(
            response,
            500,
            'UNEXPECTED_ERROR',
            error instanceof Error ? error.message : String(error),
          );
        else response.destroy();
      });
    });
  }

  /** Starts listening on 127.0.0.1; port 0 picks a free one. Resolves to the base URL. */
  listen(port = 0): Promise<string> {
    return new Promise((resolve, reject) => {
      this.http.once('error', reject);
      this.http.listen(port, '127.0.0.1', () => {
        const address = this.http.address() as AddressInfo;
        this.baseUrl = `http://127.0.0.1:${address.port}`;
        resolve(this.baseUrl);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.http.closeAllConnections();
      this.http.close((error) => (error ? reject(error) : resolve()));
    });
  }

  url(): string {
    if (this.baseUrl === null) throw new Error('The server is not listening yet.');
    return this.baseUrl;
  }

  /** Changes the latency model for the requests that follow, e.g. to stage a burst in a demo. */
  setSaveLatency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`A save latency is zero or more milliseconds, not ${ms}.`);
    this.saveLatencyMs = ms;
  }

  concurrency(): ReturnType<ConcurrencyGate['stats']> {
    return this.gate.stats();
  }

  private async dispatch(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = new URL(request.url ?? '/', 'http://placeholder');
    const body = await readBody(request);
    if (body === null)
      return sendError(response, 413, 'EMULATOR_BODY_TOO_LARGE', 'The request body is too large.');
    if (target.pathname === RESTLET_PATH) return this.restlet(request, response, target, body);
    if (target.pathname === DATACENTER_PATH) return this.dataCenter(response, target);
    if (target.pathname.startsWith('/emulator/')) {
      if (!isLoopback(request.socket.remoteAddress))
        return sendError(
          response,
          403,
          'EMULATOR_LOOPBACK_ONLY',
          'The admin API answers loopback callers only.',
        );
      return handleAdmin(this.account, request.method ?? 'GET', target, body, response);
    }
    sendError(response, 404, 'EMULATOR_UNKNOWN_ROUTE', `Nothing is served at ${target.pathname}.`);
  }

  private async restlet(
    request: IncomingMessage,
    response: ServerResponse,
    target: URL,
    body: string,
  ): Promise<void> {
    const method = (request.method ?? '').toUpperCase();
    const script = target.searchParams.get('script');
    const deploy = target.searchParams.get('deploy');
    const log = (status: number, refused: RequestLogEntry['refused'], saves = 0, heldMs = 0): void => {
      this.requests.push({ method, path: target.pathname, script, deploy, status, refused, saves, heldMs });
    };

    const login = this.verifier.verify({
      method,
      scheme: 'http',
      host: request.headers.host ?? '127.0.0.1',
      path: target.pathname,
      query: target.search.replace(/^\?/, ''),
      authorization: request.headers.authorization,
    });
    if (!login.ok) {
      this.loginAudit.push({ at: new Date().toISOString(), reason: login.reason, detail: login.detail });
      log(401, 'login');
      return send(response, 401, 'application/json; charset=utf-8', INVALID_LOGIN_BODY, {
        'WWW-Authenticate': `OAuth realm="${this.account.accountId}"`,
      });
    }
    if (!isRestletMethod(method)) {
      log(405, null);
      return send(
        response,
        405,
        'text/plain; charset=utf-8',
        `Method Not Allowed: RESTlets take GET, POST, PUT, DELETE.`,
      );
    }

    const contentType = request.headers['content-type'] ?? null;
    const mediaType = contentType === null ? null : (contentType.split(';')[0] ?? '').trim();
    const needsBody = method === 'POST' || method === 'PUT';
    if (
      (needsBody && mediaType === null) ||
      (mediaType !== null && !RESTLET_CONTENT_TYPES.includes(mediaType))
    ) {
      log(415, 'content-type');
      return send(
        response,
        415,
        'text/plain; charset=utf-8',
        `Unsupported Media Type: send Content-Type ${RESTLET_CONTENT_TYPES.join(', ')} (case-sensitive).`,
      );
    }

    const release = this.gate.tryAcquire();
    if (!release) {
      log(400, 'concurrency');
      return send(response, 400, 'application/json; charset=utf-8', REQUEST_LIMIT_BODY);
    }
    const started = Date.now();
    try {
      const query: Record<string, string> = {};
      for (const [name, value] of target.searchParams)
        if (name !== 'script' && name !== 'deploy') query[name] = value;
      const writesBefore = this.account.writes();
      let answer: { status: number; contentType: string; body: string };
      try {
        answer = this.account.invokeRestlet({
          script: script ?? '',
          deploy: deploy ?? '',
          method,
          query,
          contentType: mediaType,
          body: body === '' ? null : body,
          tokenId: login.credential.tokenId,
        });
      } catch (error) {
        // The account itself failed (something not emulated, or an emulator bug): not a NetSuite answer, so say so.
        const name = error instanceof Error ? error.name : 'UNEXPECTED_ERROR';
        const message = error instanceof Error ? error.message : String(error);
        answer = {
          status: 500,
          contentType: 'application/json; charset=utf-8',
          body: netSuiteErrorBody(name, message),
        };
      }
      const saves = this.account.writes() - writesBefore;
      // The script ran synchronously; the slot stays held for the time a real account would have spent saving.
      const latency = this.saveLatencyMs * saves;
      if (latency > 0) await delay(latency);
      log(answer.status, null, saves, Date.now() - started);
      send(response, answer.status, answer.contentType, answer.body);
    } finally {
      release();
    }
  }

  /** NetSuite's data-center lookup (GET /rest/datacenterurls?account=): clients find the RESTlet domain here. */
  private dataCenter(response: ServerResponse, target: URL): void {
    const account = target.searchParams.get('account');
    if (account === null || account.toUpperCase().replace(/-/g, '_') !== this.account.accountId.toUpperCase())
      return sendError(
        response,
        400,
        'EMULATOR_UNKNOWN_ACCOUNT',
        `No account ${account ?? '(none)'} is served here.`,
      );
    const base = this.url();
    sendJson(response, 200, { webservicesDomain: base, restDomain: base, systemDomain: base });
  }
}

function isRestletMethod(method: string): method is RestletMethod {
  return method === 'GET' || method === 'POST' || method === 'PUT' || method === 'DELETE';
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The whole body as UTF-8 text, or null when it exceeds MAX_BODY_BYTES. */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

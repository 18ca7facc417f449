import type { EmulatedAccount } from '../account-api';
import { nsError, NotEmulatedError } from '../errors';
import { chargeApi, current, currentAccount } from './context';
import { MODULE_ERROR_CODES } from './error-codes';
import { performRequest } from './http-transport';
import { SecureString } from './secure-string';

/** https.Method (NetSuite's values are the names). */
export const HTTP_METHODS = {
  GET: 'GET',
  POST: 'POST',
  PUT: 'PUT',
  DELETE: 'DELETE',
  HEAD: 'HEAD',
  PATCH: 'PATCH',
} as const;

export type HttpMethod = keyof typeof HTTP_METHODS;

/** Request headers NetSuite discards when a script sets them (netsuite-runtime.md §6.3). */
const BLOCKED_HEADERS = new Set([
  'connection',
  'content-length',
  'host',
  'jsessionid',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'via',
]);

/** NetSuite's limits: 5 s to connect, 45 s for the whole exchange (NS section_4567628658). */
const NETSUITE_TIMEOUTS = { connect: 5_000, total: 45_000 } as const;

const METHODS_WITH_BODY: ReadonlySet<HttpMethod> = new Set(['POST', 'PUT', 'PATCH']);

export interface ClientResponse {
  readonly code: number;
  readonly body: string;
  readonly headers: Record<string, string>;
}

export interface OutboundRequest {
  /** GUIDs of credential fields to substitute into the request; not emulated. */
  readonly credentials?: unknown;
  readonly url: unknown;
  readonly headers?: unknown;
  readonly body?: unknown;
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function textOf(value: unknown, account: EmulatedAccount, api: string): string {
  return value instanceof SecureString ? SecureString.reveal(value, account, api) : String(value);
}

function checkedUrl(raw: unknown, account: EmulatedAccount, api: string): { send: string; shown: string } {
  if (raw === undefined || raw === null || raw === '')
    throw nsError(MODULE_ERROR_CODES.missingArgument, `${api}: Missing a required argument: url`);
  if (typeof raw !== 'string' && !(raw instanceof SecureString))
    throw nsError(
      MODULE_ERROR_CODES.invalidArgument,
      `${api}: url must be a string or an https.SecureString`,
    );
  const shown = String(raw);
  const send = textOf(raw, account, api);
  let parsed: URL;
  try {
    if (/\s/.test(send)) throw new Error('whitespace');
    parsed = new URL(send);
  } catch {
    throw nsError(MODULE_ERROR_CODES.invalidUrl, `${api}: ${shown} is not a valid URL`);
  }
  const localHttpAllowed = account.settings.allowHttpForLocalhost ?? true;
  const allowed =
    parsed.protocol === 'https:' ||
    (parsed.protocol === 'http:' && localHttpAllowed && LOCAL_HOSTS.has(parsed.hostname));
  if (!allowed)
    throw nsError(
      MODULE_ERROR_CODES.invalidUrl,
      `${api}: N/https needs an https:// URL, got ${parsed.protocol}//${parsed.host}`,
    );
  return { send, shown };
}

function checkedHeaders(raw: unknown, account: EmulatedAccount, api: string): [string, string][] {
  if (raw === undefined || raw === null) return [];
  if (typeof raw !== 'object')
    throw nsError(MODULE_ERROR_CODES.invalidArgument, `${api}: headers must be an object`);
  return Object.entries(raw as Record<string, unknown>)
    .filter(([name]) => !BLOCKED_HEADERS.has(name.toLowerCase()))
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => [name, textOf(value, account, api)]);
}

function checkedBody(method: HttpMethod, raw: unknown, account: EmulatedAccount, api: string): string | null {
  if (!METHODS_WITH_BODY.has(method)) return null;
  if (raw === undefined || raw === null)
    throw nsError(MODULE_ERROR_CODES.missingArgument, `${api}: Missing a required argument: body`);
  if (typeof raw === 'string' || raw instanceof SecureString) return textOf(raw, account, api);
  throw new NotEmulatedError(
    `${api} with a non-string body (NetSuite's encoding of an Object body is undocumented)`,
  );
}

function responseHeaders(pairs: readonly (readonly [string, string])[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of pairs) {
    const existing = Object.keys(headers).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing === undefined) headers[name] = value;
    else headers[existing] = `${headers[existing]}, ${value}`;
  }
  return headers;
}

export function methodOf(raw: unknown, api: string): HttpMethod {
  if (raw === undefined || raw === null || raw === '')
    throw nsError(MODULE_ERROR_CODES.missingArgument, `${api}: Missing a required argument: method`);
  const name = String(raw).toUpperCase();
  if (!Object.prototype.hasOwnProperty.call(HTTP_METHODS, name))
    throw nsError('INVALID_HTTP_METHOD', `${api}: ${String(raw)} is not an https.Method value`);
  return name as HttpMethod;
}

/**
 * One outbound request as SuiteScript makes it: 10 units charged first, the URL, headers and body checked
 * and secure strings resolved, the request performed synchronously, and the outcome appended to the account's
 * httpRequests log (URL as the script wrote it, so resolved secrets never reach the log). Any status code is
 * a response, not an error; timeouts are SSS_REQUEST_TIME_EXCEEDED.
 */
export function sendRequest(api: string, options: OutboundRequest, method: HttpMethod): ClientResponse {
  chargeApi(api, 'https.request');
  if (options.credentials !== undefined)
    throw new NotEmulatedError(
      `${api} with credentials (credential-field GUIDs; use a secure string with an API secret)`,
    );
  const account = currentAccount();
  const url = checkedUrl(options.url, account, api);
  const headers = checkedHeaders(options.headers, account, api);
  const body = checkedBody(method, options.body, account, api);
  const limits = account.settings.httpTimeoutsMs ?? NETSUITE_TIMEOUTS;
  const outcome = performRequest({
    method,
    url: url.send,
    headers,
    body,
    connectMs: limits.connect,
    totalMs: limits.total,
  });
  const log = (status: number | null, error?: string) =>
    account.httpRequests.push({
      method,
      url: url.shown,
      status,
      ms: outcome.ms,
      ...(error === undefined ? {} : { error }),
      scriptId: current().scriptId,
      at: account.clock.now(),
    });
  if (outcome.ok) {
    log(outcome.status);
    return { code: outcome.status, body: outcome.body, headers: responseHeaders(outcome.headers) };
  }
  const code =
    outcome.kind === 'certificate'
      ? MODULE_ERROR_CODES.invalidHostCert
      : outcome.kind === 'network'
        ? MODULE_ERROR_CODES.connectionClosed
        : MODULE_ERROR_CODES.requestTimeExceeded;
  log(null, code);
  const what =
    outcome.kind === 'connect-timeout'
      ? 'connecting'
      : outcome.kind === 'timeout'
        ? 'the request'
        : outcome.code;
  throw nsError(code, `${api} to ${url.shown} failed: ${what}`);
}

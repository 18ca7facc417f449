import type { ServerResponse } from 'node:http';

/**
 * NetSuite's RESTlet error body. NetSuite writes it with a space around the colons of the envelope,
 * `{"error" : {"code" : "...", "message" : "..."}}` (netsuite-runtime.md §2.3); clients parse it as JSON either way.
 */
export function netSuiteErrorBody(code: string, message: string): string {
  return `{"error" : {"code" : ${JSON.stringify(code)}, "message" : ${JSON.stringify(message)}}}`;
}

export const INVALID_LOGIN_BODY = netSuiteErrorBody('INVALID_LOGIN_ATTEMPT', 'Invalid login attempt.');
export const REQUEST_LIMIT_BODY = netSuiteErrorBody('SSS_REQUEST_LIMIT_EXCEEDED', 'Request Limit Exceeded!');

export function send(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(body);
}

/** Dates serialise through Date.prototype.toJSON, as ISO-8601 instants. */
export function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

export function sendError(response: ServerResponse, status: number, code: string, message: string): void {
  send(response, status, 'application/json; charset=utf-8', netSuiteErrorBody(code, message));
}

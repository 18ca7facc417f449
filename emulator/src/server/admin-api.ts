import type { ServerResponse } from 'node:http';
import { NotEmulatedError, SuiteScriptError } from '../errors';
import type { AccountLike, RecordInput } from './account-like';
import { sendError, sendJson } from './responses';

/**
 * The admin API under /emulator/ (issue 4): what an administrator or warehouse does in the UI, plus the emulator's
 * own controls. JSON in, JSON out; errors as NetSuite's `{"error" : {"code", "message"}}` with the code NetSuite
 * raised (RCRD_DSNT_EXIST, USER_ERROR, ...), or an EMULATOR_* code for the emulator's own refusals.
 */

type Route = {
  readonly method: string;
  readonly pattern: RegExp;
  readonly run: (account: AccountLike, params: string[], body: unknown, query: URLSearchParams) => unknown;
};

const ID = '([^/]+)';

const ROUTES: readonly Route[] = [
  {
    method: 'POST',
    pattern: new RegExp(`^/emulator/records/${ID}$`),
    run: (account, [type = ''], body) => ({ id: account.createRecord(type, recordInput(body)) }),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/emulator/records/${ID}/${ID}$`),
    run: (account, [type = '', id = '']) => account.loadRecord(type, id),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/emulator/records/${ID}$`),
    run: (account, [type = ''], _body, query) => account.findRecords(type, Object.fromEntries(query)),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/emulator/records/${ID}/${ID}/transform/${ID}$`),
    run: (account, [type = '', id = '', toType = ''], body) => ({
      id: account.transformRecord(type, id, toType, recordInput(body)),
    }),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/emulator/scripts/${ID}/run$`),
    run: (account, [scriptId = ''], body, query) => {
      const fromBody =
        isObject(body) && typeof body['deploymentId'] === 'string' ? body['deploymentId'] : null;
      return { summary: account.runDeployment(scriptId, fromBody ?? query.get('deploy')) };
    },
  },
  {
    method: 'PUT',
    pattern: new RegExp(`^/emulator/scripts/${ID}/deployments/${ID}/parameters$`),
    run: (account, [scriptId = '', deploymentId = ''], body) => {
      if (!isObject(body)) throw badRequest('The body must be an object of custscript_ parameter values.');
      account.setParameters(scriptId, deploymentId, body);
      return { scriptId, deploymentId, parameters: body };
    },
  },
  {
    method: 'POST',
    pattern: /^\/emulator\/clock$/,
    run: (account, _params, body) => {
      const seconds = isObject(body) ? body['advanceSeconds'] : undefined;
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0)
        throw badRequest('advanceSeconds must be a number of seconds, zero or more.');
      return { now: account.advanceClock(seconds).toISOString() };
    },
  },
  {
    method: 'GET',
    pattern: /^\/emulator\/executions$/,
    run: (account) => account.executions(),
  },
];

class AdminRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function badRequest(message: string): AdminRequestError {
  return new AdminRequestError(400, 'EMULATOR_BAD_REQUEST', message);
}

export function handleAdmin(
  account: AccountLike,
  method: string,
  target: URL,
  rawBody: string,
  response: ServerResponse,
): void {
  const path = target.pathname.replace(/\/+$/, '');
  const matching = ROUTES.map((route) => ({ route, match: route.pattern.exec(path) })).filter(
    (candidate) => candidate.match !== null,
  );
  if (matching.length === 0)
    return sendError(response, 404, 'EMULATOR_UNKNOWN_ROUTE', `No admin route ${path}.`);
  const chosen = matching.find((candidate) => candidate.route.method === method.toUpperCase());
  if (!chosen) {
    const allowed = matching.map((candidate) => candidate.route.method).join(', ');
    return sendError(response, 405, 'EMULATOR_METHOD_NOT_ALLOWED', `${path} takes ${allowed}.`);
  }
  try {
    const params = (chosen.match ?? []).slice(1).map((segment) => decodeURIComponent(segment));
    const result = chosen.route.run(account, params, parseJson(rawBody), target.searchParams);
    sendJson(response, 200, result);
  } catch (error) {
    const { status, code, message } = describeError(error);
    sendError(response, status, code, message);
  }
}

function describeError(error: unknown): { status: number; code: string; message: string } {
  if (error instanceof AdminRequestError)
    return { status: error.status, code: error.code, message: error.message };
  if (error instanceof NotEmulatedError) return { status: 501, code: error.name, message: error.message };
  // The deployer's own error (no such script or deployment): the emulator's, not NetSuite's, vocabulary.
  if (error instanceof Error && error.name === 'DEPLOY_ERROR')
    return { status: 404, code: 'EMULATOR_DEPLOY_ERROR', message: error.message };
  if (error instanceof SuiteScriptError || isSuiteScriptErrorLike(error)) {
    const status = error.name === 'RCRD_DSNT_EXIST' || error.name === 'SSS_INVALID_RECORD_TYPE' ? 404 : 400;
    return { status, code: error.name, message: error.message };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, code: 'UNEXPECTED_ERROR', message };
}

/** Errors created inside loaded scripts may come from another module instance; their shape is what counts. */
function isSuiteScriptErrorLike(error: unknown): error is { name: string; message: string } {
  return (
    isObject(error) &&
    error['type'] === 'error.SuiteScriptError' &&
    typeof error['name'] === 'string' &&
    typeof error['message'] === 'string'
  );
}

function parseJson(raw: string): unknown {
  if (raw.trim() === '') return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw badRequest('The body is not valid JSON.');
  }
}

function recordInput(body: unknown): RecordInput {
  if (body === undefined) return {};
  if (!isObject(body)) throw badRequest('The body must be {"fields": {...}, "sublists": {...}}.');
  const { fields, sublists } = body;
  if (fields !== undefined && !isObject(fields)) throw badRequest('"fields" must be an object.');
  if (sublists !== undefined && !isObject(sublists))
    throw badRequest('"sublists" must be an object of arrays.');
  return { fields, sublists } as RecordInput;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The admin API is for the machine it runs on: 127.0.0.1, ::1 or IPv4-mapped loopback. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  return address === '::1' || /^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address);
}

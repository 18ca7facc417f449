import { NotEmulatedError, SuiteScriptError } from '../errors';
import type { ExecutionRecord } from '../execution';
import { DeployError } from '../sdf/project-model';
import type { RuntimeAccount } from './account-view';
import type { ScriptUser } from './context';
import type { DeployedDeployment } from './deployed';
import { definesEntryPoint, execute } from './execute';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RestletRequest {
  /** Script id (customscript_...) or internal id, as `script=` in the URL accepts both. */
  readonly script: string | number;
  /** Deployment id (customdeploy_...) or deployment number, as `deploy=` accepts both. */
  readonly deploy: string | number;
  readonly method: string;
  /** URL query parameters; `script` and `deploy` are removed before the script sees them. */
  readonly query?: Readonly<Record<string, string>>;
  /** The request's Content-Type header (parameters such as charset are ignored). */
  readonly contentType?: string;
  /** The raw request body. An object is accepted for convenience and sent as its JSON text. */
  readonly body?: string | object;
  /** The user the call authenticates as (the token's user); defaults to the account's integration user. */
  readonly as?: ScriptUser;
}

export interface RestletResponse {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
  /** The execution the call ran, when the script ran at all. */
  readonly execution?: ExecutionRecord;
}

/** Guaranteed RESTlet input/output size (NS section_4640094112); beyond it NetSuite's behaviour is not emulated. */
export const RESTLET_MAX_BYTES = 10 * 1024 * 1024;

const ENTRY_POINTS: Readonly<Record<HttpMethod, string>> = {
  GET: 'get',
  POST: 'post',
  PUT: 'put',
  DELETE: 'delete',
};

const SUPPORTED_TYPES = ['application/json', 'text/plain', 'application/xml'];

/**
 * Calls a RESTlet as NetSuite's /app/site/hosting/restlet.nl does (netsuite-runtime.md §2, NS section_4619215993,
 * section_4634920277): argument by method and Content-Type, 405/415/400 answers, the return value serialised, a
 * thrown error turned into NetSuite's 400 body. Errors the emulator itself raises (NotEmulatedError, DeployError)
 * are rethrown: they mean the test cannot be trusted, not that the script failed.
 */
export function runRestlet(
  account: RuntimeAccount,
  deployment: DeployedDeployment,
  request: RestletRequest,
  user: ScriptUser,
): RestletResponse {
  const method = request.method.toUpperCase() as HttpMethod;
  const entryName = ENTRY_POINTS[method];
  const mediaType = (request.contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const responseType = mediaType === '' ? 'text/plain' : mediaType;
  if (entryName === undefined)
    return failure(405, responseType, 'SSS_INVALID_HTTP_METHOD', 'Method not allowed');
  const rawBody =
    request.body === undefined
      ? ''
      : typeof request.body === 'string'
        ? request.body
        : JSON.stringify(request.body);
  if (Buffer.byteLength(rawBody, 'utf8') > RESTLET_MAX_BYTES)
    throw new NotEmulatedError('a RESTlet request body over 10 MB (NetSuite guarantees only up to 10 MB)');

  let argument: unknown;
  if (method === 'GET' || method === 'DELETE') {
    // The Content-Type sets the answer's format here (no body to parse); an XML answer, or one in a type NetSuite
    // does not take, is not sourced, so it is refused rather than sent as JSON under that type.
    if (mediaType === 'application/xml') throw new NotEmulatedError('RESTlet answers in application/xml');
    if (mediaType !== '' && !SUPPORTED_TYPES.includes(mediaType))
      throw new NotEmulatedError(`a RESTlet ${method} with Content-Type ${mediaType}`);
    // NS section_4634920277: a GET with a body is a 400.
    if (method === 'GET' && rawBody !== '')
      return failure(400, responseType, 'INVALID_REQUEST', 'A GET request cannot have a body.');
    const params: Record<string, string> = {};
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (key !== 'script' && key !== 'deploy') params[key] = value;
    }
    argument = params;
  } else {
    if (mediaType === '' || !SUPPORTED_TYPES.includes(mediaType))
      return failure(415, 'text/plain', 'UNSUPPORTED_MEDIA_TYPE', `Unsupported Media Type: ${mediaType}`);
    if (mediaType === 'application/xml') throw new NotEmulatedError('RESTlet bodies in application/xml');
    if (mediaType === 'application/json') {
      // NetSuite parses the body before the script runs; its answer to an empty or unparseable body is not
      // sourced, so the emulator refuses to invent one.
      try {
        argument = JSON.parse(rawBody) as unknown;
      } catch (error) {
        throw new NotEmulatedError(
          `a RESTlet ${method} whose application/json body is not valid JSON (${(error as Error).message})`,
        );
      }
    } else {
      argument = rawBody;
    }
  }

  // A method the script does not define is a 405 before anything runs.
  if (!definesEntryPoint(account, deployment.script.def.scriptFile, entryName)) {
    return failure(
      405,
      responseType,
      'SSS_INVALID_HTTP_METHOD',
      `The RESTlet has no ${entryName} entry point.`,
    );
  }

  const outcome = execute(
    {
      account,
      deployment,
      entryPoint: entryName,
      budget: 'restlet',
      executionContext: 'RESTLET',
      user,
    },
    (scriptExports) => {
      const entry = scriptExports[entryName] as (arg: unknown) => unknown;
      const value = entry(argument);
      if (isThenable(value)) throw new NotEmulatedError('an async (Promise-returning) RESTlet entry point');
      return value;
    },
  );
  if (!outcome.ok) {
    const error = outcome.error;
    if (error instanceof NotEmulatedError || error instanceof DeployError) throw error;
    return { ...errorResponse(error, responseType), execution: outcome.record };
  }
  // NS section_4619215993: a text/plain POST/PUT is answered with the string the script returns. What NetSuite
  // writes for anything else there is not sourced (GET/DELETE, whose format no body sets, stay lenient below).
  if (
    (method === 'POST' || method === 'PUT') &&
    mediaType === 'text/plain' &&
    outcome.value !== undefined &&
    outcome.value !== null &&
    typeof outcome.value !== 'string'
  ) {
    throw new NotEmulatedError(
      `a RESTlet ${method} with a text/plain body whose ${entryName} returned ${typeof outcome.value} instead of a string (how NetSuite answers it is not sourced)`,
    );
  }
  const body = serialise(outcome.value);
  if (Buffer.byteLength(body, 'utf8') > RESTLET_MAX_BYTES)
    throw new NotEmulatedError('a RESTlet response over 10 MB (NetSuite guarantees only up to 10 MB)');
  return { status: 200, contentType: responseType, body, execution: outcome.record };
}

/**
 * A string is sent as it is; anything else as JSON (undefined → empty body). UNCONFIRMED where the answer is plain
 * text without a body (a GET or DELETE without a Content-Type): NS section_4619215993 says plain text is then the
 * default, but no source says how an object returned there is written; header-less GETs depend on it, so it stays,
 * flagged here and in the README as a live-account check. A text/plain POST/PUT answered with an object is refused
 * before this (NotEmulatedError).
 */
function serialise(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function isThenable(value: unknown): boolean {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * NetSuite's 400 body for a thrown error: code = the error's name, message = the SuiteScriptError as JSON text,
 * with NetSuite's own spacing (netsuite-runtime.md §2.3). A thrown non-SuiteScriptError is wrapped the same way
 * under its name, or UNEXPECTED_ERROR when it has none.
 */
export function errorResponse(error: unknown, contentType: string): RestletResponse {
  const wrapped =
    error instanceof SuiteScriptError
      ? error
      : error instanceof Error
        ? Object.assign(new SuiteScriptError(error.name || 'UNEXPECTED_ERROR', error.message), {
            stack: error.stack,
          })
        : new SuiteScriptError('UNEXPECTED_ERROR', String(error));
  return failure(400, contentType, wrapped.name, JSON.stringify(wrapped.toJSON()));
}

function failure(status: number, contentType: string, code: string, message: string): RestletResponse {
  if (contentType === 'text/plain') {
    // UNCONFIRMED: NetSuite's plain-text error body; the JSON body is documented, this form is inferred.
    return { status, contentType, body: `error code: ${code}\nerror message: ${message}` };
  }
  return {
    status,
    contentType: 'application/json',
    body: `{"error" : {"code" : ${JSON.stringify(code)}, "message" : ${JSON.stringify(message)}}}`,
  };
}

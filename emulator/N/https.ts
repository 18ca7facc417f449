// N/https: outbound HTTPS calls, synchronous as in SuiteScript (NS section_4567628658, section_4567630582,
// section_4567655965; Oracle stub https.js). 10 units per call; a non-2xx status is a response, not an error.
import type * as nsHttps from 'N/https';
import { NotEmulatedError } from '../src/errors';
import { requireOptions } from '../src/modules/args';
import { ENCODINGS } from '../src/modules/encoding';
import { withPromise } from '../src/modules/promise-twin';
import {
  HTTP_METHODS,
  methodOf,
  sendRequest,
  type HttpMethod,
  type OutboundRequest,
} from '../src/modules/http-client';
import { SecureString } from '../src/modules/secure-string';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';

export { SecureString };

export const Method = asDeclaredEnum<typeof nsHttps.Method>(strictEnum('https.Method', HTTP_METHODS));
export const Encoding = asDeclaredEnum<typeof nsHttps.Encoding>(strictEnum('https.Encoding', ENCODINGS));
export const CacheDuration = asDeclaredEnum<typeof nsHttps.CacheDuration>(
  strictEnum('https.CacheDuration', { UNIQUE: 'UNIQUE', SHORT: 'SHORT', MEDIUM: 'MEDIUM', LONG: 'LONG' }),
);

function fixedMethod(verb: string, method: HttpMethod) {
  return withPromise((options: OutboundRequest) => {
    const api = `https.${verb}`;
    return sendRequest(api, requireOptions(options, api), method);
  });
}

export const get: typeof nsHttps.get = fixedMethod('get', 'GET');
export const post: typeof nsHttps.post = fixedMethod('post', 'POST');
export const put: typeof nsHttps.put = fixedMethod('put', 'PUT');
const deleteRequest: typeof nsHttps.delete = fixedMethod('delete', 'DELETE');
export { deleteRequest as delete };

export const request: typeof nsHttps.request = withPromise((options: nsHttps.RequestOptions) => {
  const checked = requireOptions(options, 'https.request');
  return sendRequest('https.request', checked, methodOf(checked.method, 'https.request'));
});

/** https.createSecureString({input}): '{custsecret_x}' placeholders are resolved only when sent. */
export const createSecureString: typeof nsHttps.createSecureString = withPromise(
  (options: { input: string; inputEncoding?: unknown }) => {
    const checked = requireOptions(options, 'https.createSecureString');
    const secure = new SecureString('');
    return secure.appendString({ input: String(checked.input ?? ''), inputEncoding: checked.inputEncoding });
  },
) as unknown as typeof nsHttps.createSecureString;

function notEmulated(name: string) {
  return withPromise((): never => {
    throw new NotEmulatedError(name);
  });
}

export const createSecretKey = notEmulated(
  'https.createSecretKey',
) as unknown as typeof nsHttps.createSecretKey;
export const requestRestlet = notEmulated('https.requestRestlet') as unknown as typeof nsHttps.requestRestlet;
export const requestSuitelet = notEmulated(
  'https.requestSuitelet',
) as unknown as typeof nsHttps.requestSuitelet;
export const requestSuiteTalkRest = notEmulated(
  'https.requestSuiteTalkRest',
) as unknown as typeof nsHttps.requestSuiteTalkRest;

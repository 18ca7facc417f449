// N/url: NetSuite URLs for scripts, records and domains (NS section_4358672433 resolveScript,
// section_4834765371 HostType, subsect_159976567478 resolveDomain; Oracle stub url.js). All calls cost 0 units.
import type * as nsUrl from 'N/url';
import { nsError, NotEmulatedError } from '../src/errors';
import { requireOptions, requireValue } from '../src/modules/args';
import { currentAccount } from '../src/modules/context';
import { MODULE_ERROR_CODES } from '../src/modules/error-codes';
import { domainFor, HOST_TYPES, queryString, RECORD_PAGES } from '../src/modules/netsuite-urls';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';

export const HostType = asDeclaredEnum<typeof nsUrl.HostType>(strictEnum('url.HostType', HOST_TYPES));

const SCRIPT_PAGES = { RESTLET: '/app/site/hosting/restlet.nl', SUITELET: '/app/site/hosting/scriptlet.nl' };

function withQuery(base: string, query: string): string {
  if (query === '') return base;
  return `${base}${base.includes('?') ? '&' : '?'}${query}`;
}

/**
 * url.resolveScript({scriptId, deploymentId, params, returnExternalUrl}) for a deployed RESTlet or Suitelet.
 * Internal URLs are paths (/app/site/hosting/restlet.nl?script=..&deploy=..); the external RESTlet URL is on the
 * account's restlets domain. The ids appear as the script passed them: NetSuite accepts a script id or an
 * internal id in `script=` (section_1534941088), and the emulator's ids are the script ids.
 * External Suitelet URLs need NetSuite's ns-at hash and are not emulated.
 */
export const resolveScript: typeof nsUrl.resolveScript = (options) => {
  const api = 'url.resolveScript';
  const checked = requireOptions(options, api);
  const scriptId = String(requireValue(checked.scriptId, api, 'scriptId'));
  const deploymentId = String(requireValue(checked.deploymentId, api, 'deploymentId'));
  const account = currentAccount();
  const type = account.scriptTypeOf(scriptId);
  if (type === undefined)
    throw nsError(
      MODULE_ERROR_CODES.invalidScriptId,
      `${api}: no script ${scriptId} is deployed in this account`,
    );
  if (type !== 'RESTLET' && type !== 'SUITELET')
    throw nsError(
      MODULE_ERROR_CODES.invalidScriptId,
      `${api}: ${scriptId} is a ${type} script; only RESTlets and Suitelets have URLs`,
    );
  const query = [
    `script=${encodeURIComponent(scriptId)}`,
    `deploy=${encodeURIComponent(deploymentId)}`,
    queryString(checked.params),
  ]
    .filter((part) => part !== '')
    .join('&');
  const path = `${SCRIPT_PAGES[type]}?${query}`;
  if (checked.returnExternalUrl !== true) return path;
  if (type === 'SUITELET')
    throw new NotEmulatedError(`${api} external Suitelet URL (needs NetSuite's ns-at hash)`);
  return `https://${domainFor(HOST_TYPES.RESTLET, account.accountId)}${path}`;
};

/** url.resolveDomain({hostType, accountId}): the account-specific domain (no scheme). */
export const resolveDomain: typeof nsUrl.resolveDomain = (options) => {
  const api = 'url.resolveDomain';
  const checked = requireOptions(options, api);
  const hostType = String(requireValue(checked.hostType, api, 'hostType'));
  return domainFor(hostType, checked.accountId ?? currentAccount().accountId);
};

/** url.resolveRecord({recordType, recordId, isEditMode, params}): the record's UI path; a new record without id. */
export const resolveRecord: typeof nsUrl.resolveRecord = (options) => {
  const api = 'url.resolveRecord';
  const checked = requireOptions(options, api);
  const recordType = String(requireValue(checked.recordType, api, 'recordType')).toLowerCase();
  const page = RECORD_PAGES[recordType];
  if (page === undefined) throw new NotEmulatedError(`${api} for record type ${recordType}`);
  const query = [
    checked.recordId !== undefined && checked.recordId !== null
      ? `id=${encodeURIComponent(String(checked.recordId))}`
      : '',
    checked.isEditMode === true ? 'e=T' : '',
    queryString(checked.params),
  ]
    .filter((part) => part !== '')
    .join('&');
  return withQuery(page, query);
};

/** url.format({domain, params}): the domain with the params as a query string. */
export const format: typeof nsUrl.format = (options) => {
  const api = 'url.format';
  const checked = requireOptions(options, api);
  const domain = String(requireValue(checked.domain, api, 'domain'));
  return withQuery(domain, queryString(checked.params));
};

export const resolveTaskLink: typeof nsUrl.resolveTaskLink = () => {
  throw new NotEmulatedError('url.resolveTaskLink');
};

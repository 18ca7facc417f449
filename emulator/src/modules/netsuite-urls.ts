import { NotEmulatedError } from '../errors';

/** url.HostType: NetSuite's values (Oracle stub url.js) — note RESTLET is 'RESTLETS' and FORM is 'FORMS'. */
export const HOST_TYPES = {
  APPLICATION: 'APPLICATION',
  CUSTOMER_CENTER: 'CUSTOMERCENTER',
  RESTLET: 'RESTLETS',
  SUITETALK: 'SUITETALK',
  FORM: 'FORMS',
} as const;

/**
 * The account-specific host label: the account id in lower case with '_' as '-' (123456_SB1 → 123456-sb1),
 * as in NetSuite's account-specific domains (NS section_4834765371, section_1534941088).
 */
export function hostLabel(accountId: string): string {
  return accountId.toLowerCase().replace(/_/g, '-');
}

const DOMAIN_SUFFIX: Readonly<Record<string, string>> = {
  APPLICATION: 'app.netsuite.com',
  RESTLETS: 'restlets.api.netsuite.com',
  SUITETALK: 'suitetalk.api.netsuite.com',
  FORMS: 'extforms.netsuite.com',
};

export function domainFor(hostType: string, accountId: string): string {
  const suffix = DOMAIN_SUFFIX[hostType];
  if (suffix === undefined) throw new NotEmulatedError(`url.resolveDomain for hostType ${hostType}`);
  return `${hostLabel(accountId)}.${suffix}`;
}

/** Query string from a params object: keys in insertion order, values URI-encoded, undefined/null skipped. */
export function queryString(params: unknown): string {
  if (params === undefined || params === null) return '';
  return Object.entries(params as Record<string, unknown>)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
}

/**
 * The record-view pages NetSuite serves per record type (the path part of the URL the UI shows). Only types
 * whose paths are well known are listed; any other type throws rather than invent a page.
 */
export const RECORD_PAGES: Readonly<Record<string, string>> = {
  salesorder: '/app/accounting/transactions/salesord.nl',
  invoice: '/app/accounting/transactions/custinvc.nl',
  cashsale: '/app/accounting/transactions/cashsale.nl',
  creditmemo: '/app/accounting/transactions/custcred.nl',
  cashrefund: '/app/accounting/transactions/cashrfnd.nl',
  customerrefund: '/app/accounting/transactions/custrfnd.nl',
  customerpayment: '/app/accounting/transactions/custpymt.nl',
  returnauthorization: '/app/accounting/transactions/rtnauth.nl',
  itemfulfillment: '/app/accounting/transactions/itemship.nl',
  itemreceipt: '/app/accounting/transactions/itemrcpt.nl',
  journalentry: '/app/accounting/transactions/journal.nl',
  inventoryadjustment: '/app/accounting/transactions/invadjst.nl',
  inventorytransfer: '/app/accounting/transactions/invtrnfr.nl',
  customer: '/app/common/entity/custjob.nl',
  inventoryitem: '/app/common/item/item.nl',
  noninventoryitem: '/app/common/item/item.nl',
  serviceitem: '/app/common/item/item.nl',
  kititem: '/app/common/item/item.nl',
};

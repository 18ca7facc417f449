// N/search: searches evaluated against the emulated account's records (NS N/search Module, section_4345764122;
// Oracle stub search.js). Where NetSuite's behaviour is not pinned to a source, calls throw NotEmulatedError.
import type * as nsSearch from 'N/search';
import { NotEmulatedError, nsError } from '../src/errors';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';
import { SearchColumn, columnFromOptions } from '../src/search/columns';
import { SearchFilter, filterFromOptions, parseExpression, parseFiltersOption } from '../src/search/filters';
import { lookupFields as lookup } from '../src/search/lookup';
import { OPERATORS, SORTS, SUMMARIES } from '../src/search/model';
import { schemasOfSearchType } from '../src/search/record-types';
import { withPromise } from '../src/modules/promise-twin';
import { charge, currentAccount } from '../src/search/results';
import { deleteSavedSearch, findSavedSearch } from '../src/search/saved';
import { SearchDefinition } from '../src/search/search-object';

function requireOptions<T>(options: T | undefined | null, api: string): T {
  if (options === undefined || options === null || typeof options !== 'object')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: options`);
  return options;
}

function createSearch(options: nsSearch.SearchCreateOptions): nsSearch.Search {
  const checked = requireOptions(options, 'search.create');
  if (typeof checked.type !== 'string' || checked.type === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.create: Missing a required argument: type');
  // The type is checked now, as NetSuite does; an unknown one is the record registry's error.
  schemasOfSearchType(currentAccount(), checked.type);
  const expression = Array.isArray(checked.filterExpression) ? (checked.filterExpression as unknown[]) : null;
  const filters = checked.filters as unknown;
  const isExpression =
    expression === null &&
    Array.isArray(filters) &&
    filters.length > 0 &&
    filters.some((one) => typeof one === 'string' || Array.isArray(one));
  const written = expression ?? (isExpression ? (filters as unknown[]) : null);
  const search = new SearchDefinition({
    type: checked.type.toLowerCase(),
    filter: written ? (written.length === 0 ? null : parseExpression(written)) : parseFiltersOption(filters),
    expression: written,
    columns: (checked.columns as unknown[] | undefined) ?? [],
    ...(checked.title !== undefined ? { title: checked.title } : {}),
    ...(checked.id !== undefined ? { id: checked.id } : {}),
    ...(checked.isPublic !== undefined ? { isPublic: checked.isPublic } : {}),
    ...(checked.settings !== undefined ? { settings: checked.settings } : {}),
  });
  return search as unknown as nsSearch.Search;
}

export const create: typeof nsSearch.create = withPromise(createSearch);

/** search.load: 5 units; by script id (customsearch...) or internal id; INVALID_SEARCH when there is none. */
export const load: typeof nsSearch.load = withPromise((options: { id: string | number; type?: unknown }) => {
  const checked = requireOptions(options, 'search.load');
  charge('search.load');
  const record = findSavedSearch(currentAccount(), checked.id);
  return SearchDefinition.fromSaved(record) as unknown as nsSearch.Search;
});

/** search.delete: 5 units. */
const deleteSearch = withPromise((options: { id: string | number }): void => {
  const checked = requireOptions(options, 'search.delete');
  charge('search.delete');
  deleteSavedSearch(currentAccount(), checked.id);
});
export { deleteSearch as delete };

/** search.lookupFields: 1 unit. */
function lookupFieldsImpl(options: {
  type: string;
  id: unknown;
  columns: string | string[];
}): Record<string, unknown> {
  const checked = requireOptions(options, 'search.lookupFields');
  if (typeof checked.type !== 'string' || checked.type === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.lookupFields: Missing a required argument: type');
  if (checked.id === undefined || checked.id === null || checked.id === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.lookupFields: Missing a required argument: id');
  const columns = Array.isArray(checked.columns) ? checked.columns : [checked.columns];
  charge('search.lookupFields');
  return lookup(currentAccount(), checked.type.toLowerCase(), checked.id, columns);
}
export const lookupFields = withPromise(lookupFieldsImpl) as unknown as typeof nsSearch.lookupFields;

export function createColumn(options: nsSearch.CreateSearchColumnOptions): nsSearch.Column {
  const checked = requireOptions(options, 'search.createColumn');
  return new SearchColumn(columnFromOptions(checked)) as unknown as nsSearch.Column;
}

export function createFilter(options: nsSearch.CreateSearchFilterOptions): nsSearch.Filter {
  const checked = requireOptions(options, 'search.createFilter');
  return new SearchFilter(filterFromOptions(checked)) as unknown as nsSearch.Filter;
}

/** Settings (consolidation type, period-end journals) have no effect the emulator models; running one throws. */
export const createSetting: typeof nsSearch.createSetting = (options) => {
  const checked = requireOptions(options, 'search.createSetting');
  return { name: String(checked.name), value: checked.value } as unknown as nsSearch.Setting;
};

export const duplicates: typeof nsSearch.duplicates = withPromise((): nsSearch.Result[] => {
  throw new NotEmulatedError('search.duplicates');
});

export const global: typeof nsSearch.global = withPromise((): nsSearch.Result[] => {
  throw new NotEmulatedError('search.global');
});

function upperKeys<V extends string>(values: readonly V[]): Record<string, V> {
  return Object.fromEntries(values.map((value) => [value.toUpperCase(), value]));
}

export const Operator = asDeclaredEnum<typeof nsSearch.Operator>(
  strictEnum('search.Operator', upperKeys(OPERATORS)),
);
export const Summary = asDeclaredEnum<typeof nsSearch.Summary>(
  strictEnum('search.Summary', upperKeys(SUMMARIES)),
);
export const Sort = asDeclaredEnum<typeof nsSearch.Sort>(strictEnum('search.Sort', upperKeys(SORTS)));

/** search.Type members the emulator can search (values from Oracle's stub search.js); any other member throws. */
export const Type = asDeclaredEnum<typeof nsSearch.Type>(
  strictEnum('search.Type', {
    ACCOUNT: 'account',
    ASSEMBLY_ITEM: 'assemblyitem',
    CASH_REFUND: 'cashrefund',
    CASH_SALE: 'cashsale',
    CLASSIFICATION: 'classification',
    CONTACT: 'contact',
    CREDIT_MEMO: 'creditmemo',
    CURRENCY: 'currency',
    CUSTOMER: 'customer',
    CUSTOMER_DEPOSIT: 'customerdeposit',
    CUSTOMER_PAYMENT: 'customerpayment',
    CUSTOMER_REFUND: 'customerrefund',
    CUSTOM_RECORD: 'customrecord',
    DEPARTMENT: 'department',
    DESCRIPTION_ITEM: 'descriptionitem',
    DISCOUNT_ITEM: 'discountitem',
    EMPLOYEE: 'employee',
    ENTITY: 'entity',
    ESTIMATE: 'estimate',
    GIFT_CERTIFICATE_ITEM: 'giftcertificateitem',
    INVENTORY_ADJUSTMENT: 'inventoryadjustment',
    INVENTORY_ITEM: 'inventoryitem',
    INVENTORY_TRANSFER: 'inventorytransfer',
    INVOICE: 'invoice',
    ITEM: 'item',
    ITEM_FULFILLMENT: 'itemfulfillment',
    ITEM_GROUP: 'itemgroup',
    ITEM_RECEIPT: 'itemreceipt',
    JOURNAL_ENTRY: 'journalentry',
    KIT_ITEM: 'kititem',
    LOCATION: 'location',
    NON_INVENTORY_ITEM: 'noninventoryitem',
    OTHER_CHARGE_ITEM: 'otherchargeitem',
    PAYMENT_ITEM: 'paymentitem',
    PAYMENT_METHOD: 'paymentmethod',
    PRICE_LEVEL: 'pricelevel',
    RETURN_AUTHORIZATION: 'returnauthorization',
    SALES_ORDER: 'salesorder',
    SALES_TAX_ITEM: 'salestaxitem',
    SERVICE_ITEM: 'serviceitem',
    SHIP_ITEM: 'shipitem',
    SUBSIDIARY: 'subsidiary',
    SUBTOTAL_ITEM: 'subtotalitem',
    TAX_GROUP: 'taxgroup',
    TERM: 'term',
    TRANSACTION: 'transaction',
    VENDOR: 'vendor',
  }),
);

/** Search settings' names and values (Oracle stub Setting.js); running a search with a setting throws. */
export const SettingName = asDeclaredEnum<typeof nsSearch.SettingName>({
  consolidationtype: 'consolidationtype',
  includeperiodendtransactions: 'includeperiodendtransactions',
});
export const ConsolidationEnum = asDeclaredEnum<typeof nsSearch.ConsolidationEnum>(
  strictEnum('search.ConsolidationEnum', {
    ACCTTYPE: 'ACCTTYPE',
    AVERAGE: 'AVERAGE',
    CURRENT: 'CURRENT',
    HISTORICAL: 'HISTORICAL',
    NONE: 'NONE',
  }),
);
export const IncludePeriodTransactionEnum = asDeclaredEnum<typeof nsSearch.IncludePeriodTransactionEnum>(
  strictEnum('search.IncludePeriodTransactionEnum', { F: 'F', FALSE: 'FALSE', T: 'T', TRUE: 'TRUE' }),
);

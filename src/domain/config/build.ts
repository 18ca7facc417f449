/**
 * Turns configuration rows into a ChannelConfig, collecting every missing or invalid setting as a problem that
 * names the record and field to fix, so one health check shows an administrator everything at once.
 */
import type {
  BundleMapping,
  ChannelConfig,
  ChannelConfigResult,
  ChannelSummary,
  ConfigProblem,
  CustomerStrategy,
  OrderRecordType,
  RouteRule,
  SalesOrderStatus,
  SkuMapping,
  TaxMapping,
} from './channel';
import {
  CUSTOMER_STRATEGY_LABELS,
  ORDER_TYPE_LABELS,
  ROUTE_KIND_LABELS,
  SALES_ORDER_STATUS_LABELS,
  type BundleMapRow,
  type ChannelRow,
  type RouteRuleRow,
  type SkuMapRow,
  type TaxMapRow,
} from './rows';
import { canonicalRate } from './tax';

export const CHANNEL_RECORD = 'customrecord_pwi_channel';
const TAX_MAP_RECORD = 'customrecord_pwi_tax_map';
const SKU_MAP_RECORD = 'customrecord_pwi_sku_map';
const BUNDLE_MAP_RECORD = 'customrecord_pwi_bundle_map';
const ROUTE_RULE_RECORD = 'customrecord_pwi_route_rule';

/** Shopify's order financial_status values (REST Admin API, Order resource). */
export const FINANCIAL_STATUSES: readonly string[] = [
  'pending',
  'authorized',
  'partially_paid',
  'paid',
  'partially_refunded',
  'refunded',
  'voided',
  'expired',
];

export interface RelatedRows {
  readonly taxMaps: readonly TaxMapRow[];
  readonly skuMaps: readonly SkuMapRow[];
  readonly bundleMaps: readonly BundleMapRow[];
  readonly routeRules: readonly RouteRuleRow[];
}

/** Channel codes are compared upper case and trimmed: "uk " and "UK" are one channel. */
export function normaliseChannelCode(code: string): string {
  return code.trim().toUpperCase();
}

export function buildChannelConfig(row: ChannelRow, related: RelatedRows): ChannelConfigResult {
  const problems = new ProblemList(CHANNEL_RECORD, row.id);
  const need = (value: string | null, field: string, label: string): string => {
    if (value === null) problems.error(field, `${label} is not set.`);
    return value ?? '';
  };

  const code = need(
    row.code === null ? null : normaliseChannelCode(row.code),
    'custrecord_pwi_ch_code',
    'Channel code',
  );
  if (row.inactive) problems.error('isinactive', `Channel ${code || row.id} is inactive.`);
  const subsidiaryId = need(row.subsidiaryId, 'custrecord_pwi_ch_subsidiary', 'Subsidiary');
  const currencyId = need(row.currencyId, 'custrecord_pwi_ch_currency', 'Currency');
  if (row.currencyId !== null && (row.currencyCode === null || !/^[A-Z]{3}$/.test(row.currencyCode))) {
    problems.error(
      'custrecord_pwi_ch_currency',
      `Currency ${row.currencyId} has no ISO code (its symbol field) to compare with the Shopify shop currency.`,
    );
  }
  const defaultLocationId = need(row.locationId, 'custrecord_pwi_ch_location', 'Default location');
  const orderType = readLabel(
    row.orderTypeLabel,
    ORDER_TYPE_LABELS,
    'custrecord_pwi_ch_order_type',
    'Order type',
    problems,
  );
  const orderTypeByFinancialStatus = parseTypeByStatus(row.typeByStatus, problems);
  // Empty means the default: Shopify has accepted the order, so it arrives ready to fulfil.
  const salesOrderStatus =
    row.salesOrderStatusLabel === null
      ? 'pending_fulfillment'
      : readLabel(
          row.salesOrderStatusLabel,
          SALES_ORDER_STATUS_LABELS,
          'custrecord_pwi_ch_so_status',
          'Sales order status',
          problems,
        );
  const customerStrategy = readLabel(
    row.customerStrategyLabel,
    CUSTOMER_STRATEGY_LABELS,
    'custrecord_pwi_ch_customer_mode',
    'Customer strategy',
    problems,
  );
  if (row.genericCustomerId === null) {
    if (customerStrategy === 'generic') {
      problems.error(
        'custrecord_pwi_ch_generic_customer',
        'Generic customer is not set, and the strategy posts every order to it.',
      );
    } else {
      problems.warning(
        'custrecord_pwi_ch_generic_customer',
        'Generic customer is not set: guest orders with no email address will stop with a CUSTOMER exception.',
      );
    }
  }
  const shippingItemId = need(row.shippingItemId, 'custrecord_pwi_ch_shipping_item', 'Shipping item');
  const discountItemId = need(row.discountItemId, 'custrecord_pwi_ch_discount_item', 'Order discount item');
  if (row.giftCardPaymentItemId === null) {
    problems.warning(
      'custrecord_pwi_ch_giftcard_pay_item',
      'Gift card payment item is not set: orders paid by gift card will stop.',
    );
  }
  if (row.tipItemId === null) {
    problems.warning('custrecord_pwi_ch_tip_item', 'Tip item is not set: orders with a tip will stop.');
  }
  const defaultTaxCodeId = need(row.taxCodeId, 'custrecord_pwi_ch_tax_code', 'Default tax code');
  const zeroTaxCodeId = need(row.zeroTaxCodeId, 'custrecord_pwi_ch_zero_tax_code', 'Zero-rate tax code');
  const skuField = readSkuField(row.skuField, problems);

  const taxMappings = buildTaxMappings(related.taxMaps, problems);
  const skuMappings = buildSkuMappings(related.skuMaps, problems);
  const bundles = buildBundles(related.bundleMaps, problems);
  const routeRules = buildRouteRules(related.routeRules, problems);

  if (problems.errors().length > 0) return { ok: false, problems: problems.all() };
  const config: ChannelConfig = {
    id: row.id,
    code,
    name: row.name ?? code,
    shopDomain: row.shopDomain === null ? null : row.shopDomain.trim().toLowerCase(),
    active: !row.inactive,
    subsidiaryId,
    currencyId,
    currencyCode: row.currencyCode as string,
    currencyName: row.currencyName,
    defaultLocationId,
    orderType: orderType as OrderRecordType,
    orderTypeByFinancialStatus,
    salesOrderStatus: salesOrderStatus as SalesOrderStatus,
    customerStrategy: customerStrategy as CustomerStrategy,
    syncAddresses: row.syncAddresses,
    genericCustomerId: row.genericCustomerId,
    shippingItemId,
    discountItemId,
    giftCardPaymentItemId: row.giftCardPaymentItemId,
    giftCardSaleItemId: row.giftCardSaleItemId,
    tipItemId: row.tipItemId,
    defaultTaxCodeId,
    zeroTaxCodeId,
    taxMappings,
    skuField,
    skuMappings,
    bundles,
    routeRules,
  };
  return { ok: true, config, warnings: problems.all() };
}

/** What health shows for one channel: identity, currency, subsidiary and every problem found. */
export function summariseChannel(row: ChannelRow, related: RelatedRows): ChannelSummary {
  const built = buildChannelConfig(row, related);
  return {
    id: row.id,
    code: row.code === null ? '' : normaliseChannelCode(row.code),
    name: row.name ?? row.code ?? row.id,
    active: !row.inactive,
    subsidiaryId: row.subsidiaryId,
    subsidiary: row.subsidiaryName,
    currencyId: row.currencyId,
    currency: row.currencyCode,
    problems: built.ok ? built.warnings : built.problems,
  };
}

/** The order type for a financial status: the channel's override if it has one, else its default. */
export function orderTypeFor(
  config: Pick<ChannelConfig, 'orderType' | 'orderTypeByFinancialStatus'>,
  financialStatus: string | null,
): OrderRecordType {
  if (financialStatus === null) return config.orderType;
  return config.orderTypeByFinancialStatus[financialStatus.trim().toLowerCase()] ?? config.orderType;
}

class ProblemList {
  private readonly found: ConfigProblem[] = [];

  constructor(
    private readonly recordType: string,
    private readonly recordId: string | null,
  ) {}

  error(field: string, message: string, recordType = this.recordType, recordId = this.recordId): void {
    this.found.push({
      code: 'INVALID_CONFIGURATION',
      severity: 'error',
      recordType,
      recordId,
      field,
      message,
    });
  }

  warning(field: string, message: string, recordType = this.recordType, recordId = this.recordId): void {
    this.found.push({
      code: 'INVALID_CONFIGURATION',
      severity: 'warning',
      recordType,
      recordId,
      field,
      message,
    });
  }

  errors(): ConfigProblem[] {
    return this.found.filter((problem) => problem.severity === 'error');
  }

  all(): ConfigProblem[] {
    return [...this.found];
  }
}

function readLabel<T extends string>(
  label: string | null,
  labels: Readonly<Record<string, T>>,
  field: string,
  what: string,
  problems: ProblemList,
): T | '' {
  if (label === null) {
    problems.error(field, `${what} is not set.`);
    return '';
  }
  const value = labels[label.trim().toLowerCase()];
  if (value === undefined) {
    problems.error(
      field,
      `${what} "${label}" is not one this bundle knows (expected ${Object.keys(labels).join(' or ')}).`,
    );
    return '';
  }
  return value;
}

/** "paid=Cash Sale, pending=Sales Order" (also ":" and ";" or new lines) → status → record type. */
export function parseTypeByStatus(
  text: string | null,
  problems?: ProblemList,
): Record<string, OrderRecordType> {
  const result: Record<string, OrderRecordType> = {};
  if (text === null || text.trim() === '') return result;
  const field = 'custrecord_pwi_ch_type_by_status';
  for (const entry of text.split(/[,;\n]/)) {
    if (entry.trim() === '') continue;
    const [statusPart, typePart, ...rest] = entry.split(/[=:]/);
    const status = (statusPart ?? '').trim().toLowerCase();
    const typeKey = (typePart ?? '')
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ');
    const type =
      ORDER_TYPE_LABELS[typeKey] ??
      ORDER_TYPE_LABELS[typeKey.replace('salesorder', 'sales order').replace('cashsale', 'cash sale')];
    if (rest.length > 0 || status === '' || type === undefined) {
      problems?.error(field, `"${entry.trim()}" is not "<financial status>=<Sales Order|Cash Sale>".`);
      continue;
    }
    if (!FINANCIAL_STATUSES.includes(status)) {
      problems?.error(
        field,
        `"${status}" is not a Shopify financial status (${FINANCIAL_STATUSES.join(', ')}).`,
      );
      continue;
    }
    result[status] = type;
  }
  return result;
}

const SKU_FIELD = /^(itemid|upccode|custitem[a-z0-9_]+)$/;

function readSkuField(text: string | null, problems: ProblemList): string {
  if (text === null) return 'itemid';
  const field = text.trim().toLowerCase();
  if (!SKU_FIELD.test(field)) {
    problems.error(
      'custrecord_pwi_ch_sku_field',
      `SKU field "${text}" must be itemid, upccode or a custitem_ field id.`,
    );
  }
  return field;
}

function buildTaxMappings(rows: readonly TaxMapRow[], problems: ProblemList): TaxMapping[] {
  const mappings: TaxMapping[] = [];
  for (const row of rows) {
    const rate = row.rate === null ? null : canonicalRate(row.rate);
    if (row.rate !== null && rate === null) {
      problems.error(
        'custrecord_pwi_tm_rate',
        `Tax rate "${row.rate}" is not a decimal (0.2) or a percentage (20%).`,
        TAX_MAP_RECORD,
        row.id,
      );
      continue;
    }
    if (row.title === null && rate === null) {
      problems.error(
        'custrecord_pwi_tm_title',
        'A tax mapping needs a Shopify tax title, a rate, or both.',
        TAX_MAP_RECORD,
        row.id,
      );
      continue;
    }
    if (row.taxCodeId === null) {
      problems.error(
        'custrecord_pwi_tm_tax_code',
        'Tax mapping has no NetSuite tax code.',
        TAX_MAP_RECORD,
        row.id,
      );
      continue;
    }
    mappings.push({ title: row.title === null ? null : row.title.trim(), rate, taxCodeId: row.taxCodeId });
  }
  return mappings;
}

function buildSkuMappings(rows: readonly SkuMapRow[], problems: ProblemList): SkuMapping[] {
  const bySku = new Map<string, SkuMapping>();
  for (const row of rows) {
    const sku = row.sku?.trim() ?? '';
    if (sku === '' || row.itemId === null) {
      problems.error(
        sku === '' ? 'custrecord_pwi_sm_sku' : 'custrecord_pwi_sm_item',
        'SKU mapping needs both a channel SKU and an item.',
        SKU_MAP_RECORD,
        row.id,
      );
      continue;
    }
    const earlier = bySku.get(sku);
    if (earlier && earlier.itemId !== row.itemId) {
      problems.error(
        'custrecord_pwi_sm_sku',
        `SKU "${sku}" is mapped to two different items (${earlier.itemId} and ${row.itemId}).`,
        SKU_MAP_RECORD,
        row.id,
      );
      continue;
    }
    bySku.set(sku, { channelSku: sku, itemId: row.itemId });
  }
  return [...bySku.values()];
}

function buildBundles(rows: readonly BundleMapRow[], problems: ProblemList): BundleMapping[] {
  const bySku = new Map<string, BundleMapRow[]>();
  for (const row of rows) {
    const sku = row.sku?.trim() ?? '';
    if (sku === '') {
      problems.error(
        'custrecord_pwi_bm_sku',
        'Bundle component has no bundle SKU.',
        BUNDLE_MAP_RECORD,
        row.id,
      );
      continue;
    }
    if (row.itemId === null) {
      problems.error(
        'custrecord_pwi_bm_item',
        `Bundle ${sku} has a component with no item.`,
        BUNDLE_MAP_RECORD,
        row.id,
      );
      continue;
    }
    if (row.quantity === null || !Number.isInteger(row.quantity) || row.quantity <= 0) {
      problems.error(
        'custrecord_pwi_bm_quantity',
        `Bundle ${sku} component quantity must be a whole number above 0.`,
        BUNDLE_MAP_RECORD,
        row.id,
      );
      continue;
    }
    const group = bySku.get(sku) ?? [];
    group.push(row);
    bySku.set(sku, group);
  }
  return [...bySku.entries()].map(([bundleSku, group]) => ({
    bundleSku,
    components: [...group]
      .sort((a, b) => (a.sequence ?? Infinity) - (b.sequence ?? Infinity) || Number(a.id) - Number(b.id))
      .map((row) => ({ itemId: row.itemId as string, quantity: row.quantity as number })),
  }));
}

/**
 * Rules run in sequence order. Consecutive 'stock' rows form one priority list (first location that can fill
 * every line wins), so an administrator lists stock locations one per row, in the order to try them.
 */
function buildRouteRules(rows: readonly RouteRuleRow[], problems: ProblemList): RouteRule[] {
  const valid: { row: RouteRuleRow; kind: RouteRule['kind']; match: string | null; location: string }[] = [];
  for (const row of rows) {
    const kind = row.kindLabel === null ? undefined : ROUTE_KIND_LABELS[row.kindLabel.trim().toLowerCase()];
    if (kind === undefined) {
      problems.error(
        'custrecord_pwi_rr_kind',
        `Route rule kind "${row.kindLabel ?? ''}" is not one of ${Object.keys(ROUTE_KIND_LABELS).join(', ')}.`,
        ROUTE_RULE_RECORD,
        row.id,
      );
      continue;
    }
    if (row.locationId === null) {
      problems.error('custrecord_pwi_rr_location', 'Route rule has no location.', ROUTE_RULE_RECORD, row.id);
      continue;
    }
    if (row.sequence === null) {
      problems.error(
        'custrecord_pwi_rr_sequence',
        'Route rule has no sequence number.',
        ROUTE_RULE_RECORD,
        row.id,
      );
      continue;
    }
    let match = row.match === null ? null : row.match.trim();
    if (kind !== 'stock' && (match === null || match === '')) {
      problems.error(
        'custrecord_pwi_rr_match',
        `A ${kind} route rule needs a value to match.`,
        ROUTE_RULE_RECORD,
        row.id,
      );
      continue;
    }
    if (kind === 'country' && match !== null) {
      match = match.toUpperCase();
      if (!/^[A-Z]{2}$/.test(match)) {
        problems.error(
          'custrecord_pwi_rr_match',
          `Country "${match}" must be a two-letter ISO code such as GB.`,
          ROUTE_RULE_RECORD,
          row.id,
        );
        continue;
      }
    }
    if (kind === 'postcode' && match !== null) match = match.toUpperCase().replace(/\s+/g, '');
    valid.push({ row, kind, match: kind === 'stock' ? null : match, location: row.locationId });
  }
  valid.sort(
    (a, b) => (a.row.sequence as number) - (b.row.sequence as number) || Number(a.row.id) - Number(b.row.id),
  );

  const rules: RouteRule[] = [];
  for (const entry of valid) {
    const previous = rules[rules.length - 1];
    if (entry.kind === 'stock' && previous?.kind === 'stock') {
      rules[rules.length - 1] = { ...previous, locationIds: [...previous.locationIds, entry.location] };
      continue;
    }
    rules.push({
      id: entry.row.id,
      sequence: entry.row.sequence as number,
      kind: entry.kind,
      matchValue: entry.match,
      locationIds: [entry.location],
    });
  }
  return rules;
}

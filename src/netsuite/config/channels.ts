/**
 * Loads channel configuration: one search per record type (channel, currency, tax map, SKU map, bundle map,
 * route rule), never a lookup per field. A loaded configuration is cached without expiry (config-cache.ts): a cold
 * load costs 63 units against an order budget of 40 while a warm one costs 1 (measured in
 * __tests__/config/loader.test.ts), and the configuration user event invalidates a channel's entry whenever one of
 * its records is written, so an edit applies to the next order. listChannels (health) always reads fresh.
 */
import * as error from 'N/error';
import * as search from 'N/search';
import type {
  ChannelConfig,
  ChannelConfigResult,
  ChannelSummary,
  ConfigProblem,
} from '../../domain/config/channel';
import {
  buildChannelConfig,
  normaliseChannelCode,
  summariseChannel,
  type RelatedRows,
} from '../../domain/config/build';
import type { BundleMapRow, ChannelRow, RouteRuleRow, SkuMapRow, TaxMapRow } from '../../domain/config/rows';
import { BUNDLE_MAP, CHANNEL, ROUTE_RULE, SKU_MAP, TAX_MAP } from './ids';
import { readCachedConfig, storeConfig } from './config-cache';
import { allRows, flag, integer, label, text } from './search-rows';

export interface LoadOptions {
  /** Skip the cached copy (and refresh it): for a caller that must see the records as they are now. */
  readonly fresh?: boolean;
}

/**
 * The configuration of the channel with this code. Throws INVALID_CONFIGURATION (message: JSON with every problem,
 * each naming its record and field) when the channel is unknown, inactive or incomplete.
 */
export function loadChannelConfig(code: string, options: LoadOptions = {}): ChannelConfig {
  const result = tryLoadChannelConfig(code, options);
  if (!result.ok) throw invalidConfiguration(code, result.problems);
  return result.config;
}

/** As loadChannelConfig, but answers the problems instead of throwing, for callers that record them. */
export function tryLoadChannelConfig(code: string, options: LoadOptions = {}): ChannelConfigResult {
  const wanted = normaliseChannelCode(code);
  const cached = readCachedConfig(wanted);
  if (cached.hit && !options.fresh) return cached.hit;
  const result = loadUncached(wanted);
  if (result.ok) storeConfig(wanted, cached.seen, result);
  return result;
}

/**
 * Every channel record, active or not, with its problems: seven searches (channels, currencies, subsidiaries and
 * the four related record types) however many channels there are.
 */
export function listChannels(): ChannelSummary[] {
  const channels = withSubsidiaryNames(withCurrencies(readChannels([])));
  const related = readRelated(channels.map((channel) => channel.id));
  return channels.map((channel) => summariseChannel(channel, relatedTo(related, channel.id)));
}

/** The error thrown for an unusable channel: NetSuite's error shape, the problems as JSON in the message. */
export function invalidConfiguration(
  code: string,
  problems: readonly ConfigProblem[],
): error.SuiteScriptError {
  const errors = problems.filter((problem) => problem.severity === 'error');
  return error.create({
    name: 'INVALID_CONFIGURATION',
    message: JSON.stringify({
      message: `Channel ${code} cannot be used: ${errors.map((p) => `${p.field}: ${p.message}`).join(' ')}`,
      problems: errors,
    }),
    notifyOff: true,
  });
}

function loadUncached(code: string): ChannelConfigResult {
  const matches = withCurrencies(readChannels([[CHANNEL.code, search.Operator.IS, code]])).filter(
    (row) => row.code !== null && normaliseChannelCode(row.code) === code,
  );
  const [row, ...others] = matches;
  if (!row) {
    return {
      ok: false,
      problems: [problem(null, CHANNEL.code, `No channel record has the code "${code}".`)],
    };
  }
  if (others.length > 0) {
    const ids = matches.map((match) => match.id).join(', ');
    return {
      ok: false,
      problems: [problem(row.id, CHANNEL.code, `Channel records ${ids} share the code "${code}".`)],
    };
  }
  return buildChannelConfig(row, relatedTo(readRelated([row.id]), row.id));
}

function problem(recordId: string | null, field: string, message: string): ConfigProblem {
  return {
    code: 'INVALID_CONFIGURATION',
    severity: 'error',
    recordType: CHANNEL.type,
    recordId,
    field,
    message,
  };
}

type Filter = [string, search.Operator, ...unknown[]];

function readChannels(filters: Filter[]): ChannelRow[] {
  const columns = [
    CHANNEL.name,
    CHANNEL.inactive,
    CHANNEL.code,
    CHANNEL.shopDomain,
    CHANNEL.subsidiary,
    CHANNEL.currency,
    CHANNEL.location,
    CHANNEL.orderType,
    CHANNEL.typeByStatus,
    CHANNEL.salesOrderStatus,
    CHANNEL.customerStrategy,
    CHANNEL.syncAddresses,
    CHANNEL.genericCustomer,
    CHANNEL.shippingItem,
    CHANNEL.discountItem,
    CHANNEL.giftCardPaymentItem,
    CHANNEL.giftCardSaleItem,
    CHANNEL.tipItem,
    CHANNEL.taxCode,
    CHANNEL.zeroTaxCode,
    CHANNEL.skuField,
  ];
  const rows = allRows(search.create({ type: CHANNEL.type, filters, columns: [...columns, sortedById()] }));
  return rows.map((row) => ({
    id: String(row.id),
    name: text(row, CHANNEL.name),
    inactive: flag(row, CHANNEL.inactive),
    code: text(row, CHANNEL.code),
    shopDomain: text(row, CHANNEL.shopDomain),
    subsidiaryId: text(row, CHANNEL.subsidiary),
    subsidiaryName: null,
    currencyId: text(row, CHANNEL.currency),
    currencyCode: null,
    currencyName: null,
    locationId: text(row, CHANNEL.location),
    orderTypeLabel: label(row, CHANNEL.orderType),
    typeByStatus: text(row, CHANNEL.typeByStatus),
    salesOrderStatusLabel: label(row, CHANNEL.salesOrderStatus),
    customerStrategyLabel: label(row, CHANNEL.customerStrategy),
    syncAddresses: flag(row, CHANNEL.syncAddresses),
    genericCustomerId: text(row, CHANNEL.genericCustomer),
    shippingItemId: text(row, CHANNEL.shippingItem),
    discountItemId: text(row, CHANNEL.discountItem),
    giftCardPaymentItemId: text(row, CHANNEL.giftCardPaymentItem),
    giftCardSaleItemId: text(row, CHANNEL.giftCardSaleItem),
    tipItemId: text(row, CHANNEL.tipItem),
    taxCodeId: text(row, CHANNEL.taxCode),
    zeroTaxCodeId: text(row, CHANNEL.zeroTaxCode),
    skuField: text(row, CHANNEL.skuField),
  }));
}

/**
 * The ISO code (symbol) and name of each channel's currency, from one currency search. A join column would save
 * the search, but it runs only on a cold load, and a plain search is what every account supports.
 */
function withCurrencies(channels: ChannelRow[]): ChannelRow[] {
  const names = namesById(
    'currency',
    channels.map((channel) => channel.currencyId),
    ['symbol', 'name'],
  );
  return channels.map((channel) => {
    const found = channel.currencyId === null ? undefined : names.get(channel.currencyId);
    return { ...channel, currencyCode: found?.['symbol'] ?? null, currencyName: found?.['name'] ?? null };
  });
}

/** Subsidiary names, for listings (health) only: orders never need them. */
function withSubsidiaryNames(channels: ChannelRow[]): ChannelRow[] {
  const names = namesById(
    'subsidiary',
    channels.map((channel) => channel.subsidiaryId),
    ['name'],
  );
  return channels.map((channel) => ({
    ...channel,
    subsidiaryName:
      (channel.subsidiaryId === null ? undefined : names.get(channel.subsidiaryId)?.['name']) ?? null,
  }));
}

/** The given columns of the records with these ids, by id; one search, none when there are no ids. */
function namesById(
  type: string,
  ids: readonly (string | null)[],
  columns: string[],
): Map<string, Record<string, string | null>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const found = new Map<string, Record<string, string | null>>();
  if (wanted.length === 0) return found;
  const rows = allRows(
    search.create({ type, filters: [['internalid', search.Operator.ANYOF, ...wanted]], columns }),
  );
  for (const row of rows)
    found.set(String(row.id), Object.fromEntries(columns.map((column) => [column, text(row, column)])));
  return found;
}

function sortedById(): search.Column {
  return search.createColumn({ name: 'internalid', sort: search.Sort.ASC });
}

/** Active rows of each related record type for the given channels: four searches in all. */
function readRelated(channelIds: readonly string[]): RelatedRows {
  if (channelIds.length === 0) return { taxMaps: [], skuMaps: [], bundleMaps: [], routeRules: [] };
  const forChannels = (channelField: string): unknown[] => [
    [channelField, search.Operator.ANYOF, ...channelIds],
    'AND',
    ['isinactive', search.Operator.IS, 'F'],
  ];
  const read = (type: string, channelField: string, columns: string[]): search.Result[] =>
    allRows(search.create({ type, filters: forChannels(channelField), columns: [...columns, sortedById()] }));

  const taxMaps: TaxMapRow[] = read(TAX_MAP.type, TAX_MAP.channel, [
    TAX_MAP.channel,
    TAX_MAP.title,
    TAX_MAP.rate,
    TAX_MAP.taxCode,
  ]).map((row) => ({
    id: String(row.id),
    channelId: text(row, TAX_MAP.channel),
    title: text(row, TAX_MAP.title),
    rate: text(row, TAX_MAP.rate),
    taxCodeId: text(row, TAX_MAP.taxCode),
  }));
  const skuMaps: SkuMapRow[] = read(SKU_MAP.type, SKU_MAP.channel, [
    SKU_MAP.channel,
    SKU_MAP.sku,
    SKU_MAP.item,
  ]).map((row) => ({
    id: String(row.id),
    channelId: text(row, SKU_MAP.channel),
    sku: text(row, SKU_MAP.sku),
    itemId: text(row, SKU_MAP.item),
  }));
  const bundleMaps: BundleMapRow[] = read(BUNDLE_MAP.type, BUNDLE_MAP.channel, [
    BUNDLE_MAP.channel,
    BUNDLE_MAP.sku,
    BUNDLE_MAP.item,
    BUNDLE_MAP.quantity,
    BUNDLE_MAP.sequence,
  ]).map((row) => ({
    id: String(row.id),
    channelId: text(row, BUNDLE_MAP.channel),
    sku: text(row, BUNDLE_MAP.sku),
    itemId: text(row, BUNDLE_MAP.item),
    quantity: integer(row, BUNDLE_MAP.quantity),
    sequence: integer(row, BUNDLE_MAP.sequence),
  }));
  const routeRules: RouteRuleRow[] = read(ROUTE_RULE.type, ROUTE_RULE.channel, [
    ROUTE_RULE.channel,
    ROUTE_RULE.sequence,
    ROUTE_RULE.kind,
    ROUTE_RULE.match,
    ROUTE_RULE.location,
  ]).map((row) => ({
    id: String(row.id),
    channelId: text(row, ROUTE_RULE.channel),
    sequence: integer(row, ROUTE_RULE.sequence),
    kindLabel: label(row, ROUTE_RULE.kind),
    match: text(row, ROUTE_RULE.match),
    locationId: text(row, ROUTE_RULE.location),
  }));
  return { taxMaps, skuMaps, bundleMaps, routeRules };
}

function relatedTo(related: RelatedRows, channelId: string): RelatedRows {
  return {
    taxMaps: related.taxMaps.filter((row) => row.channelId === channelId),
    skuMaps: related.skuMaps.filter((row) => row.channelId === channelId),
    bundleMaps: related.bundleMaps.filter((row) => row.channelId === channelId),
    routeRules: related.routeRules.filter((row) => row.channelId === channelId),
  };
}

import type { ChannelConfig } from '../config/channel';
import { addressValues } from './address';
import { explodeBundle, type BundleMember } from '../bundles/explode';
import { formatMinor } from '../money/decimal';
import { routeOrder, type StockLevels } from '../routing/route';
import { resolveSku, type Catalog } from './catalog';
import { checkShopifyTotals } from './checks';
import { orderExternalId } from './external-id';
import type { NormalisedOrder, OrderLine, OrderProblem, TaxLine } from './model';
import type { OrderPlan, PlannedLine } from './plan-model';
import { suggestSkus, type SkuCandidate } from './sku-suggestions';

export type PlanResult =
  { readonly ok: true; readonly plan: OrderPlan } | { readonly ok: false; readonly problem: OrderProblem };

export interface PlanInput {
  readonly order: NormalisedOrder;
  readonly config: ChannelConfig;
  readonly catalog: Catalog;
  readonly customerId: string;
  /** Stock by item and location; only read when a routing rule is by stock. */
  readonly stock: StockLevels;
}

/** A Shopify line whose SKU resolves to nothing in NetSuite. */
export interface MissingSku {
  readonly sku: string | null;
  readonly title: string;
  readonly shopifyLineId: string;
}

/** Lines that need an item and have none: no SKU, or a SKU neither mapped nor found in the SKU field. */
export function findMissingSkus(
  order: NormalisedOrder,
  config: ChannelConfig,
  catalog: Catalog,
): MissingSku[] {
  return order.lines
    .filter((line) => !(line.isGiftCard && config.giftCardSaleItemId !== null))
    .filter((line) => line.sku === null || resolveSku(line.sku, config, catalog) === null)
    .map((line) => ({ sku: line.sku, title: line.title, shopifyLineId: line.shopifyLineId }));
}

/** The MISSING_SKU problem, naming each SKU with the closest NetSuite items from one candidate search. */
export function missingSkuProblem(
  order: NormalisedOrder,
  config: ChannelConfig,
  missing: readonly MissingSku[],
  candidates: readonly SkuCandidate[],
): OrderProblem {
  const entries = missing.map((line) => ({
    ...line,
    suggestions: line.sku === null ? [] : suggestSkus(line.sku, candidates),
  }));
  const names = entries.map((entry) => entry.sku ?? `(no SKU on "${entry.title}")`);
  const hints = entries
    .filter((entry) => entry.suggestions.length > 0)
    .map((entry) => `${entry.sku ?? ''} → ${entry.suggestions.map((s) => s.sku).join(' / ')}`);
  return {
    code: 'MISSING_SKU',
    message: `Shopify order ${order.name} has SKU${names.length === 1 ? '' : 's'} with no NetSuite item: ${names.join(', ')}. Nothing was posted.`,
    suggestedFix:
      `Give the NetSuite item the SKU in its ${config.skuField} field, or add a SKU map record for channel ${config.code}` +
      (hints.length > 0 ? ` (closest items: ${hints.join('; ')})` : '') +
      ', then retry the exception.',
    details: { shopifyOrderId: order.shopifyOrderId, skuField: config.skuField, missing: entries },
  };
}

/**
 * Turns a checked order into the exact lines NetSuite must hold:
 * - item lines at Shopify's net amount (price × quantity − discount allocations, minus Shopify's own tax when
 *   prices include it) with Shopify's tax as tax1amt; order-level discounts are already inside the allocations,
 *   so no separate discount line is posted (that would count them twice);
 * - bundles (bundle map or NetSuite kit) exploded into member lines, every amount allocated to the cent;
 * - shipping lines as the channel's shipping item, net of their discounts, with their tax;
 * - tips as the tip item, untaxed;
 * - gift card payments are payment, not revenue: always noted in a body field; with the channel's gift card
 *   payment item set, also a negative line after the others, so the record's total is what Shopify collected
 *   (total_price − gift cards) and its lines before that line sum to total_price exactly.
 * Then routing picks the location, and the plan asserts its own lines sum to Shopify's total and tax.
 */
export function planOrder(input: PlanInput): PlanResult {
  const { order, config, catalog } = input;
  const mismatch = checkShopifyTotals(order);
  if (mismatch) return { ok: false, problem: mismatch };
  if (config.currencyCode.toUpperCase() !== order.currency) {
    return fail(
      'INVALID_CONFIGURATION',
      `Channel ${config.code} posts in ${config.currencyCode} but Shopify order ${order.name} is in ${order.currency}.`,
      `Point the order at the channel whose shop currency is ${order.currency}, or correct the channel's currency.`,
      { channel: config.code, orderCurrency: order.currency, channelCurrency: config.currencyCode },
    );
  }
  if (order.totals.totalDutiesMinor > 0) {
    return fail(
      'INVALID_CONFIGURATION',
      `Shopify order ${order.name} includes ${formatMinor(order.totals.totalDutiesMinor, order.currency)} of import ` +
        `duties, and channel ${config.code} has no item to post duties to.`,
      'Post this order by hand (duties to your duties account), or extend the channel configuration with a duties item.',
      { channel: config.code, dutiesMinor: order.totals.totalDutiesMinor },
    );
  }
  const missing = findMissingSkus(order, config, catalog);
  if (missing.length > 0) return { ok: false, problem: missingSkuProblem(order, config, missing, []) };

  const lines: PlannedLine[] = [];
  for (const line of order.lines) lines.push(...itemLines(line, order, config, catalog));
  order.shippingLines.forEach((shipping) => {
    lines.push(
      chargeLine({
        kind: 'shipping',
        itemId: config.shippingItemId,
        amountMinor:
          shipping.priceMinor - shipping.discountMinor - (order.taxesIncluded ? shipping.taxMinor : 0),
        taxMinor: shipping.taxMinor,
        taxCodeId: taxCodeFor(shipping.taxLines, shipping.taxMinor, config),
        description: shipping.title,
        sku: shipping.code,
      }),
    );
  });
  if (order.totals.totalTipMinor > 0) {
    if (config.tipItemId === null) {
      return fail(
        'INVALID_CONFIGURATION',
        `Shopify order ${order.name} includes a tip but channel ${config.code} has no tip item.`,
        `Set the tip item on channel ${config.code}, then retry.`,
        { channel: config.code, field: 'tipItemId' },
      );
    }
    lines.push(
      chargeLine({
        kind: 'tip',
        itemId: config.tipItemId,
        amountMinor: order.totals.totalTipMinor,
        taxMinor: 0,
        taxCodeId: config.zeroTaxCodeId,
        description: 'Tip',
        sku: null,
      }),
    );
  }

  const negative = lines.find((line) => line.amountMinor < 0 || line.taxMinor < 0);
  if (negative) {
    return fail(
      'TOTALS_MISMATCH',
      `Shopify order ${order.name} line "${negative.description}" would post a negative amount.`,
      'Check the order in Shopify admin; nothing was posted.',
      { line: negative },
    );
  }

  const demand = new Map<string, number>();
  for (const line of lines) {
    if (line.tracksStock) demand.set(line.itemId, (demand.get(line.itemId) ?? 0) + line.quantity);
  }
  const routing = routeOrder(
    {
      tags: order.tags,
      countryCode: order.shippingAddress?.countryCode ?? null,
      postcode: order.shippingAddress?.zip ?? null,
      demand,
    },
    config.routeRules,
    config.defaultLocationId,
    input.stock,
  );
  const located = lines.map((line) =>
    line.kind === 'item' || line.kind === 'bundle-component' || line.kind === 'gift-card-sale'
      ? { ...line, locationId: routing.locationId }
      : line,
  );

  const postedTotal = located.reduce((sum, line) => sum + line.amountMinor + line.taxMinor, 0);
  const postedTax = located.reduce((sum, line) => sum + line.taxMinor, 0);
  if (postedTotal !== order.totals.totalMinor || postedTax !== order.totals.totalTaxMinor) {
    return fail(
      'TOTALS_MISMATCH',
      `The planned lines for Shopify order ${order.name} total ${formatMinor(postedTotal, order.currency)} ` +
        `(tax ${formatMinor(postedTax, order.currency)}), not Shopify's ${formatMinor(order.totals.totalMinor, order.currency)} ` +
        `(tax ${formatMinor(order.totals.totalTaxMinor, order.currency)}).`,
      'Shopify sent amounts this integration does not post (for example duties); nothing was posted.',
      { postedTotal, postedTax },
    );
  }

  // Gift cards paid part of the order: with a payment item configured, a negative line takes that part off what
  // is owed (revenue and tax stay whole; the item's account is the gift card liability), so a cash sale records
  // the cash Shopify actually collects. Without one, the amount is only noted on the order.
  const giftCardLine: PlannedLine[] =
    order.giftCardPaymentsMinor > 0 && config.giftCardPaymentItemId !== null
      ? [
          chargeLine({
            kind: 'gift-card-payment',
            itemId: config.giftCardPaymentItemId,
            amountMinor: -order.giftCardPaymentsMinor,
            taxMinor: 0,
            taxCodeId: config.zeroTaxCodeId,
            description: 'Paid by Shopify gift card',
            sku: null,
          }),
        ]
      : [];

  const recordType = config.orderTypeByFinancialStatus[order.financialStatus ?? ''] ?? config.orderType;
  return {
    ok: true,
    plan: {
      recordType,
      salesOrderStatus: recordType === 'salesorder' ? config.salesOrderStatus : null,
      externalId: orderExternalId(config.code, order.shopifyOrderId),
      channelCode: config.code,
      shopifyOrderId: order.shopifyOrderId,
      orderName: order.name,
      customerId: input.customerId,
      subsidiaryId: config.subsidiaryId,
      currencyId: config.currencyId,
      currency: order.currency,
      tranDate: order.createdAt.slice(0, 10),
      locationId: routing.locationId,
      routingRule: routing.rule,
      discountCodes: order.discountCodes,
      giftCardPaidMinor: order.giftCardPaymentsMinor,
      presentment: { currency: order.presentmentCurrency, totalMinor: order.presentmentTotalMinor },
      memo: `Shopify ${order.name} (${config.code})`,
      shippingAddress: addressValues(order.shippingAddress),
      billingAddress: addressValues(order.billingAddress),
      lines: [...located, ...giftCardLine],
      shopifyTotalMinor: order.totals.totalMinor,
      expectedTotalMinor:
        order.totals.totalMinor - (giftCardLine.length > 0 ? order.giftCardPaymentsMinor : 0),
      expectedTaxTotalMinor: order.totals.totalTaxMinor,
      warnings: order.warnings,
    },
  };
}

/** A line that is not a product (shipping, a tip, a gift card payment): one of it, never shipped or routed. */
function chargeLine(
  charge: Pick<
    PlannedLine,
    'kind' | 'itemId' | 'amountMinor' | 'taxMinor' | 'taxCodeId' | 'description' | 'sku'
  >,
): PlannedLine {
  return {
    ...charge,
    quantity: 1,
    locationId: null,
    shopifyLineId: null,
    parentBundleSku: null,
    tracksStock: false,
  };
}

function itemLines(
  line: OrderLine,
  order: NormalisedOrder,
  config: ChannelConfig,
  catalog: Catalog,
): PlannedLine[] {
  const netMinor = line.grossMinor - line.discountMinor - (order.taxesIncluded ? line.taxMinor : 0);
  const taxCodeId = taxCodeFor(line.taxLines, line.taxMinor, config);
  const base = {
    quantity: line.quantity,
    amountMinor: netMinor,
    taxMinor: line.taxMinor,
    taxCodeId,
    locationId: null,
    description: line.title,
    shopifyLineId: line.shopifyLineId,
    sku: line.sku,
    parentBundleSku: null,
  };
  if (line.isGiftCard && config.giftCardSaleItemId !== null) {
    return [{ ...base, kind: 'gift-card-sale', itemId: config.giftCardSaleItemId, tracksStock: false }];
  }
  const target = line.sku === null ? null : resolveSku(line.sku, config, catalog);
  if (target === null) throw new Error(`unresolved SKU reached planning: ${line.sku ?? '(none)'}`);
  if (target.kind === 'item') {
    return [
      {
        ...base,
        kind: 'item',
        itemId: target.itemId,
        tracksStock: catalog.byId.get(target.itemId)?.tracksStock ?? false,
      },
    ];
  }
  const members: BundleMember[] = target.members.map((member) => ({
    itemId: member.itemId,
    quantity: member.quantity,
    unitWeightMinor: catalog.byId.get(member.itemId)?.basePriceMinor ?? null,
  }));
  return explodeBundle(
    {
      quantity: line.quantity,
      grossMinor: line.grossMinor,
      discountMinor: line.discountMinor,
      netMinor,
      taxMinor: line.taxMinor,
    },
    members,
  ).map((component) => ({
    ...base,
    kind: 'bundle-component',
    itemId: component.itemId,
    quantity: component.quantity,
    amountMinor: component.netMinor,
    taxMinor: component.taxMinor,
    description: `${line.title} (bundle ${line.sku ?? ''})`,
    parentBundleSku: line.sku,
    tracksStock: catalog.byId.get(component.itemId)?.tracksStock ?? false,
  }));
}

/**
 * The channel's tax code for a line: the first mapping matching one of its tax lines (title and/or rate), else
 * the default code; an untaxed line takes the zero-rate code.
 */
export function taxCodeFor(taxLines: readonly TaxLine[], taxMinor: number, config: ChannelConfig): string {
  for (const tax of taxLines) {
    const mapping = config.taxMappings.find(
      (entry) =>
        (entry.title === null || entry.title.toLowerCase() === tax.title.toLowerCase()) &&
        (entry.rate === null || Number(entry.rate) === Number(tax.rate)),
    );
    if (mapping) return mapping.taxCodeId;
  }
  return taxMinor === 0 ? config.zeroTaxCodeId : config.defaultTaxCodeId;
}

function fail(
  code: OrderProblem['code'],
  message: string,
  suggestedFix: string,
  details: Record<string, unknown>,
): PlanResult {
  return { ok: false, problem: { code, message, suggestedFix, details } };
}

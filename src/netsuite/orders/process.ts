/**
 * One Shopify order through the whole flow: configuration → Shopify's own totals → SKUs (one search or the item
 * cache) → customer → stock (only for a stock rule) → plan → one create + save → one lookupFields proving the
 * record ties to Shopify. Every stop raises an exception record (idempotent) and answers status "exception";
 * nothing is written before the single save, so a stopped order leaves no partial record.
 *
 * Units for a known customer with warm caches: config 1 + customer 1 + items 1 + exceptions mark 1 + create 10 +
 * save 20 + lookupFields 1 = 35. Cold caches add the searches (10 each) they replace.
 */
import * as log from 'N/log';
import * as runtime from 'N/runtime';
import type { ChannelConfig } from '../../domain/config/channel';
import { sourceRef, type ExceptionCategory } from '../../domain/exceptions/exception';
import { formatMinor } from '../../domain/money/decimal';
import { checkShopifyTotals } from '../../domain/orders/checks';
import { stockCandidates } from '../../domain/orders/catalog';
import { orderExternalId } from '../../domain/orders/external-id';
import type { NormalisedOrder, OrderProblem, ShopifyCustomer } from '../../domain/orders/model';
import { findMissingSkus, missingSkuProblem, planOrder } from '../../domain/orders/plan';
import type { OrderPlan } from '../../domain/orders/plan-model';
import { redactPayload } from '../../domain/orders/redact';
import { exceptionResponse, type OrderResponse } from '../../domain/orders/response';
import { needsStock } from '../../domain/routing/route';
import { tryLoadChannelConfig } from '../config/channels';
import { matchOrCreateCustomer, unresolvedCustomer } from '../customers/customers';
import { hasName } from '../errors';
import { raiseException, resolveExceptionsFor } from '../exceptions/exceptions';
import { findSkuCandidates } from '../items/candidates';
import { forgetCatalog, loadCatalog } from '../items/catalog';
import { stockLevels } from '../stock/levels';
import { findOrderByExternalId } from './existing';
import {
  cachedCustomerId,
  clearOpenExceptionsMark,
  forgetCustomerId,
  hasOpenExceptionsMark,
  markOpenExceptions,
  rememberCustomerId,
} from './memo-cache';
import { writeOrder } from './writer';

/** NetSuite's answers to a reference that no longer holds (deleted/inactive item or customer). */
const STALE_REFERENCE_ERRORS = ['INVALID_KEY_OR_REF', 'RCRD_DSNT_EXIST', 'INVALID_FLD_VALUE'];

export function processOrder(order: NormalisedOrder, channelCode: string, payload: unknown): OrderResponse {
  const response = attempt(order, channelCode, payload, false);
  // Ids, names and outcomes only: no addresses, emails or payment details reach the execution log.
  log.audit({
    title: `Shopify order ${response.status}`,
    details: JSON.stringify({
      channel: channelCode,
      shopifyOrderId: order.shopifyOrderId,
      name: order.name,
      recordType: response.recordType,
      id: response.id,
      tranid: response.tranid,
      exceptions: response.exceptions.map((exception) => exception.category),
      warnings: response.warnings,
    }),
  });
  return response;
}

function attempt(
  order: NormalisedOrder,
  channelCode: string,
  payload: unknown,
  fresh: boolean,
): OrderResponse {
  const ref = sourceRef('order', order.shopifyOrderId);
  const stop = (problem: Stop, config: ChannelConfig | null): OrderResponse =>
    stopOrder(order, channelCode, ref, problem, config, payload);

  const loaded = tryLoadChannelConfig(channelCode);
  if (!loaded.ok) {
    return stop(
      {
        category: 'CONFIGURATION',
        message: `Channel ${channelCode} cannot take orders: ${loaded.problems
          .filter((p) => p.severity === 'error')
          .map((p) => `${p.field}: ${p.message}`)
          .join(' ')}`,
        suggestedFix: `Complete the channel record for ${channelCode} (each named field), then retry.`,
        details: { problems: loaded.problems },
      },
      null,
    );
  }
  const config = loaded.config;
  const mismatch = checkShopifyTotals(order);
  if (mismatch) return stop(fromProblem(mismatch), config);

  const skus = order.lines.flatMap((line) => (line.sku === null ? [] : [line.sku]));
  const items = loadCatalog(config, skus, fresh);
  const missing = findMissingSkus(order, config, items.catalog);
  if (missing.length > 0) {
    const candidates = findSkuCandidates(
      config,
      missing.flatMap((line) => (line.sku === null ? [] : [line.sku])),
    );
    const problem = missingSkuProblem(order, config, missing, candidates);
    return stop(
      { ...fromProblem(problem), discriminator: missing.map((line) => line.sku ?? '').join(',') },
      config,
    );
  }

  let customer: ResolvedCustomer;
  try {
    customer = resolveCustomer(config, order, fresh);
  } catch (caught) {
    const detail = unresolvedCustomer(caught);
    if (detail === null) throw caught;
    return stop(
      { category: 'CUSTOMER', message: detail.message, suggestedFix: detail.suggestedFix, details: {} },
      config,
    );
  }

  const stock = needsStock(config.routeRules)
    ? stockLevels(stockCandidates(skus, config, items.catalog), [
        ...new Set(
          config.routeRules.filter((rule) => rule.kind === 'stock').flatMap((rule) => rule.locationIds),
        ),
      ])
    : new Map<string, Map<string, number>>();
  const planned = planOrder({ order, config, catalog: items.catalog, customerId: customer.id, stock });
  if (!planned.ok) return stop(fromProblem(planned.problem), config);
  const plan = planned.plan;

  let written;
  try {
    written = writeOrder(plan);
  } catch (caught) {
    if (hasName(caught, 'DUP_RCRD')) return duplicate(order, plan.externalId) ?? rethrow(caught);
    const cached = items.fromCache || customer.fromCache;
    if (!fresh && cached && STALE_REFERENCE_ERRORS.some((name) => hasName(caught, name))) {
      forgetCatalog(config);
      if (customer.cacheKey) forgetCustomerId(config.code, customer.cacheKey);
      return attempt(order, channelCode, payload, true);
    }
    return stop(
      {
        category: 'NETSUITE_ERROR',
        message: `NetSuite refused the ${plan.recordType} for Shopify order ${order.name}: ${errorText(caught)}`,
        suggestedFix:
          'Fix the cause NetSuite names (often a setting on an item, tax code or location), then retry.',
        details: { error: errorText(caught) },
      },
      config,
    );
  }

  const record = { recordType: plan.recordType, id: written.id, tranid: written.tranid };
  if (
    written.totalMinor !== plan.expectedTotalMinor ||
    written.taxTotalMinor !== plan.expectedTaxTotalMinor
  ) {
    return stop(
      {
        category: 'TOTALS_MISMATCH',
        message:
          `${plan.recordType} ${written.tranid ?? written.id} for Shopify order ${order.name} totals ` +
          `${show(written.totalMinor, plan)} (tax ${show(written.taxTotalMinor, plan)}), Shopify ` +
          `${show(plan.expectedTotalMinor, plan)} (tax ${show(plan.expectedTaxTotalMinor, plan)}).`,
        suggestedFix:
          'NetSuite recalculated the record (check the tax codes and any discount or rounding preferences), ' +
          'correct the record, then resolve this exception.',
        details: { written, expectedTotalMinor: plan.expectedTotalMinor },
        retrySafe: false,
        related: record,
      },
      config,
    );
  }
  if (hasOpenExceptionsMark(ref)) {
    resolveExceptionsFor(ref);
    clearOpenExceptionsMark(ref);
  }
  const money = (minor: number): string => formatMinor(minor, plan.currency);
  return {
    status: 'created',
    shopifyOrderId: order.shopifyOrderId,
    ...record,
    exceptions: [],
    warnings: order.warnings,
    totals: {
      currency: plan.currency,
      shopifyTotal: money(plan.shopifyTotalMinor),
      shopifyTax: money(plan.expectedTaxTotalMinor),
      netsuiteTotal: money(written.totalMinor),
      netsuiteTax: money(written.taxTotalMinor),
      giftCardPayments: money(plan.giftCardPaidMinor),
    },
  };
}

interface Stop {
  readonly category: ExceptionCategory;
  readonly message: string;
  readonly suggestedFix: string;
  readonly details: Readonly<Record<string, unknown>>;
  readonly discriminator?: string;
  readonly retrySafe?: boolean;
  readonly related?: { recordType: string; id: string; tranid: string | null };
}

/**
 * Records why the order stopped and answers with it — unless the order was already posted (a re-delivery that
 * meets a changed configuration must still answer "duplicate", not raise a false exception).
 */
function stopOrder(
  order: NormalisedOrder,
  channelCode: string,
  ref: string,
  stop: Stop,
  config: ChannelConfig | null,
  payload: unknown,
): OrderResponse {
  if (!stop.related) {
    const already = duplicate(order, orderExternalId(channelCode, order.shopifyOrderId));
    if (already) return already;
  }
  const raised = raiseException({
    category: stop.category,
    channel: config ? { id: config.id, code: config.code } : null,
    sourceRef: ref,
    ...(stop.discriminator !== undefined ? { discriminator: stop.discriminator } : {}),
    message: stop.message,
    suggestedFix: stop.suggestedFix,
    retrySafe: stop.retrySafe ?? true,
    details: { ...stop.details, orderName: order.name, channel: channelCode },
    payload: redactPayload(payload),
    ...(stop.related ? { related: { type: stop.related.recordType, id: stop.related.id } } : {}),
  });
  markOpenExceptions(ref);
  return exceptionResponse(
    order.shopifyOrderId,
    {
      id: raised.id,
      category: stop.category,
      message: stop.message,
      suggestedFix: stop.suggestedFix,
      retrySafe: stop.retrySafe ?? true,
    },
    order.warnings,
    stop.related ?? null,
  );
}

function duplicate(order: NormalisedOrder, externalId: string): OrderResponse | null {
  const existing = findOrderByExternalId(externalId);
  if (!existing) return null;
  return {
    status: 'duplicate',
    shopifyOrderId: order.shopifyOrderId,
    recordType: existing.recordType,
    id: existing.id,
    tranid: existing.tranid,
    exceptions: [],
    warnings: order.warnings,
  };
}

interface ResolvedCustomer {
  readonly id: string;
  readonly fromCache: boolean;
  /** The Shopify customer id the cache holds this under, when it does. */
  readonly cacheKey: string | null;
}

function resolveCustomer(config: ChannelConfig, order: NormalisedOrder, fresh: boolean): ResolvedCustomer {
  const shopper = shopperOf(order);
  const cacheKey = config.customerStrategy === 'per_shopper' ? shopper.shopifyCustomerId : null;
  if (cacheKey !== null && !fresh) {
    const cached = cachedCustomerId(config.code, cacheKey);
    if (cached !== null) return { id: cached, fromCache: true, cacheKey };
  }
  const match = matchOrCreateCustomer(config, shopper, {
    billing: order.billingAddress,
    shipping: order.shippingAddress,
  });
  if (cacheKey !== null) rememberCustomerId(config.code, cacheKey, match.id);
  return { id: match.id, fromCache: false, cacheKey };
}

/** The shopper to match: Shopify's customer (email falling back to the order's), or a guest from the order. */
function shopperOf(order: NormalisedOrder): ShopifyCustomer {
  if (order.customer) return { ...order.customer, email: order.customer.email ?? order.email };
  const billing = order.billingAddress ?? order.shippingAddress;
  return {
    shopifyCustomerId: null,
    email: order.email,
    firstName: billing?.firstName ?? null,
    lastName: billing?.lastName ?? null,
    phone: billing?.phone ?? null,
    defaultAddress: billing,
  };
}

const PROBLEM_CATEGORIES: Readonly<Record<OrderProblem['code'], ExceptionCategory>> = {
  MISSING_SKU: 'MISSING_SKU',
  TOTALS_MISMATCH: 'TOTALS_MISMATCH',
  NO_LOCATION: 'NO_LOCATION',
  INVALID_CONFIGURATION: 'CONFIGURATION',
};

function fromProblem(problem: OrderProblem): Stop {
  return {
    category: PROBLEM_CATEGORIES[problem.code],
    message: problem.message,
    suggestedFix: problem.suggestedFix,
    details: problem.details,
  };
}

function errorText(caught: unknown): string {
  if (caught && typeof caught === 'object' && 'message' in caught) {
    const name = 'name' in caught ? String((caught as { name: unknown }).name) : 'Error';
    return `${name}: ${String((caught as { message: unknown }).message)}`;
  }
  return String(caught);
}

function rethrow(caught: unknown): never {
  throw caught;
}

function show(minor: number | null, plan: OrderPlan): string {
  return minor === null ? '(unreadable)' : formatMinor(minor, plan.currency);
}

/** Units left in this execution (batches stop taking new orders before they run out). */
export function remainingUnits(): number {
  return runtime.getCurrentScript().getRemainingUsage();
}

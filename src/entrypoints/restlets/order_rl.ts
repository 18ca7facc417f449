/**
 * @NApiVersion 2.1
 * @NScriptType Restlet
 * @NModuleScope SameAccount
 */

import * as error from 'N/error';
import * as runtime from 'N/runtime';
import { orderStateQuerySchema } from '../../contracts/order';
import { validate } from '../../contracts/validate';
import { gidNumber, type FieldError } from '../../domain/orders/field-reader';
import { parseOrderRequest, type OrderParse } from '../../domain/orders/normalise';
import { exceptionResponse, invalidOrderResponse, type OrderResponse } from '../../domain/orders/response';
import { DEFAULT_CHANNEL_PARAM } from '../../netsuite/orders/ids';
import { processOrder, remainingUnits } from '../../netsuite/orders/process';
import { orderState, type OrderState } from '../../netsuite/orders/state';
import { answerInKind } from '../../netsuite/restlet-answer';

/** Units an order may need on a cold path (config load, searches, a new customer, an exception); batches stop short of it. */
const UNITS_PER_ORDER_RESERVE = 150;

/**
 * POST: one Shopify order (webhook, REST Admin or GraphQL shape) or a batch {channel, orders}. A text/plain body
 * (kept raw, e.g. for signatures) is answered with the same response as JSON text.
 */
export function post(body: unknown): OrderResponse | { results: OrderResponse[] } | string {
  // application/json arrives parsed; text/plain as the string.
  return answerInKind(body, handleOrders(typeof body === 'string' ? parseJson(body) : body));
}

function handleOrders(payload: unknown): OrderResponse | { results: OrderResponse[] } {
  const request = parseOrderRequest(payload);
  if (request.kind === 'invalid') throw invalidPayload(request.errors);
  const fallback = defaultChannel();
  if (request.kind === 'single') {
    if (!request.order.ok) throw invalidPayload(request.order.errors);
    const channel = request.order.order.channel ?? fallback;
    if (channel === null) throw invalidPayload([noChannel('channel')]);
    return processOrder(request.order.order, channel, payload);
  }
  const raw = (payload as { orders: unknown[] }).orders;
  return { results: request.orders.map((parse, index) => batchEntry(parse, index, fallback, raw[index])) };
}

/** GET ?shopifyOrderId= or ?gid= (optionally &channel=): the order's state in NetSuite. */
export function get(params: Record<string, string>): OrderState {
  const issues = validate(orderStateQuerySchema, params);
  if (issues.length > 0) {
    throw invalidPayload(
      issues.map((issue) => ({
        field: issue.path.replace(/^\$\.?/, '') || '(query)',
        message: issue.message,
      })),
    );
  }
  const shopifyOrderId = params['shopifyOrderId'] ?? gidNumber(params['gid'] ?? '', 'Order') ?? '';
  const channel = params['channel'] ? params['channel'].toUpperCase() : null;
  return orderState(shopifyOrderId, channel);
}

function batchEntry(parse: OrderParse, index: number, fallback: string | null, raw: unknown): OrderResponse {
  if (!parse.ok) return invalidOrderResponse(parse.errors);
  const channel = parse.order.channel ?? fallback;
  if (channel === null) return invalidOrderResponse([noChannel(`orders[${index}].channel`)]);
  if (remainingUnits() < UNITS_PER_ORDER_RESERVE) {
    return exceptionResponse(parse.order.shopifyOrderId, {
      id: null,
      category: 'NOT_PROCESSED',
      message: 'Not processed: this batch used up the RESTlet’s governance before reaching the order.',
      suggestedFix: 'Resend this order (alone or in a smaller batch); nothing was written for it.',
      retrySafe: true,
    });
  }
  return processOrder(parse.order, channel, raw);
}

/** The text as JSON, or the text itself when it is not JSON (the normaliser then names the body as invalid). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function defaultChannel(): string | null {
  const value = runtime.getCurrentScript().getParameter({ name: DEFAULT_CHANNEL_PARAM });
  return typeof value === 'string' && value.trim() !== '' ? value.trim().toUpperCase() : null;
}

function noChannel(field: string): FieldError {
  return {
    field,
    message: `is required: the payload names no channel and ${DEFAULT_CHANNEL_PARAM} is not set`,
  };
}

/** NetSuite's 400: the thrown error's message carries every bad field as JSON. */
function invalidPayload(errors: readonly FieldError[]): error.SuiteScriptError {
  return error.create({
    name: 'INVALID_PAYLOAD',
    message: JSON.stringify({
      message: `The request is not a valid Shopify order: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
      errors,
    }),
    notifyOff: true,
  });
}

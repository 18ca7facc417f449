import { graphqlOrderSchema, orderBatchSchema, restOrderSchema } from '../../contracts/order';
import { validate, type ValidationIssue } from '../../contracts/validate';
import { FieldReader, isObject, join, type FieldError, type JsonObject } from './field-reader';
import type { NormalisedOrder } from './model';
import { normaliseGraphqlOrder } from './normalise-graphql';
import { normaliseRestOrder } from './normalise-rest';

export type OrderParse =
  | { readonly ok: true; readonly order: NormalisedOrder }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

/** A POST body, told apart: one order (any shape) or a batch envelope of them. */
export type OrderRequest =
  | { readonly kind: 'single'; readonly order: OrderParse }
  | { readonly kind: 'batch'; readonly orders: readonly OrderParse[] }
  | { readonly kind: 'invalid'; readonly errors: readonly FieldError[] };

/**
 * Reads a POST body: `{"channel", "orders": [...]}` (batch), `{"order": …}` (REST Admin), `{"data": {"order": …}}`
 * (a GraphQL response), or a bare order as the webhook or GraphQL sends it. A `channel` beside the order wins over
 * the envelope's; the deployment default applies later when both are absent.
 */
export function parseOrderRequest(body: unknown): OrderRequest {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return { kind: 'invalid', errors: [{ field: '(body)', message: 'is not valid JSON' }] };
    }
  }
  if (!isObject(body))
    return { kind: 'invalid', errors: [{ field: '(body)', message: 'must be a JSON object' }] };
  const envelopeChannel = channelOf(body, '');
  if (envelopeChannel.error) return { kind: 'invalid', errors: [envelopeChannel.error] };
  if ('orders' in body) {
    const orders = body['orders'];
    if (!Array.isArray(orders) || orders.length === 0)
      return {
        kind: 'invalid',
        errors: [{ field: 'orders', message: 'must be a non-empty array of orders' }],
      };
    const envelopeIssues = validate(orderBatchSchema, body);
    if (envelopeIssues.length > 0) return { kind: 'invalid', errors: fieldErrors(envelopeIssues, '') };
    return {
      kind: 'batch',
      orders: orders.map((item, index) => normaliseOrder(item, `orders[${index}]`, envelopeChannel.value)),
    };
  }
  return { kind: 'single', order: normaliseOrder(body, '', envelopeChannel.value) };
}

/** One order in any supported shape, at `path` within the body (for error names). */
export function normaliseOrder(raw: unknown, path: string, inheritedChannel: string | null): OrderParse {
  if (!isObject(raw))
    return { ok: false, errors: [{ field: path || '(body)', message: 'must be an order object' }] };
  const own = channelOf(raw, path);
  if (own.error) return { ok: false, errors: [own.error] };
  const channel = own.value ?? inheritedChannel?.trim().toUpperCase() ?? null;

  let order: JsonObject = raw;
  let orderPath = path;
  if (isObject(raw['order'])) {
    order = raw['order'];
    orderPath = join(path, 'order');
  } else if (isObject(raw['data']) && isObject(raw['data']['order'])) {
    order = raw['data']['order'];
    orderPath = join(join(path, 'data'), 'order');
  }

  const graphql = isGraphqlOrder(order);
  // The contract (shape, types, required fields) and the normaliser (exact money, currencies, ids) both report;
  // one answer names every bad field once.
  const issues = fieldErrors(validate(graphql ? graphqlOrderSchema : restOrderSchema, order), orderPath);
  const reader = new FieldReader();
  const normalised = graphql
    ? normaliseGraphqlOrder(order, orderPath, channel, reader)
    : normaliseRestOrder(order, orderPath, channel, reader);
  const errors = mergeErrors(issues, reader.errors);
  if (errors.length > 0 || normalised === null) return { ok: false, errors };
  return { ok: true, order: normalised };
}

/** GraphQL orders carry a gid as `id` and camelCase lists; REST orders a number `id` and snake_case. */
function isGraphqlOrder(order: JsonObject): boolean {
  const id = order['id'];
  if (typeof id === 'string' && id.startsWith('gid://')) return true;
  return 'lineItems' in order || 'totalPriceSet' in order;
}

function channelOf(raw: JsonObject, path: string): { value: string | null; error?: FieldError } {
  const value = raw['channel'];
  if (value === undefined || value === null) return { value: null };
  if (typeof value !== 'string' || value.trim() === '')
    return { value: null, error: { field: join(path, 'channel'), message: 'must be a non-empty string' } };
  return { value: value.trim().toUpperCase() };
}

/** Both lists, one entry per field (the normaliser's wording wins: it is the more specific). */
function mergeErrors(schema: readonly FieldError[], normaliser: readonly FieldError[]): FieldError[] {
  const named = new Set(normaliser.map((error) => error.field));
  return [...normaliser, ...schema.filter((error) => !named.has(error.field))];
}

/** Validator issues ("$.line_items[0].price") as field errors relative to the body ("orders[2].line_items[0].price"). */
function fieldErrors(issues: readonly ValidationIssue[], base: string): FieldError[] {
  return issues.map((issue) => {
    const relative = issue.path.replace(/^\$\.?/, '');
    const field = relative === '' ? base : relative.startsWith('[') ? base + relative : join(base, relative);
    return { field: field === '' ? '(body)' : field, message: issue.message };
  });
}

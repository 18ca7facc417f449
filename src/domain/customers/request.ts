/**
 * The customer RESTlet's body: a Shopify customer (webhook REST shape), {customer: ...} as the REST Admin API
 * wraps it, or {channel, customer}. Validated against src/contracts/customer.ts; every bad field is named.
 */
import { customerEnvelopeSchema, shopifyCustomerSchema } from '../../contracts/customer';
import { validate, type ValidationIssue } from '../../contracts/validate';
import { readShopifyCustomer, type CustomerSync, type ShopifyCustomerPayload } from './shopify';

export type CustomerRequest =
  | { readonly ok: true; readonly channel: string; readonly sync: CustomerSync; readonly payload: unknown }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** `body` as the RESTlet received it: parsed JSON, or the raw text of a text/plain request. */
export function readCustomerRequest(body: unknown, defaultChannel: string | null): CustomerRequest {
  let document = body;
  if (typeof body === 'string') {
    try {
      document = JSON.parse(body) as unknown;
    } catch {
      return {
        ok: false,
        issues: [{ path: '$', pointer: '', keyword: 'json', message: 'is not valid JSON' }],
      };
    }
  }
  const wrapped =
    typeof document === 'object' && document !== null && !Array.isArray(document) && 'customer' in document;
  const issues = validate(wrapped ? customerEnvelopeSchema : shopifyCustomerSchema, document);
  if (issues.length > 0) return { ok: false, issues };

  const envelope = document as { channel?: string; customer?: ShopifyCustomerPayload };
  const payload = wrapped
    ? (envelope.customer as ShopifyCustomerPayload)
    : (document as ShopifyCustomerPayload);
  const channel = (wrapped ? envelope.channel : undefined) ?? defaultChannel;
  const problems: ValidationIssue[] = [];
  if (channel === undefined || channel === null || channel.trim() === '') {
    problems.push({
      path: '$.channel',
      pointer: '/channel',
      keyword: 'required',
      message: 'is required: send {"channel", "customer"} or set the deployment default channel',
    });
  }
  const read = readShopifyCustomer(payload, wrapped ? '$.customer' : '$');
  if (!read.ok) problems.push(...read.issues);
  if (problems.length > 0 || !read.ok || !channel) return { ok: false, issues: problems };
  return { ok: true, channel, sync: read.sync, payload: document };
}

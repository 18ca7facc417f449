/**
 * The customer RESTlet's request body: a Shopify customer as the customers/create and customers/update webhooks
 * send it (REST Admin API Customer resource), or wrapped as {channel?, customer}. Shopify sends many more fields
 * than these; the ones the bundle reads are typed here and the rest are allowed and ignored.
 */
import { nullable, restAddressProperties, shopifyId, text } from './shopify-fields';
import type { JsonSchema } from './validate';

export const shopifyAddressSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: nullable(shopifyId),
    ...restAddressProperties,
    country: text(255),
    default: { type: 'boolean' },
  },
};

export const shopifyCustomerSchema: JsonSchema = {
  type: 'object',
  anyOf: [{ required: ['admin_graphql_api_id'] }, { required: ['id'] }],
  properties: {
    id: shopifyId,
    admin_graphql_api_id: { type: 'string', pattern: '^gid://shopify/Customer/[0-9]{1,20}$' },
    email: { anyOf: [{ type: 'string', maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$' }, { type: 'null' }] },
    first_name: text(255),
    last_name: text(255),
    phone: text(40),
    state: text(40),
    currency: text(3),
    tags: text(4000),
    default_address: { anyOf: [shopifyAddressSchema, { type: 'null' }] },
    addresses: { type: 'array', maxItems: 100, items: shopifyAddressSchema },
  },
};

/** Channel codes as the configuration records hold them. */
export const channelCodeSchema: JsonSchema = { type: 'string', pattern: '^[A-Za-z0-9_-]{1,40}$' };

export const customerEnvelopeSchema: JsonSchema = {
  type: 'object',
  required: ['customer'],
  properties: {
    channel: channelCodeSchema,
    customer: shopifyCustomerSchema,
  },
};

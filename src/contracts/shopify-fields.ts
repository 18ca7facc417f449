/** Schema pieces for fields every Shopify REST resource the bundle takes spells the same way. */
import type { JsonSchema } from './validate';

export const text = (maxLength: number): JsonSchema => ({ type: ['string', 'null'], maxLength });
export const nullable = (schema: JsonSchema): JsonSchema => ({ anyOf: [schema, { type: 'null' }] });

/** Shopify ids: a positive integer (which JSON may have rounded above 2^53) or its digits as a string. */
export const shopifyId: JsonSchema = {
  anyOf: [
    { type: 'integer', minimum: 1 },
    { type: 'string', pattern: '^[0-9]{1,20}$' },
  ],
};

/** A REST mailing address (an order's billing/shipping address, a customer's addresses): the fields read. */
export const restAddressProperties: Readonly<Record<string, JsonSchema>> = {
  first_name: text(255),
  last_name: text(255),
  company: text(255),
  address1: text(255),
  address2: text(255),
  city: text(255),
  province: text(255),
  province_code: text(10),
  country_code: nullable({ type: 'string', pattern: '^[A-Za-z]{2}$' }),
  zip: text(40),
  phone: text(40),
};

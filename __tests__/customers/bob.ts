import type { PostalAddress } from '../../src/domain/orders/model';

/** The shopper the customer domain tests follow: Bob Norman's Leeds address, as the order normaliser reads it. */
export const bobsHomeAddress: PostalAddress = {
  firstName: 'Bob',
  lastName: 'Norman',
  company: null,
  address1: '1 High St',
  address2: null,
  city: 'Leeds',
  province: null,
  countryCode: 'GB',
  zip: 'LS1 1AA',
  phone: null,
};

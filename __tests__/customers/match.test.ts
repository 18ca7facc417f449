import {
  addressBook,
  customerExternalId,
  decideCustomer,
  normaliseEmail,
  type CustomerCandidate,
  type MatchingConfig,
} from '../../src/domain/customers/match';
import type { PostalAddress, ShopifyCustomer } from '../../src/domain/orders/model';
import { bobsHomeAddress } from './bob';

const perShopper: MatchingConfig = {
  code: 'UK',
  customerStrategy: 'per_shopper',
  genericCustomerId: '90',
  subsidiaryId: '2',
  currencyId: '1',
  syncAddresses: true,
};

const address = (overrides: Partial<PostalAddress> = {}): PostalAddress => ({
  ...bobsHomeAddress,
  ...overrides,
});

const shopper = (overrides: Partial<ShopifyCustomer> = {}): ShopifyCustomer => ({
  shopifyCustomerId: '706405506930370084',
  email: 'Bob@Example.com ',
  firstName: 'Bob',
  lastName: 'Norman',
  phone: '+441130000000',
  defaultAddress: null,
  ...overrides,
});

const candidate = (overrides: Partial<CustomerCandidate>): CustomerCandidate => ({
  id: '1',
  externalId: null,
  email: null,
  inactive: false,
  ...overrides,
});

const NO_ADDRESSES = { billing: null, shipping: null };

describe('decideCustomer', () => {
  const ownExternalId = customerExternalId('UK', '706405506930370084');

  it('derives a lower-case external id from channel and Shopify id', () => {
    expect(ownExternalId).toBe('pwi:uk:customer:706405506930370084');
  });

  it('uses the customer holding the shopper external id first, even when another shares the email', () => {
    const decision = decideCustomer(perShopper, shopper(), NO_ADDRESSES, [
      candidate({ id: '3', email: 'bob@example.com' }),
      candidate({ id: '8', externalId: ownExternalId.toUpperCase(), email: 'old@example.com' }),
    ]);
    expect(decision).toEqual({ kind: 'use', id: '8', matchedBy: 'externalid', linkExternalId: null });
  });

  it('falls back to the oldest active email match and asks to link the external id to it', () => {
    const decision = decideCustomer(perShopper, shopper(), NO_ADDRESSES, [
      candidate({ id: '12', email: 'BOB@example.com' }),
      candidate({ id: '4', email: 'bob@example.com', inactive: true }),
      candidate({ id: '9', email: 'bob@example.com' }),
    ]);
    expect(decision).toEqual({ kind: 'use', id: '9', matchedBy: 'email', linkExternalId: ownExternalId });
  });

  it('never takes a different shopper of the same channel by email, nor re-links a customer that has an id', () => {
    const otherShopper = candidate({
      id: '5',
      email: 'bob@example.com',
      externalId: customerExternalId('UK', '42'),
    });
    const decision = decideCustomer(perShopper, shopper(), NO_ADDRESSES, [otherShopper]);
    expect(decision.kind).toBe('create');

    const fromErp = candidate({ id: '6', email: 'bob@example.com', externalId: 'ERP-0001' });
    expect(decideCustomer(perShopper, shopper(), NO_ADDRESSES, [fromErp])).toEqual({
      kind: 'use',
      id: '6',
      matchedBy: 'email',
      linkExternalId: null,
    });
  });

  it('creates a customer with the shopper fields, the channel subsidiary and currency, and both addresses', () => {
    const billing = address();
    const shipping = address({ address1: '9 Low Rd', zip: 'LS2 2BB' });
    const decision = decideCustomer(perShopper, shopper(), { billing, shipping }, []);
    expect(decision).toEqual({
      kind: 'create',
      customer: {
        externalId: ownExternalId,
        isPerson: true,
        firstName: 'Bob',
        lastName: 'Norman',
        companyName: null,
        email: 'bob@example.com',
        phone: '+441130000000',
        subsidiaryId: '2',
        currencyId: '1',
        addresses: [
          { address: billing, defaultBilling: true, defaultShipping: false },
          { address: shipping, defaultBilling: false, defaultShipping: true },
        ],
      },
    });
  });

  it('keeps addresses off the customer when the channel does not keep them', () => {
    const decision = decideCustomer(
      { ...perShopper, syncAddresses: false },
      shopper(),
      { billing: address(), shipping: null },
      [],
    );
    expect(decision.kind === 'create' && decision.customer.addresses).toEqual([]);
  });

  it('matches a guest by email only and creates one without external id when unknown', () => {
    const guest = shopper({ shopifyCustomerId: null, firstName: null, lastName: null });
    const known = decideCustomer(perShopper, guest, NO_ADDRESSES, [
      candidate({ id: '3', email: 'bob@example.com' }),
    ]);
    expect(known).toEqual({ kind: 'use', id: '3', matchedBy: 'email', linkExternalId: null });

    const fresh = decideCustomer(perShopper, guest, { billing: address(), shipping: null }, []);
    expect(fresh.kind === 'create' && fresh.customer).toMatchObject({
      externalId: null,
      firstName: 'Bob',
      lastName: 'Norman',
      email: 'bob@example.com',
    });
  });

  it('gives a guest with neither id nor email the generic customer, or an actionable problem without one', () => {
    const anonymous = shopper({ shopifyCustomerId: null, email: null });
    expect(decideCustomer(perShopper, anonymous, NO_ADDRESSES, [])).toEqual({
      kind: 'use',
      id: '90',
      matchedBy: 'generic',
      linkExternalId: null,
    });
    const unresolved = decideCustomer({ ...perShopper, genericCustomerId: null }, null, NO_ADDRESSES, []);
    expect(unresolved).toMatchObject({
      kind: 'unresolved',
      suggestedFix: expect.stringContaining('custrecord_pwi_ch_generic_customer'),
    });
  });

  it('always uses the generic customer under the generic strategy', () => {
    const generic: MatchingConfig = { ...perShopper, customerStrategy: 'generic' };
    expect(
      decideCustomer(generic, shopper(), NO_ADDRESSES, [candidate({ id: '8', externalId: ownExternalId })]),
    ).toEqual({
      kind: 'use',
      id: '90',
      matchedBy: 'generic',
      linkExternalId: null,
    });
  });

  it('names a company customer when there is no personal name', () => {
    const decision = decideCustomer(
      perShopper,
      shopper({ firstName: null, lastName: null }),
      { billing: address({ firstName: null, lastName: null, company: 'Acme Ltd' }), shipping: null },
      [],
    );
    expect(decision.kind === 'create' && decision.customer).toMatchObject({
      isPerson: false,
      companyName: 'Acme Ltd',
      firstName: null,
      lastName: null,
    });
  });
});

describe('decideCustomer names', () => {
  it('files a shopper with only one name as a company under that name, never inventing the other', () => {
    const decision = decideCustomer(perShopper, shopper({ lastName: null }), NO_ADDRESSES, []);
    expect(decision.kind === 'create' && decision.customer).toMatchObject({
      isPerson: false,
      companyName: 'Bob',
      firstName: null,
      lastName: null,
    });
    const nameless = decideCustomer(
      perShopper,
      shopper({ firstName: null, lastName: null }),
      NO_ADDRESSES,
      [],
    );
    expect(nameless.kind === 'create' && nameless.customer.companyName).toBe('bob@example.com');
  });
});

describe('addressBook', () => {
  it('keeps one line when billing and shipping are the same place', () => {
    const billing = address();
    const shipping = address({ firstName: 'Robert', zip: 'ls1  1aa' });
    expect(addressBook(billing, shipping)).toEqual([
      { address: billing, defaultBilling: true, defaultShipping: true },
    ]);
  });

  it('drops addresses without street or city', () => {
    expect(addressBook(address({ address1: null, city: null }), null)).toEqual([]);
    const shipping = address();
    expect(addressBook(null, shipping)).toEqual([
      { address: shipping, defaultBilling: true, defaultShipping: true },
    ]);
  });
});

describe('normaliseEmail', () => {
  it.each([
    [' A@B.co ', 'a@b.co'],
    ['not an email', null],
    ['', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });
});

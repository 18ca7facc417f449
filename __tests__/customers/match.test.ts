import fc from 'fast-check';
import {
  addressBook,
  customerExternalId,
  decideCustomer as decide,
  guestExternalId,
  normaliseEmail,
  type CustomerCandidate,
  type MatchingConfig,
} from '../../src/domain/customers/match';
import type { PostalAddress, ShopifyCustomer } from '../../src/domain/orders/model';
import { bobsHomeAddress } from './bob';
import { sha256Hex } from './digest';

/** decideCustomer with a real SHA-256 as the e-mail digest. */
const decideCustomer = (...args: Parameters<typeof decide> extends [...infer A, unknown] ? A : never) =>
  decide(...args, sha256Hex);

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

  it('matches a guest by email, and creates one under the guest key (a digest, never the address) when unknown', () => {
    const guest = shopper({ shopifyCustomerId: null, firstName: null, lastName: null });
    const known = decideCustomer(perShopper, guest, NO_ADDRESSES, [
      candidate({ id: '3', email: 'bob@example.com' }),
    ]);
    expect(known).toEqual({ kind: 'use', id: '3', matchedBy: 'email', linkExternalId: null });

    const fresh = decideCustomer(perShopper, guest, { billing: address(), shipping: null }, []);
    expect(fresh.kind === 'create' && fresh.customer).toMatchObject({
      externalId: guestExternalId('UK', sha256Hex('bob@example.com')),
      firstName: 'Bob',
      lastName: 'Norman',
      email: 'bob@example.com',
    });
    expect(fresh.kind === 'create' && fresh.customer.externalId).toBe(
      'pwi:uk:guest:5ff860bf1190596c7188ab851db691f0f3169c453936e9e1eba2f9a47f7a0018',
    );
  });

  it('gives a guest the customer of a Shopify shopper with the same email (a guest has no id to conflict with)', () => {
    const guest = shopper({ shopifyCustomerId: null });
    const linked = candidate({ id: '7', email: 'bob@example.com', externalId: ownExternalId });
    expect(decideCustomer(perShopper, guest, NO_ADDRESSES, [linked])).toEqual({
      kind: 'use',
      id: '7',
      matchedBy: 'email',
      linkExternalId: null,
    });
  });

  it('gives a guest the active customer holding its guest key when none has the email any more', () => {
    const guest = shopper({ shopifyCustomerId: null });
    const key = guestExternalId('UK', sha256Hex('bob@example.com'));
    const renamed = candidate({ id: '4', email: 'robert@example.com', externalId: key.toUpperCase() });
    expect(decideCustomer(perShopper, guest, NO_ADDRESSES, [renamed])).toEqual({
      kind: 'use',
      id: '4',
      matchedBy: 'externalid',
      linkExternalId: null,
    });
    // Deactivated, it keeps the key: the new customer is created without one rather than colliding with it.
    const fresh = decideCustomer(perShopper, guest, NO_ADDRESSES, [{ ...renamed, inactive: true }]);
    expect(fresh.kind === 'create' && fresh.customer.externalId).toBeNull();
  });

  it('asks a Shopify shopper matched by email to replace a guest key, never another external id', () => {
    const guestKey = guestExternalId('EU', sha256Hex('bob@example.com'));
    const asGuest = candidate({ id: '11', email: 'bob@example.com', externalId: guestKey });
    expect(decideCustomer(perShopper, shopper(), NO_ADDRESSES, [asGuest])).toEqual({
      kind: 'use',
      id: '11',
      matchedBy: 'email',
      linkExternalId: ownExternalId,
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

describe('guestExternalId', () => {
  it('is the channel and the lower-case digest, and refuses anything but a SHA-256 hex digest', () => {
    const digest = sha256Hex('a@b.co');
    expect(guestExternalId('UK', digest.toUpperCase())).toBe(`pwi:uk:guest:${digest}`);
    expect(() => guestExternalId('UK', 'a@b.co')).toThrow(/SHA-256/);
    expect(() => guestExternalId('UK', digest.slice(1))).toThrow(/SHA-256/);
  });

  it('is the same for every spelling of one address, differs between addresses, and holds no address (hex only)', () => {
    fc.assert(
      fc.property(
        fc.emailAddress(),
        fc.emailAddress(),
        fc.array(fc.boolean(), { maxLength: 64 }),
        fc.constantFrom('', ' ', '\t', '  \n'),
        (email, other, upper, pad) => {
          const spelled = [...email].map((ch, i) => (upper[i] === true ? ch.toUpperCase() : ch)).join('');
          const keyOf = (text: string): string | null => {
            const decision = decideCustomer(
              perShopper,
              shopper({ shopifyCustomerId: null, email: text }),
              NO_ADDRESSES,
              [],
            );
            return decision.kind === 'create' ? decision.customer.externalId : null;
          };
          const key = keyOf(`${pad}${spelled}${pad}`);
          expect(key).toBe(keyOf(email));
          expect(key).toMatch(/^pwi:uk:guest:[0-9a-f]{64}$/);
          if (other.toLowerCase() !== email.toLowerCase()) expect(keyOf(other)).not.toBe(key);
        },
      ),
    );
  });
});

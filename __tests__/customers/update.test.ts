import type { PostalAddress, ShopifyCustomer } from '../../src/domain/orders/model';
import { planCustomerUpdate, type ExistingCustomer } from '../../src/domain/customers/update';
import { readShopifyCustomer } from '../../src/domain/customers/shopify';
import { readCustomerRequest } from '../../src/domain/customers/request';
import { guestExternalId } from '../../src/domain/customers/match';
import { bobsHomeAddress } from './bob';
import { sha256Hex } from './digest';

const home = bobsHomeAddress;
const work: PostalAddress = { ...home, address1: '9 Mill Lane', zip: 'LS2 2BB' };

const existing: ExistingCustomer = {
  id: '12',
  externalId: null,
  firstName: 'Bob',
  lastName: 'Norman',
  email: 'BOB@example.com',
  phone: '+44 1',
  addresses: [
    {
      line: 0,
      address: { ...home, firstName: null, lastName: null },
      defaultBilling: false,
      defaultShipping: true,
    },
  ],
};

const shopper = (overrides: Partial<ShopifyCustomer> = {}): ShopifyCustomer => ({
  shopifyCustomerId: '5',
  email: 'bob@example.com',
  firstName: 'Bob',
  lastName: 'Norman',
  phone: '+44 1',
  defaultAddress: null,
  ...overrides,
});

describe('planCustomerUpdate', () => {
  it('is null when nothing Shopify sent differs (emails compared normalised)', () => {
    expect(planCustomerUpdate(existing, shopper(), [], null)).toBeNull();
    expect(planCustomerUpdate(existing, shopper(), [home], null)).toBeNull();
  });

  it('sets changed fields and never erases what Shopify left empty', () => {
    expect(
      planCustomerUpdate(
        existing,
        shopper({ lastName: 'Smith', phone: null, email: 'new@example.com' }),
        [],
        null,
      ),
    ).toEqual({
      fields: { lastname: 'Smith', email: 'new@example.com' },
      addAddresses: [],
      makeDefaultLine: null,
    });
  });

  it('links the external id only to a customer that has none or only a guest key', () => {
    expect(planCustomerUpdate(existing, shopper(), [], 'pwi:uk:customer:5')?.fields).toEqual({
      externalid: 'pwi:uk:customer:5',
    });
    expect(
      planCustomerUpdate({ ...existing, externalId: 'ERP-1' }, shopper(), [], 'pwi:uk:customer:5'),
    ).toBeNull();
    const asGuest = { ...existing, externalId: guestExternalId('UK', sha256Hex('bob@example.com')) };
    expect(planCustomerUpdate(asGuest, shopper(), [], 'pwi:uk:customer:5')?.fields).toEqual({
      externalid: 'pwi:uk:customer:5',
    });
    // Something shaped like a guest key but not a digest is someone else's id: kept.
    const lookalike = { ...existing, externalId: 'pwi:uk:guest:bob' };
    expect(planCustomerUpdate(lookalike, shopper(), [], 'pwi:uk:customer:5')).toBeNull();
  });

  it('adds new addresses once and makes the Shopify default the NetSuite default', () => {
    const plan = planCustomerUpdate(existing, shopper({ defaultAddress: home }), [home, work, work], null);
    expect(plan).toEqual({
      fields: {},
      addAddresses: [{ address: work, defaultBilling: false, defaultShipping: false }],
      makeDefaultLine: 0,
    });
    const newDefault = planCustomerUpdate(existing, shopper({ defaultAddress: work }), [work], null);
    expect(newDefault?.addAddresses).toEqual([
      { address: work, defaultBilling: true, defaultShipping: true },
    ]);
  });
});

describe('readShopifyCustomer', () => {
  it('keys on the gid, reads the default address first, prefers province codes', () => {
    const read = readShopifyCustomer({
      id: '5',
      admin_graphql_api_id: 'gid://shopify/Customer/5',
      email: ' Bob@Example.com ',
      first_name: ' ',
      default_address: {
        address1: '1 Main',
        city: 'Austin',
        province: 'Texas',
        province_code: 'TX',
        country_code: 'us',
        default: true,
      },
      addresses: [
        { address1: '1 Main', default: true },
        { address1: '2 Side', city: 'Austin' },
      ],
    });
    expect(read.ok && read.sync.customer).toMatchObject({
      shopifyCustomerId: '5',
      email: 'Bob@Example.com',
      firstName: null,
    });
    expect(read.ok && read.sync.addresses.map((a) => [a.address1, a.province, a.countryCode])).toEqual([
      ['1 Main', 'TX', 'US'],
      ['2 Side', null, null],
    ]);
  });

  it('accepts a string id alone and refuses a rounded number alone', () => {
    expect(readShopifyCustomer({ id: '706405506930370084' }).ok).toBe(true);
    const rounded = readShopifyCustomer({ id: 706405506930370000 });
    expect(!rounded.ok && rounded.issues[0]?.path).toBe('$.id');
  });
});

describe('readCustomerRequest', () => {
  it('takes the channel from the body over the default, and needs one of them', () => {
    const customer = { id: '5' };
    expect(readCustomerRequest({ channel: 'US', customer }, 'UK')).toMatchObject({ ok: true, channel: 'US' });
    expect(readCustomerRequest(customer, 'UK')).toMatchObject({ ok: true, channel: 'UK' });
    expect(readCustomerRequest(JSON.stringify({ customer }), 'UK')).toMatchObject({
      ok: true,
      channel: 'UK',
    });
    const missing = readCustomerRequest(customer, null);
    expect(!missing.ok && missing.issues.map((i) => i.path)).toEqual(['$.channel']);
  });
});

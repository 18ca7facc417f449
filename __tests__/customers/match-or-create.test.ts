// matchOrCreateCustomer — the orders RESTlet's customer step — inside an emulated execution, with its units.
import type { Account } from '../../emulator/src/account';
import type { ChannelConfig } from '../../src/domain/config/channel';
import type { PostalAddress, ShopifyCustomer } from '../../src/domain/orders/model';
import { loadChannelConfig } from '../../src/netsuite/config/channels';
import { matchOrCreateCustomer } from '../../src/netsuite/customers/customers';
import { inScript } from '../config/in-script';
import { deploy } from '../config/seed';
import { sha256Hex } from './digest';

const billing: PostalAddress = {
  firstName: 'Ada',
  lastName: 'Lovelace',
  company: null,
  address1: '12 St James Sq',
  address2: null,
  city: 'London',
  province: null,
  countryCode: 'GB',
  zip: 'SW1Y 4JH',
  phone: null,
};

const ada = (overrides: Partial<ShopifyCustomer> = {}): ShopifyCustomer => ({
  shopifyCustomerId: '1815',
  email: 'ada@example.com',
  firstName: 'Ada',
  lastName: 'Lovelace',
  phone: null,
  defaultAddress: null,
  ...overrides,
});

function config(account: Account, code: string, overrides: Partial<ChannelConfig> = {}): ChannelConfig {
  return { ...inScript(account, () => loadChannelConfig(code)).result, ...overrides };
}

describe('matchOrCreateCustomer on the emulator', () => {
  it('creates a new shopper (25 units), then finds it by external id (10 units)', () => {
    const account = deploy();
    const uk = config(account, 'UK');
    const created = inScript(account, () => matchOrCreateCustomer(uk, ada(), { billing, shipping: null }));
    expect(created.result).toMatchObject({ created: true, matchedBy: 'created' });
    expect(created.units).toBe(25);
    const again = inScript(account, () =>
      matchOrCreateCustomer(uk, ada({ email: 'changed@example.com' }), { billing, shipping: null }),
    );
    expect(again).toEqual({
      result: { id: created.result.id, created: false, matchedBy: 'externalid' },
      units: 10,
    });
  });

  it('matches a guest checkout by email and never creates a second customer for it', () => {
    const account = deploy();
    const uk = config(account, 'UK');
    const guest = ada({ shopifyCustomerId: null, email: 'Eleanor.Shaw@example.co.uk' });
    const found = inScript(account, () => matchOrCreateCustomer(uk, guest, { billing, shipping: null }));
    expect(found.result).toMatchObject({ created: false, matchedBy: 'email' });
    expect(account.store.require('customer', Number(found.result.id)).fields['externalid']).toBeFalsy();

    // A new guest costs what a new shopper does (search 10 + create 5 + save 10; the e-mail digest is free) and
    // carries the guest key; found again by email for the search alone.
    const newGuest = ada({ shopifyCustomerId: null, email: 'new.guest@example.com' });
    const first = inScript(account, () => matchOrCreateCustomer(uk, newGuest, { billing, shipping: null }));
    expect(first.result.matchedBy).toBe('created');
    expect(first.units).toBe(25);
    expect(account.store.require('customer', Number(first.result.id)).fields['externalid']).toBe(
      `pwi:uk:guest:${sha256Hex('new.guest@example.com')}`,
    );
    const second = inScript(account, () => matchOrCreateCustomer(uk, newGuest, { billing, shipping: null }));
    expect(second).toEqual({
      result: { id: first.result.id, created: false, matchedBy: 'email' },
      units: 10,
    });
  });

  it('stamps the Shopify key over a guest key when the shopper arrives with an id (5 units for the link)', () => {
    const account = deploy();
    const uk = config(account, 'UK');
    const asGuest = inScript(account, () =>
      matchOrCreateCustomer(uk, ada({ shopifyCustomerId: null }), { billing, shipping: null }),
    ).result;
    const linked = inScript(account, () =>
      matchOrCreateCustomer(uk, ada({ email: 'ADA@example.com' }), { billing, shipping: null }),
    );
    expect(linked).toEqual({ result: { id: asGuest.id, created: false, matchedBy: 'email' }, units: 15 });
    expect(account.store.require('customer', Number(asGuest.id)).fields['externalid']).toBe(
      'pwi:uk:customer:1815',
    );
  });

  it('spends nothing for a generic-customer channel and for an anonymous guest', () => {
    const account = deploy();
    const us = config(account, 'US');
    expect(
      inScript(account, () => matchOrCreateCustomer(us, ada(), { billing: null, shipping: null })).units,
    ).toBe(0);
    const uk = config(account, 'UK');
    const anonymous = inScript(account, () =>
      matchOrCreateCustomer(uk, null, { billing: null, shipping: null }),
    );
    expect(anonymous).toEqual({
      result: { id: uk.genericCustomerId, created: false, matchedBy: 'generic' },
      units: 0,
    });
  });

  it('throws PWI_CUSTOMER_UNRESOLVED with the fix when the generic customer is needed but not set', () => {
    const account = deploy();
    const uk = config(account, 'UK', { genericCustomerId: null });
    expect(() =>
      inScript(account, () => matchOrCreateCustomer(uk, null, { billing: null, shipping: null })),
    ).toThrow(
      expect.objectContaining({
        name: 'PWI_CUSTOMER_UNRESOLVED',
        message: expect.stringContaining('custrecord_pwi_ch_generic_customer'),
      }),
    );
  });
});

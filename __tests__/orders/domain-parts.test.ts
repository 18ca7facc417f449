import * as fc from 'fast-check';
import { explodeBundle } from '../../src/domain/bundles/explode';
import { addressValues } from '../../src/domain/orders/address';
import { redactPayload } from '../../src/domain/orders/redact';
import { suggestSkus } from '../../src/domain/orders/sku-suggestions';
import { routeOrder } from '../../src/domain/routing/route';

describe('explodeBundle', () => {
  it('keeps each column tying for any bundle line and members (property)', () => {
    const members = fc.array(
      fc.record({
        itemId: fc.string(),
        quantity: fc.integer({ min: 1, max: 5 }),
        unitWeightMinor: fc.option(fc.integer({ min: 0, max: 100_000 })),
      }),
      { minLength: 1, maxLength: 6 },
    );
    const line = fc
      .record({
        quantity: fc.integer({ min: 1, max: 10 }),
        grossMinor: fc.integer({ min: 0, max: 1_000_000 }),
        discountPart: fc.integer({ min: 0, max: 100 }),
        taxPart: fc.integer({ min: 0, max: 30 }),
        included: fc.boolean(),
      })
      .map(({ quantity, grossMinor, discountPart, taxPart, included }) => {
        const discountMinor = Math.floor((grossMinor * discountPart) / 100);
        const taxMinor = Math.floor(((grossMinor - discountMinor) * taxPart) / 100);
        return {
          quantity,
          grossMinor,
          discountMinor,
          taxMinor,
          netMinor: grossMinor - discountMinor - (included ? taxMinor : 0),
        };
      });
    fc.assert(
      fc.property(line, members, (bundle, ms) => {
        const parts = explodeBundle(bundle, ms);
        const total = (key: 'grossMinor' | 'discountMinor' | 'netMinor' | 'taxMinor'): number =>
          parts.reduce((sum, part) => sum + part[key], 0);
        expect(total('grossMinor')).toBe(bundle.grossMinor);
        expect(total('discountMinor')).toBe(bundle.discountMinor);
        expect(total('netMinor')).toBe(bundle.netMinor);
        expect(total('taxMinor')).toBe(bundle.taxMinor);
        parts.forEach((part, index) =>
          expect(part.quantity).toBe((ms[index]?.quantity ?? 0) * bundle.quantity),
        );
      }),
    );
  });
});

describe('suggestSkus', () => {
  const candidates = [
    { itemId: '1', sku: 'SHIRT-LIN-M', name: 'Linen Shirt M' },
    { itemId: '2', sku: 'SHIRT-LIN-L', name: 'Linen Shirt L' },
    { itemId: '3', sku: 'TOTE-CNV', name: 'Canvas Tote' },
    { itemId: '4', sku: 'ZZZ', name: null },
  ];
  it('ranks by closeness, ignoring case and punctuation, and drops the unrelated', () => {
    const ranked = suggestSkus('shirt_lin_m', candidates);
    expect(ranked.map((s) => s.sku)).toEqual(['SHIRT-LIN-M', 'SHIRT-LIN-L']);
    expect(ranked[0]?.score).toBe(1);
    expect(suggestSkus('QQQQQQQQ', candidates)).toEqual([]);
  });
});

describe('routeOrder', () => {
  it('falls back to the default and never routes by stock with no demand', () => {
    const decision = routeOrder(
      { tags: [], countryCode: null, postcode: null, demand: new Map() },
      [{ id: 's', sequence: 1, kind: 'stock', matchValue: null, locationIds: ['1'] }],
      '9',
      new Map(),
    );
    expect(decision).toEqual({ locationId: '9', rule: 'default', ruleId: null });
  });

  it('counts only items the stock search reports as stocked', () => {
    const rule = { id: 's', sequence: 1, kind: 'stock' as const, matchValue: null, locationIds: ['1', '2'] };
    const demand = new Map([
      ['inv', 2],
      ['service', 1],
    ]);
    const stock = new Map([['inv', new Map([['2', 2]])]]);
    const input = { tags: [], countryCode: null, postcode: null, demand };
    expect(routeOrder(input, [rule], '9', stock)).toMatchObject({ locationId: '2', rule: 'stock' });
    expect(routeOrder(input, [rule], '9', new Map([['inv', new Map()]]))).toMatchObject({ rule: 'default' });
    expect(routeOrder(input, [rule], '9', new Map())).toMatchObject({ rule: 'default' });
  });
});

describe('redactPayload', () => {
  it('drops card details, receipts, tokens and browser data at any depth, keeping the order', () => {
    const payload = {
      id: 1,
      token: 'abc',
      checkout_token: 'def',
      browser_ip: '81.2.69.160',
      client_details: { user_agent: 'x' },
      payment_details: { credit_card_bin: '424242', credit_card_number: '•••• 4242' },
      line_items: [{ sku: 'A', price: '1.00' }],
      transactions: [{ kind: 'sale', gateway: 'gift_card', amount: '5.00', receipt: { card: 'x' } }],
      data: { order: { paymentDetails: { number: 'x' }, id: 'gid://shopify/Order/1' } },
    };
    expect(redactPayload(payload)).toEqual({
      id: 1,
      line_items: [{ sku: 'A', price: '1.00' }],
      transactions: [{ kind: 'sale', gateway: 'gift_card', amount: '5.00' }],
      data: { order: { id: 'gid://shopify/Order/1' } },
    });
  });
});

describe('addressValues', () => {
  it('sets country first, names the addressee, keeps a company as attention, skips empties', () => {
    const address = {
      firstName: 'Sophie',
      lastName: 'Laurent',
      company: 'Atelier L',
      address1: '8 Rue des Lilas',
      address2: ' ',
      city: 'Lyon',
      province: null,
      countryCode: 'fr',
      zip: '69003',
      phone: null,
    };
    expect(addressValues(address)).toEqual([
      ['country', 'FR'],
      ['addressee', 'Sophie Laurent'],
      ['attention', 'Atelier L'],
      ['addr1', '8 Rue des Lilas'],
      ['city', 'Lyon'],
      ['zip', '69003'],
    ]);
    expect(addressValues({ ...address, firstName: null, lastName: null })?.[1]).toEqual([
      'addressee',
      'Atelier L',
    ]);
    expect(addressValues(null)).toBeNull();
  });
});

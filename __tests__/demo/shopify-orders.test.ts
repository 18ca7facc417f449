import fc from 'fast-check';
import { allocateDiscount, buildOrder, decimalText, taxOn } from '../../demo/shopify-orders';
import { tradingDay, UK_SHOP, US_SHOP } from '../../demo/scenario';
import { checkShopifyTotals } from '../../src/domain/orders/checks';
import { parseOrderRequest } from '../../src/domain/orders/normalise';

/** The demo's Shopify payloads must be ones Shopify could have sent: the bundle's own parser and checks agree. */
describe('demo Shopify orders', () => {
  it.each(tradingDay().map((event) => [event.order.name, event.order.channel, event]))(
    '%s (%s) parses and obeys Shopify order arithmetic',
    (_name, _channel, event) => {
      const parsed = parseOrderRequest({ channel: event.order.channel, order: event.order.payload });
      expect(parsed.kind).toBe('single');
      if (parsed.kind !== 'single' || !parsed.order.ok) throw new Error(JSON.stringify(parsed));
      const order = parsed.order.order;
      expect(checkShopifyTotals(order)).toBeNull();
      expect(order.totals.totalMinor).toBe(event.order.figures.totalMinor);
      expect(order.totals.totalTaxMinor).toBe(event.order.figures.taxMinor);
      expect(order.channel).toBe(event.order.channel);
    },
  );

  it('has the kinds of order the day promises', () => {
    const day = tradingDay();
    expect(day.filter((e) => e.redelivery)).toHaveLength(1);
    expect(day.some((e) => e.intent.includes('bundle'))).toBe(true);
    expect(day.some((e) => e.intent.includes('unmapped SKU'))).toBe(true);
    expect(new Set(day.map((e) => e.order.channel))).toEqual(new Set(['UK', 'US']));
  });

  it('extracts VAT from tax-inclusive prices and adds sales tax on top, rounding half up to the cent', () => {
    expect(taxOn(2500, '0.2', true)).toBe(417); // 25.00 incl. 20 % VAT holds 4.1666… → 4.17
    expect(taxOn(12300, '0.08875', false)).toBe(1092); // 123.00 × 8.875 % = 10.91625 → 10.92
    expect(taxOn(1000, '0.0725', false)).toBe(73); // 0.725 → 0.73 (half up)
  });

  it('included tax matches net × rate to within rounding (half a cent, scaled by 1 + rate)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.constantFrom('0.2', '0.05', '0.08875', '0'),
        (gross, rate) => {
          const tax = taxOn(gross, rate, true);
          const net = gross - tax;
          const exact = net * Number(rate);
          expect(tax).toBeGreaterThanOrEqual(0);
          expect(Math.abs(exact - tax)).toBeLessThanOrEqual(0.5 + Number(rate) / 2 + 1e-9);
        },
      ),
    );
  });

  it('allocates an order discount exactly, whatever the basket', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ price: fc.integer({ min: 1, max: 50_000 }), qty: fc.integer({ min: 1, max: 5 }) }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.integer({ min: 0, max: 100 }),
        (basket, percent) => {
          const lines = basket.map((b, i) => ({
            sku: `SKU-${i}`,
            title: 't',
            quantity: b.qty,
            unitPriceMinor: b.price,
          }));
          const gross = basket.reduce((sum, b) => sum + b.price * b.qty, 0);
          const discount = Math.floor((gross * percent) / 100);
          const allocated = allocateDiscount(lines, discount);
          expect(allocated.reduce((sum, l) => sum + (l.discountMinor ?? 0), 0)).toBe(discount);
          allocated.forEach((l) =>
            expect(l.discountMinor ?? 0).toBeLessThanOrEqual(l.unitPriceMinor * l.quantity),
          );
        },
      ),
    );
  });

  it('writes money as Shopify decimal text and ids that stay distinct per shop', () => {
    expect(decimalText(0)).toBe('0.00');
    expect(decimalText(395)).toBe('3.95');
    expect(decimalText(-1205)).toBe('-12.05');
    const basket = (shop: typeof UK_SHOP) =>
      buildOrder({
        shop,
        sequence: 0,
        createdAt: '2026-01-05T09:00:00Z',
        shopper: {
          shopifyCustomerId: null,
          email: 'guest@example.com',
          phone: null,
          address: {
            firstName: 'A',
            lastName: 'B',
            address1: '1 Street',
            city: 'City',
            province: null,
            provinceCode: null,
            countryCode: 'GB',
            zip: 'Z1',
          },
        },
        lines: [{ sku: 'TEE-BLK-M', title: 'Tee', quantity: 1, unitPriceMinor: 100 }],
        shipping: null,
      });
    const uk = basket(UK_SHOP);
    const us = basket(US_SHOP);
    expect(uk.shopifyOrderId).not.toBe(us.shopifyOrderId);
    expect([uk.name, us.name]).toEqual(['#1001', '#US1001']);
  });
});

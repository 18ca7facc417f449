import * as fc from 'fast-check';
import type { NormalisedOrder, OrderLine, ShippingLine } from '../../src/domain/orders/model';
import { checkShopifyTotals } from '../../src/domain/orders/checks';
import { planOrder } from '../../src/domain/orders/plan';
import { catalog, ukChannel } from './channel-fixture';

/** SKUs the fixture catalogue resolves: plain items, a bundle-map SKU and a NetSuite kit. */
const SKUS = ['SHIRT-LIN-M', 'TOTE-CNV', 'SHIRT-OXF-L', 'SOCK-WOOL', 'GIFTSET-01', 'KIT-TRAVEL'];

const line = (taxesIncluded: boolean) =>
  fc
    .record({
      sku: fc.constantFrom(...SKUS),
      quantity: fc.integer({ min: 1, max: 7 }),
      unitPriceMinor: fc.integer({ min: 0, max: 50_000 }),
      discountPercent: fc.integer({ min: 0, max: 100 }),
      taxPercent: fc.constantFrom(0, 5, 20, 8.875),
    })
    .map(({ sku, quantity, unitPriceMinor, discountPercent, taxPercent }): OrderLine => {
      const grossMinor = unitPriceMinor * quantity;
      const discountMinor = Math.floor((grossMinor * discountPercent) / 100);
      const paid = grossMinor - discountMinor;
      const taxMinor = taxesIncluded
        ? Math.round((paid * taxPercent) / (100 + taxPercent))
        : Math.round((paid * taxPercent) / 100);
      return {
        shopifyLineId: String(unitPriceMinor + quantity),
        sku,
        title: sku,
        quantity,
        unitPriceMinor,
        grossMinor,
        discountMinor,
        taxLines:
          taxMinor > 0 ? [{ title: 'VAT', rate: String(taxPercent / 100), amountMinor: taxMinor }] : [],
        taxMinor,
        isGiftCard: false,
      };
    });

const shipping = (taxesIncluded: boolean) =>
  fc
    .record({ priceMinor: fc.integer({ min: 0, max: 2_000 }), free: fc.boolean(), taxed: fc.boolean() })
    .map(({ priceMinor, free, taxed }): ShippingLine => {
      const discountMinor = free ? priceMinor : 0;
      const paid = priceMinor - discountMinor;
      const taxMinor = taxed ? (taxesIncluded ? Math.round(paid / 6) : Math.round(paid / 5)) : 0;
      return { title: 'Delivery', code: null, priceMinor, discountMinor, taxLines: [], taxMinor };
    });

/** A Shopify order whose totals obey Shopify's own arithmetic, whatever the lines. */
const orders = fc.boolean().chain((taxesIncluded) =>
  fc
    .record({
      lines: fc.array(line(taxesIncluded), { minLength: 1, maxLength: 6 }),
      shippingLines: fc.array(shipping(taxesIncluded), { maxLength: 2 }),
      tipMinor: fc.integer({ min: 0, max: 1_000 }),
      giftCardPercent: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ lines: generated, shippingLines, tipMinor, giftCardPercent }): NormalisedOrder => {
      const lines = generated.map((l, index) => ({ ...l, shopifyLineId: String(1000 + index) }));
      const sum = (values: number[]): number => values.reduce((a, b) => a + b, 0);
      const lineItemsMinor = sum(lines.map((l) => l.grossMinor));
      const lineDiscounts = sum(lines.map((l) => l.discountMinor));
      const shippingMinor = sum(shippingLines.map((s) => s.priceMinor));
      const shippingDiscounts = sum(shippingLines.map((s) => s.discountMinor));
      const totalTaxMinor = sum([...lines, ...shippingLines].map((l) => l.taxMinor));
      const subtotalMinor = lineItemsMinor - lineDiscounts;
      const totalMinor =
        subtotalMinor + shippingMinor - shippingDiscounts + tipMinor + (taxesIncluded ? 0 : totalTaxMinor);
      return {
        source: 'rest',
        channel: 'UK',
        shopifyOrderId: '1',
        gid: 'gid://shopify/Order/1',
        name: '#1',
        createdAt: '2026-03-14T10:00:00+00:00',
        currency: 'GBP',
        presentmentCurrency: 'GBP',
        presentmentTotalMinor: totalMinor,
        taxesIncluded,
        financialStatus: 'paid',
        tags: [],
        email: null,
        customer: null,
        billingAddress: null,
        shippingAddress: null,
        lines,
        shippingLines,
        discountCodes: [],
        giftCardPaymentsMinor: Math.floor((totalMinor * giftCardPercent) / 100),
        totals: {
          lineItemsMinor,
          subtotalMinor,
          totalDiscountsMinor: lineDiscounts + shippingDiscounts,
          totalShippingMinor: shippingMinor,
          totalTaxMinor,
          totalTipMinor: tipMinor,
          totalDutiesMinor: 0,
          totalMinor,
        },
        warnings: [],
      };
    }),
);

describe('planOrder (generated orders)', () => {
  it('ties every order Shopify could send to the cent: lines before payment = total_price, tax = total_tax', () => {
    fc.assert(
      fc.property(orders, (order) => {
        expect(checkShopifyTotals(order)).toBeNull();
        const result = planOrder({ order, config: ukChannel, catalog, customerId: '5', stock: new Map() });
        if (!result.ok) throw new Error(result.problem.message);
        const { plan } = result;
        const sales = plan.lines.filter((l) => l.kind !== 'gift-card-payment');
        expect(sales.reduce((s, l) => s + l.amountMinor + l.taxMinor, 0)).toBe(order.totals.totalMinor);
        expect(plan.lines.reduce((s, l) => s + l.taxMinor, 0)).toBe(order.totals.totalTaxMinor);
        expect(plan.lines.reduce((s, l) => s + l.amountMinor + l.taxMinor, 0)).toBe(plan.expectedTotalMinor);
        for (const l of sales) {
          expect(Number.isSafeInteger(l.amountMinor)).toBe(true);
          expect(l.amountMinor).toBeGreaterThanOrEqual(0);
          expect(l.taxMinor).toBeGreaterThanOrEqual(0);
        }
        // Each Shopify line's components carry its id and together hold its net amount and tax.
        for (const source of order.lines) {
          const parts = plan.lines.filter(
            (l) => l.shopifyLineId === source.shopifyLineId && l.sku === source.sku,
          );
          expect(parts.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

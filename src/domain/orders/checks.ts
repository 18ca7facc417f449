import { formatMinor } from '../money/decimal';
import type { NormalisedOrder, OrderProblem } from './model';

/** One of Shopify's own identities that the payload broke. */
export interface TotalsDifference {
  readonly identity: string;
  readonly expected: string;
  readonly actual: string;
}

/**
 * Shopify's order arithmetic (REST Order / GraphQL Order field definitions), checked before anything is posted:
 * - total_line_items_price = Σ price × quantity
 * - subtotal_price = total_line_items_price − Σ line discount_allocations (tax-inclusive when taxes_included)
 * - total_discounts = Σ line discount_allocations + Σ shipping discount_allocations
 * - total_shipping_price_set = Σ shipping_lines.price (before their discounts)
 * - total_tax = Σ line tax_lines + Σ shipping tax_lines
 * - total_price = subtotal_price + Σ (shipping price − shipping discounts) + total_tip_received + duties
 *                 + total_tax when taxes are NOT included (included tax is already inside the prices)
 * plus the per-line sanity that makes a net amount: a discount never exceeds its line, and included tax never
 * exceeds what was paid for the line. Any difference is a TOTALS_MISMATCH problem; nothing is posted.
 *
 * Sources: Shopify's REST Order reference (subtotal_price "after discounts but before shipping, duties, taxes, and
 * tips"; total_price "the sum of all line item prices, discounts, shipping, taxes, and tips"; taxes_included
 * "whether taxes are included in the order subtotal"); Shopify staff on the discount_applications announcement
 * (community.shopify.com, API Announcements, thread 416581): "order.total_discount will always contain the sum of
 * all discounts … all discounts are actually allocated on the line items / shipping lines".
 */
export function checkShopifyTotals(order: NormalisedOrder): OrderProblem | null {
  const differences: TotalsDifference[] = [];
  const money = (minor: number): string => formatMinor(minor, order.currency);
  const expect = (identity: string, expected: number, actual: number | null): void => {
    if (actual !== null && expected !== actual)
      differences.push({ identity, expected: money(expected), actual: money(actual) });
  };

  const lineGross = sum(order.lines.map((line) => line.grossMinor));
  const lineDiscounts = sum(order.lines.map((line) => line.discountMinor));
  const lineTax = sum(order.lines.map((line) => line.taxMinor));
  const shipping = sum(order.shippingLines.map((line) => line.priceMinor));
  const shippingDiscounts = sum(order.shippingLines.map((line) => line.discountMinor));
  const shippingTax = sum(order.shippingLines.map((line) => line.taxMinor));
  const { totals } = order;

  expect('total_line_items_price = Σ line price × quantity', lineGross, totals.lineItemsMinor);
  expect(
    'subtotal_price = Σ line price × quantity − Σ line discounts',
    lineGross - lineDiscounts,
    totals.subtotalMinor,
  );
  expect(
    'total_discounts = Σ line discounts + Σ shipping discounts',
    lineDiscounts + shippingDiscounts,
    totals.totalDiscountsMinor,
  );
  expect('total_shipping_price = Σ shipping line prices', shipping, totals.totalShippingMinor);
  expect('total_tax = Σ line tax + Σ shipping tax', lineTax + shippingTax, totals.totalTaxMinor);
  const total =
    totals.subtotalMinor +
    shipping -
    shippingDiscounts +
    totals.totalTipMinor +
    totals.totalDutiesMinor +
    (order.taxesIncluded ? 0 : totals.totalTaxMinor);
  expect(
    order.taxesIncluded
      ? `total_price = subtotal + shipping − shipping discounts + tips${dutiesText(order)} (taxes included)`
      : `total_price = subtotal + shipping − shipping discounts + total_tax + tips${dutiesText(order)}`,
    total,
    totals.totalMinor,
  );

  order.lines.forEach((line, index) => {
    const paid = line.grossMinor - line.discountMinor;
    if (paid < 0) {
      differences.push({
        identity: `line_items[${index}] discount ≤ price × quantity`,
        expected: `≤ ${money(line.grossMinor)}`,
        actual: money(line.discountMinor),
      });
    } else if (order.taxesIncluded && line.taxMinor > paid) {
      differences.push({
        identity: `line_items[${index}] included tax ≤ price after discounts`,
        expected: `≤ ${money(paid)}`,
        actual: money(line.taxMinor),
      });
    }
  });
  order.shippingLines.forEach((line, index) => {
    const paid = line.priceMinor - line.discountMinor;
    if (paid < 0 || (order.taxesIncluded && line.taxMinor > paid)) {
      differences.push({
        identity: `shipping_lines[${index}] discount and included tax ≤ price`,
        expected: `≤ ${money(line.priceMinor)}`,
        actual: money(line.discountMinor + (order.taxesIncluded ? line.taxMinor : 0)),
      });
    }
  });
  if (order.giftCardPaymentsMinor > totals.totalMinor) {
    differences.push({
      identity: 'gift card payments ≤ total_price',
      expected: `≤ ${money(totals.totalMinor)}`,
      actual: money(order.giftCardPaymentsMinor),
    });
  }

  if (differences.length === 0) return null;
  return {
    code: 'TOTALS_MISMATCH',
    message: `Shopify order ${order.name} does not add up (${differences.length} difference${
      differences.length === 1 ? '' : 's'
    }): ${differences.map((d) => `${d.identity}: expected ${d.expected}, got ${d.actual}`).join('; ')}.`,
    suggestedFix:
      'Check the order in Shopify admin (an edit or a third-party app may have changed it after checkout), ' +
      'then re-send the current order from Patchworks. Nothing was posted to NetSuite.',
    details: { shopifyOrderId: order.shopifyOrderId, currency: order.currency, differences },
  };
}

function dutiesText(order: NormalisedOrder): string {
  return order.totals.totalDutiesMinor > 0 ? ' + duties' : '';
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

import { allocate } from '../money/allocate';

/** One member of a bundle: a NetSuite kit's member sublist row or a bundle-map component. */
export interface BundleMember {
  readonly itemId: string;
  /** Units of the member in one bundle. */
  readonly quantity: number;
  /** Unit base price in minor units (the item's price in NetSuite), used as the allocation weight; null if unknown. */
  readonly unitWeightMinor: number | null;
}

/** The money of one Shopify line, to be shared across its bundle's members. */
export interface BundleLineAmounts {
  readonly quantity: number;
  readonly grossMinor: number;
  readonly discountMinor: number;
  readonly netMinor: number;
  readonly taxMinor: number;
}

export interface BundleComponentLine {
  readonly itemId: string;
  readonly quantity: number;
  readonly grossMinor: number;
  readonly discountMinor: number;
  readonly netMinor: number;
  readonly taxMinor: number;
}

/**
 * Explodes a bundle line into one line per member: quantity = member quantity × bundle quantity, and every amount
 * (gross, discount, net, tax) allocated by the members' value (base price × quantity) with the largest-remainder
 * allocator, so each column sums exactly to the bundle line's. With no prices known the split is by quantity.
 */
export function explodeBundle(
  line: BundleLineAmounts,
  members: readonly BundleMember[],
): BundleComponentLine[] {
  if (members.length === 0) throw new RangeError('a bundle needs at least one member');
  const priced = members.every((member) => member.unitWeightMinor !== null && member.unitWeightMinor > 0);
  const weights = members.map((member) =>
    priced ? (member.unitWeightMinor ?? 0) * member.quantity : member.quantity,
  );
  const gross = allocate(line.grossMinor, weights);
  const discount = allocate(line.discountMinor, weights);
  const tax = allocate(line.taxMinor, weights);
  // Net is gross − discount − (included) tax per component; deriving it keeps every component internally
  // consistent, and the sum still ties because each column already does. When tax is excluded net = gross − discount.
  const includedTax = line.grossMinor - line.discountMinor - line.netMinor;
  const included = includedTax === 0 ? weights.map(() => 0) : allocate(includedTax, weights);
  return members.map((member, index) => {
    const componentGross = gross[index] ?? 0;
    const componentDiscount = discount[index] ?? 0;
    return {
      itemId: member.itemId,
      quantity: member.quantity * line.quantity,
      grossMinor: componentGross,
      discountMinor: componentDiscount,
      netMinor: componentGross - componentDiscount - (included[index] ?? 0),
      taxMinor: tax[index] ?? 0,
    };
  });
}

import { NotEmulatedError, nsError } from '../errors';
import { decimalOf, fromMinor, minorOf, multiply, shift, toMinor } from './decimal';

/**
 * Transaction maths as NetSuite does it on save (legacy per-line tax), in integer minor units of the
 * transaction currency. Pure: the record layer resolves tax code rates and the currency precision first.
 */

export interface LineInput {
  /** Discount lines take their rate as the line amount; quantity does not apply. */
  readonly kind: 'item' | 'discount';
  readonly quantity: number | null;
  readonly rate: number | null;
  /** Set by the script: kept as given (rounded to the currency), rate × quantity is not applied. */
  readonly amount: number | null;
  /** The line's tax code rate in percent, or null when the line has no tax code. */
  readonly taxRate: number | null;
  /**
   * Set by the script: the line's tax is this amount, not amount × rate (how an integration matches its source).
   * Public SuiteScript sets item-line tax1amt to replace NetSuite's own per-line figure when it differs from the
   * source document's (fidelity review: a Japanese tax-rounding client script compares the computed tax1amt with
   * its own and sets tax1amt only when they differ; a bundle-discount script sets tax1amt on negative lines).
   */
  readonly tax1amt: number | null;
}

export type BodyDiscount = { readonly amount: number } | { readonly percent: number };

export interface TotalsInput {
  /** Decimal places of the currency (2, or 0 for JPY). */
  readonly precision: number;
  readonly lines: readonly LineInput[];
  readonly shippingcost: number | null;
  readonly shippingTaxRate: number | null;
  readonly shippingtax1amt: number | null;
  readonly discount: BodyDiscount | null;
}

export interface LineResult {
  readonly amount: number;
  readonly tax1amt: number;
  readonly grossamt: number;
}

export interface Totals {
  readonly lines: readonly LineResult[];
  readonly subtotal: number;
  readonly discounttotal: number;
  readonly shippingcost: number;
  readonly shippingtax1amt: number;
  readonly taxtotal: number;
  readonly total: number;
}

/** The line amount in minor units: as set, else rate × quantity rounded once (half away from zero). */
export function lineAmountMinor(line: LineInput, precision: number): bigint {
  if (line.amount !== null) return minorOf(line.amount, precision);
  if (line.rate === null) {
    throw new NotEmulatedError(
      'sourcing a line rate from the item price list (set rate or amount on the line)',
    );
  }
  if (line.kind === 'discount') return minorOf(line.rate, precision);
  if (line.quantity === null) throw nsError('USER_ERROR', 'Please enter value(s) for: Quantity');
  return toMinor(multiply(decimalOf(line.rate), decimalOf(line.quantity)), precision);
}

/**
 * The line tax in minor units: tax1amt when set, else amount × rate rounded per line. That is NetSuite's "Item
 * Line Level" tax rounding (NS section_N1814149, "Setting Tax Rounding Levels, Methods, and Precision Settings").
 * VAT/GST nexuses may instead choose "Transaction Level" (round(subtotal × rate) = tax total, with NetSuite
 * reconciling the line taxes to it); the emulator models only Item Line Level, and which level a new VAT nexus
 * starts with is not sourced. US and Canadian nexuses have no such choice.
 */
export function lineTaxMinor(amountMinor: bigint, line: LineInput, precision: number): bigint {
  if (line.tax1amt !== null) return minorOf(line.tax1amt, precision);
  return percentOfMinor(amountMinor, line.taxRate, precision);
}

function percentOfMinor(amountMinor: bigint, ratePercent: number | null, precision: number): bigint {
  if (ratePercent === null || ratePercent === 0) return 0n;
  const amount = { units: amountMinor, scale: precision };
  return toMinor(shift(multiply(amount, decimalOf(ratePercent)), 2), precision);
}

export function computeTotals(input: TotalsInput): Totals {
  const p = input.precision;
  const lines: LineResult[] = [];
  let subtotal = 0n;
  let lineTax = 0n;
  for (const line of input.lines) {
    const amount = lineAmountMinor(line, p);
    const tax = lineTaxMinor(amount, line, p);
    subtotal += amount;
    lineTax += tax;
    lines.push({
      amount: fromMinor(amount, p),
      tax1amt: fromMinor(tax, p),
      grossamt: fromMinor(amount + tax, p),
    });
  }
  let discount = 0n;
  if (input.discount) {
    discount =
      'amount' in input.discount
        ? minorOf(input.discount.amount, p)
        : toMinor(shift(multiply({ units: subtotal, scale: p }, decimalOf(input.discount.percent)), 2), p);
    if (discount !== 0n && lineTax !== 0n) {
      // Whether a header discount reduces tax depends on the discount item's "apply before tax" setting,
      // which the emulator does not model: refuse rather than guess.
      throw new NotEmulatedError(
        'a header discount (discountitem/discountrate) on a transaction with taxed lines',
      );
    }
  }
  const shipping = input.shippingcost === null ? 0n : minorOf(input.shippingcost, p);
  const shippingTax =
    input.shippingtax1amt !== null
      ? minorOf(input.shippingtax1amt, p)
      : percentOfMinor(shipping, input.shippingTaxRate, p);
  const taxtotal = lineTax + shippingTax;
  return {
    lines,
    subtotal: fromMinor(subtotal, p),
    discounttotal: fromMinor(discount, p),
    shippingcost: fromMinor(shipping, p),
    shippingtax1amt: fromMinor(shippingTax, p),
    taxtotal: fromMinor(taxtotal, p),
    total: fromMinor(subtotal + discount + shipping + taxtotal, p),
  };
}

/** Parses a discount rate as NetSuite takes it: a number is an amount, '-10%' a percent of the subtotal. */
export function bodyDiscountOf(rate: number | string | null): BodyDiscount | null {
  if (rate === null || rate === '') return null;
  if (typeof rate === 'number') return { amount: rate };
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(rate);
  if (!match?.[1])
    throw nsError(
      'INVALID_FLD_VALUE',
      `You have entered an Invalid Field Value ${rate} for the following field: discountrate`,
    );
  return { percent: Number(match[1]) };
}

export interface JournalLine {
  readonly debit: number | null;
  readonly credit: number | null;
}

/**
 * A journal entry saves only when its debits equal its credits. The error code NetSuite raises is
 * UNCONFIRMED (no source found); the message follows the UI's wording about an out-of-balance transaction.
 */
export function assertBalanced(lines: readonly JournalLine[], precision: number): void {
  let debits = 0n;
  let credits = 0n;
  for (const line of lines) {
    if (line.debit !== null) debits += minorOf(line.debit, precision);
    if (line.credit !== null) credits += minorOf(line.credit, precision);
  }
  if (debits !== credits) {
    throw nsError(
      'UNBALANCED_JOURNAL_ENTRY',
      `The transaction is out of balance: debits ${fromMinor(debits, precision)} and credits ${fromMinor(credits, precision)}.`,
    );
  }
}

// Transaction maths (emulator/src/records/transactions.ts) tested directly: NetSuite computes line amounts as
// rate × quantity unless the amount is set, taxes each line from its tax code unless tax1amt is set (legacy tax,
// "Tax Rounding Level: Line"), and totals subtotal + discount + shipping + tax. Amounts are in the currency's
// precision (2 decimals; 0 for JPY), rounded half up per line.
import * as fc from 'fast-check';
import { NotEmulatedError } from '../../src/errors';
import { decimalOf, fromMinor, minorOf, toMinor } from '../../src/records/decimal';
import {
  assertBalanced,
  bodyDiscountOf,
  computeTotals,
  type LineInput,
} from '../../src/records/transactions';

const line = (over: Partial<LineInput>): LineInput => ({
  kind: 'item',
  quantity: 1,
  rate: null,
  amount: null,
  taxRate: null,
  tax1amt: null,
  ...over,
});

const totals = (lines: LineInput[], extra: Partial<Parameters<typeof computeTotals>[0]> = {}) =>
  computeTotals({
    precision: 2,
    lines,
    shippingcost: null,
    shippingTaxRate: null,
    shippingtax1amt: null,
    discount: null,
    ...extra,
  });

describe('decimal helpers', () => {
  test('numbers are read as the decimals they print as, so 1.005 rounds up to 1.01', () => {
    expect(toMinor(decimalOf(1.005), 2)).toBe(101n);
    expect(toMinor(decimalOf(1e-7), 2)).toBe(0n);
    expect(toMinor(decimalOf(1.5e21), 0)).toBe(1500000000000000000000n);
  });

  test('halves round away from zero, both signs', () => {
    expect(minorOf(0.125, 2)).toBe(13n);
    expect(minorOf(-0.125, 2)).toBe(-13n);
    expect(minorOf(0.124, 2)).toBe(12n);
  });

  test('any amount with two decimals survives the trip to minor units and back (generated)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), (minor) => {
        const value = fromMinor(BigInt(minor), 2);
        expect(minorOf(value, 2)).toBe(BigInt(minor));
      }),
    );
  });
});

describe('line amounts', () => {
  test('rate × quantity, rounded once per line: 3 × 9.995 = 29.985 → 29.99 (not the binary 29.98)', () => {
    expect(totals([line({ quantity: 3, rate: 9.995 })]).lines[0]?.amount).toBe(29.99);
  });

  test('an amount set on the line is kept, whatever rate × quantity gives', () => {
    expect(totals([line({ quantity: 3, rate: 10, amount: 25 })]).lines[0]?.amount).toBe(25);
  });

  test('a discount line takes its rate as its amount', () => {
    const result = totals([
      line({ quantity: 2, rate: 10 }),
      line({ kind: 'discount', quantity: null, rate: -5 }),
    ]);
    expect(result.lines.map((one) => one.amount)).toEqual([20, -5]);
    expect(result.subtotal).toBe(15);
  });

  test('a line with neither rate nor amount needs price sourcing, which is not emulated', () => {
    expect(() => totals([line({ quantity: 1 })])).toThrow(NotEmulatedError);
  });
});

describe('tax', () => {
  test('each line is taxed and rounded on its own: two lines of 0.625 at 20 % give 0.13 + 0.13', () => {
    const result = totals([line({ amount: 0.625, taxRate: 20 }), line({ amount: 0.625, taxRate: 20 })]);
    expect(result.lines.map((one) => one.tax1amt)).toEqual([0.13, 0.13]);
    expect(result.taxtotal).toBe(0.26);
  });

  test('tax1amt set on a line wins over amount × rate (how an integration makes the tax equal its source)', () => {
    const result = totals([line({ amount: 10, taxRate: 20, tax1amt: 1.99 })]);
    expect(result.lines[0]).toEqual({ amount: 10, tax1amt: 1.99, grossamt: 11.99 });
    expect(result.total).toBe(11.99);
  });

  test('shipping is taxed from its tax code unless shippingtax1amt is given', () => {
    expect(totals([], { shippingcost: 4.99, shippingTaxRate: 20 }).shippingtax1amt).toBe(1);
    expect(totals([], { shippingcost: 4.99, shippingTaxRate: 20, shippingtax1amt: 0.83 }).taxtotal).toBe(
      0.83,
    );
  });

  test('JPY has no decimals: amounts and tax round to whole yen', () => {
    const result = computeTotals({
      precision: 0,
      lines: [line({ quantity: 3, rate: 333.5, taxRate: 10 })],
      shippingcost: null,
      shippingTaxRate: null,
      shippingtax1amt: null,
      discount: null,
    });
    expect(result.lines[0]).toEqual({ amount: 1001, tax1amt: 100, grossamt: 1101 });
  });
});

describe('totals', () => {
  test('total = subtotal + discount + shipping + tax', () => {
    const result = totals([line({ quantity: 2, rate: 50 })], { shippingcost: 5, discount: { percent: -10 } });
    expect(result).toMatchObject({
      subtotal: 100,
      discounttotal: -10,
      shippingcost: 5,
      taxtotal: 0,
      total: 95,
    });
  });

  test('a header discount on taxed lines is refused: its effect on tax depends on settings not emulated', () => {
    expect(() => totals([line({ amount: 10, taxRate: 20 })], { discount: { amount: -1 } })).toThrow(
      NotEmulatedError,
    );
  });

  test('discountrate: a number is an amount, "-10%" a percent, anything else INVALID_FLD_VALUE', () => {
    expect(bodyDiscountOf(-5)).toEqual({ amount: -5 });
    expect(bodyDiscountOf('-10%')).toEqual({ percent: -10 });
    expect(() => bodyDiscountOf('ten')).toThrow(expect.objectContaining({ name: 'INVALID_FLD_VALUE' }));
  });

  test('totals add up exactly in minor units, and each line tax is within half a cent of exact (generated)', () => {
    const lineArb = fc.record({
      quantity: fc.integer({ min: 1, max: 50 }),
      rateMinor: fc.integer({ min: 0, max: 100_000 }),
      taxRate: fc.constantFrom(0, 5, 7.25, 20),
    });
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 0, max: 5000 }),
        (spec, ship) => {
          const result = totals(
            spec.map((one) =>
              line({ quantity: one.quantity, rate: one.rateMinor / 100, taxRate: one.taxRate }),
            ),
            { shippingcost: ship / 100 },
          );
          const minor = (value: number) => Number(minorOf(value, 2));
          const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
          expect(minor(result.subtotal)).toBe(sum(result.lines.map((one) => minor(one.amount))));
          expect(minor(result.taxtotal)).toBe(sum(result.lines.map((one) => minor(one.tax1amt))));
          expect(minor(result.total)).toBe(minor(result.subtotal) + ship + minor(result.taxtotal));
          spec.forEach((one, index) => {
            const amountMinor = one.quantity * one.rateMinor;
            expect(minor(result.lines[index]?.amount ?? NaN)).toBe(amountMinor);
            const exactTax = (amountMinor * one.taxRate) / 100;
            expect(Math.abs(minor(result.lines[index]?.tax1amt ?? NaN) - exactTax)).toBeLessThanOrEqual(0.5);
          });
        },
      ),
    );
  });
});

describe('journal entries', () => {
  // NetSuite will not save a journal entry whose debits and credits differ (its error code is unconfirmed).
  test('balanced lines pass; unbalanced ones throw naming both sums', () => {
    expect(() =>
      assertBalanced(
        [
          { debit: 10.1, credit: null },
          { debit: null, credit: 10.1 },
        ],
        2,
      ),
    ).not.toThrow();
    expect(() =>
      assertBalanced(
        [
          { debit: 10.1, credit: null },
          { debit: null, credit: 10 },
        ],
        2,
      ),
    ).toThrow(/debits 10.1 and credits 10/);
  });
});

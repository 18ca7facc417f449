import * as fc from 'fast-check';
import { allocate, sumMinor } from '../../src/domain/money/allocate';
import { currencyExponent } from '../../src/domain/money/currency';
import {
  formatMinor,
  fromNetSuiteAmount,
  parseMinor,
  toNetSuiteAmount,
} from '../../src/domain/money/decimal';

const minorOf = (value: unknown, currency: string): number => {
  const parsed = parseMinor(value, currency);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.minor;
};

describe('parseMinor', () => {
  it.each([
    ['199.00', 'GBP', 19900],
    ['516.8', 'GBP', 51680],
    [12, 'USD', 1200],
    ['0.1', 'EUR', 10],
    [0.1, 'EUR', 10],
    [516.8, 'USD', 51680],
    ['1500', 'JPY', 1500],
    ['1500.00', 'JPY', 1500],
    ['1.234', 'KWD', 1234],
    ['-4.50', 'GBP', -450],
    ['0', 'GBP', 0],
    ['-0.00', 'GBP', 0],
    ['007.10', 'GBP', 710],
    [' 3.20 ', 'GBP', 320],
  ])('%j %s → %d', (value, currency, expected) => {
    expect(minorOf(value, currency)).toBe(expected);
  });

  it.each([
    ['abc', 'GBP', 'is not a decimal amount'],
    ['1,000.00', 'GBP', 'is not a decimal amount'],
    ['1e3', 'GBP', 'is not a decimal amount'],
    [1e21, 'GBP', 'is not a decimal amount'],
    ['', 'GBP', 'is not a decimal amount'],
    ['.5', 'GBP', 'is not a decimal amount'],
    ['1.005', 'GBP', 'more decimals than GBP allows (2)'],
    ['10.5', 'JPY', 'more decimals than JPY allows (0)'],
    [null, 'GBP', 'must be a decimal string or number, got null'],
    [true, 'GBP', 'must be a decimal string or number, got boolean'],
    [Number.NaN, 'GBP', 'is not a finite number'],
    ['99999999999999999999', 'GBP', 'is too large'],
  ])('rejects %j (%s)', (value, currency, reason) => {
    const parsed = parseMinor(value, currency);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toContain(reason);
  });

  it('knows the exponents that matter', () => {
    expect([
      currencyExponent('GBP'),
      currencyExponent('usd'),
      currencyExponent('JPY'),
      currencyExponent('KWD'),
    ]).toEqual([2, 2, 0, 3]);
    expect(() => currencyExponent('POUNDS')).toThrow('Not an ISO 4217 currency code');
  });
});

describe('formatMinor and NetSuite amounts', () => {
  it.each([
    [19900, 'GBP', '199.00'],
    [5, 'GBP', '0.05'],
    [-450, 'GBP', '-4.50'],
    [1500, 'JPY', '1500'],
    [1234, 'KWD', '1.234'],
    [0, 'USD', '0.00'],
  ])('%d %s → %s', (minor, currency, text) => {
    expect(formatMinor(minor, currency)).toBe(text);
  });

  it('refuses non-integers', () => {
    expect(() => formatMinor(1.5, 'GBP')).toThrow('safe integer');
  });

  const currencies = fc.constantFrom('GBP', 'USD', 'EUR', 'JPY', 'KWD');
  const minors = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

  it('round-trips every minor amount through text (property)', () => {
    fc.assert(
      fc.property(minors, currencies, (minor, currency) => {
        expect(minorOf(formatMinor(minor, currency), currency)).toBe(minor);
      }),
    );
  });

  it('round-trips every minor amount through the number NetSuite stores (property)', () => {
    fc.assert(
      fc.property(minors, currencies, (minor, currency) => {
        expect(fromNetSuiteAmount(toNetSuiteAmount(minor, currency), currency)).toBe(minor);
      }),
    );
  });

  it('parses the bare JSON number of any 2-decimal amount exactly, never via float multiplication (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (minor) => {
        const asNumber = JSON.parse(formatMinor(minor, 'GBP')) as number;
        expect(minorOf(asNumber, 'GBP')).toBe(minor);
      }),
    );
    // The classic float trap: 1.1 * 100 is 110.00000000000001 and 0.29 * 100 is 28.999999999999996.
    expect(minorOf(0.29, 'USD')).toBe(29);
    expect(minorOf(1.1, 'USD')).toBe(110);
  });

  it('reads NetSuite amounts back, rejecting non-money', () => {
    expect(fromNetSuiteAmount('12.30', 'GBP')).toBe(1230);
    expect(fromNetSuiteAmount(0.1 + 0.2, 'GBP')).toBe(30);
    expect(fromNetSuiteAmount('', 'GBP')).toBeNull();
    expect(fromNetSuiteAmount(null, 'GBP')).toBeNull();
  });
});

describe('allocate', () => {
  it('splits by weight with the leftover cents to the largest remainders', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(1000, [2500, 2500, 5000])).toEqual([250, 250, 500]);
    expect(allocate(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(allocate(5, [0, 0])).toEqual([3, 2]);
    expect(allocate(7, [0, 3])).toEqual([0, 7]);
    expect(allocate(0, [])).toEqual([]);
  });

  it('refuses what it cannot do', () => {
    expect(() => allocate(1, [])).toThrow('no weights');
    expect(() => allocate(1.5, [1])).toThrow('safe integer');
    expect(() => allocate(1, [-1])).toThrow('non-negative');
  });

  const weights = fc.array(fc.integer({ min: 0, max: 1_000_000_000 }), { minLength: 1, maxLength: 20 });
  const amounts = fc.integer({ min: -10_000_000_000, max: 10_000_000_000 });

  it('always sums exactly to the amount, in integers (property)', () => {
    fc.assert(
      fc.property(amounts, weights, (amount, ws) => {
        const parts = allocate(amount, ws);
        expect(parts).toHaveLength(ws.length);
        parts.forEach((part) => expect(Number.isSafeInteger(part)).toBe(true));
        expect(sumMinor(parts)).toBe(amount);
      }),
    );
  });

  it('keeps every part within one unit of its exact share (property)', () => {
    fc.assert(
      fc.property(amounts, weights, (amount, ws) => {
        const total = ws.reduce((a, b) => a + b, 0);
        const parts = allocate(amount, ws);
        parts.forEach((part, index) => {
          const exact = total === 0 ? amount / ws.length : (amount * (ws[index] ?? 0)) / total;
          expect(Math.abs(part - exact)).toBeLessThan(1 + 1e-6);
        });
      }),
    );
  });

  it('gives a zero weight nothing when another weight is positive (property)', () => {
    fc.assert(
      fc.property(amounts, fc.integer({ min: 1, max: 1000 }), (amount, positive) => {
        expect(allocate(amount, [0, positive, 0])).toEqual([0, amount, 0]);
      }),
    );
  });

  it('sumMinor refuses floats', () => {
    expect(() => sumMinor([1, 0.5])).toThrow('not an integer');
  });
});

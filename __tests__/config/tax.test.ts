import fc from 'fast-check';
import { canonicalRate, taxCodeFor } from '../../src/domain/config/tax';

describe('canonicalRate', () => {
  it.each([
    ['0.2', '0.2'],
    ['0.20', '0.2'],
    ['.2', '0.2'],
    ['20%', '0.2'],
    ['20.5%', '0.205'],
    ['5%', '0.05'],
    ['0', '0'],
    ['0.000', '0'],
    ['100%', '1'],
    [0.075, '0.075'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalRate(input)).toBe(expected);
  });

  it.each(['', '.', 'abc', '-0.2', '1e-2', '20 %x'])('rejects %j', (input) => {
    expect(canonicalRate(input)).toBeNull();
  });

  it('treats a percentage and its decimal as the same rate, exactly (generated)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.nat({ max: 3 }), (units, zeros) => {
        // units/10000 as a decimal, and units/100 as a percentage, padded with trailing zeros.
        const decimal = (units / 10_000).toFixed(4) + '0'.repeat(zeros);
        const percent = `${(units / 100).toFixed(2)}${'0'.repeat(zeros)}%`;
        expect(canonicalRate(percent)).toBe(canonicalRate(decimal));
        expect(Number(canonicalRate(decimal))).toBe(units / 10_000);
      }),
    );
  });
});

describe('taxCodeFor', () => {
  const config = {
    defaultTaxCodeId: 'DEFAULT',
    zeroTaxCodeId: 'ZERO',
    taxMappings: [
      { title: 'GB VAT', rate: '0.05', taxCodeId: 'VAT5' },
      { title: 'GB VAT', rate: null, taxCodeId: 'VAT' },
      { title: null, rate: '0.2', taxCodeId: 'ANY20' },
    ],
  };

  it('prefers title and rate, then title, then rate, then zero or default', () => {
    expect(taxCodeFor(config, 'gb vat', '0.050')).toBe('VAT5');
    expect(taxCodeFor(config, 'GB VAT', '0.2')).toBe('VAT');
    expect(taxCodeFor(config, 'IE VAT', 0.2)).toBe('ANY20');
    expect(taxCodeFor(config, 'IE VAT', '0.0')).toBe('ZERO');
    expect(taxCodeFor(config, 'IE VAT', '0.23')).toBe('DEFAULT');
    expect(taxCodeFor(config, null, null)).toBe('DEFAULT');
  });
});

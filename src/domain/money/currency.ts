/**
 * ISO 4217 minor-unit exponents for the currencies a Shopify store can sell in. Anything absent defaults to 2,
 * the ISO 4217 norm; the zero- and three-decimal currencies are listed because getting them wrong is a 100× error.
 */
const ZERO_DECIMAL = [
  'BIF',
  'CLP',
  'DJF',
  'GNF',
  'ISK',
  'JPY',
  'KMF',
  'KRW',
  'PYG',
  'RWF',
  'UGX',
  'UYI',
  'VND',
  'VUV',
  'XAF',
  'XOF',
  'XPF',
] as const;
const THREE_DECIMAL = ['BHD', 'IQD', 'JOD', 'KWD', 'LYD', 'OMR', 'TND'] as const;

const EXPONENTS: ReadonlyMap<string, number> = new Map<string, number>([
  ...ZERO_DECIMAL.map((code): [string, number] => [code, 0]),
  ...THREE_DECIMAL.map((code): [string, number] => [code, 3]),
]);

const CURRENCY_CODE = /^[A-Z]{3}$/;

export function isCurrencyCode(value: string): boolean {
  return CURRENCY_CODE.test(value);
}

/** Digits after the decimal point in the currency's minor unit (GBP 2, JPY 0, KWD 3). */
export function currencyExponent(currency: string): number {
  const code = currency.toUpperCase();
  if (!isCurrencyCode(code))
    throw new RangeError(`Not an ISO 4217 currency code: ${JSON.stringify(currency)}`);
  return EXPONENTS.get(code) ?? 2;
}

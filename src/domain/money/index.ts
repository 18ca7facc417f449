export { currencyExponent, isCurrencyCode } from './currency';
export { parseMinor, requireMinor, formatMinor, toNetSuiteAmount, fromNetSuiteAmount } from './decimal';
export type { MoneyParse } from './decimal';
export { allocate, sumMinor } from './allocate';

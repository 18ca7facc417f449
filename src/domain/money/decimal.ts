import { currencyExponent } from './currency';

/**
 * Decimal text ↔ integer minor units, by string arithmetic only: "199.00" GBP is 19900, "516.8" is 51680,
 * 12 JPY is 12. A float never holds a money amount on the way in or out.
 */

export type MoneyParse = { ok: true; minor: number } | { ok: false; reason: string };

const DECIMAL_TEXT = /^(-)?(\d+)(?:\.(\d+))?$/;

/**
 * Parses a Shopify money value (a decimal string, or a bare JSON number) into integer minor units of `currency`.
 * Rejects: non-numeric text, exponent notation, more significant decimals than the currency has, unsafe integers.
 */
export function parseMinor(value: unknown, currency: string): MoneyParse {
  let text: string;
  if (typeof value === 'string') text = value.trim();
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, reason: 'is not a finite number' };
    // String(n) gives the shortest decimal that round-trips to n, which is exactly what the sender wrote for
    // any value JSON can carry to two or three places (516.8 → "516.8"). Exponent forms are refused below.
    text = String(value);
  } else return { ok: false, reason: `must be a decimal string or number, got ${typeOf(value)}` };

  const match = DECIMAL_TEXT.exec(text);
  if (!match) return { ok: false, reason: `is not a decimal amount: ${JSON.stringify(text)}` };
  const [, sign, whole = '', fraction = ''] = match;
  const exponent = currencyExponent(currency);
  const significant = fraction.replace(/0+$/, '');
  if (significant.length > exponent) {
    return {
      ok: false,
      reason: `has more decimals than ${currency.toUpperCase()} allows (${exponent}): ${JSON.stringify(text)}`,
    };
  }
  const digits = (whole + significant.padEnd(exponent, '0')).replace(/^0+(?=\d)/, '');
  const magnitude = Number(digits);
  if (!Number.isSafeInteger(magnitude)) return { ok: false, reason: `is too large: ${JSON.stringify(text)}` };
  return { ok: true, minor: sign && magnitude !== 0 ? -magnitude : magnitude };
}

/** As parseMinor, throwing a RangeError that names `field` when the value is not money. */
export function requireMinor(value: unknown, currency: string, field: string): number {
  const parsed = parseMinor(value, currency);
  if (!parsed.ok) throw new RangeError(`${field} ${parsed.reason}`);
  return parsed.minor;
}

/** Minor units back to a plain decimal string with the currency's decimals: 19900 GBP → "199.00", 12 JPY → "12". */
export function formatMinor(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`Minor units must be a safe integer, got ${minor}`);
  const exponent = currencyExponent(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent);
  return `${minor < 0 ? '-' : ''}${whole}${exponent > 0 ? `.${fraction}` : ''}`;
}

/**
 * The number NetSuite's currency fields take. The value is converted from the exact decimal text, so it is the
 * double nearest to that decimal — the same value NetSuite would get from typing the amount into the field.
 */
export function toNetSuiteAmount(minor: number, currency: string): number {
  return Number(formatMinor(minor, currency));
}

/** A NetSuite currency value read back (number or decimal string) as minor units; null when it is not money. */
export function fromNetSuiteAmount(value: unknown, currency: string): number | null {
  if (typeof value === 'number') {
    // NetSuite's amounts are decimals held in doubles: round to the currency's places through text, not by ×100.
    const parsed = parseMinor(value.toFixed(currencyExponent(currency)), currency);
    return parsed.ok ? parsed.minor : null;
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = parseMinor(value, currency);
    return parsed.ok ? parsed.minor : null;
  }
  return null;
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

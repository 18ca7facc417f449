import { NotEmulatedError } from '../errors';

/**
 * Numbers as N/format writes them under NetSuite's default number format (1,000,000.00: comma thousands, point
 * decimals) and negative format (-100). Only that preference pair is emulated.
 *
 * CURRENCY is written with two decimals and thousands separators; public scripts use format.format CURRENCY
 * precisely to get "1,234.50". Whether FLOAT, INTEGER and PERCENT also group thousands is not documented, so
 * the emulator refuses to format those at 1,000 or more rather than guess.
 */
const GROUPING_UNCERTAIN_FROM = 1000;

function grouped(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Rounds to `places` decimals half away from zero on the number's shortest decimal text (so 1.005 → 1.01, as a
 * person reading "1.005" expects; binary toFixed would give 1.00). UNCONFIRMED against NetSuite's own rounding.
 */
export function roundedDecimalText(value: number, places: number): string {
  const negative = value < 0;
  const [digits = '0', fraction = ''] = Math.abs(value)
    .toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
    .split('.');
  const kept = (fraction + '0'.repeat(places)).slice(0, places);
  const next = fraction.charCodeAt(places) - 48;
  let scaled = BigInt(digits + kept);
  if (next >= 5) scaled += 1n;
  const text = scaled.toString().padStart(places + 1, '0');
  const whole = text.slice(0, text.length - places);
  const decimals = text.slice(text.length - places);
  const body = places > 0 ? `${whole}.${decimals}` : whole;
  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

export function writeCurrency(value: number): string {
  const text = roundedDecimalText(value, 2);
  const negative = text.startsWith('-');
  const [whole = '0', decimals = '00'] = text.replace('-', '').split('.');
  return `${negative ? '-' : ''}${grouped(whole)}.${decimals}`;
}

function ungroupedGuard(value: number, type: string): void {
  if (Math.abs(value) >= GROUPING_UNCERTAIN_FROM)
    throw new NotEmulatedError(
      `format.format ${type} of ${value} (thousands grouping for ${type} is undocumented)`,
    );
}

export function writeFloat(value: number): string {
  ungroupedGuard(value, 'FLOAT');
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

export function writeInteger(value: number): string | null {
  if (!Number.isInteger(value)) return null;
  ungroupedGuard(value, 'INTEGER');
  return String(value);
}

export function writePercent(value: number): string {
  ungroupedGuard(value, 'PERCENT');
  return `${value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })}%`;
}

/** A number written in the preference format (grouping commas allowed), or null when the text is not one. */
export function readNumber(
  text: string,
  options: { percent?: boolean; integer?: boolean } = {},
): number | null {
  let clean = text.trim();
  if (options.percent) clean = clean.replace(/%$/, '').trim();
  const pattern = options.integer
    ? /^-?(\d{1,3}(,\d{3})+|\d+)$/
    : /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^-?\.\d+$/;
  if (!pattern.test(clean)) return null;
  return Number(clean.replace(/,/g, ''));
}

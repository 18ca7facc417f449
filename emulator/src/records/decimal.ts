/**
 * Exact decimal arithmetic for money. A JavaScript number such as 0.1 is held as the decimal its shortest
 * printed form shows ("0.1"), so 1.005 × 100 is 100.5 exactly, never 100.49999. Results are integer minor units.
 */
export interface Decimal {
  /** The digits as an integer: value = units / 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

const NUMBER_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

export function decimalOf(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const match = NUMBER_TEXT.exec(String(value));
  if (!match) throw new RangeError(`Unreadable number: ${value}`);
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText);
  let units = BigInt(`${sign}${whole}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** Divides by 10^places exactly (a percent is a shift by two). */
export function shift(a: Decimal, places: number): Decimal {
  return { units: a.units, scale: a.scale + places };
}

/**
 * Rounds to `precision` decimal places and returns integer minor units, half away from zero (NetSuite's
 * default "Round Off" tax rounding and its currency rounding both round halves up in magnitude; UNCONFIRMED
 * for negative halves, which the emulator treats symmetrically).
 */
export function toMinor(a: Decimal, precision: number): bigint {
  const drop = a.scale - precision;
  if (drop <= 0) return a.units * 10n ** BigInt(-drop);
  const divisor = 10n ** BigInt(drop);
  const negative = a.units < 0n;
  const magnitude = negative ? -a.units : a.units;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return negative ? -quotient : quotient;
}

/** A number rounded to the currency's precision, as minor units. */
export function minorOf(value: number, precision: number): bigint {
  return toMinor(decimalOf(value), precision);
}

/** Minor units back to the number NetSuite stores (12.35 for 1235 at precision 2). */
export function fromMinor(minor: bigint, precision: number): number {
  return Number(minor) / 10 ** precision;
}

/**
 * Splits an amount of minor units across weights so the parts sum to the amount exactly (largest remainder:
 * each part gets its floor share, then the units left over go to the largest fractional remainders, ties to
 * the earliest part). BigInt keeps amount × weight exact beyond 2^53.
 */
export function allocate(amountMinor: number, weights: readonly number[]): number[] {
  if (!Number.isSafeInteger(amountMinor))
    throw new RangeError(`amount must be a safe integer, got ${amountMinor}`);
  if (weights.length === 0) {
    if (amountMinor === 0) return [];
    throw new RangeError('cannot allocate a non-zero amount across no weights');
  }
  for (const weight of weights) {
    if (!Number.isSafeInteger(weight) || weight < 0)
      throw new RangeError(`weights must be non-negative safe integers, got ${weight}`);
  }
  const total = weights.reduce((sum, weight) => sum + BigInt(weight), 0n);
  // No weight to go on: split evenly, so a bundle of zero-priced members still carries its amount.
  const effective = total === 0n ? weights.map(() => 1n) : weights.map((weight) => BigInt(weight));
  const divisor = total === 0n ? BigInt(weights.length) : total;

  const sign = amountMinor < 0 ? -1n : 1n;
  const amount = BigInt(Math.abs(amountMinor));
  const floors = effective.map((weight) => (amount * weight) / divisor);
  const remainders = effective.map((weight, index) => ({ index, remainder: (amount * weight) % divisor }));
  let left = amount - floors.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left === 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return floors.map((part) => Number(part * sign));
}

/** Sum of integer minor amounts, refusing anything that is not a safe integer (a float would be a bug upstream). */
export function sumMinor(amounts: readonly number[]): number {
  let total = 0;
  for (const amount of amounts) {
    if (!Number.isSafeInteger(amount)) throw new RangeError(`not an integer minor amount: ${amount}`);
    total += amount;
  }
  if (!Number.isSafeInteger(total)) throw new RangeError('sum exceeds the safe integer range');
  return total;
}

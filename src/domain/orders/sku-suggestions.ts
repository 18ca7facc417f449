/** A NetSuite item that might be the one a channel SKU meant. */
export interface SkuCandidate {
  readonly itemId: string;
  readonly sku: string;
  readonly name: string | null;
}

export interface SkuSuggestion extends SkuCandidate {
  /** 0..1, 1 being identical after normalising case and punctuation. */
  readonly score: number;
}

/**
 * Ranks candidates by how close their SKU (or name) is to the missing SKU: normalised edit distance, with
 * punctuation and case ignored so "SHIRT_LIN_M" finds "SHIRT-LIN-M". Pure, so it is tested without NetSuite.
 */
export function suggestSkus(
  missing: string,
  candidates: readonly SkuCandidate[],
  limit = 3,
): SkuSuggestion[] {
  const target = normalise(missing);
  return candidates
    .map((candidate) => ({
      ...candidate,
      score: Math.max(
        similarity(target, normalise(candidate.sku)),
        0.9 * similarity(target, normalise(candidate.name ?? '')),
      ),
    }))
    .filter((candidate) => candidate.score >= 0.4)
    .sort((a, b) => b.score - a.score || a.sku.localeCompare(b.sku))
    .slice(0, limit)
    .map((candidate) => ({ ...candidate, score: Math.round(candidate.score * 100) / 100 }));
}

/** The characters worth searching on for candidates: the SKU's leading alphanumeric run (e.g. "SHIRT"). */
export function skuStem(sku: string): string {
  const match = /[A-Za-z0-9]+/.exec(sku);
  return match ? match[0].slice(0, 5) : sku.slice(0, 5);
}

function normalise(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return 1 - levenshtein(a, b) / Math.max(a.length, b.length);
}

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(
        Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

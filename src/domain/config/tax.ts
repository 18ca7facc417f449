/**
 * Tax code choice for a Shopify tax line. Rates are compared as canonical decimal strings, never as floats, so
 * "0.20", "0.2" and "20%" are the same rate.
 */
import type { ChannelConfig } from './channel';

/** "0.20" → "0.2", "20%" → "0.2", ".075" → "0.075", "0" → "0"; null when the text is not a rate. */
export function canonicalRate(text: string | number): string | null {
  let raw = String(text).trim();
  let percent = false;
  if (raw.endsWith('%')) {
    percent = true;
    raw = raw.slice(0, -1).trim();
  }
  const match = /^(\d*)(?:\.(\d*))?$/.exec(raw);
  if (!match || raw === '' || raw === '.') return null;
  let whole = match[1] ?? '';
  let fraction = match[2] ?? '';
  if (percent) {
    // Dividing by 100 is moving the decimal point two places left, exactly.
    const padded = whole.padStart(2, '0');
    fraction = padded.slice(-2) + fraction;
    whole = padded.slice(0, -2);
  }
  whole = whole.replace(/^0+/, '') || '0';
  fraction = fraction.replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

/**
 * The NetSuite tax code for a Shopify tax line: a mapping matching both title and rate wins over one matching the
 * title alone, which wins over one matching the rate alone; a zero rate falls back to the zero-rate code and
 * anything else to the channel default.
 */
export function taxCodeFor(
  config: Pick<ChannelConfig, 'taxMappings' | 'defaultTaxCodeId' | 'zeroTaxCodeId'>,
  title: string | null,
  rate: string | number | null,
): string {
  const wantedRate = rate === null ? null : canonicalRate(rate);
  const wantedTitle = title === null ? null : title.trim().toLowerCase();
  const titleMatches = (t: string | null): boolean =>
    t !== null && wantedTitle !== null && t.toLowerCase() === wantedTitle;
  const rateMatches = (r: string | null): boolean => r !== null && r === wantedRate;

  const both = config.taxMappings.find((m) => titleMatches(m.title) && rateMatches(m.rate));
  if (both) return both.taxCodeId;
  const byTitle = config.taxMappings.find((m) => m.rate === null && titleMatches(m.title));
  if (byTitle) return byTitle.taxCodeId;
  const byRate = config.taxMappings.find((m) => m.title === null && rateMatches(m.rate));
  if (byRate) return byRate.taxCodeId;
  return wantedRate === '0' ? config.zeroTaxCodeId : config.defaultTaxCodeId;
}

/**
 * Plain-language wording of exceptions, for the operations team rather than developers: what stopped, why, and
 * the one thing to do about it. Amounts are formatted from integer minor units, never floats.
 */
import type { ConfigProblem } from '../config/channel';
import type { ValidationIssue } from '../../contracts/validate';
import { formatMinor } from '../money/decimal';

export interface ExceptionText {
  readonly message: string;
  readonly suggestedFix: string;
}

/** One or more SKUs of a document resolve to no NetSuite item. */
export function missingSkuText(input: {
  readonly document: string;
  readonly channelCode: string;
  readonly skuField: string;
  /** Each missing SKU with the closest NetSuite item names found, best first (may be empty). */
  readonly missing: readonly { readonly sku: string; readonly closest: readonly string[] }[];
}): ExceptionText {
  const skus = input.missing.map((entry) => `"${entry.sku}"`).join(', ');
  const plural = input.missing.length === 1 ? 'SKU' : 'SKUs';
  const hints = input.missing
    .filter((entry) => entry.closest.length > 0)
    .map((entry) => `"${entry.sku}" looks like ${entry.closest.map((name) => `"${name}"`).join(' or ')}`);
  return {
    message: `${input.document} from channel ${input.channelCode} was not posted: ${plural} ${skus} match no NetSuite item (by ${input.skuField} or the SKU map).`,
    suggestedFix:
      `Give the item the SKU in ${input.skuField}, or add a PWI SKU Mapping for channel ${input.channelCode}, then retry.` +
      (hints.length > 0 ? ` Closest items: ${hints.join('; ')}.` : ''),
  };
}

/** Shopify's own totals do not add up, so posting would not tie to Shopify. */
export function totalsMismatchText(input: {
  readonly document: string;
  readonly currency: string;
  /** Which identity failed, e.g. "line totals + shipping + tax − discounts = total_price". */
  readonly identity: string;
  readonly expectedMinor: number;
  readonly actualMinor: number;
}): ExceptionText {
  const expected = formatMinor(input.expectedMinor, input.currency);
  const actual = formatMinor(input.actualMinor, input.currency);
  const gap = formatMinor(Math.abs(input.expectedMinor - input.actualMinor), input.currency);
  return {
    message: `${input.document} was not posted: ${input.identity} gives ${actual} ${input.currency}, Shopify says ${expected} (${gap} apart).`,
    suggestedFix: `Check the order in Shopify (edits, refunds or an app changing totals); resend it once its totals agree.`,
  };
}

/** No route rule and no default location can take the order. */
export function noLocationText(input: {
  readonly document: string;
  readonly channelCode: string;
}): ExceptionText {
  return {
    message: `${input.document} was not posted: no location of channel ${input.channelCode} can fulfil it.`,
    suggestedFix: `Add stock, a PWI Route Rule, or a default location on the ${input.channelCode} channel, then retry.`,
  };
}

/** The channel configuration is missing or wrong: every error-level problem, by field. */
export function configurationText(input: {
  readonly document: string;
  readonly channelCode: string;
  readonly problems: readonly ConfigProblem[];
}): ExceptionText {
  const errors = input.problems.filter((problem) => problem.severity === 'error');
  return {
    message: `${input.document} stopped: channel ${input.channelCode} is not configured completely (${errors.length} problem${errors.length === 1 ? '' : 's'}).`,
    suggestedFix: errors
      .map((p) => `${p.recordType}${p.recordId === null ? '' : ` ${p.recordId}`}, ${p.field}: ${p.message}`)
      .join('\n'),
  };
}

/** The payload broke its contract: every bad field by path (never its value). */
export function validationText(input: {
  readonly document: string;
  readonly issues: readonly ValidationIssue[];
}): ExceptionText {
  return {
    message: `${input.document} was refused: ${input.issues.length} field${input.issues.length === 1 ? ' is' : 's are'} invalid.`,
    suggestedFix: input.issues.map((issue) => `${issue.path} ${issue.message}`).join('\n'),
  };
}

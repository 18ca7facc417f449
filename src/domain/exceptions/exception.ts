/**
 * Exceptions are the operations team's to-do list: a problem that stopped (or may stop) a Shopify document from
 * posting, in plain language, with the fix to make and whether a retry is safe. This module holds the pure
 * parts: categories, statuses, the idempotency key and the size cap on stored payloads.
 */

export const EXCEPTION_CATEGORIES = [
  'MISSING_SKU',
  'TOTALS_MISMATCH',
  'CUSTOMER',
  'CONFIGURATION',
  'VALIDATION',
  'NO_LOCATION',
  'NETSUITE_ERROR',
] as const;

export type ExceptionCategory = (typeof EXCEPTION_CATEGORIES)[number];

export const EXCEPTION_STATUSES = ['open', 'retrying', 'resolved'] as const;

export type ExceptionStatus = (typeof EXCEPTION_STATUSES)[number];

/** What a writer needs to raise one exception. */
export interface ExceptionInput {
  readonly category: ExceptionCategory;
  /** The channel the source came from; null when it could not be told (e.g. an unknown channel code). */
  readonly channel: { readonly id: string; readonly code: string } | null;
  /** The Shopify document, e.g. sourceRef('order', '450789469') → "shopify:order:450789469". */
  readonly sourceRef: string;
  /**
   * Tells apart different problems of one category on one source (e.g. the missing SKU). The same category,
   * channel, source and discriminator is the same problem: it updates one record instead of adding another.
   */
  readonly discriminator?: string;
  readonly message: string;
  readonly suggestedFix: string;
  /** True when replaying the payload cannot create anything twice (e.g. nothing was written). */
  readonly retrySafe: boolean;
  /** Structured facts for tools (kept as JSON); never secrets or card data. */
  readonly details?: Readonly<Record<string, unknown>>;
  /** The inbound payload, for replay; stored as JSON, capped at MAX_PAYLOAD_CHARS. */
  readonly payload?: unknown;
  /** A NetSuite record the problem concerns, e.g. a created sales order. */
  readonly related?: { readonly type: string; readonly id: string };
}

/** Capped so one record stays far below NetSuite's long-text limit (1,000,000) and the 10 MB RESTlet output. */
export const MAX_PAYLOAD_CHARS = 100_000;
/** Long Text fields hold up to 4,000 characters in text areas; messages and fixes stay short. */
export const MAX_TEXT_CHARS = 3_900;
/** NetSuite record names hold at most 300 characters (custom record "Name"); keep titles short. */
const MAX_NAME_CHARS = 300;
/** External ids hold up to 255 characters. */
export const MAX_EXTERNAL_ID_CHARS = 255;

export type ShopifyDocument = 'order' | 'customer' | 'refund' | 'fulfillment';

/** "shopify:order:450789469": the reference an exception is found again by. */
export function sourceRef(document: ShopifyDocument, shopifyId: string): string {
  return `shopify:${document}:${shopifyId}`;
}

/**
 * The external id that makes raising idempotent. Case-insensitive in NetSuite, so it is built lower case; long
 * discriminators are shortened with a stable hash so the key stays within 255 characters and stays unique.
 */
export function exceptionKey(
  input: Pick<ExceptionInput, 'category' | 'channel' | 'sourceRef' | 'discriminator'>,
): string {
  const parts = ['pwi-ex', input.category, input.channel?.code ?? '-', input.sourceRef];
  if (input.discriminator !== undefined && input.discriminator !== '') parts.push(input.discriminator);
  const key = parts.join('|').toLowerCase();
  if (key.length <= MAX_EXTERNAL_ID_CHARS) return key;
  const hash = fnv1a(key);
  return `${key.slice(0, MAX_EXTERNAL_ID_CHARS - hash.length - 1)}#${hash}`;
}

/** The stored form of the payload: JSON, cut at the cap, with a flag saying whether it was cut. */
export function capPayload(payload: unknown): { readonly text: string; readonly truncated: boolean } {
  if (payload === undefined) return { text: '', truncated: false };
  const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
  if (text.length <= MAX_PAYLOAD_CHARS) return { text, truncated: false };
  return { text: text.slice(0, MAX_PAYLOAD_CHARS), truncated: true };
}

/** Trims text to a field's size, marking the cut so nobody mistakes it for the whole message. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The record's name: "MISSING_SKU · UK · shopify:order:450789469". */
export function exceptionTitle(input: Pick<ExceptionInput, 'category' | 'channel' | 'sourceRef'>): string {
  return clip(
    [input.category, input.channel?.code ?? 'no channel', input.sourceRef].join(' · '),
    MAX_NAME_CHARS,
  );
}

/** 32-bit FNV-1a as 8 hex digits: stable, cheap, enough to keep shortened keys apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

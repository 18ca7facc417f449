/**
 * Which NetSuite customer a Shopify shopper is. Pure: the adapter finds the candidates (one search, by external
 * id or email within the channel's subsidiary) and carries out the decision.
 *
 * Every customer this bundle creates carries an external id, because NetSuite's unique external id is the only
 * thing two concurrent executions can collide on (DUP_RCRD): a shopper's comes from the Shopify customer id, a
 * guest's from a digest of the normalised e-mail (never the address itself: ids travel into logs, exports and
 * URLs). A guest key is only a race guard, not an identity: linking a Shopify customer id replaces it.
 */
import type { ChannelConfig } from '../config/channel';
import type { PostalAddress, ShopifyCustomer } from '../orders/model';

/** A customer the candidate search returned. */
export interface CustomerCandidate {
  readonly id: string;
  readonly externalId: string | null;
  readonly email: string | null;
  readonly inactive: boolean;
}

export type MatchedBy = 'externalid' | 'email' | 'generic' | 'created';

/** The addresses to put on a new customer (and to add to an existing one on a customer sync). */
export interface CustomerAddresses {
  readonly billing: PostalAddress | null;
  readonly shipping: PostalAddress | null;
}

/** Body fields and address book of a customer to create, in NetSuite's vocabulary. */
export interface NewCustomer {
  readonly externalId: string | null;
  readonly isPerson: boolean;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly companyName: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly subsidiaryId: string;
  readonly currencyId: string;
  readonly addresses: readonly AddressBookEntry[];
}

export interface AddressBookEntry {
  readonly address: PostalAddress;
  readonly defaultBilling: boolean;
  readonly defaultShipping: boolean;
}

export type CustomerDecision =
  | {
      readonly kind: 'use';
      readonly id: string;
      readonly matchedBy: 'externalid' | 'email' | 'generic';
      /** Set when an email match has no external id yet: stamping it makes the next match exact. */
      readonly linkExternalId: string | null;
    }
  | { readonly kind: 'create'; readonly customer: NewCustomer }
  | { readonly kind: 'unresolved'; readonly message: string; readonly suggestedFix: string };

export type MatchingConfig = Pick<
  ChannelConfig,
  'code' | 'customerStrategy' | 'genericCustomerId' | 'subsidiaryId' | 'currencyId' | 'syncAddresses'
>;

/** NetSuite external id of the customer for one Shopify shopper of one channel. */
export function customerExternalId(channelCode: string, shopifyCustomerId: string): string {
  return `pwi:${channelCode.toLowerCase()}:customer:${shopifyCustomerId}`;
}

/**
 * SHA-256 of a normalised e-mail address (UTF-8), as hexadecimal text in either case. The adapter computes it
 * with N/crypto (0 units); tests may pass any SHA-256.
 */
export type EmailDigest = (normalisedEmail: string) => string;

const SHA256_HEX = /^[0-9a-f]{64}$/;
const GUEST_EXTERNAL_ID = /^pwi:[^:]+:guest:[0-9a-f]{64}$/;

/** NetSuite external id of a customer created for a guest e-mail on one channel: `pwi:<channel>:guest:<sha256>`. */
export function guestExternalId(channelCode: string, emailSha256Hex: string): string {
  const hex = emailSha256Hex.toLowerCase();
  // A wrong digest would make keys that never collide, silently reopening the race this key closes.
  if (!SHA256_HEX.test(hex)) throw new Error(`Not a SHA-256 hex digest: ${hex.length} characters`);
  return `pwi:${channelCode.toLowerCase()}:guest:${hex}`;
}

/** Whether an external id is a guest key (of any channel): a race guard a Shopify customer id may replace. */
export function isGuestExternalId(externalId: string | null): boolean {
  return externalId !== null && GUEST_EXTERNAL_ID.test(externalId.toLowerCase());
}

/** What a shopper can be found by: the Shopify customer key, or for a guest the guest key; and the e-mail. */
export interface ShopperKeys {
  readonly externalId: string | null;
  readonly guestExternalId: string | null;
  readonly email: string | null;
}

export function shopperKeys(
  channelCode: string,
  shopper: ShopifyCustomer | null,
  digest: EmailDigest,
): ShopperKeys {
  const email = normaliseEmail(shopper?.email);
  const externalId = shopper?.shopifyCustomerId
    ? customerExternalId(channelCode, shopper.shopifyCustomerId)
    : null;
  const guestKey = externalId === null && email !== null ? guestExternalId(channelCode, digest(email)) : null;
  return { externalId, guestExternalId: guestKey, email };
}

/** Lower-cased and trimmed; null when it cannot be an email address. */
export function normaliseEmail(email: string | null | undefined): string | null {
  if (email === null || email === undefined) return null;
  const trimmed = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(trimmed) ? trimmed : null;
}

/**
 * Decides the customer for one shopper. Order of preference: the customer created for this Shopify customer id
 * (external id); then an active customer with the same email that is not some other shopper of this channel;
 * then, per strategy, a new customer or the channel's generic customer. A guest (no Shopify id) matches by email
 * first, any customer with that email (a guest has no Shopify identity to conflict with), then the customer
 * holding its guest key (created for this e-mail, whose e-mail has since changed). With neither id nor email the
 * generic customer is the only safe answer.
 */
export function decideCustomer(
  config: MatchingConfig,
  shopper: ShopifyCustomer | null,
  addresses: CustomerAddresses,
  candidates: readonly CustomerCandidate[],
  digest: EmailDigest,
): CustomerDecision {
  if (config.customerStrategy === 'generic')
    return useGeneric(config, 'the channel posts every order to one customer');

  const keys = shopperKeys(config.code, shopper, digest);
  const { externalId, email } = keys;
  const sorted = [...candidates].sort((a, b) => Number(a.id) - Number(b.id));
  const active = sorted.filter((c) => !c.inactive);
  const holds = (c: CustomerCandidate, key: string): boolean => c.externalId?.toLowerCase() === key;

  if (externalId !== null) {
    const exact = active.find((c) => holds(c, externalId));
    if (exact) return { kind: 'use', id: exact.id, matchedBy: 'externalid', linkExternalId: null };
  }

  if (email !== null) {
    const otherShopperPrefix = customerExternalId(config.code, '');
    const byEmail = active.find(
      (c) =>
        normaliseEmail(c.email) === email &&
        // Another Shopify customer of this channel is a different person, even with the same address.
        !(
          externalId !== null &&
          c.externalId !== null &&
          c.externalId.toLowerCase().startsWith(otherShopperPrefix)
        ),
    );
    if (byEmail) {
      const linkable = byEmail.externalId === null || isGuestExternalId(byEmail.externalId);
      return {
        kind: 'use',
        id: byEmail.id,
        matchedBy: 'email',
        linkExternalId: externalId !== null && linkable ? externalId : null,
      };
    }
  }

  let newExternalId = externalId;
  const guestKey = keys.guestExternalId;
  if (guestKey !== null) {
    const holder = sorted.find((c) => holds(c, guestKey));
    if (holder && !holder.inactive)
      return { kind: 'use', id: holder.id, matchedBy: 'externalid', linkExternalId: null };
    // A deactivated customer keeps the key: the new one goes without (unguarded, as before guest keys).
    newExternalId = holder ? null : guestKey;
  }

  if (externalId === null && email === null) {
    return useGeneric(config, 'the shopper has neither a Shopify customer id nor an email address');
  }
  return { kind: 'create', customer: newCustomer(config, shopper, newExternalId, email, addresses) };
}

function useGeneric(config: MatchingConfig, why: string): CustomerDecision {
  if (config.genericCustomerId !== null) {
    return { kind: 'use', id: config.genericCustomerId, matchedBy: 'generic', linkExternalId: null };
  }
  return {
    kind: 'unresolved',
    message: `Channel ${config.code} needs its generic customer because ${why}, and none is set.`,
    suggestedFix: `Set "Generic customer" (custrecord_pwi_ch_generic_customer) on the ${config.code} channel record, then retry.`,
  };
}

function newCustomer(
  config: MatchingConfig,
  shopper: ShopifyCustomer | null,
  externalId: string | null,
  email: string | null,
  addresses: CustomerAddresses,
): NewCustomer {
  const billing = addresses.billing ?? shopper?.defaultAddress ?? null;
  const shipping = addresses.shipping ?? null;
  const firstName =
    trimmedOrNull(shopper?.firstName) ??
    trimmedOrNull(billing?.firstName) ??
    trimmedOrNull(shipping?.firstName);
  const lastName =
    trimmedOrNull(shopper?.lastName) ?? trimmedOrNull(billing?.lastName) ?? trimmedOrNull(shipping?.lastName);
  const company = trimmedOrNull(billing?.company);
  // NetSuite asks an individual for both names and a company for its name. Without both names the customer is
  // filed as a company under the name that is known, rather than inventing a name.
  const isPerson = firstName !== null && lastName !== null;
  const knownName = [firstName, lastName].filter((part) => part !== null).join(' ');
  return {
    externalId,
    isPerson,
    firstName: isPerson ? firstName : null,
    lastName: isPerson ? lastName : null,
    companyName:
      company ?? (isPerson ? null : knownName || email || `Shopify shopper ${externalId ?? ''}`.trim()),
    email,
    phone: trimmedOrNull(shopper?.phone) ?? trimmedOrNull(billing?.phone) ?? trimmedOrNull(shipping?.phone),
    subsidiaryId: config.subsidiaryId,
    currencyId: config.currencyId,
    addresses: config.syncAddresses === true ? addressBook(billing, shipping) : [],
  };
}

/** One entry per distinct address; the billing one is default billing, the shipping one default shipping. */
export function addressBook(
  billing: PostalAddress | null,
  shipping: PostalAddress | null,
): AddressBookEntry[] {
  const usable = (a: PostalAddress | null): a is PostalAddress => a !== null && hasStreetOrCity(a);
  if (usable(billing) && usable(shipping) && sameAddress(billing, shipping)) {
    return [{ address: billing, defaultBilling: true, defaultShipping: true }];
  }
  const entries: AddressBookEntry[] = [];
  if (usable(billing))
    entries.push({ address: billing, defaultBilling: true, defaultShipping: !usable(shipping) });
  if (usable(shipping))
    entries.push({ address: shipping, defaultBilling: !usable(billing), defaultShipping: true });
  return entries;
}

function hasStreetOrCity(address: PostalAddress): boolean {
  return trimmedOrNull(address.address1) !== null || trimmedOrNull(address.city) !== null;
}

/** Same place for a mailing list: compares the parts case- and space-insensitively (names and phone ignored). */
export function sameAddress(a: PostalAddress, b: PostalAddress): boolean {
  const key = (x: PostalAddress): string =>
    [x.address1, x.address2, x.city, x.province, x.countryCode, x.zip]
      .map((part) => (part ?? '').trim().toLowerCase().replace(/\s+/g, ' '))
      .join('|');
  return key(a) === key(b);
}

/** Text trimmed; empty or absent as null. */
export function trimmedOrNull(text: string | null | undefined): string | null {
  if (text === null || text === undefined) return null;
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

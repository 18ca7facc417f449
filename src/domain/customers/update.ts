/**
 * What a customers/update webhook changes on a NetSuite customer. Shopify is the source of truth for the fields
 * it sends; a field Shopify leaves empty is not erased (NetSuite may hold data Shopify never had). Addresses are
 * added when new, never removed, and Shopify's default address becomes NetSuite's default billing and shipping.
 */
import type { PostalAddress, ShopifyCustomer } from '../orders/model';
import { isGuestExternalId, normaliseEmail, sameAddress, type AddressBookEntry } from './match';

export interface ExistingAddressLine {
  readonly line: number;
  readonly address: PostalAddress;
  readonly defaultBilling: boolean;
  readonly defaultShipping: boolean;
}

export interface ExistingCustomer {
  readonly id: string;
  readonly externalId: string | null;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly addresses: readonly ExistingAddressLine[];
}

export interface CustomerUpdate {
  /** Body fields to set, by NetSuite field id. */
  readonly fields: Readonly<Record<string, string>>;
  readonly addAddresses: readonly AddressBookEntry[];
  /** An existing address book line to make default billing and shipping. */
  readonly makeDefaultLine: number | null;
}

/**
 * The changes to bring `existing` in line with the shopper, or null when nothing differs. `addresses` lists the
 * shopper's addresses with the default (if the shopper has one) first.
 */
export function planCustomerUpdate(
  existing: ExistingCustomer,
  shopper: ShopifyCustomer,
  addresses: readonly PostalAddress[],
  linkExternalId: string | null,
): CustomerUpdate | null {
  const fields: Record<string, string> = {};
  const differs = (current: string | null, incoming: string | null): incoming is string =>
    incoming !== null && (current ?? '').trim() !== incoming;
  if (differs(existing.firstName, shopper.firstName)) fields['firstname'] = shopper.firstName;
  if (differs(existing.lastName, shopper.lastName)) fields['lastname'] = shopper.lastName;
  if (differs(existing.phone, shopper.phone)) fields['phone'] = shopper.phone;
  const email = normaliseEmail(shopper.email);
  if (email !== null && normaliseEmail(existing.email) !== email) fields['email'] = email;
  // A guest key only guarded a race: the Shopify customer id replaces it. Any other external id is kept.
  if (linkExternalId !== null && (existing.externalId === null || isGuestExternalId(existing.externalId)))
    fields['externalid'] = linkExternalId;

  const addAddresses: AddressBookEntry[] = [];
  let makeDefaultLine: number | null = null;
  addresses.forEach((address, index) => {
    const isDefault = index === 0 && shopper.defaultAddress !== null;
    const known = existing.addresses.find((line) => sameAddress(line.address, address));
    const pending = addAddresses.some((entry) => sameAddress(entry.address, address));
    if (!known && !pending) {
      if (address.address1 === null && address.city === null) return;
      addAddresses.push({ address, defaultBilling: isDefault, defaultShipping: isDefault });
    } else if (known && isDefault && !(known.defaultBilling && known.defaultShipping)) {
      makeDefaultLine = known.line;
    }
  });

  if (Object.keys(fields).length === 0 && addAddresses.length === 0 && makeDefaultLine === null) return null;
  return { fields, addAddresses, makeDefaultLine };
}

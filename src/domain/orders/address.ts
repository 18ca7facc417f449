import type { PostalAddress } from './model';

/** An address subrecord's values in the order NetSuite needs them: country first (it picks the address form). */
export type AddressValues = readonly (readonly [fieldId: string, value: string])[];

/** A Shopify address as the order's shipping/billing address subrecord; null when there is nothing to set. */
export function addressValues(address: PostalAddress | null): AddressValues | null {
  if (address === null) return null;
  const name = [address.firstName, address.lastName]
    .filter((part) => part !== null && part.trim() !== '')
    .join(' ');
  const values: [string, string | null][] = [
    ['country', address.countryCode?.toUpperCase() ?? null],
    ['addressee', name === '' ? address.company : name],
    ['attention', name === '' ? null : address.company],
    ['addr1', address.address1],
    ['addr2', address.address2],
    ['city', address.city],
    ['state', address.province],
    ['zip', address.zip],
    ['addrphone', address.phone],
  ];
  const set = values.filter(
    (entry): entry is [string, string] => entry[1] !== null && entry[1].trim() !== '',
  );
  return set.length === 0 ? null : set.map(([fieldId, value]) => [fieldId, value.trim()] as const);
}

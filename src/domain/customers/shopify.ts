/**
 * A Shopify customer payload (REST Admin API Customer resource, as the customers/create and customers/update
 * webhooks send it) in the bundle's model. Ids are taken from admin_graphql_api_id when present, because
 * JSON.parse rounds numeric ids above 2^53; a numeric id that disagrees with its gid is reported, not trusted.
 */
import type { PostalAddress, ShopifyCustomer } from '../orders/model';
import { trimmedOrNull } from './match';
import type { ValidationIssue } from '../../contracts/validate';

export interface ShopifyCustomerPayload {
  readonly id?: number | string;
  readonly admin_graphql_api_id?: string;
  readonly email?: string | null;
  readonly first_name?: string | null;
  readonly last_name?: string | null;
  readonly phone?: string | null;
  readonly default_address?: ShopifyAddressPayload | null;
  readonly addresses?: readonly ShopifyAddressPayload[];
}

export interface ShopifyAddressPayload {
  readonly first_name?: string | null;
  readonly last_name?: string | null;
  readonly company?: string | null;
  readonly address1?: string | null;
  readonly address2?: string | null;
  readonly city?: string | null;
  readonly province?: string | null;
  readonly province_code?: string | null;
  readonly country_code?: string | null;
  readonly zip?: string | null;
  readonly phone?: string | null;
  readonly default?: boolean;
}

export interface CustomerSync {
  readonly customer: ShopifyCustomer & { readonly shopifyCustomerId: string };
  /** Every address of the shopper; the default one first. */
  readonly addresses: readonly PostalAddress[];
  readonly warnings: readonly string[];
}

export type CustomerSyncResult =
  | { readonly ok: true; readonly sync: CustomerSync }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const GID = /^gid:\/\/shopify\/Customer\/([0-9]+)$/;

/** The payload as the bundle's model. Assumes it passed shopifyCustomerSchema; checks what a schema cannot. */
export function readShopifyCustomer(payload: ShopifyCustomerPayload, at = '$'): CustomerSyncResult {
  const warnings: string[] = [];
  const fromGid =
    payload.admin_graphql_api_id === undefined ? null : (GID.exec(payload.admin_graphql_api_id)?.[1] ?? null);
  let id = fromGid;
  if (typeof payload.id === 'number' && !Number.isSafeInteger(payload.id)) {
    if (id === null) {
      return {
        ok: false,
        issues: [
          {
            path: `${at}.id`,
            pointer: `${pointerOf(at)}/id`,
            keyword: 'safeInteger',
            message:
              'is above 2^53 and was rounded in transit: send admin_graphql_api_id or the id as a string',
          },
        ],
      };
    }
    if (Number(id) !== payload.id)
      warnings.push(
        `Numeric id ${payload.id} disagrees with ${payload.admin_graphql_api_id}; the gid was used.`,
      );
  } else if (payload.id !== undefined) {
    const numeric = String(payload.id);
    if (id !== null && numeric !== id)
      warnings.push(
        `Numeric id ${numeric} disagrees with ${payload.admin_graphql_api_id}; the gid was used.`,
      );
    id = id ?? numeric;
  }
  if (id === null) {
    return {
      ok: false,
      issues: [
        {
          path: at,
          pointer: pointerOf(at),
          keyword: 'anyOf',
          message: 'needs one of the fields admin_graphql_api_id or id',
        },
      ],
    };
  }

  const defaultAddress = payload.default_address ? toAddress(payload.default_address) : null;
  const others = (payload.addresses ?? [])
    .filter((a) => !(a.default === true && defaultAddress !== null))
    .map(toAddress);
  return {
    ok: true,
    sync: {
      customer: {
        shopifyCustomerId: id,
        email: trimmedOrNull(payload.email),
        firstName: trimmedOrNull(payload.first_name),
        lastName: trimmedOrNull(payload.last_name),
        phone: trimmedOrNull(payload.phone),
        defaultAddress,
      },
      addresses: defaultAddress === null ? others : [defaultAddress, ...others],
      warnings,
    },
  };
}

function toAddress(address: ShopifyAddressPayload): PostalAddress {
  return {
    firstName: trimmedOrNull(address.first_name),
    lastName: trimmedOrNull(address.last_name),
    company: trimmedOrNull(address.company),
    address1: trimmedOrNull(address.address1),
    address2: trimmedOrNull(address.address2),
    city: trimmedOrNull(address.city),
    // NetSuite's state field takes the code (e.g. CA) where the country has states; the name elsewhere.
    province: trimmedOrNull(address.province_code) ?? trimmedOrNull(address.province),
    countryCode: trimmedOrNull(address.country_code)?.toUpperCase() ?? null,
    zip: trimmedOrNull(address.zip),
    phone: trimmedOrNull(address.phone),
  };
}

function pointerOf(path: string): string {
  return path === '$' ? '' : path.replace(/^\$/, '').replace(/\./g, '/');
}

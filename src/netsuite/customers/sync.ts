/**
 * Customer webhooks (customers/create, customers/update): create the shopper's customer or bring it up to date.
 * Units: created 10 + 5 + 10 = 25; updated 10 + 5 + 10 = 25; unchanged 10 + 5 = 15.
 */
import * as record from 'N/record';
import type { MatchedBy } from '../../domain/customers/match';
import type { CustomerSync } from '../../domain/customers/shopify';
import {
  planCustomerUpdate,
  type ExistingAddressLine,
  type ExistingCustomer,
} from '../../domain/customers/update';
import type { PostalAddress } from '../../domain/orders/model';
import { createCustomer, type CustomerChannel, decideForShopper, writeAddressLine } from './customers';

export interface CustomerSyncOutcome {
  readonly status: 'created' | 'updated' | 'unchanged';
  readonly id: string;
  readonly matchedBy: MatchedBy;
}

export function syncCustomer(config: CustomerChannel, sync: CustomerSync): CustomerSyncOutcome {
  const billing = sync.addresses[0] ?? null;
  const decision = decideForShopper(config, sync.customer, { billing, shipping: null });
  switch (decision.kind) {
    case 'create': {
      // Every Shopify address goes on the new customer, the default one as default billing and shipping.
      const extra =
        config.syncAddresses === true
          ? sync.addresses
              .slice(1)
              .map((address) => ({ address, defaultBilling: false, defaultShipping: false }))
          : [];
      const created = createCustomer({
        ...decision.customer,
        addresses: [...decision.customer.addresses, ...extra],
      });
      if (created.created) return { status: 'created', id: created.id, matchedBy: 'created' };
      return update(created.id, created.matchedBy, sync, null, config.syncAddresses === true);
    }
    case 'use':
      // The channel keeps one generic customer: shopper records are not kept, so nothing to change.
      if (decision.matchedBy === 'generic')
        return { status: 'unchanged', id: decision.id, matchedBy: 'generic' };
      return update(
        decision.id,
        decision.matchedBy,
        sync,
        decision.linkExternalId,
        config.syncAddresses === true,
      );
  }
}

function update(
  id: string,
  matchedBy: MatchedBy,
  sync: CustomerSync,
  linkExternalId: string | null,
  withAddresses: boolean,
): CustomerSyncOutcome {
  const loaded = record.load({ type: record.Type.CUSTOMER, id: Number(id) });
  const existing = readExisting(loaded, withAddresses);
  const plan = planCustomerUpdate(
    existing,
    sync.customer,
    withAddresses ? sync.addresses : [],
    linkExternalId,
  );
  if (plan === null) return { status: 'unchanged', id, matchedBy };
  for (const [fieldId, value] of Object.entries(plan.fields)) loaded.setValue({ fieldId, value });
  const takesDefault =
    plan.makeDefaultLine !== null || plan.addAddresses.some((entry) => entry.defaultBilling);
  if (takesDefault) clearDefaults(loaded);
  if (plan.makeDefaultLine !== null) {
    const line = plan.makeDefaultLine;
    loaded.setSublistValue({ sublistId: 'addressbook', fieldId: 'defaultbilling', line, value: true });
    loaded.setSublistValue({ sublistId: 'addressbook', fieldId: 'defaultshipping', line, value: true });
  }
  for (const entry of plan.addAddresses) {
    writeAddressLine(loaded, loaded.getLineCount({ sublistId: 'addressbook' }), entry);
  }
  loaded.save();
  return { status: 'updated', id, matchedBy };
}

/** One default billing and one default shipping address: clear the old ones before setting a new one. */
function clearDefaults(loaded: record.Record): void {
  const lines = loaded.getLineCount({ sublistId: 'addressbook' });
  for (let line = 0; line < lines; line += 1) {
    loaded.setSublistValue({ sublistId: 'addressbook', fieldId: 'defaultbilling', line, value: false });
    loaded.setSublistValue({ sublistId: 'addressbook', fieldId: 'defaultshipping', line, value: false });
  }
}

/** The customer as the update plan needs it; the address book only when the channel keeps addresses. */
function readExisting(loaded: record.Record, withAddresses: boolean): ExistingCustomer {
  const value = (fieldId: string): string | null => textOrNull(loaded.getValue({ fieldId }));
  const addresses: ExistingAddressLine[] = [];
  const lines = withAddresses ? loaded.getLineCount({ sublistId: 'addressbook' }) : 0;
  for (let line = 0; line < lines; line += 1) {
    const sub = loaded.getSublistSubrecord({ sublistId: 'addressbook', fieldId: 'addressbookaddress', line });
    const part = (fieldId: string): string | null => textOrNull(sub.getValue({ fieldId }));
    const address: PostalAddress = {
      firstName: null,
      lastName: null,
      company: null,
      address1: part('addr1'),
      address2: part('addr2'),
      city: part('city'),
      province: part('state'),
      countryCode: part('country'),
      zip: part('zip'),
      phone: part('addrphone'),
    };
    const flag = (fieldId: string): boolean => {
      const raw = loaded.getSublistValue({ sublistId: 'addressbook', fieldId, line });
      return raw === true || raw === 'T';
    };
    addresses.push({
      line,
      address,
      defaultBilling: flag('defaultbilling'),
      defaultShipping: flag('defaultshipping'),
    });
  }
  return {
    id: String(loaded.id),
    externalId: value('externalid'),
    firstName: value('firstname'),
    lastName: value('lastname'),
    email: value('email'),
    phone: value('phone'),
    addresses,
  };
}

/** A field value as text; an empty field (null, undefined or '') as null. */
function textOrNull(raw: unknown): string | null {
  return raw === null || raw === undefined || raw === '' ? null : String(raw);
}

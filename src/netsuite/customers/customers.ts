/**
 * Finds or creates the NetSuite customer for a Shopify shopper. One search finds every candidate (external id
 * OR email, within the channel's subsidiary); the pure decision in src/domain/customers picks one. A new customer
 * carries an external id derived from channel and Shopify customer id — for a guest, from channel and the SHA-256
 * of the normalised e-mail — so two deliveries racing to create the same shopper collide on DUP_RCRD instead of
 * creating two customers; the loser re-reads and uses the winner.
 *
 * Units: generic strategy 0; known customer 10 (one search), + 5 when an email match gets the external id linked;
 * new customer (shopper or guest) 10 + 5 + 10 = 25. The e-mail digest (N/crypto) costs 0.
 */
import * as crypto from 'N/crypto';
import * as encode from 'N/encode';
import * as error from 'N/error';
import * as record from 'N/record';
import * as search from 'N/search';
import type { ChannelConfig } from '../../domain/config/channel';
import {
  customerExternalId,
  decideCustomer,
  shopperKeys,
  type AddressBookEntry,
  type CustomerAddresses,
  type CustomerCandidate,
  type CustomerDecision,
  type MatchingConfig,
  type MatchedBy,
  type NewCustomer,
} from '../../domain/customers/match';
import { addressValues } from '../../domain/orders/address';
import type { ShopifyCustomer } from '../../domain/orders/model';
import { allRows, flag, text } from '../config/search-rows';
import { hasName } from '../errors';

export interface CustomerMatch {
  /** Internal id of the customer to put on the transaction. */
  readonly id: string;
  readonly created: boolean;
  readonly matchedBy: MatchedBy;
}

const UNRESOLVED = 'PWI_CUSTOMER_UNRESOLVED';
const CHECK_CONFIGURATION = 'Check the channel configuration.';

/** What a channel's configuration says about its customers: the domain's matching settings. */
export type CustomerChannel = MatchingConfig;

/**
 * The customer for a shopper, created if the channel keeps one per shopper and none matches. For a guest
 * checkout pass a ShopifyCustomer with shopifyCustomerId null and the order's email (names may come from the
 * billing address). Throws PWI_CUSTOMER_UNRESOLVED (message JSON {message, suggestedFix}) when no customer can
 * be chosen — only when the generic customer is needed and not configured.
 */
export function matchOrCreateCustomer(
  config: CustomerChannel,
  customer: ShopifyCustomer | null,
  addresses: CustomerAddresses,
): CustomerMatch {
  const decision = decideForShopper(config, customer, addresses);
  switch (decision.kind) {
    case 'use':
      if (decision.linkExternalId !== null) linkExternalId(decision.id, decision.linkExternalId);
      return { id: decision.id, created: false, matchedBy: decision.matchedBy };
    case 'create':
      return createCustomer(decision.customer);
  }
}

/**
 * What to do for a shopper: use a customer or create one, after one candidate search (none when the channel posts
 * to its generic customer). Throws PWI_CUSTOMER_UNRESOLVED (message JSON {message, suggestedFix}) when no
 * customer can be chosen.
 */
export function decideForShopper(
  config: CustomerChannel,
  customer: ShopifyCustomer | null,
  addresses: CustomerAddresses,
): Exclude<CustomerDecision, { kind: 'unresolved' }> {
  const candidates = config.customerStrategy === 'generic' ? [] : findCandidates(config, customer);
  const decision = decideCustomer(config, customer, addresses, candidates, sha256Hex);
  if (decision.kind === 'unresolved')
    throw error.create({
      name: UNRESOLVED,
      message: JSON.stringify({ message: decision.message, suggestedFix: decision.suggestedFix }),
      notifyOff: true,
    });
  return decision;
}

/** What a PWI_CUSTOMER_UNRESOLVED error says (its message and fix); null for any other error. */
export function unresolvedCustomer(caught: unknown): { message: string; suggestedFix: string } | null {
  if (!hasName(caught, UNRESOLVED)) return null;
  const text = String((caught as { message?: unknown }).message);
  try {
    const parsed = JSON.parse(text) as { message?: string; suggestedFix?: string };
    return { message: parsed.message ?? text, suggestedFix: parsed.suggestedFix ?? CHECK_CONFIGURATION };
  } catch {
    return { message: text, suggestedFix: CHECK_CONFIGURATION };
  }
}

/** Candidates for a shopper: one search, no matter how many ways it could match. Empty when nothing to match on. */
function findCandidates(
  config: Pick<ChannelConfig, 'code' | 'subsidiaryId'>,
  customer: ShopifyCustomer | null,
): CustomerCandidate[] {
  const keys = shopperKeys(config.code, customer, sha256Hex);
  // A shopper has a Shopify key or (a guest with an e-mail) a guest key, never both.
  const externalId = keys.externalId ?? keys.guestExternalId;
  const byIdentity: unknown[] = [];
  if (externalId !== null) byIdentity.push(['externalid', search.Operator.ANYOF, externalId]);
  if (externalId !== null && keys.email !== null) byIdentity.push('OR');
  if (keys.email !== null) byIdentity.push(['email', search.Operator.IS, keys.email]);
  if (byIdentity.length === 0) return [];
  return readCandidates([byIdentity, 'AND', ['subsidiary', search.Operator.ANYOF, config.subsidiaryId]]);
}

/** SHA-256 of text as UTF-8, in lower-case hex (N/crypto writes HEX in a case of its own choosing). 0 units. */
function sha256Hex(text: string): string {
  const hash = crypto.createHash({ algorithm: crypto.HashAlg.SHA256 });
  hash.update({ input: text, inputEncoding: encode.Encoding.UTF_8 });
  return hash.digest({ outputEncoding: encode.Encoding.HEX }).toLowerCase();
}

function readCandidates(filters: unknown[]): CustomerCandidate[] {
  const rows = allRows(
    search.create({
      type: search.Type.CUSTOMER,
      filters,
      columns: [
        'externalid',
        'email',
        'isinactive',
        search.createColumn({ name: 'internalid', sort: search.Sort.ASC }),
      ],
    }),
  );
  return rows.map((row) => ({
    id: String(row.id),
    externalId: text(row, 'externalid'),
    email: text(row, 'email'),
    inactive: flag(row, 'isinactive'),
  }));
}

/** Internal id of the customer created for a channel's Shopify shopper, if any. One search. */
export function findCustomerByShopifyId(channelCode: string, shopifyCustomerId: string): string | null {
  return findByExternalId(customerExternalId(channelCode, shopifyCustomerId))?.id ?? null;
}

/** The customer holding an external id, in any subsidiary (after losing a create race). */
function findByExternalId(externalId: string): CustomerCandidate | null {
  return readCandidates([['externalid', search.Operator.ANYOF, externalId]])[0] ?? null;
}

/** Creates the customer; on DUP_RCRD (a concurrent create of the same shopper) answers the existing one. */
export function createCustomer(customer: NewCustomer): CustomerMatch {
  try {
    const id = writeNewCustomer(customer);
    return { id: String(id), created: true, matchedBy: 'created' };
  } catch (caught) {
    if (customer.externalId === null || !hasName(caught, 'DUP_RCRD')) throw caught;
    // A concurrent delivery created this shopper first: use its record.
    const winner = findByExternalId(customer.externalId);
    if (!winner) throw caught;
    return { id: winner.id, created: false, matchedBy: 'externalid' };
  }
}

function writeNewCustomer(customer: NewCustomer): number {
  const created = record.create({ type: record.Type.CUSTOMER });
  // isperson is a radio button holding 'T' (Individual) or 'F' (Company), not a check box: public SuiteScript 2.x
  // sets and compares it as 'T'/'F' (emulator/src/records/schemas/entities.ts gives the sources).
  created.setValue({ fieldId: 'isperson', value: customer.isPerson ? 'T' : 'F' });
  if (customer.externalId !== null) created.setValue({ fieldId: 'externalid', value: customer.externalId });
  created.setValue({ fieldId: 'subsidiary', value: customer.subsidiaryId });
  setIfPresent(created, 'firstname', customer.firstName);
  setIfPresent(created, 'lastname', customer.lastName);
  setIfPresent(created, 'companyname', customer.companyName);
  setIfPresent(created, 'email', customer.email);
  setIfPresent(created, 'phone', customer.phone);
  created.setValue({ fieldId: 'currency', value: customer.currencyId });
  customer.addresses.forEach((entry, line) => writeAddressLine(created, line, entry));
  return created.save();
}

/** Writes one address book line through the addressbookaddress subrecord (country first: it picks the form). */
export function writeAddressLine(target: record.Record, line: number, entry: AddressBookEntry): void {
  target.insertLine({ sublistId: 'addressbook', line });
  target.setSublistValue({
    sublistId: 'addressbook',
    fieldId: 'defaultbilling',
    line,
    value: entry.defaultBilling,
  });
  target.setSublistValue({
    sublistId: 'addressbook',
    fieldId: 'defaultshipping',
    line,
    value: entry.defaultShipping,
  });
  const address = target.getSublistSubrecord({
    sublistId: 'addressbook',
    fieldId: 'addressbookaddress',
    line,
  });
  // The same subrecord values as an order's addresses: the person as addressee, a company as attention.
  for (const [fieldId, value] of addressValues(entry.address) ?? []) address.setValue({ fieldId, value });
}

/**
 * Stamps the shopper's external id on a customer matched by email (replacing a guest key), so the next match is
 * exact. 5 units.
 */
function linkExternalId(id: string, externalId: string): void {
  try {
    record.submitFields({ type: record.Type.CUSTOMER, id, values: { externalid: externalId } });
  } catch (caught) {
    // Another customer (in another subsidiary) already holds it: keep the email match, skip the link.
    if (!hasName(caught, 'DUP_RCRD')) throw caught;
  }
}

function setIfPresent(target: Omit<record.Record, 'save'>, fieldId: string, value: string | null): void {
  if (value !== null && value.trim() !== '') target.setValue({ fieldId, value: value.trim() });
}

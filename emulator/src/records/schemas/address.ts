import { computed, field, recordType } from '../schema-dsl';
import type { RecordTypeSchema } from '../types';

/**
 * The address subrecord (customer addressbookaddress, transaction shippingaddress/billingaddress). It is never a
 * record of its own: its values live in the parent record under "<field>.<subfield>" keys.
 */
export const address: RecordTypeSchema = recordType({
  type: 'address',
  recordClass: 'other',
  externalIdGroup: 'address',
  nameField: 'addrtext',
  fields: [
    // ISO 3166 code, as NetSuite's Country enum values are ('US', 'GB'...). Set it first: it picks the form.
    field('country', 'text', 'Country'),
    field('attention', 'text', 'Attention'),
    field('addressee', 'text', 'Addressee'),
    field('addrphone', 'phone', 'Phone'),
    field('addr1', 'text', 'Address 1'),
    field('addr2', 'text', 'Address 2'),
    field('addr3', 'text', 'Address 3'),
    field('city', 'text', 'City'),
    field('state', 'text', 'State'),
    field('zip', 'text', 'Zip'),
    field('override', 'checkbox', 'Override', { defaultValue: false }),
    computed('addrtext', 'textarea', 'Address'),
  ],
});

/** Where each record type keeps address subrecords: body field ids, and sublist.field ids. */
export const SUBRECORD_FIELDS: Readonly<
  Record<string, { body: readonly string[]; lines: readonly string[] }>
> = {
  customer: { body: [], lines: ['addressbook.addressbookaddress'] },
  employee: { body: [], lines: [] },
  salesorder: { body: ['shippingaddress', 'billingaddress'], lines: [] },
  cashsale: { body: ['shippingaddress', 'billingaddress'], lines: [] },
  invoice: { body: ['shippingaddress', 'billingaddress'], lines: [] },
  returnauthorization: { body: ['shippingaddress', 'billingaddress'], lines: [] },
  creditmemo: { body: ['shippingaddress', 'billingaddress'], lines: [] },
  cashrefund: { body: ['shippingaddress', 'billingaddress'], lines: [] },
  itemfulfillment: { body: ['shippingaddress'], lines: [] },
};

/** The formatted address NetSuite shows (addrtext, and shipaddress/billaddress on transactions). */
export function formatAddress(values: Readonly<Record<string, unknown>>): string {
  const part = (id: string) => (typeof values[id] === 'string' ? (values[id] as string).trim() : '');
  const cityLine = [part('city'), [part('state'), part('zip')].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' ');
  return [
    part('attention'),
    part('addressee'),
    part('addr1'),
    part('addr2'),
    part('addr3'),
    cityLine,
    part('country'),
  ]
    .filter(Boolean)
    .join('\n');
}

import { computed, field, inactive, listSelect, mandatory, recordType, select, sublist } from '../schema-dsl';
import type { FieldSchema, RecordTypeSchema } from '../types';

// Entities share one internal-id and external-id group (NetSuite: the entity group holds customers, employees,
// vendors, contacts, partners...). Class "other" for governance.

const entityCommon: readonly FieldSchema[] = [
  // Filled from the name on save when empty (auto-generated numbering off); see rules.ts.
  field('entityid', 'text', 'ID'),
  field('email', 'email', 'Email'),
  field('phone', 'phone', 'Phone'),
  field('firstname', 'text', 'First Name'),
  field('lastname', 'text', 'Last Name'),
  field('comments', 'textarea', 'Comments'),
  inactive,
  computed('datecreated', 'datetime', 'Date Created'),
  computed('lastmodifieddate', 'datetime', 'Last Modified'),
];

export const customer: RecordTypeSchema = recordType({
  type: 'customer',
  recordClass: 'other',
  externalIdGroup: 'entity',
  nameField: 'entityid',
  fields: [
    ...entityCommon,
    // A radio button, not a check box: the Records Browser types it as radio, the REST metadata as a string, and
    // public SuiteScript 2.x sets 'T'/'F' and reads getValue('isperson') == 'T' / == 'F' (fidelity review). A
    // boolean is refused as not emulated (values.ts): what NetSuite does with one is not sourced.
    listSelect('isperson', { T: 'Individual', F: 'Company' }, 'Type', { defaultValue: 'F' }),
    field('companyname', 'text', 'Company Name'),
    field('altphone', 'phone', 'Alt. Phone'),
    field('mobilephone', 'phone', 'Mobile Phone'),
    select('salesrep', 'employee', 'Sales Rep'),
    // OneWorld: a customer belongs to a subsidiary, and NetSuite asks for it.
    mandatory('subsidiary', 'select', 'Primary Subsidiary', { selectType: 'subsidiary' }),
    select('currency', 'currency', 'Currency'),
    field('taxable', 'checkbox', 'Taxable', { defaultValue: false }),
    select('taxitem', 'taxcode', 'Tax Item'),
    select('pricelevel', 'pricelevel', 'Price Level'),
  ],
  sublists: [
    // Addresses live in the addressbookaddress subrecord, which the emulator does not reproduce (N/record throws).
    sublist('addressbook', [
      field('label', 'text', 'Label'),
      field('defaultbilling', 'checkbox', 'Default Billing', { defaultValue: false }),
      field('defaultshipping', 'checkbox', 'Default Shipping', { defaultValue: false }),
      field('isresidential', 'checkbox', 'Residential Address', { defaultValue: false }),
      computed('id', 'integer', 'ID'),
    ]),
  ],
});

/** The script user and other employees. */
export const employee: RecordTypeSchema = recordType({
  type: 'employee',
  recordClass: 'other',
  externalIdGroup: 'entity',
  nameField: 'entityid',
  fields: [
    ...entityCommon,
    mandatory('subsidiary', 'select', 'Subsidiary', { selectType: 'subsidiary' }),
    select('location', 'location', 'Location'),
    field('title', 'text', 'Job Title'),
  ],
});

export const ENTITY_SCHEMAS: readonly RecordTypeSchema[] = [customer, employee];

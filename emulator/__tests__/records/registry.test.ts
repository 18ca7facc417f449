// Record types are data in NetSuite's own ids (SuiteScript Records Browser); custom fields from Objects join the
// standard types they apply to, and custom record types get NetSuite's standard custom-record fields.
import * as record from 'N/record';
import { NotEmulatedError } from '../../src/errors';
import { customRecordSchema, selectTargets, StandardSchemaRegistry } from '../../src/records/registry';
import { field } from '../../src/records/schema-dsl';
import { world } from './fixture';

const REQUIRED_TYPES = [
  'customer',
  'salesorder',
  'cashsale',
  'invoice',
  'returnauthorization',
  'creditmemo',
  'cashrefund',
  'customerrefund',
  'customerpayment',
  'itemfulfillment',
  'itemreceipt',
  'inventoryadjustment',
  'inventorytransfer',
  'journalentry',
  'inventoryitem',
  'kititem',
  'noninventoryitem',
  'otherchargeitem',
  'discountitem',
  'giftcertificateitem',
  'serviceitem',
  'location',
  'subsidiary',
  'account',
  'currency',
  'salestaxitem',
  'taxgroup',
  'paymentmethod',
  'employee',
];

describe('standard schemas', () => {
  const registry = new StandardSchemaRegistry();

  test.each(REQUIRED_TYPES)('%s is known, with an internal and an external id', (type) => {
    const schema = registry.schemaOf(type);
    expect(schema.type).toBe(type);
    expect(schema.fields['id']?.computed).toBe(true);
    expect(schema.fields['externalid']?.type).toBe('text');
  });

  test('record classes and external-id groups follow NetSuite: transactions, entities and items share groups', () => {
    expect(registry.schemaOf('salesorder')).toMatchObject({
      recordClass: 'transaction',
      externalIdGroup: 'transaction',
    });
    expect(registry.schemaOf('journalentry')).toMatchObject({
      recordClass: 'transaction',
      externalIdGroup: 'transaction',
    });
    expect(registry.schemaOf('customer')).toMatchObject({ recordClass: 'other', externalIdGroup: 'entity' });
    expect(registry.schemaOf('employee').externalIdGroup).toBe('entity');
    expect(registry.schemaOf('kititem')).toMatchObject({ recordClass: 'other', externalIdGroup: 'item' });
  });

  test('transaction item lines carry the ids integrations use', () => {
    const item = registry.schemaOf('salesorder').sublists['item']?.fields ?? {};
    for (const id of [
      'item',
      'quantity',
      'rate',
      'amount',
      'taxcode',
      'tax1amt',
      'location',
      'description',
      'price',
      'isclosed',
      'quantityfulfilled',
      'quantitybilled',
    ]) {
      expect(item[id]).toBeDefined();
    }
    expect(item['quantityfulfilled']?.computed).toBe(true);
  });

  test("inventory items keep per-location stock in a read-only 'locations' sublist with the search's field ids", () => {
    const locations = registry.schemaOf('inventoryitem').sublists['locations']?.fields ?? {};
    expect(Object.keys(locations).sort()).toEqual(
      [
        'location',
        'quantityavailable',
        'quantitybackordered',
        'quantitycommitted',
        'quantityonhand',
        'quantityonorder',
      ].sort(),
    );
    expect(Object.values(locations).every((one) => one.computed)).toBe(true);
    expect(registry.schemaOf('kititem').sublists['member']?.fields['quantity']).toBeDefined();
  });

  test('tax codes hold their rate as a percent; select groups resolve to the types they may point at', () => {
    expect(registry.schemaOf('salestaxitem').fields['rate']?.type).toBe('percent');
    expect(selectTargets(registry, 'taxcode')).toEqual(['salestaxitem', 'taxgroup']);
    expect(selectTargets(registry, 'item')).toContain('kititem');
    expect(selectTargets(registry, 'entity').sort()).toEqual(['customer', 'employee']);
    expect(selectTargets(registry, 'customlist_pwi_x')).toEqual([]);
  });

  test('a real NetSuite type the emulator lacks is not emulated; a made-up one is SSS_INVALID_RECORD_TYPE', () => {
    expect(() => registry.schemaOf('purchaseorder')).toThrow(NotEmulatedError);
    expect(() => registry.schemaOf('salesordr')).toThrow(
      expect.objectContaining({ name: 'SSS_INVALID_RECORD_TYPE' }),
    );
  });
});

describe('custom fields and custom record types', () => {
  test('a custbody_ field joins every transaction, a custcol_ field every transaction line sublist', () => {
    const registry = new StandardSchemaRegistry();
    registry.registerCustomField('transactionbody', field('custbody_pwi_order_id', 'text', 'Shopify Order'));
    registry.registerCustomField('transactioncolumn', field('custcol_pwi_line_id', 'text', 'Shopify Line'));
    expect(registry.schemaOf('salesorder').fields['custbody_pwi_order_id']).toBeDefined();
    expect(registry.schemaOf('itemfulfillment').fields['custbody_pwi_order_id']).toBeDefined();
    expect(registry.schemaOf('customer').fields['custbody_pwi_order_id']).toBeUndefined();
    expect(registry.schemaOf('cashsale').sublists['item']?.fields['custcol_pwi_line_id']).toBeDefined();
    expect(registry.schemaOf('journalentry').sublists['line']?.fields['custcol_pwi_line_id']).toBeDefined();
    expect(registry.schemaOf('creditmemo').sublists['apply']?.fields['custcol_pwi_line_id']).toBeUndefined();
  });

  test('entity and item fields join entities and items; a field with the wrong prefix is refused', () => {
    const registry = new StandardSchemaRegistry();
    registry.registerCustomField('entity', field('custentity_pwi_shopify_id', 'text'));
    registry.registerCustomField('item', field('custitem_pwi_sku', 'text'));
    expect(registry.schemaOf('customer').fields['custentity_pwi_shopify_id']).toBeDefined();
    expect(registry.schemaOf('inventoryitem').fields['custitem_pwi_sku']).toBeDefined();
    expect(registry.schemaOf('salestaxitem').fields['custitem_pwi_sku']).toBeUndefined();
    expect(() => registry.registerCustomField('item', field('custbody_wrong', 'text'))).toThrow(/custitem/);
  });

  test('customRecordSchema adds the standard custom-record fields; class custom, external ids per type', () => {
    const schema = customRecordSchema(
      'customrecord_pwi_queue',
      [field('custrecord_pwi_q_payload', 'textarea')],
      {
        nameMandatory: true,
      },
    );
    expect(schema).toMatchObject({
      type: 'customrecord_pwi_queue',
      recordClass: 'custom',
      externalIdGroup: 'customrecord_pwi_queue',
    });
    for (const id of [
      'id',
      'externalid',
      'name',
      'isinactive',
      'created',
      'lastmodified',
      'owner',
      'custrecord_pwi_q_payload',
    ]) {
      expect(schema.fields[id]).toBeDefined();
    }
    expect(schema.fields['name']?.mandatory).toBe(true);
    const registry = new StandardSchemaRegistry();
    registry.register(schema);
    expect(registry.has('customrecord_pwi_queue')).toBe(true);
    expect(() => registry.register(schema)).toThrow(/already/);
    expect(() => customRecordSchema('customrecord_x', [field('custbody_x', 'text')])).toThrow(/custrecord/);
  });
});

describe('custom fields on records', () => {
  test('a custom select with a known target is checked on save; one whose target is unknown is not', () => {
    const w = world();
    w.account.schemas.registerCustomField(
      'transactionbody',
      field('custbody_pwi_ref_customer', 'select', 'Ref', { selectType: 'customer' }),
    );
    w.account.schemas.registerCustomField(
      'transactionbody',
      field('custbody_pwi_untyped', 'select', 'Untyped'),
    );
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder' });
      so.setValue({ fieldId: 'entity', value: w.customer });
      so.setValue({ fieldId: 'custbody_pwi_untyped', value: 77 });
      so.setValue({ fieldId: 'custbody_pwi_ref_customer', value: 9999 });
      so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.service) });
      so.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 1 });
      so.setSublistValue({ sublistId: 'item', fieldId: 'rate', line: 0, value: 1 });
      expect(() => so.save()).toThrow(expect.objectContaining({ name: 'INVALID_KEY_OR_REF' }));
      so.setValue({ fieldId: 'custbody_pwi_ref_customer', value: w.customer });
      expect(so.save()).toBeGreaterThan(0);
    });
  });

  test('custom list values: setText by the value text, getText back, a value not in the list is INVALID_KEY_OR_REF', () => {
    const w = world();
    w.account.customLists.set('customlist_pwi_status', [
      { id: '1', scriptId: 'val_open', value: 'Open' },
      { id: '2', scriptId: 'val_done', value: 'Done' },
    ]);
    w.account.schemas.register(
      customRecordSchema('customrecord_pwi_item', [
        field('custrecord_pwi_status', 'select', 'Status', { selectType: 'customlist_pwi_status' }),
      ]),
    );
    const id = w.account.exec(() => {
      const rec = record.create({ type: 'customrecord_pwi_item' });
      rec.setText({ fieldId: 'custrecord_pwi_status', text: 'Done' });
      expect(rec.getValue('custrecord_pwi_status')).toBe('2');
      return rec.save();
    });
    w.account.exec(() => {
      const rec = record.load({ type: 'customrecord_pwi_item', id });
      expect(rec.getText('custrecord_pwi_status')).toBe('Done');
      rec.setValue({ fieldId: 'custrecord_pwi_status', value: 3 });
      expect(() => rec.save()).toThrow(expect.objectContaining({ name: 'INVALID_KEY_OR_REF' }));
    });
  });
});

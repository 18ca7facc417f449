// Sublists in the two modes (SuiteScript 2.x Standard and Dynamic Modes; Record.setSublistValue is "standard
// mode only", setCurrentSublistValue/selectLine/commitLine "dynamic mode only", section_4273166777 and
// section_4273171484; line indexes start at 0). Bad lines are SSS_INVALID_SUBLIST_OPERATION as those pages list.
import * as record from 'N/record';
import { world } from './fixture';

describe('standard mode', () => {
  const w = world();

  test('setSublistValue at the line count adds a line; insertLine and removeLine shift lines', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder' });
      so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.widget) });
      so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 1, value: String(w.gadget) });
      so.insertLine({ sublistId: 'item', line: 1 });
      so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 1, value: String(w.service) });
      expect(so.getLineCount({ sublistId: 'item' })).toBe(3);
      expect(
        [0, 1, 2].map((line) => so.getSublistValue({ sublistId: 'item', fieldId: 'item', line })),
      ).toEqual([String(w.widget), String(w.service), String(w.gadget)]);
      so.removeLine({ sublistId: 'item', line: 0 });
      expect(so.getSublistValue({ sublistId: 'item', fieldId: 'item', line: 0 })).toBe(String(w.service));
      expect(
        so.findSublistLineWithValue({ sublistId: 'item', fieldId: 'item', value: String(w.gadget) }),
      ).toBe(1);
      expect(so.findSublistLineWithValue({ sublistId: 'item', fieldId: 'item', value: '999' })).toBe(-1);
    });
  });

  test('a line beyond the count, or a missing sublist, is SSS_INVALID_SUBLIST_OPERATION', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder' });
      expect(() => so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 2, value: '1' })).toThrow(
        expect.objectContaining({ name: 'SSS_INVALID_SUBLIST_OPERATION' }),
      );
      expect(() => so.getSublistValue({ sublistId: 'item', fieldId: 'item', line: 0 })).toThrow(
        expect.objectContaining({ name: 'SSS_INVALID_SUBLIST_OPERATION' }),
      );
      expect(so.getLineCount({ sublistId: 'nosuch' })).toBe(-1);
    });
  });

  test('dynamic-mode methods throw on a standard record', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder' });
      expect(() => so.selectNewLine({ sublistId: 'item' })).toThrow(
        expect.objectContaining({ name: 'SSS_INVALID_API_USAGE' }),
      );
      expect(() => so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'item', value: '1' })).toThrow(
        expect.objectContaining({ name: 'SSS_INVALID_API_USAGE' }),
      );
    });
  });

  test("NetSuite's own sublists cannot take new lines: inventory locations, payment apply", () => {
    w.account.exec(() => {
      const item = record.load({ type: 'inventoryitem', id: w.widget });
      expect(() => item.insertLine({ sublistId: 'locations', line: 0 })).toThrow(
        expect.objectContaining({ name: 'SSS_INVALID_SUBLIST_OPERATION' }),
      );
      const payment = record.create({ type: 'customerpayment' });
      expect(() =>
        payment.setSublistValue({ sublistId: 'apply', fieldId: 'apply', line: 0, value: true }),
      ).toThrow(expect.objectContaining({ name: 'SSS_INVALID_SUBLIST_OPERATION' }));
    });
  });
});

describe('dynamic mode', () => {
  const w = world();

  test('lines are added with selectNewLine … commitLine and edited with selectLine … commitLine', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder', isDynamic: true });
      so.selectNewLine({ sublistId: 'item' });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'item', value: String(w.widget) });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'quantity', value: 2 });
      expect(so.getLineCount({ sublistId: 'item' })).toBe(0);
      expect(so.getCurrentSublistValue({ sublistId: 'item', fieldId: 'quantity' })).toBe(2);
      so.commitLine({ sublistId: 'item' });
      expect(so.getLineCount({ sublistId: 'item' })).toBe(1);
      so.selectLine({ sublistId: 'item', line: 0 });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'quantity', value: 5 });
      expect(so.getSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0 })).toBe(2);
      so.commitLine({ sublistId: 'item' });
      expect(so.getSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0 })).toBe(5);
      expect(so.getCurrentSublistText({ sublistId: 'item', fieldId: 'item' })).toBe('');
    });
  });

  test('cancelLine drops the current line; uncommitted changes never reach the record', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder', isDynamic: true });
      so.selectNewLine({ sublistId: 'item' });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'item', value: String(w.widget) });
      so.cancelLine({ sublistId: 'item' });
      expect(so.getLineCount({ sublistId: 'item' })).toBe(0);
    });
  });

  test('commitLine validates the line: a line without its item is USER_ERROR naming the field', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder', isDynamic: true });
      so.selectNewLine({ sublistId: 'item' });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'quantity', value: 1 });
      expect(() => so.commitLine({ sublistId: 'item' })).toThrow(
        expect.objectContaining({ name: 'USER_ERROR', message: 'Please enter value(s) for: Item' }),
      );
    });
  });

  test('setSublistValue throws on a dynamic record', () => {
    w.account.exec(() => {
      const so = record.create({ type: 'salesorder', isDynamic: true });
      expect(() => so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: '1' })).toThrow(
        expect.objectContaining({ name: 'SSS_INVALID_API_USAGE' }),
      );
    });
  });

  test('a dynamic order saves like a standard one', () => {
    const id = w.account.exec(() => {
      const so = record.create({ type: 'salesorder', isDynamic: true });
      so.setValue({ fieldId: 'entity', value: w.customer });
      so.selectNewLine({ sublistId: 'item' });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'item', value: String(w.service) });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'quantity', value: 2 });
      so.setCurrentSublistValue({ sublistId: 'item', fieldId: 'rate', value: 12.5 });
      so.commitLine({ sublistId: 'item' });
      return so.save();
    });
    expect(w.account.stored('salesorder', id).fields['total']).toBe(25);
  });
});

// Pins the places where the final review replaced an emulator guess with NetSuite's behaviour or a refusal
// (NotEmulatedError): without these tests each guess could come back unnoticed.
import * as record from '../../N/record';
import * as runtime from '../../N/runtime';
import type { Account } from '../../src/account';
import { deployBasic } from '../runtime/helpers';
import { runTestExecution } from '../support/execution';

function deploy(): Account {
  return deployBasic({
    seed: {
      records: [
        { type: 'currency', key: 'gbp', fields: { name: 'British Pound', symbol: 'GBP', exchangerate: 1 } },
        { type: 'currency', key: 'usd', fields: { name: 'US Dollar', symbol: 'USD', exchangerate: 0.79 } },
        { type: 'subsidiary', key: 'sub', fields: { name: 'Brand UK Ltd', currency: '@gbp' } },
        { type: 'location', key: 'wh', fields: { name: 'Leeds', subsidiary: '@sub' } },
        { type: 'customer', key: 'acme', fields: { companyname: 'Acme', subsidiary: '@sub' } },
        { type: 'salestaxitem', key: 'zero', fields: { itemid: 'Z', rate: 0 } },
        { type: 'noninventoryitem', key: 'svc', fields: { itemid: 'GIFTWRAP', subsidiary: ['@sub'] } },
      ],
    },
  });
}

function idOf(account: Account, type: string, fields: Record<string, string>): string {
  const [found] = account.ui.findRecords(type, fields);
  if (!found) throw new Error(`seed has no ${type} ${JSON.stringify(fields)}`);
  return String(found.id);
}

function orderIn(account: Account, currencySymbol: string): number {
  return account.ui.createRecord('salesorder', {
    fields: {
      entity: idOf(account, 'customer', { companyname: 'Acme' }),
      currency: idOf(account, 'currency', { symbol: currencySymbol }),
      orderstatus: 'B',
    },
    sublists: {
      item: [
        {
          item: idOf(account, 'noninventoryitem', { itemid: 'GIFTWRAP' }),
          quantity: 1,
          amount: 10,
          taxcode: idOf(account, 'salestaxitem', { itemid: 'Z' }),
        },
      ],
    },
  });
}

test('a transaction in a foreign currency takes its default rate against the subsidiary base, not par', () => {
  const account = deploy();
  expect(account.ui.loadRecord('salesorder', orderIn(account, 'USD')).fields['exchangerate']).toBeCloseTo(
    0.79,
    10,
  );
  expect(account.ui.loadRecord('salesorder', orderIn(account, 'GBP')).fields['exchangerate']).toBe(1);
});

test('record.create and record.copy refuse defaultValues (NetSuite takes only per-type initialisation defaults)', () => {
  const account = deploy();
  runTestExecution(account, () => {
    expect(() => record.create({ type: 'salesorder', defaultValues: { entity: '1' } })).toThrow(
      /Not emulated: record\.create defaultValues\.entity/,
    );
    expect(() => record.copy({ type: 'customer', id: 1, defaultValues: { companyname: 'X' } })).toThrow(
      /Not emulated: record\.copy defaultValues\.companyname/,
    );
  });
});

test('N/runtime values the emulator cannot know throw instead of answering a guess', () => {
  const account = deploy();
  runTestExecution(account, () => {
    expect(() => runtime.version).toThrow(/Not emulated: runtime\.version/);
    expect(() => runtime.processorCount).toThrow(/Not emulated: runtime\.processorCount/);
    expect(() => runtime.queueCount).toThrow(/Not emulated: runtime\.queueCount/);
    expect(runtime.accountId).toBe(account.accountId);
  });
});

// Who may set a sales order's status. Sources: NS section_159795516182 (orderstatus 'A' Pending Approval, 'B'
// Pending Fulfillment; a script may create a preapproved order with 'B'), NS section_N1218788 (an order pending
// approval "needs to be approved by someone with the right permissions"; the Status field shows only to users with
// permission to approve and edit sales orders), NS chapter_N3236764 (Sales Order Approval is TRAN_SALESORDAPPRV,
// levels None/View/Create/Edit/Full). What NetSuite answers a role without it is not sourced: NotEmulatedError.
import * as record from 'N/record';
import type { PermissionLevel } from '../../src/account-api';
import { NotEmulatedError } from '../../src/errors';
import { deployBasic } from '../runtime/helpers';
import { runTestExecution } from '../support/execution';
import { stock, stockAt, world, type World } from './fixture';

/** The world's account answering `level` for Sales Order Approval on the role 'customrole_test'. */
function withApprovalLevel(w: World, level: PermissionLevel): void {
  Object.assign(w.account, {
    permissionLevel: (roleId: string, permkey: string): PermissionLevel =>
      roleId === 'customrole_test' && permkey === 'TRAN_SALESORDAPPRV' ? level : 'NONE',
  });
}

/** Runs `body` as a RESTlet whose caller holds the role 'customrole_test'. */
function asRole<T>(w: World, body: () => T): T {
  const user = {
    id: 7,
    name: 'Integration',
    email: '',
    role: 1000,
    roleId: 'customrole_test',
    subsidiary: w.subsidiary,
    department: 0,
    location: 0,
  };
  const extras = { user, scriptInternalId: 1, deploymentInternalId: 1, taskId: null };
  return runTestExecution(w.account, body, { extras }).result;
}

function createOrder(w: World, status: string | null): number {
  const so = record.create({ type: 'salesorder' });
  so.setValue({ fieldId: 'entity', value: String(w.customer) });
  so.setValue({ fieldId: 'location', value: String(w.warehouse) });
  if (status !== null) so.setValue({ fieldId: 'orderstatus', value: status });
  so.setSublistValue({ sublistId: 'item', fieldId: 'item', line: 0, value: String(w.widget) });
  so.setSublistValue({ sublistId: 'item', fieldId: 'quantity', line: 0, value: 3 });
  so.setSublistValue({ sublistId: 'item', fieldId: 'rate', line: 0, value: 5 });
  return so.save();
}

test.each(['EDIT', 'FULL'] as const)(
  'a role holding Sales Order Approval at %s creates an order Pending Fulfillment, which commits stock',
  (level) => {
    const w = world();
    stock(w, w.widget, w.warehouse, 10);
    withApprovalLevel(w, level);
    const id = asRole(w, () => createOrder(w, 'B'));
    expect(w.account.stored('salesorder', id).fields['orderstatus']).toBe('B');
    expect(stockAt(w, w.widget, w.warehouse)).toMatchObject({ quantitycommitted: 3, quantityavailable: 7 });
  },
);

test.each(['NONE', 'VIEW', 'CREATE'] as const)(
  'a role holding Sales Order Approval at %s setting a status: not emulated, and nothing is saved',
  (level) => {
    const w = world();
    withApprovalLevel(w, level);
    for (const status of ['A', 'B']) {
      expect(() => asRole(w, () => createOrder(w, status))).toThrow(NotEmulatedError);
    }
    expect(w.account.store.scan('salesorder')).toHaveLength(0);
  },
);

test('without setting a status any role saves the order, in the account default (Pending Approval)', () => {
  const w = world();
  withApprovalLevel(w, 'NONE');
  const id = asRole(w, () => createOrder(w, null));
  expect(w.account.stored('salesorder', id).fields['orderstatus']).toBe('A');
});

test('editing other fields of an order leaves its status unchecked; changing the status is checked', () => {
  const w = world();
  withApprovalLevel(w, 'EDIT');
  const id = asRole(w, () => createOrder(w, 'B'));
  withApprovalLevel(w, 'NONE');
  asRole(w, () => {
    const loaded = record.load({ type: 'salesorder', id });
    loaded.setValue({ fieldId: 'memo', value: 'gift wrap' });
    loaded.save();
  });
  expect(w.account.stored('salesorder', id).fields['memo']).toBe('gift wrap');
  expect(() =>
    asRole(w, () => record.submitFields({ type: 'salesorder', id, values: { orderstatus: 'A' } })),
  ).toThrow(NotEmulatedError);
  expect(w.account.stored('salesorder', id).fields['orderstatus']).toBe('B');
});

test('a deployed account reads levels from its custom roles; the Administrator holds everything', () => {
  const account = deployBasic();
  expect(account.permissionLevel('administrator', 'TRAN_SALESORDAPPRV')).toBe('FULL');
  expect(account.permissionLevel('customrole_fx_integration', 'ADMI_RESTWEBSERVICES')).toBe('FULL');
  expect(account.permissionLevel('customrole_fx_integration', 'TRAN_SALESORDAPPRV')).toBe('NONE');
  expect(() => account.permissionLevel('accountant', 'TRAN_SALESORDAPPRV')).toThrow(NotEmulatedError);
});

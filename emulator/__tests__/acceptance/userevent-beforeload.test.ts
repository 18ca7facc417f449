// Issue 3 lists beforeLoad among the user event entry points. Which reads and writes NetSuite runs it for (the UI
// form, record.load in a server script, a create) is not pinned to a source here, so a deployed user event that
// defines beforeLoad must make the emulator throw rather than let a write pass as if beforeLoad did not exist.
import * as path from 'node:path';
import { Account } from '../../src/account';
import { NotEmulatedError } from '../../src/errors';

const PROJECT = path.join(__dirname, 'fixtures', 'beforeload');

test('a write to a record whose user event defines beforeLoad is not emulated, and names the deployment', () => {
  const account = Account.deploy(PROJECT);
  const currency = account.ui.createRecord('currency', {
    fields: { name: 'US Dollar', symbol: 'USD', currencyprecision: 2 },
  });
  const subsidiary = account.ui.createRecord('subsidiary', {
    fields: { name: 'Parent Co', currency: String(currency) },
  });
  const create = () =>
    account.ui.createRecord('customer', {
      fields: { companyname: 'Acme Ltd', subsidiary: String(subsidiary), currency: String(currency) },
    });
  expect(create).toThrow(NotEmulatedError);
  expect(create).toThrow(/beforeLoad.*customdeploy_acc_load_ue/);
  expect(account.ui.findRecords('customer')).toEqual([]);
});

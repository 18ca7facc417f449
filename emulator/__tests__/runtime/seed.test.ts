import { SeedError, type Seed } from '../../src/seed';
import { deployBasic, parse } from './helpers';

const base: Seed = {
  accountId: 'TSTDRV7654321',
  settings: { timeZone: 'Europe/London', concurrencyLimit: 3, defaultLogLevel: 'AUDIT' },
  secrets: { custsecret_fx_signing: 'not-a-real-secret' },
  integrations: [
    {
      name: 'Fixture integration',
      consumerKey: 'a'.repeat(64),
      consumerSecret: 'b'.repeat(64),
      tokens: [
        {
          tokenId: 'c'.repeat(64),
          tokenSecret: 'd'.repeat(64),
          user: '@emp-int',
          role: 'customrole_fx_integration',
        },
      ],
    },
  ],
  records: [
    {
      type: 'currency',
      key: 'gbp',
      fields: { name: 'British Pound', symbol: 'GBP', isbasecurrency: true, exchangerate: 1 },
    },
    { type: 'subsidiary', key: 'sub', fields: { name: 'Fixture Ltd', currency: '@gbp', country: 'GB' } },
    { type: 'location', key: 'wh', fields: { name: 'Warehouse', subsidiary: '@sub' } },
    { type: 'location', key: 'shop', fields: { name: 'Shop', subsidiary: '@sub' } },
    {
      type: 'employee',
      key: 'emp-int',
      fields: {
        entityid: 'Integration User',
        firstname: 'Integration',
        lastname: 'User',
        email: 'int@example.com',
        subsidiary: '@sub',
      },
    },
    { type: 'customrecord_fx_note', key: 'note', fields: { name: '@@literal', custrecord_fx_note_count: 3 } },
  ],
};

describe('seed (seed-format.md; emulator/README.md)', () => {
  it('creates records in order with "@key" references, "@@" literals, and no user events', () => {
    const account = deployBasic({ seed: base });
    const subsidiary = account.ui.findRecords('subsidiary', { name: 'Fixture Ltd' })[0];
    const gbp = account.ui.findRecords('currency', { symbol: 'GBP' })[0];
    expect(subsidiary?.fields['currency']).toBe(String(gbp?.id));
    const note = account.ui.findRecords('customrecord_fx_note', {})[0];
    expect(note?.fields['name']).toBe('@literal');
    expect(note?.fields['custrecord_fx_note_stamp'] ?? null).toBeNull();
    expect(account.executions()).toHaveLength(0);
  });

  it('applies account id, settings, secrets and integration tokens (user = the seeded employee, role = the custom role)', () => {
    const account = deployBasic({ seed: base });
    expect(account.accountId).toBe('TSTDRV7654321');
    expect(account.settings).toMatchObject({
      timeZone: 'Europe/London',
      concurrencyLimit: 3,
      defaultLogLevel: 'AUDIT',
    });
    expect(account.secrets.get('custsecret_fx_signing')).toBe('not-a-real-secret');
    const employee = account.ui.findRecords('employee', { email: 'int@example.com' })[0];
    expect(account.userForToken('c'.repeat(64))).toMatchObject({
      id: employee?.id,
      name: 'Integration User',
      email: 'int@example.com',
      roleId: 'customrole_fx_integration',
      role: 1000,
    });
    // A RESTlet call without an explicit user runs as the token's user.
    const res = account.invokeRestlet({
      script: 'customscript_fx_echo_rl',
      deploy: 'customdeploy_fx_echo_rl',
      method: 'GET',
      contentType: 'application/json',
    });
    expect(parse(res.body)['user']).toBe('customrole_fx_integration');
  });

  it('item locations lines are opening stock: on hand as given, available = on hand, totals over locations', () => {
    const account = deployBasic({
      seed: {
        ...base,
        records: [
          ...(base.records ?? []),
          {
            type: 'account',
            key: 'inc',
            fields: { acctnumber: '4000', acctname: 'Sales', accttype: 'Income' },
          },
          {
            type: 'inventoryitem',
            key: 'tee',
            fields: { itemid: 'TEE-S', subsidiary: ['@sub'] },
            sublists: {
              locations: [
                { location: '@wh', quantityonhand: 40 },
                { location: '@shop', quantityonhand: 2 },
              ],
            },
          },
        ],
      },
    });
    const item = account.ui.findRecords('inventoryitem', { itemid: 'TEE-S' })[0];
    expect(item?.fields).toMatchObject({ quantityonhand: 42, quantityavailable: 42, quantitycommitted: 0 });
    expect(item?.sublists['locations']?.map((l) => [l['quantityonhand'], l['quantityavailable']])).toEqual([
      [40, 40],
      [2, 2],
    ]);
  });

  it('a reference to a key not defined earlier is a SeedError naming the place', () => {
    const seed: Seed = {
      records: [{ type: 'subsidiary', key: 'sub', fields: { name: 'X', currency: '@later' } }],
    };
    expect(() => deployBasic({ seed })).toThrow(SeedError);
    expect(() => deployBasic({ seed })).toThrow(/records\[0\] \(sub\)\.fields\.currency.*@later/);
  });

  it('a record NetSuite would refuse is a SeedError naming the record and the NetSuite error', () => {
    const seed: Seed = {
      records: [{ type: 'customrecord_fx_note', key: 'bad', fields: { custrecord_fx_note_count: 1 } }],
    };
    expect(() => deployBasic({ seed })).toThrow(/records\[0\] \(bad\).*USER_ERROR/);
  });
});

// Acceptance checks for issue 3 (the emulator) where the rule suites left a claim unpinned: found by breaking the
// behaviour and seeing every existing test still pass. Each test here fails if its rule is broken.
import * as record from 'N/record';
import * as search from 'N/search';
import { Account } from '../../src/account';
import { NotEmulatedError } from '../../src/errors';
import { RESTLET_MAX_BYTES } from '../../src/runners/restlet';
import { customRecordSchema } from '../../src/records/registry';
import { field } from '../../src/records/schema-dsl';
import { world } from '../records/fixture';
import { deployBasic, fixture, parse } from '../runtime/helpers';
import { run, searchAccount, seedShop } from '../search/fixture';

describe('N/search operators at their edges (article_4094344956)', () => {
  const account = searchAccount();
  const ids = seedShop(account);
  const idsOf = (type: string, filters: unknown[]): string[] =>
    run(account, () =>
      search
        .create({ type, filters })
        .run()
        .getRange({ start: 0, end: 100 })
        .map((result) => result.id),
    );
  const orderIds = (filter: unknown[]) => idsOf('salesorder', [['mainline', 'is', 'T'], 'and', filter]);

  test('startswith matches the start of the text only, not text found later in it', () => {
    // 'Ada Lovelace' contains 'lace' but does not start with it.
    expect(idsOf('customer', [['entityid', 'startswith', 'LACE']])).toEqual([]);
    expect(idsOf('customer', [['entityid', 'contains', 'LACE']])).toEqual([ids.ada]);
    expect(idsOf('customer', [['entityid', 'startswith', 'ada lo']])).toEqual([ids.ada]);
  });

  test('between includes both bounds', () => {
    expect(orderIds(['total', 'between', '60', '60'])).toEqual([ids.so1]);
    expect(orderIds(['total', 'between', '0', '60'])).toEqual([ids.so1]);
  });

  test('within includes both of its days; notwithin excludes both', () => {
    // so1 is dated 5 March, so2 7 March.
    expect(orderIds(['trandate', 'within', '5/3/2026', '7/3/2026'])).toEqual([ids.so1, ids.so2]);
    expect(orderIds(['trandate', 'within', '7/3/2026', '7/3/2026'])).toEqual([ids.so2]);
    expect(orderIds(['trandate', 'notwithin', '5/3/2026', '7/3/2026'])).toEqual([]);
  });
});

describe('N/record governance for other records (section_157072844224)', () => {
  test('submitFields on an entity costs 5 units, as on every record that is neither a transaction nor custom', () => {
    const w = world();
    const { meter } = w.account.run(() =>
      record.submitFields({ type: 'customer', id: w.customer, values: { comments: 'called back' } }),
    );
    expect(meter.used()).toBe(5);
    expect(w.account.stored('customer', w.customer).fields['comments']).toBe('called back');
  });

  test('copy costs 5 for an entity and 2 for a custom record', () => {
    const w = world();
    expect(w.account.run(() => record.copy({ type: 'customer', id: w.customer })).meter.used()).toBe(5);
    w.account.schemas.register(
      customRecordSchema('customrecord_pwi_acc', [field('custrecord_pwi_acc_n', 'text')]),
    );
    const id = w.account.exec(() =>
      record.create({ type: 'customrecord_pwi_acc' }).setValue({ fieldId: 'name', value: 'a' }).save(),
    );
    expect(w.account.run(() => record.copy({ type: 'customrecord_pwi_acc', id })).meter.used()).toBe(2);
  });
});

describe('external ids: one namespace per record group, case-insensitive (section_N3432681)', () => {
  const duplicate = expect.objectContaining({ name: 'DUP_RCRD' });

  test('all items share one group: a service item cannot take an inventory item external id in another case', () => {
    const w = world();
    w.account.exec(() =>
      record.submitFields({ type: 'inventoryitem', id: w.widget, values: { externalid: 'SKU-WIDGET' } }),
    );
    w.account.exec(() => {
      const service = record.create({ type: 'serviceitem' });
      service.setValue({ fieldId: 'itemid', value: 'SETUP' });
      service.setValue({ fieldId: 'externalid', value: 'sku-widget' });
      expect(() => service.save()).toThrow(duplicate);
    });
  });

  test('all entities share one group: an employee cannot take a customer external id', () => {
    const w = world();
    w.account.exec(() =>
      record.submitFields({ type: 'customer', id: w.customer, values: { externalid: 'Shopify-42' } }),
    );
    w.account.exec(() => {
      const employee = record.create({ type: 'employee' });
      employee.setValue({ fieldId: 'firstname', value: 'Pat' });
      employee.setValue({ fieldId: 'lastname', value: 'Lee' });
      employee.setValue({ fieldId: 'subsidiary', value: w.subsidiary });
      employee.setValue({ fieldId: 'externalid', value: 'SHOPIFY-42' });
      expect(() => employee.save()).toThrow(duplicate);
    });
  });

  test('each custom record type is its own group', () => {
    const w = world();
    for (const type of ['customrecord_pwi_one', 'customrecord_pwi_two'])
      w.account.schemas.register(customRecordSchema(type, [field(`custrecord_${type.slice(13)}_x`, 'text')]));
    const make = (type: string, externalid: string) =>
      w.account.exec(() =>
        record
          .create({ type })
          .setValue({ fieldId: 'name', value: externalid })
          .setValue({ fieldId: 'externalid', value: externalid })
          .save(),
      );
    make('customrecord_pwi_one', 'key-1');
    expect(make('customrecord_pwi_two', 'KEY-1')).toBeGreaterThan(0);
    expect(() => make('customrecord_pwi_one', 'Key-1')).toThrow(duplicate);
  });
});

describe('RESTlet size limit: NetSuite guarantees 10 MB, so beyond it the emulator refuses to guess', () => {
  const echo = { script: 'customscript_fx_echo_rl', deploy: 'customdeploy_fx_echo_rl' };

  test('a body of 10 MB is taken; a bigger request, or an answer over 10 MB, is not emulated', () => {
    const account = deployBasic();
    const post = (contentType: string, body: string) =>
      account.invokeRestlet({ ...echo, method: 'POST', contentType, body });
    // The echo answers a JSON body's returnString as it is, so only the request is large here.
    const request = (pad: number) => JSON.stringify({ returnString: 'small answer', pad: 'x'.repeat(pad) });
    expect(post('application/json', request(1000))).toMatchObject({ status: 200, body: 'small answer' });
    expect(() => post('application/json', request(RESTLET_MAX_BYTES))).toThrow(NotEmulatedError);
    expect(() => post('application/json', request(RESTLET_MAX_BYTES))).toThrow(/request body over 10 MB/);
    // A text body of exactly 10 MB is taken: the echo's answer, "text:" + body, is what goes over.
    expect(() => post('text/plain', 'x'.repeat(RESTLET_MAX_BYTES))).toThrow(/response over 10 MB/);
  });
});

describe('the execution log (issue 3: script, deployment, units, duration, log lines, outcome)', () => {
  test('each execution has a measured duration, its log lines and the account-clock start', () => {
    const account = deployBasic();
    account.clock.advance(3600);
    account.invokeRestlet({
      script: 'customscript_fx_echo_rl',
      deploy: 'customdeploy_fx_echo_rl',
      method: 'GET',
      contentType: 'application/json',
      query: { orderId: '42' },
    });
    const record = account.executions().at(-1);
    expect(record?.durationMs).toBeGreaterThan(0);
    expect(record?.startedAt).toEqual(account.clock.now());
    // The echo deployment logs at AUDIT, so its debug line is dropped.
    expect(record?.logs.map((line) => line.title)).toEqual(['get audit']);
    expect(record).toMatchObject({ outcome: 'success', scriptId: 'customscript_fx_echo_rl' });
  });
});

describe('a reset is a new Account (emulator/README.md)', () => {
  test('the records and execution log of one account are not in the next one deployed from the same project', () => {
    const first = deployBasic();
    const created = first.invokeRestlet({
      script: 'customscript_fx_echo_rl',
      deploy: 'customdeploy_fx_echo_rl',
      method: 'POST',
      contentType: 'application/json',
      body: { createNote: 'kept only here' },
    });
    expect(created.status).toBe(200);
    const id = Number(parse(created.body)['id']);
    expect(first.ui.loadRecord('customrecord_fx_note', id).fields['name']).toBe('kept only here');
    expect(first.executions().length).toBeGreaterThan(0);

    const second = Account.deploy(fixture('basic'));
    expect(second.executions()).toEqual([]);
    expect(second.ui.findRecords('customrecord_fx_note')).toEqual([]);
    expect(() => second.ui.loadRecord('customrecord_fx_note', id)).toThrow(
      expect.objectContaining({ name: 'RCRD_DSNT_EXIST' }),
    );
    expect(second.clock.now().getTime()).toBe(first.clock.now().getTime());
  });
});

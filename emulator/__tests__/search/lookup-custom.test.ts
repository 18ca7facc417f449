// search.lookupFields (section_4345776651: 1 unit; joined fields as 'join_id.field'; the documentation's sample
// returns selects as [{value, text}]; netsuite-runtime.md §6.6 for checkboxes and empty selects), and searches of
// custom record types by their script id with select fields joined to their targets and custom list texts.
import * as search from 'N/search';
import { errorName, run, runAs, searchAccount, seedShop } from './fixture';

const account = searchAccount();
const ids = seedShop(account);

describe('search.lookupFields', () => {
  test('costs 1 unit; selects as [{value, text}], check boxes as booleans, the rest as strings', () => {
    const { result, units } = runAs(account, () =>
      search.lookupFields({
        type: search.Type.CUSTOMER,
        id: ids.ada,
        columns: [
          'entityid',
          'email',
          'isinactive',
          'subsidiary',
          'creditlimit',
          'datecreated',
          'internalid',
        ],
      }),
    );
    expect(units).toBe(1);
    expect(result).toEqual({
      entityid: 'Ada Lovelace',
      email: 'Ada@Example.com',
      isinactive: false,
      subsidiary: [{ value: ids.sub, text: 'Brand UK Ltd' }],
      creditlimit: '500.00',
      datecreated: '1/3/2026 9:30 am',
      internalid: [{ value: ids.ada, text: ids.ada }],
    });
  });

  test('an empty select is [], a single column may be a string', () => {
    expect(
      run(account, () =>
        search.lookupFields({ type: 'customer', id: Number(ids.cat), columns: 'subsidiary' }),
      ),
    ).toEqual({
      subsidiary: [],
    });
  });

  test('transactions answer from the main line, joins as join.field', () => {
    const result = run(account, () =>
      search.lookupFields({
        type: 'salesorder',
        id: ids.so2,
        columns: ['tranid', 'total', 'taxtotal', 'trandate', 'customer.email', 'entity', 'orderstatus'],
      }),
    );
    expect(result).toEqual({
      tranid: 'SO2',
      total: '100.00',
      taxtotal: '10.00',
      trandate: '7/3/2026',
      'customer.email': 'bob@example.org',
      entity: [{ value: ids.bob, text: 'bob builder' }],
      orderstatus: [{ value: 'A', text: 'Pending Approval' }],
    });
  });

  test('an unknown field is SSS_INVALID_SRCH_COLUMN; a missing record is not emulated', () => {
    expect(
      errorName(() =>
        run(account, () => search.lookupFields({ type: 'customer', id: ids.ada, columns: ['nosuch'] })),
      ),
    ).toBe('SSS_INVALID_SRCH_COLUMN');
    expect(
      errorName(() =>
        run(account, () => search.lookupFields({ type: 'customer', id: 999, columns: ['email'] })),
      ),
    ).toBe('EMULATOR_NOT_EMULATED');
  });
});

describe('custom record searches', () => {
  test('by script id, with custom list text, multi-select values and a join through a select field', () => {
    const found = run(account, () =>
      search
        .create({
          type: 'customrecord_pwi_channel',
          filters: [['isinactive', 'is', 'F'], 'and', ['custrecord_pwi_ch_code', 'is', 'uk']],
          columns: [
            'name',
            'custrecord_pwi_ch_kind',
            'custrecord_pwi_ch_locations',
            'custrecord_pwi_ch_subsidiary.name',
            'custrecord_pwi_ch_since',
          ],
        })
        .run()
        .getRange({ start: 0, end: 10 }),
    );
    expect(found.map((r) => JSON.parse(JSON.stringify(r)))).toEqual([
      {
        recordType: 'customrecord_pwi_channel',
        id: ids.channelUk,
        values: {
          name: 'UK store',
          custrecord_pwi_ch_kind: [{ value: '1', text: 'Shopify' }],
          custrecord_pwi_ch_locations: [
            { value: ids.warehouse, text: 'Warehouse' },
            { value: ids.store, text: 'shop floor' },
          ],
          'custrecord_pwi_ch_subsidiary.name': 'Brand UK Ltd',
          custrecord_pwi_ch_since: '15/1/2026 10:00 am',
        },
      },
    ]);
    expect(found[0]?.getValue('custrecord_pwi_ch_locations')).toBe(`${ids.warehouse},${ids.store}`);
    expect(found[0]?.getText('custrecord_pwi_ch_locations')).toBe('Warehouse,shop floor');
  });

  test('filtering through a join to the select target', () => {
    const found = run(account, () =>
      search
        .create({
          type: 'customrecord_pwi_channel',
          filters: [['custrecord_pwi_ch_subsidiary.name', 'contains', 'uk']],
        })
        .run()
        .getRange({ start: 0, end: 10 })
        .map((r) => r.id),
    );
    expect(found).toEqual([ids.channelUk]);
  });

  test('a join to a custom list is not emulated', () => {
    expect(
      errorName(() =>
        run(account, () =>
          search
            .create({ type: 'customrecord_pwi_channel', columns: ['custrecord_pwi_ch_kind.name'] })
            .run()
            .getRange({ start: 0, end: 1 }),
        ),
      ),
    ).toBe('EMULATOR_NOT_EMULATED');
  });
});

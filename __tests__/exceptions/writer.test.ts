// raiseException / openExceptionsFor / resolveExceptionsFor — called by the orders RESTlet — in an emulated execution.
import { sourceRef, type ExceptionInput } from '../../src/domain/exceptions/exception';
import {
  openExceptionsFor,
  raiseException,
  resolveExceptionsFor,
} from '../../src/netsuite/exceptions/exceptions';
import { inScript } from '../config/in-script';
import { deploy } from '../config/seed';

const missingSku = (sku: string): ExceptionInput => ({
  category: 'MISSING_SKU',
  channel: { id: '1', code: 'UK' },
  sourceRef: sourceRef('order', '450789469'),
  discriminator: sku,
  message: `SKU ${sku} matches no item.`,
  suggestedFix: 'Add a SKU mapping.',
  retrySafe: true,
  details: { sku },
  payload: { order: { id: 450789469, line_items: [{ sku }] } },
  related: { type: 'salesorder', id: '77' },
});

describe('exception writer on the emulator', () => {
  it('creates for 6 units, counts a repeat on the same record for 22, keeps different problems apart', () => {
    const account = deploy();
    const first = inScript(account, () => raiseException(missingSku('TEE-XXL')));
    expect(first.result).toMatchObject({ created: true, occurrences: 1 });
    expect(first.units).toBe(6);
    const repeat = inScript(account, () => raiseException(missingSku('TEE-XXL')));
    expect(repeat.result).toEqual({ ...first.result, created: false, occurrences: 2 });
    // The failed create (2 + 4), the search for the key (10), load and save (2 + 4).
    expect(repeat.units).toBe(22);
    expect(
      account.store.require('customrecord_pwi_exception', Number(first.result.id)).fields[
        'custrecord_pwi_ex_retry_count'
      ],
    ).toBe(1);
    const other = inScript(account, () => raiseException(missingSku('MUG'))).result;
    expect(other.id).not.toBe(first.result.id);

    const stored = account.store.require('customrecord_pwi_exception', Number(first.result.id)).fields;
    expect(stored).toMatchObject({
      name: 'MISSING_SKU · UK · shopify:order:450789469',
      custrecord_pwi_ex_channel: '1',
      custrecord_pwi_ex_rel_type: 'salesorder',
      custrecord_pwi_ex_rel_id: '77',
      custrecord_pwi_ex_retry_count: 1,
      custrecord_pwi_ex_details: '{"sku":"TEE-XXL"}',
    });
  });

  it('lists open exceptions of a source in one search and resolves them, optionally by category', () => {
    const account = deploy();
    inScript(account, () => raiseException(missingSku('A')));
    inScript(account, () => raiseException({ ...missingSku('B'), category: 'NO_LOCATION' }));
    inScript(account, () => raiseException({ ...missingSku('C'), sourceRef: sourceRef('order', '1') }));

    const listed = inScript(account, () => openExceptionsFor(sourceRef('order', '450789469')));
    expect(listed.units).toBe(10);
    expect(listed.result.map((e) => [e.category, e.status, e.retrySafe, e.channelId])).toEqual([
      ['MISSING_SKU', 'open', true, '1'],
      ['NO_LOCATION', 'open', true, '1'],
    ]);

    const closed = inScript(account, () =>
      resolveExceptionsFor(sourceRef('order', '450789469'), ['MISSING_SKU']),
    ).result;
    expect(closed).toEqual([listed.result[0]?.id]);
    expect(
      inScript(account, () => openExceptionsFor(sourceRef('order', '450789469'))).result.map(
        (e) => e.category,
      ),
    ).toEqual(['NO_LOCATION']);
    expect(
      inScript(account, () => resolveExceptionsFor(sourceRef('order', '450789469'))).result,
    ).toHaveLength(1);
    expect(inScript(account, () => openExceptionsFor(sourceRef('order', '450789469'))).result).toEqual([]);
    expect(inScript(account, () => openExceptionsFor(sourceRef('order', '1'))).result).toHaveLength(1);
  });
});

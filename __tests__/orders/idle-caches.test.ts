/**
 * Issue 5 governance after the account has been idle: "an order with a known customer and up to 5 lines costs at
 * most 40 units". The channel configuration is cached without expiry and invalidated by the configuration user
 * event (customscript_pwi_config_ue) when a configuration record is written; the item index keeps for twelve
 * hours. Everything runs through the built order RESTlet and the deployed user event on the emulator.
 */
import type { Account } from '../../emulator/src/account';
import { evictAllCaches } from '../../emulator/src/modules/cache-store';
import { callOrders, orderAccount } from './restlet-harness';
import { renumbered, shopifyFixture } from './fixtures';

type Json = Record<string, unknown>;

const MINUTE = 60;
const HOUR = 60 * MINUTE;

let sequence = 0;
/** The UK webhook order (known shopper, 2 lines + shipping) under a new Shopify id each time. */
function nextUkOrder(): Json {
  sequence += 1;
  return renumbered(shopifyFixture('rest-webhook-uk-vat-included'), `77000000${sequence}`, `#I${sequence}`);
}

function idOf(account: Account, type: string, fields: Record<string, string>): number {
  const found = account.ui.findRecords(type, fields)[0];
  if (!found) throw new Error(`no ${type} ${JSON.stringify(fields)}`);
  return Number(found.id);
}

/** An account where the shopper has ordered once (customer known, every cache warm). */
function accountWithKnownShopper(): Account {
  const account = orderAccount();
  expect(callOrders(account, 'POST', nextUkOrder()).body['status']).toBe('created');
  return account;
}

function itemOf(account: Account, orderId: unknown, line: number): string {
  const order = account.ui.loadRecord('salesorder', Number(orderId));
  return String(order.sublists['item']?.[line]?.['item']);
}

const measured: Record<string, number> = {};
afterAll(() => {
  console.log(`Known customer after idle periods, units: ${JSON.stringify(measured, null, 2)}`);
});

describe('a known customer’s order after the account has been idle', () => {
  it.each([
    ['no pause', 0],
    ['5 idle minutes', 5 * MINUTE + 1],
    ['15 idle minutes', 15 * MINUTE + 1],
    ['an idle hour', HOUR],
    ['11 idle hours', 11 * HOUR],
  ])('after %s it costs the warm price, at most 40 units', (label, idleSeconds) => {
    const account = accountWithKnownShopper();
    const warm = callOrders(account, 'POST', nextUkOrder());
    account.clock.advance(idleSeconds);
    const answer = callOrders(account, 'POST', nextUkOrder());
    measured[label] = answer.units;
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'salesorder' });
    expect(answer.units).toBe(warm.units);
    expect(answer.units).toBeLessThanOrEqual(40);
  });

  it('past the item index’s twelve hours only the catalogue is read again (+11 units), and the order is the same', () => {
    const account = accountWithKnownShopper();
    const warm = callOrders(account, 'POST', nextUkOrder());
    account.clock.advance(12 * HOUR + 1);
    const answer = callOrders(account, 'POST', nextUkOrder());
    measured['12 idle hours (item index expired)'] = answer.units;
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'salesorder' });
    expect(answer.units).toBe(warm.units + 11); // paged catalogue search 10 + cache put 1
    expect(itemOf(account, answer.body['id'], 0)).toBe(itemOf(account, warm.body['id'], 0));
  });

  it('every cache evicted: the order is still right (same customer, items, totals), at the cold price', () => {
    const account = accountWithKnownShopper();
    const warm = callOrders(account, 'POST', nextUkOrder());
    evictAllCaches(account);
    const answer = callOrders(account, 'POST', nextUkOrder());
    measured['every cache evicted'] = answer.units;
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'salesorder' });
    const before = account.ui.loadRecord('salesorder', Number(warm.body['id']));
    const after = account.ui.loadRecord('salesorder', Number(answer.body['id']));
    for (const field of ['entity', 'total', 'taxtotal', 'location', 'subsidiary', 'currency'])
      expect([field, after.fields[field]]).toEqual([field, before.fields[field]]);
    expect(after.sublists['item']?.map((line) => line['item'])).toEqual(
      before.sublists['item']?.map((line) => line['item']),
    );
    expect(account.ui.findRecords('customer', { email: 'olivia.hughes@example.co.uk' })).toHaveLength(1);
    expect(answer.units).toBeGreaterThan(40); // honest: a fully cold order cannot fit; NetSuite evicts rarely
  });
});

describe('configuration edits reach the next order at once (configuration user event)', () => {
  it('a UI user switching the channel to Cash Sales for paid orders: the very next order is a Cash Sale', () => {
    const account = accountWithKnownShopper();
    account.clock.advance(HOUR);
    const channel = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    account.ui.editRecord('customrecord_pwi_channel', channel, {
      fields: { custrecord_pwi_ch_type_by_status: 'paid=Cash Sale' },
    });
    const ue = account.executions().slice(-1)[0];
    expect(ue).toMatchObject({ scriptId: 'customscript_pwi_config_ue', entryPoint: 'afterSubmit' });
    expect(ue?.outcome).toBe('success');
    const answer = callOrders(account, 'POST', nextUkOrder());
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'cashsale' });
    // The order after it reads the new configuration from the cache again (a pending order: a Sales Order; the
    // seed's tote stock is spent by the Cash Sale), back within the budget.
    const pending = nextUkOrder();
    pending['financial_status'] = 'pending';
    const next = callOrders(account, 'POST', pending);
    expect(next.body).toMatchObject({ status: 'created', recordType: 'salesorder' });
    expect(next.units).toBeLessThanOrEqual(40);
  });

  it('a deleted SKU map stops the next order on that SKU at once (a child record names its channel)', () => {
    const account = accountWithKnownShopper();
    const uk = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    const tote = idOf(account, 'inventoryitem', { itemid: 'TOTE-CNV' });
    const mapId = account.ui.createRecord('customrecord_pwi_sku_map', {
      fields: {
        name: 'TOTE_CANVAS',
        custrecord_pwi_sm_channel: String(uk),
        custrecord_pwi_sm_sku: 'TOTE_CANVAS',
        custrecord_pwi_sm_item: String(tote),
      },
    });
    const mapped = nextUkOrder();
    ((mapped['line_items'] as Json[])[1] as Json)['sku'] = 'TOTE_CANVAS';
    const posted = callOrders(account, 'POST', mapped);
    expect(posted.body).toMatchObject({ status: 'created' });
    expect(itemOf(account, posted.body['id'], 1)).toBe(String(tote));

    account.ui.deleteRecord('customrecord_pwi_sku_map', mapId);
    const unmapped = nextUkOrder();
    ((unmapped['line_items'] as Json[])[1] as Json)['sku'] = 'TOTE_CANVAS';
    const stopped = callOrders(account, 'POST', unmapped);
    expect(stopped.body).toMatchObject({ status: 'exception', id: null });
    expect((stopped.body['exceptions'] as Json[])[0]).toMatchObject({ category: 'MISSING_SKU' });
  });

  it('saving the channel record also re-reads the catalogue: a SKU moved to another item applies at once', () => {
    const account = accountWithKnownShopper();
    const tote = idOf(account, 'inventoryitem', { itemid: 'TOTE-CNV' });
    const belt = idOf(account, 'inventoryitem', { itemid: 'BELT-LTH' });
    account.ui.editRecord('inventoryitem', tote, { fields: { itemid: 'TOTE-CNV-OLD' } });
    account.ui.editRecord('inventoryitem', belt, { fields: { itemid: 'TOTE-CNV' } });
    // The item index cannot see the move (no user event on items): within its twelve hours the old item posts.
    const stale = callOrders(account, 'POST', nextUkOrder());
    expect(itemOf(account, stale.body['id'], 1)).toBe(String(tote));

    const channel = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    account.ui.editRecord('customrecord_pwi_channel', channel, { fields: {} });
    const fresh = callOrders(account, 'POST', nextUkOrder());
    expect(fresh.body).toMatchObject({ status: 'created' });
    expect(itemOf(account, fresh.body['id'], 1)).toBe(String(belt));
  });
});

/**
 * The status a Sales Order is imported in, through the real order RESTlet as the integration role calls it: by
 * default Pending Fulfillment (Shopify has accepted the order, so it commits stock at once); Pending Approval when
 * the channel asks for it, committing nothing until someone approves. Setting the status costs no units.
 */
import * as search from 'N/search';
import type { Account } from '../../emulator/src/account';
import { asUiUser } from '../../emulator/src/runners/ui';
import { renumbered, shopifyFixture } from './fixtures';
import { callOrders, orderAccount } from './restlet-harness';

type Json = Record<string, unknown>;

/** Shopify's UK webhook sample: SHIRT-LIN-M × 2 and TOTE-CNV × 1, shipped from the Leeds warehouse. */
const ukOrder = (): Json => shopifyFixture('rest-webhook-uk-vat-included');

function idOf(account: Account, type: string, fields: Json): string {
  const found = account.ui.findRecords(type, fields)[0];
  if (!found) throw new Error(`no ${type} ${JSON.stringify(fields)}`);
  return String(found.id);
}

/** locationquantitycommitted of an item at a location, from an item search as the warehouse would run it. */
function committed(account: Account, sku: string, location: string): number {
  const itemId = idOf(account, 'inventoryitem', { itemid: sku });
  const rows = asUiUser(account, account.administrator, () =>
    search
      .create({
        type: search.Type.ITEM,
        filters: [['internalid', search.Operator.ANYOF, itemId]],
        columns: ['inventorylocation', 'locationquantitycommitted'],
      })
      .run()
      .getRange({ start: 0, end: 100 }),
  );
  const row = rows.find((one) => String(one.getValue({ name: 'inventorylocation' })) === location);
  return Number(row?.getValue({ name: 'locationquantitycommitted' }) ?? 0);
}

function setChannelStatus(account: Account, code: string, label: string): void {
  const channel = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: code });
  const value = account.customLists.get('customlist_pwi_so_status')?.find((entry) => entry.value === label);
  if (!value) throw new Error(`no status ${label}`);
  account.ui.editRecord('customrecord_pwi_channel', channel, {
    fields: { custrecord_pwi_ch_so_status: value.id },
  });
}

describe('sales order status on import', () => {
  it('the integration role holds Sales Order Approval at Edit, which setting the status needs', () => {
    expect(orderAccount().permissionLevel('customrole_pwi_integration', 'TRAN_SALESORDAPPRV')).toBe('EDIT');
  });

  it('a channel with no status set imports Pending Fulfillment, and the order commits its stock at once', () => {
    const account = orderAccount();
    const leeds = idOf(account, 'location', { name: 'Leeds Warehouse' });
    const before = [committed(account, 'SHIRT-LIN-M', leeds), committed(account, 'TOTE-CNV', leeds)];

    const answer = callOrders(account, 'POST', ukOrder());
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'salesorder' });
    const so = account.ui.loadRecord('salesorder', String(answer.body['id']));
    expect(so.fields['orderstatus']).toBe('B');
    expect([committed(account, 'SHIRT-LIN-M', leeds), committed(account, 'TOTE-CNV', leeds)]).toEqual([
      (before[0] ?? 0) + 2,
      (before[1] ?? 0) + 1,
    ]);
    // Approved on arrival: the warehouse can fulfil it without anyone approving it first.
    const fulfilment = account.ui.transformRecord(
      'salesorder',
      String(answer.body['id']),
      'itemfulfillment',
      {
        fields: { shipstatus: 'C' },
      },
    );
    expect(fulfilment).toBeGreaterThan(0);
  });

  it('a channel set to Pending Approval imports Pending Approval and commits nothing', () => {
    const account = orderAccount();
    setChannelStatus(account, 'UK', 'Pending Approval');
    const leeds = idOf(account, 'location', { name: 'Leeds Warehouse' });
    const before = [committed(account, 'SHIRT-LIN-M', leeds), committed(account, 'TOTE-CNV', leeds)];

    const answer = callOrders(account, 'POST', ukOrder());
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'salesorder' });
    const so = account.ui.loadRecord('salesorder', String(answer.body['id']));
    expect(so.fields['orderstatus']).toBe('A');
    expect([committed(account, 'SHIRT-LIN-M', leeds), committed(account, 'TOTE-CNV', leeds)]).toEqual(before);
    const state = callOrders(account, 'GET', undefined, { shopifyOrderId: '820982911946154508' });
    expect(state.body['status']).toBe('Pending Approval');
  });

  it('a Cash Sale channel ignores the setting: cash sales have no approval status', () => {
    const account = orderAccount();
    setChannelStatus(account, 'US', 'Pending Approval');
    const usOrder = { channel: 'US', ...shopifyFixture('rest-admin-us-tax-excluded') };
    const answer = callOrders(account, 'POST', usOrder);
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'cashsale' });
    expect(
      account.ui.loadRecord('cashsale', String(answer.body['id'])).fields['orderstatus'],
    ).toBeUndefined();
  });

  it("the channel's status wins over the account's Default Sales Order Status preference", () => {
    const account = orderAccount();
    (account.settings as { defaultSalesOrderStatus?: 'A' | 'B' }).defaultSalesOrderStatus = 'B';
    setChannelStatus(account, 'UK', 'Pending Approval');
    const answer = callOrders(account, 'POST', ukOrder());
    expect(account.ui.loadRecord('salesorder', String(answer.body['id'])).fields['orderstatus']).toBe('A');
  });

  it('a status outside the list is refused on the channel record, which keeps importing Pending Fulfillment', () => {
    const account = orderAccount();
    const channel = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    // A value no list entry has: NetSuite refuses it on save, so the channel keeps its (empty) setting.
    expect(() =>
      account.ui.editRecord('customrecord_pwi_channel', channel, {
        fields: { custrecord_pwi_ch_so_status: '99' },
      }),
    ).toThrow(/INVALID_KEY_OR_REF|Invalid/);
    const answer = callOrders(account, 'POST', ukOrder());
    expect(account.ui.loadRecord('salesorder', String(answer.body['id'])).fields['orderstatus']).toBe('B');
  });

  it.each([
    ['Pending Fulfillment', 'B'],
    ['Pending Approval', 'A'],
  ])('governance is unchanged: a warm known-customer order costs 35 units (%s)', (label, code) => {
    const account = orderAccount();
    setChannelStatus(account, 'UK', label);
    callOrders(account, 'POST', ukOrder());
    const warm = callOrders(account, 'POST', renumbered(ukOrder(), '5512299000001', '#1002'));
    expect(warm.body['status']).toBe('created');
    expect(account.ui.loadRecord('salesorder', String(warm.body['id'])).fields['orderstatus']).toBe(code);
    expect(warm.units).toBe(35);
  });
});

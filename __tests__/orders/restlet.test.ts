/**
 * The order RESTlet through its real entry point: the built AMD file deployed into an emulated account, called as
 * Patchworks calls it, with Shopify's documented payload shapes. Every bullet of issue 5 has a test here.
 */
import type { Account } from '../../emulator/src/account';
import { entryPointReturn } from '../support/entry-point';
import { callOrders, orderAccount } from './restlet-harness';
import { renumbered, shopifyFixture } from './fixtures';

type Json = Record<string, unknown>;

const ukOrder = (): Json => shopifyFixture('rest-webhook-uk-vat-included');
const usOrder = (): Json => ({ channel: 'US', ...shopifyFixture('rest-admin-us-tax-excluded') });
const graphqlOrder = (): Json => shopifyFixture('graphql-order-multicurrency');
const bundleOrder = (): Json => shopifyFixture('rest-webhook-uk-bundle');

/** A VAT-inclusive order by the known shopper with five SKUs the first order did not use (no shipping). */
function fiveLineOrder(): Json {
  const prices: [string, string, string][] = [
    ['SHIRT-LIN-L', '45.00', '7.50'],
    ['SCARF-MER', '30.00', '5.00'],
    ['BELT-LTH', '40.00', '6.67'],
    ['SOCK-WOOL', '12.50', '2.08'],
    ['SHIRT-OXF-L', '46.00', '7.67'],
  ];
  const order = renumbered(ukOrder(), '5512299000003', '#1006');
  order['line_items'] = prices.map(([sku, price, tax], index) => ({
    id: 90000 + index,
    admin_graphql_api_id: `gid://shopify/LineItem/${90000 + index}`,
    sku,
    name: sku,
    quantity: 1,
    price,
    tax_lines: [{ title: 'VAT', rate: 0.2, price: tax }],
    discount_allocations: [],
  }));
  order['shipping_lines'] = [];
  order['discount_codes'] = [];
  for (const key of [
    'total_line_items_price_set',
    'subtotal_price_set',
    'total_price_set',
    'total_tax_set',
    'total_discounts_set',
    'total_shipping_price_set',
  ])
    delete order[key];
  Object.assign(order, {
    total_line_items_price: '173.50',
    subtotal_price: '173.50',
    total_discounts: '0.00',
    total_tax: '28.92',
    total_price: '173.50',
  });
  return order;
}

/** The UK webhook order with its tote line sold as BELT-LTH instead (same money). */
function beltOrder(): Json {
  const order = ukOrder();
  ((order['line_items'] as Json[])[1] as Json)['sku'] = 'BELT-LTH';
  return order;
}

function load(
  account: Account,
  type: string,
  id: unknown,
): { fields: Json; sublists: Record<string, Json[]> } {
  return account.ui.loadRecord(type, String(id)) as unknown as {
    fields: Json;
    sublists: Record<string, Json[]>;
  };
}

function itemIdOf(account: Account, sku: string): string {
  const found =
    account.ui.findRecords('inventoryitem', { itemid: sku })[0] ??
    account.ui.findRecords('kititem', { itemid: sku })[0];
  if (!found) throw new Error(`no item ${sku}`);
  return String(found.id);
}

const governance: Record<string, number> = {};
afterAll(() => {
  // The figures the report quotes: units per scenario from the execution log.
  console.log(`Order RESTlet units per scenario: ${JSON.stringify(governance, null, 2)}`);
});

describe('POST a Shopify order', () => {
  let account: Account;
  beforeEach(() => {
    account = orderAccount();
  });

  it('UK VAT included (REST webhook): a Sales Order that ties to Shopify to the penny, on the known customer', () => {
    const answer = callOrders(account, 'POST', ukOrder());
    governance['UK webhook, known customer, 2 lines, cold caches'] = answer.units;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      status: 'created',
      recordType: 'salesorder',
      shopifyOrderId: '820982911946154508',
      exceptions: [],
    });
    expect(answer.body['warnings']).toEqual([expect.stringContaining('JSON.parse probably rounded it')]);
    const so = load(account, 'salesorder', answer.body['id']);
    expect(so.fields['total']).toBe(105.95);
    expect(so.fields['taxtotal']).toBe(17.66);
    expect(so.fields['tranid']).toBe(answer.body['tranid']);
    expect(so.fields['externalid']).toBe('shopify-uk-820982911946154508');
    expect(so.fields['custbody_pwi_shopify_order_id']).toBe('820982911946154508');
    expect(so.fields['custbody_pwi_order_name']).toBe('#1001');
    expect(so.fields['custbody_pwi_discount_codes']).toBe('WELCOME5');
    expect(so.fields['custbody_pwi_route_rule']).toBe('default');
    expect([so.fields['shippingaddress.country'], so.fields['shippingaddress.zip']]).toEqual([
      'GB',
      'LS6 2QA',
    ]);
    expect(so.fields['shippingaddress.addressee']).toBe('Olivia Hughes');
    expect(so.fields['billingaddress.addr1']).toBe('14 Bramble Lane');
    const olivia = account.ui.findRecords('customer', { email: 'olivia.hughes@example.co.uk' });
    expect(olivia).toHaveLength(1);
    expect(String(so.fields['entity'])).toBe(String(olivia[0]?.id));
    const lines = so.sublists['item'] ?? [];
    expect(
      lines.map((line) => [line['amount'], line['tax1amt'], line['custcol_pwi_shopify_line_id'] ?? null]),
    ).toEqual([
      [64.32, 12.86, '866550311766439020'],
      [19.85, 3.97, '141249953214522974'],
      [4.12, 0.83, null],
    ]);
    const leeds = account.ui.findRecords('location', { name: 'Leeds Warehouse' })[0];
    expect(String(so.fields['location'])).toBe(String(leeds?.id));
    expect(lines.slice(0, 2).every((line) => String(line['location']) === String(leeds?.id))).toBe(true);
  });

  it('a known customer with up to 5 lines costs at most 40 units once caches are warm', () => {
    callOrders(account, 'POST', ukOrder());
    const second = callOrders(account, 'POST', renumbered(ukOrder(), '5512299000001', '#1002'));
    expect(second.body['status']).toBe('created');
    governance['UK webhook, known customer, 3 lines (2 items + shipping), warm caches'] = second.units;
    expect(second.units).toBeLessThanOrEqual(40);
    expect(second.units).toBeGreaterThanOrEqual(30);
  });

  it('5 lines of SKUs no order has used yet still cost at most 40 units for a known customer once warm', () => {
    callOrders(account, 'POST', ukOrder());
    const answer = callOrders(account, 'POST', fiveLineOrder());
    expect(answer.body['status']).toBe('created');
    governance['UK, known customer, 5 lines of unseen SKUs, warm caches'] = answer.units;
    expect(answer.units).toBeLessThanOrEqual(40);
    const so = load(account, 'salesorder', answer.body['id']);
    expect(so.fields['total']).toBe(173.5);
    expect(so.fields['taxtotal']).toBe(28.92);
  });

  it('US tax on top ({"order": …}, channel in the body): a Cash Sale with tip and free shipping, tied to the cent', () => {
    const answer = callOrders(account, 'POST', usOrder());
    governance['US REST Admin, new customer, 2 lines + shipping + tip, cold'] = answer.units;
    expect(answer.body).toMatchObject({ status: 'created', recordType: 'cashsale' });
    const sale = load(account, 'cashsale', answer.body['id']);
    expect(sale.fields['total']).toBe(108.02);
    expect(sale.fields['taxtotal']).toBe(8.07);
    const lines = sale.sublists['item'] ?? [];
    expect(lines.map((line) => [line['amount'], line['tax1amt']])).toEqual([
      [61.2, 5.2],
      [33.75, 2.87],
      [0, 0],
      [5, 0],
    ]);
    expect(account.ui.findRecords('customer', { email: 'marcus.bell@example.com' })).toHaveLength(1);
  });

  it('GraphQL Admin Order, presentment EUR ≠ shop GBP: posted in shop money, presentment kept, gift card recorded as payment', () => {
    const answer = callOrders(account, 'POST', graphqlOrder());
    governance['GraphQL, new customer, 2 lines + shipping, cold'] = answer.units;
    expect(answer.body).toMatchObject({
      status: 'created',
      recordType: 'salesorder',
      shopifyOrderId: '5512210530487',
    });
    const so = load(account, 'salesorder', answer.body['id']);
    expect(answer.body['totals']).toEqual({
      currency: 'GBP',
      shopifyTotal: '68.00',
      shopifyTax: '11.33',
      netsuiteTotal: '48.00',
      netsuiteTax: '11.33',
      giftCardPayments: '20.00',
    });
    // Revenue and VAT whole; the gift card's 20.00 comes off what is owed, so the total is what Shopify collected.
    expect(so.fields['total']).toBe(48);
    expect(so.fields['taxtotal']).toBe(11.33);
    expect((so.sublists['item'] ?? []).map((line) => line['amount'])).toEqual([25, 26.67, 5, -20]);
    expect(so.fields['custbody_pwi_presentment']).toBe('EUR 79.36');
    expect(so.fields['custbody_pwi_giftcard_paid']).toBe(20);
  });

  it('bundles: a bundle-map SKU and a NetSuite kit explode into component lines that still tie', () => {
    const answer = callOrders(account, 'POST', bundleOrder());
    governance['UK bundle + kit, new customer, cold'] = answer.units;
    expect(answer.body['status']).toBe('created');
    const so = load(account, 'salesorder', answer.body['id']);
    expect(so.fields['total']).toBe(143);
    expect(so.fields['taxtotal']).toBe(23.83);
    const components = (so.sublists['item'] ?? []).filter(
      (line) => typeof line['custcol_pwi_bundle_sku'] === 'string',
    );
    expect(
      components.map((line) => [String(line['item']), line['quantity'], line['custcol_pwi_bundle_sku']]),
    ).toEqual([
      [itemIdOf(account, 'SHIRT-LIN-M'), 2, 'GIFTSET-01'],
      [itemIdOf(account, 'TOTE-CNV'), 2, 'GIFTSET-01'],
      [itemIdOf(account, 'TOTE-CNV'), 1, 'KIT-TRAVEL'],
      [itemIdOf(account, 'SOCK-WOOL'), 2, 'KIT-TRAVEL'],
    ]);
    expect(components.every((line) => typeof line['custcol_pwi_shopify_line_id'] === 'string')).toBe(true);
  });

  it('routes by stock: the first location in the priority list that can fill every line', () => {
    const leeds = String(account.ui.findRecords('location', { name: 'Leeds Warehouse' })[0]?.id);
    const belfast = String(account.ui.findRecords('location', { name: 'Belfast Store' })[0]?.id);
    const channel = String(
      account.ui.findRecords('customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' })[0]?.id,
    );
    for (const [sequence, location] of [
      [10, leeds],
      [20, belfast],
    ] as const) {
      account.ui.createRecord('customrecord_pwi_route_rule', {
        fields: {
          name: `stock ${sequence}`,
          custrecord_pwi_rr_channel: channel,
          custrecord_pwi_rr_sequence: sequence,
          custrecord_pwi_rr_kind: '4',
          custrecord_pwi_rr_location: location,
        },
      });
    }
    // The bundle order needs 3 totes; Leeds has 1, Belfast 10.
    const answer = callOrders(account, 'POST', bundleOrder());
    governance['UK bundle + kit routed by stock, cold'] = answer.units;
    const so = load(account, 'salesorder', answer.body['id']);
    expect(String(so.fields['location'])).toBe(belfast);
    expect(so.fields['custbody_pwi_route_rule']).toBe('stock');
  });

  it('an unmapped SKU stops the order with MISSING_SKU naming it and the closest items; nothing is posted', () => {
    const order = ukOrder();
    ((order['line_items'] as Json[])[1] as Json)['sku'] = 'TOTE_CANVAS';
    const answer = callOrders(account, 'POST', order);
    governance['UK webhook, unmapped SKU'] = answer.units;
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'exception', id: null, recordType: null });
    const [exception] = answer.body['exceptions'] as Json[];
    expect(exception).toMatchObject({ category: 'MISSING_SKU', retrySafe: true });
    expect(exception?.['message']).toContain('TOTE_CANVAS');
    expect(exception?.['suggestedFix']).toContain('TOTE-CNV');
    expect(account.ui.findRecords('salesorder')).toHaveLength(0);
    const exceptions = account.ui.findRecords('customrecord_pwi_exception');
    expect(exceptions).toHaveLength(1);
    // The payload is kept for replay, without the shopper's browser data or session tokens.
    const stored = String(exceptions[0]?.fields['custrecord_pwi_ex_payload']);
    expect(stored).toContain('TOTE_CANVAS');
    expect(stored).not.toContain('81.2.69.160');
    expect(stored).not.toContain('bd5a8aa1ecd019dd3520ff791ee3a24c');

    // Mapped afterwards, the retry posts and closes the exception.
    const channel = String(
      account.ui.findRecords('customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' })[0]?.id,
    );
    account.ui.createRecord('customrecord_pwi_sku_map', {
      fields: {
        name: 'TOTE_CANVAS',
        custrecord_pwi_sm_channel: channel,
        custrecord_pwi_sm_sku: 'TOTE_CANVAS',
        custrecord_pwi_sm_item: itemIdOf(account, 'TOTE-CNV'),
      },
    });
    // No wait: the configuration user event invalidated the channel's cached configuration on the map's creation.
    const retry = callOrders(account, 'POST', order);
    expect(retry.body['status']).toBe('created');
    const state = callOrders(account, 'GET', undefined, { shopifyOrderId: '820982911946154508' });
    expect(state.body['exceptions']).toEqual([]);
  });

  it('a guest checkout (no Shopify customer) gets a customer matched or created on the order’s email', () => {
    const order = renumbered(ukOrder(), '5512299000004', '#1007');
    delete order['customer'];
    order['email'] = 'guest.shopper@example.co.uk';
    const answer = callOrders(account, 'POST', order);
    expect(answer.body['status']).toBe('created');
    const guests = account.ui.findRecords('customer', { email: 'guest.shopper@example.co.uk' });
    expect(guests).toHaveLength(1);
    expect(String(load(account, 'salesorder', answer.body['id']).fields['entity'])).toBe(
      String(guests[0]?.id),
    );
    const log = account
      .executions()
      .slice(-1)[0]
      ?.logs.find((line) => line.title === 'Shopify order created');
    expect(log?.details).toContain('"name":"#1007"');
    expect(log?.details).not.toContain('guest.shopper@example.co.uk');
  });

  it('an unknown channel stops the order with a CONFIGURATION exception', () => {
    const answer = callOrders(account, 'POST', { channel: 'FR', ...ukOrder() });
    expect(answer.status).toBe(200);
    expect(answer.body['status']).toBe('exception');
    expect((answer.body['exceptions'] as Json[])[0]).toMatchObject({ category: 'CONFIGURATION' });
    expect((answer.body['exceptions'] as Json[])[0]?.['message']).toContain('FR');
    expect(account.ui.findRecords('salesorder')).toHaveLength(0);
  });

  it('an item deleted after it was cached: NetSuite refuses the save, the caches are dropped and the order re-resolved', () => {
    callOrders(account, 'POST', ukOrder()); // indexes the catalogue
    account.ui.deleteRecord('inventoryitem', itemIdOf(account, 'BELT-LTH'));
    const order = renumbered(beltOrder(), '5512299000005', '#1008');
    const answer = callOrders(account, 'POST', order);
    expect(answer.body['status']).toBe('exception');
    expect((answer.body['exceptions'] as Json[])[0]).toMatchObject({ category: 'MISSING_SKU' });
    expect((answer.body['exceptions'] as Json[])[0]?.['message']).toContain('BELT-LTH');
    expect(account.ui.findRecords('salesorder')).toHaveLength(1);
    // The cached item reached NetSuite once (refused), then a fresh catalogue read found it gone.
    const charges = (account.executions().slice(-1)[0]?.charges ?? []).map((charge) => charge.what);
    expect(charges.filter((what) => what === 'record.create salesorder')).toHaveLength(1);
    expect(charges.filter((what) => what === 'Search.runPaged')).toHaveLength(1);
  });

  it('a record NetSuite totals differently (currency set to whole units) is kept, flagged TOTALS_MISMATCH with its id', () => {
    const gbp = account.ui.findRecords('currency', { symbol: 'GBP' })[0];
    account.ui.editRecord('currency', String(gbp?.id), { fields: { currencyprecision: 0 } });
    const answer = callOrders(account, 'POST', ukOrder());
    expect(answer.body).toMatchObject({ status: 'exception', recordType: 'salesorder' });
    expect(answer.body['id']).not.toBeNull();
    const [exception] = answer.body['exceptions'] as Json[];
    expect(exception).toMatchObject({ category: 'TOTALS_MISMATCH', retrySafe: false });
    expect(exception?.['message']).toContain('Shopify 105.95');
    const state = callOrders(account, 'GET', undefined, { shopifyOrderId: '820982911946154508' });
    expect((state.body['exceptions'] as Json[]).map((e) => e['category'])).toEqual(['TOTALS_MISMATCH']);
  });

  it('totals that do not add up raise TOTALS_MISMATCH and post nothing', () => {
    const order = ukOrder();
    order['total_price_set'] = { shop_money: { amount: '105.96', currency_code: 'GBP' } };
    const answer = callOrders(account, 'POST', order);
    expect(answer.body['status']).toBe('exception');
    expect((answer.body['exceptions'] as Json[])[0]).toMatchObject({ category: 'TOTALS_MISMATCH' });
    expect(account.ui.findRecords('salesorder')).toHaveLength(0);
  });

  it('a repeated delivery answers 200 duplicate with the existing id, and creates nothing', () => {
    const first = callOrders(account, 'POST', ukOrder());
    const again = callOrders(account, 'POST', ukOrder());
    governance['UK webhook, repeated delivery'] = again.units;
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      status: 'duplicate',
      id: first.body['id'],
      tranid: first.body['tranid'],
    });
    expect(account.ui.findRecords('salesorder')).toHaveLength(1);
  });

  it('a concurrent twin that already saved (DUP_RCRD on our save) is answered as duplicate too', () => {
    const customer = String(
      account.ui.findRecords('customer', { email: 'olivia.hughes@example.co.uk' })[0]?.id,
    );
    const twin = account.ui.createRecord('salesorder', {
      fields: { entity: customer, externalid: 'SHOPIFY-UK-820982911946154508' },
      sublists: { item: [{ item: itemIdOf(account, 'TOTE-CNV'), quantity: 1, amount: 1 }] },
    });
    const answer = callOrders(account, 'POST', ukOrder());
    expect(answer.body).toMatchObject({ status: 'duplicate', id: String(twin) });
    expect(account.ui.findRecords('salesorder')).toHaveLength(1);
  });

  it('an invalid payload is NetSuite’s 400 naming every bad field, with nothing written', () => {
    const order = ukOrder();
    delete order['name'];
    ((order['line_items'] as Json[])[0] as Json)['quantity'] = -1;
    order['total_price'] = '10.5.0';
    delete order['total_price_set'];
    const answer = callOrders(account, 'POST', order);
    expect(answer.status).toBe(400);
    const error = answer.body['error'] as Json;
    expect(error['code']).toBe('INVALID_PAYLOAD');
    const inner = JSON.parse(JSON.parse(String(error['message'])).message) as { errors: { field: string }[] };
    expect(inner.errors.map((e) => e.field).sort()).toEqual([
      'line_items[0].quantity',
      'name',
      'total_price',
    ]);
    expect(account.ui.findRecords('salesorder')).toHaveLength(0);
    expect(account.ui.findRecords('customer', { email: 'olivia.hughes@example.co.uk' })).toHaveLength(1);
  });

  it('takes a text/plain body too (Patchworks may send the raw webhook bytes), single or batch', () => {
    const single = callOrders(account, 'POST', JSON.stringify(ukOrder()), {}, 'text/plain');
    expect(single.status).toBe(200);
    expect(single.body['status']).toBe('created');
    const batch = callOrders(
      account,
      'POST',
      JSON.stringify({ orders: [ukOrder(), usOrder()] }),
      {},
      'text/plain',
    );
    expect((batch.body['results'] as Json[]).map((result) => result['status'])).toEqual([
      'duplicate',
      'created',
    ]);
    const broken = callOrders(account, 'POST', '{"order": ', {}, 'text/plain');
    expect(broken.status).toBe(400);
  });

  it('answers a text/plain body with a string and a JSON body with an object, as the response format follows the request', () => {
    callOrders(account, 'POST', ukOrder());
    const post = (argument: unknown): unknown =>
      entryPointReturn(account, {
        script: 'customscript_pwi_order_rl',
        deploy: 'customdeploy_pwi_order_rl',
        entryPoint: 'post',
        argument,
      });
    const asText = post(JSON.stringify(ukOrder()));
    expect(typeof asText).toBe('string');
    expect(JSON.parse(asText as string)).toMatchObject({ status: 'duplicate' });
    expect(post(ukOrder())).toMatchObject({ status: 'duplicate' });
    const batch = post(JSON.stringify({ orders: [ukOrder()] }));
    expect(typeof batch).toBe('string');
    expect(JSON.parse(batch as string)).toMatchObject({ results: [{ status: 'duplicate' }] });
  });

  it('a batch that would run out of governance answers the rest NOT_PROCESSED instead of failing them all', () => {
    const orders = Array.from({ length: 100 }, (_, index) => {
      const order = renumbered(ukOrder(), String(7000000000 + index), `#B${index}`);
      const customer = order['customer'] as Json;
      delete customer['admin_graphql_api_id'];
      customer['id'] = 8000000000 + index; // a new shopper each time: the dearest path (a customer search and create)
      customer['email'] = `shopper${index}@example.co.uk`;
      return order;
    });
    const answer = callOrders(account, 'POST', { channel: 'UK', orders });
    expect(answer.status).toBe(200);
    const statuses = (answer.body['results'] as Json[]).map((result) => result['status']);
    const created = statuses.filter((status) => status === 'created').length;
    expect(created).toBeGreaterThan(50);
    expect(statuses.slice(0, created).every((status) => status === 'created')).toBe(true);
    const rest = (answer.body['results'] as Json[]).slice(created);
    expect(rest.length).toBeGreaterThan(0);
    expect(
      rest.every((result) => (result['exceptions'] as Json[])[0]?.['category'] === 'NOT_PROCESSED'),
    ).toBe(true);
    expect(answer.units).toBeLessThanOrEqual(5000);
    expect(account.ui.findRecords('salesorder')).toHaveLength(created);
    governance[`batch of 100 new shoppers (${created} created before the reserve)`] = answer.units;
  });

  it('a batch answers one result per order, in order; a bad order does not sink the others', () => {
    const answer = callOrders(account, 'POST', {
      channel: 'UK',
      orders: [ukOrder(), graphqlOrder(), { order: { id: 'not-an-id' } }, usOrder()],
    });
    governance['batch of 4 (2 UK, 1 invalid, 1 US)'] = answer.units;
    expect(answer.status).toBe(200);
    const results = answer.body['results'] as Json[];
    expect(results.map((result) => result['status'])).toEqual(['created', 'created', 'exception', 'created']);
    expect((results[2]?.['exceptions'] as Json[])[0]).toMatchObject({ category: 'VALIDATION' });
    expect(results.map((result) => result['recordType'])).toEqual([
      'salesorder',
      'salesorder',
      null,
      'cashsale',
    ]);
  });
});

describe('GET an order’s state', () => {
  it('returns the record, its status, fulfilment and billing, and open exceptions', () => {
    const account = orderAccount();
    const created = callOrders(account, 'POST', ukOrder());
    const byId = callOrders(account, 'GET', undefined, { shopifyOrderId: '820982911946154508' });
    expect(byId.status).toBe(200);
    expect(byId.body).toMatchObject({
      shopifyOrderId: '820982911946154508',
      found: true,
      record: { id: created.body['id'], recordType: 'salesorder', tranid: created.body['tranid'] },
      status: 'Pending Fulfillment', // the channel sets no status: web orders arrive approved
      fulfilment: { state: 'none', records: [] },
      billing: { state: 'unbilled', records: [] },
      exceptions: [],
    });
    const byGid = callOrders(account, 'GET', undefined, { gid: 'gid://shopify/Order/820982911946154508' });
    expect(byGid.body['record']).toEqual(byId.body['record']);

    const order = ukOrder();
    ((order['line_items'] as Json[])[0] as Json)['sku'] = 'NO-SUCH-SKU';
    const broken = renumbered(order, '5512299000002', '#1005');
    callOrders(account, 'POST', broken);
    const missing = callOrders(account, 'GET', undefined, { shopifyOrderId: '5512299000002' });
    expect(missing.body).toMatchObject({ found: false, record: null });
    expect((missing.body['exceptions'] as Json[]).map((e) => e['category'])).toEqual(['MISSING_SKU']);

    callOrders(account, 'POST', usOrder());
    const cashSale = callOrders(account, 'GET', undefined, {
      shopifyOrderId: '5512209776823',
      channel: 'US',
    });
    expect(cashSale.body).toMatchObject({
      found: true,
      record: { recordType: 'cashsale', channel: 'US' },
      fulfilment: { state: 'complete' },
      billing: { state: 'billed' },
    });

    const bad = callOrders(account, 'GET', undefined, { shopifyOrderId: 'abc' });
    expect(bad.status).toBe(400);
  });
});

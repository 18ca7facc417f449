/**
 * Acceptance of issue 5's flow claims through the real order RESTlet (built AMD file on the emulator), where the
 * tests in restlet.test.ts left a claim unproved or proved it with a check that could not fail: SKUs resolved in
 * one search whatever the number of lines, nothing at all written when an order stops, bundle components carrying
 * the exact Shopify line id, every routing rule kind with the location on the order AND its lines, retries and
 * races that never duplicate a record or a customer, the response shape, and the GET state after fulfilment.
 */
import * as path from 'node:path';
import { Account } from '../../emulator/src/account';
import type { SublistLine } from '../../emulator/src/records/types';
import { ORDER_SEED } from './emulator-seed';
import { callOrders, orderAccount, ROOT, type RestletAnswer } from './restlet-harness';
import { clone, shopifyFixture } from './fixtures';

type Json = Record<string, unknown>;

const ukOrder = (): Json => shopifyFixture('rest-webhook-uk-vat-included');
const usOrder = (): Json => ({ channel: 'US', ...shopifyFixture('rest-admin-us-tax-excluded') });
const bundleOrder = (): Json => shopifyFixture('rest-webhook-uk-bundle');

/** The same order under another Shopify id. */
function renumbered(order: Json, id: string, name: string): Json {
  const copy = clone(order);
  copy['id'] = Number(id);
  copy['admin_graphql_api_id'] = `gid://shopify/Order/${id}`;
  copy['name'] = name;
  return copy;
}

/** A shopper NetSuite has never seen, on the UK webhook order. */
function newShopperOrder(id: string, email: string): Json {
  const order = renumbered(ukOrder(), id, `#N${id}`);
  order['customer'] = {
    ...(order['customer'] as Json),
    id: Number(id) + 1,
    admin_graphql_api_id: `gid://shopify/Customer/${Number(id) + 1}`,
    email,
    first_name: 'Nia',
    last_name: 'Evans',
  };
  order['email'] = email;
  return order;
}

/**
 * A VAT-inclusive order of `count` one-unit lines (count ≤ 5), each SKU a different catalogue item, for the known
 * shopper; 12.00 each with 2.00 VAT, no shipping.
 */
function linesOrder(id: string, count: number): Json {
  const skus = ['SHIRT-LIN-L', 'SCARF-MER', 'BELT-LTH', 'SOCK-WOOL', 'SHIRT-OXF-L'].slice(0, count);
  const order = renumbered(ukOrder(), id, `#L${id}`);
  order['line_items'] = skus.map((sku, index) => ({
    id: 70000 + index,
    admin_graphql_api_id: `gid://shopify/LineItem/${70000 + index}`,
    sku,
    name: sku,
    quantity: 1,
    price: '12.00',
    tax_lines: [{ title: 'VAT', rate: 0.2, price: '2.00' }],
    discount_allocations: [],
  }));
  order['shipping_lines'] = [];
  order['discount_codes'] = [];
  for (const key of Object.keys(order)) if (key.endsWith('_set')) delete order[key];
  const total = (12 * count).toFixed(2);
  Object.assign(order, {
    total_line_items_price: total,
    subtotal_price: total,
    total_discounts: '0.00',
    total_tax: (2 * count).toFixed(2),
    total_price: total,
  });
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

function idOf(account: Account, type: string, fields: Record<string, string>): string {
  const found = account.ui.findRecords(type, fields)[0];
  if (!found) throw new Error(`no ${type} ${JSON.stringify(fields)}`);
  return String(found.id);
}

/** Every record the account holds, by type: to prove a stopped order wrote nothing but its exception. */
function recordCounts(account: Account): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const type of account.store.types()) counts[type] = account.store.scan(type).length;
  return counts;
}

function grownTypes(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  const grown: Record<string, number> = {};
  for (const [type, count] of Object.entries(after)) {
    const delta = count - (before[type] ?? 0);
    if (delta !== 0) grown[type] = delta;
  }
  return grown;
}

function lastCharges(account: Account): string[] {
  return (account.executions().slice(-1)[0]?.charges ?? []).map((charge) => charge.what);
}

/** Charges that run a search (result ranges, paged runs and page fetches). */
const SEARCH_CHARGES = new Set([
  'ResultSet.getRange',
  'Search.runPaged',
  'PagedData.fetch',
  'ResultSet.each',
]);

function searchCharges(account: Account): number {
  return lastCharges(account).filter((what) => SEARCH_CHARGES.has(what)).length;
}

/**
 * A concurrent delivery winning the race: the first time the script inserts a record of `type`, a twin with the
 * same values is inserted just before it — after every search the script made, before its own insert — exactly
 * where two NetSuite executions racing on the same Shopify data meet.
 */
function raceTwinOnInsert(account: Account, type: string): { twinId: () => number | null } {
  const store = account.store;
  const insert = store.insert.bind(store);
  let twin: number | null = null;
  store.insert = (insertedType: string, fields: Json, sublists: Record<string, SublistLine[]>): number => {
    if (insertedType === type && twin === null) {
      twin = insert(
        insertedType,
        clone(fields) as Parameters<typeof insert>[1],
        clone(sublists) as Parameters<typeof insert>[2],
      );
    }
    return insert(insertedType, fields as Parameters<typeof insert>[1], sublists);
  };
  return { twinId: () => twin };
}

describe('issue 5 acceptance: SKUs resolve in one search, not one per line', () => {
  it('a cold account spends the same searches on a 1-line and a 5-line order, and a warm one none on 5 new SKUs', () => {
    const one = orderAccount();
    const single = callOrders(one, 'POST', linesOrder('6100000001', 1));
    expect(single.body['status']).toBe('created');
    const singleSearches = searchCharges(one);

    const five = orderAccount();
    const many = callOrders(five, 'POST', linesOrder('6100000005', 5));
    expect(many.body['status']).toBe('created');
    expect(load(five, 'salesorder', many.body['id']).sublists['item']).toHaveLength(5);
    // Lines add no search and no unit: the item lookup does not grow with the order.
    expect(searchCharges(five)).toBe(singleSearches);
    expect(many.units).toBe(single.units);
    // The catalogue is read in one paged search (one run, one page), whatever the SKUs.
    const charges = lastCharges(five);
    expect(charges.filter((what) => what === 'Search.runPaged')).toHaveLength(1);
    expect(charges.filter((what) => what === 'PagedData.fetch')).toHaveLength(1);

    // Warm: another five-line order of SKUs this order used costs no search at all.
    const again = callOrders(five, 'POST', linesOrder('6100000006', 5));
    expect(again.body['status']).toBe('created');
    expect(searchCharges(five)).toBe(0);
  });
});

/** A VAT-inclusive order of one-unit lines at 12.00 (2.00 VAT) for the known shopper, for any SKUs. */
function skuOrder(id: string, skus: readonly string[]): Json {
  const order = linesOrder(id, 1);
  order['line_items'] = skus.map((sku, index) => ({
    id: 71000 + index,
    admin_graphql_api_id: `gid://shopify/LineItem/${71000 + index}`,
    sku,
    name: sku,
    quantity: 1,
    price: '12.00',
    tax_lines: [{ title: 'VAT', rate: 0.2, price: '2.00' }],
    discount_allocations: [],
  }));
  const total = (12 * skus.length).toFixed(2);
  Object.assign(order, {
    total_line_items_price: total,
    subtotal_price: total,
    total_tax: (2 * skus.length).toFixed(2),
    total_price: total,
  });
  return order;
}

/** The order seed with `count` more inventory items (BULK-0 …), enough to make the catalogue too big to index. */
function bulkAccount(count: number): Account {
  const records = [...(ORDER_SEED.records ?? [])];
  const bulk = Array.from({ length: count }, (_, index) => ({
    type: 'inventoryitem',
    key: `bulk-${index}`,
    fields: {
      itemid: `BULK-${index}`,
      displayname: `Bulk item ${index}`,
      subsidiary: ['@sub-uk', '@sub-us'],
      includechildren: true,
      incomeaccount: '@acct-sales',
      cogsaccount: '@acct-cogs',
      assetaccount: '@acct-inventory',
    },
  }));
  records.splice(
    records.findIndex((record) => record.key === 'opening-stock'),
    0,
    ...bulk,
  );
  return Account.deploy(path.resolve(ROOT), { seed: { ...ORDER_SEED, records } });
}

describe('issue 5 acceptance: SKUs the cached catalogue lacks are found in one search', () => {
  it('five items created after the catalogue was indexed: one search for all five', () => {
    const account = orderAccount();
    expect(callOrders(account, 'POST', ukOrder()).body['status']).toBe('created');
    const accounts = (acctnumber: string): string => idOf(account, 'account', { acctnumber });
    const skus = ['NEW-A', 'NEW-B', 'NEW-C', 'NEW-D', 'NEW-E'];
    for (const sku of skus) {
      account.ui.createRecord('inventoryitem', {
        fields: {
          itemid: sku,
          displayname: sku,
          subsidiary: [idOf(account, 'subsidiary', { name: 'Hartley & Rowe Ltd' })],
          includechildren: true,
          incomeaccount: accounts('4000'),
          cogsaccount: accounts('5000'),
          assetaccount: accounts('1300'),
        },
      });
    }
    const answer = callOrders(account, 'POST', skuOrder('6150000001', skus));
    expect(answer.body['status']).toBe('created');
    expect(lastCharges(account).filter((what) => SEARCH_CHARGES.has(what))).toEqual(['ResultSet.getRange']);
  });

  it('a catalogue too big to index whole (5,001+ items): each order’s SKUs in one search, counted once', () => {
    const account = bulkAccount(5001);
    const first = callOrders(account, 'POST', skuOrder('6150000002', ['BULK-1']));
    expect(first.body['status']).toBe('created');
    // Counted once (too big), then the order's SKU searched.
    expect(lastCharges(account).filter((what) => SEARCH_CHARGES.has(what))).toEqual(
      expect.arrayContaining(['Search.runPaged', 'ResultSet.getRange']),
    );
    const five = callOrders(
      account,
      'POST',
      skuOrder('6150000003', ['BULK-2', 'BULK-3', 'BULK-4', 'BULK-5', 'BULK-6']),
    );
    expect(five.body['status']).toBe('created');
    // Known customer, caches warm, five SKUs never seen: one search, and no recount of the catalogue.
    expect(lastCharges(account).filter((what) => SEARCH_CHARGES.has(what))).toEqual(['ResultSet.getRange']);
    expect(five.units).toBe(46);
  });
});

describe('issue 5 acceptance: a stopped order posts nothing', () => {
  it('MISSING_SKU for a new shopper names every unmapped SKU with the closest items; no transaction, no customer', () => {
    const account = orderAccount();
    const order = newShopperOrder('6200000001', 'nia.evans@example.co.uk');
    const lines = order['line_items'] as Json[];
    (lines[0] as Json)['sku'] = 'SHIRT_LIN_M';
    (lines[1] as Json)['sku'] = 'TOTE-CANVS';
    const before = recordCounts(account);
    const answer = callOrders(account, 'POST', order);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'exception', recordType: null, id: null, tranid: null });
    const [exception] = answer.body['exceptions'] as Json[];
    expect(exception?.['category']).toBe('MISSING_SKU');
    expect(exception?.['message']).toEqual(expect.stringContaining('SHIRT_LIN_M'));
    expect(exception?.['message']).toEqual(expect.stringContaining('TOTE-CANVS'));
    expect(exception?.['suggestedFix']).toEqual(expect.stringContaining('SHIRT-LIN-M'));
    expect(exception?.['suggestedFix']).toEqual(expect.stringContaining('TOTE-CNV'));
    // Only the exception record: no sales order, cash sale or customer.
    expect(grownTypes(before, recordCounts(account))).toEqual({ customrecord_pwi_exception: 1 });
  });

  it('TOTALS_MISMATCH for a new shopper: no transaction, no customer, the exception only', () => {
    const account = orderAccount();
    const order = newShopperOrder('6200000002', 'nia.evans@example.co.uk');
    // One line's tax moved by a penny: Σ line tax no longer makes total_tax.
    const tax = ((order['line_items'] as Json[])[1] as Json)['tax_lines'] as Json[];
    (tax[0] as Json)['price_set'] = { shop_money: { amount: '3.98', currency_code: 'GBP' } };
    const before = recordCounts(account);
    const answer = callOrders(account, 'POST', order);
    expect(answer.body).toMatchObject({ status: 'exception', id: null });
    expect((answer.body['exceptions'] as Json[])[0]).toMatchObject({ category: 'TOTALS_MISMATCH' });
    expect(grownTypes(before, recordCounts(account))).toEqual({ customrecord_pwi_exception: 1 });
  });

  it('an invalid payload is a 400 naming every bad field, line and shipping fields included, and writes nothing', () => {
    const account = orderAccount();
    const order = newShopperOrder('6200000003', 'nia.evans@example.co.uk');
    const line = (order['line_items'] as Json[])[1] as Json;
    line['price_set'] = { shop_money: { amount: 'twenty', currency_code: 'GBP' } };
    ((line['discount_allocations'] as Json[])[0] as Json)['amount_set'] = {
      shop_money: { amount: '1.1.8', currency_code: 'GBP' },
    };
    const shipping = (order['shipping_lines'] as Json[])[0] as Json;
    shipping['price_set'] = { shop_money: { amount: '4.95', currency_code: 'EUR' } };
    order['created_at'] = 42;
    const before = recordCounts(account);
    const answer = callOrders(account, 'POST', order);
    expect(answer.status).toBe(400);
    const error = answer.body['error'] as Json;
    expect(error['code']).toBe('INVALID_PAYLOAD');
    const inner = JSON.parse(String(JSON.parse(String(error['message'])).message)) as {
      errors: { field: string; message: string }[];
    };
    expect(inner.errors.map((e) => e.field).sort()).toEqual(
      [
        'created_at',
        'line_items[1].discount_allocations[0].amount_set.shop_money.amount',
        'line_items[1].price_set.shop_money.amount',
        'shipping_lines[0].price_set.shop_money.currency_code',
      ].sort(),
    );
    expect(grownTypes(before, recordCounts(account))).toEqual({});
  });
});

describe('issue 5 acceptance: bundles carry their parent SKU and Shopify line id, and tie per bundle', () => {
  it('each component line has the exact Shopify line id; a bundle’s components sum to its net and tax', () => {
    const account = orderAccount();
    const answer = callOrders(account, 'POST', bundleOrder());
    expect(answer.body['status']).toBe('created');
    const lines = load(account, 'salesorder', answer.body['id']).sublists['item'] ?? [];
    const components = lines.filter((line) => typeof line['custcol_pwi_bundle_sku'] === 'string');
    expect(
      components.map((line) => [line['custcol_pwi_bundle_sku'], line['custcol_pwi_shopify_line_id']]),
    ).toEqual([
      ['GIFTSET-01', '13729522040999'],
      ['GIFTSET-01', '13729522040999'],
      ['KIT-TRAVEL', '13729522073767'],
      ['KIT-TRAVEL', '13729522073767'],
    ]);
    const cents = (value: unknown): number => Math.round(Number(value) * 100);
    const sum = (sku: string, field: string): number =>
      components
        .filter((line) => line['custcol_pwi_bundle_sku'] === sku)
        .reduce((total, line) => total + cents(line[field]), 0);
    // GIFTSET-01 ×2 at 60.00 less 12.00 discount, 18.00 VAT inside: net 90.00. KIT-TRAVEL 35.00 with 5.83 VAT: 29.17.
    expect([sum('GIFTSET-01', 'amount'), sum('GIFTSET-01', 'tax1amt')]).toEqual([9000, 1800]);
    expect([sum('KIT-TRAVEL', 'amount'), sum('KIT-TRAVEL', 'tax1amt')]).toEqual([2917, 583]);
    // No line sells the bundle or kit item itself.
    const kit = idOf(account, 'kititem', { itemid: 'KIT-TRAVEL' });
    expect(lines.some((line) => String(line['item']) === kit)).toBe(false);
  });
});

describe('issue 5 acceptance: routing by every rule kind, location on the order and its lines, rule recorded', () => {
  const KIND = { tag: '1', country: '2', postcode: '3', stock: '4' } as const;

  function withRules(
    rules: { kind: keyof typeof KIND; match: string | null; location: string; sequence: number }[],
  ): { account: Account; locations: Record<string, string> } {
    const account = orderAccount();
    const locations = {
      leeds: idOf(account, 'location', { name: 'Leeds Warehouse' }),
      belfast: idOf(account, 'location', { name: 'Belfast Store' }),
    };
    const channel = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    for (const rule of rules) {
      account.ui.createRecord('customrecord_pwi_route_rule', {
        fields: {
          name: `${rule.kind} ${rule.sequence}`,
          custrecord_pwi_rr_channel: channel,
          custrecord_pwi_rr_sequence: rule.sequence,
          custrecord_pwi_rr_kind: KIND[rule.kind],
          ...(rule.match === null ? {} : { custrecord_pwi_rr_match: rule.match }),
          custrecord_pwi_rr_location: locations[rule.location as keyof typeof locations],
        },
      });
    }
    return { account, locations };
  }

  function routed(
    account: Account,
    answer: RestletAnswer,
  ): { rule: unknown; order: string; lines: string[] } {
    expect(answer.body['status']).toBe('created');
    const so = load(account, 'salesorder', answer.body['id']);
    const stocked = (so.sublists['item'] ?? []).filter((line) => line['location'] !== undefined);
    return {
      rule: so.fields['custbody_pwi_route_rule'],
      order: String(so.fields['location']),
      lines: stocked.map((line) => String(line['location'])),
    };
  }

  it('by order tag (the first rule in sequence that matches wins)', () => {
    const { account, locations } = withRules([
      { kind: 'country', match: 'GB', location: 'leeds', sequence: 20 },
      { kind: 'tag', match: 'wholesale, Spring', location: 'belfast', sequence: 10 },
    ]);
    const result = routed(account, callOrders(account, 'POST', ukOrder()));
    expect(result.rule).toBe('tag:Spring');
    expect(result.order).toBe(locations.belfast);
    expect(result.lines).toEqual([locations.belfast, locations.belfast]);
  });

  it('by shipping country when no tag rule matches', () => {
    const { account, locations } = withRules([
      { kind: 'tag', match: 'wholesale', location: 'leeds', sequence: 10 },
      { kind: 'country', match: 'GB', location: 'belfast', sequence: 20 },
    ]);
    const result = routed(account, callOrders(account, 'POST', ukOrder()));
    expect(result.rule).toBe('country:GB');
    expect(result.lines).toEqual([locations.belfast, locations.belfast]);
  });

  it('by postcode prefix (BT: Northern Ireland to the Belfast store), all component lines too', () => {
    const { account, locations } = withRules([
      { kind: 'postcode', match: 'bt', location: 'belfast', sequence: 10 },
    ]);
    const result = routed(account, callOrders(account, 'POST', bundleOrder()));
    expect(result.rule).toBe('postcode:BT');
    expect(result.order).toBe(locations.belfast);
    expect(result.lines).toHaveLength(4);
    expect(result.lines.every((location) => location === locations.belfast)).toBe(true);
  });

  it('by stock, on the lines too; and to the channel default when no rule can fill the order', () => {
    const { account, locations } = withRules([
      { kind: 'stock', match: null, location: 'leeds', sequence: 10 },
      { kind: 'stock', match: null, location: 'belfast', sequence: 20 },
    ]);
    // Three totes are needed (two in the gift sets, one in the kit); Leeds holds 1, Belfast 10.
    const byStock = routed(account, callOrders(account, 'POST', bundleOrder()));
    expect(byStock.rule).toBe('stock');
    expect(byStock.lines.every((location) => location === locations.belfast)).toBe(true);
    // 30 linen shirts: neither location holds them, so the channel default (Leeds) takes the order.
    const order = renumbered(ukOrder(), '6300000001', '#S1');
    const line = (order['line_items'] as Json[])[0] as Json;
    line['quantity'] = 30;
    line['price_set'] = { shop_money: { amount: '3.00', currency_code: 'GBP' } };
    line['discount_allocations'] = [];
    ((line['tax_lines'] as Json[])[0] as Json)['price_set'] = {
      shop_money: { amount: '15.00', currency_code: 'GBP' },
    };
    const tote = (order['line_items'] as Json[])[1] as Json;
    tote['discount_allocations'] = [];
    ((tote['tax_lines'] as Json[])[0] as Json)['price_set'] = {
      shop_money: { amount: '4.17', currency_code: 'GBP' },
    };
    Object.assign(order, {
      total_line_items_price_set: { shop_money: { amount: '115.00', currency_code: 'GBP' } },
      subtotal_price_set: { shop_money: { amount: '115.00', currency_code: 'GBP' } },
      total_discounts_set: { shop_money: { amount: '0.00', currency_code: 'GBP' } },
      total_tax_set: { shop_money: { amount: '20.00', currency_code: 'GBP' } },
      total_price_set: { shop_money: { amount: '119.95', currency_code: 'GBP' } },
      discount_codes: [],
    });
    const fallback = routed(account, callOrders(account, 'POST', order));
    expect(fallback.rule).toBe('default');
    expect(fallback.order).toBe(locations.leeds);
    expect(fallback.lines).toEqual([locations.leeds, locations.leeds]);
  });
});

describe('issue 5 acceptance: retries and races never duplicate', () => {
  it('the same order twice in one batch: created, then duplicate with the same id; one record', () => {
    const account = orderAccount();
    const answer = callOrders(account, 'POST', { channel: 'UK', orders: [ukOrder(), ukOrder()] });
    const [first, second] = answer.body['results'] as Json[];
    expect(first).toMatchObject({ status: 'created' });
    expect(second).toMatchObject({ status: 'duplicate', id: first?.['id'], tranid: first?.['tranid'] });
    expect(account.ui.findRecords('salesorder')).toHaveLength(1);
  });

  it('a concurrent delivery that saves the order between our checks and our save: duplicate, one record', () => {
    const account = orderAccount();
    const race = raceTwinOnInsert(account, 'salesorder');
    const answer = callOrders(account, 'POST', ukOrder());
    expect(race.twinId()).not.toBeNull();
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ status: 'duplicate', id: String(race.twinId()), exceptions: [] });
    expect(account.ui.findRecords('salesorder')).toHaveLength(1);
    expect(account.ui.findRecords('customrecord_pwi_exception')).toHaveLength(0);
  });

  it('a concurrent delivery that creates the same new shopper first: the order goes on that customer, no second one', () => {
    const account = orderAccount();
    const race = raceTwinOnInsert(account, 'customer');
    const answer = callOrders(account, 'POST', newShopperOrder('6400000001', 'nia.evans@example.co.uk'));
    expect(race.twinId()).not.toBeNull();
    expect(answer.body['status']).toBe('created');
    const shoppers = account.ui.findRecords('customer', { email: 'nia.evans@example.co.uk' });
    expect(shoppers.map((shopper) => String(shopper.id))).toEqual([String(race.twinId())]);
    expect(String(load(account, 'salesorder', answer.body['id']).fields['entity'])).toBe(
      String(race.twinId()),
    );
  });

  it('a returning shopper, a repeated guest and a shopper the customer RESTlet synced first: one customer each', () => {
    const account = orderAccount();
    const shopper = newShopperOrder('6400000002', 'nia.evans@example.co.uk');
    callOrders(account, 'POST', shopper);
    callOrders(account, 'POST', renumbered(shopper, '6400000003', '#N2'));
    expect(account.ui.findRecords('customer', { email: 'nia.evans@example.co.uk' })).toHaveLength(1);

    for (const id of ['6400000004', '6400000005']) {
      const guest = renumbered(ukOrder(), id, `#G${id}`);
      delete guest['customer'];
      guest['email'] = 'guest.twice@example.co.uk';
      expect(callOrders(account, 'POST', guest).body['status']).toBe('created');
    }
    expect(account.ui.findRecords('customer', { email: 'guest.twice@example.co.uk' })).toHaveLength(1);

    const synced = account.invokeRestlet({
      script: 'customscript_pwi_customer_rl',
      deploy: 'customdeploy_pwi_customer_rl',
      method: 'POST',
      contentType: 'application/json',
      body: JSON.stringify({
        channel: 'UK',
        customer: {
          id: 6400000099,
          admin_graphql_api_id: 'gid://shopify/Customer/6400000099',
          email: 'rhys.morgan@example.co.uk',
          first_name: 'Rhys',
          last_name: 'Morgan',
        },
      }),
    });
    expect(synced.status).toBe(200);
    const order = newShopperOrder('6400000098', 'rhys.morgan@example.co.uk');
    expect(callOrders(account, 'POST', order).body['status']).toBe('created');
    const rhys = account.ui.findRecords('customer', { email: 'rhys.morgan@example.co.uk' });
    expect(rhys).toHaveLength(1);
  });

  // Issue 5, "never a duplicate customer": executions racing on one guest e-mail (e.g. Patchworks retrying an order
  // that is still running) collide on the guest key, the external id derived from channel and e-mail digest.
  it('two concurrent deliveries for one guest e-mail leave one customer', () => {
    const account = orderAccount();
    const race = raceTwinOnInsert(account, 'customer');
    const guest = renumbered(ukOrder(), '6400000010', '#G10');
    delete guest['customer'];
    guest['email'] = 'race.guest@example.co.uk';
    expect(callOrders(account, 'POST', guest).body['status']).toBe('created');
    expect(race.twinId()).not.toBeNull();
    expect(account.ui.findRecords('customer', { email: 'race.guest@example.co.uk' })).toHaveLength(1);
  });

  it('a re-delivery after the order was posted answers duplicate even when the order could no longer be posted', () => {
    const account = orderAccount();
    const first = callOrders(account, 'POST', ukOrder());
    const tote = idOf(account, 'inventoryitem', { itemid: 'TOTE-CNV' });
    account.ui.editRecord('inventoryitem', tote, { fields: { itemid: 'TOTE-CANVAS-OLD' } });
    account.clock.advance(24 * 60 * 60); // every cache has expired: the SKU is now unmapped
    const again = callOrders(account, 'POST', ukOrder());
    expect(again.body).toMatchObject({ status: 'duplicate', id: first.body['id'], exceptions: [] });
    expect(account.ui.findRecords('customrecord_pwi_exception')).toHaveLength(0);
  });
});

describe('issue 5 acceptance: the record type follows the channel, optionally by financial_status', () => {
  it('paid → Cash Sale and pending → Sales Order when the channel maps "paid=Cash Sale"', () => {
    const account = orderAccount();
    const channel = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    account.ui.editRecord('customrecord_pwi_channel', channel, {
      fields: { custrecord_pwi_ch_type_by_status: 'paid=Cash Sale' },
    });
    const paid = callOrders(account, 'POST', ukOrder());
    expect(paid.body).toMatchObject({ status: 'created', recordType: 'cashsale' });
    const pending = renumbered(ukOrder(), '6500000001', '#P1');
    pending['financial_status'] = 'pending';
    const unpaid = callOrders(account, 'POST', pending);
    expect(unpaid.body).toMatchObject({ status: 'created', recordType: 'salesorder' });
    expect(account.ui.findRecords('cashsale')).toHaveLength(1);
    expect(account.ui.findRecords('salesorder')).toHaveLength(1);
  });

  it('a re-delivery after the channel switched to Cash Sales answers the Sales Order posted first (one record)', () => {
    const account = orderAccount();
    const first = callOrders(account, 'POST', ukOrder());
    expect(first.body['recordType']).toBe('salesorder');
    const channel = idOf(account, 'customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    account.ui.editRecord('customrecord_pwi_channel', channel, {
      fields: { custrecord_pwi_ch_type_by_status: 'paid=Cash Sale' },
    });
    // No wait: the configuration user event made the switch apply to the very next delivery.
    const again = callOrders(account, 'POST', ukOrder());
    expect(again.body).toMatchObject({ status: 'duplicate', recordType: 'salesorder', id: first.body['id'] });
    expect(account.ui.findRecords('cashsale')).toHaveLength(0);
    // The switch was live for that re-delivery: a new paid order right after it is a Cash Sale.
    const next = callOrders(account, 'POST', renumbered(ukOrder(), '6500000002', '#P2'));
    expect(next.body).toMatchObject({ status: 'created', recordType: 'cashsale' });
  });
});

describe('issue 5 acceptance: the response shape', () => {
  const SHAPE = ['exceptions', 'id', 'recordType', 'shopifyOrderId', 'status', 'tranid', 'warnings'];

  it('created, duplicate and exception answers carry {status, recordType, id, tranid, exceptions} with these types', () => {
    const account = orderAccount();
    const created = callOrders(account, 'POST', usOrder()).body;
    expect(Object.keys(created).sort()).toEqual([...SHAPE, 'totals'].sort());
    expect(created).toEqual({
      status: 'created',
      shopifyOrderId: '5512209776823',
      recordType: 'cashsale',
      id: expect.stringMatching(/^\d+$/),
      tranid: expect.any(String),
      exceptions: [],
      warnings: [],
      totals: {
        currency: 'USD',
        shopifyTotal: '108.02',
        shopifyTax: '8.07',
        netsuiteTotal: '108.02',
        netsuiteTax: '8.07',
        giftCardPayments: '0.00',
      },
    });
    const duplicate = callOrders(account, 'POST', usOrder()).body;
    expect(Object.keys(duplicate).sort()).toEqual(SHAPE);
    expect(duplicate).toMatchObject({ status: 'duplicate', recordType: 'cashsale', id: created['id'] });

    const broken = usOrder();
    (((broken['order'] as Json)['line_items'] as Json[])[0] as Json)['sku'] = 'NOPE-1';
    const stopped = callOrders(account, 'POST', renumberedUs(broken)).body;
    expect(Object.keys(stopped).sort()).toEqual(SHAPE);
    expect(stopped).toMatchObject({ status: 'exception', recordType: null, id: null, tranid: null });
    expect((stopped['exceptions'] as Json[])[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      category: 'MISSING_SKU',
      message: expect.stringContaining('NOPE-1'),
      suggestedFix: expect.any(String),
      retrySafe: true,
    });
  });

  function renumberedUs(order: Json): Json {
    const inner = order['order'] as Json;
    inner['id'] = 5512209776999;
    inner['admin_graphql_api_id'] = 'gid://shopify/Order/5512209776999';
    inner['name'] = '#2099';
    return order;
  }
});

describe('issue 5 acceptance: GET state follows the order through fulfilment and billing', () => {
  it('none → complete after a shipped fulfilment → billed after the invoice, with the linked records', () => {
    const account = orderAccount();
    const created = callOrders(account, 'POST', ukOrder());
    const id = String(created.body['id']);
    const state = (): Json =>
      callOrders(account, 'GET', undefined, { gid: 'gid://shopify/Order/820982911946154508' }).body;
    expect(state()).toMatchObject({ fulfilment: { state: 'none' }, billing: { state: 'unbilled' } });

    account.ui.editRecord('salesorder', id, { fields: { orderstatus: 'B' } });
    const fulfilment = account.ui.transformRecord('salesorder', id, 'itemfulfillment', {
      fields: { shipstatus: 'C' },
    });
    expect(state()).toMatchObject({
      found: true,
      fulfilment: { state: 'complete', records: [{ type: 'ItemShip', id: String(fulfilment) }] },
      billing: { state: 'unbilled', records: [] },
    });

    const invoice = account.ui.transformRecord('salesorder', id, 'invoice', { fields: {} });
    expect(state()).toMatchObject({
      billing: { state: 'billed', records: [{ type: 'CustInvc', id: String(invoice) }] },
      exceptions: [],
    });
  });
});

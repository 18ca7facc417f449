import * as path from 'node:path';
import { type DemoRun, runDemo } from '../../demo/demo';
import { renderText } from '../../demo/report';
import { renderHtml } from '../../demo/report-html';
import { catchUpBurst, tradingDay } from '../../demo/scenario';

/**
 * `npm run demo` end to end, in-process: the built project deployed with the demo seed, the day replayed over HTTP
 * with signed requests, and the report's figures checked against the Shopify payloads the scenario built.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const ORDER_RL = 'customscript_pwi_order_rl';

let run: DemoRun;
const progress: string[] = [];

beforeAll(async () => {
  run = await runDemo({
    projectDir: ROOT,
    seedPath: path.join(ROOT, 'emulator', 'seeds', 'demo.json'),
    progress: (line) => progress.push(line),
  });
}, 120_000);

const firstDeliveries = () => tradingDay().filter((event) => !event.redelivery);

describe('the demo day', () => {
  it('shows progress while it runs and reports every deployed flow', () => {
    expect(progress[0]).toMatch(/^Deploying /);
    expect(progress.some((line) => line.includes(run.report.baseUrl))).toBe(true);
    expect(run.report.flows.map((f) => f.scriptId)).toEqual(run.account.scripts().map((s) => s.def.scriptId));
    // The order RESTlet is part of the project: without it the day replays nothing and no test below means much.
    expect(run.report.flows.map((f) => f.scriptId)).toContain(ORDER_RL);
    expect(run.report.gaps).not.toContain(`${ORDER_RL} is not deployed yet: no orders were replayed.`);
  });

  it('posts every order once, each tied to Shopify to the cent (#1004 on its retry, once its SKU was mapped)', () => {
    const expected = firstDeliveries();
    const posted = run.report.orders.filter((o) => o.recordId !== null);
    expect(posted.map((o) => `${o.channel} ${o.name}`).sort()).toEqual(
      expected.map((e) => `${e.order.channel} ${e.order.name}`).sort(),
    );
    expect(posted.every((o) => o.status === 'created')).toBe(true);
    for (const order of posted) {
      const built = expected.find((e) => e.order.shopifyOrderId === order.shopifyOrderId)?.order;
      expect(order.netsuiteTotal).toEqual({ minor: built?.figures.totalMinor, currency: built?.currency });
      expect(order.netsuiteTax).toEqual({ minor: built?.figures.taxMinor, currency: built?.currency });
      expect(order.tied).toBe(true);
      // Read back independently of the report: the record NetSuite holds carries Shopify's total.
      const record = run.account.ui.loadRecord(order.recordType ?? '', order.recordId ?? '');
      expect(Math.round(Number(record.fields['total']) * 100)).toBe(built?.figures.totalMinor);
    }
    for (const channel of run.report.channels) {
      const shopify = expected
        .filter((e) => e.order.channel === channel.channel)
        .reduce((sum, e) => sum + e.order.figures.totalMinor, 0);
      expect(channel.shopifyTotal.minor).toBe(shopify);
      expect(channel.netsuiteTotal.minor).toBe(shopify);
      expect(channel.tied).toBe(true);
    }
  });

  it('answers the repeated delivery as a duplicate of the same record, creating nothing', () => {
    expect(run.report.redeliveries).toEqual([
      { name: '#1001', status: 'duplicate', httpStatus: 200, sameRecord: true },
    ]);
    const first = run.report.orders.find((o) => o.name === '#1001' && o.channel === 'UK');
    const matching = run.account.ui.findRecords(first?.recordType ?? 'salesorder', {
      custbody_pwi_shopify_order_id: first?.shopifyOrderId ?? '',
    });
    expect(matching).toHaveLength(1);
  });

  it('turns the unknown SKU into a MISSING_SKU exception with a suggested fix, posting nothing at first', () => {
    const first = run.report.steps.find((s) => s.label.startsWith('13:20 UK #1004'));
    expect(first?.result).toMatch(/^status exception, exceptions MISSING_SKU/);
    // Read from the exception records NetSuite holds, not from the RESTlet's answer.
    expect(run.report.exceptions).toHaveLength(1);
    const exception = run.report.exceptions.find((e) => e.reference === 'UK #1004');
    expect(exception).toMatchObject({ category: 'Missing SKU' });
    expect(exception?.message).toContain('TEE-PNK-M');
    expect(exception?.suggestedFix).toMatch(
      /add a SKU map record for channel UK \(closest items: TEE-PNK-M → /,
    );
    // The closest item is the pink tee NetSuite carries under its legacy SKU, ahead of the black tee of the same size.
    expect(exception?.suggestedFix).toMatch(/TEE-PNK-M → TEE-PINK-M \/ /);
  });

  it('resolves it the way it suggests: a SKU map added in the UI, the config user event, Patchworks retries, posted once', () => {
    const exception = run.report.exceptions.find((e) => e.reference === 'UK #1004');
    const [fix] = run.report.fixes;
    expect(run.report.fixes).toHaveLength(1);
    // The item mapped is the first closest item the suggested fix names.
    const suggested = /TEE-PNK-M → ([A-Z0-9-]+)/.exec(exception?.suggestedFix ?? '')?.[1];
    expect(fix).toMatchObject({
      reference: 'UK #1004',
      exceptionId: exception?.recordId,
      sku: 'TEE-PNK-M',
      itemSku: suggested,
      userEventRuns: 1,
      staleChannels: ['UK'],
      retryHttpStatus: 200,
      retryStatus: 'created',
      exceptionStatus: 'Resolved',
    });
    // What NetSuite holds, read independently of the report.
    const skuMap = run.account.ui.loadRecord('customrecord_pwi_sku_map', fix?.skuMapId ?? '');
    const item = run.account.ui.loadRecord('inventoryitem', String(skuMap.fields['custrecord_pwi_sm_item']));
    expect(item.fields['itemid']).toBe(suggested);
    const channel = run.account.ui.findRecords('customrecord_pwi_channel', { custrecord_pwi_ch_code: 'UK' });
    expect(String(skuMap.fields['custrecord_pwi_sm_channel'])).toBe(String(channel[0]?.id));
    expect(exception?.status).toBe('Resolved');
    // The channel's configuration is cached without expiry: the retry sees the new map only because this user
    // event marked it stale.
    const ue = run.account.executions().filter((e) => e.scriptId === 'customscript_pwi_config_ue');
    expect(ue.map((e) => [e.deploymentId, e.outcome])).toEqual([
      ['customdeploy_pwi_config_ue_sku_map', 'success'],
    ]);
    const order = run.report.orders.find((o) => o.channel === 'UK' && o.name === '#1004');
    expect(order).toMatchObject({ status: 'created', tied: true });
    expect(order?.note).toContain('retry');
    const records = run.account.ui.findRecords(order?.recordType ?? 'salesorder', {
      custbody_pwi_shopify_order_id: order?.shopifyOrderId ?? '',
    });
    expect(records.map((r) => String(r.id))).toEqual([order?.recordId]);
    // The mapped line landed on the suggested item.
    const lines = records[0]?.sublists['item'] ?? [];
    expect(lines.some((line) => String(line['item']) === String(item.id))).toBe(true);
  });

  it('ships every sales order as the warehouse would', () => {
    const salesOrders = run.report.orders.filter((o) => o.recordType === 'salesorder');
    expect(salesOrders.length).toBeGreaterThan(0);
    for (const order of salesOrders) {
      expect(order.fulfilmentId).not.toBeNull();
      const fulfilment = run.account.ui.loadRecord('itemfulfillment', order.fulfilmentId ?? '');
      expect(fulfilment.fields['shipstatus']).toBe('C');
      expect(String(fulfilment.fields['createdfrom'])).toBe(order.recordId);
    }
  });

  it('approves nothing by hand: the UK channel imports its sales orders Pending Fulfillment', () => {
    const salesOrders = run.report.orders.filter((o) => o.recordType === 'salesorder');
    expect(salesOrders.length).toBeGreaterThan(0);
    // The demo approves an order only when it finds it Pending Approval; every one was still fulfilled (above).
    expect(run.report.steps.filter((step) => step.label.startsWith('approve '))).toEqual([]);
    expect(run.report.steps.filter((step) => step.label.startsWith('fulfil ')).length).toBe(
      salesOrders.length,
    );
  });

  it('moves stock where the orders were routed: kits as their components, click and collect from the shop', () => {
    const moved = (sku: string, location: string) =>
      run.report.stockMoves.find((m) => m.sku === sku && m.location === location);
    // #1001 ships two black tees; the Tee Trio kit of #1002 ships one more through its components.
    expect(moved('TEE-BLK-M', 'Leeds Warehouse')).toMatchObject({ before: expect.any(Number) });
    expect(
      (moved('TEE-BLK-M', 'Leeds Warehouse')?.after ?? 0) -
        (moved('TEE-BLK-M', 'Leeds Warehouse')?.before ?? 0),
    ).toBe(-3);
    // #1004's pink tee ships as the pink tee NetSuite carries under its legacy SKU, once mapped to it.
    const pink = moved('TEE-PINK-M', 'Leeds Warehouse');
    expect(pink).toMatchObject({ before: expect.any(Number) });
    expect((pink?.after ?? 0) - (pink?.before ?? 0)).toBe(-1);
    // #1005 is tagged click-and-collect: the routing rule sends it to the shop.
    const jean = moved('JEAN-IND-32', 'London Carnaby Street Shop');
    expect((jean?.after ?? 0) - (jean?.before ?? 0)).toBe(-1);
    // The US cap arrives under its legacy SKU (SKU map) and inside the gift box kit: two from the 3PL.
    const cap = moved('CAP-BLK', 'New Jersey 3PL (ShipRight)');
    expect((cap?.after ?? 0) - (cap?.before ?? 0)).toBe(-2);
    expect(run.report.stockMoves.every((m) => m.after < m.before)).toBe(true);
  });

  it('counts governance per flow from the execution log, within NetSuite limits', () => {
    const executions = run.account.executions();
    expect(run.report.governance.reduce((sum, g) => sum + g.executions, 0)).toBe(executions.length);
    expect(run.report.governance.reduce((sum, g) => sum + g.units, 0)).toBe(
      executions.reduce((sum, e) => sum + e.units, 0),
    );
    const orders = run.report.governance.find((g) => g.flow.startsWith(`${ORDER_RL} /`));
    // 8 deliveries, the retry of each worked exception, one GET per order outcome, and the burst's orders
    // (refused requests run no script).
    expect(orders?.executions).toBe(
      tradingDay().length +
        run.report.fixes.length +
        run.report.orders.length +
        (run.report.burst?.orders ?? 0),
    );
    expect(orders?.maxUnits).toBeLessThanOrEqual(5000);
  });

  it('meets the concurrency limit in the evening burst, and the retries create each order exactly once', () => {
    const burst = run.report.burst;
    expect(burst?.orders).toBe(catchUpBurst().length);
    expect(burst?.refusals).toBeGreaterThan(0);
    expect(run.report.http.byStatus['400']).toBe(burst?.refusals);
    expect(run.report.http.peakConcurrency).toBe(run.report.http.concurrencyLimit);
    expect(burst?.created).toBe(catchUpBurst().length);
    expect(burst?.maxRecordsPerOrder).toBe(1);
    expect(burst?.netsuiteTotal.minor).toBe(catchUpBurst().reduce((sum, o) => sum + o.figures.totalMinor, 0));
    expect(burst?.tied).toBe(true);
  });

  it('answered only signed, authenticated requests, never over the concurrency limit', () => {
    expect(run.report.http.refusedLogins).toBe(0);
    expect(run.report.http.byStatus['401']).toBeUndefined();
    expect(run.report.http.peakConcurrency).toBeLessThanOrEqual(run.report.http.concurrencyLimit);
    expect(run.report.http.requests).toBeGreaterThanOrEqual(tradingDay().length);
  });

  it('renders the same figures as text and as one self-contained HTML page', () => {
    const text = renderText(run.report);
    const html = renderHtml(run.report);
    for (const order of run.report.orders) {
      expect(text).toContain(order.name);
      expect(html).toContain(order.name);
    }
    expect(html).not.toMatch(/<script|<link|\bsrc=|url\(/i);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
});

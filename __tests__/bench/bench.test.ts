/**
 * The benchmark's scenario runner, once per scenario (N=1, no warm-up) on the built project and the demo seed.
 * Asserts the report's structure and what must hold of governance; never wall times (those are measured by
 * `npm run bench`, not judged in tests).
 */
import * as path from 'node:path';
import { type Snapshot, snapshotProject } from '../../bench/project-snapshot';
import { renderTable } from '../../bench/render';
import {
  type BenchReport,
  callCosts,
  describeOutcome,
  KNOWN_CUSTOMER_LIMIT,
  runBench,
  type ScenarioResult,
  untiedOrders,
} from '../../bench/runner';
import { restletCall, scenarios } from '../../bench/scenarios';
import { Account } from '../../emulator/src/account';
import { tradingDay } from '../../demo/scenario';

const ROOT = path.join(__dirname, '..', '..');
const DEMO_SEED = path.join(ROOT, 'emulator', 'seeds', 'demo.json');

// A private copy of the built project: another build of the shared tree cannot empty FileCabinet/ under the runs.
let snapshot: Snapshot;
let report: BenchReport;
beforeAll(() => {
  snapshot = snapshotProject(ROOT);
  report = runBench({
    projectDir: snapshot.dir,
    seed: path.join(ROOT, 'emulator', 'seeds', 'demo.json'),
    runs: 1,
    warmupRuns: 0,
  });
}, 120_000);
afterAll(() => snapshot.remove());

function result(name: string): ScenarioResult {
  const found = report.scenarios.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}

describe('npm run bench, one run per scenario', () => {
  it('covers every scenario the benchmark is asked for, in the order they are defined', () => {
    const names = report.scenarios.map((r) => r.name);
    expect(names).toEqual(scenarios().map((s) => s.name));
    for (const required of [
      'known customer, 1 line',
      'known customer, 5 lines',
      'known customer back next day, 1 line',
      'new customer',
      'guest checkout',
      'bundle (kit) order',
      'UK taxes included, discount code',
      'US taxes excluded (Cash Sale)',
      'multi-currency (EUR presentment)',
      'repeated delivery (duplicate)',
      'unmapped SKU (exception)',
      'invalid payload (400)',
      'batch of 10 orders',
      'GraphQL-shaped order',
      'GET order state',
      'health check',
      'customer created (customers/create)',
      'GET customer state',
    ])
      expect(names).toContain(required);
  });

  it('every scenario ran and answered as expected', () => {
    const answers = report.scenarios.map((r) => [r.name, r.failure, r.httpStatus, r.outcome]);
    const expected = report.scenarios.map((r) => [r.name, null, r.expected.httpStatus, r.expected.outcome]);
    expect(answers).toEqual(expected);
    expect(report.scenarios.every((r) => r.ok)).toBe(true);
  });

  it('read every saved order back: each ties to Shopify', () => {
    expect(report.scenarios.flatMap((r) => r.untied)).toEqual([]);
  });

  it('pins the answers that matter: created, duplicate, exception, 400, ten results', () => {
    expect(result('known customer, 5 lines').outcome).toBe('created');
    expect(result('repeated delivery (duplicate)').outcome).toBe('duplicate');
    expect(result('unmapped SKU (exception)').outcome).toBe('exception');
    expect(result('invalid payload (400)')).toMatchObject({
      httpStatus: 400,
      outcome: 'error INVALID_PAYLOAD',
    });
    expect(result('batch of 10 orders').outcome).toBe('10 created');
  });

  it('every call that reaches NetSuite costs units, and the per-call charges add up to them', () => {
    for (const r of report.scenarios) {
      const charged = r.calls.reduce((sum, call) => sum + call.units, 0);
      expect([r.name, charged]).toEqual([r.name, r.units]);
      expect(r.budgetPercent).toBeCloseTo((100 * r.units) / r.budget, 10);
      if (r.name === 'invalid payload (400)') continue;
      expect([r.name, r.units > 0]).toEqual([r.name, true]);
    }
  });

  it('an invalid payload is refused before any N/ call: no units, no calls', () => {
    expect(result('invalid payload (400)')).toMatchObject({ units: 0, calls: [] });
  });

  it('orders post through one create and one save of the transaction, never more', () => {
    for (const name of [
      'known customer, 1 line',
      'known customer, 5 lines',
      'new customer',
      'GraphQL-shaped order',
    ]) {
      const calls = result(name).calls;
      expect(calls.filter((c) => c.call.startsWith('record.create sales'))).toEqual([
        { call: 'record.create salesorder', count: 1, units: 10 },
      ]);
      expect(calls.filter((c) => c.call.startsWith('record.save sales'))).toEqual([
        { call: 'record.save salesorder', count: 1, units: 20 },
      ]);
    }
    expect(result('US taxes excluded (Cash Sale)').calls.map((c) => c.call)).toContain(
      'record.save cashsale',
    );
  });

  it(`known-customer orders of ≤${KNOWN_CUSTOMER_LIMIT.maxLines} lines stay within ${KNOWN_CUSTOMER_LIMIT.maxUnits} units (issue 5)`, () => {
    const limited = report.scenarios.filter((r) => r.limit !== null);
    expect(limited.map((r) => r.name)).toEqual(
      expect.arrayContaining(['known customer, 1 line', 'known customer, 5 lines']),
    );
    for (const r of limited) {
      expect(r.limit).toBe(KNOWN_CUSTOMER_LIMIT.maxUnits);
      expect([r.name, r.units, r.overLimit]).toEqual([r.name, expect.any(Number), false]);
      expect(r.units).toBeLessThanOrEqual(KNOWN_CUSTOMER_LIMIT.maxUnits);
      // The floor: a transaction's create (10) and save (20).
      expect(r.units).toBeGreaterThanOrEqual(30);
    }
    // Not limited: a new shopper, a customer found by e-mail (search 10 + floor 30 = 40 already), an emptied cache.
    for (const name of [
      'new customer',
      'guest checkout',
      'known customer, first Shopify order (e-mail match)',
      'known customer, 1 line, caches evicted',
    ])
      expect([name, result(name).limit]).toEqual([name, null]);
  });

  it('a batch reports units per order, and its orders cost what single orders do', () => {
    const batch = result('batch of 10 orders');
    expect(batch.unitsPerOrder).toBe(batch.units / 10);
    // Every order of the batch is a known customer's: each costs what one such order costs on its own.
    expect(batch.unitsPerOrder).toBe(result('known customer, 1 line').units);
    expect(batch.calls.find((c) => c.call === 'record.save salesorder')?.count).toBe(10);
  });

  it('reports wall times as numbers with the fastest scenario at ratio 1 (no timing is judged)', () => {
    for (const r of report.scenarios) {
      expect(Number.isFinite(r.wall.medianMs)).toBe(true);
      expect(r.wall.minMs).toBeLessThanOrEqual(r.wall.maxMs);
      expect(r.wall.ratioToFastest).toBeGreaterThanOrEqual(1);
    }
    expect(report.scenarios.some((r) => r.wall.ratioToFastest === 1)).toBe(true);
  });

  it('renders a table naming every scenario and the limit verdict, and JSON that round-trips', () => {
    const text = renderTable(report);
    for (const r of report.scenarios) expect(text).toContain(r.name);
    expect(text).toContain('N/ calls');
    expect(text).toMatch(/Issue 5 limit: all \d+ known-customer orders of ≤5 lines within 40 units\./);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('untiedOrders', () => {
  it('names an order whose NetSuite record does not carry the Shopify total it was compared with', () => {
    const account = Account.deploy(snapshot.dir, { seed: DEMO_SEED });
    const [first, second] = tradingDay().map((event) => event.order);
    if (!first || !second) throw new Error('the demo day has fewer than two orders');
    const request = { method: 'POST' as const, body: { channel: first.channel, order: first.payload } };
    const response = account.invokeRestlet(restletCall('order', request));
    expect(untiedOrders(account, [first], response.status, response.body)).toEqual([]);
    // The same answer compared with another order's figures does not tie.
    const mismatched = { ...second, name: first.name };
    expect(untiedOrders(account, [mismatched], response.status, response.body)).toEqual([
      expect.stringContaining(first.name),
    ]);
  });
});

describe('describeOutcome', () => {
  it('reads each kind of answer', () => {
    expect(describeOutcome(200, '{"status":"created","id":"4"}')).toBe('created');
    expect(describeOutcome(400, '{"error" : {"code" : "INVALID_PAYLOAD", "message" : "…"}}')).toBe(
      'error INVALID_PAYLOAD',
    );
    expect(
      describeOutcome(200, '{"results":[{"status":"created"},{"status":"exception"},{"status":"created"}]}'),
    ).toBe('2 created, 1 exception');
    expect(describeOutcome(200, '{"found":true,"status":"Pending Approval"}')).toBe('found');
    expect(describeOutcome(200, '{"found":false,"status":null}')).toBe('not found');
    expect(describeOutcome(200, '{"shopifyCustomerId":"1","id":null}')).toBe('not found');
    expect(describeOutcome(500, 'Internal error')).toBe('error (HTTP 500)');
  });
});

describe('callCosts', () => {
  it('groups charges by call, in first-seen order, counting and summing', () => {
    expect(
      callCosts([
        { what: 'Cache.get', units: 1 },
        { what: 'record.create salesorder', units: 10 },
        { what: 'Cache.get', units: 1 },
      ]),
    ).toEqual([
      { call: 'Cache.get', count: 2, units: 2 },
      { call: 'record.create salesorder', count: 1, units: 10 },
    ]);
  });
});

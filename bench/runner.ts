import * as path from 'node:path';
import { Account } from '../emulator/src/account';
import type { ExecutionRecord } from '../emulator/src/execution';
import { USAGE_LIMITS, type Charge } from '../emulator/src/governance';
import type { Seed } from '../emulator/src/seed';
import { readBack } from '../demo/read-back';
import type { BuiltOrder } from '../demo/shopify-orders';
import { type ExpectedAnswer, RESTLETS, restletCall, type Scenario, scenarios } from './scenarios';

/** Issue 5: an order for a known customer with up to 5 lines costs at most 40 units. */
export const KNOWN_CUSTOMER_LIMIT = { maxLines: 5, maxUnits: 40 } as const;

export interface BenchOptions {
  readonly projectDir: string;
  /** Seed file path or object (the demo seed: the scenarios sell its items to its customers). */
  readonly seed: string | Seed;
  /** Measured runs per scenario; the wall time reported is their median. */
  readonly runs: number;
  /** Runs per scenario done first and thrown away (compiling and JIT warm-up), default 1. */
  readonly warmupRuns?: number;
  /** How the report names the seed; defaults to its path relative to projectDir. */
  readonly seedName?: string;
  /** Defaults to every scenario of scenarios.ts. */
  readonly scenarios?: readonly Scenario[];
}

/** One N/ call name (as the execution log's charges name it) with how often it ran and what it cost. */
export interface CallCost {
  readonly call: string;
  readonly count: number;
  readonly units: number;
}

export interface WallTime {
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** The median over the fastest scenario's median. */
  readonly ratioToFastest: number;
}

export interface ScenarioResult {
  readonly name: string;
  readonly scriptId: string;
  readonly method: string;
  readonly expected: ExpectedAnswer;
  readonly httpStatus: number;
  readonly outcome: string;
  /** The answer matched `expected` on every run, and every order it saved ties to Shopify. */
  readonly ok: boolean;
  /** Orders saved whose total or tax did not tie to Shopify's (named by order name), on any run. */
  readonly untied: readonly string[];
  /** Units of the RESTlet execution (identical on every run, else unitsByRun says how they varied). */
  readonly units: number;
  readonly unitsByRun: readonly number[];
  readonly budget: number;
  readonly budgetPercent: number;
  /** KNOWN_CUSTOMER_LIMIT.maxUnits when issue 5's limit applies to the scenario, else null. */
  readonly limit: number | null;
  readonly overLimit: boolean;
  readonly unitsPerOrder: number | null;
  readonly calls: readonly CallCost[];
  /** Other executions the call started (user events on the records it wrote), with their own budgets. */
  readonly triggered: readonly { scriptId: string; entryPoint: string; units: number }[];
  readonly wall: WallTime;
  readonly note: string | null;
  /** Set when the scenario could not run at all (deploy, preparation or the call threw). */
  readonly failure: string | null;
}

export interface BenchReport {
  readonly runs: number;
  readonly warmupRuns: number;
  readonly seed: string;
  readonly limit: typeof KNOWN_CUSTOMER_LIMIT;
  readonly scenarios: readonly ScenarioResult[];
}

interface Measurement {
  readonly httpStatus: number;
  readonly outcome: string;
  /** Orders answered created or duplicate whose NetSuite record does not tie to Shopify's total and tax. */
  readonly untied: readonly string[];
  readonly orders: number;
  readonly execution: ExecutionRecord;
  readonly triggered: readonly ExecutionRecord[];
  readonly ms: number;
}

/**
 * Runs every scenario: per run a fresh account, the scenario's preparation, then the one timed call. Warm-up runs
 * of all scenarios come first; measured runs then go round the scenarios in turn, so a busy moment on the machine
 * falls on all of them alike rather than on whichever was running.
 */
export function runBench(options: BenchOptions): BenchReport {
  const list = options.scenarios ?? scenarios();
  const warmupRuns = options.warmupRuns ?? 1;
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new RangeError('runs must be a whole number ≥ 1');
  const measured = list.map((): Measurement[] => []);
  const failures = list.map((): string | null => null);
  for (let run = 0; run < warmupRuns + options.runs; run += 1) {
    list.forEach((scenario, index) => {
      if (failures[index] !== null) return;
      try {
        const measurement = runOnce(scenario, options);
        if (run >= warmupRuns) measured[index]?.push(measurement);
      } catch (error) {
        failures[index] = error instanceof Error ? error.message : String(error);
      }
    });
  }
  const partial = list.map((scenario, index) => {
    const failure = failures[index];
    return failure ? failed(scenario, failure) : summarise(scenario, measured[index] ?? []);
  });
  const medians = partial.filter((result) => result.failure === null).map((result) => result.wall.medianMs);
  const fastest = medians.length > 0 ? Math.min(...medians) : 0;
  return {
    runs: options.runs,
    warmupRuns,
    seed:
      options.seedName ??
      (typeof options.seed === 'string' ? path.relative(options.projectDir, options.seed) : '(seed object)'),
    limit: KNOWN_CUSTOMER_LIMIT,
    scenarios: partial.map((result) => ({
      ...result,
      wall: { ...result.wall, ratioToFastest: fastest > 0 ? result.wall.medianMs / fastest : 1 },
    })),
  };
}

function summarise(scenario: Scenario, measured: readonly Measurement[]): ScenarioResult {
  const first = measured[0];
  if (!first) return failed(scenario, 'no run was measured');
  const unitsByRun = measured.map((m) => m.execution.units);
  const units = first.execution.units;
  const budget = USAGE_LIMITS[first.execution.budget];
  const limit = limitFor(scenario);
  const times = measured.map((m) => m.ms);
  return {
    name: scenario.name,
    scriptId: RESTLETS[scenario.restlet].script,
    method: scenario.request().method,
    expected: scenario.expected,
    httpStatus: first.httpStatus,
    outcome: first.outcome,
    ok: measured.every(
      (m) =>
        m.httpStatus === scenario.expected.httpStatus &&
        m.outcome === scenario.expected.outcome &&
        m.untied.length === 0,
    ),
    untied: [...new Set(measured.flatMap((m) => m.untied))],
    units,
    unitsByRun,
    budget,
    budgetPercent: (100 * units) / budget,
    limit,
    overLimit: limit !== null && Math.max(...unitsByRun) > limit,
    unitsPerOrder: first.orders > 1 ? units / first.orders : null,
    calls: callCosts(first.execution.charges ?? []),
    triggered: first.triggered.map((e) => ({
      scriptId: e.scriptId,
      entryPoint: e.entryPoint,
      units: e.units,
    })),
    wall: {
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      ratioToFastest: 1,
    },
    note: scenario.note ?? null,
    failure: null,
  };
}

function limitFor(scenario: Scenario): number | null {
  const lines = scenario.knownCustomerLines;
  return lines !== undefined && lines <= KNOWN_CUSTOMER_LIMIT.maxLines ? KNOWN_CUSTOMER_LIMIT.maxUnits : null;
}

function runOnce(scenario: Scenario, options: BenchOptions): Measurement {
  const account = Account.deploy(options.projectDir, { seed: options.seed });
  scenario.prepare(account);
  const request = scenario.request();
  const before = account.executions().length;
  const started = process.hrtime.bigint();
  const response = account.invokeRestlet(restletCall(scenario.restlet, request));
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const execution = response.execution;
  if (!execution) throw new Error(`the call ran no script (HTTP ${response.status}: ${response.body})`);
  const triggered = account
    .executions()
    .slice(before)
    .filter((record) => record !== execution);
  return {
    httpStatus: response.status,
    outcome: describeOutcome(response.status, response.body),
    untied: untiedOrders(account, request.orders ?? [], response.status, response.body),
    orders: request.orders?.length ?? 0,
    execution,
    triggered,
    ms,
  };
}

/**
 * Reads back every order the answer says NetSuite holds (created, or the duplicate's twin) and names those whose
 * record's total or tax differs from Shopify's, using the demo's read-back.
 */
export function untiedOrders(
  account: Account,
  orders: readonly BuiltOrder[],
  httpStatus: number,
  bodyText: string,
): string[] {
  if (orders.length === 0 || httpStatus !== 200) return [];
  const body = JSON.parse(bodyText) as { results?: unknown };
  const replies = (Array.isArray(body.results) ? body.results : [body]) as Parameters<typeof readBack>[3][];
  return orders.flatMap((order, index) => {
    const reply = replies[index];
    if (!reply || (reply.status !== 'created' && reply.status !== 'duplicate')) return [];
    const outcome = readBack(account, { at: '', order, intent: [] }, httpStatus, reply);
    return outcome.tied === true ? [] : [`${order.name} (NetSuite ${JSON.stringify(outcome.netsuiteTotal)})`];
  });
}

/**
 * The answer in one phrase: `error <code>` for an error body, `<n> <status>` per status for a batch's results,
 * `found` / `not found` for state lookups, else the body's `status`.
 */
export function describeOutcome(httpStatus: number, bodyText: string): string {
  let body: unknown;
  try {
    body = JSON.parse(bodyText) as unknown;
  } catch {
    return httpStatus >= 400 ? `error (HTTP ${httpStatus})` : 'non-JSON answer';
  }
  if (typeof body !== 'object' || body === null) return 'non-object answer';
  const fields = body as Record<string, unknown>;
  const error = fields['error'];
  if (typeof error === 'object' && error !== null)
    return `error ${String((error as { code?: unknown }).code)}`;
  const results = fields['results'];
  if (Array.isArray(results)) {
    const counts = new Map<string, number>();
    for (const result of results) {
      const status = String((result as { status?: unknown } | null)?.status ?? 'no status');
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
    return [...counts].map(([status, count]) => `${count} ${status}`).join(', ');
  }
  // An order's state carries the record's own status too; whether it was found is the answer.
  if (typeof fields['found'] === 'boolean') return fields['found'] ? 'found' : 'not found';
  if (typeof fields['status'] === 'string') return fields['status'];
  if ('id' in fields) return fields['id'] === null ? 'not found' : 'found';
  return 'answered';
}

/** Charges grouped by call name, in the order each call first ran. */
export function callCosts(charges: readonly Charge[]): CallCost[] {
  const byCall = new Map<string, { count: number; units: number }>();
  for (const charge of charges) {
    const entry = byCall.get(charge.what) ?? { count: 0, units: 0 };
    entry.count += 1;
    entry.units += charge.units;
    byCall.set(charge.what, entry);
  }
  return [...byCall].map(([call, { count, units }]) => ({ call, count, units }));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

function failed(scenario: Scenario, message: string): ScenarioResult {
  return {
    name: scenario.name,
    scriptId: RESTLETS[scenario.restlet].script,
    method: methodOf(scenario),
    expected: scenario.expected,
    httpStatus: 0,
    outcome: 'did not run',
    ok: false,
    untied: [],
    units: 0,
    unitsByRun: [],
    budget: USAGE_LIMITS.restlet,
    budgetPercent: 0,
    limit: limitFor(scenario),
    overLimit: false,
    unitsPerOrder: null,
    calls: [],
    triggered: [],
    wall: { medianMs: 0, minMs: 0, maxMs: 0, ratioToFastest: 0 },
    note: scenario.note ?? null,
    failure: message,
  };
}

function methodOf(scenario: Scenario): string {
  try {
    return scenario.request().method;
  } catch {
    return '?';
  }
}

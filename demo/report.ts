/**
 * What the demo found, as data: the text and HTML renderers both read this, and the demo test asserts on it.
 * Money is integer minor units with its currency; nothing here is a float.
 */

export interface Money {
  readonly minor: number;
  readonly currency: string;
}

/** One Shopify order the day replayed, with what NetSuite made of it. */
export interface OrderOutcome {
  readonly channel: string;
  readonly name: string;
  readonly shopifyOrderId: string;
  /**
   * What the order RESTlet answered for the first delivery (created, duplicate, queued, exception, or error), or
   * for the retry after an exception was fixed during the day (the note then says so).
   */
  readonly status: string;
  readonly httpStatus: number;
  readonly recordType: string | null;
  readonly recordId: string | null;
  readonly tranid: string | null;
  readonly shopifyTotal: Money;
  readonly shopifyTax: Money;
  /** NetSuite's total and taxtotal, read back from the saved record; null when no record was created. */
  readonly netsuiteTotal: Money | null;
  readonly netsuiteTax: Money | null;
  /** True when NetSuite's total and tax equal Shopify's to the minor unit. */
  readonly tied: boolean | null;
  readonly fulfilmentId: string | null;
  readonly note: string;
}

export interface ChannelTotals {
  readonly channel: string;
  readonly currency: string;
  readonly ordersPosted: number;
  readonly shopifyTotal: Money;
  readonly netsuiteTotal: Money;
  readonly tied: boolean;
}

/** An exception record NetSuite holds (customrecord_pwi_exception), with its list values as text. */
export interface ExceptionOutcome {
  readonly category: string;
  readonly status: string;
  readonly message: string;
  readonly suggestedFix: string;
  readonly reference: string;
  readonly recordId: string;
}

export interface FlowGovernance {
  /** script id / deployment id */
  readonly flow: string;
  readonly scriptType: string;
  readonly executions: number;
  readonly units: number;
  readonly maxUnits: number;
  readonly errors: number;
  readonly totalMs: number;
}

export interface StepOutcome {
  readonly flow: string;
  readonly label: string;
  readonly httpStatus: number | null;
  readonly result: string;
  readonly ms: number;
}

export interface DeployedFlow {
  readonly scriptId: string;
  readonly scriptType: string;
  readonly deployments: readonly string[];
  /** How the demo exercised it; null when it has no scenario for it yet. */
  readonly replayedAs: string | null;
}

/** On-hand stock of one item at one location, before the day and after the warehouse shipped. */
export interface StockMove {
  readonly sku: string;
  readonly location: string;
  readonly before: number;
  readonly after: number;
}

export interface EventSent {
  readonly method: string;
  readonly url: string;
  readonly status: number | null;
}

/** A delivery Patchworks repeated: NetSuite must answer with the record it already made. */
export interface Redelivery {
  readonly name: string;
  readonly status: string;
  readonly httpStatus: number;
  readonly sameRecord: boolean;
}

/**
 * An exception worked during the day: the configuration record someone added in NetSuite (as the exception
 * suggested), the configuration user event that saw it, and what Patchworks' retry of the order then got.
 */
export interface ExceptionFix {
  readonly at: string;
  readonly who: string;
  /** Channel and order, as the exceptions list names them ("UK #1004"). */
  readonly reference: string;
  readonly exceptionId: string;
  readonly sku: string;
  /** The item the SKU now maps to: the closest item the exception suggested. */
  readonly itemSku: string;
  readonly itemName: string;
  readonly skuMapId: string;
  /** Runs of the configuration user event the new record fired. */
  readonly userEventRuns: number;
  /** Channels whose cached configuration those runs marked stale, from their audit log lines. */
  readonly staleChannels: readonly string[];
  readonly retryAt: string;
  readonly retryHttpStatus: number;
  /** What the order RESTlet answered the retry: created once the SKU resolves. */
  readonly retryStatus: string;
  /** The exception's status after the retry, read from the record (Resolved when the order posted). */
  readonly exceptionStatus: string;
}

/** One customer webhook and what the customer RESTlet made of it. */
export interface CustomerOutcome {
  readonly label: string;
  readonly topic: string;
  readonly httpStatus: number;
  /** created, updated, unchanged, or the error. */
  readonly status: string;
  readonly customerId: string | null;
}

/** The evening catch-up: many orders at once against the account's concurrency limit, retried as Patchworks would. */
export interface BurstOutcome {
  readonly orders: number;
  readonly concurrencyLimit: number;
  readonly saveLatencyMs: number;
  /** Requests the account refused with SSS_REQUEST_LIMIT_EXCEEDED during the burst. */
  readonly refusals: number;
  /** The most attempts any one order needed. */
  readonly maxAttempts: number;
  readonly created: number;
  /** The most NetSuite records holding any one Shopify order: 1 when retries never duplicate. */
  readonly maxRecordsPerOrder: number;
  readonly shopifyTotal: Money;
  readonly netsuiteTotal: Money;
  readonly tied: boolean;
  readonly wallMs: number;
}

export interface DemoReport {
  readonly accountId: string;
  readonly baseUrl: string;
  readonly businessDay: string;
  readonly flows: readonly DeployedFlow[];
  readonly steps: readonly StepOutcome[];
  readonly orders: readonly OrderOutcome[];
  readonly redeliveries: readonly Redelivery[];
  readonly customers: readonly CustomerOutcome[];
  readonly fixes: readonly ExceptionFix[];
  readonly burst: BurstOutcome | null;
  readonly channels: readonly ChannelTotals[];
  readonly exceptions: readonly ExceptionOutcome[];
  readonly eventsSent: readonly EventSent[];
  readonly stockMoves: readonly StockMove[];
  readonly governance: readonly FlowGovernance[];
  readonly http: {
    readonly requests: number;
    readonly byStatus: Readonly<Record<string, number>>;
    readonly refusedLogins: number;
    readonly peakConcurrency: number;
    readonly concurrencyLimit: number;
  };
  readonly wallMs: number;
  /** Time inside scripts (sum of execution durations), to compare with wallMs. */
  readonly scriptMs: number;
  /** Things the demo could not do, in plain words (flows without a scenario, missing records). */
  readonly gaps: readonly string[];
}

/** A cash sale is fulfilled with the sale itself; a sales order by its item fulfilment. */
export function fulfilmentText(order: OrderOutcome): string {
  if (order.fulfilmentId) return `IF ${order.fulfilmentId}`;
  return order.recordType === 'cashsale' ? 'with the sale' : '—';
}

export function formatMoney(money: Money): string {
  const sign = money.minor < 0 ? '-' : '';
  const abs = Math.abs(money.minor);
  return `${money.currency} ${sign}${Math.floor(abs / 100).toLocaleString('en-GB')}.${String(abs % 100).padStart(2, '0')}`;
}

/** The NetSuite record an order became, as type and number, or a dash when none was made. */
export function recordText(order: OrderOutcome): string {
  return order.recordId ? `${order.recordType ?? ''} ${order.tranid ?? order.recordId}` : '—';
}

export function stockMoveRows(moves: readonly StockMove[]): string[][] {
  return moves.map((m) => [m.sku, m.location, String(m.before), String(m.after), String(m.after - m.before)]);
}

export function governanceRows(governance: readonly FlowGovernance[]): string[][] {
  return governance.map((g) => [
    g.flow,
    g.scriptType,
    String(g.executions),
    String(g.units),
    g.executions > 0 ? (g.units / g.executions).toFixed(1) : '0',
    String(g.maxUnits),
    String(g.errors),
    String(g.totalMs),
  ]);
}

/** Exceptions not yet resolved: the operations team's queue. */
export function openExceptions(report: DemoReport): number {
  return report.exceptions.filter((e) => e.status !== 'Resolved').length;
}

/** What was done about an exception during the day, in one sentence. */
export function fixText(fix: ExceptionFix): string {
  return (
    `at ${fix.at} ${fix.who} added SKU map ${fix.skuMapId}: ${fix.sku} → ${fix.itemSku} (${fix.itemName}); ` +
    `the configuration user event ran ${fix.userEventRuns}× and marked ${staleText(fix.staleChannels)}; ` +
    `at ${fix.retryAt} Patchworks retried the order: HTTP ${fix.retryHttpStatus}, ${fix.retryStatus}; ` +
    `the exception is now ${fix.exceptionStatus}.`
  );
}

function staleText(channels: readonly string[]): string {
  if (channels.length === 0) return 'no cached configuration stale';
  const plural = channels.length === 1 ? '' : 's';
  return `the cached configuration of channel${plural} ${channels.join(', ')} stale`;
}

/**
 * A script's deployments, shortened when they share the script's own name as prefix:
 * "customdeploy_pwi_config_ue_{channel, sku_map}" instead of the full ids repeated.
 */
export function deploymentsText(scriptId: string, deployments: readonly string[]): string {
  const prefix = `${scriptId.replace(/^customscript_/, 'customdeploy_')}_`;
  if (deployments.length < 2 || !deployments.every((d) => d.startsWith(prefix)))
    return deployments.join(', ');
  return `${prefix}{${deployments.map((d) => d.slice(prefix.length)).join(', ')}}`;
}

/** RESTlet answers counted by HTTP status ("200×12, 400×1"). */
export function statusCounts(byStatus: Readonly<Record<string, number>>): string {
  return Object.entries(byStatus)
    .map(([status, count]) => `${status}×${count}`)
    .join(', ');
}

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((100 * part) / whole)} %` : '0 %';
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The report as plain text for the terminal. */
export function renderText(report: DemoReport): string {
  const out: string[] = [];
  out.push(`pwi demo — emulated NetSuite account ${report.accountId}, business day ${report.businessDay}`);
  out.push(
    `Served at ${report.baseUrl}; the whole run took ${(report.wallMs / 1000).toFixed(1)} s, ` +
      `${percent(report.scriptMs, report.wallMs)} of it inside scripts.`,
  );

  out.push('\nFlows the project deploys');
  out.push(
    table(
      ['Script', 'Type', 'Deployments', 'Replayed as'],
      report.flows.map((f) => [
        f.scriptId,
        f.scriptType,
        deploymentsText(f.scriptId, f.deployments),
        f.replayedAs ?? '— (no scenario yet)',
      ]),
    ),
  );

  if (report.customers.length > 0) {
    out.push('\nCustomers synced on their own');
    for (const c of report.customers)
      out.push(`  ${c.topic} — ${c.label}: ${c.status}${c.customerId ? ` (customer ${c.customerId})` : ''}`);
  }

  out.push('\nOrders: what NetSuite now holds');
  out.push(
    table(
      [
        'Channel',
        'Order',
        'Result',
        'NetSuite record',
        'Shopify total',
        'NetSuite total',
        'Tax S/N',
        'Ties',
        'Fulfilled',
      ],
      report.orders.map((o) => [
        o.channel,
        o.name,
        o.status,
        recordText(o),
        formatMoney(o.shopifyTotal),
        o.netsuiteTotal ? formatMoney(o.netsuiteTotal) : '—',
        o.netsuiteTax
          ? `${formatMoney(o.shopifyTax)} / ${formatMoney(o.netsuiteTax)}`
          : formatMoney(o.shopifyTax),
        o.tied === null ? '—' : o.tied ? 'yes' : 'NO',
        fulfilmentText(o),
      ]),
    ),
  );
  for (const r of report.redeliveries)
    out.push(
      `Repeated delivery of ${r.name}: HTTP ${r.httpStatus}, ${r.status}, ${r.sameRecord ? 'same record' : 'NOT the record of the first delivery'}.`,
    );
  out.push('\nTotals per channel (posted orders only)');
  out.push(
    table(
      ['Channel', 'Orders', 'Shopify', 'NetSuite', 'Tied to the cent'],
      report.channels.map((c) => [
        c.channel,
        String(c.ordersPosted),
        formatMoney(c.shopifyTotal),
        formatMoney(c.netsuiteTotal),
        c.tied ? 'yes' : 'NO',
      ]),
    ),
  );

  if (report.burst) {
    const b = report.burst;
    out.push('\nEvening catch-up: orders released all at once');
    out.push(
      `  ${b.orders} orders against a limit of ${b.concurrencyLimit} requests in flight, ${b.saveLatencyMs} ms per record save: ` +
        `${b.refusals} requests refused with SSS_REQUEST_LIMIT_EXCEEDED and retried (at most ${b.maxAttempts} attempts), ` +
        `${b.created} created, at most ${b.maxRecordsPerOrder} record per Shopify order, ` +
        `${formatMoney(b.shopifyTotal)} in Shopify, ${formatMoney(b.netsuiteTotal)} in NetSuite (${b.tied ? 'tied' : 'NOT tied'}), ` +
        `${(b.wallMs / 1000).toFixed(1)} s.`,
    );
  }

  out.push(`\nExceptions raised today (${openExceptions(report)} still open)`);
  if (report.exceptions.length === 0) out.push('  none');
  for (const e of report.exceptions) {
    out.push(`  [${e.category}, ${e.status}] ${e.reference} (exception ${e.recordId}): ${e.message}`);
    out.push(`      Suggested fix: ${e.suggestedFix}`);
    for (const fix of report.fixes.filter((f) => f.exceptionId === e.recordId))
      out.push(`      Worked: ${fixText(fix)}`);
  }

  out.push('\nStock shipped today (on hand per location)');
  if (report.stockMoves.length === 0) out.push('  no stock moved');
  else out.push(table(['SKU', 'Location', 'Before', 'After', 'Moved'], stockMoveRows(report.stockMoves)));

  out.push('\nEvents sent out of NetSuite');
  if (report.eventsSent.length === 0) out.push('  none (no outbound flow is deployed yet)');
  for (const e of report.eventsSent) out.push(`  ${e.method} ${e.url} → ${e.status ?? 'no response'}`);

  out.push('\nGovernance used per flow');
  out.push(
    table(
      ['Flow', 'Type', 'Runs', 'Units', 'Units/run', 'Max', 'Errors', 'Script ms'],
      governanceRows(report.governance),
    ),
  );

  out.push(
    `\nHTTP: ${report.http.requests} RESTlet requests (${statusCounts(report.http.byStatus)}); refused logins ${report.http.refusedLogins}; ` +
      `peak concurrency ${report.http.peakConcurrency} of ${report.http.concurrencyLimit}.`,
  );
  if (report.gaps.length > 0) {
    out.push('\nNot covered yet');
    for (const gap of report.gaps) out.push(`  - ${gap}`);
  }
  return out.join('\n');
}

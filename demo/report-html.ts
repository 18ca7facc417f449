import {
  type DemoReport,
  deploymentsText,
  fixText,
  formatMoney,
  fulfilmentText,
  governanceRows,
  openExceptions,
  recordText,
  statusCounts,
  stockMoveRows,
} from './report';

/** One self-contained HTML page: inline CSS, no scripts, no external assets, every value escaped. */
export function renderHtml(report: DemoReport): string {
  const tiedAll = report.channels.every((c) => c.tied);
  const posted = report.orders.filter((o) => o.recordId !== null).length;
  const sections = [
    section(
      'Flows the project deploys',
      table(
        ['Script', 'Type', 'Deployments', 'Replayed as'],
        report.flows.map((f) => [
          f.scriptId,
          f.scriptType,
          deploymentsText(f.scriptId, f.deployments),
          f.replayedAs ?? '— no scenario yet',
        ]),
      ),
    ),
    report.customers.length === 0
      ? ''
      : section(
          'Customers synced on their own',
          table(
            ['Webhook', 'What happened in Shopify', 'Result', 'NetSuite customer'],
            report.customers.map((c) => [c.topic, c.label, c.status, c.customerId ?? '—']),
          ),
        ),
    section(
      'Orders: what NetSuite now holds',
      table(
        [
          'Channel',
          'Order',
          'Result',
          'NetSuite record',
          'Shopify total',
          'NetSuite total',
          'Shopify tax',
          'NetSuite tax',
          'Ties',
          'Fulfilled',
          'Note',
        ],
        report.orders.map((o) => [
          o.channel,
          o.name,
          o.status,
          recordText(o),
          formatMoney(o.shopifyTotal),
          o.netsuiteTotal ? formatMoney(o.netsuiteTotal) : '—',
          formatMoney(o.shopifyTax),
          o.netsuiteTax ? formatMoney(o.netsuiteTax) : '—',
          o.tied === null ? '—' : o.tied ? '✔' : '✘',
          fulfilmentText(o),
          o.note,
        ]),
        (row) => (row[8] === '✘' ? 'bad' : ''),
      ),
    ),
    section(
      'Totals per channel',
      table(
        ['Channel', 'Orders posted', 'Shopify', 'NetSuite', 'Tied to the cent'],
        report.channels.map((c) => [
          c.channel,
          String(c.ordersPosted),
          formatMoney(c.shopifyTotal),
          formatMoney(c.netsuiteTotal),
          c.tied ? '✔ yes' : '✘ no',
        ]),
        (row) => (row[4]?.startsWith('✘') ? 'bad' : ''),
      ),
    ),
    report.burst === null
      ? ''
      : section(
          'Evening catch-up: orders released all at once',
          table(
            [
              'Orders',
              'Limit',
              'ms per save',
              'Refused (retried)',
              'Most attempts',
              'Created',
              'Records per order',
              'Shopify',
              'NetSuite',
              'Tied',
              'Seconds',
            ],
            [
              [
                String(report.burst.orders),
                String(report.burst.concurrencyLimit),
                String(report.burst.saveLatencyMs),
                String(report.burst.refusals),
                String(report.burst.maxAttempts),
                String(report.burst.created),
                String(report.burst.maxRecordsPerOrder),
                formatMoney(report.burst.shopifyTotal),
                formatMoney(report.burst.netsuiteTotal),
                report.burst.tied ? '✔' : '✘',
                (report.burst.wallMs / 1000).toFixed(1),
              ],
            ],
          ),
        ),
    section(
      `Exceptions raised today, with suggested fixes (${openExceptions(report)} still open)`,
      report.exceptions.length === 0
        ? '<p>None.</p>'
        : `<ul>${report.exceptions
            .map((e) => {
              const worked = report.fixes
                .filter((f) => f.exceptionId === e.recordId)
                .map((f) => `<br><em>Worked:</em> ${esc(fixText(f))}`)
                .join('');
              const state = e.status === 'Resolved' ? 'ok' : 'no';
              return `<li><strong>${esc(e.category)}</strong> <span class="${state}">${esc(e.status)}</span> · exception ${esc(e.recordId)} · ${esc(e.reference)}: ${esc(e.message)}<br><em>Suggested fix:</em> ${esc(e.suggestedFix)}${worked}</li>`;
            })
            .join('')}</ul>`,
    ),
    section(
      'Stock shipped today (on hand per location)',
      report.stockMoves.length === 0
        ? '<p>No stock moved.</p>'
        : table(['SKU', 'Location', 'Before', 'After', 'Moved'], stockMoveRows(report.stockMoves)),
    ),
    section(
      'Events sent out of NetSuite',
      report.eventsSent.length === 0
        ? '<p>None: no outbound flow is deployed yet.</p>'
        : table(
            ['Method', 'URL', 'Status'],
            report.eventsSent.map((e) => [e.method, e.url, String(e.status ?? 'no response')]),
          ),
    ),
    section(
      'Governance used per flow',
      table(
        ['Flow', 'Type', 'Runs', 'Units', 'Units per run', 'Max', 'Errors', 'Script ms'],
        governanceRows(report.governance),
      ),
    ),
    section(
      'The day, step by step',
      table(
        ['Flow', 'Step', 'HTTP', 'Result', 'ms'],
        report.steps.map((s) => [
          s.flow,
          s.label,
          s.httpStatus === null ? '—' : String(s.httpStatus),
          s.result,
          String(s.ms),
        ]),
      ),
    ),
    report.gaps.length === 0
      ? ''
      : section('Not covered yet', `<ul>${report.gaps.map((g) => `<li>${esc(g)}</li>`).join('')}</ul>`),
  ];
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pwi demo report — ${esc(report.accountId)}</title>
<style>
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1d2733;background:#fbfbfa}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d6dbe0;padding-bottom:.25rem}
.summary{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.card{background:#fff;border:1px solid #d6dbe0;border-radius:6px;padding:.75rem 1rem;flex:1 1 10rem}
.card b{display:block;font-size:1.4rem}table{border-collapse:collapse;width:100%;font-size:.85rem;background:#fff}
th,td{border:1px solid #e1e5e9;padding:.3rem .5rem;text-align:left;vertical-align:top}th{background:#eef1f4}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}.ok{color:#11703a}.no{color:#b3261e}tr.bad td{background:#fdecea}
li{margin:.4rem 0}small{color:#5b6673}
</style>
</head>
<body>
<h1>pwi demo — what the emulated NetSuite account holds after a day of Shopify traffic</h1>
<small>Account ${esc(report.accountId)} · business day ${esc(report.businessDay)} · served at ${esc(report.baseUrl)} · run took ${(report.wallMs / 1000).toFixed(1)} s, ${report.wallMs > 0 ? Math.round((100 * report.scriptMs) / report.wallMs) : 0} % of it inside scripts</small>
<div class="summary">
<div class="card"><b>${posted}</b>orders posted</div>
<div class="card"><b>${tiedAll ? '✔' : '✘'}</b>totals tie to Shopify</div>
<div class="card"><b>${openExceptions(report)}</b>exceptions still open (${report.exceptions.length} raised)</div>
<div class="card"><b>${report.http.requests}</b>RESTlet requests<br><small>HTTP ${esc(statusCounts(report.http.byStatus))}${report.burst ? `; ${report.burst.refusals} refused at the concurrency limit, retried` : ''}</small></div>
</div>
${sections.join('\n')}
</body>
</html>
`;
}

function section(title: string, body: string): string {
  return `<section><h2>${esc(title)}</h2>${body}</section>`;
}

function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  rowClass: (row: readonly string[]) => string = () => '',
): string {
  const head = `<tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map((row) => {
      const cls = rowClass(row);
      return `<tr${cls ? ` class="${cls}"` : ''}>${row.map((cell) => `<td${cellClass(cell)}>${esc(cell)}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<table>${head}${body}</table>`;
}

/** Amounts and counts align right so their digits line up; ticks and crosses take their colour. */
function cellClass(cell: string): string {
  if (/^(?:[A-Z]{3} )?-?[\d,]+(?:\.\d+)?$/.test(cell)) return ' class="num"';
  if (cell.startsWith('✔')) return ' class="ok"';
  if (cell.startsWith('✘')) return ' class="no"';
  return '';
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// Issue 4 item 3: `npm run demo` ends with a readable report (what NetSuite holds, totals tied to Shopify, the
// exceptions with their suggested fixes, the events sent, governance per flow) and writes the SAME report as one
// self-contained HTML page. The demo suite checks the figures and that order names reach both renderings; this
// checks every section's content reaches both. `npm test` builds first; alone, run `npm run build`.
import * as path from 'node:path';
import { type DemoRun, runDemo } from '../../demo/demo';
import { fixText, formatMoney, renderText } from '../../demo/report';
import { renderHtml } from '../../demo/report-html';

const ROOT = path.resolve(__dirname, '..', '..');

/** How the HTML page writes a text: the five characters HTML gives meaning to as numeric entities. */
function inHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

let run: DemoRun;
let text = '';
let html = '';

beforeAll(async () => {
  run = await runDemo({
    projectDir: ROOT,
    seedPath: path.join(ROOT, 'emulator', 'seeds', 'demo.json'),
    progress: () => undefined,
  });
  text = renderText(run.report);
  html = renderHtml(run.report);
}, 120_000);

test('the day produced something in every section the report promises, except events (no outbound flow yet)', () => {
  const report = run.report;
  expect(report.orders.length).toBeGreaterThan(0);
  expect(report.channels.length).toBe(2);
  expect(report.exceptions.length).toBeGreaterThan(0);
  // Every deployed flow ran and has its governance row: the day includes a configuration edit (the SKU map the
  // operations lead adds for #1004), so the configuration cache's user event runs too.
  const ran = new Set(report.governance.map((g) => g.flow.split(' / ')[0]));
  expect(report.flows.length).toBeGreaterThan(0);
  expect(report.flows.filter((f) => !ran.has(f.scriptId)).map((f) => f.scriptId)).toEqual([]);
  expect(report.stockMoves.length).toBeGreaterThan(0);
});

test('each exception with its message, suggested fix and status, in the text and in the HTML page', () => {
  for (const exception of run.report.exceptions) {
    expect(exception.suggestedFix.length).toBeGreaterThan(10);
    for (const part of [exception.message, exception.suggestedFix]) {
      expect(text).toContain(part);
      expect(html).toContain(inHtml(part));
    }
    expect(text).toContain(`[${exception.category}, ${exception.status}] ${exception.reference}`);
    expect(html).toContain(`${inHtml(exception.status)}</span> · exception ${exception.recordId}`);
  }
});

test('the exception worked during the day shows resolved, with what was done, in both', () => {
  expect(run.report.fixes.length).toBeGreaterThan(0);
  for (const fix of run.report.fixes) {
    const exception = run.report.exceptions.find((e) => e.recordId === fix.exceptionId);
    expect(exception?.status).toBe('Resolved');
    expect(text).toContain(`Worked: ${fixText(fix)}`);
    expect(html).toContain(inHtml(fixText(fix)));
  }
  expect(text).toContain('Exceptions raised today (0 still open)');
  expect(html).toContain('<b>0</b>exceptions still open');
});

test('the totals per channel, tied to Shopify, in both', () => {
  for (const channel of run.report.channels) {
    expect(channel.tied).toBe(true);
    for (const total of [channel.shopifyTotal, channel.netsuiteTotal]) {
      expect(text).toContain(formatMoney(total));
      expect(html).toContain(formatMoney(total));
    }
  }
});

test('governance per flow and the stock each item moved, in both', () => {
  for (const flow of run.report.governance) {
    for (const rendering of [text, html]) {
      expect(rendering).toContain(flow.flow.split(' / ')[0]);
      expect(rendering).toContain(String(flow.units));
    }
  }
  for (const move of run.report.stockMoves) {
    expect(text).toContain(move.sku);
    expect(html).toContain(inHtml(move.sku));
    expect(html).toContain(inHtml(move.location));
  }
});

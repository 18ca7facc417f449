import { type DemoReport, formatMoney, renderText } from '../../demo/report';
import { renderHtml } from '../../demo/report-html';

const gbp = (minor: number) => ({ minor, currency: 'GBP' });

const report: DemoReport = {
  accountId: 'TSTDRV1',
  baseUrl: 'http://127.0.0.1:1234',
  businessDay: '2026-01-05',
  flows: [
    {
      scriptId: 'customscript_pwi_order_rl',
      scriptType: 'restlet',
      deployments: ['customdeploy_pwi_order_rl'],
      replayedAs: 'POST',
    },
  ],
  steps: [
    { flow: 'customscript_pwi_order_rl', label: 'POST #1001', httpStatus: 200, result: 'created', ms: 12 },
  ],
  orders: [
    {
      channel: 'UK',
      name: '#1001',
      shopifyOrderId: '1',
      status: 'created',
      httpStatus: 200,
      recordType: 'salesorder',
      recordId: '7',
      tranid: 'SO7',
      shopifyTotal: gbp(7395),
      shopifyTax: gbp(1233),
      netsuiteTotal: gbp(7394),
      netsuiteTax: gbp(1233),
      tied: false,
      fulfilmentId: null,
      note: 'new customer',
    },
  ],
  redeliveries: [],
  customers: [],
  burst: null,
  channels: [
    {
      channel: 'UK',
      currency: 'GBP',
      ordersPosted: 1,
      shopifyTotal: gbp(7395),
      netsuiteTotal: gbp(7394),
      tied: false,
    },
  ],
  exceptions: [
    {
      category: 'Missing SKU',
      status: 'Open',
      recordId: '1',
      message: 'SKU <script>alert(1)</script> & "friends"',
      suggestedFix: 'Map it.',
      reference: 'UK #1004',
    },
  ],
  eventsSent: [],
  stockMoves: [{ sku: 'TEE-BLK-M', location: 'Leeds Warehouse', before: 55, after: 53 }],
  governance: [
    {
      flow: 'customscript_pwi_order_rl / customdeploy_pwi_order_rl',
      scriptType: 'RESTLET',
      executions: 2,
      units: 70,
      maxUnits: 40,
      errors: 0,
      totalMs: 9,
    },
  ],
  http: { requests: 2, byStatus: { '200': 2 }, refusedLogins: 0, peakConcurrency: 1, concurrencyLimit: 5 },
  wallMs: 1500,
  scriptMs: 300,
  gaps: ['customscript_pwi_refund_rl (restlet) is deployed but the demo has no scenario for it yet.'],
};

describe('demo report renderers', () => {
  it('formats money from minor units with the currency, thousands grouped', () => {
    expect(formatMoney(gbp(123456789))).toBe('GBP 1,234,567.89');
    expect(formatMoney({ minor: -5, currency: 'USD' })).toBe('USD -0.05');
  });

  it('shows a total that does not tie as NOT tied, in text and HTML', () => {
    const text = renderText(report);
    expect(text).toMatch(/#1001 .* GBP 73\.95 .* GBP 73\.94 .* NO/);
    expect(text).toContain('Units/run');
    expect(text).toContain('35.0');
    expect(text).toContain('took 1.5 s, 20 % of it inside scripts');
    expect(text).toMatch(/TEE-BLK-M\s+Leeds Warehouse\s+55\s+53\s+-2/);
    const html = renderHtml(report);
    expect(html).toContain('<tr class="bad">');
    expect(html).toContain('<b>✘</b>totals tie to Shopify');
  });

  it('escapes every value in the HTML page, which loads nothing from outside', () => {
    const html = renderHtml(report);
    expect(html).not.toContain('<script>');
    expect(html).toContain('SKU &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;friends&#34;');
    expect(html).not.toMatch(/<link|\bsrc=|url\(/i);
    expect(html).toContain('Not covered yet');
  });
});

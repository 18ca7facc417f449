import { deploymentsText, type DemoReport, formatMoney, renderText } from '../../demo/report';
import { summarise } from '../../demo/summarise';
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
  fixes: [
    {
      at: '13:45',
      who: 'the operations lead',
      reference: 'UK #1004',
      exceptionId: '1',
      sku: 'TEE-PNK-M',
      itemSku: 'TEE-PINK-M',
      itemName: 'Classic Organic Tee — Pink / M',
      skuMapId: '2',
      userEventRuns: 1,
      staleChannels: ['UK'],
      retryAt: '13:50',
      retryHttpStatus: 200,
      retryStatus: 'exception',
      exceptionStatus: 'Open',
    },
  ],
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

  it('lists what was done about an exception under it, and counts the ones still open', () => {
    const text = renderText(report);
    expect(text).toContain('Exceptions raised today (1 still open)');
    expect(text).toMatch(
      /\[Missing SKU, Open\] UK #1004 \(exception 1\)[^\n]*\n\s+Suggested fix: Map it\.\n\s+Worked: at 13:45 the operations lead added SKU map 2: TEE-PNK-M → TEE-PINK-M/,
    );
    expect(text).toContain(
      'at 13:50 Patchworks retried the order: HTTP 200, exception; the exception is now Open.',
    );
    const html = renderHtml(report);
    expect(html).toContain('<b>1</b>exceptions still open (1 raised)');
    expect(html).toContain('<em>Worked:</em> at 13:45 the operations lead added SKU map 2');
    expect(html).toContain('<span class="no">Open</span>');
  });

  it('aligns amounts and counts to the right and colours ticks, leaving text cells alone', () => {
    const html = renderHtml(report);
    expect(html).toContain('<td class="num">GBP 73.95</td>');
    expect(html).toContain('<td class="num">-2</td>');
    expect(html).toContain('<td>new customer</td>');
    expect(html).toContain('<td class="no">✘ no</td>');
  });

  it('shortens deployments named after their script, and leaves others whole', () => {
    expect(
      deploymentsText('customscript_pwi_config_ue', [
        'customdeploy_pwi_config_ue_channel',
        'customdeploy_pwi_config_ue_sku_map',
      ]),
    ).toBe('customdeploy_pwi_config_ue_{channel, sku_map}');
    expect(deploymentsText('customscript_pwi_order_rl', ['customdeploy_pwi_order_rl'])).toBe(
      'customdeploy_pwi_order_rl',
    );
    expect(deploymentsText('customscript_pwi_x', ['customdeploy_pwi_x_a', 'customdeploy_other'])).toBe(
      'customdeploy_pwi_x_a, customdeploy_other',
    );
  });

  it('summarises an order answer by its record, leaving out what the answer left null', () => {
    expect(summarise({ status: 'created', recordType: 'salesorder', tranid: 'SO7', id: 7 })).toBe(
      'created salesorder SO7 (id 7)',
    );
    expect(summarise({ status: 'created', recordType: 'cashsale', tranid: '8', id: 8 })).toBe(
      'created cashsale 8',
    );
    expect(
      summarise({
        status: 'exception',
        recordType: null,
        tranid: null,
        id: null,
        exceptions: [{ category: 'MISSING_SKU' }],
      }),
    ).toBe('status exception, exceptions MISSING_SKU');
    expect(
      summarise({
        found: true,
        record: { recordType: 'cashsale', tranid: '6', status: null },
        fulfilment: { state: 'complete' },
      }),
    ).toBe('found cashsale 6, fulfilment complete');
  });
});

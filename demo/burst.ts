import type { Account } from '../emulator/src/account';
import type { EmulatorServer } from '../emulator/src/server/emulator-server';
import { FLOW, type OrderReply } from './flows';
import { minorOf } from './read-back';
import type { BurstOutcome } from './report';
import { replyObject, type RestletClient } from './restlet-client';
import { catchUpBurst } from './scenario';

/** The catch-up burst: a save at a real account's pace, and Patchworks-style retries with growing backoff. */
export const BURST = { saveLatencyMs: 400, maxAttempts: 8, backoffMs: 250 } as const;

/**
 * Sends the evening burst all at once and retries SSS_REQUEST_LIMIT_EXCEEDED with growing backoff, then checks
 * that each Shopify order is held by exactly one record and that the totals tie.
 */
export async function replayBurst(
  account: Account,
  client: RestletClient,
  deploy: string,
  server: EmulatorServer,
): Promise<BurstOutcome> {
  const orders = catchUpBurst();
  const refusedBefore = server.concurrency().refused;
  const started = Date.now();
  const results = await Promise.all(
    orders.map(async (order) => {
      for (let attempt = 1; ; attempt++) {
        const reply = await client.call('POST', FLOW.order, deploy, {
          body: { channel: order.channel, order: order.payload },
        });
        const body = replyObject(reply);
        const code = (body['error'] as { code?: string } | undefined)?.code;
        if (code === 'SSS_REQUEST_LIMIT_EXCEEDED' && attempt < BURST.maxAttempts) {
          await new Promise((resolve) => setTimeout(resolve, BURST.backoffMs * attempt));
          continue;
        }
        return { order, attempts: attempt, body: body as OrderReply };
      }
    }),
  );
  const wallMs = Date.now() - started;
  let shopify = 0;
  let netsuite = 0;
  let maxRecordsPerOrder = 0;
  for (const { order, body } of results) {
    shopify += order.figures.totalMinor;
    const holding = ['salesorder', 'cashsale'].flatMap((type) =>
      account.ui.findRecords(type, { custbody_pwi_shopify_order_id: order.shopifyOrderId }),
    );
    maxRecordsPerOrder = Math.max(maxRecordsPerOrder, holding.length);
    if (body.id !== undefined && body.id !== null && body.recordType) {
      netsuite += minorOf(account.ui.loadRecord(body.recordType, String(body.id)).fields['total']) ?? 0;
    }
  }
  return {
    orders: orders.length,
    concurrencyLimit: server.concurrency().limit,
    saveLatencyMs: BURST.saveLatencyMs,
    refusals: server.concurrency().refused - refusedBefore,
    maxAttempts: Math.max(...results.map((r) => r.attempts)),
    created: results.filter((r) => r.body.status === 'created').length,
    maxRecordsPerOrder,
    shopifyTotal: { minor: shopify, currency: 'GBP' },
    netsuiteTotal: { minor: netsuite, currency: 'GBP' },
    tied: shopify === netsuite,
    wallMs,
  };
}

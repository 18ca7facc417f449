import { Account } from '../emulator/src/account';
import { serveAccount } from '../emulator/src/server/account-adapter';
import { EmulatorServer } from '../emulator/src/server/emulator-server';
import { BURST, replayBurst } from './burst';
import { CONFIG_UE, workMissingSku } from './exception-fix';
import { FLOW, type OrderReply } from './flows';
import {
  channelTotals,
  exceptionRecords,
  governance,
  readBack,
  stockMoves,
  stockSnapshot,
} from './read-back';
import type {
  BurstOutcome,
  CustomerOutcome,
  DemoReport,
  DeployedFlow,
  ExceptionFix,
  OrderOutcome,
  Redelivery,
  StepOutcome,
} from './report';
import { replyObject, RestletClient, type RestletReply } from './restlet-client';
import {
  BUSINESS_DAY,
  catchUpBurst,
  type CustomerEvent,
  customerEvents,
  type DayEvent,
  skuFixes,
  tradingDay,
} from './scenario';
import { summarise } from './summarise';

/** The step's flow when a person does it in NetSuite rather than a script. */
const UI = 'NetSuite UI';

export interface DemoOptions {
  readonly projectDir: string;
  readonly seedPath: string;
  /** Progress lines while the day runs; the CLI prints them, the test collects them. */
  readonly progress?: (line: string) => void;
  /** Passed to the server's latency model (0 for the demo: it measures the scripts, not a slow account). */
  readonly saveLatencyMs?: number;
}

/** The demo's own run, kept so a caller (the test) can look deeper than the report. */
export interface DemoRun {
  readonly report: DemoReport;
  readonly account: Account;
}

/**
 * Replays a trading day against a freshly deployed account, over HTTP with signed requests as Patchworks would,
 * then reads back what NetSuite holds. Runs every flow the project deploys that the demo has a scenario for.
 */
export async function runDemo(options: DemoOptions): Promise<DemoRun> {
  const started = Date.now();
  const progress = options.progress ?? (() => undefined);
  progress(`Deploying ${options.projectDir} into an emulated account with the seed ${options.seedPath} ...`);
  const account = Account.deploy(options.projectDir, { seed: options.seedPath });
  const server = new EmulatorServer(serveAccount(account), { saveLatencyMs: options.saveLatencyMs ?? 0 });
  const baseUrl = await server.listen(0);
  progress(`Account ${account.accountId} is served at ${baseUrl} (RESTlets behind OAuth 1.0a).`);

  try {
    const integration = account.integrations[0];
    const token = integration?.tokens[0];
    if (!integration || !token) throw new Error('The seed has no integration token to sign requests with.');
    const client = new RestletClient(baseUrl, {
      accountId: account.accountId,
      consumerKey: integration.consumerKey,
      consumerSecret: integration.consumerSecret,
      tokenId: token.tokenId,
      tokenSecret: token.tokenSecret,
    });

    const stockBefore = stockSnapshot(account);
    const steps: StepOutcome[] = [];
    const gaps: string[] = [];
    const replayed = new Map<string, string>();
    const deployed = new Map(account.scripts().map((s) => [s.def.scriptId, s]));
    const firstDeployment = (scriptId: string): string | null =>
      deployed.get(scriptId)?.deployments[0]?.def.scriptId ?? null;
    const step = (
      flow: string,
      label: string,
      reply: RestletReply | null,
      result: string,
      ms: number,
    ): void => {
      steps.push({ flow, label, httpStatus: reply?.status ?? null, result, ms });
      progress(`  ${label}: ${result}${reply ? ` (HTTP ${reply.status}, ${reply.ms} ms)` : ''}`);
    };

    // 1. Health first, as an integration's connection test would.
    const healthDeploy = firstDeployment(FLOW.health);
    if (healthDeploy) {
      progress('Checking the bundle health RESTlet ...');
      const reply = await client.call('GET', FLOW.health, healthDeploy);
      step(FLOW.health, 'GET health', reply, summarise(reply.body), reply.ms);
      replayed.set(FLOW.health, 'GET at the start of the day');
    }

    // 2. Customer webhooks Patchworks syncs on their own, at their time of day around the orders.
    const customerDeploy = firstDeployment(FLOW.customer);
    const customers: CustomerOutcome[] = [];
    const syncCustomers = async (events: readonly CustomerEvent[]): Promise<void> => {
      if (!customerDeploy) return;
      for (const event of events) {
        const reply = await client.call('POST', FLOW.customer, customerDeploy, {
          body: { channel: event.channel, customer: event.body },
        });
        const body = replyObject(reply);
        customers.push({
          label: event.label,
          topic: event.topic,
          httpStatus: reply.status,
          status: typeof body['status'] === 'string' ? body['status'] : `error ${reply.status}`,
          customerId: body['id'] === undefined || body['id'] === null ? null : String(body['id']),
        });
        step(
          FLOW.customer,
          `${event.at} ${event.topic}: ${event.label}`,
          reply,
          summarise(reply.body),
          reply.ms,
        );
      }
      replayed.set(FLOW.customer, 'POST customers/create and customers/update webhooks');
    };
    const firstOrderAt = tradingDay()[0]?.at ?? '00:00';
    if (customerDeploy) progress(`Syncing customer webhooks through ${FLOW.customer} ...`);
    await syncCustomers(customerEvents().filter((event) => event.at < firstOrderAt));

    // 3. The day's orders, in the order Shopify took them.
    const orders: OrderOutcome[] = [];
    const fixes: ExceptionFix[] = [];
    const redeliveries: Redelivery[] = [];
    const orderDeploy = firstDeployment(FLOW.order);
    if (orderDeploy) {
      progress(`Replaying ${tradingDay().length} order deliveries through ${FLOW.order} ...`);
      // Exceptions someone works during the day, in time order between the deliveries.
      const pendingFixes = [...skuFixes()].sort((a, b) => a.at.localeCompare(b.at));
      const workFixesDueBy = async (time: string): Promise<void> => {
        while (pendingFixes[0] !== undefined && pendingFixes[0].at <= time) {
          const fix = pendingFixes.shift();
          if (fix === undefined) break;
          const index = orders.findIndex((o) => o.channel === fix.channel && o.name === fix.orderName);
          const delivered = tradingDay().find(
            (e) => !e.redelivery && e.order.channel === fix.channel && e.order.name === fix.orderName,
          );
          const t0 = Date.now();
          try {
            if (index < 0 || delivered === undefined) throw new Error(`${fix.orderName} was not delivered`);
            const worked = await workMissingSku(account, client, orderDeploy, fix, delivered);
            fixes.push(worked.fix);
            step(
              UI,
              `${fix.at} ${fix.who} maps ${fix.sku} → ${worked.fix.itemSku}`,
              null,
              `SKU map ${worked.fix.skuMapId}, as exception ${worked.fix.exceptionId} suggested; ` +
                `${CONFIG_UE} ran ${worked.fix.userEventRuns}×`,
              Date.now() - t0,
            );
            step(
              FLOW.order,
              `${fix.retryAt} ${fix.channel} ${fix.orderName} retried by Patchworks`,
              worked.retry.reply,
              `${summarise(worked.retry.reply.body)}; exception ${worked.fix.exceptionId} ${worked.fix.exceptionStatus}`,
              worked.retry.reply.ms,
            );
            const retried = readBack(account, delivered, worked.retry.reply.status, worked.retry.body);
            orders[index] = {
              ...retried,
              note: `${retried.note}; posted on Patchworks' retry after the SKU map was added`,
            };
            replayed.set(CONFIG_UE, `afterSubmit of the SKU map ${fix.who} adds at ${fix.at}`);
          } catch (error) {
            gaps.push(
              `Working the exception of ${fix.channel} ${fix.orderName}: ${(error as Error).message}.`,
            );
          }
        }
      };
      for (const event of tradingDay()) {
        await workFixesDueBy(event.at);
        const outcome = await deliverOrder(client, orderDeploy, event, step);
        if (event.redelivery) {
          const first = orders.find((o) => o.shopifyOrderId === event.order.shopifyOrderId);
          // Only a record made by the first delivery can be compared; no record on either side is no match.
          const same =
            first !== undefined && first.recordId !== null && first.recordId === outcome.reply.id?.toString();
          redeliveries.push({
            name: event.order.name,
            status: outcome.reply.status ?? 'no status',
            httpStatus: outcome.httpStatus,
            sameRecord: same,
          });
          step(
            FLOW.order,
            `${event.order.name} again (Patchworks retry)`,
            null,
            `${outcome.reply.status ?? `HTTP ${outcome.httpStatus}`}${same ? ', same record' : ', not the first delivery’s record'}`,
            0,
          );
          continue;
        }
        orders.push(readBack(account, event, outcome.httpStatus, outcome.reply));
      }
      await workFixesDueBy('24:00');
      replayed.set(FLOW.order, 'POST per Shopify order (one repeated), GET order state');

      // 4. The warehouse ships what it can: Sales Orders become shipped item fulfilments.
      progress('Fulfilling sales orders as the warehouse would (ship status C) ...');
      for (const [index, order] of orders.entries()) {
        if (order.recordType !== 'salesorder' || order.recordId === null) continue;
        const t0 = Date.now();
        try {
          // Orders arrive Pending Fulfillment unless their channel asks for approval (custrecord_pwi_ch_so_status);
          // those the operations team approves first, as it would before releasing them to the warehouse.
          const current = account.ui.loadRecord('salesorder', order.recordId);
          if (current.fields['orderstatus'] === 'A') {
            account.ui.editRecord('salesorder', order.recordId, { fields: { orderstatus: 'B' } });
            step(UI, `approve ${order.name}`, null, 'pending approval → pending fulfilment', Date.now() - t0);
          }
          const fulfilmentId = account.ui.transformRecord('salesorder', order.recordId, 'itemfulfillment', {
            fields: { shipstatus: 'C' },
          });
          orders[index] = { ...order, fulfilmentId: String(fulfilmentId) };
          step(UI, `fulfil ${order.name}`, null, `item fulfilment ${fulfilmentId}, shipped`, Date.now() - t0);
        } catch (error) {
          step(
            UI,
            `fulfil ${order.name}`,
            null,
            `not fulfilled: ${(error as Error).message}`,
            Date.now() - t0,
          );
        }
      }

      // 5. What Patchworks would ask afterwards: the state of each order.
      const stateReplies = await Promise.all(
        orders.map((o) =>
          client.call('GET', FLOW.order, orderDeploy, { query: { shopifyOrderId: o.shopifyOrderId } }),
        ),
      );
      stateReplies.forEach((reply, i) =>
        step(FLOW.order, `GET state of ${orders[i]?.name ?? '?'}`, reply, summarise(reply.body), reply.ms),
      );
    } else {
      gaps.push(`${FLOW.order} is not deployed yet: no orders were replayed.`);
    }

    // 6. The evening catch-up: a burst beyond the concurrency limit, at a real account's speed, retried with backoff.
    let burst: BurstOutcome | null = null;
    if (orderDeploy) {
      progress(
        `Evening catch-up: ${catchUpBurst().length} orders at once, ${BURST.saveLatencyMs} ms per record save, ` +
          `limit ${server.concurrency().limit} ...`,
      );
      server.setSaveLatency(BURST.saveLatencyMs);
      try {
        burst = await replayBurst(account, client, orderDeploy, server);
      } finally {
        server.setSaveLatency(options.saveLatencyMs ?? 0);
      }
      step(
        FLOW.order,
        'evening catch-up burst',
        null,
        `${burst.created}/${burst.orders} created, ${burst.refusals} refusals retried, ${burst.tied ? 'tied' : 'NOT tied'}`,
        burst.wallMs,
      );
    }

    await syncCustomers(customerEvents().filter((event) => event.at >= firstOrderAt));

    // 7. Scheduled work: every scheduled and map/reduce deployment runs to completion.
    for (const script of account.scripts()) {
      if (script.def.type !== 'scheduledscript' && script.def.type !== 'mapreducescript') continue;
      for (const deployment of script.deployments) {
        const t0 = Date.now();
        try {
          account.runDeployment(script.def.scriptId, deployment.def.scriptId);
          step(script.def.scriptId, `run ${deployment.def.scriptId}`, null, 'completed', Date.now() - t0);
        } catch (error) {
          step(
            script.def.scriptId,
            `run ${deployment.def.scriptId}`,
            null,
            `failed: ${(error as Error).message}`,
            Date.now() - t0,
          );
        }
        replayed.set(script.def.scriptId, 'run to completion after the orders');
      }
    }

    const flows: DeployedFlow[] = account.scripts().map((s) => ({
      scriptId: s.def.scriptId,
      scriptType: s.def.type,
      deployments: s.deployments.map((d) => d.def.scriptId),
      replayedAs:
        replayed.get(s.def.scriptId) ??
        (s.def.type === 'usereventscript' ? 'fires on the records the day saves' : null),
    }));
    for (const flow of flows)
      if (flow.replayedAs === null)
        gaps.push(
          `${flow.scriptId} (${flow.scriptType}) is deployed but the demo has no scenario for it yet.`,
        );

    // Answers the account could not give (not emulated, emulator faults) are gaps to close, named with their code.
    for (const s of steps)
      if (s.httpStatus !== null && s.httpStatus >= 500)
        gaps.push(`${s.label}: HTTP ${s.httpStatus}, ${s.result.replace(/\.+$/, '')}.`);

    const stats = server.concurrency();
    const byStatus: Record<string, number> = {};
    for (const request of server.requests) byStatus[request.status] = (byStatus[request.status] ?? 0) + 1;

    const report: DemoReport = {
      accountId: account.accountId,
      baseUrl,
      businessDay: BUSINESS_DAY,
      flows,
      steps,
      orders,
      redeliveries,
      customers,
      fixes,
      burst,
      channels: channelTotals(orders),
      exceptions: exceptionRecords(account),
      stockMoves: stockMoves(stockBefore, stockSnapshot(account)),
      eventsSent: account.httpRequests.map((r) => ({ method: r.method, url: r.url, status: r.status })),
      governance: governance(account),
      http: {
        requests: server.requests.length,
        byStatus,
        refusedLogins: server.loginAudit.length,
        peakConcurrency: stats.peak,
        concurrencyLimit: stats.limit,
      },
      wallMs: Date.now() - started,
      scriptMs: Math.round(account.executions().reduce((sum, e) => sum + e.durationMs, 0)),
      gaps,
    };
    return { report, account };
  } finally {
    await server.close();
  }
}
async function deliverOrder(
  client: RestletClient,
  deploy: string,
  event: DayEvent,
  step: (flow: string, label: string, reply: RestletReply | null, result: string, ms: number) => void,
): Promise<{ httpStatus: number; reply: OrderReply }> {
  const { order } = event;
  // Patchworks wraps the webhook as the REST Admin API does, naming the store.
  const reply = await client.call('POST', FLOW.order, deploy, {
    body: { channel: order.channel, order: order.payload },
  });
  const body = replyObject(reply) as OrderReply;
  if (!event.redelivery)
    step(
      FLOW.order,
      `${event.at} ${order.channel} ${order.name} (${event.intent.join(', ')})`,
      reply,
      summarise(reply.body),
      reply.ms,
    );
  return { httpStatus: reply.status, reply: body };
}

import type { Account } from '../account';
import { DeployError } from '../sdf/project-model';
import type { ExecutionRecord } from '../execution';
import type { AccountLike, ExecutionView, RecordView } from './account-like';
import type { TbaCredential } from './tba-verifier';

interface PlainRecordLike {
  readonly id: number;
  readonly type: string;
  readonly fields: RecordView['fields'];
  readonly sublists: RecordView['sublists'];
}

function recordView(record: PlainRecordLike): RecordView {
  return { id: String(record.id), type: record.type, fields: record.fields, sublists: record.sublists };
}

export function executionView(record: ExecutionRecord): ExecutionView {
  return {
    script: record.scriptId,
    deployment: record.deploymentId,
    scriptType: record.scriptType,
    entryPoint: record.entryPoint,
    units: record.units,
    durationMs: record.durationMs,
    outcome: record.outcome,
    ...(record.error ? { error: record.error } : {}),
    startedAt: record.startedAt.toISOString(),
    log: record.logs.map((line) => ({
      level: line.level,
      title: line.title,
      details: line.details,
      at: line.at.toISOString(),
    })),
  };
}

/** The runtime's Account as the HTTP server sees it. */
export function serveAccount(account: Account): AccountLike {
  return {
    accountId: account.accountId,
    concurrencyLimit: account.settings.concurrencyLimit,
    credentials: (): TbaCredential[] =>
      account.integrations.flatMap((integration) =>
        integration.tokens.map((token) => ({
          integration: integration.name,
          consumerKey: integration.consumerKey,
          consumerSecret: integration.consumerSecret,
          tokenId: token.tokenId,
          tokenSecret: token.tokenSecret,
          user: String(token.user.id),
          role: token.user.roleId,
        })),
      ),
    writes: () => account.store.writes(),
    invokeRestlet: (call) => {
      const answer = account.invokeRestlet({
        script: call.script,
        deploy: call.deploy,
        method: call.method,
        query: call.query,
        ...(call.contentType === null ? {} : { contentType: call.contentType }),
        ...(call.body === null ? {} : { body: call.body }),
        as: account.userForToken(call.tokenId),
      });
      return { status: answer.status, contentType: answer.contentType, body: answer.body };
    },
    createRecord: (type, input) => String(account.ui.createRecord(type, input)),
    loadRecord: (type, id) => recordView(account.ui.loadRecord(type, id)),
    findRecords: (type, equals) => account.ui.findRecords(type, equals).map(recordView),
    transformRecord: (fromType, id, toType, input) =>
      String(account.ui.transformRecord(fromType, id, toType, input)),
    runDeployment: (scriptId, deploymentId) => account.runDeployment(scriptId, deploymentId ?? undefined),
    setParameters: (scriptId, deploymentId, values) => {
      // account.script throws DeployError for an unknown script; the deployment must be one of its own.
      if (!account.script(scriptId).deployments.some((d) => d.def.scriptId === deploymentId))
        throw new DeployError(scriptId, `${deploymentId} is not one of its deployments`);
      account.setParameters(deploymentId, values);
    },
    advanceClock: (seconds) => {
      account.clock.advance(seconds);
      return account.clock.now();
    },
    now: () => account.clock.now(),
    executions: () => account.executions().map(executionView),
  };
}

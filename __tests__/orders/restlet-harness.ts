import * as path from 'node:path';
import { Account } from '../../emulator/src/account';
import { ORDER_SEED } from './emulator-seed';

export const ROOT = path.join(__dirname, '..', '..');

/** A fresh emulated account with the built project deployed and the order seed applied. */
export function orderAccount(): Account {
  return Account.deploy(ROOT, { seed: ORDER_SEED });
}

export interface RestletAnswer {
  readonly status: number;
  readonly body: Record<string, unknown>;
  readonly units: number;
}

/** Calls the order RESTlet exactly as Patchworks would (application/json), returning the parsed answer and units. */
export function callOrders(
  account: Account,
  method: 'POST' | 'GET',
  payload: unknown,
  query: Record<string, string> = {},
): RestletAnswer {
  const response = account.invokeRestlet({
    script: 'customscript_pwi_order_rl',
    deploy: 'customdeploy_pwi_order_rl',
    method,
    query,
    contentType: 'application/json',
    ...(method === 'POST' ? { body: JSON.stringify(payload) } : {}),
  });
  const executions = account.executions();
  const last = executions[executions.length - 1];
  return {
    status: response.status,
    body: JSON.parse(response.body) as Record<string, unknown>,
    units: last?.units ?? -1,
  };
}

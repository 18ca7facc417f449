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
  contentType: 'application/json' | 'text/plain' = 'application/json',
): RestletAnswer {
  const response = account.invokeRestlet({
    script: 'customscript_pwi_order_rl',
    deploy: 'customdeploy_pwi_order_rl',
    method,
    query,
    contentType,
    ...(method === 'POST' ? { body: typeof payload === 'string' ? payload : JSON.stringify(payload) } : {}),
  });
  const executions = account.executions();
  const last = executions[executions.length - 1];
  return {
    status: response.status,
    body: parseAnswer(response.body),
    units: last?.units ?? -1,
  };
}

/** JSON answers parse; a text/plain error body ("error code: …") is kept as {text}. */
function parseAnswer(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { text };
  }
}

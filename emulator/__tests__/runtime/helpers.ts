import * as path from 'node:path';
import type { SchemaRegistry } from '../../src/account-api';
import { Account, type DeployOptions } from '../../src/account';
import type { RestletResponse } from '../../src/runners/restlet';
import { testRegistry } from '../support/registry';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/**
 * A registry with no standard record types: shows the runtime needs nothing of the records layer beyond the
 * SchemaRegistry interface (Account.deploy's `schemas` option).
 */
export const emptyRegistry = (): SchemaRegistry => testRegistry();

/** The basic fixture project deployed into a new account with the record layer's standard schemas. */
export function deployBasic(options: DeployOptions = {}): Account {
  return Account.deploy(fixture('basic'), options);
}

/** The basic project's echo RESTlet, at its released deployment. */
export const ECHO = { script: 'customscript_fx_echo_rl', deploy: 'customdeploy_fx_echo_rl' } as const;

/** POSTs `body` as JSON to the echo RESTlet (its commands say what the script does: createNote, submitTask...). */
export function postToEcho(account: Account, body: object): RestletResponse {
  return account.invokeRestlet({ ...ECHO, method: 'POST', contentType: 'application/json', body });
}

export function parse(body: string): Record<string, unknown> {
  return JSON.parse(body) as Record<string, unknown>;
}

import * as path from 'node:path';
import type { SchemaRegistry } from '../../src/account-api';
import { Account, type DeployOptions } from '../../src/account';
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

export function parse(body: string): Record<string, unknown> {
  return JSON.parse(body) as Record<string, unknown>;
}

import * as path from 'node:path';
import type { SchemaRegistry } from '../../src/account-api';
import { Account, type DeployOptions } from '../../src/account';
import type { RecordTypeSchema } from '../../src/records/types';

export const FIXTURES = path.join(__dirname, '..', 'fixtures');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}

/**
 * A registry with no standard record types: shows the runtime needs nothing of the records layer beyond the
 * SchemaRegistry interface (Account.deploy's `schemas` option).
 */
export function emptyRegistry(): SchemaRegistry {
  const schemas = new Map<string, RecordTypeSchema>();
  return {
    schemaOf(type) {
      const schema = schemas.get(type);
      if (!schema) throw new Error(`no schema ${type} in the test registry`);
      return schema;
    },
    has: (type) => schemas.has(type),
    register: (schema) => void schemas.set(schema.type, schema),
    types: () => [...schemas.keys()],
  };
}

/** The basic fixture project deployed into a new account with the record layer's standard schemas. */
export function deployBasic(options: DeployOptions = {}): Account {
  return Account.deploy(fixture('basic'), options);
}

export function parse(body: string): Record<string, unknown> {
  return JSON.parse(body) as Record<string, unknown>;
}

import type { SchemaRegistry } from '../../src/account-api';
import { nsError } from '../../src/errors';
import type { RecordTypeSchema } from '../../src/records/types';

/**
 * A SchemaRegistry holding only the record types a test hands it (none by default), so a test shows how little
 * of the records layer it needs. A type it does not hold is SSS_INVALID_RECORD_TYPE, as in an account.
 */
export function testRegistry(schemas: readonly RecordTypeSchema[] = []): SchemaRegistry {
  const byType = new Map(schemas.map((schema) => [schema.type, schema]));
  return {
    schemaOf(type) {
      const schema = byType.get(type);
      if (!schema)
        throw nsError('SSS_INVALID_RECORD_TYPE', `The record type [${type.toUpperCase()}] is invalid.`);
      return schema;
    },
    has: (type) => byType.has(type),
    register: (schema) => void byType.set(schema.type, schema),
    types: () => [...byType.keys()],
  };
}

import { nsError } from '../errors';
import type { FieldValue, RecordTypeSchema, StoredRecord, SublistLine } from './types';

/** Deep copy, so no caller ever holds a reference into the database. */
export function cloneStored(stored: StoredRecord): StoredRecord {
  return {
    type: stored.type,
    id: stored.id,
    version: stored.version,
    fields: cloneValues(stored.fields),
    sublists: Object.fromEntries(
      Object.entries(stored.sublists).map(([id, lines]) => [id, lines.map((line) => cloneValues(line))]),
    ),
  };
}

function cloneValues<T extends Record<string, FieldValue>>(values: T): T {
  const copy: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(values)) {
    copy[key] = value instanceof Date ? new Date(value) : Array.isArray(value) ? [...value] : value;
  }
  return copy as T;
}

/**
 * The account's database: records by type and internal id, external ids unique per record group, and an
 * optimistic-lock version per record. It enforces identity rules only; field rules live in the record layer.
 */
export class RecordStore {
  private readonly byType = new Map<string, Map<number, StoredRecord>>();
  private readonly externalIds = new Map<string, { type: string; id: number }>();
  private readonly sequences = new Map<string, number>();
  /** Writes since the account started (inserts, updates, deletes): the HTTP server's latency model reads it. */
  private writeCount = 0;

  constructor(private readonly schemaOf: (type: string) => RecordTypeSchema) {}

  /** Inserts a new record and returns its internal id. Internal ids are sequential per external-id group. */
  insert(type: string, fields: Record<string, FieldValue>, sublists: Record<string, SublistLine[]>): number {
    const schema = this.schemaOf(type);
    const externalId = externalIdOf(fields);
    if (externalId !== null) this.assertExternalIdFree(schema, externalId);
    const id = this.nextId(type);
    this.sequences.set(schema.externalIdGroup, id);
    const stored: StoredRecord = { type, id, version: 1, fields: { ...fields, id: String(id) }, sublists };
    this.table(type).set(id, cloneStored(stored));
    if (externalId !== null) this.externalIds.set(externalKey(schema, externalId), { type, id });
    this.writeCount += 1;
    return id;
  }

  /** Replaces a record's values. `expectedVersion` is the version the caller loaded: a stale one is RCRD_HAS_BEEN_CHANGED. */
  update(
    type: string,
    id: number,
    expectedVersion: number,
    fields: Record<string, FieldValue>,
    sublists: Record<string, SublistLine[]>,
  ): StoredRecord {
    const current = this.require(type, id);
    if (current.version !== expectedVersion) {
      throw nsError(
        'RCRD_HAS_BEEN_CHANGED',
        'Record has been changed since you loaded it. Reload and try again.',
      );
    }
    const schema = this.schemaOf(type);
    const before = externalIdOf(current.fields);
    const after = externalIdOf(fields);
    if (after !== null && after.toLowerCase() !== before?.toLowerCase())
      this.assertExternalIdFree(schema, after);
    if (before !== null) this.externalIds.delete(externalKey(schema, before));
    if (after !== null) this.externalIds.set(externalKey(schema, after), { type, id });
    const next: StoredRecord = {
      type,
      id,
      version: current.version + 1,
      fields: { ...fields, id: String(id) },
      sublists,
    };
    this.table(type).set(id, cloneStored(next));
    this.writeCount += 1;
    return cloneStored(next);
  }

  delete(type: string, id: number): void {
    const current = this.require(type, id);
    const externalId = externalIdOf(current.fields);
    if (externalId !== null) this.externalIds.delete(externalKey(this.schemaOf(type), externalId));
    this.table(type).delete(id);
    this.writeCount += 1;
  }

  /** How many writes the database has taken so far; a difference over a request counts that request's saves. */
  writes(): number {
    return this.writeCount;
  }

  /** The internal id the next insert of this type will get (NetSuite numbers new transactions with it). */
  nextId(type: string): number {
    return (this.sequences.get(this.schemaOf(type).externalIdGroup) ?? 0) + 1;
  }

  /** A copy of the record, or RCRD_DSNT_EXIST. */
  require(type: string, id: number): StoredRecord {
    const found = this.find(type, id);
    if (!found) throw nsError('RCRD_DSNT_EXIST', `That record does not exist. path: ${type} id: ${id}`);
    return found;
  }

  find(type: string, id: number): StoredRecord | undefined {
    const stored = this.byType.get(type)?.get(id);
    return stored ? cloneStored(stored) : undefined;
  }

  /** The record holding an external id within the type's group, if any (case-insensitive). */
  findByExternalId(type: string, externalId: string): StoredRecord | undefined {
    const hit = this.externalIds.get(externalKey(this.schemaOf(type), externalId));
    return hit && hit.type === type ? this.find(hit.type, hit.id) : undefined;
  }

  /** Every record of a type, in internal-id order, without copying (for searches; callers must not mutate). */
  scan(type: string): readonly StoredRecord[] {
    return [...this.table(type).values()];
  }

  types(): string[] {
    return [...this.byType.keys()];
  }

  private assertExternalIdFree(schema: RecordTypeSchema, externalId: string): void {
    if (this.externalIds.has(externalKey(schema, externalId))) {
      throw nsError('DUP_RCRD', `This record already exists (external id ${externalId}).`);
    }
  }

  private table(type: string): Map<number, StoredRecord> {
    let table = this.byType.get(type);
    if (!table) {
      table = new Map();
      this.byType.set(type, table);
    }
    return table;
  }
}

function externalIdOf(fields: Record<string, FieldValue>): string | null {
  const value = fields['externalid'];
  return typeof value === 'string' && value !== '' ? value : null;
}

function externalKey(schema: RecordTypeSchema, externalId: string): string {
  return `${schema.externalIdGroup}\u0000${externalId.toLowerCase()}`;
}

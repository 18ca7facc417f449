import * as fs from 'node:fs';
import type * as NRecord from 'N/record';
import type { EmulatedAccount } from './account-api';
import { NotEmulatedError } from './errors';
import type { LogLevel } from './execution';
import { nModule } from './loader';
import { totals } from './records/inventory';
import type { SublistLine } from './records/types';
import { toFieldValue } from './runners/ui';

/** The seed file format (see emulator/README.md): an account's starting state in NetSuite's vocabulary. */
export interface Seed {
  readonly accountId?: string;
  readonly settings?: Partial<SeedSettings>;
  readonly integrations?: readonly SeedIntegration[];
  /** API secret values by custsecret_ id. */
  readonly secrets?: Readonly<Record<string, string>>;
  readonly records?: readonly SeedRecord[];
  /** Parameter values by deployment id (customdeploy_...), over the Objects XML. */
  readonly parameters?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface SeedSettings {
  readonly timeZone: string;
  readonly concurrencyLimit: number;
  readonly defaultLogLevel: LogLevel;
  readonly dateFormat?: string;
  readonly timeFormat?: string;
}

export interface SeedIntegration {
  readonly name: string;
  readonly consumerKey: string;
  readonly consumerSecret: string;
  readonly tokens: readonly SeedToken[];
}

export interface SeedToken {
  readonly tokenId: string;
  readonly tokenSecret: string;
  /** "@key" of an employee record of the seed, or an internal id. */
  readonly user: string;
  /** Role script id: customrole_... or a standard role such as 'administrator'. */
  readonly role: string;
}

export interface SeedRecord {
  readonly type: string;
  /** Name later records use to point here with "@key". */
  readonly key?: string;
  readonly fields?: Readonly<Record<string, unknown>>;
  readonly sublists?: Readonly<Record<string, readonly Readonly<Record<string, unknown>>[]>>;
}

/** A seed that cannot be applied: names where (records[3].fields.entity) and why. */
export class SeedError extends Error {
  constructor(
    readonly where: string,
    problem: string,
  ) {
    super(`seed ${where}: ${problem}`);
    this.name = 'SEED_ERROR';
  }
}

/** Reads a seed file (JSON) or passes an object through, checking its outline. */
export function loadSeed(input: string | Seed): Seed {
  let seed: unknown = input;
  if (typeof input === 'string') {
    let textValue: string;
    try {
      textValue = fs.readFileSync(input, 'utf8');
    } catch (error) {
      throw new SeedError(input, `cannot read the file (${(error as Error).message})`);
    }
    try {
      seed = JSON.parse(textValue) as unknown;
    } catch (error) {
      throw new SeedError(input, `not valid JSON (${(error as Error).message})`);
    }
  }
  if (typeof seed !== 'object' || seed === null || Array.isArray(seed))
    throw new SeedError('(root)', 'a seed is a JSON object');
  const candidate = seed as Seed;
  if (candidate.records !== undefined && !Array.isArray(candidate.records))
    throw new SeedError('records', 'must be an array');
  (candidate.records ?? []).forEach((record, index) => {
    if (
      typeof record !== 'object' ||
      record === null ||
      typeof record.type !== 'string' ||
      record.type === ''
    )
      throw new SeedError(`records[${index}]`, 'needs a "type"');
  });
  if (candidate.integrations !== undefined && !Array.isArray(candidate.integrations))
    throw new SeedError('integrations', 'must be an array');
  return candidate;
}

/**
 * Replaces "@key" strings by the internal id (as a string) of the earlier seed record with that key, anywhere in
 * a value; "@@text" is the literal "@text". A key not yet created is a SeedError naming the place.
 */
export function resolveRefs(value: unknown, ids: ReadonlyMap<string, number>, where: string): unknown {
  if (typeof value === 'string') {
    if (value.startsWith('@@')) return value.slice(1);
    if (value.startsWith('@')) {
      const key = value.slice(1);
      const id = ids.get(key);
      if (id === undefined)
        throw new SeedError(where, `"@${key}" names no earlier record (keys must be defined before use)`);
      return String(id);
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => resolveRefs(item, ids, `${where}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, resolveRefs(v, ids, `${where}.${k}`)]),
    );
  }
  return value;
}

/**
 * Creates the seed's records in order through N/record, as an administrator entering them (the caller runs this
 * inside a UI execution with user events switched off). Each "@key" resolves to an earlier record's id.
 *
 * Lines of an item's `locations` sublist are opening stock: NetSuite sets those lines itself (scripts cannot add
 * them), so the seed writes them as the record's starting quantities: on hand as given, nothing committed or on
 * order, available = on hand, and the item's totals over all locations.
 */
export function createSeedRecords(
  account: EmulatedAccount,
  records: readonly SeedRecord[],
  ids: Map<string, number>,
): void {
  const recordModule = nModule('N/record') as typeof NRecord;
  records.forEach((entry, index) => {
    const where = `records[${index}] (${entry.key ?? entry.type})`;
    if (entry.key !== undefined && ids.has(entry.key))
      throw new SeedError(where, `key "${entry.key}" is used twice`);
    const fields = resolveRefs(entry.fields ?? {}, ids, `${where}.fields`) as Record<string, unknown>;
    const sublists = resolveRefs(entry.sublists ?? {}, ids, `${where}.sublists`) as Record<
      string,
      Record<string, unknown>[]
    >;
    let id: number;
    try {
      const schema = account.schemas.schemaOf(entry.type);
      const rec = recordModule.create({ type: entry.type });
      for (const [fieldId, value] of Object.entries(fields))
        rec.setValue({ fieldId, value: toFieldValue(schema.fields[fieldId], value) as NRecord.FieldValue });
      for (const [sublistId, lines] of Object.entries(sublists)) {
        if (sublistId === 'locations') continue;
        const lineFields = schema.sublists[sublistId]?.fields ?? {};
        lines.forEach((line, lineIndex) => {
          for (const [fieldId, value] of Object.entries(line)) {
            rec.setSublistValue({
              sublistId,
              fieldId,
              line: lineIndex,
              value: toFieldValue(lineFields[fieldId], value) as NRecord.FieldValue,
            });
          }
        });
      }
      id = rec.save();
      const opening = sublists['locations'];
      if (opening) writeOpeningStock(account, entry.type, id, opening);
    } catch (error) {
      if (error instanceof NotEmulatedError || error instanceof SeedError) throw error;
      throw new SeedError(where, `${(error as Error).name}: ${(error as Error).message}`);
    }
    if (entry.key !== undefined) ids.set(entry.key, id);
  });
}

function writeOpeningStock(
  account: EmulatedAccount,
  type: string,
  id: number,
  opening: readonly Record<string, unknown>[],
): void {
  const stored = account.store.require(type, id);
  if (!account.schemas.schemaOf(type).sublists['locations'])
    throw new SeedError(`${type} ${id}`, `${type} has no locations sublist`);
  const lines: SublistLine[] = opening.map((line, index) => {
    const location = line['location'];
    const onHand = Number(line['quantityonhand'] ?? 0);
    const unknown = Object.keys(line).filter((key) => key !== 'location' && key !== 'quantityonhand');
    if (unknown.length > 0)
      throw new SeedError(
        `locations[${index}]`,
        `opening stock takes location and quantityonhand only (${unknown.join(', ')})`,
      );
    if (typeof location !== 'string' || !account.store.find('location', Number(location)))
      throw new SeedError(`locations[${index}]`, `location ${String(location)} does not exist`);
    if (!Number.isFinite(onHand) || onHand < 0)
      throw new SeedError(`locations[${index}]`, `quantityonhand must be a number ≥ 0`);
    return {
      location,
      quantityonhand: onHand,
      quantitycommitted: 0,
      quantityavailable: onHand,
      quantityonorder: 0,
      quantitybackordered: 0,
    };
  });
  account.store.update(
    type,
    id,
    stored.version,
    { ...stored.fields, ...totals(lines) },
    { ...stored.sublists, locations: lines },
  );
}

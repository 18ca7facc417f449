import type { FieldValue, RecordTypeSchema, StoredRecord, SublistLine } from '../records/types';
import { PLAIN, type FieldAccessor, type Level, type Lookups, type Row } from './fields';

/** Item search fields read from the item's per-location quantities (the `locations` sublist). */
const LOCATION_QUANTITY_FIELDS: Readonly<Record<string, string>> = {
  locationquantityavailable: 'quantityavailable',
  locationquantityonhand: 'quantityonhand',
  locationquantitycommitted: 'quantitycommitted',
  locationquantityonorder: 'quantityonorder',
  locationquantitybackordered: 'quantitybackordered',
};

/** Item-level quantities: totals over the locations when the item type has no field of its own for them. */
export const ITEM_TOTAL_FIELDS: ReadonlySet<string> = new Set(Object.values(LOCATION_QUANTITY_FIELDS));

/** One row per location line or kit member line; an item with none has one row with those fields empty. */
export function expandedRows(
  schema: RecordTypeSchema,
  record: StoredRecord,
  expansion: 'location' | 'member',
  rows: Row[],
): void {
  const lines = record.sublists[expansion === 'location' ? 'locations' : 'member'] ?? [];
  if (lines.length === 0) {
    rows.push({ record, schema, kind: 'record', line: null, seq: 0 });
    return;
  }
  lines.forEach((line, index) => rows.push({ record, schema, kind: 'record', line, seq: index + 1 }));
}

/** inventorylocation, locationquantity*, memberitem, memberquantity; null for other names. */
export function itemLineField(lookups: Lookups, name: string): FieldAccessor | null {
  if (name === 'inventorylocation')
    return lineSelect(lookups, name, 'location', 'location', (line) => line['location'] ?? null);
  if (name === 'memberitem')
    return lineSelect(lookups, name, 'item', 'member', (line) => line['item'] ?? null);
  const quantityField = LOCATION_QUANTITY_FIELDS[name];
  if (quantityField)
    return {
      ...PLAIN,
      id: name,
      kind: 'number',
      display: 'float',
      level: 'location',
      read: (row) => row.line?.[quantityField] ?? null,
    };
  if (name === 'memberquantity')
    return {
      ...PLAIN,
      id: name,
      kind: 'number',
      display: 'float',
      level: 'member',
      read: (row) => row.line?.['quantity'] ?? null,
    };
  return null;
}

export function itemTotal(name: string): FieldAccessor {
  return {
    ...PLAIN,
    id: name,
    kind: 'number',
    display: 'float',
    level: 'body',
    read: (row) => {
      const lines = row.record.sublists['locations'];
      if (!lines || lines.length === 0) return null;
      return lines.reduce((sum, line) => sum + (Number(line[name] ?? 0) || 0), 0);
    },
  };
}

function lineSelect(
  lookups: Lookups,
  id: string,
  selectType: string,
  level: Level,
  pick: (line: SublistLine) => FieldValue,
): FieldAccessor {
  const read = (row: Row): FieldValue => (row.line ? pick(row.line) : null);
  return {
    ...PLAIN,
    id,
    kind: 'select',
    display: 'select',
    level,
    selectType,
    read,
    text: (row) => lookups.selectText(selectType, undefined, read(row)),
  };
}

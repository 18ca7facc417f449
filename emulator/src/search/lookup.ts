import type { EmulatedAccount } from '../account-api';
import { NotEmulatedError, nsError } from '../errors';
import { Catalog, type Row } from './catalog';
import { dateSettingsOf } from './engine';
import { findTarget } from './record-types';
import { formatValue, jsonValue } from './values';

export type LookupValue = string | boolean | { value: string; text: string }[];

/**
 * search.lookupFields: body fields of one record, joined fields as 'join.field'. Selects and multi-selects come
 * back as arrays of {value, text} (the documentation's own sample; an empty select is []), check boxes as
 * booleans, everything else as the string a search column prints (netsuite-runtime.md §6.6). Transactions answer
 * from their main line.
 */
export function lookupFields(
  account: EmulatedAccount,
  type: string,
  id: unknown,
  columns: readonly string[],
): Record<string, LookupValue> {
  const catalog = new Catalog(account, type);
  const found = findTarget(account, catalog.schemas, String(id));
  if (!found)
    throw new NotEmulatedError(
      `search.lookupFields on ${type} ${String(id)}, which does not exist (NetSuite's answer)`,
    );
  const row: Row = {
    record: found.record,
    schema: found.schema,
    kind: catalog.family === 'transaction' ? 'main' : 'record',
    line: null,
    seq: 0,
  };
  const dates = dateSettingsOf(account);
  const out: Record<string, LookupValue> = {};
  for (const column of columns) {
    if (typeof column !== 'string' || column === '')
      throw nsError('SSS_MISSING_REQD_ARGUMENT', 'search.lookupFields: Missing a required argument: columns');
    const accessor = catalog.resolve(column, null, 'column');
    if (accessor.level === 'location' || accessor.level === 'member' || !accessor.columnable)
      throw new NotEmulatedError(`search.lookupFields of '${column}'`);
    const raw = accessor.columnValue ? accessor.columnValue(row) : accessor.read(row);
    const cell = { raw, text: accessor.text(row), display: accessor.display };
    out[column] =
      accessor.display === 'select' || accessor.display === 'multiselect'
        ? (jsonValue(cell, dates) as { value: string; text: string }[])
        : formatValue(cell, dates);
  }
  return out;
}

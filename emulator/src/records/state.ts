import type { EmulatedAccount } from '../account-api';
import { SALE_ITEM_TYPES } from './schemas/items';
import type { FieldValue, StoredRecord, SublistLine } from './types';

/** A record's values, saved or about to be: what the save pipeline's rules read. */
export interface RecordState {
  readonly fields: Record<string, FieldValue>;
  readonly sublists: Record<string, SublistLine[]>;
}

export function stateOf(stored: StoredRecord | null | undefined): RecordState | null {
  return stored ? { fields: stored.fields, sublists: stored.sublists } : null;
}

export function num(value: FieldValue | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

export function str(value: FieldValue | undefined): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function linesOf(state: RecordState | null, sublistId: string): SublistLine[] {
  return state?.sublists[sublistId] ?? [];
}

/** The record type of an item id (items share one id space), or undefined when no such item exists. */
export function itemTypeOf(account: EmulatedAccount, itemId: string | null): string | undefined {
  if (itemId === null) return undefined;
  const id = Number(itemId);
  return SALE_ITEM_TYPES.find((type) => account.store.find(type, id) !== undefined);
}

/** Items whose lines go on fulfilments: inventory, kits, and non-inventory items marked "can be fulfilled". */
export function isFulfillable(account: EmulatedAccount, itemId: string | null): boolean {
  const type = itemTypeOf(account, itemId);
  if (type === 'inventoryitem' || type === 'kititem') return true;
  if (type === 'noninventoryitem')
    return account.store.find(type, Number(itemId))?.fields['isfulfillable'] === true;
  return false;
}

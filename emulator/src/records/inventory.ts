import type { EmulatedAccount } from '../account-api';
import { nsError } from '../errors';
import { itemTypeOf, linesOf, num, str, type RecordState } from './state';
import type { StoredRecord, SublistLine } from './types';

/**
 * Per-location stock of inventory items, as NetSuite keeps it in the item's locations sublist.
 *
 * Two quantities are tracked per item and location: on hand (moved by fulfilments, receipts, adjustments,
 * transfers and stand-alone sales/credits) and demand (the unfulfilled quantity of open sales orders at that
 * location). NetSuite's "commit as available" then gives committed = min(demand, on hand), backordered = demand −
 * committed and available = on hand − committed. Pooling demand per location is order-independent; NetSuite
 * commits line by line, which yields the same totals once commitments are re-run after stock arrives.
 * Sources (fidelity review): NS section_N2281482 "Selling Inventory": sales orders, invoices and cash sales affect
 * inventory; by default available items are committed on the sales order (on hand − committed = available, its
 * 100 − 70 = 30 example), and what cannot be filled from available is backordered.
 */

/** Quantity by `${item}@${location}` (internal ids). */
export type StockVector = Map<string, number>;

const key = (item: string, location: string): string => `${item}@${location}`;

function add(vector: StockVector, item: string, location: string, quantity: number): void {
  if (quantity === 0) return;
  const k = key(item, location);
  vector.set(k, (vector.get(k) ?? 0) + quantity);
}

/** An item line's quantity in stocked items: an inventory item itself, a kit's members (recursively), else none. */
export function stockedComponents(
  account: EmulatedAccount,
  itemId: string,
  quantity: number,
): Array<[string, number]> {
  const type = itemTypeOf(account, itemId);
  if (type === 'inventoryitem') return [[itemId, quantity]];
  if (type !== 'kititem') return [];
  const kit = account.store.require('kititem', Number(itemId));
  const out: Array<[string, number]> = [];
  for (const member of kit.sublists['member'] ?? []) {
    const memberItem = str(member['item']);
    const memberQuantity = num(member['quantity']);
    if (memberItem && memberQuantity)
      out.push(...stockedComponents(account, memberItem, quantity * memberQuantity));
  }
  return out;
}

function lineLocation(state: RecordState, line: SublistLine, bodyField = 'location'): string | null {
  return str(line['location']) ?? str(state.fields[bodyField]);
}

function moveLines(
  account: EmulatedAccount,
  state: RecordState,
  sign: 1 | -1,
  vector: StockVector,
  include: (line: SublistLine) => boolean = () => true,
): void {
  for (const line of linesOf(state, 'item')) {
    const item = str(line['item']);
    const quantity = num(line['quantity']);
    if (!item || !quantity || !include(line)) continue;
    const components = stockedComponents(account, item, quantity);
    if (components.length === 0) continue;
    const location = lineLocation(state, line);
    // With multi-location inventory NetSuite needs a location to move stock.
    if (!location) throw nsError('USER_ERROR', 'Please enter value(s) for: Location');
    for (const [component, qty] of components) add(vector, component, location, sign * qty);
  }
}

/** How a transaction changes on-hand quantities while it exists. */
export function onHandEffect(account: EmulatedAccount, type: string, state: RecordState | null): StockVector {
  const vector: StockVector = new Map();
  if (!state) return vector;
  const createdFromType = createdFromTypeOf(account, state);
  switch (type) {
    case 'itemfulfillment':
      // Stock leaves when the fulfilment is shipped: with Pick, Pack and Ship, picked and packed fulfilments do not
      // post inventory (UNCONFIRMED: no source found here; without that feature every fulfilment saves as
      // shipped, the default the record layer gives shipstatus).
      if (state.fields['shipstatus'] === 'C')
        moveLines(account, state, -1, vector, (line) => line['itemreceive'] !== false);
      break;
    case 'itemreceipt':
      moveLines(account, state, 1, vector, (line) => line['itemreceive'] !== false);
      break;
    case 'cashsale':
    case 'invoice':
      // Billed from a sales order, the fulfilment moved the stock; a stand-alone sale ships on its own (NS
      // section_N2281482 lists invoices and cash sales among the sales transactions that affect inventory).
      if (createdFromType !== 'salesorder') moveLines(account, state, -1, vector);
      break;
    case 'creditmemo':
    case 'cashrefund':
      // Credited from a return authorisation, the item receipt brought the stock back.
      if (createdFromType !== 'returnauthorization') moveLines(account, state, 1, vector);
      break;
    case 'inventoryadjustment':
      for (const line of linesOf(state, 'inventory')) {
        const item = str(line['item']);
        const location = str(line['location']) ?? str(state.fields['adjlocation']);
        const quantity = num(line['adjustqtyby']);
        if (item && location && quantity) add(vector, item, location, quantity);
      }
      break;
    case 'inventorytransfer': {
      const from = str(state.fields['location']);
      const to = str(state.fields['transferlocation']);
      for (const line of linesOf(state, 'inventory')) {
        const item = str(line['item']);
        const quantity = num(line['adjustqtyby']);
        if (!item || !quantity || !from || !to) continue;
        add(vector, item, from, -quantity);
        add(vector, item, to, quantity);
      }
      break;
    }
  }
  return vector;
}

/** Open sales order quantity waiting for stock: approved, not closed or cancelled, per line location. */
export function demandOf(account: EmulatedAccount, type: string, state: RecordState | null): StockVector {
  const vector: StockVector = new Map();
  if (!state || type !== 'salesorder') return vector;
  const status = state.fields['orderstatus'];
  if (status === 'A' || status === 'C' || status === 'H') return vector;
  for (const line of linesOf(state, 'item')) {
    if (line['isclosed'] === true) continue;
    const item = str(line['item']);
    const open = (num(line['quantity']) ?? 0) - (num(line['quantityfulfilled']) ?? 0);
    const location = lineLocation(state, line);
    if (!item || open <= 0 || !location) continue;
    for (const [component, qty] of stockedComponents(account, item, open))
      add(vector, component, location, qty);
  }
  return vector;
}

export function difference(after: StockVector, before: StockVector): StockVector {
  const out: StockVector = new Map(after);
  for (const [k, quantity] of before) out.set(k, (out.get(k) ?? 0) - quantity);
  for (const [k, quantity] of out) if (quantity === 0) out.delete(k);
  return out;
}

function createdFromTypeOf(account: EmulatedAccount, state: RecordState): string | undefined {
  const from = str(state.fields['createdfrom']);
  if (!from) return undefined;
  for (const type of ['salesorder', 'returnauthorization', 'invoice', 'cashsale', 'creditmemo']) {
    if (account.store.find(type, Number(from))) return type;
  }
  return undefined;
}

/**
 * The inventory items as they will be after the stock changes: one new state per touched item. On hand may not
 * go below zero (NetSuite without "Allow Negative Inventory"; the exact error text is UNCONFIRMED).
 */
export function planStock(
  account: EmulatedAccount,
  onHand: StockVector,
  demand: StockVector,
): StoredRecord[] {
  const byItem = new Map<string, Array<{ location: string; onHand: number; demand: number }>>();
  for (const k of new Set([...onHand.keys(), ...demand.keys()])) {
    const [item = '', location = ''] = k.split('@');
    const list = byItem.get(item) ?? [];
    list.push({ location, onHand: onHand.get(k) ?? 0, demand: demand.get(k) ?? 0 });
    byItem.set(item, list);
  }
  const out: StoredRecord[] = [];
  for (const [item, changes] of byItem) {
    const stored = account.store.require('inventoryitem', Number(item));
    const lines = (stored.sublists['locations'] ?? []).map((line) => ({ ...line }));
    for (const change of changes) {
      let line = lines.find((one) => one['location'] === change.location);
      if (!line) {
        line = {
          location: change.location,
          quantityonhand: 0,
          quantitycommitted: 0,
          quantitybackordered: 0,
          quantityonorder: 0,
        };
        lines.push(line);
      }
      const onHandNow = (num(line['quantityonhand']) ?? 0) + change.onHand;
      const demandNow =
        (num(line['quantitycommitted']) ?? 0) + (num(line['quantitybackordered']) ?? 0) + change.demand;
      if (onHandNow < 0) {
        throw nsError(
          'USER_ERROR',
          `Insufficient quantity on hand: item ${String(stored.fields['itemid'])} at location ${change.location} would go to ${onHandNow}.`,
        );
      }
      const committed = Math.min(Math.max(demandNow, 0), onHandNow);
      line['quantityonhand'] = onHandNow;
      line['quantitycommitted'] = committed;
      line['quantitybackordered'] = Math.max(demandNow, 0) - committed;
      line['quantityavailable'] = onHandNow - committed;
      line['quantityonorder'] = num(line['quantityonorder']) ?? 0;
    }
    out.push({
      ...stored,
      sublists: { ...stored.sublists, locations: lines },
      fields: { ...stored.fields, ...totals(lines) },
    });
  }
  return out;
}

/** The item's body totals over all locations. */
export function totals(lines: readonly SublistLine[]): Record<string, number> {
  const sum = (field: string) => lines.reduce((acc, line) => acc + (num(line[field]) ?? 0), 0);
  return {
    quantityonhand: sum('quantityonhand'),
    quantityavailable: sum('quantityavailable'),
    quantitycommitted: sum('quantitycommitted'),
    quantitybackordered: sum('quantitybackordered'),
    quantityonorder: sum('quantityonorder'),
  };
}

/**
 * Quantity available per item and location for routing by stock: ONE item search over the order's items, run
 * only when the channel has a stock rule. An item NetSuite tracks stock for answers one row per location it has
 * quantities at (or one empty row); anything else (kits, non-inventory, services) is left out of the answer, so
 * routing counts only what can actually be stocked.
 */
import * as search from 'N/search';
import type { StockLevels } from '../../domain/routing/route';
import { allRows, text } from '../config/search-rows';

const STOCKED_TYPES: ReadonlySet<string> = new Set(['InvtPart', 'Assembly']);

export function stockLevels(itemIds: readonly string[], locationIds: readonly string[]): StockLevels {
  const levels = new Map<string, Map<string, number>>();
  if (itemIds.length === 0 || locationIds.length === 0) return levels;
  const wanted = new Set(locationIds);
  // One row per item and account location: a big order in a many-location account passes 1,000 rows, and a
  // page cut there would read as no stock.
  const rows = allRows(
    search.create({
      type: search.Type.ITEM,
      filters: [['internalid', search.Operator.ANYOF, ...itemIds]],
      columns: ['type', 'inventorylocation', 'locationquantityavailable'],
    }),
  );
  for (const row of rows) {
    if (!STOCKED_TYPES.has(text(row, 'type') ?? '')) continue;
    const itemId = String(row.id);
    const byLocation = levels.get(itemId) ?? new Map<string, number>();
    levels.set(itemId, byLocation);
    const location = text(row, 'inventorylocation');
    if (location === null || !wanted.has(location)) continue;
    const available = Number(text(row, 'locationquantityavailable') ?? '0');
    byLocation.set(location, Number.isFinite(available) ? available : 0);
  }
  return levels;
}

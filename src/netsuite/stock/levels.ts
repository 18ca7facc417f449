/**
 * Quantity available per item and location for routing by stock: one item search across every item and every
 * candidate location (one row per item × location), run only when the channel has a stock rule.
 */
import * as search from 'N/search';
import type { StockLevels } from '../../domain/routing/route';
import { text } from '../config/search-rows';

export function stockLevels(itemIds: readonly string[], locationIds: readonly string[]): StockLevels {
  const levels = new Map<string, Map<string, number>>();
  if (itemIds.length === 0 || locationIds.length === 0) return levels;
  const rows = search
    .create({
      type: search.Type.ITEM,
      filters: [
        ['internalid', search.Operator.ANYOF, ...itemIds],
        'AND',
        ['inventorylocation', search.Operator.ANYOF, ...locationIds],
      ],
      columns: ['inventorylocation', 'locationquantityavailable'],
    })
    .run()
    .getRange({ start: 0, end: 1000 });
  for (const row of rows) {
    const location = text(row, 'inventorylocation');
    if (location === null) continue;
    const available = Number(text(row, 'locationquantityavailable') ?? '0');
    const itemId = String(row.id);
    const byLocation = levels.get(itemId) ?? new Map<string, number>();
    byLocation.set(location, Number.isFinite(available) ? available : 0);
    levels.set(itemId, byLocation);
  }
  return levels;
}

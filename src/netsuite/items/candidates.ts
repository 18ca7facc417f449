/**
 * Candidate NetSuite items for SKUs that resolved to nothing, for the MISSING_SKU exception's suggestions: one
 * search on the SKU field's leading characters, run only when an order is already failing. The ranking itself
 * is pure (src/domain/orders/sku-suggestions.ts).
 */
import * as search from 'N/search';
import type { ChannelConfig } from '../../domain/config/channel';
import { skuStem, type SkuCandidate } from '../../domain/orders/sku-suggestions';
import { text } from '../config/search-rows';

const MAX_CANDIDATES = 200;

export function findSkuCandidates(config: ChannelConfig, skus: readonly string[]): SkuCandidate[] {
  const stems = [...new Set(skus.map(skuStem).filter((stem) => stem !== ''))];
  if (stems.length === 0) return [];
  const filters: unknown[] = [];
  for (const stem of stems) {
    if (filters.length > 0) filters.push('OR');
    filters.push([config.skuField, search.Operator.CONTAINS, stem]);
  }
  const rows = search
    .create({
      type: search.Type.ITEM,
      filters: [filters, 'AND', ['isinactive', search.Operator.IS, 'F']],
      columns: [config.skuField, 'displayname'],
    })
    .run()
    .getRange({ start: 0, end: MAX_CANDIDATES });
  return rows.flatMap((row) => {
    const sku = text(row, config.skuField);
    return sku === null ? [] : [{ itemId: String(row.id), sku, name: text(row, 'displayname') }];
  });
}

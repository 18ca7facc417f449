/** Lookups the order planner makes against a loaded channel configuration (resolveSku in orders/catalog.ts). */
import type { BundleMapping, ChannelConfig } from './channel';

/** The NetSuite item a channel SKU is mapped to, or null when the SKU should be found by the channel's SKU field. */
export function mappedItemId(config: Pick<ChannelConfig, 'skuMappings'>, sku: string): string | null {
  const wanted = sku.trim();
  return config.skuMappings.find((mapping) => mapping.channelSku === wanted)?.itemId ?? null;
}

/** The bundle map entry for a SKU, if the SKU is a bundle defined in configuration (not a NetSuite kit). */
export function bundleFor(config: Pick<ChannelConfig, 'bundles'>, sku: string): BundleMapping | null {
  const wanted = sku.trim();
  return config.bundles.find((bundle) => bundle.bundleSku === wanted) ?? null;
}

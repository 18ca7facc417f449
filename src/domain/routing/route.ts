import type { RouteRule } from '../config/channel';

/** What routing looks at: the order's tags and destination, and the units each stocked item needs. */
export interface RoutingInput {
  readonly tags: readonly string[];
  readonly countryCode: string | null;
  readonly postcode: string | null;
  /** Inventory item id → units the order needs (bundles already exploded). */
  readonly demand: ReadonlyMap<string, number>;
}

/**
 * Units available by item id, then location id, from one stock search. Only items NetSuite tracks stock for are
 * keys (with an empty map when they have none anywhere); an item that is not a key does not count for routing.
 */
export type StockLevels = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface RoutingDecision {
  readonly locationId: string;
  /** Human-readable and stored on the order: e.g. "tag:wholesale", "country:IE", "postcode:BT", "stock", "default". */
  readonly rule: string;
  readonly ruleId: string | null;
}

/**
 * The channel's rules in sequence order; the first that matches chooses the location, else the channel default.
 * - tag: the order carries the tag (case-insensitive);
 * - country: the shipping country is one of the listed ISO codes (comma-separated);
 * - postcode: the shipping postcode starts with one of the listed prefixes (spaces and case ignored);
 * - stock: the first location in the rule's priority list that can fill every stocked line in full.
 */
export function routeOrder(
  input: RoutingInput,
  rules: readonly RouteRule[],
  defaultLocationId: string,
  stock: StockLevels,
): RoutingDecision {
  const ordered = [...rules].sort((a, b) => a.sequence - b.sequence);
  for (const rule of ordered) {
    const decision = applyRule(rule, input, stock);
    if (decision) return decision;
  }
  return { locationId: defaultLocationId, rule: 'default', ruleId: null };
}

/** Whether a route rule needs stock levels, so the adapter runs the stock search only when one does. */
export function needsStock(rules: readonly RouteRule[]): boolean {
  return rules.some((rule) => rule.kind === 'stock');
}

function applyRule(rule: RouteRule, input: RoutingInput, stock: StockLevels): RoutingDecision | null {
  const values = (rule.matchValue ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter((value) => value !== '');
  const first = rule.locationIds[0];
  switch (rule.kind) {
    case 'tag': {
      const tags = new Set(input.tags.map((tag) => tag.toLowerCase()));
      const hit = values.find((value) => tags.has(value.toLowerCase()));
      return hit !== undefined && first ? { locationId: first, rule: `tag:${hit}`, ruleId: rule.id } : null;
    }
    case 'country': {
      const country = input.countryCode?.toUpperCase();
      const hit = values.find((value) => value.toUpperCase() === country);
      return hit !== undefined && first
        ? { locationId: first, rule: `country:${country}`, ruleId: rule.id }
        : null;
    }
    case 'postcode': {
      const postcode = compact(input.postcode ?? '');
      const hit = values.find((value) => postcode !== '' && postcode.startsWith(compact(value)));
      return hit !== undefined && first
        ? { locationId: first, rule: `postcode:${compact(hit)}`, ruleId: rule.id }
        : null;
    }
    case 'stock': {
      const location = rule.locationIds.find((locationId) => canFill(locationId, input.demand, stock));
      return location ? { locationId: location, rule: 'stock', ruleId: rule.id } : null;
    }
  }
}

function canFill(locationId: string, demand: ReadonlyMap<string, number>, stock: StockLevels): boolean {
  let counted = 0;
  for (const [itemId, units] of demand) {
    const levels = stock.get(itemId);
    if (!levels) continue;
    counted += 1;
    if ((levels.get(locationId) ?? 0) < units) return false;
  }
  // With nothing stocked to place, stock says nothing about where the order should go.
  return counted > 0;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

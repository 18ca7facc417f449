import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.join(__dirname, '..', 'fixtures', 'shopify');

/** A documented-shape Shopify payload, parsed by JSON.parse exactly as NetSuite hands it to a RESTlet. */
export function shopifyFixture(name: string): Record<string, unknown> {
  return JSON.parse(fs.readFileSync(path.join(dir, `${name}.json`), 'utf8')) as Record<string, unknown>;
}

/** A deep copy to mutate in one test without touching the others. */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The same order under another Shopify id and name: a different order (by the same shopper, if any). */
export function renumbered<T extends Record<string, unknown>>(order: T, id: string, name: string): T {
  const copy = clone(order) as Record<string, unknown>;
  copy['id'] = Number(id);
  copy['admin_graphql_api_id'] = `gid://shopify/Order/${id}`;
  copy['name'] = name;
  return copy as T;
}

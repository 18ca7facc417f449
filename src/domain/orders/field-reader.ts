import { isCurrencyCode } from '../money/currency';
import { parseMinor } from '../money/decimal';

/** One thing wrong with a payload, named by its JSON path (e.g. "line_items[2].price_set.shop_money.amount"). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export type JsonObject = Readonly<Record<string, unknown>>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an untrusted payload field by field, collecting every problem (with its path) instead of stopping at the
 * first, so one 400 answer names all the bad fields at once.
 */
export class FieldReader {
  readonly errors: FieldError[] = [];

  fail(field: string, message: string): void {
    this.errors.push({ field, message });
  }

  object(parent: JsonObject, key: string, path: string): JsonObject | null {
    const value = parent[key];
    if (value === undefined || value === null) return null;
    if (!isObject(value)) {
      this.fail(join(path, key), 'must be an object');
      return null;
    }
    return value;
  }

  requiredObject(parent: JsonObject, key: string, path: string): JsonObject | null {
    if (parent[key] === undefined || parent[key] === null) {
      this.fail(join(path, key), 'is required');
      return null;
    }
    return this.object(parent, key, path);
  }

  array(parent: JsonObject, key: string, path: string): readonly unknown[] {
    const value = parent[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.fail(join(path, key), 'must be an array');
      return [];
    }
    return value;
  }

  string(parent: JsonObject, key: string, path: string): string | null {
    const value = parent[key];
    if (value === undefined || value === null) return null;
    if (typeof value !== 'string') {
      this.fail(join(path, key), 'must be a string');
      return null;
    }
    return value;
  }

  requiredString(parent: JsonObject, key: string, path: string): string {
    const value = this.string(parent, key, path);
    if (value === null || value.trim() === '') {
      if (parent[key] === undefined || parent[key] === null || value !== null)
        this.fail(join(path, key), 'is required');
      return '';
    }
    return value;
  }

  boolean(parent: JsonObject, key: string, path: string, fallback: boolean): boolean {
    const value = parent[key];
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(join(path, key), 'must be true or false');
      return fallback;
    }
    return value;
  }

  /** A positive whole quantity. */
  quantity(parent: JsonObject, key: string, path: string): number {
    const value = parent[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
      this.fail(join(path, key), 'must be a positive whole number');
      return 0;
    }
    return value;
  }

  /** A money amount (decimal string or number) in minor units of `currency`; 0 after recording the error. */
  money(value: unknown, field: string, currency: string, required = true): number {
    if (value === undefined || value === null) {
      if (required) this.fail(field, 'is required');
      return 0;
    }
    // An unusable currency is reported where the order names it; amounts in it cannot be read.
    if (!isCurrencyCode(currency)) return 0;
    const parsed = parseMinor(value, currency);
    if (!parsed.ok) {
      this.fail(field, parsed.reason);
      return 0;
    }
    if (parsed.minor < 0) {
      this.fail(field, 'must not be negative');
      return 0;
    }
    return parsed.minor;
  }

  /**
   * A numeric id: Shopify ids are 64-bit, so a JSON number above 2^53 has already been rounded by JSON.parse and
   * cannot be trusted as a key. Strings pass as they are.
   */
  id(parent: JsonObject, key: string, path: string): string | null {
    const value = parent[key];
    if (value === undefined || value === null) return null;
    if (typeof value === 'string' && /^\d+$/.test(value)) return value;
    if (typeof value === 'number' && Number.isInteger(value) && value > 0) return numberToDigits(value);
    this.fail(join(path, key), 'must be a numeric id');
    return null;
  }
}

/** An integer as its decimal digits, without exponent notation even beyond 2^53. */
function numberToDigits(value: number): string {
  return BigInt(value).toString();
}

export function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/** The numeric part of a Shopify gid ("gid://shopify/Order/123" → "123"), or null if it is not one of `kind`. */
export function gidNumber(gid: string, kind: string): string | null {
  const match = /^gid:\/\/shopify\/([A-Za-z]+)\/(\d+)(?:\?.*)?$/.exec(gid);
  return match && match[1] === kind ? (match[2] ?? null) : null;
}

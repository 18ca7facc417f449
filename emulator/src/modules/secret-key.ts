import { randomUUID } from 'node:crypto';
import { nsError } from '../errors';

/**
 * A crypto.SecretKey as scripts see it: a GUID and the encoding of its clear text. The key bytes live in a
 * WeakMap outside the object, so no property, JSON.stringify or log line can reveal them.
 */
export class SecretKey {
  readonly guid: string;
  constructor(readonly encoding: string) {
    this.guid = randomUUID().replace(/-/g, '');
  }
  toJSON(): Record<string, string> {
    return { guid: this.guid, encoding: this.encoding };
  }
}

const keyBytes = new WeakMap<SecretKey, Buffer>();

export function sealKey(encoding: string, bytes: Buffer): SecretKey {
  const key = new SecretKey(encoding);
  keyBytes.set(key, bytes);
  return key;
}

/** The bytes behind a key made by crypto.createSecretKey; anything else is refused. */
export function unsealKey(key: unknown, api: string): Buffer {
  if (key === undefined || key === null)
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: key`);
  const bytes = key instanceof SecretKey ? keyBytes.get(key) : undefined;
  if (!bytes)
    throw nsError(
      'SSS_INVALID_TYPE_ARG',
      `${api}: key must be a crypto.SecretKey from crypto.createSecretKey`,
    );
  return bytes;
}

import { createHash } from 'node:crypto';

/** SHA-256 of text as UTF-8 in lower-case hex: the e-mail digest the customer domain expects, computed by Node. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

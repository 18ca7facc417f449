import { nsError } from '../errors';

/** encode.Encoding: NetSuite's values are the member names (Oracle stub encode.js). */
export const ENCODINGS = {
  UTF_8: 'UTF_8',
  BASE_16: 'BASE_16',
  BASE_32: 'BASE_32',
  BASE_64: 'BASE_64',
  BASE_64_URL_SAFE: 'BASE_64_URL_SAFE',
  HEX: 'HEX',
} as const;

export type EncodingName = keyof typeof ENCODINGS;

export function isEncoding(value: unknown): value is EncodingName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ENCODINGS, value);
}

/** Validates an encoding option: absent uses the documented default; anything else must be an Encoding value. */
export function encodingOption(
  value: unknown,
  fallback: EncodingName,
  api: string,
  name: string,
): EncodingName {
  if (value === undefined || value === null) return fallback;
  if (!isEncoding(value))
    throw nsError(
      'SSS_INVALID_TYPE_ARG',
      `${api}: ${name} must be an encode.Encoding value, got ${String(value)}`,
    );
  return value;
}

const BASE32_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 §6 base32, padded with '=' to a multiple of 8 characters. */
function toBase32(bytes: Buffer): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32_ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += BASE32_ALPHABET[(buffer << (5 - bits)) & 31];
  while (out.length % 8 !== 0) out += '=';
  return out;
}

function fromBase32(text: string, api: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase();
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of clean) {
    const index = BASE32_ALPHABET.indexOf(char);
    if (index < 0) throw invalidInput(api, 'BASE_32');
    buffer = (buffer << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bytes.push((buffer >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  return Buffer.from(bytes);
}

function invalidInput(api: string, encoding: EncodingName): Error {
  // NetSuite documents no code for undecodable input; the emulator refuses loudly rather than decode garbage.
  return nsError('SSS_INVALID_TYPE_ARG', `${api}: the input is not valid ${encoding}`);
}

/**
 * Decodes text written in `encoding` into bytes. Input that is not valid in that encoding is refused:
 * Node would silently stop at the first bad character, which would hide the classic bug of decoding a
 * plain-text secret as HEX (the default of crypto.createSecretKey).
 */
export function decodeText(text: string, encoding: EncodingName, api: string): Buffer {
  switch (encoding) {
    case 'UTF_8':
      return Buffer.from(text, 'utf8');
    case 'HEX':
    case 'BASE_16':
      if (!/^(?:[0-9a-fA-F]{2})*$/.test(text)) throw invalidInput(api, encoding);
      return Buffer.from(text, 'hex');
    case 'BASE_32':
      return fromBase32(text, api);
    case 'BASE_64':
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) throw invalidInput(api, encoding);
      return Buffer.from(text, 'base64');
    case 'BASE_64_URL_SAFE':
      if (!/^[A-Za-z0-9_-]*={0,2}$/.test(text)) throw invalidInput(api, encoding);
      return Buffer.from(text, 'base64url');
  }
}

/**
 * Writes bytes as text in `encoding`. HEX and BASE_16 are written in upper case: independent public SuiteScript
 * code lower-cases N/crypto HEX digests before using them (an AWS SigV4 signer that replaced CryptoJS's
 * lower-case output with N/crypto adds .toLowerCase(), as do webhook signers), which it would not need if
 * NetSuite wrote lower case. Code that needs a case must set it, and the emulator makes sure it does.
 * BASE_64_URL_SAFE keeps its '=' padding as Java's URL-safe encoder does. Both choices are UNCONFIRMED
 * against a live account.
 */
export function encodeBytes(bytes: Buffer, encoding: EncodingName): string {
  switch (encoding) {
    case 'UTF_8':
      return bytes.toString('utf8');
    case 'HEX':
    case 'BASE_16':
      return bytes.toString('hex').toUpperCase();
    case 'BASE_32':
      return toBase32(bytes);
    case 'BASE_64':
      return bytes.toString('base64');
    case 'BASE_64_URL_SAFE': {
      const unpadded = bytes.toString('base64url');
      return unpadded + '='.repeat((4 - (unpadded.length % 4)) % 4);
    }
  }
}

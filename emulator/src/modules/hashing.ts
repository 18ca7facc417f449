import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import { nsError, NotEmulatedError } from '../errors';
import { decodeText, encodeBytes, encodingOption, type EncodingName } from './encoding';

/** crypto.HashAlg: NetSuite's values (Oracle stub crypto.js) and the Node digest each maps to. */
export const HASH_ALGORITHMS = { SHA1: 'SHA1', SHA256: 'SHA256', SHA512: 'SHA512', MD5: 'MD5' } as const;
const NODE_DIGEST: Record<keyof typeof HASH_ALGORITHMS, string> = {
  SHA1: 'sha1',
  SHA256: 'sha256',
  SHA512: 'sha512',
  MD5: 'md5',
};

export function nodeDigestOf(algorithm: unknown, api: string): string {
  if (algorithm === undefined || algorithm === null || algorithm === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: algorithm`);
  if (typeof algorithm !== 'string' || !Object.prototype.hasOwnProperty.call(NODE_DIGEST, algorithm))
    throw nsError('INVALID_ALGORITHM', `${api}: ${String(algorithm)} is not a crypto.HashAlg value`);
  return NODE_DIGEST[algorithm as keyof typeof HASH_ALGORITHMS];
}

interface UpdateOptions {
  input: string;
  inputEncoding?: unknown;
}

/**
 * The shared shape of crypto.Hash and crypto.Hmac: update() feeds input decoded from inputEncoding (default
 * UTF_8), digest() writes the result in outputEncoding (default HEX). A digest ends the object's life, as it
 * does for the Java MAC underneath; feeding it afterwards is refused rather than guessed.
 */
export class Digester {
  private finished = false;

  constructor(
    private readonly engine: Hash | Hmac,
    private readonly owner: string,
  ) {}

  update(options: UpdateOptions): void {
    const api = `${this.owner}.update`;
    if (this.finished) throw new NotEmulatedError(`${api} after digest (NetSuite does not document reuse)`);
    if (!options || typeof options.input !== 'string')
      throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: input`);
    const encoding = encodingOption(options.inputEncoding, 'UTF_8', api, 'inputEncoding');
    this.engine.update(decodeText(options.input, encoding, api));
  }

  digest(options?: { outputEncoding?: unknown }): string {
    const api = `${this.owner}.digest`;
    if (this.finished) throw new NotEmulatedError(`${api} called twice (NetSuite does not document reuse)`);
    const encoding: EncodingName = encodingOption(options?.outputEncoding, 'HEX', api, 'outputEncoding');
    this.finished = true;
    return encodeBytes(this.engine.digest(), encoding);
  }
}

export function hashDigester(algorithm: unknown): Digester {
  return new Digester(createHash(nodeDigestOf(algorithm, 'crypto.createHash')), 'Hash');
}

export function hmacDigester(algorithm: unknown, key: Buffer): Digester {
  return new Digester(createHmac(nodeDigestOf(algorithm, 'crypto.createHmac'), key), 'Hmac');
}

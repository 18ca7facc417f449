// N/crypto: hashing and HMAC with API secrets (NS section_4358647613, section_160216528415; Oracle stub crypto.js).
// Every call costs 0 units (section_4358647613: governance "None").
import type * as nsCrypto from 'N/crypto';
import { nsError, NotEmulatedError } from '../src/errors';
import { requireOptions } from '../src/modules/args';
import { currentAccount } from '../src/modules/context';
import { ENCODINGS, decodeText, encodingOption } from '../src/modules/encoding';
import { HASH_ALGORITHMS, hashDigester, hmacDigester } from '../src/modules/hashing';
import { secretValue } from '../src/modules/secrets';
import { sealKey, unsealKey } from '../src/modules/secret-key';
import { asDeclaredEnum, strictEnum } from '../src/modules/strict-enum';

// The typings declare only SHA256 and SHA512; NetSuite also has SHA1 and MD5 (Oracle stub crypto.js).
export const HashAlg = asDeclaredEnum<
  typeof nsCrypto.HashAlg & { readonly SHA1: 'SHA1'; readonly MD5: 'MD5' }
>(strictEnum('crypto.HashAlg', HASH_ALGORITHMS));
export const EncryptionAlg = asDeclaredEnum<typeof nsCrypto.EncryptionAlg>(
  strictEnum('crypto.EncryptionAlg', { AES: 'AES' }),
);
export const Padding = asDeclaredEnum<typeof nsCrypto.Padding>(
  strictEnum('crypto.Padding', { NoPadding: 'NoPadding', PKCS5Padding: 'PKCS5Padding' }),
);
export const Encoding = asDeclaredEnum<typeof nsCrypto.Encoding>(strictEnum('crypto.Encoding', ENCODINGS));

/**
 * crypto.createSecretKey({secret | guid, encoding}). `secret` is an API secret script id (custsecret_...);
 * `encoding` says how its clear text becomes key bytes and defaults to HEX, so a plain-text secret needs
 * encode.Encoding.UTF_8. A secret that does not decode in the stated encoding is refused (NetSuite's reaction is
 * undocumented, and a silent wrong key would only surface as signature mismatches in production).
 */
export const createSecretKey: typeof nsCrypto.createSecretKey = (options) => {
  const api = 'crypto.createSecretKey';
  const checked = requireOptions(options, api);
  if (checked.guid !== undefined && checked.secret !== undefined)
    throw nsError('MUTUALLY_EXCLUSIVE_ARGUMENTS', `${api}: guid and secret cannot be used together`);
  if (checked.guid !== undefined)
    throw new NotEmulatedError(`${api}({guid}): keys from credential-field GUIDs (use an API secret)`);
  if (checked.secret === undefined || checked.secret === '')
    throw nsError('SSS_MISSING_REQD_ARGUMENT', `${api}: Missing a required argument: secret or guid`);
  const encoding = encodingOption(checked.encoding, 'HEX', api, 'encoding');
  const clearText = secretValue(currentAccount(), String(checked.secret), api);
  let bytes: Buffer;
  try {
    bytes = decodeText(clearText, encoding, api);
  } catch {
    throw new NotEmulatedError(
      `${api}: secret ${String(checked.secret)} is not valid ${encoding} text (NetSuite's behaviour is ` +
        'undocumented; the default encoding is HEX, pass encode.Encoding.UTF_8 for a plain-text secret)',
    );
  }
  return sealKey(encoding, bytes);
};

/** crypto.createHmac({algorithm, key}) → Hmac with update({input, inputEncoding}) and digest({outputEncoding}). */
export const createHmac: typeof nsCrypto.createHmac = (options) => {
  const checked = requireOptions(options, 'crypto.createHmac');
  return hmacDigester(checked.algorithm, unsealKey(checked.key, 'crypto.createHmac'));
};

/** crypto.createHash({algorithm}) → Hash with update and digest (default output HEX). */
export const createHash: typeof nsCrypto.createHash = (options) => {
  const checked = requireOptions(options, 'crypto.createHash');
  return hashDigester(checked.algorithm);
};

export const createCipher: typeof nsCrypto.createCipher = () => {
  throw new NotEmulatedError('crypto.createCipher');
};

export const createDecipher: typeof nsCrypto.createDecipher = () => {
  throw new NotEmulatedError('crypto.createDecipher');
};

export const checkPasswordField: typeof nsCrypto.checkPasswordField = () => {
  throw new NotEmulatedError('crypto.checkPasswordField');
};

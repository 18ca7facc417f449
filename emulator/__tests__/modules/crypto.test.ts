// N/crypto, pinned to NS section_4358647613 (createHmac/createSecretKey: governance none, encoding default HEX),
// section_160216528415 (secrets usable by N/crypto), the Oracle stub crypto.js (HashAlg values) and the
// published test vectors of RFC 4231 (HMAC-SHA256) and FIPS 180-2 / RFC 1321 (SHA-256, MD5).
import * as crypto from 'N/crypto';
import * as encode from 'N/encode';
import { fixtureAccount, runAs, thrown } from './fixture';

// The typings declare only SHA256 and SHA512 of NetSuite's four algorithms.
const allHashAlgs = crypto.HashAlg as unknown as Record<'SHA1' | 'SHA256' | 'SHA512' | 'MD5', string>;
// RFC 4231 prints it in lower case; N/crypto's HEX output is upper case (see emulator/src/modules/encoding.ts).
const RFC4231_CASE2 = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'.toUpperCase();
const account = () =>
  fixtureAccount({
    secrets: { custsecret_jefe_text: 'Jefe', custsecret_jefe_hex: '4a656665', custsecret_shopify: 'hush' },
  });

function hmacWith(secret: string, encoding?: encode.Encoding): string {
  const key = crypto.createSecretKey(encoding === undefined ? { secret } : { secret, encoding });
  const hmac = crypto.createHmac({ algorithm: crypto.HashAlg.SHA256, key });
  hmac.update({ input: 'what do ya want for nothing?' });
  return hmac.digest();
}

describe('N/crypto', () => {
  test('HMAC-SHA256 with a UTF_8 secret matches RFC 4231 case 2, HEX digest by default', () => {
    const { result } = runAs(account(), () => hmacWith('custsecret_jefe_text', encode.Encoding.UTF_8));
    expect(result).toBe(RFC4231_CASE2);
  });

  test('createSecretKey decodes the secret as HEX when no encoding is given (section_4358647613)', () => {
    const { result } = runAs(account(), () => hmacWith('custsecret_jefe_hex'));
    expect(result).toBe(RFC4231_CASE2);
  });

  test('a plain-text secret under the default HEX encoding is refused, not turned into a wrong key', () => {
    const failure = runAs(account(), () => thrown(() => hmacWith('custsecret_jefe_text'))).result;
    expect(failure.name).toBe('EMULATOR_NOT_EMULATED');
    expect(failure.message).toContain('encode.Encoding.UTF_8');
    expect(failure.message).not.toContain('Jefe');
  });

  test('digest honours outputEncoding (BASE_64, as Shopify webhook signatures are written)', () => {
    const { result } = runAs(account(), () => {
      const key = crypto.createSecretKey({ secret: 'custsecret_jefe_text', encoding: encode.Encoding.UTF_8 });
      const hmac = crypto.createHmac({ algorithm: crypto.HashAlg.SHA256, key });
      hmac.update({ input: 'what do ya ', inputEncoding: encode.Encoding.UTF_8 });
      hmac.update({ input: 'want for nothing?' });
      return hmac.digest({ outputEncoding: encode.Encoding.BASE_64 });
    });
    expect(Buffer.from(result, 'base64').toString('hex').toUpperCase()).toBe(RFC4231_CASE2);
  });

  test('the secret value is never readable from the key object', () => {
    const { result: key } = runAs(account(), () =>
      crypto.createSecretKey({ secret: 'custsecret_shopify', encoding: encode.Encoding.UTF_8 }),
    );
    const visible = JSON.stringify(key) + Object.values(key).join('|') + String(key);
    expect(visible).not.toContain('hush');
    expect(visible).not.toContain(Buffer.from('hush').toString('hex'));
    expect(key.encoding).toBe('UTF_8');
    expect(key.guid).toMatch(/^[0-9a-f]{32}$/);
  });

  test('an unknown secret id is an error naming the id only', () => {
    const failure = runAs(account(), () =>
      thrown(() => crypto.createSecretKey({ secret: 'custsecret_nope', encoding: encode.Encoding.UTF_8 })),
    ).result;
    expect(failure.name).toBe('INVALID_SECRET_KEY');
    expect(failure.message).toContain('custsecret_nope');
  });

  test('guid and secret together are refused; guid alone is not emulated', () => {
    runAs(account(), () => {
      expect(thrown(() => crypto.createSecretKey({ secret: 'custsecret_shopify', guid: 'abc' })).name).toBe(
        'MUTUALLY_EXCLUSIVE_ARGUMENTS',
      );
      expect(thrown(() => crypto.createSecretKey({ guid: 'abc' })).name).toBe('EMULATOR_NOT_EMULATED');
    });
  });

  test('createHash: SHA256("abc") and MD5("") match FIPS 180-2 and RFC 1321', () => {
    const sha = crypto.createHash({ algorithm: crypto.HashAlg.SHA256 });
    sha.update({ input: 'abc' });
    expect(sha.digest({})).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'.toUpperCase(),
    );
    const md5 = crypto.createHash({ algorithm: allHashAlgs.MD5 as never });
    md5.update({ input: '' });
    expect(md5.digest({ outputEncoding: encode.Encoding.HEX })).toBe('D41D8CD98F00B204E9800998ECF8427E');
  });

  test('HashAlg values are the member names; an unknown algorithm is INVALID_ALGORITHM', () => {
    expect([allHashAlgs.SHA1, allHashAlgs.SHA256, allHashAlgs.SHA512, allHashAlgs.MD5]).toEqual([
      'SHA1',
      'SHA256',
      'SHA512',
      'MD5',
    ]);
    expect(thrown(() => crypto.createHash({ algorithm: 'SHA3' as never })).name).toBe('INVALID_ALGORITHM');
  });

  test('N/crypto costs 0 units (section_4358647613)', () => {
    const { meter } = runAs(account(), () => hmacWith('custsecret_jefe_hex'));
    expect(meter.used()).toBe(0);
  });

  test('ciphers and checkPasswordField throw NotEmulatedError naming themselves', () => {
    expect(thrown(() => crypto.createCipher({} as never)).message).toContain('crypto.createCipher');
    expect(thrown(() => crypto.checkPasswordField({} as never)).message).toContain(
      'crypto.checkPasswordField',
    );
  });
});

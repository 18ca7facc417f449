// N/encode, pinned to NS section_4358566226 (encode.convert) and the Oracle stub encode.js (Encoding values).
import * as encode from 'N/encode';
import fc from 'fast-check';
import { thrown } from './fixture';

const { UTF_8, BASE_16, BASE_32, BASE_64, BASE_64_URL_SAFE, HEX } = encode.Encoding;

describe('N/encode', () => {
  test('Encoding values are the member names, as in Oracle stub encode.js', () => {
    expect([UTF_8, BASE_16, BASE_32, BASE_64, BASE_64_URL_SAFE, HEX]).toEqual([
      'UTF_8',
      'BASE_16',
      'BASE_32',
      'BASE_64',
      'BASE_64_URL_SAFE',
      'HEX',
    ]);
  });

  test('UTF_8 to BASE_64 and back (RFC 4648 test vector)', () => {
    expect(encode.convert({ string: 'foobar', inputEncoding: UTF_8, outputEncoding: BASE_64 })).toBe(
      'Zm9vYmFy',
    );
    expect(encode.convert({ string: 'Zm9vYmFy', inputEncoding: BASE_64, outputEncoding: UTF_8 })).toBe(
      'foobar',
    );
  });

  test('BASE_32 follows RFC 4648 §10 test vectors, padded', () => {
    const vectors: [string, string][] = [
      ['f', 'MY======'],
      ['fo', 'MZXQ===='],
      ['foo', 'MZXW6==='],
      ['foob', 'MZXW6YQ='],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI======'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(encode.convert({ string: plain, inputEncoding: UTF_8, outputEncoding: BASE_32 })).toBe(encoded);
      expect(encode.convert({ string: encoded, inputEncoding: BASE_32, outputEncoding: UTF_8 })).toBe(plain);
    }
  });

  test('HEX and BASE_16 are written upper case (see encoding.ts for the evidence); both decode either case', () => {
    expect(encode.convert({ string: 'Hi!', inputEncoding: UTF_8, outputEncoding: HEX })).toBe('486921');
    expect(encode.convert({ string: '\u00ff', inputEncoding: UTF_8, outputEncoding: HEX })).toBe('C3BF');
    expect(encode.convert({ string: '\u00ff', inputEncoding: UTF_8, outputEncoding: BASE_16 })).toBe('C3BF');
    expect(encode.convert({ string: 'C3bf', inputEncoding: HEX, outputEncoding: UTF_8 })).toBe('\u00ff');
    expect(encode.convert({ string: 'c3bf', inputEncoding: BASE_16, outputEncoding: UTF_8 })).toBe('\u00ff');
  });

  test('BASE_64_URL_SAFE uses - and _ instead of + and /', () => {
    expect(encode.convert({ string: 'fb', inputEncoding: HEX, outputEncoding: BASE_64 })).toBe('+w==');
    expect(encode.convert({ string: 'fb', inputEncoding: HEX, outputEncoding: BASE_64_URL_SAFE })).toBe(
      '-w==',
    );
    expect(encode.convert({ string: '-w', inputEncoding: BASE_64_URL_SAFE, outputEncoding: HEX })).toBe('FB');
  });

  test('every encoding round-trips any UTF-8 text (property)', () => {
    const encodings = [BASE_16, BASE_32, BASE_64, BASE_64_URL_SAFE, HEX];
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.constantFrom(...encodings), (text, encoding) => {
        const encoded = encode.convert({ string: text, inputEncoding: UTF_8, outputEncoding: encoding });
        return encode.convert({ string: encoded, inputEncoding: encoding, outputEncoding: UTF_8 }) === text;
      }),
    );
  });

  test('missing options are SSS_MISSING_REQD_ARGUMENT; an unknown encoding is SSS_INVALID_TYPE_ARG', () => {
    expect(thrown(() => encode.convert({ string: 'x', inputEncoding: UTF_8 } as never)).name).toBe(
      'SSS_MISSING_REQD_ARGUMENT',
    );
    expect(
      thrown(() => encode.convert({ string: 'x', inputEncoding: UTF_8, outputEncoding: 'ROT13' as never }))
        .name,
    ).toBe('SSS_INVALID_TYPE_ARG');
  });

  test('input that is not valid in its stated encoding is refused rather than silently truncated', () => {
    expect(
      thrown(() => encode.convert({ string: 'not hex', inputEncoding: HEX, outputEncoding: UTF_8 })).name,
    ).toBe('SSS_INVALID_TYPE_ARG');
  });
});
